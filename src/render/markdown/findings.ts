import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { RULES, type Finding } from '../../rules/catalog.js';
import { fmt, plural } from './context.js';
import {
  code,
  details,
  list,
  listItem,
  MAX_VALUE,
  paragraph,
  strong,
  text,
  trustedCode,
  untrusted,
} from './nodes.js';

export const SEVERITY_ICON = { error: '🔴', warning: '🟠', notice: '🔵' } as const;
export const ACKNOWLEDGED_ICON = '☑️';

const MESSAGE_MAX = 2_000;

/**
 * A finding's message as nodes, from its parts: quoted names become code spans, the rest text.
 * A message without parts is one text node: splitting it on backticks would let a name holding
 * one pair them differently, and its own words read as ours.
 */
export function messageNodes(finding: Pick<Finding, 'message' | 'parts'>): PhrasingContent[] {
  if (!finding.parts) return [untrusted(clipMessage(finding.message), MESSAGE_MAX + 1)];
  const out: PhrasingContent[] = [];
  let room = MESSAGE_MAX;
  for (const part of finding.parts) {
    if (room <= 0) {
      out.push(text('…'));
      break;
    }
    const value = 'code' in part ? part.code : part.text;
    if (value === '') continue;
    if ('code' in part) out.push(code(value, Math.min(MAX_VALUE, room)));
    else out.push(untrusted(value, room));
    room -= Math.min(value.length, 'code' in part ? MAX_VALUE : room);
  }
  return out;
}

/**
 * A finding of the project's code (no model, no JSON path: a scanner problem) with its file and
 * line ahead of its message — two files given up at a limit must read apart in the comment.
 */
export function locatedNodes(finding: Finding): PhrasingContent[] {
  const nodes = messageNodes(finding);
  if (finding.model !== null || finding.file === null || finding.jsonPath !== undefined)
    return nodes;
  const at =
    finding.line !== null && finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file;
  return [code(at, 200), text(': '), ...nodes];
}

function clipMessage(message: string): string {
  return message.length > MESSAGE_MAX ? `${message.slice(0, MESSAGE_MAX)}…` : message;
}

/** Where a rule's group of findings shows, and with which icon. */
function icon(finding: Finding): string {
  return finding.acknowledged ? ACKNOWLEDGED_ICON : SEVERITY_ICON[finding.severity];
}

/**
 * Findings grouped by rule, each group led by its rule and its fix hint: the hint is said once
 * per rule rather than once per finding. Groups follow the order of `findings`.
 */
export function findingGroups(
  findings: readonly Finding[],
  line: (finding: Finding) => PhrasingContent[] = (finding) => messageNodes(finding),
  /** Items each group shows; the rest of a group go into a <details> below it. */
  open = Infinity,
): RootContent[] {
  const nodes: RootContent[] = [];
  let items: ListItem[] = [];
  let current: string | undefined;
  const flush = () => {
    if (items.length === 0) return;
    nodes.push(list(items.slice(0, open)));
    if (items.length > open)
      nodes.push(
        ...details(`${fmt(items.length - open)} more like these`, [list(items.slice(open))]),
      );
  };
  for (const finding of findings) {
    const key = `${icon(finding)} ${finding.rule}`;
    if (key !== current) {
      flush();
      items = [];
      current = key;
      const info = RULES[finding.rule];
      const lead: PhrasingContent[] = [
        text(`${icon(finding)} `),
        strong(trustedCode(finding.rule)),
        text(finding.acknowledged ? ' (acknowledged)' : ''),
      ];
      if (info) lead.push(text(` — ${info.fix}`));
      nodes.push(paragraph(...lead.filter((n) => n.type !== 'text' || n.value !== '')));
    }
    items.push(listItem(paragraph(...line(finding))));
  }
  flush();
  return nodes;
}

/** How much a finding shows, for budget estimates. */
export function findingWeight(finding: Finding): string {
  return finding.message.length > MESSAGE_MAX
    ? finding.message.slice(0, MESSAGE_MAX)
    : finding.message;
}

/** "12 errors, 3 warnings" for the findings left out. */
export function countFindings(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const key = f.acknowledged ? 'acknowledged warning' : f.severity;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => plural(n, key)).join(', ') || fmt(0);
}

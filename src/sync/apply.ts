import type { Node } from 'jsonc-parser';
import type { AddedEntry, SyncPlan } from './plan.js';
import { readInventoryTree, type InventoryTree } from './tree.js';
import { DOWNSTREAM, UPSTREAM } from './types.js';

interface Edit {
  readonly offset: number;
  readonly length: number;
  readonly content: string;
}

/** How the file writes things, read from the file itself so added text looks like the rest. */
interface Style {
  readonly eol: string;
  /** Whether entries put each property on its own line. */
  readonly multilineEntry: boolean;
  /** Line prefix of an entry's `{` and of its properties (multi-line entries). */
  readonly entryIndent: string;
  readonly propertyIndent: string;
  /** `{` + this + first property; last property + this + `}` (one-line entries). */
  readonly entryPadOpen: string;
  readonly entryPadClose: string;
  /** Between a property and the next, after the comma (one-line entries). */
  readonly propertySep: string;
  /** Between a key and its value, after the colon. */
  readonly colonSep: string;
  /** Between entries, after the comma. */
  readonly entrySep: string;
  readonly multilineList: boolean;
  readonly unit: string;
  readonly listItemSep: string;
  readonly listPadOpen: string;
  readonly listPadClose: string;
  readonly keyOrder: readonly string[];
}

const KNOWN_KEYS = ['name', 'path', 'layer', 'description', UPSTREAM, DOWNSTREAM];

/**
 * Applies a plan to the inventory text as a handful of text edits, computed on the original
 * text: every byte outside the edited values stays — curated fields, entry and key order,
 * indentation, line endings, a minified file stays one line, kept list items keep their exact
 * spelling. Entries are removed with their separating comma; added entries go at the end of
 * `models`, written in the file's own style. Plan items naming no entry are skipped.
 */
export function applySync(inventoryText: string, plan: SyncPlan): string {
  const tree = readInventoryTree(inventoryText);
  const { text } = tree;
  const style = detectStyle(tree);
  const byName = new Map(tree.entries.map((e) => [e.name, e]));
  // An entry being removed takes no other edit (a hand-made plan may name it twice).
  for (const r of plan.remove) byName.delete(r.model);
  const edits: Edit[] = [];

  for (const move of plan.movePaths) {
    const node = byName.get(move.model)?.pathNode;
    if (node) edits.push(replace(node, JSON.stringify(move.to)));
  }
  for (const update of plan.setLists) {
    const list = byName.get(update.model)?.lists[update.field];
    if (!list) continue;
    const rawByName = new Map(list.items.map((item, i) => [item, list.raw[i]!]));
    const items = update.after.map((n) => rawByName.get(n) ?? JSON.stringify(n));
    const content = listText(text, list.node, items, style);
    if (content !== nodeText(text, list.node)) edits.push(replace(list.node, content));
  }

  const children = tree.models.children ?? [];
  const removed = new Set<number>();
  const names = new Set(plan.remove.map((r) => r.model));
  for (const entry of tree.entries) if (names.has(entry.name)) removed.add(entry.index);
  const firstKept = children.findIndex((_, i) => !removed.has(i));
  const open = tree.models.offset + 1;
  const close = tree.models.offset + tree.models.length - 1;
  for (const i of [...removed].sort((a, b) => a - b)) {
    if (firstKept === -1 || i > firstKept) {
      if (firstKept === -1) continue; // one edit below empties the whole array
      edits.push(span(end(children[i - 1]!), end(children[i]!), ''));
    } else if (i === 0) {
      // The leading run of removed entries, up to the first kept one.
      edits.push(span(children[0]!.offset, children[firstKept]!.offset, ''));
    }
  }
  const lastKept = children.findLastIndex((_, i) => !removed.has(i));
  const added = plan.add.map((a) => entryText(a, style));
  if (firstKept === -1 && children.length > 0) {
    edits.push(span(open, close, arrayBody(added, style, tree)));
  } else if (added.length > 0) {
    if (lastKept === -1) {
      edits.push(span(open, close, arrayBody(added, style, tree)));
    } else {
      const at = end(children[lastKept]!);
      edits.push(span(at, at, added.map((a) => `,${style.entrySep}${a}`).join('')));
    }
  }
  const out = applyEdits(text, edits);
  return tree.bom ? `\uFEFF${out}` : out;
}

function nodeText(text: string, node: Node): string {
  return text.slice(node.offset, node.offset + node.length);
}
const end = (node: Node) => node.offset + node.length;
const span = (from: number, to: number, content: string): Edit => ({
  offset: from,
  length: to - from,
  content,
});
const replace = (node: Node, content: string): Edit => span(node.offset, end(node), content);

/** Applies non-overlapping edits in one forward pass (insertions before a deletion at the
 * same offset). */
function applyEdits(text: string, edits: Edit[]): string {
  const ordered = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  let out = '';
  let at = 0;
  for (const edit of ordered) {
    if (edit.offset < at) throw new Error('internal: overlapping sync edits');
    out += text.slice(at, edit.offset) + edit.content;
    at = edit.offset + edit.length;
  }
  return out + text.slice(at);
}

/** Whitespace from the start of the line to `offset`, or null when text precedes it. */
function lineIndent(text: string, offset: number): string | null {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(start, offset);
  return /^[ \t]*$/.test(prefix) ? prefix : null;
}

/** A list's new text, in that list's own layout (or the file's, for an empty one). */
function listText(text: string, node: Node, items: readonly string[], style: Style): string {
  if (items.length === 0) return '[]';
  const children = node.children ?? [];
  const own = nodeText(text, node);
  if (children.length > 0) {
    if (own.includes('\n')) {
      const itemIndent = lineIndent(text, children[0]!.offset);
      const closeIndent = lineIndent(text, end(node) - 1);
      if (itemIndent !== null) {
        const body = items.map((i) => itemIndent + i).join(`,${style.eol}`);
        return `[${style.eol}${body}${closeIndent === null ? '' : style.eol + closeIndent}]`;
      }
    } else {
      const first = children[0]!;
      const last = children[children.length - 1]!;
      const padOpen = text.slice(node.offset + 1, first.offset);
      const padClose = text.slice(end(last), end(node) - 1);
      const sep =
        children.length > 1
          ? text.slice(end(first), children[1]!.offset).replace(/^\s*,/, '')
          : style.listItemSep;
      return `[${padOpen}${items.join(`,${sep}`)}${padClose}]`;
    }
  }
  // An empty list (or an odd layout): the file's list style, under the property's indent.
  const propertyIndent = lineIndent(text, node.parent?.offset ?? node.offset);
  return formatList(items, style, propertyIndent);
}

function formatList(items: readonly string[], style: Style, propertyIndent: string | null): string {
  if (style.multilineList && propertyIndent !== null) {
    const itemIndent = propertyIndent + style.unit;
    return `[${style.eol}${items.map((i) => itemIndent + i).join(`,${style.eol}`)}${style.eol}${propertyIndent}]`;
  }
  return `[${style.listPadOpen}${items.join(`,${style.listItemSep}`)}${style.listPadClose}]`;
}

function entryText(entry: AddedEntry, style: Style): string {
  const values: Record<string, string> = {
    name: JSON.stringify(entry.name),
    path: JSON.stringify(entry.path),
    layer: JSON.stringify(entry.layer),
  };
  if (entry.description !== undefined) values.description = JSON.stringify(entry.description);
  const listIndent = style.multilineEntry ? style.propertyIndent : null;
  for (const field of [UPSTREAM, DOWNSTREAM] as const) {
    const items = entry[field].map((n) => JSON.stringify(n));
    values[field] = items.length === 0 ? '[]' : formatList(items, style, listIndent);
  }
  const keys = style.keyOrder.filter((k) => values[k] !== undefined);
  const properties = keys.map((k) => `${JSON.stringify(k)}:${style.colonSep}${values[k]}`);
  if (style.multilineEntry) {
    const body = properties.map((p) => style.propertyIndent + p).join(`,${style.eol}`);
    return `{${style.eol}${body}${style.eol}${style.entryIndent}}`;
  }
  return `{${style.entryPadOpen}${properties.join(`,${style.propertySep}`)}${style.entryPadClose}}`;
}

/** The inside of a `models` array that had no kept entry: the added entries, laid out. */
function arrayBody(added: readonly string[], style: Style, tree: InventoryTree): string {
  if (added.length === 0) return '';
  if (style.entrySep.includes('\n')) {
    const closeIndent =
      lineIndent(tree.text, end(tree.models) - 1) ?? indentOfLine(tree.text, tree.models.offset);
    return `${style.eol}${style.entryIndent}${added.join(`,${style.entrySep}`)}${style.eol}${closeIndent}`;
  }
  return added.join(`,${style.entrySep}`);
}

function detectStyle(tree: InventoryTree): Style {
  const { text } = tree;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const entries = (tree.models.children ?? []).filter((c) => c.type === 'object');
  // An empty `models: []` says nothing: then the document's own layout decides.
  const pretty = (entries.length > 0 ? nodeText(text, tree.models) : text.trim()).includes('\n');
  const template = entries.find((e) => (e.children?.length ?? 0) > 1) ?? entries[0];
  const modelsLineIndent = indentOfLine(text, tree.models.offset);

  // Indentation unit: the step from an entry to its properties, else the file's first indent.
  let unit = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  let entryIndent = modelsLineIndent + unit;
  let propertyIndent = entryIndent + unit;
  let multilineEntry = pretty;
  let entryPadOpen = '';
  let entryPadClose = '';
  let propertySep = pretty ? ' ' : '';
  let colonSep = pretty ? ' ' : '';
  const keyOrder: string[] = [];
  if (template) {
    const properties = template.children ?? [];
    const own = nodeText(text, template);
    multilineEntry = own.includes('\n');
    entryIndent = lineIndent(text, template.offset) ?? entryIndent;
    const first = properties[0];
    if (first) {
      const key = first.children?.[0];
      const value = first.children?.[1];
      if (key && value) colonSep = text.slice(end(key), value.offset).replace(/^\s*:/, '');
      if (multilineEntry) {
        propertyIndent = lineIndent(text, first.offset) ?? propertyIndent;
        if (propertyIndent.startsWith(entryIndent) && propertyIndent.length > entryIndent.length) {
          unit = propertyIndent.slice(entryIndent.length);
        }
      } else {
        entryPadOpen = text.slice(template.offset + 1, first.offset);
        const last = properties[properties.length - 1]!;
        entryPadClose = text.slice(end(last), end(template) - 1);
        if (properties[1]) {
          propertySep = text.slice(end(first), properties[1].offset).replace(/^\s*,/, '');
        }
      }
    }
    for (const p of properties) {
      const k = p.children?.[0]?.value;
      if (typeof k === 'string' && KNOWN_KEYS.includes(k) && !keyOrder.includes(k))
        keyOrder.push(k);
    }
  } else if (!pretty) {
    entryIndent = '';
  }
  for (const k of KNOWN_KEYS) if (!keyOrder.includes(k)) keyOrder.push(k);

  let entrySep = pretty ? eol + entryIndent : '';
  if (entries.length > 1) {
    entrySep = text.slice(end(entries[0]!), entries[1]!.offset).replace(/^\s*,/, '');
  }

  // Lists: the first non-empty dependency (or other string) list of an entry.
  let multilineList = multilineEntry;
  let listItemSep = pretty ? ' ' : '';
  let listPadOpen = '';
  let listPadClose = '';
  for (const entry of entries) {
    const list = (entry.children ?? [])
      .map((p) => p.children?.[1])
      .find((v) => v?.type === 'array' && (v.children?.length ?? 0) > 0);
    if (!list) continue;
    const items = list.children!;
    multilineList = nodeText(text, list).includes('\n');
    if (!multilineList) {
      listPadOpen = text.slice(list.offset + 1, items[0]!.offset);
      listPadClose = text.slice(end(items[items.length - 1]!), end(list) - 1);
      if (items[1]) listItemSep = text.slice(end(items[0]!), items[1].offset).replace(/^\s*,/, '');
    }
    break;
  }
  return {
    eol,
    multilineEntry,
    entryIndent,
    propertyIndent,
    entryPadOpen,
    entryPadClose,
    propertySep,
    colonSep,
    entrySep,
    multilineList,
    unit,
    listItemSep,
    listPadOpen,
    listPadClose,
    keyOrder,
  };
}

function indentOfLine(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

import { createHash } from 'node:crypto';
import type { Finding } from '../rules/catalog.js';

/**
 * An acknowledgement is bound to what was reviewed. When a reviewer adds the label (the
 * `labeled` event), the warnings of that run — the pull request's head at that moment — are
 * recorded in a hidden line of the sticky comment; later runs acknowledge only warnings in that
 * record, so a push that adds warnings is not covered by the old label. Removing the label
 * clears the record. In a merge queue the queued pull request's record applies: its label
 * acknowledges its own warnings, not those of other pull requests in the group.
 */
export interface AckRecord {
  /** The head the reviewer acknowledged. */
  readonly sha: string;
  /** Fingerprints of the acknowledged warnings (sorted), or, for very many, one of the set. */
  readonly warnings?: readonly string[];
  readonly set?: string;
}

/** Above this many warnings the record keeps one fingerprint of the whole set. */
export const MAX_RECORDED = 1000;
const PREFIX = '<!-- dbt-blast-radius:acknowledged ';
const SUFFIX = ' -->';

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * What identifies a warning across runs: its rule, model, exposure and related models (for
 * `attribution/impacted`, the attribution models reached — reaching more is a new warning).
 * 64 bits: a pull request cannot make a new warning collide with a recorded one.
 */
export function fingerprint(finding: Finding): string {
  return digest(
    JSON.stringify([
      finding.rule,
      finding.model,
      finding.exposure ?? null,
      [...(finding.related ?? [])].sort(),
    ]),
  );
}

/** The fingerprints of the warnings a report would acknowledge (sorted, distinct). */
export function warningPrints(findings: readonly Finding[]): string[] {
  const prints = new Set<string>();
  for (const finding of findings)
    if (finding.severity === 'warning') prints.add(fingerprint(finding));
  return [...prints].sort();
}

export function recordFor(sha: string, prints: readonly string[]): AckRecord {
  return prints.length > MAX_RECORDED
    ? { sha, set: digest(prints.join(',')) }
    : { sha, warnings: [...prints] };
}

/** Whether a record covers a warning; `prints` are all current warnings (for a set record). */
export function covers(
  record: AckRecord,
  prints: readonly string[],
): (finding: Finding) => boolean {
  if (record.warnings) {
    const recorded = new Set(record.warnings);
    return (finding) => recorded.has(fingerprint(finding));
  }
  const same = record.set !== undefined && record.set === digest(prints.join(','));
  return () => same;
}

/** The hidden last line of the sticky comment that carries the record. */
export function recordLine(record: AckRecord): string {
  return `${PREFIX}${JSON.stringify(record)}${SUFFIX}`;
}

/** The record in our comment's last line, or null. Anything malformed is no record. */
export function readRecord(body: string): AckRecord | null {
  const lines = body.replace(/\r\n/g, '\n').trimEnd().split('\n');
  const last = lines[lines.length - 1] ?? '';
  if (!last.startsWith(PREFIX) || !last.endsWith(SUFFIX)) return null;
  try {
    const value: unknown = JSON.parse(last.slice(PREFIX.length, -SUFFIX.length));
    if (typeof value !== 'object' || value === null) return null;
    const { sha, warnings, set } = value as Record<string, unknown>;
    if (typeof sha !== 'string' || !/^[0-9a-f]{40,64}$/i.test(sha)) return null;
    const hex = (x: unknown): x is string => typeof x === 'string' && /^[0-9a-f]{16}$/.test(x);
    if (Array.isArray(warnings) && warnings.every(hex)) return { sha, warnings };
    if (hex(set)) return { sha, set };
    return null;
  } catch {
    return null;
  }
}

export type AckDecision =
  | { readonly kind: 'none' }
  /** The label is on but nothing was recorded for it: nothing is acknowledged. */
  | { readonly kind: 'unrecorded' }
  | { readonly kind: 'recorded'; readonly record: AckRecord; readonly fresh: boolean };

/**
 * Pure: what the acknowledge label covers in this run. `labeledNow`: this run is the `labeled`
 * event of the acknowledge label, so the reviewer acknowledged exactly this run's head.
 */
export function decideAcknowledgement(options: {
  readonly labelOn: boolean;
  readonly labeledNow: boolean;
  readonly existing: AckRecord | null;
  readonly head: string;
  readonly prints: readonly string[];
}): AckDecision {
  if (!options.labelOn) return { kind: 'none' };
  if (options.labeledNow)
    return { kind: 'recorded', record: recordFor(options.head, options.prints), fresh: true };
  if (options.existing) return { kind: 'recorded', record: options.existing, fresh: false };
  return { kind: 'unrecorded' };
}

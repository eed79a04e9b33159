/**
 * The column-level lines of the text report (pure): one per classified change, e.g.
 * `stg_users — column: removed user_id; 3 consumers unaffected`. Names are untrusted: control
 * characters are made visible, long lists and lines are clipped.
 */
import type { DiffReport } from '../report/types.js';
import { neutralizeControls } from '../util/controls.js';

const LISTED = 25;
const NAMES = 5;
const LINE = 200;

function list(names: readonly string[]): string {
  const shown = names.slice(0, NAMES).map(neutralizeControls).join(', ');
  return names.length > NAMES ? `${shown} and ${names.length - NAMES} more` : shown;
}

function clip(s: string): string {
  return s.length <= LINE ? s : `${s.slice(0, LINE - 1)}…`;
}

/** Empty when the report carries no column analysis. */
export function columnTextLines(report: DiffReport): string[] {
  const changes = report.changes.filter((c) => c.category !== undefined);
  if (changes.length === 0) return [];
  const unaffected = new Map<string, number>();
  for (const m of report.impact.models) {
    const from = m.path[0];
    if (m.reach === 'unaffected' && from !== undefined)
      unaffected.set(from, (unaffected.get(from) ?? 0) + 1);
  }
  const out = [`Columns (${changes.length} classified):`];
  for (const c of changes.slice(0, LISTED)) {
    const parts: string[] = [];
    if (c.columns?.removed.length) parts.push(`removed ${list(c.columns.removed)}`);
    if (c.columns?.modified.length) parts.push(`redefined ${list(c.columns.modified)}`);
    if (c.columns?.added.length) parts.push(`added ${list(c.columns.added)}`);
    if (parts.length === 0 || c.category === 'unknown' || c.category === 'model-wide')
      parts.unshift(neutralizeControls(c.categoryReasons?.[0] ?? ''));
    const n = unaffected.get(c.model) ?? 0;
    if (n > 0) parts.push(`${n} consumer${n === 1 ? '' : 's'} unaffected`);
    out.push(
      clip(`  ${neutralizeControls(c.model)} — ${c.category}: ${parts.filter(Boolean).join('; ')}`),
    );
  }
  if (changes.length > LISTED)
    out.push(`  … and ${changes.length - LISTED} more (--format json lists all)`);
  return out;
}

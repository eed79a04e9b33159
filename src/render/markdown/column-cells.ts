// The column analysis in a few words per change or model (`diff --columns`): a change's
// category with a short why, a model's reach. Column and model names are untrusted: they go
// only into code spans (`code`) and reasons only into text (`untrusted`).
import type { PhrasingContent } from 'mdast';
import type { DiffReport, ReportChange, ReportImpactedModel } from '../../report/types.js';
import { fmt } from './context.js';
import { code, joined, text, untrusted } from './nodes.js';

/** Longest column name shown whole; longer ones are clipped. */
const COLUMN_MAX = 40;
/** Longest reason shown after a category or a reach. */
export const REASON_MAX = 90;

/** True when the report carries any column analysis (categories, or the radius's reach). */
export function hasColumns(report: DiffReport): boolean {
  return (
    report.summary.affected !== undefined ||
    report.changes.some((change) => change.category !== undefined)
  );
}

/** `a`, `b` +3: the first `max` names as code, the rest counted. */
export function columnNames(names: readonly string[], max: number): PhrasingContent[] {
  const shown = names.slice(0, max).map((name) => [code(name, COLUMN_MAX)]);
  const left = names.length - shown.length;
  return [...joined(shown, ', '), ...(left > 0 ? [text(` +${fmt(left)} more`)] : [])];
}

/** The usual reasons of a cosmetic change, said shortly. */
const COSMETIC: Readonly<Record<string, string>> = {
  'the SQL differs only in whitespace': 'whitespace only',
  'the parsed queries are equal (formatting, comments or Jinja only)':
    'same query (formatting, comments or Jinja only)',
};

/**
 * A change's category and a short why: "column: redefines `gclid`", "additive: adds `x`",
 * "cosmetic: whitespace only", "unknown: head: …". Empty without a category.
 */
export function categoryNodes(change: ReportChange, names = 3): PhrasingContent[] {
  const category = change.category;
  if (category === undefined) return [];
  const reason = change.categoryReasons?.[0];
  const delta = change.columns;
  if ((category === 'column' || category === 'additive') && delta) {
    const said: PhrasingContent[][] = [];
    if (delta.removed.length > 0)
      said.push([text('removes '), ...columnNames(delta.removed, names)]);
    if (delta.modified.length > 0)
      said.push([text('redefines '), ...columnNames(delta.modified, names)]);
    if (delta.added.length > 0) said.push([text('adds '), ...columnNames(delta.added, names)]);
    if (said.length > 0) return [text(`${category}: `), ...joined(said, '; ')];
  }
  if (reason === undefined || reason === '') return [text(category)];
  const short = category === 'cosmetic' ? COSMETIC[reason] : undefined;
  return [text(`${category}: `), short ? text(short) : untrusted(reason, REASON_MAX)];
}

/** About the text categoryNodes shows, for budget estimates. */
export function categoryWeight(change: ReportChange, names = 3): string {
  if (change.category === undefined) return '';
  const delta = change.columns;
  const listed = delta
    ? [
        ...delta.removed.slice(0, names),
        ...delta.modified.slice(0, names),
        ...delta.added.slice(0, names),
      ]
    : [];
  return `${change.category}: redefines ${listed.map((n) => n.slice(0, COLUMN_MAX)).join(', ')} ${(change.categoryReasons?.[0] ?? '').slice(0, REASON_MAX)}`;
}

/** A model's reach in a table cell: "columns `a`, `b`", "full", "unaffected"; '—' without. */
export function reachNodes(model: ReportImpactedModel, names = 2): PhrasingContent[] {
  switch (model.reach) {
    case 'columns':
      return model.columns && model.columns.length > 0
        ? [text('columns '), ...columnNames(model.columns, names)]
        : [text('columns')];
    case 'full':
      return [text('full')];
    case 'unaffected':
      return [text('unaffected')];
    default:
      return [text('—')];
  }
}

/** About the text reachNodes shows, for budget estimates. */
export function reachWeight(model: ReportImpactedModel, names = 2): string {
  return `${model.reach ?? '—'} ${(model.columns ?? [])
    .slice(0, names)
    .map((n) => n.slice(0, COLUMN_MAX))
    .join(', ')} +N more`;
}

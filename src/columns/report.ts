/**
 * Copying the column-level impact into the report (pure; called by buildDiffReport): the
 * categories onto the changes, the reach onto the impacted models.
 */
import type { Change } from '../diff/changes.js';
import { ANCHORING_REASONS } from '../diff/changes.js';
import { CODE_ANCHORING } from '../lineage/code-lineage.js';
import type { ImpactedModel } from '../impact/radius.js';
import type { ReportChange, ReportImpactedModel } from '../report/types.js';
import type { ColumnImpact } from './impact.js';

/** Reasons whose effect the rendered SQL decides (a cosmetic result cancels them). */
const RENDERED: ReadonlySet<string> = new Set(['sql', 'macro', 'var']);

/**
 * Each classified change gets `category`, `columns` and `categoryReasons`. A `cosmetic` change
 * anchors nothing (it becomes metadata-only) unless something else about it anchors: another
 * anchoring reason, or new inputs.
 */
export function withColumnCategories(
  changes: readonly Change[],
  columns: ColumnImpact,
): ReportChange[] {
  const byModel = new Map(columns.changes.map((c) => [c.model, c]));
  return changes.map((change): ReportChange => {
    const c = byModel.get(change.model);
    if (!c) return change;
    const cosmetic =
      c.category === 'cosmetic' &&
      change.inputs === undefined &&
      change.reasons.every(
        (r) => RENDERED.has(r) || !(CODE_ANCHORING.has(r) || ANCHORING_REASONS.has(r)),
      );
    return {
      ...change,
      ...(cosmetic && { metadataOnly: true }),
      category: c.category,
      ...(c.columns && { columns: c.columns }),
      categoryReasons: c.reasons,
    };
  });
}

/**
 * Each impacted model gets `reach` (+ `columns`, `reachReasons`), and `affected` counts `full` +
 * `columns`. An anchor the column radius did not start from (an inventory-only change, a rewired
 * edge) reaches its whole downstream `full`: `outside` gives that downstream; without it, such an
 * anchor leaves the model level as it is (`affected` undefined). A model the column radius did
 * not reach is reached `full`.
 */
export function withColumnReach(
  models: readonly ImpactedModel[],
  anchors: readonly string[],
  columns: ColumnImpact,
  outside?: (anchors: readonly string[]) => ReadonlySet<string>,
): { models: ReportImpactedModel[]; affected?: number } {
  const known = new Set(columns.anchors);
  const unknown = anchors.filter((a) => !known.has(a));
  // Nothing followed at all (analysis unavailable), or no way to tell the rest: the model level.
  if (unknown.length > 0 && (!outside || known.size === 0)) return { models: [...models] };
  const beyond = unknown.length > 0 && outside ? outside(unknown) : new Set<string>();
  const named = unknown.slice(0, 3);
  const beyondReason = `downstream of ${named.join(', ')}${unknown.length > 3 ? ` and ${unknown.length - 3} more` : ''}, changed where the column analysis does not look (the inventory)`;
  const byModel = new Map(columns.models.map((m) => [m.model, m]));
  let affected = 0;
  const out = models.map((model): ReportImpactedModel => {
    if (beyond.has(model.model)) {
      affected++;
      return { ...model, reach: 'full', reachReasons: [beyondReason] };
    }
    const r = byModel.get(model.model);
    const reach = r?.reach ?? 'full';
    if (reach !== 'unaffected') affected++;
    return {
      ...model,
      reach,
      ...(r?.reach === 'columns' && r.columns && { columns: r.columns }),
      reachReasons: r?.reasons ?? ['reached outside the column analysis'],
    };
  });
  return { models: out, affected };
}

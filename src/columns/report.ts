/**
 * Copying the column-level impact into the report (pure; called by buildDiffReport): the
 * categories onto the changes, the reach onto the impacted models.
 */
import type { Change } from '../diff/changes.js';
import type { ImpactedModel } from '../impact/radius.js';
import type { ReportChange, ReportImpactedModel } from '../report/types.js';
import type { ColumnImpact } from './impact.js';

/**
 * Each classified change gets `category`, `columns` and `categoryReasons`. The anchors do not
 * move: a `cosmetic` change still anchors the model-level radius (the analysis reads the pull
 * request's own templates and could be misled, so it never shrinks what the verdict rests on);
 * its downstream is `unaffected` in the column radius instead. Comment- and whitespace-only edits
 * anchor nothing already: the scanner calls them `sql-format`.
 */
export function withColumnCategories(
  changes: readonly Change[],
  columns: ColumnImpact,
): ReportChange[] {
  const byModel = new Map(columns.changes.map((c) => [c.model, c]));
  return changes.map((change): ReportChange => {
    const c = byModel.get(change.model);
    if (!c) return change;
    return {
      ...change,
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

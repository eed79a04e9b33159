// The column radius (`diff --columns`): how many downstream models the change affects, which
// ones (fully, or by which columns), and those ruled out with the reason. Shown only when the
// report carries the column analysis: without it these parts are not there at all.
import type { PhrasingContent, RootContent } from 'mdast';
import type { ReportChange, ReportImpactedModel } from '../../report/types.js';
import type { Part } from './budget.js';
import { columnNames, hasColumns, REASON_MAX, reachWeight } from './column-cells.js';
import { fmt, plural } from './context.js';
import { fullNames, layerCell, shortCode, type DiffMode } from './diff-parts.js';
import type { DiffView } from './diff-view.js';
import {
  code,
  details,
  heading,
  list,
  listItem,
  MAX_VALUE,
  paragraph,
  table,
  text,
  untrusted,
} from './nodes.js';
import { fixedPart, listPart } from './parts.js';
import { clip } from './sanitize.js';

/** Most affected and ruled-out models the comment lists; the job summary lists up to maxRows. */
export const COMMENT_AFFECTED = 50;
export const COMMENT_RULED_OUT = 100;
/** Affected models the comment shows open; the rest of its list is collapsed. */
export const AFFECTED_OPEN = 3;
/** Column names listed per model: fewer in the comment. */
const NAMES_COMPACT = 3;
const NAMES_FULL = 10;

const TRUST_NOTE =
  'The warnings and the verdict still count them: the column analysis reads this pull request’s own SQL, so it informs the review but clears nothing.';

/** The impacted models split by the column analysis: affected (most telling first), ruled out. */
export function columnSplit(view: DiffView): {
  affected: ReportImpactedModel[];
  ruledOut: ReportImpactedModel[];
  full: number;
} {
  const models = view.report.impact.models;
  const attribution = (m: ReportImpactedModel) =>
    m.layer !== null && view.resolved.attribution.has(m.layer);
  // Report order is depth, then name: kept within each group.
  const affected = models
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.reach !== 'unaffected')
    .sort(
      (a, b) =>
        Number(attribution(b.m)) - Number(attribution(a.m)) ||
        Number(b.m.reach === 'full') - Number(a.m.reach === 'full') ||
        a.i - b.i,
    )
    .map(({ m }) => m);
  return {
    affected,
    // Attribution-layer models first: ruling those out is what a reviewer wants to check.
    ruledOut: models
      .filter((m) => m.reach === 'unaffected')
      .map((m, i) => ({ m, i }))
      .sort((a, b) => Number(attribution(b.m)) - Number(attribution(a.m)) || a.i - b.i)
      .map(({ m }) => m),
    full: affected.filter((m) => m.reach === 'full').length,
  };
}

/**
 * True when the comment's affected and ruled-out lists name every impacted model: its full
 * impacted list would only repeat them.
 */
export function columnListsCoverRadius(view: DiffView): boolean {
  if (view.report.summary.affected === undefined) return false;
  const { affected, ruledOut } = columnSplit(view);
  return affected.length <= COMMENT_AFFECTED && ruledOut.length <= COMMENT_RULED_OUT;
}

/** The column parts in display order: none without column analysis or without a radius. */
export function columnParts(view: DiffView, mode: DiffMode): Part[] {
  const { report } = view;
  if (!hasColumns(report) || report.impact.models.length === 0) return [];
  const total = report.impact.models.length;
  if (report.summary.affected === undefined) {
    return [
      fixedPart('column impact', [
        heading(4, text('Column impact: not computed for this radius')),
        paragraph(
          text(
            `A change the column analysis does not follow (an inventory-only change, or an edge rewired in the inventory) anchors it, so all ${plural(total, 'downstream model')} count as affected.`,
          ),
        ),
      ]),
    ];
  }
  const split = columnSplit(view);
  const affected = split.affected.length;
  const byColumns = affected - split.full;
  const how = affected === 0 ? '' : ` (${fmt(split.full)} fully, ${fmt(byColumns)} by columns)`;
  return [
    fixedPart('column impact', [
      heading(
        4,
        text(
          `Column impact: ${fmt(affected)} of ${plural(total, 'downstream model')} affected${how}`,
        ),
      ),
      // Nothing affected: the sentence the list would have been.
      ...(affected === 0
        ? [paragraph(text(`No changed column reaches any of them. ${TRUST_NOTE}`))]
        : []),
    ]),
    affectedPart(view, mode, split.affected),
    ruledOutPart(view, mode, split.ruledOut),
  ];
}

/** "+N more affected models (k of M shown here): where." for a capped list. */
function capNote(mode: DiffMode, what: string, shown: number, all: number): RootContent[] {
  if (shown >= all) return [];
  return [
    paragraph(
      text(
        `+${fmt(all - shown)} more ${what} (${fmt(shown)} of ${fmt(all)} shown here): ${mode.elsewhere}.`,
      ),
    ),
  ];
}

/** "… and N more affected models (k of M shown here): where." when the budget cut a list. */
function cutNote(mode: DiffMode, what: string, shown: number, all: number): RootContent[] {
  return [
    paragraph(
      text(
        `… and ${fmt(all - shown)} more ${what} (${fmt(shown)} of ${fmt(all)} shown here): ${mode.elsewhere}.`,
      ),
    ),
  ];
}

function firstReason(m: ReportImpactedModel): PhrasingContent[] {
  const reason = m.reachReasons?.[0];
  return reason ? [untrusted(reason, REASON_MAX)] : [];
}

/** "columns `a`, `b` +3 more" or "fully: reads x, which changes as a whole". */
function howReached(m: ReportImpactedModel, names: number): PhrasingContent[] {
  if (m.reach === 'columns' && m.columns && m.columns.length > 0)
    return [text('columns '), ...columnNames(m.columns, names)];
  const why = firstReason(m);
  return why.length > 0 ? [text('fully: '), ...why] : [text('fully')];
}

/** A list item's lead in the comment: the model's (shortened) name and its layer. */
function modelAndLayer(
  view: DiffView,
  m: ReportImpactedModel,
  shortened: Set<string>,
): PhrasingContent[] {
  return [
    shortCode(m.model, shortened, 48),
    text(' ('),
    ...layerCell(view, m.layer, 20),
    text(')'),
  ];
}

function affectedPart(view: DiffView, mode: DiffMode, all: readonly ReportImpactedModel[]): Part {
  const items = mode.compact ? all.slice(0, COMMENT_AFFECTED) : all;
  const names = mode.compact ? NAMES_COMPACT : NAMES_FULL;
  return listPart<ReportImpactedModel>({
    label: 'affected models',
    rank: 1,
    core: mode.compact ? AFFECTED_OPEN * 2 : 25,
    items,
    limit: mode.maxRows,
    head: () => [],
    body: (shown) => {
      // Cut by the budget, the note below says so; capped, this one does.
      const note =
        shown.length === items.length
          ? capNote(mode, 'affected models', shown.length, all.length)
          : [];
      if (mode.compact) {
        const shortened = new Set<string>();
        const item = (m: ReportImpactedModel) =>
          listItem(
            paragraph(...modelAndLayer(view, m, shortened), text(' — '), ...howReached(m, names)),
          );
        const open = shown.slice(0, AFFECTED_OPEN);
        const rest = shown.slice(AFFECTED_OPEN);
        return [
          list(open.map(item)),
          ...(rest.length > 0
            ? details(`${plural(rest.length, 'more affected model')}`, [list(rest.map(item))])
            : []),
          ...note,
          ...fullNames(shortened),
        ];
      }
      return [
        table(
          ['right', null, null, null],
          ['Depth', 'Model', 'Layer', 'Reached'],
          shown.map((m) => [
            [text(fmt(m.depth))],
            [code(m.model)],
            layerCell(view, m.layer),
            howReached(m, names),
          ]),
        ),
        ...note,
      ];
    },
    weight: (m) =>
      `${clip(m.model, MAX_VALUE)} ${clip(m.layer ?? 'external', 60)} ${reachWeight(m, names)} ${clip(m.reachReasons?.[0] ?? '', REASON_MAX)}`,
    overhead: 40,
    more: (left, total) => cutNote(mode, 'affected models', total - left, all.length),
    measure: mode.measure,
    cap: mode.budget,
  });
}

const RULED_OUT_LEAD = `Downstream in the lineage, but no changed column reaches them: they read none of the columns that change. ${TRUST_NOTE}`;

/** The reason every ruled-out model has unless the analysis said more. */
const NO_COLUMN = 'no changed column reaches it';

/**
 * The model before `m` on its path, as code, with what it changes: "`canonical_users` (changes
 * `gclid`)", "`users` (unaffected)". Why `m` is ruled out, read off the step it is reached by.
 */
function via(
  m: ReportImpactedModel,
  lookup: Lookup,
  names: number,
  shortened?: Set<string>,
): PhrasingContent[] {
  const before = m.path.length >= 2 ? m.path[m.path.length - 2]! : undefined;
  if (before === undefined) return [];
  const name = shortened ? shortCode(before, shortened, 40) : code(before);
  const change = lookup.changes.get(before);
  const upstream = lookup.impacted.get(before);
  const changed = change?.columns
    ? [...change.columns.removed, ...change.columns.modified, ...change.columns.added]
    : upstream?.reach === 'columns'
      ? [...(upstream.columns ?? [])]
      : [];
  if (changed.length > 0)
    return [name, text(' (changes '), ...columnNames(changed, names), text(')')];
  if (upstream?.reach === 'unaffected') return [name, text(' (unaffected)')];
  return [name];
}

/** The reasons beyond the usual one, or nothing. */
function otherReasons(m: ReportImpactedModel): string[] {
  return (m.reachReasons ?? []).filter((reason) => reason !== NO_COLUMN);
}

interface Lookup {
  readonly changes: ReadonlyMap<string, ReportChange>;
  readonly impacted: ReadonlyMap<string, ReportImpactedModel>;
}

function ruledOutPart(view: DiffView, mode: DiffMode, all: readonly ReportImpactedModel[]): Part {
  const items = mode.compact ? all.slice(0, COMMENT_RULED_OUT) : all;
  const title = `Ruled out (${fmt(all.length)}): downstream but unaffected`;
  const names = mode.compact ? NAMES_COMPACT : NAMES_FULL;
  let lookup: Lookup | undefined;
  const lookups = () =>
    (lookup ??= {
      changes: new Map(view.report.changes.map((c) => [c.model, c])),
      impacted: new Map(view.report.impact.models.map((m) => [m.model, m])),
    });
  return listPart<ReportImpactedModel>({
    label: 'ruled-out models',
    rank: 3,
    core: mode.compact ? 10 : 25,
    items,
    limit: mode.maxRows,
    head: () => [],
    body: (shown) => {
      const note =
        shown.length === items.length
          ? capNote(mode, 'ruled-out models', shown.length, all.length)
          : [];
      if (mode.compact) {
        const shortened = new Set<string>();
        return details(title, [
          paragraph(text(RULED_OUT_LEAD)),
          list(
            shown.map((m) => {
              const step = via(m, lookups(), names, shortened);
              const why = otherReasons(m);
              return listItem(
                paragraph(
                  ...modelAndLayer(view, m, shortened),
                  ...(step.length > 0 ? [text(' — via '), ...step] : []),
                  ...(why.length > 0 ? [text(': '), untrusted(why.join('; '), REASON_MAX)] : []),
                ),
              );
            }),
          ),
          ...note,
          ...fullNames(shortened),
        ]);
      }
      return details(title, [
        paragraph(text(RULED_OUT_LEAD)),
        table(
          ['right', null, null, null, null],
          ['Depth', 'Model', 'Layer', 'Via', 'Why'],
          shown.map((m) => {
            const step = via(m, lookups(), names);
            return [
              [text(fmt(m.depth))],
              [code(m.model)],
              layerCell(view, m.layer),
              step.length > 0 ? step : [text('—')],
              (m.reachReasons ?? []).length > 0
                ? [untrusted((m.reachReasons ?? []).join('; '), REASON_MAX * 2)]
                : [text('—')],
            ];
          }),
        ),
        ...note,
      ]);
    },
    weight: (m) =>
      `${clip(m.model, MAX_VALUE)} ${clip(m.layer ?? 'external', 60)} ${clip(m.path[m.path.length - 2] ?? '', MAX_VALUE)} (changes ${'x'.repeat(40 * names)}) ${clip((m.reachReasons ?? []).join('; '), REASON_MAX * 2)}`,
    overhead: 40,
    more: (left, total) => [
      ...(total - left === 0 ? [paragraph(text(title))] : []),
      ...cutNote(mode, 'ruled-out models', total - left, all.length),
    ],
    measure: mode.measure,
    cap: mode.budget,
  });
}

// The column radius (`diff --columns`): how many downstream models the change affects, which
// ones (fully, or by which columns), and those ruled out with the reason. Shown only when the
// report carries the column analysis: without it these parts are not there at all.
import type { PhrasingContent, RootContent } from 'mdast';
import type { ReportImpactedModel } from '../../report/types.js';
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
export const COMMENT_AFFECTED = 25;
export const COMMENT_RULED_OUT = 30;
/** Affected models the comment shows open; the rest of its list is collapsed. */
export const AFFECTED_OPEN = 5;
/** Column names listed per model: fewer in the comment. */
const NAMES_COMPACT = 3;
const NAMES_FULL = 10;

const TRUST_NOTE =
  'The warnings and the verdict keep the model-level radius: the column analysis reads this pull request’s own SQL.';

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
    ruledOut: models.filter((m) => m.reach === 'unaffected'),
    full: affected.filter((m) => m.reach === 'full').length,
  };
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
  const ruledOut = split.ruledOut.length;
  const lead = [
    affected > 0
      ? `${fmt(split.full)} reached fully, ${fmt(byColumns)} only through some of ${byColumns === 1 ? 'its' : 'their'} columns`
      : 'No changed column reaches any of them',
    ruledOut > 0
      ? `; ${fmt(ruledOut)} ruled out: downstream, but no changed column reaches ${ruledOut === 1 ? 'it' : 'them'}.`
      : '.',
  ].join('');
  return [
    fixedPart('column impact', [
      heading(
        4,
        text(`Column impact: ${fmt(affected)} of ${plural(total, 'downstream model')} affected`),
      ),
      paragraph(text(`${lead} ${TRUST_NOTE}`)),
    ]),
    affectedPart(view, mode, split.affected),
    ruledOutPart(view, mode, split.ruledOut),
  ];
}

/** "… and N more affected models (k of M shown here): where." for a capped list. */
function capNote(mode: DiffMode, what: string, shown: number, all: number): RootContent[] {
  if (shown >= all) return [];
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
            paragraph(
              shortCode(m.model, shortened, 48),
              text(' ('),
              ...layerCell(view, m.layer, 20),
              text(') — '),
              ...howReached(m, names),
            ),
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
    more: (left, total) => capNote(mode, 'affected models', total - left, all.length),
    measure: mode.measure,
    cap: mode.budget,
  });
}

const RULED_OUT_LEAD =
  'Downstream of a change in the lineage, but the column analysis shows no changed column reaches them.';

/** The model before `m` on its path, as code. */
function via(m: ReportImpactedModel, shortened?: Set<string>): PhrasingContent[] {
  const before = m.path.length >= 2 ? m.path[m.path.length - 2]! : undefined;
  if (before === undefined) return [];
  return shortened ? [shortCode(before, shortened, 40)] : [code(before)];
}

function ruledOutPart(view: DiffView, mode: DiffMode, all: readonly ReportImpactedModel[]): Part {
  const items = mode.compact ? all.slice(0, COMMENT_RULED_OUT) : all;
  const title = `Ruled out (${fmt(all.length)}): downstream but unaffected`;
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
              const step = via(m, shortened);
              const why = firstReason(m);
              return listItem(
                paragraph(
                  shortCode(m.model, shortened, 48),
                  ...(why.length > 0 ? [text(' — '), ...why] : []),
                  ...(step.length > 0 ? [text(' (via '), ...step, text(')')] : []),
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
            const step = via(m);
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
      `${clip(m.model, MAX_VALUE)} ${clip(m.layer ?? 'external', 60)} ${clip(m.path[m.path.length - 2] ?? '', MAX_VALUE)} ${clip((m.reachReasons ?? []).join('; '), REASON_MAX * 2)}`,
    overhead: 40,
    more: (left, total) => [
      ...(total - left === 0 ? [paragraph(text(title))] : []),
      ...capNote(mode, 'ruled-out models', total - left, all.length),
    ],
    measure: mode.measure,
    cap: mode.budget,
  });
}

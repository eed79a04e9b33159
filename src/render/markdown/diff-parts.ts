import type { PhrasingContent, RootContent } from 'mdast';
import type { Change, FieldChange } from '../../diff/changes.js';
import { previewJson } from '../../diff/changes.js';
import type { ImpactedModel } from '../../impact/radius.js';
import type { Finding } from '../../rules/catalog.js';
import type { Part } from './budget.js';
import { fmt, plural } from './context.js';
import type { DiffView } from './diff-view.js';
import {
  countFindings,
  findingGroups,
  findingWeight,
  locatedNodes,
  messageNodes,
} from './findings.js';
import { commentPicture, type CommentPicture } from './comment-picture.js';
import { KIND_ICON, lineagePictures, type LineagePicture, type Readable } from './lineage.js';
import {
  code,
  details,
  heading,
  joined,
  list,
  listItem,
  MAX_VALUE,
  paragraph,
  pathNodes,
  pathWeight,
  strong,
  table,
  text,
  untrusted,
  untrustedWith,
} from './nodes.js';
import { listPart } from './parts.js';
import type { ReportChange, ReportImpactedModel } from '../../report/types.js';
import {
  categoryNodes,
  categoryWeight,
  hasColumns,
  reachNodes,
  reachWeight,
} from './column-cells.js';
import { clip, clipMiddle } from './sanitize.js';
import type { Measure } from './stringify.js';
import { toMarkdown } from './stringify.js';

/** How a document spends its room: the comment tight, the job summary generous. */
export interface DiffMode {
  /** Where the reader finds what a part leaves out. */
  readonly elsewhere: string;
  readonly readable: Readable;
  /** Most items a list shows, whatever the budget: past it a table helps nobody. */
  readonly maxRows: number;
  readonly measure: Measure;
  readonly budget: number;
  /**
   * The comment: what a reviewer reads in one screen. Names shortened in the middle (the full
   * names one click away), a small picture, and every section past the first screen collapsed.
   */
  readonly compact?: boolean;
}

/**
 * Longest name a compact table shows whole, by default: with the table's other columns, a row
 * stays within the column (~850 px; a code character is ~8 px). Tables with one name column
 * allow longer names.
 */
export const SHORT_NAME = 30;

/** A name as inline code, shortened in the middle when long (noted in `shortened`). */
export function shortCode(
  name: string,
  shortened?: Set<string>,
  max = SHORT_NAME,
): PhrasingContent {
  const short = clipMiddle(name, max);
  if (short !== name) shortened?.add(name);
  return code(short);
}

/** The full names behind shortened ones, one click away. */
export function fullNames(shortened: ReadonlySet<string>): RootContent[] {
  if (shortened.size === 0) return [];
  const names = [...shortened].sort();
  return details(`Full names (${plural(names.length, 'shortened name')})`, [
    list(names.map((name) => listItem(paragraph(code(name))))),
  ]);
}

/** A collapsed section in the comment; as it is in the job summary. */
function section(mode: DiffMode, summary: string, nodes: RootContent[]): RootContent[] {
  return mode.compact ? details(summary, nodes) : nodes;
}

const CONCEPTS_MAX = 160;
const NAMES_IN_LINE = 20;

export const ATTRIBUTION_MARK = '🎯';

export function moreNote(mode: DiffMode, what: string) {
  return (left: number, total: number): RootContent[] => [
    paragraph(
      text(
        `… and ${fmt(left)} more ${what} (${fmt(total - left)} of ${fmt(total)} shown here): ${mode.elsewhere}.`,
      ),
    ),
  ];
}

export function layerCell(view: DiffView, layer: string | null, max = 60): PhrasingContent[] {
  if (layer === null) return [text('external')];
  const mark = view.resolved.attribution.has(layer) ? ` ${ATTRIBUTION_MARK}` : '';
  return [untrustedWith(clipMiddle(layer, max), mark, max)];
}

/** Findings of one rule the comment shows open; the rest of the rule's are collapsed. */
const FINDINGS_OPEN = 5;

/** Errors, then attribution warnings, then the rest: the part cut last. */
export function findingsPart(view: DiffView, mode: DiffMode): Part {
  const items = view.blocking;
  const errors = view.report.summary.errors;
  const title =
    errors > 0 && items.length > errors
      ? 'Errors and warnings'
      : errors > 0
        ? 'Errors'
        : 'Warnings';
  const reachOf = columnReachOf(view);
  return listPart<Finding>({
    label: 'findings',
    rank: 0,
    core: 40,
    items: items,
    limit: mode.maxRows,
    head: () => [heading(4, text(title))],
    body: (shown) =>
      findingGroups(
        shown,
        (finding) => condensed(finding, reachOf),
        mode.compact ? FINDINGS_OPEN : Infinity,
      ),
    weight: (finding) =>
      condensable(finding) ? clip(finding.model ?? '', MAX_VALUE) : findingWeight(finding),
    overhead: 12,
    more: (_left, _total, rest) => [
      paragraph(text(`… and ${countFindings(rest())} more: ${mode.elsewhere}.`)),
    ],
    measure: mode.measure,
    cap: mode.budget,
  });
}

/** ", 3 affected" (per the column analysis) over `models`; nothing without the analysis. */
function affectedOf(
  models: readonly string[],
  reachOf: ReadonlyMap<string, ReportImpactedModel> | undefined,
): string {
  if (!reachOf) return '';
  const affected = models.filter((m) => reachOf.get(m)?.reach !== 'unaffected').length;
  return `, ${fmt(affected)} affected`;
}

/** Impacted models by name, when the column analysis says how each is reached. */
function columnReachOf(view: DiffView): ReadonlyMap<string, ReportImpactedModel> | undefined {
  if (view.report.summary.affected === undefined) return undefined;
  return new Map(view.report.impact.models.map((m) => [m.model, m]));
}

function condensable(finding: Finding): boolean {
  return (
    (finding.rule === 'attribution/impacted' && finding.model !== null) ||
    (finding.rule === 'exposure/reached' && EXPOSURE_NAME.test(finding.message))
  );
}

/**
 * The two findings whose messages list many paths get one line here: their own sections below
 * show the same models as tables, and the list above them should read in seconds.
 */
function condensed(
  finding: Finding,
  reachOf?: ReadonlyMap<string, ReportImpactedModel>,
): PhrasingContent[] {
  const related = finding.related?.length ?? 0;
  if (finding.rule === 'attribution/impacted' && finding.model !== null) {
    const affected = affectedOf(finding.related ?? [], reachOf);
    return [
      code(finding.model),
      text(
        ` reaches ${plural(related, 'attribution-layer model')}${affected} (see Attribution impact)`,
      ),
    ];
  }
  const name = finding.rule === 'exposure/reached' ? exposureName(finding) : undefined;
  if (name !== undefined) {
    return [
      text('exposure '),
      strong(untrusted(name, 100)),
      text(
        ` is reached through ${plural(related, 'model')}${affectedOf(finding.related ?? [], reachOf)} (see Exposures reached)`,
      ),
    ];
  }
  return locatedNodes(finding);
}

function reasonsCell(change: Change, max = 60): PhrasingContent[] {
  if (change.kind !== 'modified') return [text('—')];
  return joined(
    change.reasons.map((reason) => {
      if (reason === 'sql') return [text('SQL')];
      const said = codeReason(change, reason, max);
      if (said) return said;
      const field = change.fields[reason];
      const name = untrusted(clipMiddle(reason, max), max);
      if (field && 'added' in field) {
        const delta = [
          field.added.length > 0 ? `+${fmt(field.added.length)}` : '',
          field.removed.length > 0 ? `−${fmt(field.removed.length)}` : '',
        ]
          .filter(Boolean)
          .join(' ');
        return [name, text(` (${delta})`)];
      }
      return [name];
    }),
    ', ',
  );
}

/**
 * The code's reasons in words a reviewer reads: which macro or var changed (named, the rest
 * counted), a format-only edit, a config or contract change; null for the inventory's fields.
 */
function codeReason(change: Change, reason: string, max: number): PhrasingContent[] | null {
  const named = (label: string, names: readonly string[] | undefined) => {
    if (!names || names.length === 0) return [text(label)];
    const more = names.length > 1 ? ` (+${fmt(names.length - 1)})` : '';
    return [text(`${label} `), code(names[0]!, Math.min(max, 40)), text(`${more}, which changed`)];
  };
  switch (reason) {
    case 'macro':
      return named('calls', change.macros);
    case 'var':
      return named('var', change.vars);
    case 'sql-format':
      return [text('format only')];
    case 'config':
    case 'contract':
    case 'seed':
    case 'docs':
      return [text(reason)];
    case 'inputs':
      return [text('inputs')];
    default:
      return null;
  }
}

const KIND_LABEL = {
  added: 'added',
  removed: 'removed',
  modified: 'modified',
  moved: 'moved',
} as const;

/** Anchoring changes, the largest reach first, attribution layers before all. */
export function changedPart(view: DiffView, mode: DiffMode): Part {
  const reach = (change: Change) => view.perChange.get(change.model)?.total ?? 0;
  const isAttribution = (change: Change) => view.resolved.attribution.has(change.layer);
  const items = [...view.anchors].sort(
    (a, b) =>
      Number(isAttribution(b)) - Number(isAttribution(a)) ||
      reach(b) - reach(a) ||
      (a.model < b.model ? -1 : a.model > b.model ? 1 : 0),
  );
  const metadata = view.metadataOnly.length;
  const withColumns = hasColumns(view.report);
  return listPart<ReportChange>({
    label: 'changed models',
    rank: 1,
    core: 25,
    items: items,
    limit: mode.maxRows,
    head: () => [
      heading(4, text(`Changed models (${fmt(items.length)})`)),
      ...(metadata > 0
        ? [
            paragraph(
              text(
                `Each anchors a blast radius. ${plural(metadata, 'metadata-only change')} ${metadata === 1 ? 'is' : 'are'} listed separately below.`,
              ),
            ),
          ]
        : []),
    ],
    body: (shown) => {
      if (!mode.compact) return changedTable(view, shown, withColumns);
      const shortened = new Set<string>();
      // Consumers gained and lost have their own section below.
      const rows = table(
        withColumns
          ? [null, null, null, null, 'right', 'right']
          : [null, null, null, 'right', 'right'],
        withColumns
          ? ['Model', 'Layer', 'Reasons', 'Column change', 'Direct', 'Total']
          : ['Model', 'Layer', 'Reasons', 'Direct', 'Total'],
        shown.map((change) => {
          const p = view.perChange.get(change.model);
          return [
            [text(`${KIND_ICON[change.kind]} `), shortCode(change.model, shortened, 36)],
            layerCell(view, change.layer, 20),
            reasonsCell(change, 20),
            ...(withColumns ? [categoryCell(change, 1)] : []),
            [text(p ? fmt(p.direct) : '—')],
            [text(p ? `${p.estimated ? '~' : ''}${fmt(p.total)}` : '—')],
          ];
        }),
      );
      const nodes = [rows, ...fullNames(shortened)];
      return shown.length > COMPACT_OPEN_ROWS
        ? details(`The ${plural(shown.length, 'changed model')}`, nodes)
        : nodes;
    },
    weight: (change) =>
      `${clip(change.model, MAX_VALUE)} ${clip(change.layer, 60)} ${change.reasons.map((r) => clip(r, 60)).join(', ')}${withColumns ? categoryWeight(change) : ''}`,
    overhead: 60,
    more: moreNote(mode, 'changed models'),
    measure: mode.measure,
    cap: mode.budget,
  });
}

/** Past this many rows, the comment's changed-models table is collapsed. */
const COMPACT_OPEN_ROWS = 6;

/** A change's column category and why; '—' for a change the analysis did not classify. */
function categoryCell(change: ReportChange, names = 3): PhrasingContent[] {
  const nodes = categoryNodes(change, names);
  return nodes.length > 0 ? nodes : [text('—')];
}

function changedTable(
  view: DiffView,
  shown: readonly ReportChange[],
  withColumns: boolean,
): RootContent[] {
  return [
    table(
      withColumns
        ? [null, null, null, null, null, 'right', 'right', null]
        : [null, null, null, null, 'right', 'right', null],
      withColumns
        ? ['Model', 'Change', 'Layer', 'Reasons', 'Column change', 'Direct', 'Total', 'Consumers']
        : ['Model', 'Change', 'Layer', 'Reasons', 'Direct', 'Total', 'Consumers'],
      shown.map((change) => {
        const p = view.perChange.get(change.model);
        return [
          [code(change.model)],
          [text(`${KIND_ICON[change.kind]} ${KIND_LABEL[change.kind]}`)],
          layerCell(view, change.layer),
          reasonsCell(change),
          ...(withColumns ? [categoryCell(change)] : []),
          [text(p ? fmt(p.direct) : '—')],
          [text(p ? `${p.estimated ? '~' : ''}${fmt(p.total)}` : '—')],
          [text(consumersCell(p))],
        ];
      }),
    ),
  ];
}

function consumersCell(
  p: { gained: readonly string[]; lost: readonly string[]; estimated?: true } | undefined,
): string {
  if (!p) return '—';
  if (p.estimated) return 'not computed';
  const out = [
    p.gained.length > 0 ? `+${fmt(p.gained.length)}` : '',
    p.lost.length > 0 ? `−${fmt(p.lost.length)}` : '',
  ].filter(Boolean);
  return out.length > 0 ? out.join(' ') : '—';
}

/** Attribution concepts of the models that will be shown, from the head inventory. */
function conceptsOf(view: DiffView, names: ReadonlySet<string>): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  const head = view.resolved.context.headModels;
  for (const name of names) {
    const model = head?.models[head.indexByName.get(name) ?? -1];
    if (model) out.set(name, model.attribution_concepts ?? []);
  }
  return out;
}

function conceptsCell(concepts: readonly string[] | undefined): PhrasingContent[] {
  if (!concepts || concepts.length === 0) return [text('—')];
  return [untrusted([...concepts].sort().join(', '), CONCEPTS_MAX)];
}

const ATTRIBUTION_LEAD =
  'These models resolve identity, signals, attribution and channels, the numbers behind CAC, ROI and the conversions synced to ad platforms. Compare their output with production before merging.';

/** At most two concepts, and a count of the rest: a row stays one or two lines tall. */
function fewConcepts(concepts: readonly string[] | undefined): PhrasingContent[] {
  if (!concepts || concepts.length === 0) return [text('—')];
  const sorted = [...concepts].sort();
  const shown = sorted.slice(0, 2).map((c) => clipMiddle(c, 40));
  const left = sorted.length - shown.length;
  return [untrusted(shown.join(', '), 90), ...(left > 0 ? [text(` +${fmt(left)}`)] : [])];
}

/** The step before a model on its path, and how far it is from the change. */
function viaCell(m: ImpactedModel, shortened: Set<string>): PhrasingContent[] {
  const before = m.path.length >= 2 ? m.path[m.path.length - 2]! : undefined;
  if (before === undefined) return [text(plural(m.depth, 'hop'))];
  return [shortCode(before, shortened, 26), text(` (${plural(m.depth, 'hop')})`)];
}

export function attributionPart(view: DiffView, mode: DiffMode): Part {
  const items = view.attributionImpacted;
  const withColumns = view.report.summary.affected !== undefined;
  const affected = withColumns
    ? `, ${fmt(items.filter((m) => m.reach !== 'unaffected').length)} affected per the column analysis`
    : '';
  const attributionTitle = () =>
    `${ATTRIBUTION_MARK} Attribution impact: ${plural(view.attributionImpacted.length, 'model')} in attribution layers${affected}`;
  const attributionHead = () => [
    heading(4, text(attributionTitle())),
    paragraph(text(ATTRIBUTION_LEAD)),
  ];
  const withConcepts = view.resolved.context.headModels !== undefined;
  let concepts: Map<string, readonly string[]> | undefined;
  const conceptsFor = (shown: readonly ImpactedModel[]) =>
    (concepts ??= conceptsOf(view, new Set(shown.map((m) => m.model))));
  return listPart<ImpactedModel>({
    label: 'attribution impact',
    rank: 2,
    core: 20,
    items,
    limit: mode.maxRows,
    head: () => (mode.compact ? [] : attributionHead()),
    body: (shown) => {
      const lookup = withConcepts ? conceptsFor(shown) : undefined;
      if (mode.compact) {
        const shortened = new Set<string>();
        // With column analysis, the comment's narrow table says how each model is reached
        // instead of its concepts (the job summary shows both).
        const rows = withColumns
          ? table(
              [null, null, null, null],
              ['Model', 'Layer', 'Column reach', 'Reached via'],
              shown.map((m) => [
                [shortCode(m.model, shortened, 34)],
                layerCell(view, m.layer, 20),
                reachNodes(m, 2),
                viaCell(m, shortened),
              ]),
            )
          : table(
              withConcepts ? [null, null, null, null] : [null, null, null],
              withConcepts
                ? ['Model', 'Layer', 'Concepts', 'Reached via']
                : ['Model', 'Layer', 'Reached via'],
              shown.map((m) => [
                [shortCode(m.model, shortened, 34)],
                layerCell(view, m.layer, 20),
                ...(lookup ? [fewConcepts(lookup.get(m.model))] : []),
                viaCell(m, shortened),
              ]),
            );
        return details(attributionTitle(), [
          paragraph(text(ATTRIBUTION_LEAD)),
          rows,
          ...fullNames(shortened),
        ]);
      }
      return [
        table(
          [null, null, ...(withColumns ? [null] : []), ...(withConcepts ? [null] : []), null],
          [
            'Model',
            'Layer',
            ...(withColumns ? ['Column reach'] : []),
            ...(withConcepts ? ['Concepts'] : []),
            'Why',
          ],
          shown.map((m) => [
            [code(m.model)],
            layerCell(view, m.layer),
            ...(withColumns ? [reachNodes(m, 5)] : []),
            ...(lookup ? [conceptsCell(lookup.get(m.model))] : []),
            pathNodes(m.path),
          ]),
        ),
      ];
    },
    weight: (m) =>
      `${clip(m.model, MAX_VALUE)} ${clip(m.layer ?? '', 60)} ${pathWeight(m.path)}${withColumns ? reachWeight(m, 5) : ''}`,
    overhead: 40 + (withConcepts ? CONCEPTS_MAX / 2 : 0),
    more: moreNote(mode, 'attribution-layer models'),
    measure: mode.measure,
    cap: mode.budget,
  });
}

const EXPOSURE_NAME = /^exposure "(.*)" is reached through/s;

/** The finding's exposure; reports written before the field existed carry it in the message. */
function exposureName(finding: Finding): string | undefined {
  return finding.exposure ?? EXPOSURE_NAME.exec(finding.message)?.[1];
}

/** About the text an exposure's line shows: its name and its first models, each with a source. */
function exposureWeight(
  finding: Finding,
  byName: ReadonlyMap<string, ReportImpactedModel>,
): string {
  const name = exposureName(finding);
  const related = finding.related ?? [];
  if (name === undefined || related.length === 0) return findingWeight(finding);
  const hits = related
    .slice(0, NAMES_IN_LINE)
    .map(
      (model) => `${clip(model, MAX_VALUE)} ${clip(byName.get(model)?.path[0] ?? '', MAX_VALUE)}`,
    );
  return `${clip(name, 100)} ${hits.join('; ')}${related
    .slice(0, NAMES_IN_LINE)
    .map((model) => {
      const m = byName.get(model);
      return m?.reach === undefined ? '' : reachWeight(m, 5);
    })
    .join('')}`;
}

/** "; columns `a`" after a reached model, when the column analysis says how it is reached. */
function reachSuffix(m: ReportImpactedModel, names = 2): PhrasingContent[] {
  return m.reach === undefined ? [] : [text('; '), ...reachNodes(m, names)];
}

/** One item per exposure, its models listed below it, one a line. */
function exposureList(
  shown: readonly Finding[],
  byName: ReadonlyMap<string, ReportImpactedModel>,
  reachOf: ReadonlyMap<string, ReportImpactedModel> | undefined,
): RootContent {
  const shortened = new Set<string>();
  const items = shown.map((finding) => {
    const name = exposureName(finding);
    const related = finding.related ?? [];
    if (name === undefined || related.length === 0)
      return listItem(paragraph(...messageNodes(finding)));
    const hits = related.slice(0, NAMES_IN_LINE).map((model) => {
      const reached = byName.get(model);
      const line: PhrasingContent[] =
        !reached || reached.path.length < 2
          ? [shortCode(model, shortened, 48), text(' (changed)')]
          : [
              shortCode(model, shortened, 48),
              text(` — ${plural(reached.depth, 'hop')} from `),
              shortCode(reached.path[0]!, shortened, 48),
              ...reachSuffix(reached),
            ];
      return listItem(paragraph(...line));
    });
    const left = related.length - hits.length;
    if (left > 0) hits.push(listItem(paragraph(text(`and ${fmt(left)} more`))));
    return listItem(
      paragraph(
        strong(untrusted(name, 100)),
        text(
          ` — reached through ${plural(related.length, 'model')}${affectedOf(related, reachOf)}`,
        ),
        ...(finding.acknowledged ? [text(' (acknowledged)')] : []),
      ),
      list(hits),
    );
  });
  return list(items);
}

export function exposuresPart(view: DiffView, mode: DiffMode): Part {
  const reachOf = columnReachOf(view);
  const byName = new Map<string, ReportImpactedModel>();
  const wanted = new Set(view.exposures.flatMap((f) => (f.related ?? []).slice(0, NAMES_IN_LINE)));
  if (wanted.size > 0)
    for (const m of view.report.impact.models) if (wanted.has(m.model)) byName.set(m.model, m);
  return listPart<Finding>({
    label: 'exposures',
    rank: 3,
    core: 10,
    items: view.exposures,
    limit: mode.maxRows,
    head: () =>
      mode.compact
        ? []
        : [heading(4, text(`📤 Exposures reached (${fmt(view.exposures.length)})`))],
    body: (shown) =>
      mode.compact
        ? details(`📤 Exposures reached (${fmt(view.exposures.length)})`, [
            exposureList(shown, byName, reachOf),
          ])
        : [
            list(
              shown.map((finding) => {
                const name = exposureName(finding);
                const related = finding.related ?? [];
                if (name === undefined || related.length === 0)
                  return listItem(paragraph(...messageNodes(finding)));
                const hits = related.slice(0, NAMES_IN_LINE).map((model): PhrasingContent[] => {
                  const reached = byName.get(model);
                  if (!reached || reached.path.length < 2) return [code(model), text(' (changed)')];
                  return [
                    code(model),
                    text(` (${plural(reached.depth, 'hop')} from `),
                    code(reached.path[0]!),
                    ...reachSuffix(reached, 5),
                    text(')'),
                  ];
                });
                const left = related.length - hits.length;
                return listItem(
                  paragraph(
                    strong(untrusted(name, 100)),
                    text(` — ${plural(related.length, 'model')}${affectedOf(related, reachOf)}: `),
                    ...joined(hits, '; '),
                    ...(left > 0 ? [text(`; and ${fmt(left)} more`)] : []),
                    ...(finding.acknowledged ? [text(' (acknowledged)')] : []),
                  ),
                );
              }),
            ),
          ],
    weight: (finding) => exposureWeight(finding, byName),
    overhead: 40,
    more: moreNote(mode, 'exposures'),
    measure: mode.measure,
    cap: mode.budget,
  });
}

export function byLayerPart(view: DiffView, mode: DiffMode): Part {
  const changed = new Map<string, number>();
  for (const change of view.report.changes)
    changed.set(change.layer, (changed.get(change.layer) ?? 0) + 1);
  const impacted = view.report.impact.byLayer;
  // Without a radius the table would only repeat the changes.
  const layers =
    view.report.impact.models.length === 0
      ? []
      : [...new Set([...changed.keys(), ...Object.keys(impacted)])].sort(
          view.resolved.compareLayers,
        );
  return listPart<string>({
    label: 'impact by layer',
    rank: 4,
    core: 20,
    items: layers,
    limit: mode.maxRows,
    head: () => (mode.compact ? [] : [heading(4, text('Impact by layer'))]),
    body: (shown) =>
      section(mode, 'Impact by layer', [
        table(
          [null, 'right', 'right'],
          ['Layer', 'Changed', 'Impacted'],
          shown.map((layer) => [
            layer === 'external' && !changed.has(layer)
              ? [text('external (not in the inventory)')]
              : layerCell(view, layer),
            [text(fmt(changed.get(layer) ?? 0))],
            [text(fmt(impacted[layer] ?? 0))],
          ]),
        ),
      ]),
    weight: (layer) => clip(layer, 60),
    overhead: 30,
    more: moreNote(mode, 'layers'),
    measure: mode.measure,
    cap: mode.budget,
  });
}

const LEGEND: Record<LineagePicture['detail'], string> = {
  models: 'Every changed and impacted model',
  attribution:
    'Changed models and attribution-layer models one by one; the other impacted models grouped per change and layer',
  changes: 'Changed models one by one; impacted models grouped per change and layer',
  'layers-attribution':
    'Attribution-layer models one by one; the other models, changed and impacted, grouped by layer',
  layers:
    'Changed and impacted models grouped by layer; arrow labels count the paths between groups',
};

/** The lineage picture: finer pictures are more units, the coarsest is the core. */
export function picturePart(view: DiffView, mode: DiffMode): Part {
  let pictures: LineagePicture[] | undefined;
  const all = () =>
    (pictures ??= lineagePictures(
      view.anchors,
      view.report.impact.models,
      view.resolved.attribution,
      mode.readable,
      { passive: view.metadataOnly, head: view.resolved.context.headModels },
    ).reverse());
  const rendered = new Map<number, string>();
  const render = (n: number): string => {
    let out = rendered.get(n);
    if (out !== undefined) return out;
    const list = all();
    if (list.length === 0) out = '';
    else if (n === 0)
      out = toMarkdown([
        heading(4, text('Lineage picture')),
        paragraph(text(`Left out to fit: ${mode.elsewhere}.`)),
      ]);
    else {
      const picture = list[n - 1]!;
      out = toMarkdown([
        heading(4, text('Lineage picture')),
        { type: 'code', lang: 'mermaid', value: picture.source },
        paragraph(
          text(
            `${LEGEND[picture.detail]}. ✏️ modified, ➕ added, ➖ removed; orange border: attribution layer; arrows follow one shortest path to each model, and the edges into changed models.` +
              (picture.omitted > 0
                ? ` ${plural(picture.omitted, 'arrow')} between groups left out: grouping would have drawn a cycle the models do not have.`
                : ''),
          ),
        ),
      ]);
    }
    rendered.set(n, out);
    return out;
  };
  return {
    label: 'lineage picture',
    rank: 5,
    core: 1,
    get units() {
      return all().length;
    },
    estimate: (n) => mode.measure(render(n)),
    render,
  };
}

const METADATA_LEAD =
  'Descriptions, layers, concepts or other fields: no blast radius, but the rules ran.';

export function metadataPart(view: DiffView, mode: DiffMode): Part {
  // Without a radius these changes are the comment's subject: shown, not collapsed.
  const collapse = mode.compact === true && view.anchors.length > 0;
  return listPart<Change>({
    label: 'metadata-only changes',
    rank: 6,
    core: 10,
    items: view.metadataOnly,
    limit: mode.maxRows,
    head: () =>
      collapse
        ? []
        : [
            heading(4, text(`Metadata-only changes (${fmt(view.metadataOnly.length)})`)),
            paragraph(text(METADATA_LEAD)),
          ],
    body: (shown) => {
      const items = list(shown.map((change) => listItem(paragraph(...changeLine(view, change)))));
      return collapse
        ? details(`Metadata-only changes (${fmt(view.metadataOnly.length)})`, [
            paragraph(text(METADATA_LEAD)),
            items,
          ])
        : [items];
    },
    weight: changeWeight,
    overhead: 30,
    more: moreNote(mode, 'metadata-only changes'),
    measure: mode.measure,
    cap: mode.budget,
  });
}

function changeLine(view: DiffView, change: ReportChange): PhrasingContent[] {
  const fields = Object.keys(change.fields).sort();
  const category = categoryNodes(change);
  const codeOnly = fields.length === 0 ? change.reasons.map((r) => codeReason(change, r, 60)) : [];
  return [
    code(change.model),
    text(' ('),
    ...layerCell(view, change.layer),
    text(')'),
    ...(change.reasons.length === 1 && change.reasons[0] === 'sql-format'
      ? [text(' — whitespace or comments only (cosmetic): anchors nothing')]
      : codeOnly.some((r) => r !== null)
        ? [
            text(' — '),
            ...joined(
              codeOnly.filter((r): r is PhrasingContent[] => r !== null),
              ', ',
            ),
          ]
        : []),
    ...(category.length > 0 ? [text(' — '), ...category] : []),
    ...(fields.length > 0 ? [text(' — ')] : []),
    ...joined(
      fields.map((field) => [
        untrusted(field, 60),
        text(': '),
        ...fieldNodes(change.fields[field]!),
      ]),
      '; ',
    ),
  ];
}

function changeWeight(change: ReportChange): string {
  let out = clip(change.model, MAX_VALUE) + categoryWeight(change);
  for (const [field, value] of Object.entries(change.fields)) {
    out += clip(field, 60);
    if ('added' in value)
      out += [...value.added, ...value.removed]
        .slice(0, NAMES_IN_LINE * 2)
        .map((name) => clip(name, 80))
        .join(', ');
    else out += `${shown(value.before)} ${shown(value.after)}`;
  }
  return out;
}

const VALUE_MAX = 120;

function shown(value: unknown): string {
  const raw = typeof value === 'string' ? `“${value}”` : previewJson(value, VALUE_MAX);
  return raw.length > VALUE_MAX && !raw.endsWith('…') ? `${raw.slice(0, VALUE_MAX)}…` : raw;
}

function fieldNodes(field: FieldChange): PhrasingContent[] {
  if ('added' in field) {
    const side = (sign: string, names: readonly string[]): PhrasingContent[] => {
      if (names.length === 0) return [];
      const listed = names.slice(0, NAMES_IN_LINE).map((name) => [code(name, 80)]);
      const left = names.length - listed.length;
      return [
        text(sign),
        ...joined(listed, ', '),
        ...(left > 0 ? [text(` and ${fmt(left)} more`)] : []),
      ];
    };
    const added = side('+', field.added);
    const removed = side('−', field.removed);
    return [...added, ...(added.length > 0 && removed.length > 0 ? [text(' ')] : []), ...removed];
  }
  return [
    untrusted(shown(field.before), VALUE_MAX + 2),
    text(' → '),
    untrusted(shown(field.after), VALUE_MAX + 2),
  ];
}

/** Whom each change now feeds, and no longer feeds. */
export function gainedLostPart(view: DiffView, mode: DiffMode): Part {
  const items = view.anchors
    .map((change) => view.perChange.get(change.model))
    .filter((p) => p !== undefined && (p.gained.length > 0 || p.lost.length > 0));
  return listPart({
    label: 'consumers gained and lost',
    rank: 7,
    core: 0,
    items: items,
    limit: mode.maxRows,
    head: () => [],
    body: (shown) =>
      details(`Consumers gained and lost (${plural(shown.length, 'change')})`, [
        list(
          shown.map((p) =>
            listItem(
              paragraph(
                code(p!.model),
                text(': '),
                ...fieldNodes({ added: p!.gained, removed: p!.lost }),
              ),
            ),
          ),
        ),
      ]),
    weight: (p) =>
      `${clip(p!.model, MAX_VALUE)} ${[...p!.gained, ...p!.lost]
        .slice(0, NAMES_IN_LINE * 2)
        .map((name) => clip(name, 80))
        .join(', ')}`,
    overhead: 24,
    more: moreNote(mode, 'changes with gained or lost consumers'),
    measure: mode.measure,
    cap: mode.budget,
  });
}

/** The whole radius, in <details>: the first list to go. */
export function fullListPart(view: DiffView, mode: DiffMode): Part {
  const all = view.report.impact.models;
  const withColumns = view.report.summary.affected !== undefined;
  return listPart<ReportImpactedModel>({
    label: 'full impacted list',
    rank: 8,
    core: 0,
    items: all,
    limit: mode.maxRows,
    head: () => [],
    body: (shown) => {
      const shortened = new Set<string>();
      // With column analysis, how each is reached: a word in the comment, the columns here.
      const reach = (m: ReportImpactedModel) =>
        withColumns ? [mode.compact ? [text(m.reach ?? '—')] : reachNodes(m, 5)] : [];
      return details(
        shown.length === all.length
          ? `All ${plural(all.length, 'impacted model')}`
          : `The first ${fmt(shown.length)} of ${plural(all.length, 'impacted model')}`,
        [
          table(
            ['right', null, null, null, ...(withColumns ? [null] : [])],
            ['Depth', 'Model', 'Layer', 'Via', ...(withColumns ? ['Reach'] : [])],
            shown.map((m) =>
              mode.compact
                ? [
                    [text(fmt(m.depth))],
                    [shortCode(m.model, shortened, withColumns ? 28 : 32)],
                    layerCell(view, m.layer, 20),
                    m.path.length >= 2
                      ? [shortCode(m.path[m.path.length - 2]!, shortened, withColumns ? 26 : 30)]
                      : [text('—')],
                    ...reach(m),
                  ]
                : [
                    [text(fmt(m.depth))],
                    [code(m.model)],
                    layerCell(view, m.layer),
                    pathNodes(m.path.slice(0, -1)),
                    ...reach(m),
                  ],
            ),
          ),
          ...fullNames(shortened),
        ],
      );
    },
    weight: (m) =>
      `${clip(m.model, MAX_VALUE)} ${clip(m.layer ?? 'external', 60)} ${pathWeight(m.path.slice(0, -1))}${withColumns ? reachWeight(m, mode.compact ? 0 : 5) : ''}`,
    overhead: 24,
    more: moreNote(mode, 'impacted models'),
    measure: mode.measure,
    cap: mode.budget,
  });
}

/** Field-level detail of the anchoring changes. */
export function fieldsPart(view: DiffView, mode: DiffMode): Part {
  const items = view.anchors.filter((change) => Object.keys(change.fields).length > 0);
  return listPart<Change>({
    label: 'field changes',
    rank: 9,
    core: 0,
    items: items,
    limit: mode.maxRows,
    head: () => [],
    body: (shown) =>
      details(`Field changes (${plural(shown.length, 'model')})`, [
        list(shown.map((change) => listItem(paragraph(...changeLine(view, change))))),
      ]),
    weight: changeWeight,
    overhead: 30,
    more: moreNote(mode, 'models with field changes'),
    measure: mode.measure,
    cap: mode.budget,
  });
}

export function noticesPart(view: DiffView, mode: DiffMode): Part {
  return listPart<Finding>({
    label: 'notices',
    rank: 10,
    core: 0,
    items: view.notices,
    limit: mode.maxRows,
    head: () => [],
    body: (shown) => details(`${plural(shown.length, 'notice')}`, findingGroups(shown)),
    weight: findingWeight,
    overhead: 12,
    more: moreNote(mode, 'notices'),
    measure: mode.measure,
    cap: mode.budget,
  });
}

/** Attribution-layer models, those closest to the money first (the last configured layers). */
export function topTargets(view: DiffView): ImpactedModel[] {
  const rank = new Map<string, number>();
  view.resolved.attributionLayers.forEach((layer, i) => rank.set(layer, i));
  // With column analysis, the models a changed column reaches before those it rules out.
  const out = (m: ReportImpactedModel) => Number(m.reach === 'unaffected');
  return [...view.attributionImpacted].sort(
    (a, b) =>
      out(a) - out(b) ||
      rank.get(b.layer!)! - rank.get(a.layer!)! ||
      a.depth - b.depth ||
      (a.model < b.model ? -1 : a.model > b.model ? 1 : 0),
  );
}

/** Paths the first screen shows. */
export const TOP_PATHS = 3;

function pathLine(m: ImpactedModel, shortened: Set<string>): PhrasingContent[] {
  const steps = m.path.map((name) => [shortCode(name, shortened, 40)]);
  const out = m.pathElided
    ? [
        ...joined(steps.slice(0, 2), ' → '),
        text(` → … ${fmt(m.pathElided)} more → `),
        ...joined(steps.slice(2), ' → '),
      ]
    : joined(steps, ' → ');
  // A path some step of which only the code proves: the inventory alone would not show it.
  return m.notInInventory ? [...out, text(' (not in the inventory)')] : out;
}

/** The comment's first screen: the few paths from a change into the attribution layers. */
export function topPathsPart(view: DiffView, mode: DiffMode): Part {
  const all = view.attributionImpacted.length > 0 ? topTargets(view) : [];
  // The others are in the picture and in Attribution impact: not "left out".
  const targets = all.slice(0, TOP_PATHS);
  return listPart<ImpactedModel>({
    label: 'top paths',
    rank: 1,
    core: TOP_PATHS,
    items: targets,
    head: () => [
      heading(
        4,
        text(
          all.length > targets.length
            ? `Top paths into the attribution layers (${fmt(targets.length)} of ${fmt(all.length)})`
            : 'Paths into the attribution layers',
        ),
      ),
    ],
    body: (shown) => {
      const shortened = new Set<string>();
      return [list(shown.map((m) => listItem(paragraph(...pathLine(m, shortened)))))];
    },
    weight: (m) => `${pathWeight(m.path)} ${clip(m.layer ?? '', 24)}`,
    overhead: 30,
    more: () => [],
    measure: mode.measure,
    cap: mode.budget,
  });
}

/** The comment's picture: a few boxes, legible at the column's width, every arrow an edge. */
export function commentPicturePart(view: DiffView, mode: DiffMode): Part {
  let cached: string | undefined;
  const render = (n: number): string => {
    if (n === 0) return '';
    if (cached !== undefined) return cached;
    const anchors = [...view.anchors].sort(
      (a, b) =>
        Number(view.resolved.attribution.has(b.layer)) -
          Number(view.resolved.attribution.has(a.layer)) ||
        (view.perChange.get(b.model)?.total ?? 0) - (view.perChange.get(a.model)?.total ?? 0) ||
        (a.model < b.model ? -1 : a.model > b.model ? 1 : 0),
    );
    // With the column radius, the picture draws where the change goes: affected models only
    // (the others are counted in the "+N more" boxes), unless none is.
    const affected = (m: ReportImpactedModel) =>
      view.report.summary.affected === undefined || m.reach !== 'unaffected';
    const someAffected = view.report.impact.models.some(affected);
    const targets = topTargets(view).filter((m) => !someAffected || affected(m));
    if (targets.length === 0) {
      // Without attribution models, the nearest impacted models show the shape.
      targets.push(
        ...[...view.report.impact.models]
          .filter((m) => !someAffected || affected(m))
          .sort((a, b) => a.depth - b.depth),
      );
    }
    const picture = commentPicture(
      anchors,
      view.report.impact.models,
      targets,
      view.resolved.attribution,
      { passive: view.metadataOnly, head: view.resolved.context.headModels },
    );
    cached =
      picture === null
        ? ''
        : toMarkdown([
            heading(4, text('Lineage picture')),
            { type: 'code', lang: 'mermaid', value: picture.source },
            paragraph(text(commentLegend(picture, mode))),
          ]);
    return cached;
  };
  return {
    label: 'lineage picture',
    rank: 5,
    core: 1,
    units: 1,
    estimate: (n) => mode.measure(render(n)),
    render,
  };
}

const KIND_WORD = { added: 'added', removed: 'removed', modified: 'modified', moved: 'moved' };

function commentLegend(picture: CommentPicture, mode: DiffMode): string {
  const marks = [
    ...picture.kinds.map((kind) => `${KIND_ICON[kind]} ${KIND_WORD[kind]}`),
    ...(picture.attribution ? ['orange border: attribution layer'] : []),
  ];
  return [
    picture.changesDrawn < picture.changesTotal
      ? `${fmt(picture.changesDrawn)} of ${plural(picture.changesTotal, 'changed model')} drawn, the widest reaching first.`
      : '',
    'Solid arrow: a real dependency, upstream to downstream.',
    marks.length > 0 ? `${marks.join('; ')}.` : '',
    picture.groups
      ? `Dotted arrow to “+N more”: models reached through that box, not drawn (${fmt(picture.notDrawn)} in all).`
      : picture.notDrawn > 0
        ? `${plural(picture.notDrawn, 'impacted model')} not drawn: ${mode.elsewhere}.`
        : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The inventory drift this change introduces, with the patch that fixes it and the command that
 * writes it. Collapsed; the patch sits in a fenced block longer than any backtick run it holds.
 */
export function driftPart(view: DiffView, mode: DiffMode): Part {
  const drift = view.report.drift;
  const items = drift ? [drift] : [];
  return listPart({
    label: 'inventory drift fix',
    rank: 5,
    core: 1,
    items,
    head: () => [],
    body: (shown) =>
      shown.flatMap((fix) =>
        details(
          `Inventory drift this change introduces: the fix (${plural(fix.models.length, 'model')})`,
          [
            paragraph(
              text(
                'The code and the inventory disagree on the entries below. Apply the patch, or run ',
              ),
              code(fix.command, 200),
              text('.'),
            ),
            ...(fix.truncated
              ? [paragraph(text('The patch is too large to show here: run the command.'))]
              : [{ type: 'code', lang: 'diff', value: fix.patch } as RootContent]),
          ],
        ),
      ),
    weight: (fix) => fix.patch,
    overhead: 200,
    more: () => [],
    measure: mode.measure,
    cap: mode.budget,
  });
}

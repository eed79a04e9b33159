import type { PhrasingContent, RootContent } from 'mdast';
import type { AttributionEntry, AuditReport, Hub, LayerStats } from '../../audit/audit.js';
import type { Finding } from '../../rules/catalog.js';
import type { Part } from './budget.js';
import {
  fmt,
  plural,
  resolve,
  SUMMARY_LIMIT,
  type RenderContext,
  type RenderOptions,
  type Resolved,
} from './context.js';
import { ATTRIBUTION_MARK } from './diff-parts.js';
import type { LineageTruth } from '../../audit/audit.js';
import type { RadiusGap } from '../../sync/drift.js';
import { countFindings, findingGroups, findingWeight, locatedNodes } from './findings.js';
import { footer, severityCounts } from './frame.js';
import { flowchart, withinMermaidLimits, type FlowEdge, type FlowNode } from './mermaid.js';
import { MIN_LENGTH } from './comment.js';
import { SUMMARY_MAX_ROWS } from './summary.js';
import {
  code,
  details,
  heading,
  joined,
  list,
  listItem,
  MAX_VALUE,
  paragraph,
  strong,
  table,
  text,
  trustedCode,
  untrusted,
} from './nodes.js';
import { assemble, fixedPart, listPart } from './parts.js';
import { clip } from './sanitize.js';
import { toMarkdown, utf8Length, type Measure } from './stringify.js';

/** Layers drawn one by one in the layer map; the smallest beyond are merged. */
const MAP_LAYERS = 20;
const OTHER_LAYERS = 'other layers';
const BAR_WIDTH = 20;
const ELSEWHERE = 'the JSON report (--format json) has everything';
/** As in the job summary: past this a list helps nobody, and costs time to serialize. */
const MAX_ROWS = SUMMARY_MAX_ROWS;

interface AuditMode {
  readonly measure: Measure;
  readonly budget: number;
}

/**
 * The audit of a whole inventory, in the spirit of a coverage report: summary, layers, metadata
 * coverage, consistency findings, blast-radius hubs, the attribution map with a layer-level
 * picture, and recommendations drawn from all of it. Within `maxLength` UTF-8 bytes (1 MiB by
 * default), cut by priority past it.
 */
export function renderAudit(
  report: AuditReport,
  context: RenderContext = {},
  options: RenderOptions = {},
): string {
  const budget = options.maxLength ?? SUMMARY_LIMIT;
  if (budget < MIN_LENGTH) throw new RangeError(`maxLength must be at least ${MIN_LENGTH}`);
  const resolved = resolve(context);
  const mode: AuditMode = { measure: utf8Length, budget };
  const { audit } = report;
  const models = report.inventory.head.models;
  const attributionModels = audit.layers
    .filter((l) => l.attribution)
    .reduce((sum, l) => sum + l.models, 0);

  const title = [
    heading(2, text('dbt blast radius audit: '), code(report.inventory.path, 120)),
    heading(
      3,
      text(
        `${severityCounts(report.summary, 0)} — ${plural(models, 'model')} in ${plural(audit.layers.length, 'layer')}, ${plural(audit.edges, 'edge')}, ${fmt(attributionModels)} in attribution layers`,
      ),
    ),
    auditVerdict(report),
  ];
  const parts: Part[] = [
    fixedPart('headline', [...title, ...summaryNodes(report, attributionModels, resolved)]),
    recommendationsPart(report, resolved, mode),
    // The tables first: thousands of findings must not push them out of sight.
    distributionPart(report, resolved, mode),
    coveragePart(report, resolved, mode),
    hubsPart(audit.hubs, models, resolved, mode),
    ...(audit.lineage ? [lineageTruthPart(audit.lineage, mode)] : []),
    layerMapPart(report, resolved, mode),
    attributionMapPart(audit.attributionMap, resolved, mode),
    findingsPart(report.findings, mode),
    orphansPart(audit.orphans, mode),
    fixedPart('footer', [footer(report, context)]),
  ];
  return assemble(
    {
      parts,
      noteAt: parts.length - 1,
      note: (cut) =>
        cut.length === 0
          ? []
          : [
              paragraph(
                text(
                  `✂️ Cut to fit ${fmt(budget)} bytes, or past ${fmt(MAX_ROWS)} rows: ${cut.map((p) => p.label).join(', ')}. The JSON report (--format json) has everything.`,
                ),
              ),
            ],
      minimal: () =>
        `${toMarkdown([
          ...title.slice(0, 2),
          paragraph(text(`✂️ Too large to show within ${fmt(budget)} bytes: ${ELSEWHERE}.`)),
        ])}\n`,
    },
    budget,
    mode.measure,
  );
}

/**
 * The audit's verdict. An audit judges an inventory, not a merge: no "this check", no "before
 * merging", and no acknowledge label (there is no pull request to label).
 */
function auditVerdict(report: AuditReport): RootContent {
  const { summary } = report;
  const policy = trustedCode(`fail-on: ${summary.failOn}`);
  if (summary.verdict === 'fail')
    return paragraph(
      text('❌ '),
      strong(text('The inventory fails the audit')),
      text(
        `: ${summary.failOn === 'warning' ? 'errors and warnings fail it' : 'errors fail it'} (`,
      ),
      policy,
      text(').'),
    );
  return paragraph(
    text('✅ '),
    strong(text('The inventory passes the audit')),
    text(' ('),
    policy,
    text(summary.warnings > 0 ? '), with warnings to read below.' : ').'),
  );
}

/** A finding's message and, when known, where it is: the JSON path, and the line when it tells. */
function findingLine(finding: Finding): PhrasingContent[] {
  const nodes = locatedNodes(finding);
  // Config findings name their key in the message already.
  if (finding.jsonPath === undefined || finding.message.includes(finding.jsonPath)) return nodes;
  // A line 1 past the first entry is a minified file: the JSON path alone says where.
  const line = finding.line !== null && finding.line > 1 ? `, line ${fmt(finding.line)}` : '';
  return [...nodes, text(' (at '), code(finding.jsonPath, 200), text(`${line})`)];
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`;
}

function layerName(layer: string, resolved: Resolved): PhrasingContent[] {
  return [
    untrusted(layer, 60),
    ...(resolved.attribution.has(layer) ? [text(` ${ATTRIBUTION_MARK}`)] : []),
  ];
}

function summaryNodes(
  report: AuditReport,
  attributionModels: number,
  resolved: Resolved,
): RootContent[] {
  const { audit } = report;
  const models = report.inventory.head.models;
  const declared = audit.layers.reduce((sum, l) => sum + l.withDependencies, 0);
  const items: PhrasingContent[][] = [
    [
      strong(text(plural(models, 'model'))),
      text(
        ` in ${plural(audit.layers.length, 'layer')}, joined by ${plural(audit.edges, 'lineage edge')}; ${plural(audit.externals, 'external node')}: ${plural(audit.sources, 'source')} (`,
      ),
      trustedCode('source_name.table_name'),
      text(
        ` names) and ${plural(audit.externals - audit.sources, 'other name')} (seeds, or models missing from the inventory).`,
      ),
    ],
    [
      strong(text(`${fmt(declared)} of ${fmt(models)} models (${percent(declared, models)})`)),
      text(
        ' declare their dependencies; every other edge is known only from the model at its other end.',
      ),
    ],
    [
      strong(text(plural(attributionModels, 'model'))),
      text(' in attribution layers ('),
      ...joined(
        resolved.attributionLayers.map((layer) => [untrusted(layer, 60)]),
        ', ',
      ),
      text(').'),
    ],
  ];
  const top = audit.hubs[0];
  if (top) {
    items.push([
      text('Largest blast radius: '),
      code(top.model),
      text(
        ` reaches ${plural(top.reach, 'model')}${top.estimated ? ' (estimated)' : ''}, ${percent(top.reach, models)} of the inventory.`,
      ),
    ]);
  }
  if (audit.cycles.length > 0)
    items.push([strong(text(plural(audit.cycles.length, 'lineage cycle'))), text('.')]);
  items.push([
    strong(text(plural(audit.orphans.length, 'model'))),
    text(' feed nothing and are not reporting models.'),
  ]);
  return [heading(4, text('Summary')), list(items.map((item) => listItem(paragraph(...item))))];
}

function recommendationsPart(report: AuditReport, resolved: Resolved, mode: AuditMode): Part {
  const items = recommendations(report, resolved);
  return listPart<PhrasingContent[]>({
    label: 'recommendations',
    rank: 0,
    core: 20,
    items,
    head: () => [heading(4, text('Recommendations'))],
    body: (shown) => [
      list(
        shown.map((item) => listItem(paragraph(...item))),
        true,
      ),
    ],
    weight: (item) => item.map((n) => ('value' in n ? n.value : '')).join(''),
    overhead: 40,
    more: (left) => [paragraph(text(`… and ${fmt(left)} more: ${ELSEWHERE}.`))],
    measure: mode.measure,
    cap: mode.budget,
  });
}

function countRule(findings: readonly Finding[], rule: Finding['rule']): number {
  return findings.filter((f) => f.rule === rule).length;
}

/** Recommendations, most pressing first, each derived from a number in the report. */
export function recommendations(report: AuditReport, resolved: Resolved): PhrasingContent[][] {
  const { audit, findings } = report;
  const models = report.inventory.head.models;
  const out: PhrasingContent[][] = [];
  const names = (list: readonly string[], max = 3): PhrasingContent[] => [
    ...joined(
      list.slice(0, max).map((name) => [code(name)]),
      ', ',
    ),
    ...(list.length > max ? [text(` and ${fmt(list.length - max)} more`)] : []),
  ];

  const invalid = countRule(findings, 'inventory/invalid');
  if (invalid > 0)
    out.push([
      text(
        `Fix the ${plural(invalid, 'inventory problem')} listed under consistency findings first: a model the tool cannot read has no lineage.`,
      ),
    ]);
  const unmatched = findings.filter((f) => f.rule === 'config/matches-nothing');
  if (unmatched.length > 0)
    out.push([
      text(
        `${plural(unmatched.length, 'configuration setting')} ${unmatched.length === 1 ? 'selects' : 'select'} no model, so the ${unmatched.length === 1 ? 'check it configures is' : 'checks they configure are'} off: correct ${unmatched.length === 1 ? 'it' : 'them'} as the consistency findings suggest.`,
      ),
    ]);
  if (audit.cycles.length > 0) {
    out.push([
      text(`Break the ${plural(audit.cycles.length, 'lineage cycle')} (`),
      ...names(audit.cycles[0]!),
      text(audit.cycles.length > 1 ? ', …): ' : '): '),
      text('a blast radius that runs through a cycle reaches everything in it.'),
    ]);
  }

  const undeclared = audit.layers.reduce((sum, l) => sum + (l.models - l.withDependencies), 0);
  if (undeclared > 0) {
    const feeder = feederLayer(report, resolved);
    out.push(
      feeder
        ? [
            text(
              `${fmt(undeclared)} of ${fmt(models)} models declare no dependencies: add them to the `,
            ),
            untrusted(feeder.layer, 60),
            text(
              ` models that feed attribution first (${plural(feeder.edges, 'edge')} from that layer into the attribution layers are declared only on the consumers' side).`,
            ),
          ]
        : [
            text(`${fmt(undeclared)} of ${fmt(models)} models declare no dependencies: add `),
            trustedCode('upstream_dependencies'),
            text(', starting with the layers closest to the sources.'),
          ],
    );
  }

  const noConcepts = audit.layers
    .filter((l) => l.attribution)
    .reduce((sum, l) => sum + (l.models - l.withConcepts), 0);
  if (noConcepts > 0) {
    out.push([
      text(
        `${plural(noConcepts, 'attribution-layer model')} ${noConcepts === 1 ? 'lists' : 'list'} no `,
      ),
      trustedCode('attribution_concepts'),
      text(': name what each computes, so a warning can say what a change puts at risk.'),
    ]);
  }

  const violations = audit.layerEdges.filter((e) => e.violations > 0);
  const violationCount = violations.reduce((sum, e) => sum + e.violations, 0);
  if (violationCount > 0) {
    const shown = [...violations].sort((a, b) => b.violations - a.violations).slice(0, 3);
    out.push([
      text(
        `${plural(violationCount, 'edge')} ${violationCount === 1 ? 'runs' : 'run'} against the layer order (`,
      ),
      ...joined(
        shown.map((e) => [
          text(`${fmt(e.violations)} `),
          untrusted(e.from, 40),
          text(' → '),
          untrusted(e.to, 40),
        ]),
        ', ',
      ),
      text(
        `${violations.length > shown.length ? ', …' : ''}): move what the earlier layer needs into it, or re-layer the models.`,
      ),
    ]);
  }

  const unknown = countRule(findings, 'lineage/unknown-reference');
  if (unknown > 0)
    out.push([
      text(
        `${plural(unknown, 'name')} in dependency lists ${unknown === 1 ? 'is' : 'are'} neither a model of the inventory nor a source: write each source as `,
      ),
      trustedCode('source_name.table_name'),
      text(
        ' (a dotted name counts as a source), add each seed or missing model to the inventory as a model entry, or correct the name.',
      ),
    ]);
  const asymmetric = countRule(findings, 'lineage/asymmetric-edge');
  if (asymmetric > 0)
    out.push([
      text(
        `${plural(asymmetric, 'edge')} ${asymmetric === 1 ? 'is' : 'are'} listed on one side only: list each edge on both models, or drop it from both.`,
      ),
    ]);

  const big = audit.hubs.filter((h) => h.reach * 10 >= models);
  if (big.length > 0) {
    const most = percent(big[0]!.reach, models);
    out.push([
      ...names(big.map((h) => h.model)),
      text(
        big.length === 1
          ? ` reaches ${most} of the inventory: `
          : ` each reach at least 10% of the inventory, up to ${most}: `,
      ),
      text(
        'give them code-owner review and data tests, since a change there is a change to much of the warehouse.',
      ),
    ]);
  }

  const silent = audit.attributionMap.filter((e) => e.consumers.length === 0);
  if (silent.length > 0) {
    out.push([
      text(
        `${plural(silent.length, 'attribution-layer model')} ${silent.length === 1 ? 'feeds' : 'feed'} nothing (`,
      ),
      ...names(silent.map((e) => e.model)),
      text(
        silent.length === 1
          ? '): check that its output is still used, or list its consumers.'
          : '): check that their output is still used, or list their consumers.',
      ),
    ]);
  }
  if (audit.orphans.length > 0)
    out.push([
      text(
        `${plural(audit.orphans.length, 'model')} ${audit.orphans.length === 1 ? 'feeds nothing and is not a reporting model' : 'feed nothing and are not reporting models'}: confirm each is used (a dashboard, an export) or remove it.`,
      ),
    ]);
  const undescribed = audit.layers.reduce((sum, l) => sum + (l.models - l.withDescription), 0);
  if (undescribed > 0)
    out.push([
      text(
        `${plural(undescribed, 'model')} ${undescribed === 1 ? 'has' : 'have'} no description: reviewers read them in every impact report.`,
      ),
    ]);
  if (out.length === 0)
    out.push([text('Nothing to recommend: the inventory is complete and consistent.')]);
  return out;
}

/** The layer with missing dependency lists that sends the most edges into attribution layers. */
function feederLayer(
  report: AuditReport,
  resolved: Resolved,
): { layer: string; edges: number } | undefined {
  const missing = new Set(
    report.audit.layers.filter((l) => l.withDependencies < l.models).map((l) => l.layer),
  );
  const into = new Map<string, number>();
  for (const e of report.audit.layerEdges) {
    if (e.from === e.to || !missing.has(e.from) || resolved.attribution.has(e.from)) continue;
    if (!resolved.attribution.has(e.to)) continue;
    into.set(e.from, (into.get(e.from) ?? 0) + e.edges);
  }
  const ranked = [...into].sort((a, b) => b[1] - a[1] || resolved.compareLayers(a[0], b[0]));
  return ranked[0] && { layer: ranked[0][0], edges: ranked[0][1] };
}

function findingsPart(findings: readonly Finding[], mode: AuditMode): Part {
  return listPart<Finding>({
    label: 'consistency findings',
    rank: 1,
    core: 40,
    items: findings,
    limit: MAX_ROWS,
    head: () => [heading(4, text(`Consistency findings (${fmt(findings.length)})`))],
    body: (shown) => findingGroups(shown, findingLine),
    weight: (finding) => `${findingWeight(finding)} (at ${finding.jsonPath ?? ''}, line 000000)`,
    overhead: 12,
    more: (_left, _total, rest) => [
      paragraph(text(`… and ${countFindings(rest())} more: ${ELSEWHERE}.`)),
    ],
    measure: mode.measure,
    cap: mode.budget,
  });
}

function sortedLayers(report: AuditReport, resolved: Resolved): LayerStats[] {
  return [...report.audit.layers].sort((a, b) => resolved.compareLayers(a.layer, b.layer));
}

function distributionPart(report: AuditReport, resolved: Resolved, mode: AuditMode): Part {
  const total = report.inventory.head.models;
  const largest = Math.max(1, ...report.audit.layers.map((l) => l.models));
  return listPart<LayerStats>({
    label: 'model distribution',
    rank: 2,
    core: 30,
    items: sortedLayers(report, resolved),
    head: () => [
      heading(4, text('Models by layer')),
      paragraph(text(`${ATTRIBUTION_MARK} marks the attribution layers.`)),
    ],
    body: (shown) => [
      table(
        [null, 'right', 'right', null],
        ['Layer', 'Models', 'Share', ''],
        shown.map((l) => [
          layerName(l.layer, resolved),
          [text(fmt(l.models))],
          [text(percent(l.models, total))],
          [text('█'.repeat(Math.max(1, Math.round((l.models / largest) * BAR_WIDTH))))],
        ]),
      ),
    ],
    weight: (l) => clip(l.layer, 60),
    overhead: 40 + BAR_WIDTH * 3,
    more: (left) => [paragraph(text(`… and ${plural(left, 'more layer')}: ${ELSEWHERE}.`))],
    measure: mode.measure,
    cap: mode.budget,
  });
}

function coveragePart(report: AuditReport, resolved: Resolved, mode: AuditMode): Part {
  const cell = (part: number, whole: number) => [
    text(`${percent(part, whole)} (${fmt(part)}/${fmt(whole)})`),
  ];
  return listPart<LayerStats>({
    label: 'metadata coverage',
    rank: 3,
    core: 30,
    items: sortedLayers(report, resolved),
    head: () => [
      heading(4, text('Metadata coverage by layer')),
      paragraph(
        text('Share of each layer’s models with a description, a dependency list ('),
        trustedCode('upstream_dependencies'),
        text(' or '),
        trustedCode('downstream_consumers'),
        text(') and '),
        trustedCode('attribution_concepts'),
        text('.'),
      ),
    ],
    body: (shown) => [
      table(
        [null, 'right', 'right', 'right'],
        ['Layer', 'Description', 'Dependencies', 'Concepts'],
        shown.map((l) => [
          layerName(l.layer, resolved),
          cell(l.withDescription, l.models),
          cell(l.withDependencies, l.models),
          cell(l.withConcepts, l.models),
        ]),
      ),
    ],
    weight: (l) => clip(l.layer, 60),
    overhead: 70,
    more: (left) => [paragraph(text(`… and ${plural(left, 'more layer')}: ${ELSEWHERE}.`))],
    measure: mode.measure,
    cap: mode.budget,
  });
}

function hubsPart(hubs: readonly Hub[], models: number, resolved: Resolved, mode: AuditMode): Part {
  return listPart<Hub>({
    label: 'blast radius hubs',
    rank: 4,
    core: 10,
    items: hubs,
    head: () => [
      heading(4, text('Largest blast radius')),
      paragraph(text('The models whose change reaches the most others downstream.')),
    ],
    body: (shown) => [
      table(
        [null, null, 'right', 'right', 'right'],
        ['Model', 'Layer', 'Direct', 'Reach', 'Of inventory'],
        shown.map((h) => [
          [code(h.model)],
          layerName(h.layer, resolved),
          [text(fmt(h.direct))],
          [text(`${h.estimated ? '~' : ''}${fmt(h.reach)}`)],
          [text(percent(h.reach, models))],
        ]),
      ),
    ],
    weight: (h) => `${clip(h.model, MAX_VALUE)} ${clip(h.layer, 60)}`,
    overhead: 40,
    more: (left) => [paragraph(text(`… and ${fmt(left)} more: ${ELSEWHERE}.`))],
    measure: mode.measure,
    cap: mode.budget,
  });
}

/**
 * How true the inventory is to the code: the share of the code's edges it records, by layer,
 * the radii it under-reports, and the models it does not list.
 */
function lineageTruthPart(truth: LineageTruth, mode: AuditMode): Part {
  const { coverage, underReported } = truth;
  const share = (recorded: number, total: number) =>
    total === 0 ? '—' : `${Math.round((recorded / total) * 100)}%`;
  const gaps = underReported.models.filter((gap) => gap.code > gap.inventory);
  return listPart<RadiusGap>({
    label: 'lineage truth',
    rank: 3,
    core: 10,
    items: gaps,
    head: () => [
      heading(4, text('Lineage truth: the inventory against the code')),
      paragraph(
        text(
          `The inventory records ${share(coverage.recorded, coverage.total)} of the code's ${plural(coverage.total, 'edge')} (${fmt(coverage.recorded)}); the code defines ${plural(truth.unlistedCount, 'model')} the inventory does not list. `,
        ),
        code('blast-radius inventory sync --write'),
        text(' brings it in line.'),
      ),
      table(
        [null, 'right', 'right', 'right'],
        ['Layer', 'Edges in the code', 'In the inventory', 'Share'],
        Object.entries(coverage.byLayer).map(([layer, s]) => [
          [text(clip(layer, 60))],
          [text(fmt(s.total))],
          [text(fmt(s.recorded))],
          [text(share(s.recorded, s.total))],
        ]),
      ),
    ],
    body: (shown) => [
      paragraph(text('Where the inventory alone under-reports the radius most:')),
      list(
        shown.map((gap) =>
          listItem(
            paragraph(
              code(gap.model),
              text(
                ` reaches ${plural(gap.inventory, 'model')} in the inventory, ${fmt(gap.code)} in the code`,
              ),
            ),
          ),
        ),
      ),
      ...(underReported.complete
        ? []
        : [paragraph(text('(Measured within a work budget: not every model was compared.)'))]),
    ],
    weight: (gap) => clip(gap.model, MAX_VALUE),
    overhead: 60,
    more: (left) => [paragraph(text(`… and ${fmt(left)} more: ${ELSEWHERE}.`))],
    measure: mode.measure,
    cap: mode.budget,
  });
}

/** Layers as boxes, edge counts between them, edges against the order in red. */
export function layerMap(report: AuditReport, resolved: Resolved): string | undefined {
  const stats = report.audit.layers;
  if (stats.length === 0) return undefined;
  const kept = new Set(
    [...stats]
      .sort((a, b) => b.models - a.models || resolved.compareLayers(a.layer, b.layer))
      .slice(0, stats.length > MAP_LAYERS + 1 ? MAP_LAYERS : stats.length)
      .map((l) => l.layer),
  );
  const group = (layer: string) => (kept.has(layer) ? layer : OTHER_LAYERS);
  const counts = new Map<string, number>();
  for (const l of stats) counts.set(group(l.layer), (counts.get(group(l.layer)) ?? 0) + l.models);
  const within = new Map<string, number>();
  const between = new Map<
    string,
    { from: string; to: string; edges: number; violations: number }
  >();
  for (const e of report.audit.layerEdges) {
    const from = group(e.from);
    const to = group(e.to);
    if (from === to) {
      within.set(from, (within.get(from) ?? 0) + e.edges);
      continue;
    }
    const key = `${from}\0${to}`;
    const entry = between.get(key) ?? { from, to, edges: 0, violations: 0 };
    entry.edges += e.edges;
    entry.violations += e.violations;
    between.set(key, entry);
  }
  const layers = [...counts.keys()].sort(resolved.compareLayers);
  const index = new Map(layers.map((layer, i) => [layer, i]));
  const nodes: FlowNode[] = layers.map((layer) => {
    const inside = within.get(layer);
    return {
      label: `${layer}: ${plural(counts.get(layer)!, 'model')}${inside ? `, ${fmt(inside)} inside` : ''}`,
      cls: resolved.attribution.has(layer) ? 'layerAttr' : 'layer',
    };
  });
  const edges: FlowEdge[] = [...between.values()]
    .sort((a, b) => index.get(a.from)! - index.get(b.from)! || index.get(a.to)! - index.get(b.to)!)
    .map((e) => ({
      from: index.get(e.from)!,
      to: index.get(e.to)!,
      label:
        e.violations > 0 ? `${fmt(e.edges)}, ${fmt(e.violations)} against the order` : fmt(e.edges),
      ...(e.violations > 0 && { violation: true }),
    }));
  const source = flowchart({ nodes, edges });
  return withinMermaidLimits(source, edges.length) ? source : undefined;
}

function layerMapPart(report: AuditReport, resolved: Resolved, mode: AuditMode): Part {
  const source = layerMap(report, resolved);
  const full = source
    ? toMarkdown([
        heading(4, text('Attribution map')),
        paragraph(
          text(
            'Lineage between layers: arrow labels count edges, red dashed arrows run against the layer order, orange borders mark the attribution layers.',
          ),
        ),
        { type: 'code', lang: 'mermaid', value: source },
      ])
    : '';
  const note = toMarkdown([
    heading(4, text('Attribution map')),
    paragraph(text(`The layer picture is left out to fit: ${ELSEWHERE}.`)),
  ]);
  return {
    label: 'layer picture',
    rank: 5,
    core: 1,
    units: source ? 1 : 0,
    estimate: (n) => mode.measure(n === 0 ? note : full),
    render: (n) => (source ? (n === 0 ? note : full) : ''),
  };
}

function attributionMapPart(
  entries: readonly AttributionEntry[],
  resolved: Resolved,
  mode: AuditMode,
): Part {
  return listPart<AttributionEntry>({
    label: 'attribution models',
    rank: 6,
    core: 30,
    items: entries,
    limit: MAX_ROWS,
    head: () => [
      paragraph(
        strong(text(`${plural(entries.length, 'model')} in attribution layers`)),
        text(', upstream layers first:'),
      ),
    ],
    body: (shown) => [
      table(
        [null, null, null, 'right', 'right'],
        ['Model', 'Layer', 'Concepts', 'Feeds', 'Reach'],
        shown.map((e) => [
          [code(e.model)],
          layerName(e.layer, resolved),
          e.concepts.length > 0 ? [untrusted(e.concepts.join(', '), 160)] : [text('—')],
          [text(fmt(e.consumers.length))],
          [text(`${e.estimated ? '~' : ''}${fmt(e.reach)}`)],
        ]),
      ),
    ],
    weight: (e) =>
      `${clip(e.model, MAX_VALUE)} ${clip(e.layer, 60)} ${e.concepts.join(', ').slice(0, 160)}`,
    overhead: 40,
    more: (left) => [paragraph(text(`… and ${fmt(left)} more: ${ELSEWHERE}.`))],
    measure: mode.measure,
    cap: mode.budget,
  });
}

function orphansPart(orphans: readonly string[], mode: AuditMode): Part {
  return listPart<string>({
    label: 'orphans',
    rank: 8,
    core: 0,
    items: orphans,
    limit: MAX_ROWS,
    head: () => [],
    body: (shown) =>
      details(`${plural(orphans.length, 'model')} that feed nothing (not reporting)`, [
        paragraph(
          ...joined(
            shown.map((name) => [code(name)]),
            ', ',
          ),
        ),
      ]),
    weight: (name) => clip(name, MAX_VALUE),
    overhead: 4,
    more: (left) => [
      paragraph(text(`… and ${plural(left, 'more model')} that feed nothing: ${ELSEWHERE}.`)),
    ],
    measure: mode.measure,
    cap: mode.budget,
  });
}

import { describePath, type ImpactedModel } from '../impact/radius.js';
import type { AuditReport } from '../audit/audit.js';
import type { DiffReport } from '../report/types.js';
import { RULES, type Finding } from '../rules/catalog.js';
import { neutralizeControls } from '../util/controls.js';
import { columnTextLines } from '../columns/text.js';

const KIND_MARK = { added: '+', removed: '-', modified: '~', moved: '>' } as const;
const LISTED = 25;
/** Widest a name column grows; longer names are clipped in the middle. */
const NAME_WIDTH = 48;
const LAYER_WIDTH = 16;
/** Longest finding message shown; --format json has every character. */
const MESSAGE_LENGTH = 300;
const PATH_LENGTH = 120;

export interface TextOptions {
  /** Lines said before the report: how it was produced (merge base, config source). */
  readonly notes?: readonly string[];
  /** The audit's recommendations, as plain text (the audit only). */
  readonly recommendations?: readonly string[];
  /** The audit with code lineage: what the dbt project's code adds (the audit only). */
  readonly lineage?: AuditLineage;
}

/** `audit --ref` with code lineage: the graph's counts, and what the code could not decide. */
export interface AuditLineage {
  readonly sources: readonly string[];
  readonly projects: readonly string[];
  readonly nodes: number;
  readonly edges: number;
  /** Edges only the code proves. */
  readonly notInInventory: number;
  readonly unresolved: number;
  /** The first unresolved references (all: `blast-radius lineage --format json`). */
  readonly unresolvedReferences: readonly {
    readonly rule: string;
    readonly file: string;
    readonly line: number;
    readonly message: string;
  }[];
}

/**
 * Plain-text report for terminals and logs. Every name from the inventory is untrusted: control
 * characters are shown as visible escapes, so a name can neither drive the terminal (ESC, OSC)
 * nor break or reorder a line (newlines, bidi controls); long names and messages are clipped.
 */
export function renderDiffText(report: DiffReport, options: TextOptions = {}): string {
  const { summary } = report;
  const out: string[] = [];
  out.push(`dbt blast radius — ${title(report)}`, verdictLine(summary, 'diff'));
  out.push(...notes(options.notes));
  out.push(...lineageLines(report));
  const ignored = summary.ignored ?? 0;
  if (ignored > 0)
    out.push(
      `Note: ${plural(ignored, 'change')} ignored by config (ignore: globs over model paths).`,
    );
  out.push('');

  // Edits of formatting or comments only: listed apart, they anchor nothing.
  const cosmetic = report.changes.filter(isCosmetic);
  const listedChanges = report.changes.filter((change) => !isCosmetic(change));
  if (listedChanges.length === 0) {
    out.push(cosmetic.length > 0 ? 'No model changes beyond cosmetic edits.' : 'No model changes.');
  } else {
    const perChange = new Map(report.impact.perChange.map((p) => [p.model, p]));
    // The widest reach first, as in the markdown report; then by name.
    const changes = [...listedChanges].sort(
      (a, b) =>
        (perChange.get(b.model)?.total ?? -1) - (perChange.get(a.model)?.total ?? -1) ||
        compare(a.model, b.model),
    );
    const shown = changes.slice(0, LISTED);
    out.push(`Changed models (${listedChanges.length}), widest reach first:`);
    out.push(
      ...columns(
        ['', 'model', 'layer', 'reach', 'direct', 'change'],
        shown.map((change) => {
          const reach = perChange.get(change.model);
          const reasons = change.reasons.map((reason) => reasonText(change, reason)).join(', ');
          const moved =
            reach === undefined
              ? ''
              : (reach.gained.length > 0 ? `; now feeds ${reach.gained.length} more` : '') +
                (reach.lost.length > 0 ? `; no longer feeds ${reach.lost.length}` : '');
          return [
            KIND_MARK[change.kind],
            name(change.model),
            layer(change.layer),
            reach ? `${reach.estimated ? '~' : ''}${reach.total}` : '-',
            reach ? String(reach.direct) : '-',
            clip(
              (reasons || change.kind) + (change.metadataOnly ? ' (metadata only)' : '') + moved,
              PATH_LENGTH,
            ),
          ];
        }),
        [false, false, false, true, true, false],
      ),
    );
    if (changes.length > LISTED)
      out.push(`  … and ${changes.length - LISTED} more (--format json lists all)`);
    out.push(
      '  (reach: models downstream of the change; direct: its direct consumers; ~ an estimate)',
    );
    const columnLines = columnTextLines(report);
    if (columnLines.length > 0) out.push('', ...columnLines);
  }
  if (cosmetic.length > 0) {
    out.push(
      '',
      `Cosmetic edits (${cosmetic.length}: whitespace or comments only, they anchor nothing):`,
      ...wrap(
        '',
        cosmetic.slice(0, LISTED).map((c) => name(c.model)),
        cosmetic.length - LISTED,
      ),
    );
  }
  const macros = report.lineage?.macros ?? [];
  if (macros.length > 0) {
    out.push('', `Macros changed (${macros.length}):`);
    for (const macro of macros.slice(0, LISTED))
      out.push(
        `  ${KIND_MARK[macro.kind]} ${name(macro.macro)} (${clip(clean(macro.path), 80)}): ` +
          (macro.callers === 0
            ? 'no model calls it — anchors nothing'
            : `called by ${plural(macro.callers, 'model')}, directly or through other macros`),
      );
    if (macros.length > LISTED) out.push(`  … and ${macros.length - LISTED} more`);
  }
  out.push('');
  const impacted = report.impact.models;
  out.push(
    `Blast radius: ${plural(impacted.length, 'model')} downstream` +
      (summary.attributionImpacted > 0
        ? `, ${summary.attributionImpacted} in attribution layers`
        : '') +
      (summary.affected !== undefined
        ? `; ${summary.affected} affected by the columns changed`
        : ''),
  );
  const layers = Object.entries(report.impact.byLayer);
  if (layers.length > 0)
    out.push(
      ...wrap(
        'by layer: ',
        layers.slice(0, LISTED).map(([l, n]) => `${layer(l)} ${n}`),
        layers.length - LISTED,
      ),
    );
  const markCodeOnly = report.lineage?.sources.includes('inventory') ?? false;
  if (impacted.length > 0) {
    out.push(
      ...columns(
        ['depth', 'model', 'layer', 'reached via'],
        impacted
          .slice(0, LISTED)
          .map((model) => [
            String(model.depth),
            name(model.model),
            layer(model.layer ?? (report.lineage ? '-' : 'external')),
            via(model) + (markCodeOnly && model.notInInventory ? ' (not in the inventory)' : ''),
          ]),
        [true, false, false, false],
      ),
    );
  }
  if (impacted.length > LISTED)
    out.push(`  … and ${impacted.length - LISTED} more (--format json lists all)`);
  if (markCodeOnly) {
    const codeOnly = impacted.filter((model) => model.notInInventory).length;
    if (codeOnly > 0)
      out.push(
        `  ${plural(codeOnly, 'model')} reached through a step only the code proves (not in the inventory)`,
      );
  }
  out.push('', ...renderFindings(report.findings, 'diff'));
  return out.join('\n') + '\n';
}

export function renderAuditText(report: AuditReport, options: TextOptions = {}): string {
  const { audit, summary } = report;
  const out: string[] = [
    `dbt blast radius — audit of ${clean(report.inventory.path)}${auditSource(report)}`,
    verdictLine(summary, 'audit'),
    ...notes(options.notes),
    '',
    `${report.inventory.head.models} models, ${audit.externals} external nodes, ${audit.edges} edges`,
    '',
    'Models and metadata coverage by layer (* attribution layer):',
    ...columns(
      ['layer', 'models', 'description', 'dependencies', 'concepts'],
      audit.layers.map((l) => [
        layer(l.layer) + (l.attribution ? ' *' : ''),
        String(l.models),
        pct(l.withDescription, l.models),
        pct(l.withDependencies, l.models),
        pct(l.withConcepts, l.models),
      ]),
      [false, true, true, true, true],
    ),
    '',
    'Largest blast radius:',
  ];
  if (audit.hubs.length === 0) out.push('  (no model feeds another)');
  else
    out.push(
      ...columns(
        ['reach', 'direct', 'model', 'layer'],
        audit.hubs.map((hub) => [
          `${hub.estimated ? '~' : ''}${hub.reach}`,
          String(hub.direct),
          name(hub.model),
          layer(hub.layer),
        ]),
        [true, true, false, false],
      ),
    );
  out.push('');
  if (audit.attributionMap.length === 0) {
    out.push(
      'Attribution map: no model is in an attribution layer (set attribution-layers in the config).',
    );
  } else {
    out.push(
      'Attribution map:',
      ...columns(
        ['reach', 'feeds', 'model', 'layer', 'concepts'],
        audit.attributionMap.map((entry) => [
          `${entry.estimated ? '~' : ''}${entry.reach}`,
          String(entry.consumers.length),
          name(entry.model),
          layer(entry.layer),
          clip(entry.concepts.map(clean).join(', '), PATH_LENGTH),
        ]),
        [true, true, false, false, false],
      ),
    );
  }
  if (options.lineage) out.push('', ...auditLineageLines(options.lineage));
  out.push('', `Orphans (no consumers, not reporting): ${audit.orphans.length}`);
  if (audit.orphans.length > 0)
    out.push(...wrap('', audit.orphans.slice(0, LISTED).map(name), audit.orphans.length - LISTED));
  out.push('', ...renderFindings(report.findings, 'audit'));
  if (options.recommendations && options.recommendations.length > 0) {
    out.push('', 'Recommendations:');
    for (const item of options.recommendations) out.push(`  - ${clip(clean(item), 400)}`);
  }
  return out.join('\n') + '\n';
}

function auditLineageLines(lineage: AuditLineage): string[] {
  const out = [
    `Lineage: ${lineage.sources.join(' + ')} — ${plural(lineage.projects.length, 'dbt project')}` +
      (lineage.projects.length > 0
        ? ` (${clip(lineage.projects.slice(0, 10).map(clean).join(', '), 200)})`
        : '') +
      `: ${plural(lineage.nodes, 'node')}, ${plural(lineage.edges, 'edge')}, ` +
      `${lineage.notInInventory} not in the inventory, ${plural(lineage.unresolved, 'unresolved reference')}`,
  ];
  const shown = lineage.unresolvedReferences.slice(0, LISTED);
  for (const problem of shown)
    out.push(
      `  ${problem.rule}: ${clip(clean(problem.message), MESSAGE_LENGTH)} (${clip(clean(problem.file), 80)}:${problem.line})`,
    );
  if (lineage.unresolved > shown.length)
    out.push(
      `  … and ${lineage.unresolved - shown.length} more (blast-radius lineage --format json lists all)`,
    );
  return out;
}

function renderFindings(findings: readonly Finding[], mode: 'diff' | 'audit'): string[] {
  if (findings.length === 0) return ['No findings.'];
  const out = [`Findings (${findings.length}):`];
  const shown = mode === 'audit' ? findings.slice(0, LISTED * 4) : findings;
  for (const f of shown) {
    const where = f.file && f.line ? ` (${clip(clean(f.file), 80)}:${f.line})` : '';
    const ack = f.acknowledged ? ' [acknowledged]' : '';
    out.push(
      ...wrapWords(
        `  ${f.severity.toUpperCase().padEnd(7)} ${f.rule}${ack}: ${clip(clean(f.message.replace(/`/g, '')), MESSAGE_LENGTH)}${where}`,
        '            ',
      ),
    );
  }
  if (shown.length < findings.length)
    out.push(`  … and ${findings.length - shown.length} more (--format json lists all)`);
  // What to do: the advice of each rule that raised a warning or an error, once.
  const advice = [
    ...new Set(findings.filter((f) => f.severity !== 'notice').map((f) => f.rule)),
  ].map((rule) => `  - ${rule}: ${RULES[rule].fix}`);
  if (advice.length > 0) out.push('', 'What to do:', ...advice);
  return out;
}

function verdictLine(summary: DiffReport['summary'], mode: 'diff' | 'audit'): string {
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}`;
  const ack = summary.acknowledged ? ' — warnings acknowledged, counted as notices' : '';
  const what = mode === 'audit' ? 'Audit' : 'Verdict';
  return `${what}: ${summary.verdict.toUpperCase()} (fail-on: ${summary.failOn}) — ${counts}${ack}`;
}

/** What was compared, each path once: `inventory (base → head)` in git mode, the files else. */
function title(report: DiffReport): string {
  const { base, head, path } = report.inventory;
  const side = (s: { ref: string | null; file?: string } | null) =>
    s === null ? 'none' : clip(clean(s.ref ?? s.file ?? '?'), 80);
  if (head.absent) return `the dbt project's code at ${side(head)}, no inventory`;
  if (head.ref !== null || (base?.ref ?? null) !== null)
    return `${clip(clean(path), 100)} (${side(base)} → ${side(head)})`;
  return `${side(base)} → ${side(head)}`;
}

/** Which lineage sources were read, and what the code showed. */
function lineageLines(report: DiffReport): string[] {
  const lineage = report.lineage;
  if (!lineage) return ['Lineage: the inventory'];
  const projects = lineage.projects.slice(0, 10).map(clean).join(', ');
  const more = lineage.projects.length > 10 ? ` and ${lineage.projects.length - 10} more` : '';
  return [
    `Lineage: ${lineage.sources.join(' + ')} — ${plural(lineage.projects.length, 'dbt project')}` +
      (projects ? ` (${clip(projects, 200)}${more})` : '') +
      `, ${plural(lineage.nodes, 'node')}, ${plural(lineage.edges, 'edge')} from the code` +
      (lineage.unresolved > 0 ? `, ${plural(lineage.unresolved, 'unresolved reference')}` : ''),
  ];
}

/** Only whitespace or comments changed. */
function isCosmetic(change: DiffReport['changes'][number]): boolean {
  return (
    change.metadataOnly &&
    change.reasons.length > 0 &&
    change.reasons.every((reason) => reason === 'sql-format')
  );
}

/** A reason as said to a reader: the code's reasons name what changed. */
function reasonText(change: DiffReport['changes'][number], reason: string): string {
  if (reason === 'macro' && change.macros && change.macros.length > 0)
    return `macro: ${listNames(change.macros)} changed`;
  if (reason === 'var' && change.vars && change.vars.length > 0)
    return `var: ${listNames(change.vars)} changed`;
  return clean(reason);
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((n) => clip(clean(n), 40));
  return shown.join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
}

function auditSource(report: AuditReport): string {
  const head = report.inventory.head;
  if (head.ref !== null) return ` at ${clip(clean(head.ref), 80)}`;
  if (head.file !== undefined && head.file !== report.inventory.path)
    return ` (${clip(clean(head.file), 100)})`;
  return '';
}

function notes(list: readonly string[] | undefined): string[] {
  return (list ?? []).map((note) => `Note: ${clean(note)}`);
}

/** Rows as aligned columns, two spaces apart; `right` marks the numeric columns. */
function columns(header: string[], rows: string[][], right: boolean[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `  ${cells
      .map((cell, i) =>
        i === cells.length - 1 && !right[i]
          ? cell
          : right[i]
            ? cell.padStart(widths[i]!)
            : cell.padEnd(widths[i]!),
      )
      .join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

/** Items joined with commas, wrapped at about 100 columns, indented; `more` left unlisted. */
/** A long line broken at spaces into lines of at most 100 columns, continued with `indent`. */
function wrapWords(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=\S) (?=\S)/)) {
    if (line !== '' && line.length + 1 + word.length > 100) {
      lines.push(line);
      line = indent + word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

function wrap(lead: string, items: readonly string[], more: number): string[] {
  const all = more > 0 ? [...items, `… and ${more} more`] : [...items];
  const lines: string[] = [];
  let line = `  ${lead}`;
  all.forEach((item, i) => {
    const piece = `${item}${i < all.length - 1 ? ',' : ''}`;
    if (line.trim() !== lead.trim() && line.length + 1 + piece.length > 100) {
      lines.push(line.trimEnd());
      line = `    ${piece}`;
    } else line += `${line.endsWith(' ') ? '' : ' '}${piece}`;
  });
  lines.push(line.trimEnd());
  return lines;
}

/** A path of steps, long ones cut in the middle: the change it starts from and the last steps. */
function via(model: Pick<ImpactedModel, 'path' | 'pathElided'>): string {
  return clip(
    describePath(model, (step) => clip(clean(step), 40)),
    PATH_LENGTH,
  );
}

function name(value: string): string {
  return clipMiddle(clean(value), NAME_WIDTH);
}

function layer(value: string): string {
  return clipMiddle(clean(value), LAYER_WIDTH);
}

const clean = neutralizeControls;

/** Cut at the end, saying how much was cut. */
function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = safeCut(value, max - 1);
  return `${cut}… (+${value.length - cut.length} characters)`;
}

/** Cut in the middle: names that share a prefix stay told apart by their ends. */
function clipMiddle(value: string, max: number): string {
  if (value.length <= max) return value;
  const half = Math.floor((max - 1) / 2);
  return `${safeCut(value, half)}…${value.slice(value.length - (max - 1 - half)).replace(/^[\udc00-\udfff]/, '')}`;
}

function safeCut(value: string, length: number): string {
  const cut = value.slice(0, length);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pct(part: number, whole: number): string {
  return `${part}/${whole}`;
}

import { describePath } from '../impact/radius.js';
import type { AuditReport } from '../audit/audit.js';
import type { DiffReport } from '../report/types.js';
import type { Finding } from '../rules/catalog.js';

const KIND_MARK = { added: '+', removed: '-', modified: '~', moved: '>' } as const;
const LISTED = 25;

/** Plain-text report for terminals and logs. */
export function renderDiffText(report: DiffReport): string {
  const { summary } = report;
  const out: string[] = [];
  const base = report.inventory.base;
  const head = report.inventory.head;
  out.push(
    `dbt blast radius — ${report.inventory.path} (${label(base)} → ${label(head)})`,
    verdictLine(summary),
    '',
  );
  if (report.changes.length === 0) {
    out.push('No model changes.');
  } else {
    const perChange = new Map(report.impact.perChange.map((p) => [p.model, p]));
    out.push(`Changed models (${report.changes.length}):`);
    for (const change of report.changes) {
      const reach = perChange.get(change.model);
      const reasons = change.reasons.length > 0 ? ` ${change.reasons.join(', ')}` : '';
      const radius = reach
        ? ` → ${reach.direct} direct, ${reach.estimated ? '~' : ''}${reach.total} total` +
          (reach.gained.length > 0 ? `, +${reach.gained.length} gained` : '') +
          (reach.lost.length > 0 ? `, -${reach.lost.length} lost` : '')
        : change.metadataOnly
          ? ' (metadata only)'
          : '';
      out.push(`  ${KIND_MARK[change.kind]} ${change.model} [${change.layer}]${reasons}${radius}`);
    }
  }
  out.push('');
  const impacted = report.impact.models;
  out.push(
    `Blast radius: ${impacted.length} model${impacted.length === 1 ? '' : 's'} downstream` +
      (summary.attributionImpacted > 0
        ? `, ${summary.attributionImpacted} in attribution layers`
        : ''),
  );
  const layers = Object.entries(report.impact.byLayer);
  if (layers.length > 0)
    out.push(`  by layer: ${layers.map(([layer, n]) => `${layer} ${n}`).join(', ')}`);
  for (const model of impacted.slice(0, LISTED)) {
    out.push(
      `  ${model.depth}  ${model.model} [${model.layer ?? 'external'}]  via ${describePath(model, (name) => name)}`,
    );
  }
  if (impacted.length > LISTED)
    out.push(`  … and ${impacted.length - LISTED} more (use --format json for all)`);
  out.push('', ...renderFindings(report.findings));
  return out.join('\n') + '\n';
}

export function renderAuditText(report: AuditReport): string {
  const { audit, summary } = report;
  const out: string[] = [
    `dbt blast radius — audit of ${report.inventory.path} (${label(report.inventory.head)})`,
    verdictLine(summary),
    '',
    `${report.inventory.head.models} models, ${audit.externals} external nodes, ${audit.edges} edges`,
    '',
    'Models and metadata coverage by layer:',
    '  layer          models  description  dependencies  concepts',
  ];
  for (const l of audit.layers) {
    out.push(
      `  ${(l.layer + (l.attribution ? ' *' : '')).padEnd(14)} ${String(l.models).padStart(6)}  ${pct(l.withDescription, l.models).padStart(11)}  ${pct(l.withDependencies, l.models).padStart(12)}  ${pct(l.withConcepts, l.models).padStart(8)}`,
    );
  }
  out.push('  (* attribution layer)', '', 'Largest blast radius:');
  for (const hub of audit.hubs)
    out.push(
      `  ${String(hub.reach).padStart(6)}  ${hub.model} [${hub.layer}] (${hub.direct} direct)`,
    );
  out.push('', 'Attribution map:');
  for (const entry of audit.attributionMap) {
    out.push(
      `  ${entry.model} [${entry.layer}] reach ${entry.estimated ? '~' : ''}${entry.reach}, feeds ${entry.consumers.length}` +
        (entry.concepts.length > 0 ? ` — ${entry.concepts.join(', ')}` : ''),
    );
  }
  out.push('', `Orphans (no consumers, not reporting): ${audit.orphans.length}`);
  if (audit.orphans.length > 0)
    out.push(
      `  ${audit.orphans.slice(0, LISTED).join(', ')}${audit.orphans.length > LISTED ? ', …' : ''}`,
    );
  out.push('', ...renderFindings(report.findings));
  return out.join('\n') + '\n';
}

function renderFindings(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ['No findings.'];
  const out = [`Findings (${findings.length}):`];
  for (const f of findings) {
    const where = f.file && f.line ? ` (${f.file}:${f.line})` : '';
    const ack = f.acknowledged ? ' [acknowledged]' : '';
    out.push(
      `  ${f.severity.toUpperCase().padEnd(7)} ${f.rule}${ack}: ${f.message.replace(/`/g, '')}${where}`,
    );
  }
  return out;
}

function verdictLine(summary: DiffReport['summary']): string {
  const counts = `${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.notices} notice${summary.notices === 1 ? '' : 's'}`;
  const ack = summary.acknowledged ? ' — warnings acknowledged, counted as notices' : '';
  return `Verdict: ${summary.verdict.toUpperCase()} (fail-on: ${summary.failOn}) — ${counts}${ack}`;
}

function label(side: { ref: string | null; file?: string } | null): string {
  if (!side) return 'none';
  return side.ref ?? side.file ?? '?';
}

function pct(part: number, whole: number): string {
  return `${part}/${whole}`;
}

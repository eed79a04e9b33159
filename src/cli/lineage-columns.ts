/**
 * `blast-radius lineage --columns` output (pure): the column lineage as JSON (the shape of
 * docs/column-impact.md, one column or row use per line so a 7,500-model export stays readable
 * and a fraction of fully indented JSON) and as bounded text. Names and reasons are untrusted:
 * JSON carries them as data, text escapes control characters and clips long lines.
 */
import type { ColumnLineage, ModelLineage } from '../columns/lineage.js';
import { neutralizeControls } from '../util/controls.js';

const j = (v: unknown) => JSON.stringify(v);

function modelJson(m: ModelLineage): string {
  const lines = [
    `    {`,
    `      "name": ${j(m.name)},`,
    `      "kind": ${j(m.kind)},`,
    `      "project": ${j(m.project)},`,
    `      "path": ${j(m.path)},`,
    `      "status": ${j(m.status)},`,
  ];
  if (m.unknown !== undefined) lines.push(`      "unknown": ${j(m.unknown)},`);
  if (m.incomplete !== undefined) lines.push(`      "incomplete": ${j(m.incomplete)},`);
  if (m.truncated) lines.push(`      "truncated": true,`);
  lines.push(`      "reads": ${j(m.reads)},`);
  const list = (key: string, items: readonly unknown[], last: boolean) => {
    const end = last ? '' : ',';
    if (items.length === 0) {
      lines.push(`      "${key}": []${end}`);
      return;
    }
    lines.push(`      "${key}": [`);
    items.forEach((x, i) => lines.push(`        ${j(x)}${i < items.length - 1 ? ',' : ''}`));
    lines.push(`      ]${end}`);
  };
  list('columns', m.columns, false);
  list('rowAffecting', m.rowAffecting, true);
  lines.push('    }');
  return lines.join('\n');
}

/**
 * The JSON document in chunks (one per model), whose concatenation is valid JSON equal to the
 * lineage object. Chunks let the caller write with backpressure instead of one huge string.
 */
export function columnLineageJsonChunks(lineage: ColumnLineage): string[] {
  const head = [
    '{',
    `  "schemaVersion": ${lineage.schemaVersion},`,
    `  "mode": ${j(lineage.mode)},`,
    `  "ref": ${j(lineage.ref)},`,
    `  "dialects": ${j(lineage.dialects)},`,
    `  "limits": ${j(lineage.limits)},`,
    `  "summary": ${j(lineage.summary)},`,
    lineage.models.length === 0 ? '  "models": []' : '  "models": [',
  ].join('\n');
  const chunks = [`${head}\n`];
  lineage.models.forEach((m, i) =>
    chunks.push(`${modelJson(m)}${i < lineage.models.length - 1 ? ',' : ''}\n`),
  );
  chunks.push(lineage.models.length === 0 ? '}\n' : '  ]\n}\n');
  return chunks;
}

/** Text bounds: models detailed, columns per model, characters per line. */
export const TEXT_MODELS = 500;
export const TEXT_COLUMNS = 100;
const LINE = 300;
const REFS = 8;

function clip(s: string): string {
  return s.length <= LINE ? s : `${s.slice(0, LINE - 1)}…`;
}

const clean = (s: string) => neutralizeControls(s);

function refs(xs: readonly { node: string; column: string }[]): string {
  const shown = xs.slice(0, REFS).map((x) => `${clean(x.node)}.${clean(x.column)}`);
  return xs.length > REFS ? `${shown.join(', ')} and ${xs.length - REFS} more` : shown.join(', ');
}

/** The summary line(s): what was analysed and why the rest is unknown. */
export function columnLineageSummaryLines(lineage: ColumnLineage): string[] {
  const s = lineage.summary;
  const reasons = Object.entries(s.unknownByReason)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  return [
    `${s.models} models: ${s.analysed} analysed, ${s.complete} complete, ${s.partial} partial, ${s.unknown} unknown${reasons ? ` (${reasons})` : ''}`,
  ];
}

export function columnLineageText(lineage: ColumnLineage, notes: readonly string[] = []): string {
  const out = notes.map((n) => `Note: ${clean(n)}`);
  out.push(`dbt blast radius — column lineage at ${clean(lineage.ref)}`);
  const dialects = Object.entries(lineage.dialects);
  if (dialects.length > 0)
    out.push(`Dialects: ${dialects.map(([p, d]) => `${clean(p)} ${d}`).join(', ')}`);
  out.push(...columnLineageSummaryLines(lineage), '');
  for (const m of lineage.models.slice(0, TEXT_MODELS)) {
    out.push(clip(`${clean(m.name)} (${m.kind}, ${clean(m.path)}) — ${m.status}`));
    if (m.unknown !== undefined) {
      out.push(clip(`  unknown: ${clean(m.unknown)}`));
      continue;
    }
    for (const reason of (m.incomplete ?? []).slice(0, 3))
      out.push(clip(`  partial: ${clean(reason)}`));
    for (const c of m.columns.slice(0, TEXT_COLUMNS)) {
      const from = c.upstream.length > 0 ? refs(c.upstream) : '(no upstream column)';
      out.push(clip(`  ${clean(c.name)} ← ${from} [${c.transform}]`));
    }
    if (m.columns.length > TEXT_COLUMNS)
      out.push(`  … and ${m.columns.length - TEXT_COLUMNS} more columns`);
    if (m.rowAffecting.length > 0) {
      const byContext = new Map<string, { node: string; column: string }[]>();
      for (const r of m.rowAffecting) {
        const list = byContext.get(r.context) ?? [];
        list.push(r);
        byContext.set(r.context, list);
      }
      for (const [context, list] of byContext) out.push(clip(`  rows (${context}): ${refs(list)}`));
    }
  }
  if (lineage.models.length > TEXT_MODELS)
    out.push(`… and ${lineage.models.length - TEXT_MODELS} more models (--format json lists all)`);
  if (lineage.models.length === 0) out.push('(no models)');
  return `${out.join('\n')}\n`;
}

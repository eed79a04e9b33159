/**
 * Test harness: render and analyse every model of a small dbt project folder in dependency order,
 * giving each model the outputs of its upstream models (and declared source columns) so `select *`
 * expands.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeModel,
  buildMacroLibrary,
  renderModel,
  type Analysis,
  type Dialect,
  type PolyglotRunner,
  type RelationRef,
  type RenderResult,
} from '../../src/columns/index.js';

export interface Analysed {
  name: string;
  sql: string;
  rendered: RenderResult;
  analysis: Analysis;
  /** rendered relation → upstream model name (refs only) */
  upstream: Record<string, string>;
  /** refs found by a plain scan of the model's text (what the project scanner gives) */
  dependsOn: string[];
}

export function readProject(dir: string): {
  models: Map<string, string>;
  macros: { path: string; text: string }[];
} {
  const models = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'models')).sort()) {
    if (f.endsWith('.sql'))
      models.set(f.slice(0, -4), readFileSync(join(dir, 'models', f), 'utf8'));
  }
  const macros = readdirSync(join(dir, 'macros'))
    .filter((f) => f.endsWith('.sql'))
    .map((f) => ({ path: `macros/${f}`, text: readFileSync(join(dir, 'macros', f), 'utf8') }));
  return { models, macros };
}

export async function analyseProject(
  models: Map<string, string>,
  macros: { path: string; text: string }[],
  options: {
    dialect: Dialect;
    runner: PolyglotRunner;
    vars?: Record<string, unknown>;
    sources?: Record<string, string[]>;
  },
): Promise<Map<string, Analysed>> {
  const library = buildMacroLibrary(macros);
  const rendered = new Map<string, RenderResult>();
  for (const [name, sql] of models) {
    rendered.set(
      name,
      renderModel(sql, {
        dialect: options.dialect,
        model: name,
        macros: library,
        vars: options.vars,
      }),
    );
  }
  const out = new Map<string, Analysed>();
  const visiting = new Set<string>();
  const visit = async (name: string): Promise<void> => {
    if (out.has(name) || visiting.has(name)) return;
    visiting.add(name);
    const r = rendered.get(name) as RenderResult;
    const upstream: Record<string, string> = {};
    if (!('unknown' in r)) {
      for (const [rel, ref] of Object.entries(r.relations)) {
        if (ref.kind === 'ref' && models.has(ref.name)) {
          upstream[rel] = ref.name;
          await visit(ref.name);
        }
      }
    }
    const columnsOf = (rel: string, ref: RelationRef | undefined): string[] | undefined => {
      if (!ref) return undefined;
      if (ref.kind === 'source') return options.sources?.[`${ref.source}.${ref.table}`];
      if (ref.kind === 'ref') {
        const a = out.get(ref.name)?.analysis;
        return a && !('unknown' in a) && a.complete ? a.columns.map((c) => c.name) : undefined;
      }
      return rel ? undefined : undefined;
    };
    const analysis: Analysis =
      'unknown' in r
        ? r
        : await analyzeModel(
            r,
            options.dialect,
            (rel) => columnsOf(rel, r.relations[rel]),
            options.runner,
          );
    const text = models.get(name) as string;
    const dependsOn = [...text.matchAll(/\bref\(\s*['"]([A-Za-z0-9_]+)['"]\s*\)/g)].map(
      (m) => m[1] as string,
    );
    out.set(name, { name, sql: text, rendered: r, analysis, upstream, dependsOn });
  };
  for (const name of models.keys()) await visit(name);
  return out;
}

/** Lineage in a compact, hand-writable form: column → ["relation.column", ...]. */
export function compact(a: Analysis): Record<string, string[]> | string {
  if ('unknown' in a) return `unknown: ${a.unknown}`;
  return Object.fromEntries(
    a.columns.map((c) => [c.name, c.upstream.map((u) => `${u.relation}.${u.column}`)]),
  );
}

export function compactRows(a: Analysis): string[] {
  if ('unknown' in a) return [];
  return a.rowAffecting.map((u) => `${u.context}:${u.relation}.${u.column}`);
}

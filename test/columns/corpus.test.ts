import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  analyzeModel,
  buildMacroLibrary,
  classifyChange,
  type Analysis,
  type Dialect,
  detectDialect,
  workerRunner,
  inProcessRunner,
  type PolyglotRunner,
  renderModel,
} from '../../src/columns/index.js';
import { extractBundle, loadProjects, pairs, type CorpusProject } from './corpus-project.js';

/** Real dbt project trees (git bundles), present beside the repository in CI. */
const BUNDLES = resolve('..', 'shared', 'corpus', 'projects');
const present = existsSync(join(BUNDLES, 'jaffle-shop.bundle'));
/**
 * jaffle-shop only by default (seconds); mattermost (489 models, 1-2 min on a shared machine)
 * with COLUMNS_CORPUS=full.
 */
const CORPUS =
  process.env['COLUMNS_CORPUS'] === 'full'
    ? ['jaffle-shop', 'mattermost-data-warehouse']
    : ['jaffle-shop'];
/**
 * A worker with a per-model time budget (the robust bound on polyglot's slow cases) for the full
 * corpus; jaffle-shop alone has no slow model, so polyglot is loaded once, in-process.
 */
const makeRunner = (): PolyglotRunner =>
  CORPUS.length > 1 ? workerRunner({ timeoutMs: 5_000 }) : inProcessRunner();
const tmp = present ? mkdtempSync(join(tmpdir(), 'columns-corpus-')) : '';
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}, 120_000);

interface Tally {
  models: number;
  rendered: number;
  parsed: number;
  complete: number;
  reasons: Map<string, number>;
  ms: number;
}

/** A reason without its specifics, to group them. */
function bucket(reason: string): string {
  return reason
    .replace(/'[^']*'/g, "'…'")
    .replace(/`[^`]*`/g, '`…`')
    .replace(/line \d+, column \d+/g, 'line …')
    .replace(/\d+/g, 'N')
    .slice(0, 110);
}

async function measure(bundle: string): Promise<Tally> {
  const dir = join(tmp, bundle);
  const tree = extractBundle(join(BUNDLES, `${bundle}.bundle`), dir);
  const runner = makeRunner();
  const t: Tally = { models: 0, rendered: 0, parsed: 0, complete: 0, reasons: new Map(), ms: 0 };
  for (const p of loadProjects(tree)) {
    const macros = buildMacroLibrary(p.macros);
    const { dialect } = detectDialect({
      macroNames: macros.macros.keys(),
      sql: p.models.map((m) => m.text),
    });
    for (const m of p.models) {
      const name = m.path.replace(/^.*\//, '').replace(/\.sql$/, '');
      t.models++;
      const start = performance.now();
      const r = renderModel(m.text, {
        dialect,
        model: name,
        projectName: p.name,
        vars: p.vars,
        macros,
      });
      let reason: string | undefined;
      if ('unknown' in r) reason = `render: ${r.unknown}`;
      else {
        t.rendered++;
        const a = await analyzeModel(r, dialect, undefined, runner);
        if ('unknown' in a) reason = `parse: ${a.unknown}`;
        else {
          t.parsed++;
          if (a.complete) t.complete++;
        }
      }
      t.ms += performance.now() - start;
      if (reason) t.reasons.set(bucket(reason), (t.reasons.get(bucket(reason)) ?? 0) + 1);
    }
  }
  await runner.close();
  const top = [...t.reasons].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(
    `${bundle}: ${t.models} model files, rendered ${t.rendered} (${pct(t.rendered, t.models)}), ` +
      `rendered+parsed ${t.parsed} (${pct(t.parsed, t.models)}), complete column list ${t.complete} ` +
      `(${pct(t.complete, t.models)}), ${(t.ms / Math.max(1, t.models)).toFixed(1)} ms a model\n` +
      top.map(([r, n]) => `  ${n} × ${r}`).join('\n'),
  );
  return t;
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

describe.skipIf(!present)('render + parse success on real projects (corpus bundles)', () => {
  for (const bundle of CORPUS) {
    it(`${bundle}: at least 90% of model files render and parse`, async () => {
      const t = await measure(bundle);
      expect(t.models).toBeGreaterThan(10);
      expect(t.parsed / t.models).toBeGreaterThanOrEqual(0.9);
    }, 240_000);
  }
});

/** Render and analyse one model file of a loaded tree. */
async function analyseFile(
  projects: CorpusProject[],
  path: string,
  runner: PolyglotRunner,
  dialectOf: (p: CorpusProject) => Dialect,
): Promise<{ sql: string; analysis: Analysis } | undefined> {
  for (const p of projects) {
    const m = p.models.find((x) => x.path === path);
    if (!m) continue;
    const macros = buildMacroLibrary(p.macros);
    const dialect = dialectOf(p);
    const name = path.replace(/^.*\//, '').replace(/\.sql$/, '');
    const r = renderModel(m.text, {
      dialect,
      model: name,
      projectName: p.name,
      vars: p.vars,
      macros,
    });
    return {
      sql: m.text,
      analysis: 'unknown' in r ? r : await analyzeModel(r, dialect, undefined, runner),
    };
  }
  return undefined;
}

describe.skipIf(!present)('classification of the real PR pairs (reported)', () => {
  for (const bundle of CORPUS) {
    it(`${bundle}: every modified model file gets a category and a reason`, async () => {
      const dir = join(tmp, bundle);
      extractBundle(join(BUNDLES, `${bundle}.bundle`), dir);
      const runner = makeRunner();
      const lines: string[] = [];
      const counts = new Map<string, number>();
      for (const { pair, modified } of pairs(dir)) {
        const base = loadProjects(
          extractBundle(join(BUNDLES, `${bundle}.bundle`), dir, `${pair}~1`),
        );
        const head = loadProjects(extractBundle(join(BUNDLES, `${bundle}.bundle`), dir, pair));
        // One dialect per project for both sides (detected on the head), as the product must do.
        const dialects = new Map(
          head.map((p) => [
            p.root,
            detectDialect({
              macroNames: buildMacroLibrary(p.macros).macros.keys(),
              sql: p.models.map((x) => x.text),
            }).dialect,
          ]),
        );
        const dialectOf = (p: CorpusProject): Dialect => dialects.get(p.root) ?? 'snowflake';
        for (const path of modified.filter((f) => f.endsWith('.sql'))) {
          const b = await analyseFile(base, path, runner, dialectOf);
          const h = await analyseFile(head, path, runner, dialectOf);
          if (!b || !h) continue; // not a model file (a macro, a test)
          const c = classifyChange(b.analysis, h.analysis, b.sql, h.sql);
          expect(c.reasons.length).toBeGreaterThan(0);
          counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
          lines.push(`  ${pair} ${path.replace(/^.*\//, '')}: ${c.category} — ${c.reasons[0]}`);
        }
      }
      await runner.close();
      console.log(
        `${bundle} PR pairs: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}\n${lines.join('\n')}`,
      );
      expect(lines.length).toBeGreaterThan(0);
    }, 240_000);
  }
});

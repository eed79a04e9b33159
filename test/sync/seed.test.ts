import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInventory } from '../../src/inventory/parse.js';
import {
  applySync,
  driftFindings,
  isEmptyPlan,
  lineageCoverage,
  planSync,
  unifiedPatch,
  type CodeModel,
} from '../../src/sync/index.js';
import { gitApply } from './helpers.js';

const SEED = resolve('..', 'shared', 'seeds', 'dbt_model_inventory.json');
const PATH = 'seeds/dbt_model_inventory.json';

interface SeedModel {
  name: string;
  path: string;
  upstream_dependencies?: string[];
  downstream_consumers?: string[];
  [k: string]: unknown;
}

describe.skipIf(!existsSync(SEED))('sync on the seed inventory', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '{"models":[]}';
  const models: SeedModel[] = JSON.parse(text).models;
  const names = new Set(models.map((m) => m.name));
  const withLists = models.filter((m) => m.upstream_dependencies);

  /** A code view: the inventory's own union graph, then changed on purpose. */
  const upstream = new Map<string, Set<string>>(models.map((m) => [m.name, new Set()]));
  for (const m of models) {
    for (const u of m.upstream_dependencies ?? []) upstream.get(m.name)!.add(u);
    for (const d of m.downstream_consumers ?? []) upstream.get(d)?.add(m.name);
  }
  const gone = models.find((m) => !m.upstream_dependencies && !m.downstream_consumers)!;
  const moved = models.find((m) => m !== gone && !m.upstream_dependencies)!;
  const listed = withLists[0]!; // gains an input and loses one
  const lost = [...upstream.get(listed.name)!][0]!;
  upstream.get(listed.name)!.delete(lost);
  upstream.get(listed.name)!.add('raw_new.table');
  const code: CodeModel[] = models
    .filter((m) => m !== gone)
    .map((m) => ({
      name: m.name,
      path: m === moved ? m.path.replace(/([^/]+)$/, 'moved/$1') : m.path,
      upstream: [...upstream.get(m.name)!],
    }));
  code.push({
    name: 'zz_new_model',
    path: 'models/marts/zz_new_model.sql',
    upstream: [listed.name],
    description: 'New.',
  });
  const view = { models: code };
  const plan = planSync(text, view, { layers: [{ glob: 'models/marts/**', layer: 'reporting' }] });
  const out = applySync(text, plan);

  it('plans exactly the changes made to the code', () => {
    expect(plan.remove).toEqual([{ model: gone.name, path: gone.path }]);
    expect(plan.movePaths.map((m) => m.model)).toEqual([moved.name]);
    expect(plan.add.map((a) => [a.name, a.layer])).toEqual([['zz_new_model', 'reporting']]);
    const touched = plan.setLists.map((s) => `${s.model} ${s.field}`);
    expect(touched).toContain(`${listed.name} upstream_dependencies`);
    expect(names.has('zz_new_model')).toBe(false);
  });

  it('sync --write then check: no change, no drift', () => {
    expect(isEmptyPlan(planSync(out, view))).toBe(true);
    expect(applySync(out, planSync(out, view))).toBe(out);
    expect(driftFindings(parseInventory(out, PATH), view)).toEqual([]);
    expect(parseInventory(out, PATH).problems).toEqual([]);
  });

  it('keeps curated fields, entry order and layout; the patch applies with git apply', () => {
    const after: SeedModel[] = JSON.parse(out).models;
    const strip = ({ upstream_dependencies: _u, downstream_consumers: _d, ...rest }: SeedModel) =>
      rest;
    const expected = models
      .filter((m) => m !== gone)
      .map((m) =>
        m === moved ? { ...strip(m), path: code.find((c) => c.name === m.name)!.path } : strip(m),
      );
    expect(after.slice(0, -1).map(strip)).toEqual(expected);
    const patch = unifiedPatch(PATH, text, out);
    expect(gitApply(PATH, text, patch)).toBe(out);
    // Small: the removed entry, the moved path, the changed lists, the added entry.
    const minus = patch.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'));
    expect(minus.length).toBeLessThan(40);
  });

  it('drift and coverage on the seed against its perturbed code', () => {
    const inventory = parseInventory(text, PATH);
    const findings = driftFindings(inventory, view);
    expect(findings.every((f) => f.line !== null && f.file === PATH)).toBe(true);
    expect(findings.map((f) => f.model)).toEqual(
      expect.arrayContaining([gone.name, moved.name, 'zz_new_model', listed.name]),
    );
    const coverage = lineageCoverage(inventory, view);
    expect(coverage.total).toBeGreaterThan(coverage.recorded);
    expect(coverage.share).toBeGreaterThan(0.9);
  });
});

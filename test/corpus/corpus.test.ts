import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInventory } from '../../src/inventory/parse.js';
import type { DiffReport } from '../../src/report/types.js';
import { cli, cliProcess } from '../cli/run-cli.js';
import { distances, referenceHeadGraph } from '../reference.js';

/** Inventories of real public dbt projects, present in CI beside the repository. */
const CORPUS = resolve('..', 'shared', 'corpus');
const present = existsSync(join(CORPUS, 'index.json'));

interface Pair {
  repo: string;
  pr: number | string;
  baseFile: string;
  headFile: string;
  changedFiles: string;
}

const index = present
  ? (JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')) as {
      repos: { key: string; file: string; models: number }[];
      pairs: Pair[];
    })
  : { repos: [], pairs: [] };

describe.skipIf(!present)('real merged PRs from the corpus', () => {
  for (const pair of index.pairs) {
    it(`${pair.repo}#${pair.pr}`, async () => {
      const args = [
        'diff',
        '--base-file',
        join(CORPUS, pair.baseFile),
        '--head-file',
        join(CORPUS, pair.headFile),
        '--changed-files',
        join(CORPUS, pair.changedFiles),
        '--format',
        'json',
      ];
      const result = await cli(args);
      expect(result.stderr).toBe('');
      expect([0, 1]).toContain(result.code);
      const report = JSON.parse(result.stdout) as DiffReport;
      expect(report.schemaVersion).toBe(1);

      // Every changed model file shows up as a change.
      const changedPaths = new Set(
        readFileSync(join(CORPUS, pair.changedFiles), 'utf8').split('\n').filter(Boolean),
      );
      const head = JSON.parse(readFileSync(join(CORPUS, pair.headFile), 'utf8')).models;
      const base = JSON.parse(readFileSync(join(CORPUS, pair.baseFile), 'utf8')).models;
      const changedNames = new Set(report.changes.map((c) => c.model));
      for (const model of [...head, ...base]) {
        if (changedPaths.has(model.path)) expect(changedNames, model.name).toContain(model.name);
      }

      // The radius agrees with a plain reachability computation.
      const { graph } = referenceHeadGraph(base, head);
      const anchors = report.changes.filter((c) => !c.metadataOnly).map((c) => c.model);
      const expected = [...distances(graph, anchors)].filter(([name]) => !changedNames.has(name));
      expect(new Map(report.impact.models.map((i) => [i.model, i.depth]))).toEqual(
        new Map(expected),
      );
      expect(report.summary.impacted).toBe(report.impact.models.length);

      // Deterministic, byte for byte.
      expect((await cli(args)).stdout).toBe(result.stdout);
    });
  }

  for (const repo of index.repos) {
    it(`audits ${repo.key} (${repo.models} models)`, async () => {
      const result = await cli(['audit', '--file', join(CORPUS, repo.file), '--format', 'json']);
      expect(result.stderr).toBe('');
      const report = JSON.parse(result.stdout);
      expect(report.inventory.head.models).toBe(repo.models);
      expect(report.audit.hubs.length).toBeGreaterThan(0);
    });
  }

  it('parses every base against its head exactly as on its own', () => {
    for (const pair of index.pairs) {
      const head = parseInventory(readFileSync(join(CORPUS, pair.headFile), 'utf8'), 'head');
      const baseText = readFileSync(join(CORPUS, pair.baseFile), 'utf8');
      const alone = parseInventory(baseText, 'base');
      const against = parseInventory(baseText, 'base', head);
      const label = `${pair.repo}#${pair.pr}`;
      expect(against.models, label).toEqual(alone.models);
      expect(against.problems, label).toEqual(alone.problems);
      expect([...against.indexByName], label).toEqual([...alone.indexByName]);
      expect(against.sourceIndex, label).toEqual(alone.sourceIndex);
      // Most entries are shared, not parsed again: the point of parsing against the head.
      const shared = against.models.filter((model) => head.indexByName.has(model.name)).length;
      const reused = against.models.filter(
        (model) => model === head.models[head.indexByName.get(model.name) ?? -1],
      ).length;
      expect(reused, label).toBeGreaterThan(shared / 2);
    }
  });

  it('runs a large pair through the bundled CLI process', () => {
    const pair = index.pairs.find((p) => p.repo === 'spellbook')!;
    const result = cliProcess([
      'diff',
      '--base-file',
      join(CORPUS, pair.baseFile),
      '--head-file',
      join(CORPUS, pair.headFile),
      '--changed-files',
      join(CORPUS, pair.changedFiles),
    ]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^dbt blast radius — /);
  });
});

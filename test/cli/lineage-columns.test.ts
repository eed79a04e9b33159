/**
 * `blast-radius lineage --columns` on the command line (git mode): JSON and text over the fixture
 * project of test/columns/lineage-fixture.ts committed to a throwaway repository, and the
 * invocations it refuses with one line.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '../columns/lineage-fixture.js';
import { cli, TestRepo } from './run-cli.js';

let repo: TestRepo;
beforeAll(() => {
  repo = new TestRepo();
  repo.write(FIXTURE);
  repo.commit('shop');
});
afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

describe('lineage --columns', () => {
  it('--format json: the documented shape, every model, sorted', async () => {
    const result = await cli(['lineage', '--columns', '--repo', repo.dir, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as {
      schemaVersion: number;
      mode: string;
      ref: string;
      summary: { models: number; complete: number; unknown: number };
      models: { name: string; status: string; columns: { name: string; upstream: unknown[] }[] }[];
    };
    expect(doc).toMatchObject({ schemaVersion: 1, mode: 'lineage-columns', ref: 'HEAD' });
    expect(doc.summary).toMatchObject({ models: 9, complete: 7, unknown: 2 });
    expect(doc.models.map((m) => m.name)).toEqual([...doc.models.map((m) => m.name)].sort());
    const wide = doc.models.find((m) => m.name === 'customers_wide');
    expect(wide?.columns.find((c) => c.name === 'total_amount')?.upstream).toEqual([
      { node: 'customer_totals', column: 'total_amount' },
    ]);
  }, 120_000);

  it('--format text (the default): summary line, columns with their upstream', async () => {
    const result = await cli(['lineage', '--columns', '--repo', repo.dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('column lineage at HEAD');
    expect(result.stdout).toContain('9 models: 8 analysed, 7 complete, 0 partial, 2 unknown');
    expect(result.stdout).toContain(
      '  person_id ← stg_customers.customer_id, stg_payments.customer_id',
    );
  }, 120_000);

  it('refuses mermaid, a budget without --columns, and --lineage inventory, in one line', async () => {
    const mermaid = await cli(['lineage', '--columns', '--repo', repo.dir, '--format', 'mermaid']);
    expect(mermaid.code).toBe(2);
    expect(mermaid.stderr).toMatch(/^blast-radius: lineage --columns prints json or text[^\n]*\n$/);
    const budget = await cli(['lineage', '--repo', repo.dir, '--columns-budget', '10']);
    expect(budget.code).toBe(2);
    expect(budget.stderr).toContain('--columns-budget goes with --columns');
    const bad = await cli(['lineage', '--columns', '--repo', repo.dir, '--columns-budget', 'x']);
    expect(bad.code).toBe(2);
    const inventory = await cli([
      'lineage',
      '--columns',
      '--lineage',
      'inventory',
      '--repo',
      repo.dir,
    ]);
    expect(inventory.code).toBe(2);
    expect(inventory.stderr).toContain("reads the dbt project's code");
  });

  it('a repository without a dbt project: exit 2, one line', async () => {
    const empty = new TestRepo();
    empty.write({ 'README.md': 'nothing\n' });
    empty.commit('empty');
    try {
      const result = await cli(['lineage', '--columns', '--repo', empty.dir]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^blast-radius: no dbt_project\.yml at HEAD[^\n]*\n$/);
    } finally {
      rmSync(empty.dir, { recursive: true, force: true });
    }
  });
});

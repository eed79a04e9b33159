/**
 * `columnLineage` over a real project: jaffle-shop's head from the corpus bundle (skipped without
 * ../shared). Coverage, and a few columns checked by hand against the models' SQL.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTree } from '../../src/git/tree-files.js';
import { scanRepository } from '../../src/project/index.js';
import { columnLineage, inProcessRunner, type ColumnLineage } from '../../src/columns/index.js';

const BUNDLE = resolve('..', 'shared', 'corpus', 'projects', 'jaffle-shop.bundle');
const present = existsSync(BUNDLE);
const tmp = present ? mkdtempSync(join(tmpdir(), 'lineage-columns-corpus-')) : '';
const runner = inProcessRunner();
let lineage: ColumnLineage;

beforeAll(async () => {
  if (!present) return;
  const git = join(tmp, 'jaffle-shop.git');
  execFileSync('git', ['clone', '--mirror', '--quiet', BUNDLE, git]);
  const tree = await readTree(git, 'main');
  lineage = await columnLineage(
    { ref: 'main', scan: scanRepository(tree.files, { blobIds: tree.blobIds }), files: tree.files },
    { runner },
  );
}, 120_000);
afterAll(async () => {
  await runner.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const columns = (name: string) =>
  Object.fromEntries(
    (lineage.models.find((m) => m.name === name)?.columns ?? []).map((c) => [
      c.name,
      c.upstream.map((u) => `${u.node}.${u.column}`),
    ]),
  );

describe.skipIf(!present)('jaffle-shop head', () => {
  it('every model is analysed; nearly all completely', () => {
    expect(lineage.summary.models).toBe(13);
    expect(lineage.summary.unknown).toBe(0);
    // the one partial model is the date spine, built by a package macro the repository lacks
    expect(lineage.summary.complete).toBeGreaterThanOrEqual(12);
  });

  it('staging: a select-* CTE over a source, renamed columns, a column after a comment', () => {
    expect(columns('stg_customers')).toEqual({
      customer_id: ['ecom.raw_customers.id'],
      customer_name: ['ecom.raw_customers.name'],
    });
    expect(columns('stg_locations')['tax_rate']).toEqual(['ecom.raw_stores.tax_rate']);
  });

  it('marts: through CTEs, aggregates, select * over a CTE of an upstream model, a join', () => {
    const customers = columns('customers');
    expect(customers['customer_name']).toEqual(['stg_customers.customer_name']);
    expect(customers['lifetime_spend']).toEqual(['orders.order_total']);
    // case when count(distinct order_id) > 1 then 'returning' else 'new' end
    expect(customers['customer_type']).toEqual(['orders.order_id']);
    const model = lineage.models.find((m) => m.name === 'customers');
    expect(model?.rowAffecting.map((r) => `${r.context}:${r.node}.${r.column}`)).toEqual([
      'group:orders.customer_id',
      'join:orders.customer_id',
      'join:stg_customers.customer_id',
    ]);
  });
});

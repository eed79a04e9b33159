// `diff --base-manifest/--head-manifest`: dbt's own lineage joins the inventory's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'blast-radius-manifest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

const inventory = write('inventory.json', {
  models: [
    { name: 'orders', path: 'models/orders.sql', layer: 'staging' },
    { name: 'revenue', path: 'models/revenue.sql', layer: 'attribution' },
  ],
});
const manifest = write('manifest.json', {
  metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v11.json' },
  nodes: {
    'model.shop.orders': { resource_type: 'model', name: 'orders', package_name: 'shop' },
    'model.shop.revenue': { resource_type: 'model', name: 'revenue', package_name: 'shop' },
  },
  parent_map: { 'model.shop.revenue': ['model.shop.orders'] },
});
const changed = write('changed.txt', 'M\tmodels/orders.sql\n');

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    [
      'diff',
      '--base-file',
      inventory,
      '--head-file',
      inventory,
      '--changed-files',
      changed,
      ...args,
    ],
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir },
  );
  return { code, stdout, stderr };
}

describe('diff with a manifest', () => {
  it('follows the edges dbt recorded and says the manifest proves them', async () => {
    const { stdout } = await run('--head-manifest', manifest, '--format', 'json');
    const report = JSON.parse(stdout);
    expect(report.impact.models).toMatchObject([
      { model: 'revenue', provenance: [['manifest']], notInInventory: true },
    ]);
    const without = JSON.parse((await run('--format', 'json')).stdout);
    expect(without.impact.models).toEqual([]);
  });

  it('says in one line what is wrong with a file that is not a manifest', async () => {
    const bad = write('bad.json', { metadata: {} });
    const { code, stderr } = await run('--head-manifest', bad);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('dbt_schema_version is missing');
  });
});

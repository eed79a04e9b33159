// dbt's manifest.json as a lineage source, against the scanner on the corpus's ground truth.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ManifestError,
  manifestDisagreement,
  manifestLineage,
} from '../../src/lineage/manifest.js';
import { diffRuleFindings } from '../../src/rules/registry.js';

const manifest = (extra: object) =>
  JSON.stringify({
    metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json' },
    nodes: {
      'model.shop.orders': { resource_type: 'model', name: 'orders', package_name: 'shop' },
      'model.shop.revenue': { resource_type: 'model', name: 'revenue', package_name: 'shop' },
      'seed.shop.fx': { resource_type: 'seed', name: 'fx', package_name: 'shop' },
      'test.shop.not_null_orders_id': { resource_type: 'test', name: 'nn', package_name: 'shop' },
    },
    sources: {
      'source.shop.raw.orders': {
        resource_type: 'source',
        name: 'orders',
        source_name: 'raw',
        package_name: 'shop',
      },
    },
    parent_map: {
      'model.shop.orders': ['source.shop.raw.orders'],
      'model.shop.revenue': ['model.shop.orders', 'seed.shop.fx'],
      'test.shop.not_null_orders_id': ['model.shop.orders'],
    },
    ...extra,
  });

describe('manifest.json lineage', () => {
  it('reads parent_map into edges by printed name, tests left out', () => {
    const lineage = manifestLineage(manifest({}), 'manifest.json');
    expect(lineage.edges).toEqual([
      { from: 'fx', to: 'revenue' },
      { from: 'orders', to: 'revenue' },
      { from: 'raw.orders', to: 'orders' },
    ]);
    expect(lineage.schema).toBe(12);
  });

  it('says what is wrong with a file that is not a supported manifest, in one line', () => {
    expect(() => manifestLineage('{', 'm.json')).toThrow(ManifestError);
    expect(() => manifestLineage('{}', 'm.json')).toThrow(/dbt_schema_version is missing/);
    const v5 = manifest({
      metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v5.json' },
    });
    expect(() => manifestLineage(v5, 'm.json')).toThrow(/v5 is not supported/);
  });
});

describe('the code against a manifest of the same commit', () => {
  const lineage = manifestLineage(manifest({}), 'manifest.json');

  it('names the edges only one of them has, among the nodes both define', () => {
    const disagreement = manifestDisagreement(lineage, {
      // `pkg_model` is not in the manifest: its edge is no disagreement.
      nodes: ['orders', 'revenue', 'fx', 'raw.orders', 'pkg_model'],
      edges: [
        { from: 'raw.orders', to: 'orders' },
        { from: 'orders', to: 'revenue' },
        { from: 'fx', to: 'orders' },
        { from: 'pkg_model', to: 'orders' },
      ],
    });
    expect(disagreement).toEqual({
      onlyManifest: [{ from: 'fx', to: 'revenue' }],
      onlyCode: [{ from: 'fx', to: 'orders' }],
    });
    expect(manifestDisagreement(lineage, { nodes: lineage.nodes, edges: lineage.edges })).toEqual({
      onlyManifest: [],
      onlyCode: [],
    });
  });

  it('is one notice, quoting the names as code (never raw markdown)', async () => {
    const { defaultConfig } = await import('../../src/config/schema.js');
    const hostile = 'x`<b>@team';
    const findings = diffRuleFindings({
      config: defaultConfig(),
      base: null,
      head: null,
      judged: null,
      manifest: {
        onlyManifest: Array.from({ length: 7 }, (_, i) => ({ from: `m${i}`, to: 'revenue' })),
        onlyCode: [{ from: hostile, to: 'orders' }],
      },
    }).filter((f) => f.rule === 'lineage/manifest-disagrees');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('notice');
    expect(findings[0]!.message).toContain('7 edges only in the manifest');
    expect(findings[0]!.message).toContain('and 2 more');
    expect(findings[0]!.parts).toContainEqual({ code: hostile });
  });
});

const CORPUS = resolve('..', 'shared', 'corpus');
const manifests = join(CORPUS, 'across-analytics', 'manifests');
describe.skipIf(!existsSync(manifests))('the corpus manifests against the scanner', () => {
  it('the scanner finds every model, source and seed edge dbt recorded, at every manifest commit', async () => {
    const { dbtFileFilter, readTree } = await import('../../src/git/tree-files.js');
    const { scanRepository } = await import('../../src/project/index.js');
    const { codeLineage } = await import('../../src/lineage/code-lineage.js');
    const dir = mkdtempSync(join(tmpdir(), 'blast-radius-manifest-'));
    try {
      execFileSync('git', [
        'clone',
        '-q',
        '--mirror',
        join(CORPUS, 'projects', 'across-analytics.bundle'),
        dir,
      ]);
      const commits = execFileSync('git', ['-C', dir, 'rev-list', '--all'], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean);
      let checked = 0;
      for (const sha of commits) {
        const { files } = await readTree(
          dir,
          sha,
          (p) => dbtFileFilter(p) || p.endsWith('manifest.json'),
        );
        const file = [...files.keys()].find((p) => p.endsWith('target/manifest.json'));
        if (!file) continue;
        checked++;
        const fromManifest = manifestLineage(files.get(file)!, file);
        const scan = scanRepository(files);
        const code = codeLineage({ base: null, head: scan, changes: [] });
        const key = (e: { from: string; to: string }) => `${e.from} → ${e.to}`;
        const codeEdges = new Set(code.headEdges.map(key));
        expect(fromManifest.edges.length, file).toBeGreaterThan(40);
        expect(
          fromManifest.edges.map(key).filter((e) => !codeEdges.has(e)),
          sha,
        ).toEqual([]);
      }
      expect(checked).toBeGreaterThanOrEqual(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the manifest in the diff', () => {
  it("unites dbt's edges with the inventory's and says what proves each step", async () => {
    const { buildDiffReport } = await import('../../src/report/diff-report.js');
    const { parseInventory } = await import('../../src/inventory/parse.js');
    const { configWith } = await import('../../src/config/load.js');
    const inventory = parseInventory(
      JSON.stringify({
        models: [
          { name: 'orders', path: 'models/orders.sql', layer: 'staging' },
          { name: 'revenue', path: 'models/revenue.sql', layer: 'attribution' },
        ],
      }),
      'inventory.json',
    );
    const lineage = manifestLineage(manifest({}), 'manifest.json');
    const report = buildDiffReport(
      {
        inventoryPath: 'inventory.json',
        base: { ref: 'a', inventory },
        head: { ref: 'b', inventory },
        changedFiles: [{ status: 'M', path: 'models/orders.sql' }],
        toolVersion: '0',
        manifest: { base: lineage, head: lineage },
      },
      configWith({}),
    );
    expect(report.impact.models.map((m) => [m.model, m.provenance, m.notInInventory])).toEqual([
      ['revenue', [['manifest']], true],
    ]);
  });
});

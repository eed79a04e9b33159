// Two scans sharing a cache (what a diff does): parses, evaluations and fingerprints are reused
// across the commits only while what they depend on is unchanged. Every edit below must give
// exactly what two independent scans give.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createScanCache, diffScans, scanRepository } from '../../src/project/index.js';
import type { ProjectScan } from '../../src/project/index.js';
import { loadTree } from './load.js';

const MONO = fileURLToPath(new URL('../fixtures/projects/mono', import.meta.url));

const blobIds = (files: ReadonlyMap<string, string>) =>
  new Map([...files].map(([p, t]) => [p, createHash('sha1').update(t).digest('hex')]));

const edgeList = (scan: ProjectScan) =>
  scan.edges.map((e) => `${e.from} -> ${e.to} [${e.provenance.join(',')}] ${e.file}:${e.line}`);

/** The diff and the head's lineage, from two independent scans and from two cached ones. */
function both(base: Map<string, string>, head: Map<string, string>) {
  const plain = diffScans(scanRepository(base), scanRepository(head));
  const plainHead = scanRepository(head);
  const cache = createScanCache();
  const b = scanRepository(base, { cache, blobIds: blobIds(base) });
  const h = scanRepository(head, { cache, blobIds: blobIds(head) });
  return { plain, cached: diffScans(b, h), plainHead, cachedHead: h, cache };
}

const summary = (changes: ReturnType<typeof diffScans>) =>
  changes.map((c) =>
    [c.node, c.kind, c.reasons.join(','), c.anchors ? 'anchors' : '', ...(c.macros ?? [])]
      .concat(c.vars ?? [])
      .filter(Boolean)
      .join(' '),
  );

describe('a diff over a shared scan cache', () => {
  const files = loadTree(MONO);
  const edit = (changes: Record<string, string | null>) => {
    const next = new Map(files);
    for (const [p, t] of Object.entries(changes)) {
      if (t === null) next.delete(p);
      else next.set(p, t);
    }
    return next;
  };
  const replace = (path: string, from: string, to: string) => {
    const text = files.get(path)!;
    expect(text).toContain(from);
    return edit({ [path]: text.replace(from, to) });
  };

  it('reuses the base evaluations, and an unchanged head gives no change', () => {
    const r = both(files, new Map(files));
    expect(r.cached).toEqual([]);
    expect(r.cache.evals?.size).toBeGreaterThan(0);
    expect(edgeList(r.cachedHead)).toEqual(edgeList(r.plainHead));
  });

  const edits: [string, () => Map<string, string>][] = [
    ['a macro body', () => replace('macros/helpers.sql', '/ 100', '/ 100.0')],
    // the macro builds refs: the models calling it must be evaluated again
    [
      'a macro that builds refs',
      () => replace('macros/helpers.sql', "prefix='stg_'", "prefix='stg_x_'"),
    ],
    ['a var deciding a branch', () => replace('dbt_project.yml', 'region: eu', 'region: us')],
    ['a var read by a model', () => replace('dbt_project.yml', 'threshold: 3', 'threshold: 4')],
    ['a folder config', () => replace('dbt_project.yml', '+schema: marts', '+schema: mart')],
    ['a model file', () => replace('models/marts/by_region.sql', "'orders'", "'customers'")],
    [
      'a YAML description',
      () => replace('models/marts/marts.yml', 'One row per order.', 'Orders.'),
    ],
    ['a seed', () => edit({ 'seeds/raw_customers.csv': 'id,name\n1,ann\n' })],
    ['a removed macro', () => replace('macros/helpers.sql', 'unused_helper', 'other_helper')],
  ];
  for (const [what, next] of edits) {
    it(`an edit of ${what}: the same changes and head lineage as independent scans`, () => {
      const r = both(files, next());
      expect(summary(r.cached)).toEqual(summary(r.plain));
      expect(r.cached).toEqual(r.plain);
      expect(edgeList(r.cachedHead)).toEqual(edgeList(r.plainHead));
      expect(r.cachedHead.problems).toEqual(r.plainHead.problems);
    });
  }

  it('a head-only var change reaches its readers and re-decides the refs it guards', () => {
    const r = both(files, replace('dbt_project.yml', 'region: eu', 'region: us'));
    expect(summary(r.cached)).toEqual(['model:shop:by_region modified var anchors region']);
    const byRegion = edgeList(r.cachedHead).filter((e) => e.includes('model:shop:by_region '));
    expect(byRegion.some((e) => e.startsWith('model:shop:order_union ->'))).toBe(true);
    expect(byRegion.some((e) => e.startsWith('model:shop:orders ->'))).toBe(false);
  });

  it("a macro change still flags its callers, and a changed macro's refs reach them", () => {
    const r = both(files, replace('macros/helpers.sql', "prefix='stg_'", "prefix='stg_x_'"));
    expect(summary(r.cached)).toContain(
      'model:shop:order_union modified macro anchors union_stages',
    );
    const union = edgeList(r.cachedHead).filter((e) => e.includes('-> model:shop:order_union '));
    expect(union.every((e) => e.startsWith('model:?:stg_x_'))).toBe(true);
  });

  it('a docs block change is a docs change of the models whose description uses it', () => {
    const withDocs = (text: string) =>
      edit({
        'models/docs.md': `{% docs orders_doc %}${text}{% enddocs %}\n`,
        'models/marts/marts.yml': files
          .get('models/marts/marts.yml')!
          .replace('One row per order.', '"{{ doc(\'orders_doc\') }}"'),
      });
    const r = both(withDocs('One row per order.'), withDocs('One order a row.'));
    expect(summary(r.cached)).toEqual(['model:shop:orders modified docs']);
    expect(r.cached).toEqual(r.plain);
  });

  it('a config set by a macro in the file follows the macro', () => {
    const base = edit({
      'macros/cfg.sql': "{% macro mat() %}{{ return('table') }}{% endmacro %}",
      'models/marts/cfg_model.sql': "{{ config(materialized=mat(), tags=['a']) }}select 1",
    });
    const head = new Map(base);
    head.set('macros/cfg.sql', "{% macro mat() %}{{ return('view') }}{% endmacro %}");
    const r = both(base, head);
    expect(summary(r.cached)).toContain('model:shop:cfg_model modified macro,config anchors mat');
    expect(r.cached).toEqual(r.plain);
  });
});

describe('a scan that will not be diffed', () => {
  it('carries no fingerprints and the same lineage', () => {
    const files = loadTree(MONO);
    const full = scanRepository(files);
    const bare = scanRepository(files, { fingerprints: false });
    expect(bare.nodes.every((n) => Object.keys(n.fingerprints).length === 0)).toBe(true);
    const strip = (scan: ProjectScan) => scan.nodes.map((n) => ({ ...n, fingerprints: {} }));
    expect(strip(bare)).toEqual(strip(full));
    expect(bare.edges).toEqual(full.edges);
    expect(bare.problems).toEqual(full.problems);
  });
});

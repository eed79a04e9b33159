import { describe, expect, it } from 'vitest';
import { diff, m, pathOf, seedModels } from '../helpers.js';

const ATTRIBUTION = new Set(['identity', 'signal', 'attribution', 'channel']);

describe('blast radius on the seed inventory', () => {
  const models = seedModels();

  it('follows an identity-resolution SQL change to 72 models, 16 in attribution layers', () => {
    const report = diff({
      base: models,
      head: models,
      changed: [pathOf(models, 'int_identity__resolution')],
    });
    expect(report.changes).toEqual([
      {
        model: 'int_identity__resolution',
        kind: 'modified',
        layer: 'identity',
        reasons: ['sql'],
        metadataOnly: false,
        fields: {},
      },
    ]);
    expect(report.impact.models).toHaveLength(72);
    expect(report.impact.models.filter((i) => ATTRIBUTION.has(i.layer ?? '')).length).toBe(16);
    expect(report.summary).toMatchObject({
      changed: 1,
      impacted: 72,
      attributionImpacted: 16,
      verdict: 'pass',
    });
    expect(report.impact.byLayer).toEqual({
      aggregation: 2,
      attribution: 6,
      identity: 4,
      other: 12,
      reporting: 42,
      signal: 6,
    });
    expect(report.impact.perChange).toEqual([
      {
        model: 'int_identity__resolution',
        direct: 4,
        total: 72,
        changedReached: 0,
        gained: [],
        lost: [],
      },
    ]);
    const resolved = report.impact.models.find((i) => i.model === 'int_user__attribution_resolved');
    expect(resolved).toEqual({
      model: 'int_user__attribution_resolved',
      layer: 'attribution',
      depth: 2,
      path: [
        'int_identity__resolution',
        'int_user_id__attribution_history',
        'int_user__attribution_resolved',
      ],
      external: false,
    });
    expect(report.findings.map((f) => f.rule)).toEqual([
      'attribution/changed',
      'attribution/impacted',
    ]);
    expect(report.findings[1]?.related).toHaveLength(16);
  });

  it('anchors nothing for a metadata-only change, but still rules on it', () => {
    const head = models.map((model) =>
      model.name === 'canonical_users'
        ? { ...model, description: 'rewritten', attribution_concepts: ['identity resolution'] }
        : model,
    );
    const report = diff({ base: models, head });
    expect(report.changes[0]).toMatchObject({ model: 'canonical_users', metadataOnly: true });
    expect(report.impact.models).toEqual([]);
    expect(report.impact.perChange).toEqual([]);
    expect(report.findings.map((f) => f.rule).sort()).toEqual([
      'attribution/changed',
      'attribution/concept-removed',
    ]);
  });

  it('keeps a removed model feeding the consumers that outlive it', () => {
    // The consumer dropped its reference, so only the base edge explains the impact.
    const head = models
      .filter((model) => model.name !== 'int_user_id__attribution_history')
      .map((model) =>
        model.name === 'int_user__attribution_resolved'
          ? { ...model, upstream_dependencies: [] }
          : model,
      )
      .map((model) =>
        model.name === 'int_identity__resolution'
          ? {
              ...model,
              downstream_consumers: model.downstream_consumers!.filter(
                (n) => n !== 'int_user_id__attribution_history',
              ),
            }
          : model,
      );
    const report = diff({ base: models, head });
    const removed = report.changes.find((c) => c.kind === 'removed');
    expect(removed?.model).toBe('int_user_id__attribution_history');
    const reached = report.impact.models.find((i) => i.model === 'conversion_events__meta');
    // The consumer's list change moved no edge (the removed model's base edge stays): it anchors
    // nothing, and the path runs from the removal through it.
    expect(reached?.path).toEqual([
      'int_user_id__attribution_history',
      'int_user__attribution_resolved',
      'conversion_events__meta',
    ]);
    const perRemoved = report.impact.perChange.find(
      (p) => p.model === 'int_user_id__attribution_history',
    );
    expect(perRemoved).toMatchObject({ direct: 1, lost: [] });
    expect(report.findings.filter((f) => f.rule === 'lineage/broken-reference')).toEqual([]);
  });

  it('flags head models that still reference a removed model', () => {
    const head = models.filter((model) => model.name !== 'canonical_users');
    const report = diff({ base: models, head });
    const broken = report.findings.filter((f) => f.rule === 'lineage/broken-reference');
    expect(broken.length).toBeGreaterThan(10);
    expect(broken.every((f) => f.severity === 'error' && f.line !== null)).toBe(true);
    expect(broken.map((f) => f.model)).toContain('paid_budget__user_conversions');
    expect(report.summary.verdict).toBe('fail');
    // Its consumers are impacted through the remaining references.
    expect(report.impact.models.some((i) => i.model === 'users' && i.depth === 1)).toBe(true);
  });
});

describe('per-change reach', () => {
  const chain = [
    m('src', 'staging', { downstream_consumers: ['a'] }),
    m('a', 'signal', { downstream_consumers: ['b'] }),
    m('b', 'attribution', { downstream_consumers: ['c'] }),
    m('c', 'reporting'),
    m('d', 'reporting'),
  ];

  it('anchors a rewiring at the consumers gained and lost, not at the rewired model', () => {
    const head = chain.map((model) =>
      model.name === 'a' ? { ...model, downstream_consumers: ['d'] } : model,
    );
    const report = diff({ base: chain, head });
    expect(report.changes).toEqual([
      expect.objectContaining({
        model: 'a',
        metadataOnly: true,
        reasons: ['downstream_consumers'],
        outputs: { added: ['d'], removed: ['b'] },
      }),
      expect.objectContaining({
        model: 'b',
        kind: 'modified',
        reasons: ['inputs'],
        metadataOnly: false,
        inputs: { added: [], removed: ['a'] },
      }),
      expect.objectContaining({ model: 'd', inputs: { added: ['a'], removed: [] } }),
    ]);
    expect(report.impact.perChange).toEqual([
      { model: 'b', direct: 1, total: 1, changedReached: 0, gained: [], lost: [] },
      { model: 'd', direct: 0, total: 0, changedReached: 0, gained: [], lost: [] },
    ]);
    expect(report.impact.models.map((i) => i.model)).toEqual(['c']);
    expect(report.findings.filter((f) => f.model === 'a')).toEqual([]);
  });

  it('counts added models as gaining everything they reach, and their consumers as changed', () => {
    const head = [...chain, m('new', 'signal', { downstream_consumers: ['c'] })];
    const report = diff({ base: chain, head });
    expect(report.impact.perChange).toEqual([
      { model: 'c', direct: 0, total: 0, changedReached: 0, gained: [], lost: [] },
      { model: 'new', direct: 1, total: 1, changedReached: 1, gained: ['c'], lost: [] },
    ]);
    expect(report.changes.find((c) => c.model === 'c')).toMatchObject({
      inputs: { added: ['new'], removed: [] },
      reachedFrom: { model: 'new', depth: 1 },
    });
    expect(report.summary).toMatchObject({ anchoring: 2, reached: 1 });
  });

  it('falls back to marked estimates when the work budget is spent', () => {
    const report = diff({
      base: chain,
      head: chain,
      changed: chain.map((model) => model.path),
      config: { 'per-change-budget': 0 },
    });
    // Reaches below the sketch size are still exact.
    expect(report.impact.perChange.map((p) => [p.model, p.total, p.estimated])).toEqual([
      ['a', 2, undefined],
      ['b', 1, undefined],
      ['c', 0, undefined],
      ['d', 0, undefined],
      ['src', 3, undefined],
    ]);
  });

  it('marks estimates for large reaches instead of traversing each change', () => {
    const wide = [
      m('root', 'staging', {
        downstream_consumers: Array.from({ length: 200 }, (_, i) => `leaf${i}`),
      }),
    ];
    for (let i = 0; i < 200; i++) wide.push(m(`leaf${i}`, 'reporting'));
    const report = diff({
      base: wide,
      head: wide,
      changed: ['models/staging/root.sql'],
      config: { 'per-change-budget': 0 },
    });
    const [root] = report.impact.perChange;
    expect(root?.estimated).toBe(true);
    expect(root?.direct).toBe(200);
    expect(root!.total).toBeGreaterThanOrEqual(200);
    expect(root!.total).toBeLessThan(300);
    expect(report.impact.models).toHaveLength(200);
  });
});

describe('external nodes', () => {
  it('are kept in the radius, marked external, with no layer', () => {
    const models = [m('a', 'staging', { downstream_consumers: ['some_seed'] })];
    const report = diff({ base: models, head: models, changed: ['models/staging/a.sql'] });
    expect(report.impact.models).toEqual([
      { model: 'some_seed', layer: null, depth: 1, path: ['a', 'some_seed'], external: true },
    ]);
    expect(report.impact.byLayer).toEqual({ external: 1 });
  });
});

describe('ignore globs', () => {
  const base = [
    m('stg_orders', 'staging', { downstream_consumers: ['fct_orders'] }),
    m('scratch_orders', 'other'),
    m('fct_orders', 'reporting'),
  ];

  it('drop changes whose base or head path matches, and keep the rest', () => {
    const head = [
      base[0]!,
      { ...base[1]!, description: 'edited' },
      // Moved out of an ignored folder: the base path still matches.
      { ...base[2]!, path: 'models/marts/fct_orders.sql', description: 'edited' },
    ];
    const changed = ['models/staging/stg_orders.sql'];
    const all = diff({ base, head, changed });
    expect(all.changes.map((c) => c.model)).toEqual(['fct_orders', 'scratch_orders', 'stg_orders']);

    const report = diff({
      base,
      head,
      changed,
      config: { ignore: ['models/other/**', 'models/reporting/**'] },
    });
    expect(report.changes.map((c) => c.model)).toEqual(['stg_orders']);
    // Ignored changes anchor nothing, but the radius of the others still reaches them.
    expect(report.impact.models.map((i) => i.model)).toEqual(['fct_orders']);
  });
});

import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/render/markdown/comment.js';
import { diff, m } from '../helpers.js';

describe('a pure move (git R100) is "moved"', () => {
  const base = [
    m('a', 'identity', { downstream_consumers: ['b'], attribution_concepts: ['x'] }),
    m('b', 'reporting'),
  ];
  const moved = base.map((model) =>
    model.name === 'a' ? { ...model, path: 'models/elsewhere/a.sql' } : model,
  );

  it('is reported, anchors nothing and warns nothing', () => {
    const report = diff({
      base,
      head: moved,
      changed: [
        { status: 'R', similarity: 100, oldPath: base[0]!.path, path: 'models/elsewhere/a.sql' },
      ],
    });
    expect(report.changes).toEqual([
      expect.objectContaining({ model: 'a', kind: 'moved', reasons: ['path'], metadataOnly: true }),
    ]);
    expect(report.impact.models).toEqual([]);
    expect(report.impact.perChange).toEqual([]);
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });

  it('a rename that edits the file is a modification with a radius', () => {
    const report = diff({
      base,
      head: moved,
      changed: [
        { status: 'R', similarity: 90, oldPath: base[0]!.path, path: 'models/elsewhere/a.sql' },
      ],
    });
    expect(report.changes[0]).toMatchObject({ kind: 'modified', reasons: ['sql', 'path'] });
    expect(report.impact.models.map((i) => i.model)).toEqual(['b']);
  });

  it('a file renamed or deleted while the inventory keeps the old path is a finding', () => {
    const renamed = diff({
      base,
      head: base,
      changed: [{ status: 'R', similarity: 100, oldPath: base[0]!.path, path: 'models/new/a.sql' }],
    });
    expect(renamed.changes[0]).toMatchObject({ model: 'a', kind: 'moved' });
    expect(renamed.findings.find((f) => f.rule === 'inventory/stale-path')).toMatchObject({
      severity: 'warning',
      model: 'a',
    });
    const deleted = diff({ base, head: base, changed: [{ status: 'D', path: base[1]!.path }] });
    expect(deleted.findings.find((f) => f.rule === 'inventory/stale-path')).toMatchObject({
      model: 'b',
      line: expect.any(Number),
    });
  });
});

describe('changed models downstream of other changes', () => {
  // jaffle-shop PR 25: order_items → orders → customers, all three edited.
  const models = [
    m('order_items', 'staging', { downstream_consumers: ['orders'] }),
    m('orders', 'aggregation', { downstream_consumers: ['customers'] }),
    m('customers', 'reporting', { downstream_consumers: ['dashboard'] }),
    m('dashboard', 'reporting'),
  ];
  const report = diff({
    base: models,
    head: models,
    changed: models.slice(0, 3).map((model) => model.path),
  });

  it('are shown as changed and reached from the nearest change upstream', () => {
    expect(report.changes.map((c) => [c.model, c.reachedFrom])).toEqual([
      ['customers', { model: 'orders', depth: 1 }],
      ['order_items', undefined],
      ['orders', { model: 'order_items', depth: 1 }],
    ]);
    expect(report.summary).toMatchObject({ changed: 3, reached: 2, impacted: 1 });
  });

  it('explain a per-change total larger than the radius', () => {
    expect(report.impact.perChange.find((p) => p.model === 'order_items')).toMatchObject({
      total: 3,
      changedReached: 2,
    });
  });
});

describe('attribution/impacted counts the true reach', () => {
  // x reaches attr1 through the changed y (nearer to it) and attr2 directly.
  const models = [
    m('x', 'staging', { downstream_consumers: ['y', 'attr2'] }),
    m('y', 'staging', { downstream_consumers: ['attr1'] }),
    m('attr1', 'attribution'),
    m('attr2', 'attribution'),
  ];
  const report = diff({ base: models, head: models, changed: [models[0]!.path, models[1]!.path] });

  it('x reaches 2, y reaches 1', () => {
    const found = report.findings.filter((f) => f.rule === 'attribution/impacted');
    expect(found.map((f) => [f.model, f.message.split(':')[0]])).toEqual([
      ['x', '`x` reaches 2 attribution-layer models'],
      ['y', '`y` reaches 1 attribution-layer model'],
    ]);
    expect(found[0]!.message).toContain('`attr1` (attribution), nearer to `y`');
  });
});

describe('changed dbt files no model claims', () => {
  const models = [m('a', 'staging')];
  const report = diff({
    base: models,
    head: models,
    changed: [
      'macros/cents_to_dollars.sql',
      'models/staging/schema.yml',
      'dbt_project.yml',
      'models/marts/not_in_inventory.sql',
      '.github/workflows/ci.yml',
      'README.md',
      'inventory.json',
    ],
  });

  it('are listed as not analysed, and the comment does not call the change safe', () => {
    expect(report.unanalysed).toEqual([
      'dbt_project.yml',
      'macros/cents_to_dollars.sql',
      'models/marts/not_in_inventory.sql',
      'models/staging/schema.yml',
    ]);
    expect(report.summary.unanalysed).toBe(4);
    expect(report.findings.map((f) => f.rule)).toEqual(['inventory/unanalysed-file']);
    expect(renderComment(report)).not.toContain('nothing downstream is at risk');
  });

  it('a model file an entry claims is analysed', () => {
    const claimed = diff({ base: models, head: models, changed: [models[0]!.path] });
    expect(claimed.unanalysed).toEqual([]);
  });
});

describe('an entry that lost its name', () => {
  it('is invalid, not a removal: no broken-reference "which this change removes"', () => {
    const base = [m('a', 'staging', { downstream_consumers: ['b'] }), m('b', 'reporting')];
    const head: unknown[] = [
      { ...base[0], name: undefined },
      m('b', 'reporting', { upstream_dependencies: ['a'] }),
    ];
    const report = diff({ base, head });
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toContain('inventory/invalid');
    expect(rules).not.toContain('lineage/broken-reference');
  });
});

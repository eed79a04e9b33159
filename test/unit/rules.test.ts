import { describe, expect, it } from 'vitest';
import { acknowledge, applySeverities, evaluate } from '../../src/rules/verdict.js';
import type { Finding } from '../../src/rules/catalog.js';
import { diff, m } from '../helpers.js';

const rulesOf = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.severity} ${f.rule} ${f.model}`);

describe('consistency rules in a diff report only what the change introduced', () => {
  const base = [
    m('stg', 'staging', { downstream_consumers: ['sig'] }),
    m('sig', 'signal', { upstream_dependencies: ['stg', 'rep_old'] }),
    m('rep_old', 'reporting'),
    m('rep', 'reporting', { upstream_dependencies: ['sig'] }),
  ];

  it('ignores legacy order violations and reports new ones with the declaring line', () => {
    expect(diff({ base, head: base }).findings).toEqual([]);
    const head = base.map((model) =>
      model.name === 'sig' ? { ...model, upstream_dependencies: ['stg', 'rep_old', 'rep'] } : model,
    );
    const findings = diff({ base, head }).findings.filter(
      (f) => f.rule === 'layer/order-violation',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      model: 'sig',
      file: 'inventory.json',
    });
    expect(findings[0]?.message).toMatch(
      /^new edge `rep` \(reporting\) → `sig` \(signal\) runs against the layer order/,
    );
    expect(findings[0]?.line).toBeGreaterThan(1);
  });

  it('reports a new asymmetric edge on the model that omits it', () => {
    const head = [
      ...base.filter((model) => model.name !== 'rep'),
      m('rep', 'reporting', { upstream_dependencies: ['sig'], downstream_consumers: [] }),
      m('dash', 'reporting', { upstream_dependencies: ['rep'] }),
    ];
    const asymmetric = diff({ base, head }).findings.filter(
      (f) => f.rule === 'lineage/asymmetric-edge',
    );
    expect(asymmetric.map((f) => [f.severity, f.model, f.message])).toEqual([
      [
        'notice',
        'rep',
        '`rep` → `dash` is listed in `dash`.upstream_dependencies but not in `rep`.downstream_consumers',
      ],
    ]);
  });

  it('reports new references to names that are not models', () => {
    const head = base.map((model) =>
      model.name === 'rep' ? { ...model, upstream_dependencies: ['sig', 'raw_events'] } : model,
    );
    const unknown = diff({ base, head }).findings.filter(
      (f) => f.rule === 'lineage/unknown-reference',
    );
    expect(unknown.map((f) => f.model)).toEqual(['rep']);
    expect(unknown[0]?.jsonPath).toBe('models[3].upstream_dependencies[1]');
  });

  it('treats a new schema.table reference as a source, not an unknown reference', () => {
    const head = base.map((model) =>
      model.name === 'rep' ? { ...model, upstream_dependencies: ['sig', 'raw.events'] } : model,
    );
    expect(diff({ base, head }).findings).toEqual([]);
  });
});

describe('lineage/cycle', () => {
  it('names every member of a cycle and fails the verdict', () => {
    const base = [m('a', 'x', { downstream_consumers: ['b'] }), m('b', 'x'), m('c', 'x')];
    const head = [
      m('a', 'x', { downstream_consumers: ['b'] }),
      m('b', 'x', { downstream_consumers: ['c'] }),
      m('c', 'x', { downstream_consumers: ['a'] }),
    ];
    const report = diff({ base, head });
    const cycle = report.findings.find((f) => f.rule === 'lineage/cycle');
    expect(cycle).toMatchObject({ severity: 'error', model: 'a', related: ['a', 'b', 'c'] });
    expect(cycle?.message).toBe('cycle through 3 models: `a`, `b`, `c`');
    expect(report.summary.verdict).toBe('fail');
  });

  it('makes a cycle the base already had a notice: legacy debt does not fail every pull request', () => {
    const cyclic = [
      m('a', 'x', { downstream_consumers: ['b'] }),
      m('b', 'x', { downstream_consumers: ['a'] }),
    ];
    const report = diff({ base: cyclic, head: cyclic });
    expect(rulesOf(report.findings)).toEqual(['notice lineage/cycle a']);
    expect(report.findings[0]?.message).toBe(
      'cycle through 2 models: `a`, `b` (already present at base)',
    );
    expect(report.summary.verdict).toBe('pass');
  });
});

describe('attribution rules', () => {
  it('flags a model moving out of an attribution layer', () => {
    const base = [m('x', 'signal', { path: 'x.sql' })];
    const head = [m('x', 'reporting', { path: 'x.sql' })];
    const findings = diff({ base, head }).findings;
    expect(findings.find((f) => f.rule === 'attribution/layer-changed')?.message).toBe(
      '`x` moved out of the attribution layers: signal → reporting',
    );
  });

  it('reports exposures reached by the radius or changed directly', () => {
    const models = [
      m('conversion_events', 'reporting', { downstream_consumers: ['conversion_events__meta'] }),
      m('conversion_events__meta', 'reporting'),
    ];
    const report = diff({
      base: models,
      head: models,
      changed: ['models/reporting/conversion_events.sql'],
      config: { exposures: [{ name: 'Meta CAPI sync', models: ['conversion_events__*'] }] },
    });
    expect(rulesOf(report.findings)).toEqual(['warning exposure/reached conversion_events__meta']);
    expect(report.findings[0]?.message).toBe(
      'exposure "Meta CAPI sync" is reached through 1 model: `conversion_events__meta` via `conversion_events` → `conversion_events__meta`',
    );
    expect(report.findings[0]).toMatchObject({
      exposure: 'Meta CAPI sync',
      related: ['conversion_events__meta'],
    });
  });

  it('warns over max-blast-radius', () => {
    const models = [m('a', 'x', { downstream_consumers: ['b', 'c'] }), m('b', 'x'), m('c', 'x')];
    const report = diff({
      base: models,
      head: models,
      changed: ['models/x/a.sql'],
      config: { 'max-blast-radius': 1 },
    });
    expect(rulesOf(report.findings)).toEqual(['warning radius/threshold null']);
  });
});

describe('inventory/invalid', () => {
  it('is an error for the head, a notice for legacy base problems, and the report is still produced', () => {
    const base = [m('a', 'x'), { name: 'b', path: 1, layer: 'x' }];
    const head = [m('a', 'x'), { name: 'b', path: 1, layer: 'x' }, m('c', 'x')];
    const report = diff({ base, head });
    expect(rulesOf(report.findings)).toEqual([
      'error inventory/invalid b',
      'notice inventory/invalid b',
    ]);
    expect(report.findings[0]?.message).toBe(
      'inventory.json: models[1].path: expected string, got number',
    );
    expect(report.changes.map((c) => c.model)).toEqual(['c']);
    expect(report.summary.verdict).toBe('fail');
  });
});

describe('verdict', () => {
  const finding = (severity: Finding['severity']): Finding => ({
    rule: 'attribution/changed',
    severity,
    model: 'x',
    message: 'm',
    file: null,
    line: null,
  });

  it('fails on errors by default, on warnings when asked, never when told so', () => {
    expect(evaluate([finding('warning')], 'error').verdict).toBe('pass');
    expect(evaluate([finding('error')], 'error').verdict).toBe('fail');
    expect(evaluate([finding('warning')], 'warning').verdict).toBe('fail');
    expect(evaluate([finding('notice')], 'warning').verdict).toBe('pass');
    expect(evaluate([finding('error')], 'never')).toEqual({
      errors: 1,
      warnings: 0,
      notices: 0,
      verdict: 'pass',
    });
  });

  it('turns acknowledged warnings into marked notices', () => {
    const acknowledged = acknowledge([finding('warning'), finding('error')]);
    expect(acknowledged.map((f) => [f.severity, f.acknowledged])).toEqual([
      ['notice', true],
      ['error', undefined],
    ]);
    expect(evaluate(acknowledged, 'warning').verdict).toBe('fail');
    expect(evaluate(acknowledge([finding('warning')]), 'warning').verdict).toBe('pass');
  });

  it('applies per-rule severity overrides and switches rules off', () => {
    expect(
      applySeverities([finding('warning')], { 'attribution/changed': 'error' })[0]?.severity,
    ).toBe('error');
    expect(applySeverities([finding('warning')], { 'attribution/changed': 'off' })).toEqual([]);
  });

  it('says in the summary that warnings were acknowledged', () => {
    const models = [m('a', 'signal', { path: 'a.sql' })];
    const report = diff({
      base: models,
      head: models,
      changed: ['a.sql'],
      config: { 'fail-on': 'warning' },
      options: { acknowledged: true },
    });
    expect(report.summary).toMatchObject({
      warnings: 0,
      notices: 1,
      acknowledged: true,
      verdict: 'pass',
    });
    expect(report.findings[0]?.acknowledged).toBe(true);
  });
});

describe('asymmetric edges and missing lists', () => {
  it('reports the asymmetry a model creates by gaining a list that leaves an edge out', () => {
    const base = [m('x', 'x', { downstream_consumers: ['y'] }), m('y', 'x')];
    const gainsList = [
      m('x', 'x', { downstream_consumers: ['y'] }),
      m('y', 'x', { upstream_dependencies: ['z'] }),
    ];
    expect(rulesOf(diff({ base, head: gainsList }).findings)).toContain(
      'notice lineage/asymmetric-edge y',
    );
    // An empty list where there was none is no change to the diff, but it still omits the edge.
    const emptyList = [
      m('x', 'x', { downstream_consumers: ['y'] }),
      m('y', 'x', { upstream_dependencies: [] }),
    ];
    const report = diff({ base, head: emptyList });
    expect(report.changes).toEqual([]);
    expect(rulesOf(report.findings)).toEqual(['notice lineage/asymmetric-edge y']);
  });
});

describe('invalid fields', () => {
  it('are reported once as inventory/invalid, not also as changes', () => {
    const base = [m('a', 'identity', { path: 'a.sql' })];
    const head = [{ name: 'a', path: 'a.sql', layer: 3, description: 'a model' }];
    const report = diff({ base, head });
    expect(report.changes).toEqual([]);
    expect(rulesOf(report.findings)).toEqual(['error inventory/invalid a']);
  });
});

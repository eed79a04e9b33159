import { describe, expect, it } from 'vitest';
import { parseInventory } from '../../src/inventory/parse.js';
import {
  applySync,
  driftFindings,
  inventoryDrift,
  lineageCoverage,
  planSync,
  underReportedRadius,
  type CodeLineageView,
} from '../../src/sync/index.js';
import { CODE, LAYERS, MODELS } from './helpers.js';

const text = JSON.stringify({ models: MODELS }, null, 2);
const inventory = parseInventory(text, 'inv.json');
const lineOf = (needle: string, from = 0) => {
  const at = text.indexOf(needle, from);
  if (at === -1) throw new Error(`no ${needle}`);
  return text.slice(0, at).split('\n').length;
};

describe('inventoryDrift', () => {
  const items = inventoryDrift(inventory, CODE);

  it('finds every kind of drift, located on the inventory lines', () => {
    const sessions = text.indexOf('"name": "int_sessions"');
    const orders = text.indexOf('"name": "fct_orders"');
    expect(
      items.map(({ kind, model, field, other, line }) => ({ kind, model, field, other, line })),
    ).toEqual([
      { kind: 'unlisted-model', model: 'rpt_daily', field: undefined, other: undefined, line: 2 },
      {
        kind: 'missing-edge',
        model: 'stg_events',
        field: 'downstream_consumers',
        other: 'fct_orders',
        line: lineOf('"downstream_consumers"'),
      },
      {
        kind: 'stale-edge',
        model: 'int_sessions',
        field: 'upstream_dependencies',
        other: 'stg_legacy',
        line: lineOf('"stg_legacy"', sessions),
      },
      {
        kind: 'missing-edge',
        model: 'int_sessions',
        field: 'downstream_consumers',
        other: 'fct_orders',
        line: lineOf('"downstream_consumers"', sessions),
      },
      {
        kind: 'missing-file',
        model: 'stg_legacy',
        field: undefined,
        other: undefined,
        line: lineOf('"path": "models/staging/stg_legacy.sql"'),
      },
      {
        kind: 'moved',
        model: 'fct_orders',
        field: undefined,
        other: undefined,
        line: lineOf('"path"', orders),
      },
      {
        kind: 'missing-edge',
        model: 'fct_orders',
        field: 'upstream_dependencies',
        other: 'int_sessions',
        line: lineOf('"upstream_dependencies"', orders),
      },
      {
        kind: 'missing-edge',
        model: 'fct_orders',
        field: 'upstream_dependencies',
        other: 'stg_events',
        line: lineOf('"upstream_dependencies"', orders),
      },
    ]);
  });

  it('agrees with sync: after a sync there is no drift', () => {
    const synced = applySync(text, planSync(text, CODE, { layers: LAYERS }));
    expect(inventoryDrift(parseInventory(synced, 'inv.json'), CODE)).toEqual([]);
  });

  it('reports nothing on entries without lists, nor outside consumers the code cannot see', () => {
    const models = [
      { name: 'a', path: 'a.sql', layer: 'x', downstream_consumers: ['hightouch_sync'] },
      { name: 'b', path: 'b.sql', layer: 'x' },
    ];
    const code = {
      models: [
        { name: 'a', path: 'a.sql', upstream: [] },
        { name: 'b', path: 'b.sql', upstream: ['a', 'z'] },
      ],
    };
    const drift = inventoryDrift(parseInventory(JSON.stringify({ models }), 'i.json'), code);
    expect(drift.map((d) => `${d.kind} ${d.model} ${d.other}`)).toEqual(['missing-edge a b']);
  });
});

describe('driftFindings', () => {
  it('are lineage/inventory-drift warnings with file and line', () => {
    const findings = driftFindings(inventory, CODE);
    expect(findings).toHaveLength(8);
    expect(findings[1]).toEqual({
      rule: 'lineage/inventory-drift',
      severity: 'warning',
      model: 'stg_events',
      message:
        'stg_events: fct_orders reads it in the code, but downstream_consumers does not list it',
      file: 'inv.json',
      line: lineOf('"downstream_consumers"'),
      related: ['fct_orders'],
    });
  });

  it('in a diff, only what the change introduces: a new ref without the inventory edge', () => {
    const head: CodeLineageView = {
      ...CODE,
      models: CODE.models.map((m) =>
        m.name === 'int_sessions' ? { ...m, upstream: [...m.upstream, 'raw.clicks'] } : m,
      ),
    };
    const findings = driftFindings(inventory, head, { base: { inventory, code: CODE } });
    expect(findings.map((f) => f.message)).toEqual([
      'int_sessions: the code reads raw.clicks, but upstream_dependencies does not list it',
    ]);
    // Base drift that moved to other lines is still old drift.
    const shifted = parseInventory(`\n\n${text}`, 'inv.json');
    expect(driftFindings(shifted, CODE, { base: { inventory, code: CODE } })).toEqual([]);
    // No base inventory: everything is new.
    expect(driftFindings(inventory, CODE, { base: { inventory: null, code: CODE } })).toHaveLength(
      8,
    );
  });
});

describe('lineageCoverage', () => {
  it('is the share of code edges the inventory records, by consumer layer', () => {
    const coverage = lineageCoverage(inventory, CODE, LAYERS);
    // Code edges: raw.events→stg_events ✓, stg_events→int_sessions ✓, stg_events→fct_orders ✗,
    // int_sessions→fct_orders ✗, fct_orders→rpt_daily ✗.
    expect(coverage).toEqual({
      total: 5,
      recorded: 2,
      share: 0.4,
      byLayer: {
        aggregation: { total: 2, recorded: 0, share: 0 },
        reporting: { total: 1, recorded: 0, share: 0 },
        signal: { total: 1, recorded: 1, share: 1 },
        staging: { total: 1, recorded: 1, share: 1 },
      },
    });
    expect(lineageCoverage(inventory, { models: [] }).share).toBeNull();
  });
});

describe('underReportedRadius', () => {
  it('ranks models by the reach the inventory alone misses', () => {
    const gaps = underReportedRadius(inventory, CODE);
    expect(gaps).toEqual({
      complete: true,
      models: [
        // int_sessions → fct_orders → rpt_daily in the code; its downstream list is empty.
        { model: 'int_sessions', inventory: 0, code: 2 },
        { model: 'fct_orders', inventory: 0, code: 1 },
        // The inventory has int_sessions and looker_dashboard; the code int_sessions,
        // fct_orders, rpt_daily. Sources (raw.events) are not measured: they are no models.
        { model: 'stg_events', inventory: 2, code: 3 },
      ],
    });
    expect(underReportedRadius(inventory, CODE, { top: 1 }).models).toHaveLength(1);
  });

  it('stops at the work budget and says so', () => {
    expect(underReportedRadius(inventory, CODE, { budget: 3 }).complete).toBe(false);
  });
});

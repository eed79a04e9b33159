import { describe, expect, it } from 'vitest';
import { describePlan, isEmptyPlan, planSync, SyncInputError } from '../../src/sync/index.js';
import { CODE, LAYERS, MODELS } from './helpers.js';

const text = JSON.stringify({ models: MODELS }, null, 2);

describe('planSync', () => {
  const plan = planSync(text, CODE, { layers: LAYERS });

  it('adds the code models the inventory lacks, layer from the first matching glob', () => {
    expect(plan.add).toEqual([
      {
        name: 'rpt_daily',
        path: 'models/marts/reporting/rpt_daily.sql',
        layer: 'reporting',
        description: 'Daily report.',
        upstream_dependencies: ['fct_orders'],
        downstream_consumers: [],
      },
    ]);
  });

  it('takes the layer from the code, then the default, when no glob matches', () => {
    const code = {
      models: [
        { name: 'x', path: 'other/x.sql', upstream: [], layer: 'identity' },
        { name: 'y', path: 'other/y.sql', upstream: ['x'] },
      ],
    };
    const layers = planSync('{"models":[]}', code, { layers: LAYERS }).add.map((a) => a.layer);
    expect(layers).toEqual(['identity', 'other']);
    expect(planSync('{"models":[]}', code, { defaultLayer: 'misc' }).add[1]!.layer).toBe('misc');
  });

  it('sets only the lists an entry has, keeping names the code cannot see downstream', () => {
    expect(plan.setLists).toEqual([
      {
        model: 'stg_events',
        field: 'downstream_consumers',
        before: ['int_sessions', 'looker_dashboard'],
        after: ['fct_orders', 'int_sessions', 'looker_dashboard'],
        added: ['fct_orders'],
        removed: [],
      },
      {
        model: 'int_sessions',
        field: 'upstream_dependencies',
        before: ['stg_events', 'stg_legacy'],
        after: ['stg_events'],
        added: [],
        removed: ['stg_legacy'],
      },
      {
        model: 'int_sessions',
        field: 'downstream_consumers',
        before: [],
        after: ['fct_orders'],
        added: ['fct_orders'],
        removed: [],
      },
      {
        model: 'fct_orders',
        field: 'upstream_dependencies',
        before: [],
        after: ['int_sessions', 'stg_events'],
        added: ['int_sessions', 'stg_events'],
        removed: [],
      },
    ]);
  });

  it('moves paths and removes entries whose model and file are gone, nothing else', () => {
    expect(plan.movePaths).toEqual([
      { model: 'fct_orders', from: 'models/old/fct_orders.sql', to: 'models/marts/fct_orders.sql' },
    ]);
    // seed_only is no code model but its file exists: left alone.
    expect(plan.remove).toEqual([{ model: 'stg_legacy', path: 'models/staging/stg_legacy.sql' }]);
  });

  it('drops a gone entry from downstream lists (it is not an outside consumer)', () => {
    const models = [
      { name: 'a', path: 'a.sql', layer: 's', downstream_consumers: ['gone', 'tableau'] },
      { name: 'gone', path: 'gone.sql', layer: 's' },
    ];
    const p = planSync(JSON.stringify({ models }), {
      models: [{ name: 'a', path: 'a.sql', upstream: [] }],
    });
    expect(p.setLists.map((s) => s.after)).toEqual([['tableau']]);
  });

  it('keeps the order of a list and appends new names; merges into a sorted list', () => {
    const code = { models: [{ name: 'm', path: 'm.sql', upstream: ['z', 'a', 'c', 'b'] }] };
    const unsorted = planSync(
      JSON.stringify({
        models: [{ name: 'm', path: 'm.sql', layer: 'x', upstream_dependencies: ['z', 'c', 'q'] }],
      }),
      code,
    );
    expect(unsorted.setLists[0]!.after).toEqual(['z', 'c', 'a', 'b']);
    const sortedList = planSync(
      JSON.stringify({
        models: [{ name: 'm', path: 'm.sql', layer: 'x', upstream_dependencies: ['c', 'z'] }],
      }),
      code,
    );
    expect(sortedList.setLists[0]!.after).toEqual(['a', 'b', 'c', 'z']);
  });

  it('compares lists as sets: another order or a repeat is no change', () => {
    const models = [
      { name: 'm', path: 'm.sql', layer: 'x', upstream_dependencies: ['b', 'a', 'b'] },
    ];
    const code = { models: [{ name: 'm', path: 'm.sql', upstream: ['a', 'b'] }] };
    expect(isEmptyPlan(planSync(JSON.stringify({ models }), code))).toBe(true);
  });

  it('uses the code model paths as the files when the view lists none', () => {
    const { files: _files, ...noFiles } = CODE;
    expect(planSync(text, noFiles).remove.map((r) => r.model)).toEqual(['stg_legacy', 'seed_only']);
  });

  it('a bad document is a located message, not a stack trace', () => {
    expect(() => planSync('{\n  "models": [\n    {"name": }\n  ]\n}', CODE)).toThrow(
      new SyncInputError('the inventory is not valid JSON: ValueExpected (line 3)'),
    );
    expect(() => planSync('{"model": []}', CODE)).toThrow(/no "models" array/);
    expect(() => planSync('', CODE)).toThrow(SyncInputError);
  });

  it('skips entries it cannot read (no name, duplicate name, list of non-strings)', () => {
    const models = [
      { path: 'x.sql' },
      { name: 'm', path: 'm.sql', layer: 'x', upstream_dependencies: [1] },
      { name: 'm', path: 'other.sql', layer: 'x', upstream_dependencies: [] },
    ];
    const code = { models: [{ name: 'm', path: 'm.sql', upstream: ['a'] }] };
    const p = planSync(JSON.stringify({ models }), code);
    expect(isEmptyPlan(p)).toBe(true);
  });
});

describe('describePlan', () => {
  it('says each change on one line', () => {
    expect(describePlan(planSync(text, CODE, { layers: LAYERS }))).toEqual([
      'remove stg_legacy: models/staging/stg_legacy.sql is no file',
      'move fct_orders: models/old/fct_orders.sql -> models/marts/fct_orders.sql',
      'set stg_events downstream_consumers: +fct_orders',
      'set int_sessions upstream_dependencies: -stg_legacy',
      'set int_sessions downstream_consumers: +fct_orders',
      'set fct_orders upstream_dependencies: +int_sessions +stg_events',
      'add rpt_daily: models/marts/reporting/rpt_daily.sql (layer reporting)',
    ]);
  });
});

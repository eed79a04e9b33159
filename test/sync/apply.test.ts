import { describe, expect, it } from 'vitest';
import { applySync, planSync, unifiedPatch, type SyncPlan } from '../../src/sync/index.js';
import { CODE, LAYERS, MODELS, styles } from './helpers.js';

const sync = (text: string) => applySync(text, planSync(text, CODE, { layers: LAYERS }));

/** The models a sync of MODELS against CODE must give. */
const EXPECTED = [
  { ...MODELS[0], downstream_consumers: ['fct_orders', 'int_sessions', 'looker_dashboard'] },
  { ...MODELS[1], upstream_dependencies: ['stg_events'], downstream_consumers: ['fct_orders'] },
  {
    ...MODELS[3],
    path: 'models/marts/fct_orders.sql',
    upstream_dependencies: ['int_sessions', 'stg_events'],
  },
  MODELS[4],
  {
    name: 'rpt_daily',
    path: 'models/marts/reporting/rpt_daily.sql',
    layer: 'reporting',
    description: 'Daily report.',
    upstream_dependencies: ['fct_orders'],
    downstream_consumers: [],
  },
];

describe('applySync keeps the file as it is written', () => {
  for (const [style, text] of Object.entries(styles())) {
    it(`${style}: the synced models, idempotent`, () => {
      const out = sync(text);
      expect(JSON.parse(out).models).toEqual(EXPECTED);
      expect(sync(out)).toBe(out);
      expect(planSync(out, CODE, { layers: LAYERS })).toEqual({
        add: [],
        setLists: [],
        remove: [],
        movePaths: [],
      });
      // Whatever else the document holds stays; the end of the file stays.
      const { models: _a, ...restIn } = JSON.parse(text);
      const { models: _b, ...restOut } = JSON.parse(out);
      expect(restOut).toEqual(restIn);
      expect(out.endsWith('\n')).toBe(text.endsWith('\n'));
    });
  }

  it('minified stays one line with no added spaces', () => {
    const out = sync(styles().minified!);
    expect(out).not.toMatch(/\n/);
    expect(out).toBe(JSON.stringify({ models: EXPECTED }));
  });

  it('two spaces: the output is what JSON.stringify writes (the same layout)', () => {
    expect(sync(styles()['two spaces']!)).toBe(JSON.stringify({ models: EXPECTED }, null, 2));
  });

  it('tabs and four spaces: added lines are indented like the others', () => {
    expect(sync(styles().tabs!)).toBe(JSON.stringify({ models: EXPECTED }, null, '\t'));
    expect(sync(styles()['four spaces + newline']!)).toBe(
      `${JSON.stringify({ models: EXPECTED }, null, 4)}\n`,
    );
  });

  it('CRLF: every added line ends in CRLF too', () => {
    const out = sync(styles().CRLF!);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(out).toBe(`${JSON.stringify({ models: EXPECTED }, null, 2).replace(/\n/g, '\r\n')}\r\n`);
  });

  it('keeps a byte order mark', () => {
    const out = sync(`\uFEFF${styles()['two spaces']}`);
    expect(out.startsWith('\uFEFF{')).toBe(true);
  });

  it('the diff is only the changed lines (and the comma JSON needs)', () => {
    const models = [
      {
        name: 'a',
        path: 'a.sql',
        layer: 'x',
        description: 'keep',
        upstream_dependencies: ['p', 'q'],
      },
    ];
    const text = JSON.stringify({ models }, null, 2);
    const out = applySync(
      text,
      planSync(text, { models: [{ name: 'a', path: 'a.sql', upstream: ['p', 'q', 'r'] }] }),
    );
    const patch = unifiedPatch('inv.json', text, out);
    const changed = patch.split('\n').filter((l) => /^[-+][^-+]/.test(l));
    expect(changed).toEqual(['-        "q"', '+        "q",', '+        "r"']);
  });

  it('keeps one-line lists one line, with their spacing, and the spelling of kept names', () => {
    const text =
      '{"models": [\n  {"name": "a", "path": "a.sql", "layer": "x", "upstream_dependencies": [ "caf\\u00e9", "b" ]}\n]}\n';
    const code = { models: [{ name: 'a', path: 'a.sql', upstream: ['café', 'b', 'c'] }] };
    const out = applySync(text, planSync(text, code));
    expect(out).toBe(
      '{"models": [\n  {"name": "a", "path": "a.sql", "layer": "x", "upstream_dependencies": [ "caf\\u00e9", "b", "c" ]}\n]}\n',
    );
  });

  it('one-line entries in a pretty array: added entries are one line too', () => {
    const text =
      '{\n  "models": [\n    { "name": "a", "path": "a.sql", "layer": "x", "upstream_dependencies": ["q"] }\n  ]\n}\n';
    const code = {
      models: [
        { name: 'a', path: 'a.sql', upstream: ['q'] },
        { name: 'b', path: 'b.sql', upstream: ['a'] },
      ],
    };
    expect(applySync(text, planSync(text, code))).toBe(
      '{\n  "models": [\n    { "name": "a", "path": "a.sql", "layer": "x", "upstream_dependencies": ["q"] },\n' +
        '    { "name": "b", "path": "b.sql", "layer": "other", "upstream_dependencies": ["a"], "downstream_consumers": [] }\n  ]\n}\n',
    );
  });

  it('removes the first, the last and every entry, with their commas', () => {
    const models = ['a', 'b', 'c', 'd'].map((name) => ({ name, path: `${name}.sql`, layer: 'x' }));
    const text = JSON.stringify({ models }, null, 2);
    const keep = (names: string[]) => {
      const code = { models: names.map((name) => ({ name, path: `${name}.sql`, upstream: [] })) };
      const out = applySync(text, planSync(text, code));
      return JSON.parse(out).models.map((m: { name: string }) => m.name);
    };
    expect(keep(['b', 'c', 'd'])).toEqual(['b', 'c', 'd']);
    expect(keep(['c', 'd'])).toEqual(['c', 'd']);
    expect(keep(['a', 'd'])).toEqual(['a', 'd']);
    expect(keep(['a', 'b'])).toEqual(['a', 'b']);
    expect(keep(['b'])).toEqual(['b']);
    expect(keep([])).toEqual([]);
    const none = applySync(text, planSync(text, { models: [] }));
    expect(none).toBe('{\n  "models": []\n}');
  });

  it('replaces every entry: removes all, adds new ones in the same layout', () => {
    const text = JSON.stringify({ models: [{ name: 'a', path: 'a.sql', layer: 'x' }] }, null, 2);
    const code = { models: [{ name: 'b', path: 'b.sql', upstream: [] }] };
    const out = applySync(text, planSync(text, code));
    expect(out).toBe(
      JSON.stringify(
        {
          models: [
            {
              name: 'b',
              path: 'b.sql',
              layer: 'other',
              upstream_dependencies: [],
              downstream_consumers: [],
            },
          ],
        },
        null,
        2,
      ),
    );
  });

  it('adds to an empty models array, pretty or minified', () => {
    const code = { models: [{ name: 'b', path: 'b.sql', upstream: ['s.t'] }] };
    const pretty = '{\n  "models": []\n}\n';
    expect(applySync(pretty, planSync(pretty, code))).toBe(
      `${JSON.stringify({ models: [{ name: 'b', path: 'b.sql', layer: 'other', upstream_dependencies: ['s.t'], downstream_consumers: [] }] }, null, 2)}\n`,
    );
    expect(applySync('{"models":[]}', planSync('{"models":[]}', code))).toBe(
      '{"models":[{"name":"b","path":"b.sql","layer":"other","upstream_dependencies":["s.t"],"downstream_consumers":[]}]}',
    );
  });

  it('follows the key order of the first entry for added entries', () => {
    const text = JSON.stringify({ models: [{ layer: 'x', name: 'a', path: 'a.sql' }] });
    const code = {
      models: [
        { name: 'a', path: 'a.sql', upstream: [] },
        { name: 'b', path: 'b.sql', upstream: [] },
      ],
    };
    const out = JSON.parse(applySync(text, planSync(text, code)));
    expect(Object.keys(out.models[1])).toEqual([
      'layer',
      'name',
      'path',
      'upstream_dependencies',
      'downstream_consumers',
    ]);
  });

  it('skips plan items that name no entry, and an empty plan changes nothing', () => {
    const text = styles()['two spaces']!;
    const plan: SyncPlan = {
      add: [],
      setLists: [
        {
          model: 'nope',
          field: 'upstream_dependencies',
          before: [],
          after: ['x'],
          added: ['x'],
          removed: [],
        },
      ],
      remove: [{ model: 'nope', path: 'x' }],
      movePaths: [{ model: 'nope', from: 'a', to: 'b' }],
    };
    expect(applySync(text, plan)).toBe(text);
  });

  it('an entry both removed and edited in a hand-made plan is just removed', () => {
    const text = JSON.stringify(
      {
        models: [
          { name: 'a', path: 'a.sql', layer: 'x', upstream_dependencies: ['p'] },
          { name: 'b', path: 'b.sql', layer: 'x' },
        ],
      },
      null,
      2,
    );
    const plan: SyncPlan = {
      add: [],
      setLists: [
        {
          model: 'a',
          field: 'upstream_dependencies',
          before: ['p'],
          after: ['q'],
          added: ['q'],
          removed: ['p'],
        },
      ],
      remove: [{ model: 'a', path: 'a.sql' }],
      movePaths: [{ model: 'a', from: 'a.sql', to: 'z.sql' }],
    };
    expect(JSON.parse(applySync(text, plan)).models).toEqual([
      { name: 'b', path: 'b.sql', layer: 'x' },
    ]);
  });

  it('untrusted names are written as JSON strings', () => {
    const evil = 'x"],"layer":"pwned\n';
    const code = { models: [{ name: 'a', path: 'a.sql', upstream: [evil] }] };
    const text = JSON.stringify(
      { models: [{ name: 'a', path: 'a.sql', layer: 'x', upstream_dependencies: [] }] },
      null,
      2,
    );
    const out = applySync(text, planSync(text, code));
    expect(JSON.parse(out).models[0]).toEqual({
      name: 'a',
      path: 'a.sql',
      layer: 'x',
      upstream_dependencies: [evil],
    });
  });
});

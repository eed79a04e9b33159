import { describe, expect, it } from 'vitest';
import { parseChangedFiles, summarizeFileChanges } from '../../src/diff/changed-files.js';
import { diffInventories as diffModels, modelSet, previewJson } from '../../src/diff/changes.js';
import type { Model } from '../../src/inventory/schema.js';
import { m } from '../helpers.js';

const noFiles = summarizeFileChanges([]);
const diffInventories = (
  base: Model[] | null,
  head: Model[],
  files: ReturnType<typeof summarizeFileChanges>,
) => diffModels(base && modelSet(base), modelSet(head), files);

describe('diffInventories', () => {
  it('finds added, removed and modified models, sorted by name', () => {
    const base = [m('b', 'staging'), m('c', 'staging')];
    const head = [m('a', 'staging'), m('b', 'staging', { description: 'new words' })];
    const changes = diffInventories(base, head, noFiles);
    expect(changes.map((c) => [c.model, c.kind, c.reasons, c.metadataOnly])).toEqual([
      ['a', 'added', [], false],
      ['b', 'modified', ['description'], true],
      ['c', 'removed', [], false],
    ]);
    expect(changes[1]?.fields).toEqual({ description: { before: 'b model', after: 'new words' } });
  });

  it('treats every head model as added when the base inventory is missing', () => {
    const changes = diffInventories(null, [m('a', 'x'), m('b', 'x')], noFiles);
    expect(changes.map((c) => c.kind)).toEqual(['added', 'added']);
  });

  it('compares list fields as sets and reports added/removed items', () => {
    const base = [m('a', 'x', { upstream_dependencies: ['p', 'q'], key_patterns: ['k1', 'k2'] })];
    const reordered = [
      m('a', 'x', { upstream_dependencies: ['q', 'p', 'p'], key_patterns: ['k2', 'k1'] }),
    ];
    expect(diffInventories(base, reordered, noFiles)).toEqual([]);

    const rewired = [
      m('a', 'x', { upstream_dependencies: ['q', 'r'], key_patterns: ['k1', 'k2'] }),
    ];
    const [change] = diffInventories(base, rewired, noFiles);
    expect(change?.reasons).toEqual(['upstream_dependencies']);
    expect(change?.metadataOnly).toBe(false);
    expect(change?.fields).toEqual({ upstream_dependencies: { added: ['r'], removed: ['p'] } });
  });

  it('treats a missing list as an empty one', () => {
    expect(
      diffInventories([m('a', 'x')], [m('a', 'x', { downstream_consumers: [] })], noFiles),
    ).toEqual([]);
  });

  it('marks layer, concept, pattern and unknown-field changes as metadata-only', () => {
    const base = [
      m('a', 'signal', { path: 'a.sql', attribution_concepts: ['c1'], owner: 'growth' }),
    ];
    const head = [
      m('a', 'identity', { path: 'a.sql', attribution_concepts: ['c2'], owner: 'data' }),
    ];
    const [change] = diffInventories(base, head, noFiles);
    expect(change?.reasons).toEqual(['attribution_concepts', 'layer', 'owner']);
    expect(change?.metadataOnly).toBe(true);
    expect(change?.fields.owner).toEqual({ before: 'growth', after: 'data' });
  });

  it('compares unknown object fields by value, ignoring key order', () => {
    const base = [m('a', 'x', { meta: { a: 1, b: [1, 2] } })];
    expect(diffInventories(base, [m('a', 'x', { meta: { b: [1, 2], a: 1 } })], noFiles)).toEqual(
      [],
    );
    const [change] = diffInventories(base, [m('a', 'x', { meta: { a: 1, b: [2, 1] } })], noFiles);
    expect(change?.reasons).toEqual(['meta']);
  });

  it('reports a field that appears or disappears', () => {
    const [change] = diffInventories([m('a', 'x', { tier: 1 })], [m('a', 'x')], noFiles);
    expect(change?.fields).toEqual({ tier: { before: 1, after: null } });
  });

  it('adds the sql reason when the model file changed at base or head', () => {
    const base = [m('a', 'x'), m('b', 'x')];
    const files = summarizeFileChanges(parseChangedFiles('models/x/a.sql\n', 'changed.txt'));
    const changes = diffInventories(base, base, files);
    expect(changes.map((c) => [c.model, c.reasons, c.metadataOnly])).toEqual([
      ['a', ['sql'], false],
    ]);
  });

  it('sees a moved file as a path change of the same model', () => {
    const base = [m('a', 'x')];
    const head = [m('a', 'x', { path: 'models/y/a.sql' })];
    const pureRename = summarizeFileChanges(
      parseChangedFiles('R100\tmodels/x/a.sql\tmodels/y/a.sql', 'f'),
    );
    const [moved] = diffInventories(base, head, pureRename);
    expect(moved?.reasons).toEqual(['path']);
    expect(moved?.fields).toEqual({ path: { before: 'models/x/a.sql', after: 'models/y/a.sql' } });

    const editedRename = summarizeFileChanges(
      parseChangedFiles('R087\tmodels/x/a.sql\tmodels/y/a.sql', 'f'),
    );
    expect(diffInventories(base, head, editedRename)[0]?.reasons).toEqual(['sql', 'path']);
  });

  it('reports a rename git saw even when the inventory still names the old path', () => {
    const files = summarizeFileChanges(
      parseChangedFiles('R100\tmodels/x/a.sql\tmodels/z/a.sql', 'f'),
    );
    const [change] = diffInventories([m('a', 'x')], [m('a', 'x')], files);
    expect(change?.fields).toEqual({ path: { before: 'models/x/a.sql', after: 'models/z/a.sql' } });
  });

  it('keeps __proto__ field names as data in the field changes', () => {
    const base = [JSON.parse('{"name":"a","path":"p","layer":"x","__proto__":{"v":1}}')];
    const head = [JSON.parse('{"name":"a","path":"p","layer":"x","__proto__":{"v":2}}')];
    const [change] = diffInventories(base, head, noFiles);
    expect(change?.reasons).toEqual(['__proto__']);
    expect(JSON.parse(JSON.stringify(change?.fields))).toEqual(
      JSON.parse('{"__proto__":{"before":{"v":1},"after":{"v":2}}}'),
    );
  });
});

describe('parseChangedFiles', () => {
  it('reads bare paths and name-status lines', () => {
    const text =
      'models/a.sql\r\n\n# comment\nA\tmodels/b.sql\nD\t./models/c.sql\nR092\tmodels/d.sql\tmodels/e.sql\n';
    expect(parseChangedFiles(text, 'f')).toEqual([
      { status: 'M', path: 'models/a.sql' },
      { status: 'A', path: 'models/b.sql' },
      { status: 'D', path: 'models/c.sql' },
      { status: 'R', oldPath: 'models/d.sql', path: 'models/e.sql', similarity: 92 },
    ]);
  });

  it('names the line of a malformed entry', () => {
    expect(() => parseChangedFiles('models/a.sql\nQ\tx', 'changed.txt')).toThrow(
      'changed.txt:2: "Q" is not a git status letter',
    );
    expect(() => parseChangedFiles('R100\tonly-one', 'changed.txt')).toThrow(
      'changed.txt:1: a rename line needs two paths',
    );
    expect(() => parseChangedFiles('M\ta.sql\tb.sql', 'changed.txt')).toThrow(
      'changed.txt:1: expected "M\\tpath"',
    );
    expect(() => parseChangedFiles('\ta.sql', 'changed.txt')).toThrow(
      'changed.txt:1: "" is not a git status letter',
    );
    expect(parseChangedFiles('M100\ta.sql\nT\tb.sql', 'f')).toEqual([
      { status: 'M', path: 'a.sql' },
      { status: 'T', path: 'b.sql' },
    ]);
  });
});

describe('hostile field names and values', () => {
  it('compares fields named like Object.prototype members by their own values', () => {
    const base = [m('a', 'x')];
    const head = [
      JSON.parse(
        '{"name":"a","path":"models/x/a.sql","layer":"x","description":"a model","constructor":"x","toString":1,"__proto__":{"p":1}}',
      ),
    ];
    const [change] = diffInventories(base, head, noFiles);
    expect(JSON.parse(JSON.stringify(change?.fields))).toEqual(
      JSON.parse(
        '{"__proto__":{"before":null,"after":{"p":1}},"constructor":{"before":null,"after":"x"},"toString":{"before":null,"after":1}}',
      ),
    );
  });

  it('compares deeply nested unknown fields without overflowing the stack', () => {
    const nested = (leaf: string) => `${'{"next":'.repeat(20_000)}"${leaf}"${'}'.repeat(20_000)}`;
    const entry = (leaf: string) =>
      JSON.parse(`{"name":"a","path":"p","layer":"x","deep":${nested(leaf)}}`);
    expect(diffInventories([entry('leaf')], [entry('leaf')], noFiles)).toEqual([]);
    const [change] = diffInventories([entry('leaf')], [entry('other')], noFiles);
    expect(change?.reasons).toEqual(['deep']);
    // The report can still be serialised: the too-deep values are summarised.
    expect(JSON.stringify(change)).toContain('(a value nested deeper than 256 levels: not shown)');
    expect(previewJson(entry('leaf').deep, 30)).toBe(
      `${'{"next":'.repeat(4)}…`.replace(/^(.{30}).*…$/, '$1…'),
    );
  });
});

describe('previewJson', () => {
  it('prints compact JSON with sorted keys and cuts long values', () => {
    expect(previewJson({ b: [1, 'x'], a: null, c: { '\u0000z': true } }, 100)).toBe(
      '{"a":null,"b":[1,"x"],"c":{"\\u0000z":true}}',
    );
    expect(previewJson('\u0000]', 100)).toBe('"\\u0000]"');
    expect(
      previewJson(
        Array.from({ length: 100 }, (_, i) => i),
        10,
      ),
    ).toBe('[0,1,2,3,4…');
  });
});

describe('quoted paths', () => {
  it('reads the paths git quotes (non-ASCII, tabs, quotes) and a byte order mark', () => {
    const text =
      '\ufeffM\t"models/caf\\303\\251.sql"\nR100\t"a\\tb.sql"\t"say \\"hi\\".sql"\n"models/\\346\\227\\245.sql"\n';
    expect(parseChangedFiles(text, 'f')).toEqual([
      { status: 'M', path: 'models/café.sql' },
      { status: 'R', oldPath: 'a\tb.sql', path: 'say "hi".sql', similarity: 100 },
      { status: 'M', path: 'models/日.sql' },
    ]);
  });
});

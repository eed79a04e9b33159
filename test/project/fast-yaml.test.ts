import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fastYaml } from '../../src/project/fast-yaml.js';

const same = (text: string) => {
  const fast = fastYaml(text);
  if (fast !== undefined) expect(fast).toEqual(parse(text, { uniqueKeys: false }));
  return fast;
};

/** What the scanner does when fastYaml bails: `yaml` with its alias guard, or its error. */
const full = (text: string): unknown => {
  try {
    return parse(text, { uniqueKeys: false, maxAliasCount: 1000, logLevel: 'silent' });
  } catch (error) {
    return error instanceof Error ? error.name : 'error';
  }
};

/** fastYaml answers `yaml`'s value (never one where `yaml` finds an error) or undefined. */
const agrees = (text: string) => {
  const fast = fastYaml(text);
  if (fast !== undefined) expect(fast, JSON.stringify(text)).toEqual(full(text));
  return fast;
};

describe('fastYaml: the block subset dbt files use, equal to yaml, or undefined', () => {
  it('reads mappings, sequences, scalars, flows, block scalars, anchors', () => {
    const text = [
      '# comment',
      'version: 2',
      'models:',
      '  - name: orders # trailing comment',
      '    description: >',
      '      Folded',
      '      text',
      '    config: { materialized: table, tags: [a, "b c"], enabled: true }',
      '    meta: &m',
      '      layer: staging',
      '      n: 1.5',
      '    columns:',
      '    - name: id',
      "      description: 'it''s'",
      '      tests: [unique, not_null]',
      '    - name: "amount"',
      '      description: |',
      '        line 1',
      '        line 2',
      '  - name: other',
      '    meta: *m',
      '    description: a plain',
      '      continued line',
      'empty:',
      'nulls: ~',
      'url: http://example.com/a:b',
      'list:',
      '- 1',
      '- -2',
      '- 0x1f',
      '- "\\u00e9\\n"',
    ].join('\n');
    expect(same(text)).toBeDefined();
  });

  it('reads quoted scalars with escapes anywhere in them', () => {
    const text = [
      "a: 'it''s a ''quoted'' word'",
      "b: ''''",
      'c: "tab\\there \\"q\\" \\\\ end\\x41\\u00e9"',
      'd: "\\n"',
      'e: ""',
      'f: "plain, long enough to be sliced from its line"',
    ].join('\n');
    expect(same(text)).toEqual({
      a: "it's a 'quoted' word",
      b: "'",
      c: 'tab\there "q" \\ endAé',
      d: '\n',
      e: '',
      f: 'plain, long enough to be sliced from its line',
    });
  });

  it('answers undefined outside the subset', () => {
    for (const text of [
      'a: !!str 1',
      '? complex\n: key',
      'a: 1\n---\nb: 2',
      'a: "multi\n  line"',
      'a:\n\tb: 1',
      '<<: *x',
      'a: *undefined_anchor',
    ])
      expect(same(text)).toBeUndefined();
  });

  it('never throws on hostile input', () => {
    for (const text of [
      '['.repeat(100_000),
      '- '.repeat(50_000) + 'x',
      'a:\n' + ' b:\n'.repeat(5000),
      '{a: [}',
      '"unclosed',
    ])
      expect(() => same(text)).not.toThrow();
  });

  it('bails on a tab or a whitespace character other than the space, where yaml reads it', () => {
    for (const text of [
      'model-paths:\n  -\tsrc\n', // a tab after `-` separates: yaml reads ['src']
      'sources:\n  - name: s\n    tables:\n      - name:\tt\n',
      'a:\tb\n',
      'a: b\t# c\n',
      'a:\n\tb: 1\n',
      'a: x\u00a0\n', // yaml keeps a trailing no-break space; trimEnd dropped it
      'a: x\u2028\n',
      'a: x\u3000\n',
      'a: x\f\n',
      'a: x\v\n',
      'a: x\r', // a lone CR is no line break, and trimEnd dropped it
      'a: "x"\u00a0\n',
      'a: [x\u00a0]\n',
    ])
      expect(agrees(text), JSON.stringify(text)).toBeUndefined();
    // CRLF line ends still read
    expect(agrees('a: 1\r\nb:\r\n  - x\r\n')).toEqual({ a: 1, b: ['x'] });
  });

  it('bails on an alias bomb, leaving it to yaml and its maxAliasCount', () => {
    // 9 levels of 10 aliases of the level below: 10^9 leaves from under a kilobyte
    let text = 'l0: &a0 x\n';
    for (let i = 1; i <= 9; i++) {
      text += `l${i}: &a${i}\n`;
      for (let j = 0; j < 10; j++) text += `  - *a${i - 1}\n`;
    }
    expect(fastYaml(text)).toBeUndefined();
    expect(() => parse(text, { maxAliasCount: 1000 })).toThrow(/alias/i);
    // and in the flow and sequence spellings
    expect(
      fastYaml('a: &a [x, x]\nb: &b\n  - *a\n  - *a\nc: &c\n  - *b\n  - *b\n'),
    ).toBeUndefined();
  });

  it('reads the aliases yaml counts once (alias-free anchors, up to 100 aliases each)', () => {
    const columns = (n: number) =>
      'models:\n  - name: a\n    columns:\n      - &id\n        name: id\n        tests: [unique]\n' +
      '  - name: b\n    columns:\n' +
      '      - *id\n'.repeat(n);
    const v = agrees(columns(100)) as { models: { columns: unknown[] }[] };
    expect(v.models[1]!.columns).toHaveLength(100);
    expect(v.models[1]!.columns[99]).toEqual({ name: 'id', tests: ['unique'] });
    expect(agrees(columns(101))).toBeUndefined();
    for (const text of [
      'a: &a 1\nb: &b\n  c: *a\nd: *b\n', // an alias of a node holding an alias
      'a: &a 1\nb: &a\n  c: *a\n', // an alias inside its own anchor: a cycle for yaml
      'x: &a\n  y: &a 1\nz: *a\n', // yaml takes the inner namesake, in document order
      'a: &a &b x\n', // two anchors: an error for yaml
      'a: &a *b\n',
      'a: &a[1]\n', // anchor not separated: an error for yaml
      'a: *missing\n',
    ])
      expect(agrees(text), JSON.stringify(text)).toBeUndefined();
    // after `- &a` an item at the same column is the next item, not the anchored value
    expect(agrees('- &a\n- x\n- *a\n')).toEqual([null, 'x', null]);
    expect(agrees('a: &a\n- x\nb: *a\n')).toEqual({ a: ['x'], b: ['x'] });
  });

  it('reads a flow collection over many lines once (linear), as yaml does', () => {
    // 20,000 lines: re-reading the collection for each added line took seconds
    const n = 20_000;
    const list = Array.from({ length: n }, (_, i) => `item_${i}`);
    const seq = `tags: [\n${list.map((x) => `  ${x},`).join('\n')}\n  ]\n`;
    expect(agrees(seq)).toEqual({ tags: list });
    const map = `meta: {\n${list.map((x, i) => `  ${x}: ${i},`).join('\n')}\n  }\n`;
    const m = agrees(map) as { meta: Record<string, number> };
    expect(Object.keys(m.meta)).toHaveLength(n);
    const words = `a: [w\n${list.map((x) => `  ${x}`).join('\n')}]\n`;
    expect(agrees(words)).toEqual({ a: ['w ' + list.join(' ')] });
    // an unclosed one bails (yaml reports it)
    expect(agrees(seq.replace(/\]\n$/, '\n'))).toBeUndefined();
  });

  it('keeps flow collections over lines equal to yaml, or bails', () => {
    for (const text of [
      'k: [a,\n  b]\n',
      'k: [a\n  b, c]\n',
      'k: {a\n  : b}\n',
      'k: {"a"\n  : b}\n',
      'k: [a,\n# c\n  b]\n',
      'k: [a,\n\n  b]\n',
      'k: [a\n\n  b]\n', // a blank line folds to a line break
      'k: [a\n# c\n  b]\n', // a comment ends the scalar: an error for yaml
      'k: [a]#c\n', // not a comment: an error for yaml
      'k: [a] # c\n',
      'k: ["a"\n  : b]\n',
      'k: [a,\nb]\n',
      'k: [,]\n', // empty items: an error for yaml
      'k: [a,,b]\n',
      'k: [a,\n  ,b]\n',
      'k: {,}\n',
      'k: [#]\n', // `[#` starts a comment for yaml
      'k: {#\n  a}\n',
      '- [a,\n  b]\n- c\n',
    ])
      agrees(text);
  });

  it('ends a plain scalar at a comment and reads indicators alone as yaml does', () => {
    for (const text of [
      'b: b\n  cont # c\n  cont\n', // yaml: {b: 'b cont', cont: null}
      'k:\n  a # c\n  b\n',
      'a: 1 #c\n  b\n',
      'k: -\n', // an empty sequence item for yaml
      '- -\n',
      '"q": -\n',
      'k: ?\n',
      'k: :\n',
      '- ,a\n', // flow indicators starting a block scalar: errors for yaml
      'k: ]\n',
      '- }x\n',
      ',: 1\n',
    ])
      agrees(text);
    expect(agrees('b: b\n  cont\n  more # c\n')).toEqual({ b: 'b cont more' });
  });

  it('equals yaml or bails on generated block YAML with tabs, anchors, aliases and flows', () => {
    const leaf = fc.constantFrom(
      'a',
      'x y',
      '1',
      '-2',
      '0x1f',
      '1.5',
      'true',
      '~',
      '',
      "'it''s'",
      '"d\\n"',
      'http://x:y',
      'a #c',
      '[a, b]',
      '[a,\n  b]',
      '[x\n  y, z]',
      '[a\n\n  b]',
      '{a: 1, b: [x]}',
      '{a: 1,\n  b: 2}',
      '|\n  l1\n  l2',
      '>\n  f1\n  f2',
      '&A v',
      '&B [1]',
      '*A',
      '*B',
      '&A',
      '-',
      'b\n  cont',
      'a\tb',
      '\t',
      'x\u00a0',
      '[a]#c',
    );
    const head = fc.constantFrom(
      '- ',
      '- ',
      '-\t',
      '- &A ',
      '- &B ',
      'k: ',
      'a: ',
      'k:\t',
      'b: &A ',
    );
    const tail = fc.constantFrom('', '', ' # c', ' ', '\t', '\n', '\n# c', '\n  *A', '\n- *A');
    type Tree = { head: string; leaf: string; tail: string; children: readonly Tree[] };
    const { tree } = fc.letrec<{ tree: Tree }>((t) => ({
      tree: fc.record({
        head,
        leaf,
        tail,
        children: fc.oneof(
          { depthSize: 'small', withCrossShrink: true },
          fc.constant([]),
          fc.array(t('tree'), { maxLength: 3 }),
        ),
      }),
    }));
    const render = (nodes: readonly Tree[], indent: string, step: string): string =>
      nodes
        .map((n) =>
          n.children.length
            ? `${indent}${n.head.trimEnd()}\n${render(n.children, indent + step, step)}`
            : `${indent}${n.head}${n.leaf}${n.tail}\n`,
        )
        .join('');
    fc.assert(
      fc.property(
        fc.array(tree, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('  ', ' ', '    ', '\t'),
        (nodes, step) => {
          agrees(render(nodes, '', step));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('equals yaml or bails on generated flow collections over one or more lines', () => {
    const token = fc.constantFrom(
      '[',
      ']',
      '{',
      '}',
      ',',
      ', ',
      ':',
      ': ',
      ' ',
      'a',
      'b c',
      '"q"',
      "'s'",
      '1',
      '-',
      '? ',
      'x:y',
      '#',
      ' #c',
      '*A',
      '&A ',
      '\n  ',
      '\n\n  ',
      '\n# c\n  ',
      '\n',
      '\t',
    );
    fc.assert(
      fc.property(
        fc.constantFrom('k: ', '- ', 'a:\n  b: ', 'x: &A 1\nk: '),
        fc.constantFrom('[', '{'),
        fc.array(token, { maxLength: 10 }),
        fc.constantFrom('', ']', '}', ']\n', '}\nz: 1\n', '] # c\n'),
        (head, open, body, close) => {
          agrees(head + open + body.join('') + close);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

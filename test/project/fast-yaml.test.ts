import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fastYaml } from '../../src/project/fast-yaml.js';

const same = (text: string) => {
  const fast = fastYaml(text);
  if (fast !== undefined) expect(fast).toEqual(parse(text, { uniqueKeys: false }));
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
});

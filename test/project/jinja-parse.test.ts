import { describe, expect, it } from 'vitest';
import { parseExpr, parseTemplate } from '../../src/project/jinja-parse.js';

describe('parseExpr: string literals', () => {
  it('reads escapes anywhere in a literal, and literals without any', () => {
    const lit = (src: string) => parseExpr(src, 1).e;
    expect(lit(`'plain, long enough to be sliced'`)).toMatchObject({
      t: 'lit',
      v: 'plain, long enough to be sliced',
    });
    expect(lit(`"a\\"b\\nc\\td\\\\e"`)).toMatchObject({ t: 'lit', v: 'a"b\nc\td\\e' });
    expect(lit(`'\\''`)).toMatchObject({ t: 'lit', v: "'" });
    expect(lit(`''`)).toMatchObject({ t: 'lit', v: '' });
  });
});

describe('parseExpr: tokens', () => {
  const expr = (src: string) => parseExpr(src, 1).e;
  it('skips any whitespace, ASCII or not, and reads numbers and operators', () => {
    expect(expr('1_000\u00a0+\v2.5')).toMatchObject({
      t: 'bin',
      op: '+',
      l: { t: 'lit', v: 1000 },
      r: { t: 'lit', v: 2.5 },
    });
    expect(expr('a ** 2 // 3')).toMatchObject({ t: 'bin', op: '//', l: { t: 'bin', op: '**' } });
    expect(expr('a <= b')).toMatchObject({ t: 'bin', op: '<=' });
    expect(expr('a != b')).toMatchObject({ t: 'bin', op: '!=' });
    expect(expr('a * -b')).toMatchObject({ t: 'bin', op: '*', r: { t: 'neg' } });
  });
});

describe('parseExpr / parseTemplate: limits', () => {
  it('caps the depth of chains read in a loop, with a reason', () => {
    const chain = parseExpr(Array(2000).fill('1').join(' ~ '), 3);
    expect(chain).toMatchObject({ ok: false, e: { t: 'unknown' } });
    expect(chain.message).toMatch(/nested too deeply/);
    for (const src of [
      'x' + '.a'.repeat(9999),
      'x' + ' | f'.repeat(9999),
      'x' + '(1)'.repeat(9999),
      'a' + ' and a'.repeat(9999),
      '-'.repeat(9999) + '1',
    ])
      expect(parseExpr(src, 1).message).toMatch(/nested too deeply/);
    // a shallow chain is fine
    expect(parseExpr(Array(150).fill('a').join(' ~ '), 1).ok).toBe(true);
    expect(parseExpr('x' + '.a'.repeat(150), 1).ok).toBe(true);
  });

  it('reports a too deep expression where it is, in outputs and statements', () => {
    const deep = Array(300).fill('a').join(' + ');
    const t = parseTemplate(
      `{{ ref('b') }}\n{{ ${deep} }}\n{% set x = ${deep} %}\n{% if ${deep} %}{% endif %}\n{% do ${deep} %}`,
    );
    expect(t.problems).toEqual([
      { line: 2, message: 'expression nested too deeply to parse' },
      { line: 3, message: 'expression nested too deeply to parse' },
      { line: 4, message: 'expression nested too deeply to parse' },
      { line: 5, message: 'expression nested too deeply to parse' },
    ]);
    expect(t.nodes[0]).toMatchObject({ t: 'out', e: { t: 'call', fn: { t: 'name', n: 'ref' } } });
  });

  it('strips whitespace before `{{-` in one scan (no quadratic regex)', () => {
    const t = parseTemplate('select 1 ' + ' '.repeat(200_000) + "x \n\t{{- ref('b') }}");
    expect(t.nodes[0]).toEqual({ t: 'text', s: 'select 1 ' + ' '.repeat(200_000) + 'x' });
    const u = parseTemplate(' '.repeat(200_000) + "{{- ref('b') -}}\u00a0 \n y");
    expect(u.nodes).toMatchObject([{ t: 'text', s: '' }, { t: 'out' }, { t: 'text', s: 'y' }]);
    expect(parseTemplate('{% raw %}{{ x }}{% endraw %}').nodes).toEqual([
      { t: 'text', s: '{{ x }}' },
    ]);
  });
});

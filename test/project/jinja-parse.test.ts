import { describe, expect, it } from 'vitest';
import { parseExpr } from '../../src/project/jinja-parse.js';

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

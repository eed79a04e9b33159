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

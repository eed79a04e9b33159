// Comments out of rendered SQL before analysis (src/columns/sql-comments.ts), strings kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripSqlComments } from '../../src/columns/sql-comments.js';
import { analyzeModel, inProcessRunner } from '../../src/columns/polyglot.js';

describe('stripSqlComments', () => {
  it('drops line and block comments, keeps what looks like one inside quotes', () => {
    expect(stripSqlComments('select a, -- the b\n b from t')).toBe('select a,  \n b from t');
    expect(stripSqlComments('select /* x\ny */ a from t')).toBe('select \n a from t');
    expect(stripSqlComments("select '-- no', 'it''s /* no */', \"a--b\", `c/*d` from t")).toBe(
      "select '-- no', 'it''s /* no */', \"a--b\", `c/*d` from t",
    );
    expect(stripSqlComments("select 'a\\'--b' as x -- gone")).toBe("select 'a\\'--b' as x  ");
    expect(stripSqlComments('select $$ -- kept $$ as x')).toBe('select $$ -- kept $$ as x');
    expect(stripSqlComments('select 1 /* unterminated')).toBe('select 1  ');
  });

  it('is the identity on text without comment markers, and never lengthens lines', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = stripSqlComments(s);
        if (!s.includes('--') && !s.includes('/*')) expect(out).toBe(s);
        expect(out.split('\n').length).toBeLessThanOrEqual(s.split('\n').length);
        expect(out.length).toBeLessThanOrEqual(s.length);
      }),
    );
  });

  it('lets a commented select item keep its name in the analysis', async () => {
    const runner = inProcessRunner();
    const analysis = await analyzeModel(
      { sql: 'select a,\n  -- the b column\n  b\nfrom t', relations: {} },
      'snowflake',
      undefined,
      runner,
    );
    await runner.close();
    expect('unknown' in analysis ? analysis : analysis.columns.map((c) => c.name)).toEqual([
      'a',
      'b',
    ]);
  });
});

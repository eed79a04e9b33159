// Comments out of rendered SQL before analysis (stripComments in src/columns/analyze.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripComments } from '../../src/columns/analyze.js';
import { analyzeModel, inProcessRunner } from '../../src/columns/polyglot.js';

describe('stripComments', () => {
  it('keeps what looks like a comment inside quotes and dollar strings', () => {
    const quoted = "select '-- no', 'it''s /* no */', \"a--b\", `c/*d`, $$ -- kept $$ from t";
    expect(stripComments(quoted, 'snowflake')).toBe(quoted);
    // A backslash escapes a quote where the dialect says so, not in Postgres.
    expect(stripComments("select 'a\\'--b' as x -- gone", 'snowflake')).not.toContain('gone');
    expect(stripComments("select 'a\\'--b' as x -- gone", 'snowflake')).toContain("'a\\'--b'");
    expect(stripComments("select 'a\\' as x -- gone", 'postgres')).not.toContain('gone');
  });

  it('is the identity without comment markers, and never lengthens the text or adds lines', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = stripComments(s, 'snowflake');
        if (!s.includes('--') && !s.includes('/*')) expect(out).toBe(s);
        expect(out.length).toBeLessThanOrEqual(s.length);
        expect(out.split('\n').length).toBeLessThanOrEqual(s.split('\n').length);
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

describe('hexLiterals', () => {
  it("writes DuneSQL's typed literals as casts, outside strings and names only", async () => {
    const { hexLiterals } = await import('../../src/columns/analyze.js');
    expect(
      hexLiterals(
        "select case when a = UINT256 '0' then b end, int256 'it''s', 'uint256 ''1''', xuint256 '2' from t",
        'trino',
      ),
    ).toBe(
      "select case when a = CAST('0' AS UINT256) then b end, CAST('it''s' AS INT256), 'uint256 ''1''', xuint256 '2' from t",
    );
    expect(hexLiterals("select uint256 '0'", 'snowflake')).toBe("select uint256 '0'");
    const runner = inProcessRunner();
    const analysis = await analyzeModel(
      { sql: "select case when a > uint256 '0' then b end as c from t", relations: {} },
      'trino',
      undefined,
      runner,
    );
    await runner.close();
    expect('unknown' in analysis ? analysis.unknown : analysis.columns.map((c) => c.name)).toEqual([
      'c',
    ]);
  });

  it("writes Trino's bare 0x literals as X'…', nowhere else", async () => {
    const { hexLiterals } = await import('../../src/columns/analyze.js');
    expect(
      hexLiterals("select a from t where b = 0xAbC1 and c = '0xff' and d0x1 = 1", 'trino'),
    ).toBe("select a from t where b = X'AbC1' and c = '0xff' and d0x1 = 1");
    // `0x` alone is DuneSQL's empty varbinary
    expect(hexLiterals('select "0x12" from t where x = 0x', 'trino')).toBe(
      `select "0x12" from t where x = X''`,
    );
    expect(hexLiterals('select 0xg from t', 'trino')).toBe('select 0xg from t');
    expect(hexLiterals('select 0xff', 'snowflake')).toBe('select 0xff');
    const runner = inProcessRunner();
    const analysis = await analyzeModel(
      { sql: 'select a from t where b = 0xabcdef', relations: {} },
      'trino',
      undefined,
      runner,
    );
    await runner.close();
    expect('unknown' in analysis).toBe(false);
  });
});

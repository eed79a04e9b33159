// The memo of piece analyses (memoizedAnalyses): the same text, dialect and schema are analysed
// once; anything else reaches the runner; what it keeps is bounded and shared read-only.
import { describe, expect, it } from 'vitest';
import type { RawResult } from '../../src/columns/analyze.js';
import { memoizedAnalyses, type PolyglotRunner } from '../../src/columns/polyglot.js';
import type { Unknown } from '../../src/columns/types.js';

const SCHEMA = {
  tables: [{ name: 't', columns: [{ name: 'a', type: '' }] }],
  strict: false as const,
};

function counting(answer: (sql: string) => RawResult | Unknown) {
  const calls: string[] = [];
  const runner: PolyglotRunner = {
    run(sql, _dialect, _schema, mode = 'full') {
      calls.push(`${mode}:${sql}`);
      return Promise.resolve(answer(sql));
    },
    close: () => Promise.resolve(),
  };
  return { runner, calls };
}

const analysis = (sql: string): RawResult => ({
  ast: null,
  analysis: {
    projections: [{ index: 0, name: sql, isStar: false, transformKind: 'direct', upstream: [] }],
    baseTables: [{ name: 't' }],
    columnUses: [],
  },
  ms: { parse: 0, analysis: 3 },
});

describe('memoizedAnalyses', () => {
  it('analyses a piece once, and answers a repeat with no time of its own', async () => {
    const { runner, calls } = counting(analysis);
    const memo = memoizedAnalyses(runner);
    const [a, b] = await Promise.all([
      memo.run('select a from t', 'snowflake', SCHEMA, 'analysis'),
      memo.run('select a from t', 'snowflake', SCHEMA, 'analysis'),
    ]);
    const c = await memo.run('select a from t', 'snowflake', SCHEMA, 'analysis');
    expect(calls).toEqual(['analysis:select a from t']);
    expect(a).toEqual(analysis('select a from t'));
    expect('unknown' in c! ? c : c.analysis).toEqual(analysis('select a from t').analysis);
    expect('unknown' in b! ? undefined : b.ms?.analysis).toBe(0);
  });

  it('tells apart another dialect, another schema and another text', async () => {
    const { runner, calls } = counting(analysis);
    const memo = memoizedAnalyses(runner);
    await memo.run('select a from t', 'snowflake', SCHEMA, 'analysis');
    await memo.run('select a from t', 'trino', SCHEMA, 'analysis');
    await memo.run(
      'select a from t',
      'snowflake',
      { tables: [], strict: false as const },
      'analysis',
    );
    await memo.run('select a from t ', 'snowflake', SCHEMA, 'analysis');
    expect(calls).toHaveLength(4);
  });

  it('passes parse and full runs through: their parse trees are not kept', async () => {
    const { runner, calls } = counting(analysis);
    const memo = memoizedAnalyses(runner);
    for (const mode of ['parse', 'full', 'parse', 'full'] as const)
      await memo.run('select a from t', 'snowflake', SCHEMA, mode);
    expect(calls).toHaveLength(4);
  });

  it('keeps a timeout, and forgets any other failure', async () => {
    let n = 0;
    const { runner, calls } = counting((sql) =>
      sql.includes('slow')
        ? { unknown: 'analysis took longer than 5000 ms' }
        : { unknown: `polyglot worker failed: crash ${++n}` },
    );
    const memo = memoizedAnalyses(runner);
    for (let i = 0; i < 2; i++) {
      await memo.run('select slow from t', 'snowflake', SCHEMA, 'analysis');
      await memo.run('select crash from t', 'snowflake', SCHEMA, 'analysis');
    }
    expect(calls).toEqual([
      'analysis:select slow from t',
      'analysis:select crash from t',
      'analysis:select crash from t',
    ]);
  });

  it('shares answers read-only: a caller cannot change what the next one gets', async () => {
    const { runner } = counting(analysis);
    const memo = memoizedAnalyses(runner);
    const first = (await memo.run('select a from t', 'snowflake', SCHEMA, 'analysis')) as RawResult;
    expect(() => {
      (first.analysis.projections as unknown[]).push({});
    }).toThrow(TypeError);
    const again = (await memo.run('select a from t', 'snowflake', SCHEMA, 'analysis')) as RawResult;
    expect(again.analysis.projections).toHaveLength(1);
  });

  it('is bounded: the oldest answers go first', async () => {
    const { runner, calls } = counting(analysis);
    const memo = memoizedAnalyses(runner);
    for (let i = 0; i <= 5_000; i++) await memo.run(`select ${i}`, 'snowflake', SCHEMA, 'analysis');
    await memo.run('select 5000', 'snowflake', SCHEMA, 'analysis'); // the newest: kept
    await memo.run('select 0', 'snowflake', SCHEMA, 'analysis'); // the oldest: gone
    expect(calls.slice(-1)).toEqual(['analysis:select 0']);
    expect(calls).toHaveLength(5_002);
  });
});

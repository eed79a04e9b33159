import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { modelLine, parseInventory } from '../../src/inventory/parse.js';
import type { Model } from '../../src/inventory/schema.js';
import { buildDiffReport } from '../../src/report/diff-report.js';
import { mergeResult } from '../../src/report/merge-result.js';
import { diff, inventoryOf, m } from '../helpers.js';

// Fail-open holes: what a pull request must not be able to steer (issue 10).

describe('ignore is decided from the base path', () => {
  const base = [
    m('stg_users', 'staging', { downstream_consumers: ['int_identity'] }),
    m('int_identity', 'identity'),
    m('scratch', 'other'),
  ];
  const config = { ignore: ['models/admin/**', 'models/other/**'] };

  it('keeps an edit whose head path points into an ignored folder', () => {
    const head = [base[0]!, { ...base[1]!, path: 'models/admin/int_identity.sql' }, base[2]!];
    const report = diff({ base, head, changed: ['models/identity/int_identity.sql'], config });
    expect(report.changes.map((c) => c.model)).toEqual(['int_identity']);
    expect(report.findings.map((f) => f.rule)).toContain('attribution/changed');
  });

  it('reports a move into an ignored folder', () => {
    const head = [base[0]!, { ...base[1]!, path: 'models/admin/int_identity.sql' }, base[2]!];
    const report = diff({ base, head, config });
    expect(report.changes.map((c) => [c.model, c.reasons])).toEqual([['int_identity', ['path']]]);
  });

  it('uses the head path only for an added model, and the base path for a removed one', () => {
    const head = [...base.slice(0, 2), m('admin_tool', 'admin')];
    const report = diff({ base, head, config });
    // scratch (removed, ignored at its base path) and admin_tool (added into models/admin).
    expect(report.changes).toEqual([]);
  });
});

describe('a vanished inventory', () => {
  const base = [
    m('stg_users', 'staging', { downstream_consumers: ['int_identity'] }),
    m('int_identity', 'identity'),
  ];

  it('is an error, and its models get the findings removal gets, even with fail-on: warning', () => {
    const report = diff({ base, head: null, config: { 'fail-on': 'warning' } });
    expect(report.summary.verdict).toBe('fail');
    expect(report.findings.map((f) => `${f.severity} ${f.rule} ${f.model}`)).toEqual([
      'error inventory/missing null',
      'warning attribution/changed int_identity',
    ]);
    expect(report.changes.map((c) => `${c.kind} ${c.model}`)).toEqual([
      'removed int_identity',
      'removed stg_users',
    ]);
  });

  it('fails under the default fail-on: error', () => {
    const report = diff({ base, head: null });
    expect(report.summary).toMatchObject({ errors: 1, verdict: 'fail' });
  });
});

describe('an incomplete changed-file list', () => {
  it('is an error finding saying why', () => {
    const models = [m('a', 'staging')];
    const report = buildIncomplete(models);
    expect(report.summary.verdict).toBe('fail');
    expect(report.findings[0]).toMatchObject({
      rule: 'input/incomplete',
      severity: 'error',
      message: expect.stringContaining('the compare API lists 300 files at most'),
    });
  });
});

function buildIncomplete(models: Model[]) {
  return buildDiffReport(
    {
      inventoryPath: 'inventory.json',
      base: { ref: 'base', inventory: inventoryOf(models) },
      head: { ref: 'head', inventory: inventoryOf(models) },
      changedFiles: [],
      incomplete: 'the compare API lists 300 files at most',
      toolVersion: '0',
    },
    defaultConfig(),
  );
}

describe('the merge result', () => {
  // main moved `m_user_match` into identity after the pull request branched off.
  const mergeBase = [
    m('stg_users', 'staging', { downstream_consumers: ['m_user_match'] }),
    m('m_user_match', 'other', { path: 'models/m_user_match.sql' }),
    m('old_model', 'reporting'),
  ];
  const tip = [
    mergeBase[0]!,
    { ...mergeBase[1]!, layer: 'identity', attribution_concepts: ['identity stitching'] },
    mergeBase[2]!,
    m('new_on_main', 'reporting'),
  ];

  it('takes untouched models from the base tip and keeps the pull request’s own edits', () => {
    const head = [
      mergeBase[0]!,
      { ...mergeBase[1]!, description: 'edited by the PR' },
      m('added_by_pr', 'staging'),
    ];
    const merged = mergeResult(inventoryOf(mergeBase), inventoryOf(head), inventoryOf(tip));
    expect(merged.models.map((x) => x.name)).toEqual([
      'stg_users',
      'm_user_match',
      'added_by_pr',
      'new_on_main',
    ]);
    expect(merged.models[1]).toMatchObject({
      layer: 'identity',
      description: 'edited by the PR',
      attribution_concepts: ['identity stitching'],
    });
    // old_model: removed by the pull request. Lines stay those of the head document.
    expect(modelLine(merged, 2)).toBe(modelLine(inventoryOf(head), 2));
    expect(modelLine(merged, 3)).toBeUndefined();
  });

  it('does not let a stale branch point escape an attribution warning', () => {
    const head = mergeBase;
    const tipInventory = inventoryOf(tip);
    const stale = buildDiffReport(
      {
        inventoryPath: 'inventory.json',
        base: { ref: 'tip', inventory: tipInventory },
        head: {
          ref: 'head',
          inventory: mergeResult(inventoryOf(mergeBase), inventoryOf(head), tipInventory),
        },
        changedFiles: [{ status: 'M', path: 'models/m_user_match.sql' }],
        toolVersion: '0',
      },
      defaultConfig(),
    );
    expect(stale.changes.map((c) => `${c.model} ${c.layer} ${c.reasons}`)).toEqual([
      'm_user_match identity sql',
    ]);
    expect(stale.findings.map((f) => f.rule)).toContain('attribution/changed');
  });

  it('keeps a `__proto__` field a plain field', () => {
    const parsedHead = parseInventory(
      JSON.stringify({ models: [mergeBase[0], { ...mergeBase[1] }] }).replace(
        '"layer":"other"',
        '"layer":"other","__proto__":{"polluted":true}',
      ),
      'inventory.json',
    );
    const merged = mergeResult(inventoryOf(mergeBase), parsedHead, inventoryOf(tip));
    const entry = merged.models[1]!;
    expect(Object.prototype.hasOwnProperty.call(entry, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

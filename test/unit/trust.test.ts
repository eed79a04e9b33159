import { describe, expect, it } from 'vitest';
import { diff, m } from '../helpers.js';

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

import { buildDiffReport } from '../../src/report/diff-report.js';
import { defaultConfig } from '../../src/config/schema.js';
import { inventoryOf } from '../helpers.js';
import type { Model } from '../../src/inventory/schema.js';

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

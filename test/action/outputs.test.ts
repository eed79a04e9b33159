import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cappedJsonList, OUTPUT_LIST_BYTES, reportOutputs } from '../../src/action/outputs.js';
import { buildAuditReport } from '../../src/audit/audit.js';
import { defaultConfig, type Config } from '../../src/config/schema.js';
import type { Model } from '../../src/inventory/schema.js';
import { diff, inventoryOf, m, pathOf, seedModels } from '../helpers.js';

const models = seedModels();
const identityChange = (config: Partial<Config> = {}, acknowledged = false) =>
  diff({
    base: models,
    head: models,
    changed: [pathOf(models, 'int_identity__resolution')],
    config,
    options: { acknowledged },
  });

const audit = (inventory: readonly Model[], config: Partial<Config> = {}) =>
  buildAuditReport(
    {
      inventoryPath: 'inventory.json',
      ref: 'main',
      inventory: inventoryOf(inventory),
      toolVersion: '0.0.0-test',
    },
    { ...defaultConfig(), ...config },
  );

describe('reportOutputs: diff reports', () => {
  it('gives every output as a string, matching the report', () => {
    const report = identityChange();
    const outputs = reportOutputs(report);
    expect(outputs).toEqual({
      verdict: 'pass',
      'changed-models': '["int_identity__resolution"]',
      'changed-count': '1',
      'impacted-models': JSON.stringify(report.impact.models.map((i) => i.model)),
      'impacted-count': '72',
      'blast-radius': '72',
      errors: '0',
      warnings: '2',
      'attribution-warnings': '2',
    });
    for (const value of Object.values(outputs)) expect(typeof value).toBe('string');
    const impacted = JSON.parse(outputs['impacted-models']!) as string[];
    expect(impacted).toHaveLength(72);
    expect(impacted).toContain('int_user__attribution_resolved');
  });

  it('lists changed and impacted models as JSON arrays in report order', () => {
    const chain = [
      m('a', 'staging', { downstream_consumers: ['b'] }),
      m('b', 'signal', { downstream_consumers: ['c'] }),
      m('c', 'reporting'),
      m('z', 'staging'),
    ];
    const report = diff({
      base: chain,
      head: chain,
      changed: ['models/staging/z.sql', 'models/staging/a.sql'],
    });
    const outputs = reportOutputs(report);
    expect(JSON.parse(outputs['changed-models']!)).toEqual(report.changes.map((c) => c.model));
    expect(JSON.parse(outputs['changed-models']!)).toEqual(['a', 'z']);
    expect(JSON.parse(outputs['impacted-models']!)).toEqual(['b', 'c']);
    expect(outputs['blast-radius']).toBe('2');
  });

  it('gives empty arrays and zeros for a change-free diff', () => {
    const report = diff({ base: models, head: models });
    expect(reportOutputs(report)).toEqual({
      verdict: 'pass',
      'changed-models': '[]',
      'changed-count': '0',
      'impacted-models': '[]',
      'impacted-count': '0',
      'blast-radius': '0',
      errors: '0',
      warnings: '0',
      'attribution-warnings': '0',
    });
  });

  it('escapes model names as JSON', () => {
    const odd = [m('say "hi"', 'staging', { path: 'models/q.sql' }), m('naïve,\\x', 'staging')];
    const report = diff({ base: [], head: odd });
    const changed = JSON.parse(reportOutputs(report)['changed-models']!) as string[];
    expect([...changed].sort()).toEqual(['naïve,\\x', 'say "hi"'].sort());
  });

  it('counts acknowledged attribution findings, while warnings drop to zero', () => {
    const report = identityChange({}, true);
    expect(report.findings.every((f) => f.severity === 'notice' && f.acknowledged)).toBe(true);
    expect(reportOutputs(report)).toMatchObject({
      verdict: 'pass',
      warnings: '0',
      errors: '0',
      'attribution-warnings': '2',
    });
  });

  it('counts attribution findings raised as errors, not those configured down to notices', () => {
    const asError = reportOutputs(
      identityChange({ rules: { 'attribution/changed': 'error' }, 'fail-on': 'error' }),
    );
    expect(asError).toMatchObject({
      verdict: 'fail',
      errors: '1',
      warnings: '1',
      'attribution-warnings': '2',
    });
    const asNotice = reportOutputs(identityChange({ rules: { 'attribution/impacted': 'notice' } }));
    expect(asNotice).toMatchObject({ warnings: '1', 'attribution-warnings': '1' });
    const off = reportOutputs(
      identityChange({ rules: { 'attribution/impacted': 'off', 'attribution/changed': 'off' } }),
    );
    expect(off).toMatchObject({ warnings: '0', 'attribution-warnings': '0' });
  });

  it('does not count other warnings as attribution warnings', () => {
    const report = identityChange({ 'max-blast-radius': 10 });
    expect(report.findings.map((f) => f.rule)).toContain('radius/threshold');
    expect(reportOutputs(report)).toMatchObject({ warnings: '3', 'attribution-warnings': '2' });
  });

  it('reports the failing verdict and error count', () => {
    const base = [m('gone', 'staging'), m('rep', 'reporting', { upstream_dependencies: ['gone'] })];
    const head = [m('rep', 'reporting', { upstream_dependencies: ['gone'] })];
    expect(reportOutputs(diff({ base, head }))).toMatchObject({
      verdict: 'fail',
      'changed-models': '["gone"]',
      errors: '1',
    });
  });
});

describe('reportOutputs: audit reports', () => {
  it('has no changes and no radius, and carries the audit verdict', () => {
    const report = audit(models);
    expect(reportOutputs(report)).toEqual({
      verdict: report.summary.verdict,
      'changed-models': '[]',
      'changed-count': '0',
      'impacted-models': '[]',
      'impacted-count': '0',
      'blast-radius': '0',
      errors: String(report.summary.errors),
      warnings: String(report.summary.warnings),
      'attribution-warnings': '0',
    });
  });

  it('fails on a cycle', () => {
    const cyclic = [
      m('a', 'x', { downstream_consumers: ['b'] }),
      m('b', 'x', { downstream_consumers: ['a'] }),
    ];
    expect(reportOutputs(audit(cyclic))).toMatchObject({ verdict: 'fail', errors: '1' });
  });
});

describe('list outputs are capped', () => {
  it('keeps hostile names under 64 KiB, as valid JSON, with the full count', () => {
    const names = Array.from({ length: 600 }, (_, i) => `m${i}_${'x'.repeat(300)}`);
    const chain = names.map((name, i) =>
      m(name, 'staging', i + 1 < names.length ? { downstream_consumers: [names[i + 1]!] } : {}),
    );
    const report = diff({ base: chain, head: chain, changed: [chain[0]!.path] });
    const outputs = reportOutputs(report);
    expect(Buffer.byteLength(outputs['impacted-models']!)).toBeLessThanOrEqual(OUTPUT_LIST_BYTES);
    const listed = JSON.parse(outputs['impacted-models']!) as string[];
    expect(listed).toEqual(names.slice(1, 1 + listed.length));
    expect(listed.length).toBeGreaterThan(50);
    expect(outputs['impacted-count']).toBe('599');
  });

  it('cuts at whole names, counting multi-byte characters as bytes', () => {
    expect(cappedJsonList(['ab', 'cd'], 9)).toBe('["ab"]');
    expect(cappedJsonList(['ab', 'cd'], 11)).toBe('["ab","cd"]');
    expect(cappedJsonList(['é'], 5)).toBe('[]');
    expect(cappedJsonList(['é'], 6)).toBe('["é"]');
    expect(cappedJsonList(['a'.repeat(100), 'b'], 20)).toBe('[]');
  });
});

describe('reportOutputs and action.yml agree', () => {
  it('sets every declared output but those run sets itself', () => {
    const actionYml = parse(
      readFileSync(fileURLToPath(new URL('../../action.yml', import.meta.url)), 'utf8'),
    ) as { outputs: Record<string, unknown> };
    const declared = Object.keys(actionYml.outputs).filter(
      (name) => name !== 'report-path' && name !== 'comment-url',
    );
    expect(Object.keys(reportOutputs(identityChange())).sort()).toEqual(declared.sort());
  });
});

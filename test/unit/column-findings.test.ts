// Attribution warnings with column analysis: they name the columns reaching each attribution
// model (or say it is downstream but unaffected), and keep their severity and the verdict.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  columnChange,
  diffReport,
  identityChange,
  seedModels,
} from '../../scripts/examples/scenarios.js';
import type { Finding } from '../../src/rules/catalog.js';

const seed = seedModels(readFileSync('test/fixtures/seed-inventory.json', 'utf8'));
const plain = diffReport(identityChange(seed)).report;
const columns = columnChange(seed);
const report = diffReport(columns).report;
const find = (findings: readonly Finding[], rule: string) => findings.find((f) => f.rule === rule)!;

describe('attribution findings with column analysis', () => {
  it('attribution/impacted names the columns reaching each model, affected ones first', () => {
    const finding = find(report.findings, 'attribution/impacted');
    expect(finding.message).toMatch(
      /^`int_identity__resolution` reaches 16 attribution-layer models \(4 affected per the column analysis\): `canonical_users` \(identity\) via `int_identity__resolution` → `canonical_users` — column `gclid` reached; /,
    );
    expect(finding.message).toContain(
      '`int_user__attribution_resolved` (attribution) via `int_identity__resolution` → `int_user_id__attribution_history` → `int_user__attribution_resolved` — columns `gclid`, `fbclid`, `fbc_token`, `click_id_source` reached',
    );
    expect(finding.message).toContain('— reached fully per the column analysis');
    expect(finding.message).toContain(
      '`int_posthog__person_collapsed` (identity) via `int_identity__resolution` → `int_posthog__person_collapsed` — downstream but unaffected per the column analysis',
    );
    // The four affected come before any ruled-out one.
    const related = finding.related!;
    const reach = new Map(report.impact.models.map((m) => [m.model, m.reach]));
    const firstOut = related.findIndex((m) => reach.get(m) === 'unaffected');
    expect(related.slice(0, firstOut).every((m) => reach.get(m) !== 'unaffected')).toBe(true);
    expect(related.slice(firstOut).every((m) => reach.get(m) === 'unaffected')).toBe(true);
    // Names are parts of their own.
    expect(finding.parts).toContainEqual({ code: 'gclid' });
    expect(finding.parts).toContainEqual({ code: 'click_id_source' });
  });

  it('exposure/reached says which columns flow into each synced model', () => {
    const finding = find(report.findings, 'exposure/reached');
    expect(finding.message).toMatch(
      /^exposure "Ad-platform conversion syncs" is reached through 15 models \(3 affected per the column analysis\): `conversion_events__google_ads` via .* — column `gclid` reached; /,
    );
    expect(finding.message).toContain('`kilo_pass_events__meta` via');
    expect(finding.related!.slice(0, 3)).toEqual([
      'conversion_events__google_ads',
      'conversion_events__google_ads_kilo_claw',
      'conversion_events__meta',
    ]);
  });

  it('attribution/changed says what the change does to its columns', () => {
    expect(find(report.findings, 'attribution/changed').message).toMatch(
      /; column analysis: column \(redefines `gclid`, `fbclid`\)$/,
    );
  });

  it('never lowers a severity or the verdict', () => {
    const severities = (findings: readonly Finding[]) =>
      findings.map((f) => `${f.rule}:${f.severity}:${f.model}`);
    expect(severities(report.findings)).toEqual(severities(plain.findings));
    const { affected: _affected, ...summary } = report.summary;
    expect(summary).toEqual(plain.summary);
  });

  it('without column analysis the messages are as they were', () => {
    for (const finding of plain.findings) expect(finding.message).not.toContain('column');
  });

  it('keeps a hostile column name one inert part', () => {
    const hostile = 'a`b\n\u202e`c';
    const c = columns.columns!;
    const { report: r } = diffReport({
      ...columns,
      columns: {
        ...c,
        changes: [{ ...c.changes[0]!, columns: { added: [], removed: [], modified: [hostile] } }],
        models: c.models.map((m) => (m.reach === 'columns' ? { ...m, columns: [hostile] } : m)),
      },
    });
    for (const rule of ['attribution/impacted', 'attribution/changed', 'exposure/reached'])
      expect(find(r.findings, rule).parts).toContainEqual({ code: hostile });
  });
});

import { describe, expect, it } from 'vitest';
import {
  auditReport,
  diffReport,
  hugeChange,
  identityChange,
  metadataOnly,
  removedModel,
  seedModels,
} from '../../scripts/examples/scenarios.js';
import {
  commentMarker,
  renderAudit,
  renderComment,
  renderSummary,
} from '../../src/render/markdown/index.js';
import { detailsBalance, SEED_TEXT, tablesIntact } from './helpers.js';

const seed = seedModels(SEED_TEXT);
const SNAPSHOTS = './__snapshots__';

describe('PR comment layouts', () => {
  it('identity-layer change: verdict first, attribution impact, picture, full list', async () => {
    const { report, context } = diffReport(identityChange(seed));
    const comment = renderComment(report, context);
    await expect(comment).toMatchFileSnapshot(`${SNAPSHOTS}/identity-change.comment.md`);

    const lines = comment.split('\n');
    expect(lines[0]).toBe('<!-- dbt-blast-radius inventory=dbt_model_inventory.json -->');
    expect(lines[2]).toBe(
      '### 🟠 3 warnings — 1 model changed → 72 downstream, 16 in attribution layers, 1 exposure reached',
    );
    // The first screen (verdict, warnings, top paths, the change), the picture, then the
    // rest collapsed.
    const order = [
      '#### Warnings',
      '#### Top paths into the attribution layers (3 of 16)',
      '#### Changed models (1)',
      '#### Lineage picture',
      '<details><summary>🎯 Attribution impact',
      '<details><summary>📤 Exposures reached (1)',
      '<details><summary>Impact by layer',
      '<details><summary>All 72 impacted models</summary>',
      '<sub>base `3f9c2a1` → head `8e7d6c5`',
    ].map((heading) => comment.indexOf(heading));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Attribution warnings come before the others, each group with its fix hint.
    expect(comment.indexOf('`attribution/changed`')).toBeLessThan(
      comment.indexOf('`radius/threshold`') === -1
        ? Infinity
        : comment.indexOf('`radius/threshold`'),
    );
    expect(comment).toContain(
      '— Check conversion counts and ad-platform syncs before and after this change.',
    );
    expect(comment).toContain('| ✏️ `int_identity__resolution` | identity 🎯 | SQL | 4 | 72 |');
    expect(comment).toContain('applying the `blast-radius-acknowledged` label');
    const balance = detailsBalance(comment);
    expect(balance.open).toBeGreaterThan(1);
    expect(balance.close).toBe(balance.open);
    expect(tablesIntact(comment)).toBe(true);
  });

  it('removed model with consumers: errors lead and the check fails', async () => {
    const { report, context } = diffReport(removedModel(seed));
    const comment = renderComment(report, context);
    await expect(comment).toMatchFileSnapshot(`${SNAPSHOTS}/removed-model.comment.md`);
    expect(comment).toMatch(/^### 🔴 1 error · 🟠 \d+ warnings — 2 models changed/m);
    expect(comment).toContain('❌ **This check fails**: errors fail it (`fail-on: error`).');
    expect(comment.indexOf('`lineage/broken-reference`')).toBeLessThan(
      comment.indexOf('`attribution/changed`'),
    );
    expect(comment).toContain('| ➖ `int_user_id__attribution_history` | signal 🎯 |');
  });

  it('metadata-only change: its own section, no radius, no picture', async () => {
    const { report, context } = diffReport(metadataOnly(seed));
    const comment = renderComment(report, context);
    await expect(comment).toMatchFileSnapshot(`${SNAPSHOTS}/metadata-only.comment.md`);
    expect(comment).toContain('### 🟠 2 warnings — 2 models changed (metadata only)');
    expect(comment).toContain('#### Metadata-only changes (2)');
    expect(comment).not.toContain('#### Changed models');
    expect(comment).not.toContain('```mermaid');
    expect(comment).not.toContain('Impact by layer');
  });

  it('huge change: a legible picture in the comment, the layers in the job summary', async () => {
    const { report, context } = diffReport(hugeChange(seed));
    const comment = renderComment(report, context);
    await expect(comment).toMatchFileSnapshot(`${SNAPSHOTS}/huge-change.comment.md`);
    // The comment draws a few changes and the attribution models they reach, and says so.
    expect(comment).toContain('n1["✏️ stg_');
    expect(comment).toContain('"canonical_users"]');
    expect(comment).toContain('3 of 72 changed models drawn');
    expect(comment).toContain('<details><summary>The 72 changed models</summary>');
    // The job summary keeps the picture of every model, grouped by layer.
    expect(renderSummary(report, context)).toContain('["72 changed staging models"]');
    expect(comment.length).toBeLessThanOrEqual(65_536);
  });

  it('no model changes: a short comment that says so', async () => {
    const { report, context } = diffReport({ base: seed, head: seed });
    const comment = renderComment(report, context);
    await expect(comment).toMatchFileSnapshot(`${SNAPSHOTS}/no-changes.comment.md`);
    expect(comment.split('\n')[0]).toBe(commentMarker('dbt_model_inventory.json'));
    expect(comment).toContain('### ✅ No model changes');
    expect(comment.length).toBeLessThan(600);
  });

  it('acknowledged warnings: said in the headline and the verdict, kept in the list', () => {
    const { report, context } = diffReport({ ...identityChange(seed), acknowledged: true });
    const comment = renderComment(report, context);
    expect(report.summary.warnings).toBe(0);
    expect(comment).toContain('### ☑️ 3 acknowledged warnings — 1 model changed');
    expect(comment).toContain(
      '☑️ Warnings were acknowledged with the `blast-radius-acknowledged` label: 3 warnings count as notices.',
    );
    expect(comment).toContain('☑️ **`attribution/changed`** (acknowledged)');
    expect(comment).not.toContain('Anyone with triage or write access');
  });

  it('fail-on warning: the verdict says warnings fail, the hint says acknowledging passes', () => {
    const { report, context } = diffReport({
      ...identityChange(seed),
      config: { 'fail-on': 'warning' },
    });
    const comment = renderComment(report, context);
    expect(comment).toContain('errors and warnings fail it (`fail-on: warning`)');
    expect(comment).toContain('they then count as notices and no longer fail the check.');
  });

  it('without an acknowledge label, no hint about one', () => {
    const { report, context } = diffReport(identityChange(seed));
    const comment = renderComment(report, { ...context, acknowledgeLabel: undefined });
    expect(comment).not.toContain('acknowledge');
  });

  it('is byte-identical for identical input', () => {
    const a = diffReport(removedModel(seed));
    const b = diffReport(removedModel(seed));
    expect(renderComment(a.report, a.context)).toBe(renderComment(b.report, b.context));
    expect(renderSummary(a.report, a.context)).toBe(renderSummary(b.report, b.context));
  });
});

describe('job summary and audit layouts', () => {
  it('job summary: a title instead of the marker, every row', async () => {
    const { report, context } = diffReport(hugeChange(seed));
    const summary = renderSummary(report, context);
    await expect(summary).toMatchFileSnapshot(`${SNAPSHOTS}/huge-change.summary.md`);
    expect(summary.startsWith('## dbt blast radius: `dbt_model_inventory.json`\n')).toBe(true);
    expect(summary).not.toContain('<!--');
    expect(summary).toContain(`All ${report.impact.models.length} impacted models`);
  });

  it('audit: summary, layers, coverage, findings, hubs, attribution map, recommendations', async () => {
    const { report, context } = auditReport(SEED_TEXT);
    const audit = renderAudit(report, context);
    await expect(audit).toMatchFileSnapshot(`${SNAPSHOTS}/audit.md`);
    for (const heading of [
      '#### Summary',
      '#### Recommendations',
      '#### Consistency findings (7)',
      '#### Models by layer',
      '#### Metadata coverage by layer',
      '#### Largest blast radius',
      '#### Attribution map',
    ])
      expect(audit).toContain(heading);
    expect(audit).toContain(
      '1. 182 of 226 models declare no dependencies: add them to the staging models that feed attribution first',
    );
    // Edges against the layer order are labelled and drawn red.
    expect(audit).toContain('-->|"3, 3 against the order"|');
    expect(audit).toMatch(/linkStyle \d+,\d+ stroke:#dc2626/);
    expect(tablesIntact(audit)).toBe(true);
  });
});

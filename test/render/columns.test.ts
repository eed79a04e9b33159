// The column radius in the comment and the job summary (`diff --columns`): affected first,
// ruled out folded, lists capped, and nothing at all without the analysis.
import { describe, expect, it } from 'vitest';
import {
  columnChange,
  diffReport,
  identityChange,
  seedModels,
} from '../../scripts/examples/scenarios.js';
import { renderComment, renderSummary } from '../../src/render/markdown/index.js';
import type { DiffReport, ReportChange } from '../../src/report/types.js';
import { detailsBalance, SEED_TEXT, tablesIntact } from './helpers.js';
import { syntheticReport, withColumns } from './synthetic.js';

const seed = seedModels(SEED_TEXT);

/** The report as it would be without the column analysis (its findings: the model level's). */
function withoutColumns(report: DiffReport, findings: DiffReport['findings']): DiffReport {
  const { affected: _affected, ...summary } = report.summary;
  return {
    ...report,
    changes: report.changes.map(
      ({ category: _c, columns: _k, categoryReasons: _r, ...change }) => change,
    ),
    impact: {
      ...report.impact,
      models: report.impact.models.map(
        ({ reach: _r, columns: _c, reachReasons: _w, ...model }) => model,
      ),
    },
    findings,
    summary,
  };
}

describe('the column radius in the comment', () => {
  const { report, context } = diffReport(columnChange(seed));
  const comment = renderComment(report, context);

  it('leads with what is affected, then what was ruled out, folded', () => {
    expect(comment).toContain(
      '### 🟠 3 warnings — 1 model changed → 72 downstream (7 affected), 16 in attribution layers',
    );
    const order = [
      '#### Warnings',
      '#### Column impact: 7 of 72 downstream models affected (1 fully, 6 by columns)',
      '- `paid_budget__event_conversions` (attribution 🎯) — fully: uses canonical_users.gclid in a join',
      '- `canonical_users` (identity 🎯) — columns `gclid`',
      '<details><summary>4 more affected models</summary>',
      '<details><summary>Ruled out (65): downstream but unaffected</summary>',
      '#### Changed models (1)',
      '#### Lineage picture',
    ].map((line) => comment.indexOf(line));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Why each was ruled out: the step it is reached by, and what that step changes.
    expect(comment).toContain(
      '- `int_posthog__person_collapsed` (identity 🎯) — via `int_identity__resolution` (changes `gclid`, `fbclid`)',
    );
    expect(comment).toContain(
      '- `int_user_id__to_distinct_id` (identity 🎯) — via `int_user_id__to_person_id` (unaffected)',
    );
    // The warnings keep the model level, and say so.
    expect(comment).toContain('The warnings and the verdict still count them');
    // The affected models lead instead of the top paths; the lists replace the full list.
    expect(comment).not.toContain('Top paths into the attribution layers');
    expect(comment).not.toContain('impacted models</summary>');
    expect(detailsBalance(comment).open).toBe(detailsBalance(comment).close);
    expect(tablesIntact(comment)).toBe(true);
  });

  it('shows each change’s category, and each model’s reach where models are listed', () => {
    expect(comment).toContain(
      '| ✏️ `int_identity__resolution` | identity 🎯 | SQL | column: redefines `gclid` +1 more | 4 | 72 |',
    );
    expect(comment).toContain(
      '- `int_identity__resolution` reaches 16 attribution-layer models, 4 affected (see Attribution impact)',
    );
    expect(comment).toContain('Attribution impact: 16 models in attribution layers, 4 affected');
    expect(comment).toContain(
      '| `int_user_id__attribution_history` | signal 🎯 | columns `gclid`, `fbclid` |',
    );
    expect(comment).toContain(
      '`conversion_events__google_ads` — 3 hops from `int_identity__resolution`; columns `gclid`',
    );
  });

  it('the job summary has the same sections, in tables, with the full list', () => {
    const summary = renderSummary(report, context);
    expect(summary).toContain('#### Column impact: 7 of 72 downstream models affected');
    expect(summary).toContain(
      '| 3 | `conversion_events__google_ads` | reporting | columns `gclid` |',
    );
    expect(summary).toContain('<details><summary>Ruled out (65): downstream but unaffected');
    expect(summary).toContain('| Depth | Model | Layer | Via | Reach |');
    expect(summary).toContain(
      '| `int_identity__resolution` | ✏️ modified | identity 🎯 | SQL | column: redefines `gclid`, `fbclid` |',
    );
    expect(tablesIntact(summary)).toBe(true);
  });

  it('without column analysis, the output is what it was, byte for byte', () => {
    const plain = diffReport(identityChange(seed));
    const stripped = withoutColumns(report, plain.report.findings);
    expect(renderComment(stripped, context)).toBe(renderComment(plain.report, plain.context));
    expect(renderSummary(stripped, context)).toBe(renderSummary(plain.report, plain.context));
  });

  it('says when the radius was not followed column by column', () => {
    const { affected: _a, ...summary } = report.summary;
    const partial: DiffReport = {
      ...report,
      impact: {
        ...report.impact,
        models: report.impact.models.map(({ reach: _r, columns: _c, reachReasons: _w, ...m }) => m),
      },
      summary,
    };
    const out = renderComment(partial, context);
    expect(out).toContain('#### Column impact: not computed for this radius');
    expect(out).toContain('all 72 downstream models count as affected');
    // The changes keep their category.
    expect(out).toContain('column: redefines `gclid` +1 more');
  });
});

describe('column categories and capped lists', () => {
  const name = (i: number) => `m_${i}`;
  const big = withColumns(
    syntheticReport({
      changes: 5,
      impacted: 600,
      fanOut: 6,
      layers: ['staging', 'identity', 'reporting'],
      findings: 0,
      name,
    }),
    name,
  );

  it('says each category with a short why', () => {
    const change = (c: Partial<ReportChange>): DiffReport => ({
      ...big,
      changes: [{ ...big.changes[0]!, ...c }],
    });
    const cell = (c: Partial<ReportChange>) => renderSummary(change(c));
    expect(
      cell({ category: 'additive', columns: { added: ['x'], removed: [], modified: [] } }),
    ).toContain('additive: adds `x`');
    expect(
      cell({
        category: 'cosmetic',
        columns: undefined,
        categoryReasons: ['the SQL differs only in whitespace'],
      }),
    ).toContain('cosmetic: whitespace only');
    expect(
      cell({
        category: 'unknown',
        columns: undefined,
        categoryReasons: ['head: run_query is not analysed'],
      }),
    ).toContain('unknown: head: run_query is not analysed');
    expect(
      cell({
        category: 'model-wide',
        columns: { added: [], removed: [], modified: [] },
        categoryReasons: ['the filters changed'],
      }),
    ).toContain('model-wide: the filters changed');
    expect(
      cell({
        category: 'column',
        columns: { added: ['n'], removed: ['a', 'b', 'c', 'd'], modified: ['gclid'] },
      }),
    ).toContain('column: removes `a`, `b`, `c` +1 more; redefines `gclid`; adds `n`');
  });

  it('caps the comment’s lists, saying how many more and where they are', () => {
    const comment = renderComment(big, {});
    expect(comment).toContain('#### Column impact: 400 of 600 downstream models affected');
    expect(comment).toContain('+350 more affected models (50 of 400 shown here)');
    expect(comment).toContain('<details><summary>Ruled out (200): downstream but unaffected');
    expect(comment).toContain('+100 more ruled-out models (100 of 200 shown here)');
    // Capped, not cut: the full list is still there, with each model's reach.
    expect(comment).toContain('| Depth | Model | Layer | Via | Reach |');
    expect(comment).toMatch(/ \| columns \|$/m);
    // Fully reached first, then by columns.
    expect(comment).toContain('(identity 🎯) — fully: uses');
    // The lists were capped, not cut (the 600-row full list is what the budget cuts).
    expect(comment).toMatch(/✂️ Cut to fit [^\n]*: full impacted list\./);
    expect(detailsBalance(comment).open).toBe(detailsBalance(comment).close);
    expect(tablesIntact(comment)).toBe(true);
  });

  it('spends a tight budget on the affected models before the ruled-out ones', () => {
    const comment = renderComment(big, {}, { maxLength: 6_000 });
    expect(comment.length).toBeLessThanOrEqual(6_000);
    expect(comment).toContain('#### Column impact: 400 of 600 downstream models affected');
    expect(comment).toContain('✂️ Cut to fit');
    expect(comment.indexOf('— fully: uses')).toBeGreaterThan(0);
  });
});

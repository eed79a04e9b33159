import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_KIND, annotationsFor } from '../../src/action/annotations.js';
import { RULE_NAMES, type Finding, type Severity } from '../../src/rules/catalog.js';
import { sortFindings } from '../../src/rules/verdict.js';
import { diff, m, pathOf, seedModels } from '../helpers.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** `count` errors (broken references), warnings (attribution changes) and notices (new
 * unknown references) from one real diff. */
function busyReport(count: number, acknowledged = false) {
  const idx = [...Array(count).keys()];
  const attr = (i: number) =>
    m(`attr_${i}`, 'attribution', { attribution_concepts: ['last_touch'] });
  const base = [
    m('gone', 'staging'),
    ...idx.map(attr),
    ...idx.map((i) => m(`rep_${i}`, 'reporting', { upstream_dependencies: ['gone'] })),
  ];
  const head = [
    ...idx.map(attr),
    ...idx.map((i) => m(`rep_${i}`, 'reporting', { upstream_dependencies: ['gone', `src_${i}`] })),
  ];
  return diff({
    base,
    head,
    changed: idx.map((i) => `models/attribution/attr_${i}.sql`),
    options: { acknowledged },
  });
}

describe('annotationsFor on real reports', () => {
  it('annotates every finding when there are few, most severe first', () => {
    const report = busyReport(3);
    expect(report.summary).toMatchObject({ errors: 3, warnings: 3, notices: 3 });
    const { annotations, omitted } = annotationsFor(report.findings);
    expect(omitted).toBe(0);
    expect(annotations.map((a) => a.level)).toEqual([
      ...Array(3).fill('error'),
      ...Array(3).fill('warning'),
      ...Array(3).fill('notice'),
    ]);
  });

  it('caps each severity at 10 and counts the rest as omitted', () => {
    const report = busyReport(14);
    expect(report.summary).toMatchObject({ errors: 14, warnings: 14, notices: 14 });
    const { annotations, omitted } = annotationsFor(report.findings);
    expect(ANNOTATIONS_PER_KIND).toBe(10);
    const levels = annotations.map((a) => a.level);
    expect(levels).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(10).fill('notice'),
    ]);
    expect(omitted).toBe(12);
  });

  it('keeps the first ten of each kind in report order', () => {
    const report = busyReport(12);
    const { annotations } = annotationsFor(report.findings);
    for (const level of ['error', 'warning', 'notice'] as const) {
      const expected = report.findings
        .filter((f) => f.severity === level)
        .slice(0, 10)
        .map((f) => f.message.replace(/`/g, ''));
      expect(annotations.filter((a) => a.level === level).map((a) => a.message)).toEqual(expected);
    }
  });

  it('strips backticks, names the rule in the title, and carries file and line', () => {
    const { annotations } = annotationsFor(busyReport(1).findings);
    expect(annotations).toEqual([
      {
        level: 'error',
        title: 'lineage/broken-reference',
        message: 'rep_0.upstream_dependencies still references gone, which this change removes',
        file: 'inventory.json',
        line: expect.any(Number),
      },
      {
        level: 'warning',
        title: 'attribution/changed',
        message: 'attr_0 in attribution layer attribution is changed (sql); it carries: last_touch',
        file: 'inventory.json',
        line: 3,
      },
      {
        level: 'notice',
        title: 'lineage/unknown-reference',
        message:
          'rep_0.upstream_dependencies lists src_0, which is not a model of the inventory (kept as an external node)',
        file: 'inventory.json',
        line: expect.any(Number),
      },
    ]);
    for (const a of annotations) expect(a.message).not.toContain('`');
  });

  it('points at the inventory line of each finding', () => {
    const report = busyReport(2);
    const { annotations } = annotationsFor(report.findings);
    expect(annotations.map((a) => [a.file, a.line])).toEqual(
      report.findings.map((f) => [f.file, f.line]),
    );
    for (const a of annotations) expect(a.line).toBeGreaterThan(0);
  });

  it('leaves out file and line when the finding has none (a removed model)', () => {
    const base = [m('attr', 'attribution'), m('rep', 'reporting')];
    const report = diff({ base, head: [m('rep', 'reporting')] });
    const removed = report.findings.find((f) => f.rule === 'attribution/changed');
    expect(removed).toMatchObject({ file: null, line: null });
    const [annotation] = annotationsFor([removed!]).annotations;
    expect(annotation).toEqual({
      level: 'warning',
      title: 'attribution/changed',
      message: 'attr in attribution layer attribution is removed',
    });
    expect(annotation).not.toHaveProperty('file');
    expect(annotation).not.toHaveProperty('line');
  });

  it('marks acknowledged findings in the title, as notices within the notice cap', () => {
    const report = busyReport(7, true);
    expect(report.summary).toMatchObject({ errors: 7, warnings: 0, notices: 14 });
    const { annotations, omitted } = annotationsFor(report.findings);
    expect(annotations.filter((a) => a.level === 'notice')).toHaveLength(10);
    expect(omitted).toBe(4);
    expect(
      annotations.filter((a) => a.title === 'attribution/changed (acknowledged)'),
    ).toHaveLength(7);
    expect(annotations.map((a) => a.level)).not.toContain('warning');
  });

  it('annotates the seed identity change: two warnings with their lines', () => {
    const models = seedModels();
    const report = diff({
      base: models,
      head: models,
      changed: [pathOf(models, 'int_identity__resolution')],
    });
    const { annotations, omitted } = annotationsFor(report.findings);
    expect(omitted).toBe(0);
    expect(annotations.map((a) => [a.level, a.title])).toEqual([
      ['warning', 'attribution/changed'],
      ['warning', 'attribution/impacted'],
    ]);
    expect(annotations[1]?.message).toMatch(
      /^int_identity__resolution reaches 16 attribution-layer models: /,
    );
    expect(annotations.every((a) => a.file === 'inventory.json' && a.line! > 0)).toBe(true);
  });

  it('has nothing to annotate for an empty report', () => {
    expect(annotationsFor([])).toEqual({ annotations: [], omitted: 0 });
  });
});

describe('annotationsFor: properties', () => {
  const findingArb: fc.Arbitrary<Finding> = fc.record({
    rule: fc.constantFrom(...RULE_NAMES),
    severity: fc.constantFrom<Severity>('error', 'warning', 'notice'),
    model: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
    message: fc.string({ unit: fc.constantFrom('`', 'a', ' ', '→', 'é') }),
    file: fc.option(fc.constant('inventory.json'), { nil: null }),
    line: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
  });
  const sortedFindings = fc.array(findingArb, { maxLength: 60 }).map((f) => sortFindings(f));

  it('at most ten per kind, the rest omitted, most severe first, no backticks', () => {
    fc.assert(
      fc.property(sortedFindings, (findings) => {
        const { annotations, omitted } = annotationsFor(findings);
        expect(annotations.length + omitted).toBe(findings.length);
        for (const level of ['error', 'warning', 'notice'] as const) {
          const total = findings.filter((f) => f.severity === level).length;
          expect(annotations.filter((a) => a.level === level)).toHaveLength(Math.min(total, 10));
        }
        for (let i = 1; i < annotations.length; i++)
          expect(RANK[annotations[i - 1]!.level]).toBeLessThanOrEqual(RANK[annotations[i]!.level]);
        for (const a of annotations) expect(a.message).not.toContain('`');
      }),
    );
  });

  it('each annotation is its finding: same rule, text without backticks, file and line', () => {
    fc.assert(
      fc.property(sortedFindings, (findings) => {
        // With the cap not reached, annotations and findings correspond one to one.
        const capped = findings.slice(0, 10);
        const { annotations } = annotationsFor(capped);
        expect(annotations).toHaveLength(capped.length);
        capped.forEach((f, i) => {
          const a = annotations[i]!;
          expect(a.title).toBe(f.rule);
          expect(a.message).toBe(f.message.split('`').join(''));
          expect(a.file).toBe(f.file ?? undefined);
          expect(a.line).toBe(f.line ?? undefined);
        });
      }),
    );
  });
});

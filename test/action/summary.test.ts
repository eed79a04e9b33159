import { describe, expect, it } from 'vitest';
import { composeSummary, STEP_SUMMARY_LIMIT } from '../../src/action/summary.js';
import { renderSummary } from '../../src/render/markdown/index.js';
import { diff, pathOf, seedModels } from '../helpers.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('the job summary budget', () => {
  it('counts the failure and the notes in, so the whole stays under 1 MiB', () => {
    const notes = Array.from({ length: 50 }, (_, i) => `note ${i} ${'é'.repeat(10_000)}`);
    const text = composeSummary('x'.repeat(100_000), notes, (max) => 'r'.repeat(max));
    expect(bytes(text)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(text).toContain('more notes in the log');
    expect(text).toMatch(/r{1000}$/);
  });

  it('gives the real renderer what is left, and it keeps to it', () => {
    const models = seedModels();
    const report = diff({
      base: models,
      head: models,
      changed: [pathOf(models, 'int_identity__resolution')],
    });
    const notes = ['Judged as merged: …', 'n'.repeat(3_000), 'm'.repeat(3_000)];
    const limit = 12_000;
    const text = composeSummary(
      undefined,
      notes,
      (maxLength) => renderSummary(report, {}, { maxLength }),
      limit,
    );
    expect(bytes(text)).toBeLessThanOrEqual(limit);
    expect(text).toContain('Judged as merged');
    expect(text).toContain('int_identity__resolution');
  });

  it('neutralises angle brackets and keeps a note on one quoted line', () => {
    const text = composeSummary(undefined, ['a <script>\nb'], null);
    expect(text).toBe('> [!NOTE]\n> a script b\n');
  });
});

import type { DiffReport } from '../../report/types.js';
import { fmt, SUMMARY_LIMIT, type RenderContext, type RenderOptions } from './context.js';
import { renderDiffDocument } from './diff-document.js';
import { code, heading, text } from './nodes.js';
import { MIN_LENGTH } from './comment.js';
import { utf8Length } from './stringify.js';

/** Rows past which a list stops helping a reader, even in the job summary. */
export const SUMMARY_MAX_ROWS = 1_000;

/**
 * The job summary: every section of the comment with every row, up to `maxLength` UTF-8 bytes
 * (GitHub's 1 MiB per step by default), cut by the same priorities past it.
 */
export function renderSummary(
  report: DiffReport,
  context: RenderContext = {},
  options: RenderOptions = {},
): string {
  const maxLength = options.maxLength ?? SUMMARY_LIMIT;
  if (maxLength < MIN_LENGTH) throw new RangeError(`maxLength must be at least ${MIN_LENGTH}`);
  return renderDiffDocument(report, context, {
    preamble: [heading(2, text('dbt blast radius: '), code(report.inventory.path, 120))],
    mode: {
      elsewhere: 'the JSON report (--format json, or the action’s report-path) has everything',
      readable: { nodes: 100, edges: 150 },
      maxRows: SUMMARY_MAX_ROWS,
      measure: utf8Length,
      budget: maxLength,
    },
    cutNote: (labels) =>
      `Cut to fit ${fmt(maxLength)} bytes, or past ${fmt(SUMMARY_MAX_ROWS)} rows: ${labels.join(', ')}. ` +
      'The JSON report (--format json, or the action’s report-path) has everything.',
  });
}

import type { DiffReport } from '../../report/types.js';
import {
  COMMENT_LIMIT,
  fmt,
  fullReportIsIn,
  resolve,
  type RenderContext,
  type RenderOptions,
} from './context.js';
import { renderDiffDocument } from './diff-document.js';
import { diffView } from './diff-view.js';
import { footer } from './frame.js';
import { code, heading, markerNode, paragraph, text } from './nodes.js';
import { commentMarker, safeUrl } from './sanitize.js';
import { toMarkdown, utf16Length } from './stringify.js';

/** Below this, not even the headline and the notes fit. */
export const MIN_LENGTH = 2_000;

/**
 * The pull-request comment: a hidden marker line (one comment per inventory), the verdict
 * headline, then the sections by priority within `maxLength` UTF-16 units (GitHub's 65,536 by
 * default). Pure: the same report and context give the same string.
 */
export function renderComment(
  report: DiffReport,
  context: RenderContext = {},
  options: RenderOptions = {},
): string {
  const maxLength = options.maxLength ?? COMMENT_LIMIT;
  if (maxLength < MIN_LENGTH) throw new RangeError(`maxLength must be at least ${MIN_LENGTH}`);
  const marker = markerNode(commentMarker(report.inventory.path));
  const view = diffView(report, resolve(context));
  // Changed dbt files no model claims were not analysed: never call those safe.
  const unanalysed = report.unanalysed?.length ?? 0;
  if (report.changes.length === 0 && view.blocking.length === 0 && unanalysed === 0) {
    // Short, so the action can replace a stale comment once a PR stops changing models.
    return `${toMarkdown([
      marker,
      heading(3, text('✅ No model changes')),
      paragraph(
        text('This pull request changes no model in '),
        code(report.inventory.path, 120),
        text(', so nothing downstream is at risk.'),
      ),
      footer(report, context),
    ])}\n`;
  }
  const where = fullReportIsIn({ ...context, runUrl: safeUrl(context.runUrl) });
  return renderDiffDocument(report, context, {
    preamble: [marker],
    mode: {
      elsewhere: where.short,
      compact: true,
      readable: { nodes: 40, edges: 60 },
      maxRows: Infinity,
      measure: utf16Length,
      budget: maxLength,
    },
    cutNote: (labels) =>
      `Cut to fit GitHub's limit of ${fmt(maxLength)} characters: ${labels.join(', ')}. ${where.sentence}`,
  });
}

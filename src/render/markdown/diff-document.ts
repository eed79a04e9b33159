import type { RootContent } from 'mdast';
import type { DiffReport } from '../../report/types.js';
import type { Part } from './budget.js';
import { resolve, type RenderContext } from './context.js';
import {
  attributionPart,
  byLayerPart,
  changedPart,
  driftPart,
  commentPicturePart,
  exposuresPart,
  fieldsPart,
  findingsPart,
  fullListPart,
  gainedLostPart,
  metadataPart,
  noticesPart,
  picturePart,
  topPathsPart,
  type DiffMode,
} from './diff-parts.js';
import { diffView, type DiffView } from './diff-view.js';
import { columnListsCoverRadius, columnParts } from './column-parts.js';
import { footer, scopeLine, severityCounts, verdictNodes } from './frame.js';
import { heading, paragraph, text } from './nodes.js';
import { assemble, fixedPart } from './parts.js';
import { toMarkdown } from './stringify.js';

export interface DiffDocument {
  /** Nodes before the headline (the comment's marker), and a title (the summary's). */
  readonly preamble: readonly RootContent[];
  readonly mode: DiffMode;
  /** Says what was cut, in a sentence ending with where to find it. */
  readonly cutNote: (labels: readonly string[]) => string;
}

/** The headline: verdict counts, then the scope of the change. */
export function headline(view: DiffView): string {
  const { report } = view;
  const scope = scopeLine(
    report.changes.length,
    view.metadataOnly.length,
    report.impact.models.length,
    report.summary.attributionImpacted,
    view.exposures.length,
    report.summary.affected,
  );
  return `${severityCounts(report.summary, view.acknowledged)} — ${scope}`;
}

/** The comment and the job summary: the same sections, spent against different budgets. */
export function renderDiffDocument(
  report: DiffReport,
  context: RenderContext,
  doc: DiffDocument,
): string {
  const view = diffView(report, resolve(context));
  const { mode } = doc;
  const top = fixedPart('headline', [
    ...doc.preamble,
    heading(3, text(headline(view))),
    ...verdictNodes(report.summary, view.acknowledged, context),
  ]);
  const bottom = fixedPart('footer', [footer(report, context)]);
  const parts: Part[] = mode.compact
    ? [
        top,
        findingsPart(view, mode),
        ...columnParts(view, mode),
        // With the column radius, the affected models lead instead of the paths.
        ...(report.summary.affected === undefined ? [topPathsPart(view, mode)] : []),
        changedPart(view, mode),
        commentPicturePart(view, mode),
        attributionPart(view, mode),
        exposuresPart(view, mode),
        byLayerPart(view, mode),
        // The affected and ruled-out lists above already name each impacted model.
        ...(columnListsCoverRadius(view) ? [] : [fullListPart(view, mode)]),
        gainedLostPart(view, mode),
        fieldsPart(view, mode),
        metadataPart(view, mode),
        driftPart(view, mode),
        noticesPart(view, mode),
        bottom,
      ]
    : [
        top,
        findingsPart(view, mode),
        ...columnParts(view, mode),
        changedPart(view, mode),
        attributionPart(view, mode),
        exposuresPart(view, mode),
        byLayerPart(view, mode),
        picturePart(view, mode),
        fullListPart(view, mode),
        gainedLostPart(view, mode),
        fieldsPart(view, mode),
        metadataPart(view, mode),
        driftPart(view, mode),
        noticesPart(view, mode),
        bottom,
      ];
  return assemble(
    {
      parts,
      noteAt: parts.length - 1,
      note: (cut) =>
        cut.length === 0 ? [] : [paragraph(text(`✂️ ${doc.cutNote(cut.map((p) => p.label))}`))],
      minimal: () =>
        `${toMarkdown([
          ...doc.preamble,
          heading(3, text(headline(view))),
          paragraph(text(`✂️ ${doc.cutNote(['every section'])}`)),
        ])}\n`,
    },
    mode.budget,
    mode.measure,
  );
}

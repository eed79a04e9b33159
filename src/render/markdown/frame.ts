import type { PhrasingContent, RootContent } from 'mdast';
import type { InventorySide, ReportBase, Summary } from '../../report/types.js';
import { fmt, plural, type RenderContext } from './context.js';
import { ACKNOWLEDGED_ICON, SEVERITY_ICON } from './findings.js';
import { code, link, paragraph, small, strong, text, trustedCode } from './nodes.js';
import { clipMiddle, safeUrl } from './sanitize.js';

/** "🔴 2 errors · 🟠 5 warnings" or "✅ No errors or warnings". */
export function severityCounts(summary: Summary, acknowledged: number): string {
  const counts: string[] = [];
  if (summary.errors > 0) counts.push(`${SEVERITY_ICON.error} ${plural(summary.errors, 'error')}`);
  if (summary.warnings > 0)
    counts.push(`${SEVERITY_ICON.warning} ${plural(summary.warnings, 'warning')}`);
  if (acknowledged > 0)
    counts.push(`${ACKNOWLEDGED_ICON} ${plural(acknowledged, 'acknowledged warning')}`);
  return counts.length > 0 ? counts.join(' · ') : '✅ No errors or warnings';
}

/** The verdict, and what a reviewer can do about the warnings. */
export function verdictNodes(
  summary: Summary,
  acknowledged: number,
  context: RenderContext,
  subject: 'check' | 'audit' = 'check',
): RootContent[] {
  const what = subject === 'check' ? 'This check' : 'The inventory';
  const verb = subject === 'check' ? 'fails' : 'fails the audit';
  const policy = trustedCode(`fail-on: ${summary.failOn}`);
  const verdict: PhrasingContent[] =
    summary.verdict === 'fail'
      ? [
          text('❌ '),
          strong(text(`${what} ${verb}`)),
          text(
            `: ${summary.failOn === 'warning' ? 'errors and warnings fail it' : 'errors fail it'} (`,
          ),
          policy,
          text(').'),
        ]
      : [
          text('✅ '),
          strong(text('This check passes')),
          text(' ('),
          policy,
          text(summary.warnings > 0 ? '), but read the warnings before merging.' : ').'),
        ];
  const nodes: RootContent[] = [paragraph(...verdict)];
  const label = context.acknowledgeLabel;
  if (summary.acknowledged) {
    nodes.push(
      paragraph(
        text(`${ACKNOWLEDGED_ICON} Warnings were acknowledged`),
        ...(label ? [text(' with the '), code(label, 80), text(' label')] : []),
        text(
          acknowledged > 0
            ? `: ${plural(acknowledged, 'warning')} ${acknowledged === 1 ? 'counts' : 'count'} as ${acknowledged === 1 ? 'a notice' : 'notices'}.`
            : ', but there are none to acknowledge.',
        ),
      ),
    );
  } else if (summary.warnings > 0 && label) {
    nodes.push(
      paragraph(
        text(
          'Checked the warnings? Anyone with triage or write access to the repository can acknowledge them by applying the ',
        ),
        code(label, 80),
        text(
          ` label: they then count as notices${summary.failOn === 'warning' ? ' and no longer fail the check' : ''}.`,
        ),
      ),
    );
  }
  return nodes;
}

function shortSha(sha: string | undefined): string | undefined {
  return sha !== undefined && /^[0-9a-f]{7,64}$/i.test(sha)
    ? sha.slice(0, 7).toLowerCase()
    : undefined;
}

function sideLabel(sha: string | undefined, side: InventorySide | null): PhrasingContent {
  const short = shortSha(sha);
  if (short) return trustedCode(short);
  if (!side) return text('none');
  const name = side.ref ?? side.file;
  // Cut in the middle: two paths that share a long start still end apart (base/… vs head/…).
  return name === undefined ? text('?') : code(clipMiddle(name, 60), 60);
}

/** base → head · inventory · tool · run: small print under everything. */
export function footer(report: ReportBase & { mode: 'diff' | 'audit' }, context: RenderContext) {
  const parts: PhrasingContent[] = [];
  if (report.mode === 'diff') {
    parts.push(
      text('base '),
      sideLabel(context.baseSha, report.inventory.base),
      text(' → head '),
      sideLabel(context.headSha, report.inventory.head),
    );
  } else {
    parts.push(text('at '), sideLabel(context.headSha, report.inventory.head));
  }
  parts.push(
    text(' · '),
    code(clipMiddle(report.inventory.path, 120), 120),
    text(
      ` · ${report.tool.name} ${/^[\w.+-]{1,40}$/.test(report.tool.version) ? report.tool.version : '?'}`,
    ),
  );
  const run = safeUrl(context.runUrl);
  if (run) parts.push(text(' · '), link(run, text('workflow run')));
  return small(...parts);
}

/** "3 models changed → 72 downstream, 16 in attribution layers, 2 exposures reached" */
export function scopeLine(
  changed: number,
  metadataOnly: number,
  impacted: number,
  attributionImpacted: number,
  exposures: number,
  /** With column analysis: impacted models a changed column reaches. */
  affected?: number,
): string {
  if (changed === 0) return 'no model changes';
  let out = `${plural(changed, 'model')} changed`;
  if (metadataOnly === changed) out += ' (metadata only)';
  else if (metadataOnly > 0) out += ` (${fmt(metadataOnly)} metadata-only)`;
  if (metadataOnly < changed)
    out += impacted > 0 ? ` → ${fmt(impacted)} downstream` : ' → nothing downstream';
  if (metadataOnly < changed && impacted > 0 && affected !== undefined)
    out += ` (${fmt(affected)} affected)`;
  const extra: string[] = [];
  if (attributionImpacted > 0) extra.push(`${fmt(attributionImpacted)} in attribution layers`);
  if (exposures > 0) extra.push(`${plural(exposures, 'exposure')} reached`);
  return extra.length > 0 ? `${out}, ${extra.join(', ')}` : out;
}

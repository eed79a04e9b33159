import type { Finding, Severity } from '../rules/catalog.js';
import { neutralizeControls } from '../util/controls.js';

/** GitHub shows at most this many annotations of each kind per step. */
export const ANNOTATIONS_PER_KIND = 10;

export interface Annotation {
  readonly level: Severity;
  readonly message: string;
  readonly title: string;
  readonly file?: string;
  readonly line?: number;
}

/**
 * Findings as annotations, the most severe first (findings are already sorted that way), at
 * most ten of each kind so that none GitHub would drop silently is emitted; the job summary has
 * all of them. Backticks are dropped: annotations are plain text. Control characters (terminal
 * escapes, bidi controls) in the pull request's names are shown as visible escapes.
 */
export function annotationsFor(findings: readonly Finding[]): {
  annotations: Annotation[];
  omitted: number;
} {
  const perKind: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const finding of findings) {
    if (perKind[finding.severity]++ >= ANNOTATIONS_PER_KIND) {
      omitted++;
      continue;
    }
    annotations.push({
      level: finding.severity,
      title: `${finding.rule}${finding.acknowledged ? ' (acknowledged)' : ''}`,
      message: neutralizeControls(finding.message.replace(/`/g, '')),
      ...(finding.file !== null && { file: neutralizeControls(finding.file) }),
      ...(finding.line !== null && { line: finding.line }),
    });
  }
  return { annotations, omitted };
}

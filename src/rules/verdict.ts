import type { FailOn } from '../config/schema.js';
import { compareNames } from '../lineage/graph.js';
import type { Finding, RuleName, Severity } from './catalog.js';

export type SeveritySetting = Severity | 'off';

/** Applies per-rule severity overrides; `off` drops the rule's findings. */
export function applySeverities(
  findings: readonly Finding[],
  overrides: Readonly<Partial<Record<string, SeveritySetting>>>,
): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const setting = overrides[finding.rule as RuleName];
    if (setting === 'off') continue;
    out.push(setting ? { ...finding, severity: setting } : finding);
  }
  return out;
}

/** An acknowledgement turns warnings into notices, marked so every view can say so. */
export function acknowledge(findings: readonly Finding[]): Finding[] {
  return findings.map((finding) =>
    finding.severity === 'warning'
      ? { ...finding, severity: 'notice', acknowledged: true }
      : finding,
  );
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Most severe first, then by rule, model, line and message: a stable order for every output. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      compareNames(a.rule, b.rule) ||
      compareNames(a.model ?? '', b.model ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareNames(a.message, b.message),
  );
}

export interface Verdict {
  readonly errors: number;
  readonly warnings: number;
  readonly notices: number;
  readonly verdict: 'pass' | 'fail';
}

/**
 * The one place that decides pass or fail. An unreadable head inventory fails whatever
 * `failOn` says: with no inventory to judge, a pass would be a silently wrong answer.
 */
export function evaluate(
  findings: readonly Finding[],
  failOn: FailOn,
  input: { readonly usable: boolean } = { usable: true },
): Verdict {
  let errors = 0;
  let warnings = 0;
  let notices = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
    else notices++;
  }
  const fail =
    !input.usable ||
    (failOn === 'error' && errors > 0) ||
    (failOn === 'warning' && errors + warnings > 0);
  return { errors, warnings, notices, verdict: fail ? 'fail' : 'pass' };
}

import type { AuditReport } from '../audit/audit.js';
import type { DiffReport } from '../report/types.js';

/** The action's outputs, as strings (GitHub outputs are strings). */
export function reportOutputs(report: DiffReport | AuditReport): Record<string, string> {
  const attributionWarnings = report.findings.filter(
    (f) => f.rule.startsWith('attribution/') && (f.severity !== 'notice' || f.acknowledged),
  ).length;
  return {
    verdict: report.summary.verdict,
    'changed-models': JSON.stringify(report.changes.map((change) => change.model)),
    'impacted-models': JSON.stringify(report.impact.models.map((model) => model.model)),
    'blast-radius': String(report.summary.impacted),
    errors: String(report.summary.errors),
    warnings: String(report.summary.warnings),
    'attribution-warnings': String(attributionWarnings),
  };
}

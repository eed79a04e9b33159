import type { AuditReport } from '../audit/audit.js';
import type { DiffReport } from '../report/types.js';

/**
 * The most UTF-8 bytes a list output holds. GitHub allows 1 MB per output (and 50 MB per job),
 * and model names come from the pull request: a list longer than this is cut, and the
 * `*-count` outputs give the full number.
 */
export const OUTPUT_LIST_BYTES = 64 * 1024;

/**
 * Names as a JSON array of at most `maxBytes` UTF-8 bytes: the longest prefix that fits, so a
 * consumer sees the first names in report order and compares the length with the count.
 */
export function cappedJsonList(names: readonly string[], maxBytes = OUTPUT_LIST_BYTES): string {
  let bytes = 2; // []
  const kept: string[] = [];
  for (const name of names) {
    const item = JSON.stringify(name);
    const size = Buffer.byteLength(item, 'utf8') + (kept.length > 0 ? 1 : 0);
    if (bytes + size > maxBytes) break;
    bytes += size;
    kept.push(item);
  }
  return `[${kept.join(',')}]`;
}

/** The action's outputs, as strings (GitHub outputs are strings). */
export function reportOutputs(report: DiffReport | AuditReport): Record<string, string> {
  const attributionWarnings = report.findings.filter(
    (f) => f.rule.startsWith('attribution/') && (f.severity !== 'notice' || f.acknowledged),
  ).length;
  return {
    verdict: report.summary.verdict,
    'changed-models': cappedJsonList(report.changes.map((change) => change.model)),
    'changed-count': String(report.changes.length),
    'impacted-models': cappedJsonList(report.impact.models.map((model) => model.model)),
    'impacted-count': String(report.impact.models.length),
    'blast-radius': String(report.summary.impacted),
    errors: String(report.summary.errors),
    warnings: String(report.summary.warnings),
    'attribution-warnings': String(attributionWarnings),
  };
}

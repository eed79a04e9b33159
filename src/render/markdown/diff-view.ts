import type { Change } from '../../diff/changes.js';
import type { PerChange } from '../../impact/per-change.js';
import type { DiffReport, ReportImpactedModel } from '../../report/types.js';
import type { Finding } from '../../rules/catalog.js';
import type { Resolved } from './context.js';

/** What the diff sections read, worked out once from the report. */
export interface DiffView {
  readonly report: DiffReport;
  readonly resolved: Resolved;
  /** Changes that anchor the radius, in report order. */
  readonly anchors: readonly Change[];
  readonly metadataOnly: readonly Change[];
  readonly perChange: ReadonlyMap<string, PerChange>;
  /** Errors, then attribution warnings, then other warnings, then acknowledged warnings. */
  readonly blocking: readonly Finding[];
  /** Notices that nobody acknowledged: shown last, collapsed. */
  readonly notices: readonly Finding[];
  readonly acknowledged: number;
  readonly exposures: readonly Finding[];
  /** Impacted models in attribution layers: by layer order, then depth and name. */
  readonly attributionImpacted: readonly ReportImpactedModel[];
}

/** Rules about attribution risk: listed before other warnings. */
function isAttributionRule(finding: Finding): boolean {
  return finding.rule.startsWith('attribution/') || finding.rule === 'exposure/reached';
}

export function diffView(report: DiffReport, resolved: Resolved): DiffView {
  const errors: Finding[] = [];
  const attributionWarnings: Finding[] = [];
  const warnings: Finding[] = [];
  const acknowledged: Finding[] = [];
  const notices: Finding[] = [];
  for (const finding of report.findings) {
    if (finding.severity === 'error') errors.push(finding);
    else if (finding.severity === 'warning')
      (isAttributionRule(finding) ? attributionWarnings : warnings).push(finding);
    else if (finding.acknowledged) acknowledged.push(finding);
    else notices.push(finding);
  }
  // Acknowledged attribution warnings first too: they are still the risk a reader should see.
  acknowledged.sort((a, b) => Number(!isAttributionRule(a)) - Number(!isAttributionRule(b)));

  const layerRank = new Map<string, number>();
  resolved.attributionLayers.forEach((layer, i) => layerRank.set(layer, i));
  const attributionImpacted = report.impact.models
    .filter((m) => m.layer !== null && resolved.attribution.has(m.layer))
    .sort(
      (a, b) =>
        layerRank.get(a.layer!)! - layerRank.get(b.layer!)! ||
        a.depth - b.depth ||
        (a.model < b.model ? -1 : a.model > b.model ? 1 : 0),
    );

  return {
    report,
    resolved,
    anchors: report.changes.filter((change) => !change.metadataOnly),
    metadataOnly: report.changes.filter((change) => change.metadataOnly),
    perChange: new Map(report.impact.perChange.map((p) => [p.model, p])),
    blocking: [...errors, ...attributionWarnings, ...warnings, ...acknowledged],
    notices,
    acknowledged: acknowledged.length,
    exposures: report.findings.filter((f) => f.rule === 'exposure/reached'),
    attributionImpacted,
  };
}

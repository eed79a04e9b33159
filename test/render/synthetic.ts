// Hand-built reports for sizes the engine would take seconds to produce in a test: a forest of
// shortest paths with the shape the engine reports (sorted by depth, each path a chain from a
// change). Every other test goes through the real engine.
import type { Change } from '../../src/diff/changes.js';
import type { ImpactedModel } from '../../src/impact/radius.js';
import type { PerChange } from '../../src/impact/per-change.js';
import type { DiffReport, ReportChange, ReportImpactedModel } from '../../src/report/types.js';
import type { Category } from '../../src/columns/classify.js';
import type { Finding } from '../../src/rules/catalog.js';
import { said } from '../../src/rules/message.js';

export interface SyntheticShape {
  readonly changes: number;
  readonly impacted: number;
  /** Impacted models per node of the previous depth. */
  readonly fanOut: number;
  readonly layers: readonly string[];
  readonly findings: number;
  readonly name: (i: number) => string;
  readonly metadataOnly?: number;
}

const KINDS = ['modified', 'added', 'removed'] as const;

export function syntheticReport(shape: SyntheticShape): DiffReport {
  const layerOf = (i: number) => shape.layers[i % shape.layers.length]!;
  const changes: Change[] = [];
  for (let i = 0; i < shape.changes; i++) {
    const metadataOnly = i < (shape.metadataOnly ?? 0);
    changes.push({
      model: shape.name(i),
      kind: metadataOnly ? 'modified' : KINDS[i % 3]!,
      layer: layerOf(i),
      reasons: metadataOnly ? ['description'] : i % 3 === 0 ? ['sql', 'upstream_dependencies'] : [],
      metadataOnly,
      fields: metadataOnly
        ? { description: { before: shape.name(i + 7), after: shape.name(i + 11) } }
        : i % 3 === 0
          ? { upstream_dependencies: { added: [shape.name(i + 3)], removed: [] } }
          : {},
    });
  }
  const anchors = changes.filter((c) => !c.metadataOnly);
  const models: ImpactedModel[] = [];
  const paths: (readonly string[])[] = anchors.map((c) => [c.model]);
  let frontier = paths.slice();
  let next: (readonly string[])[] = [];
  let depth = 1;
  for (let i = 0; models.length < shape.impacted && frontier.length > 0; i++) {
    const parent = frontier[Math.floor(i / shape.fanOut)];
    if (parent === undefined) {
      frontier = next;
      next = [];
      depth++;
      i = -1;
      continue;
    }
    const name = shape.name(shape.changes + models.length);
    const path = [...parent, name];
    const layer = models.length % 17 === 5 ? null : layerOf(models.length + 1);
    models.push({ model: name, layer, depth, path, external: layer === null });
    next.push(path);
  }
  const byLayer: Record<string, number> = {};
  for (const m of models)
    byLayer[m.layer ?? 'external'] = (byLayer[m.layer ?? 'external'] ?? 0) + 1;
  const perChange: PerChange[] = anchors.map((c, i) => ({
    model: c.model,
    direct: shape.fanOut,
    total: Math.floor(models.length / Math.max(anchors.length, 1)),
    gained: i % 4 === 0 ? models.slice(0, 3).map((m) => m.model) : [],
    lost: [],
    ...(i % 5 === 4 && { estimated: true as const }),
  }));
  const severities = ['error', 'warning', 'notice'] as const;
  const rules = [
    'lineage/broken-reference',
    'attribution/impacted',
    'lineage/asymmetric-edge',
  ] as const;
  const findings: Finding[] = [];
  for (let i = 0; i < shape.findings; i++) {
    findings.push({
      rule: rules[i % 3]!,
      severity: severities[i % 3]!,
      model: shape.name(i),
      ...said`\`${shape.name(i)}\` reaches \`${shape.name(i + 1)}\` via \`${shape.name(i + 2)}\``,
      file: 'inventory.json',
      line: i + 1,
      related: [shape.name(i + 1)],
    });
  }
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    schemaVersion: 1,
    tool: { name: 'dbt-blast-radius', version: '0.0.0' },
    mode: 'diff',
    inventory: {
      path: 'dbt_model_inventory.json',
      base: { ref: 'main', models: shape.changes + models.length, usable: true },
      head: { ref: 'head', models: shape.changes + models.length, usable: true },
    },
    changes,
    impact: { models, byLayer, perChange },
    findings,
    summary: {
      changed: changes.length,
      impacted: models.length,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      verdict: count('error') > 0 ? 'fail' : 'pass',
      failOn: 'error',
      acknowledged: false,
      anchoring: anchors.length,
      attributionImpacted: models.filter((m) => m.layer === 'identity' || m.layer === 'signal')
        .length,
    },
  };
}

const CATEGORIES: readonly Category[] = ['column', 'additive', 'model-wide', 'cosmetic', 'unknown'];

/**
 * The report with column analysis as `diff --columns` adds it: each change a category (in turn),
 * each impacted model reached fully, by columns or not at all (in turn), column names and reasons
 * made from `name`.
 */
export function withColumns(report: DiffReport, name: (i: number) => string): DiffReport {
  const changes = report.changes.map((change, i): ReportChange => ({
    ...change,
    category: CATEGORIES[i % CATEGORIES.length]!,
    columns: { added: [name(i + 1)], removed: [name(i + 2)], modified: [name(i + 3), name(i + 4)] },
    categoryReasons: [`redefined: ${name(i + 3)}`],
  }));
  let affected = 0;
  const models = report.impact.models.map((m, i): ReportImpactedModel => {
    const reach = (['full', 'columns', 'unaffected'] as const)[i % 3]!;
    if (reach !== 'unaffected') affected++;
    return {
      ...m,
      reach,
      ...(reach === 'columns' && { columns: [name(i), name(i + 1), name(i + 2), name(i + 3)] }),
      reachReasons:
        reach === 'unaffected' ? ['no changed column reaches it'] : [`uses ${name(i)} in a join`],
    };
  });
  return {
    ...report,
    changes,
    impact: { ...report.impact, models },
    summary: { ...report.summary, affected },
  };
}

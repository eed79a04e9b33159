import picomatch from 'picomatch';
import type { Config } from '../config/schema.js';
import type { Change } from '../diff/changes.js';
import { modelLine, type Inventory } from '../inventory/parse.js';
import type { Radius } from '../impact/radius.js';
import type { Finding } from './catalog.js';
import { joinSaid, said, type Said } from './message.js';

/** `a` → `b` → `c`, each step a quoted name. */
function pathSaid(path: readonly string[]): Said {
  return joinSaid(
    path.map((step) => said`\`${step}\``),
    ' → ',
  );
}

/** What the diff rules look at. */
export interface DiffFacts {
  readonly config: Config;
  readonly head: Inventory;
  readonly changes: readonly Change[];
  readonly radius: Radius;
  readonly removed: ReadonlySet<string>;
}

const LISTED_IN_MESSAGE = 10;

export function diffFindings(facts: DiffFacts): Finding[] {
  const headIndex = facts.head.indexByName;
  const at = (model: string, ...path: (string | number)[]) => {
    const i = headIndex.get(model);
    const line = i === undefined ? undefined : modelLine(facts.head, i, ...path);
    return line === undefined ? { file: null, line: null } : { file: facts.head.file, line };
  };
  const attribution = new Set(facts.config['attribution-layers']);
  return [
    ...brokenReferences(facts, at),
    ...attributionChanged(facts, attribution, headIndex, at),
    ...attributionImpacted(facts, attribution, at),
    ...conceptsRemoved(facts, at),
    ...layerChanges(facts, attribution, at),
    ...exposuresReached(facts, at),
    ...radiusThreshold(facts),
  ];
}

type Locate = (
  model: string,
  ...path: (string | number)[]
) => { file: string | null; line: number | null };

function brokenReferences(facts: DiffFacts, at: Locate): Finding[] {
  if (facts.removed.size === 0) return [];
  const findings: Finding[] = [];
  for (const model of facts.head.models) {
    for (const field of ['upstream_dependencies', 'downstream_consumers'] as const) {
      const list = model[field] ?? [];
      list.forEach((name, position) => {
        if (!facts.removed.has(name)) return;
        findings.push({
          rule: 'lineage/broken-reference',
          severity: 'error',
          model: model.name,
          ...said`\`${model.name}\`.${field} still references \`${name}\`, which this change removes`,
          related: [name],
          ...at(model.name, field, position),
        });
      });
    }
  }
  return findings;
}

function attributionChanged(
  facts: DiffFacts,
  attribution: ReadonlySet<string>,
  headIndex: ReadonlyMap<string, number>,
  at: Locate,
): Finding[] {
  return facts.changes
    .filter((change) => attribution.has(change.layer))
    .map((change) => {
      const model = facts.head.models[headIndex.get(change.model) ?? -1];
      const concepts = model?.attribution_concepts ?? [];
      const what =
        change.kind === 'modified'
          ? `changed (${change.reasons.join(', ')})${change.metadataOnly ? ', metadata only' : ''}`
          : change.kind;
      return {
        rule: 'attribution/changed',
        severity: 'warning',
        model: change.model,
        ...said`\`${change.model}\` in attribution layer ${change.layer} is ${what}${concepts.length > 0 ? `; it carries: ${concepts.join(', ')}` : ''}`,
        ...(change.kind === 'removed' ? { file: null, line: null } : at(change.model)),
      } satisfies Finding;
    });
}

/** One finding per anchoring change whose nearest reach includes attribution-layer models. */
function attributionImpacted(
  facts: DiffFacts,
  attribution: ReadonlySet<string>,
  at: Locate,
): Finding[] {
  const bySource = new Map<string, { model: string; layer: string; path: readonly string[] }[]>();
  for (const impacted of facts.radius.models) {
    if (impacted.layer === null || !attribution.has(impacted.layer)) continue;
    const source = impacted.path[0]!;
    let list = bySource.get(source);
    if (!list) bySource.set(source, (list = []));
    list.push({ model: impacted.model, layer: impacted.layer, path: impacted.path });
  }
  return [...bySource].map(([source, reached]) => {
    const shown = reached
      .slice(0, LISTED_IN_MESSAGE)
      .map((r) => said`\`${r.model}\` (${r.layer}) via ${pathSaid(r.path)}`);
    const more =
      reached.length > LISTED_IN_MESSAGE ? `; and ${reached.length - LISTED_IN_MESSAGE} more` : '';
    return {
      rule: 'attribution/impacted',
      severity: 'warning',
      model: source,
      ...said`\`${source}\` reaches ${reached.length} attribution-layer model${reached.length === 1 ? '' : 's'}: ${joinSaid(shown, '; ')}${more}`,
      related: reached.map((r) => r.model),
      ...(facts.removed.has(source) ? { file: null, line: null } : at(source)),
    } satisfies Finding;
  });
}

function conceptsRemoved(facts: DiffFacts, at: Locate): Finding[] {
  const findings: Finding[] = [];
  for (const change of facts.changes) {
    const field = change.fields.attribution_concepts;
    if (!field || !('removed' in field) || field.removed.length === 0) continue;
    findings.push({
      rule: 'attribution/concept-removed',
      severity: 'warning',
      model: change.model,
      ...said`\`${change.model}\` no longer lists attribution concept${field.removed.length === 1 ? '' : 's'}: ${field.removed.join(', ')}`,
      related: field.removed,
      ...at(change.model, 'attribution_concepts'),
    });
  }
  return findings;
}

function layerChanges(facts: DiffFacts, attribution: ReadonlySet<string>, at: Locate): Finding[] {
  const findings: Finding[] = [];
  for (const change of facts.changes) {
    const field = change.fields.layer;
    if (!field || !('before' in field)) continue;
    const before = String(field.before);
    const after = String(field.after);
    if (attribution.has(before) === attribution.has(after)) continue;
    findings.push({
      rule: 'attribution/layer-changed',
      severity: 'warning',
      model: change.model,
      ...said`\`${change.model}\` moved ${attribution.has(after) ? 'into' : 'out of'} the attribution layers: ${before} → ${after}`,
      ...at(change.model, 'layer'),
    });
  }
  return findings;
}

function exposuresReached(facts: DiffFacts, at: Locate): Finding[] {
  const findings: Finding[] = [];
  const anchors = facts.changes.filter((change) => !change.metadataOnly);
  for (const exposure of facts.config.exposures) {
    const matches = picomatch(exposure.models, { dot: true });
    const hits = [
      ...anchors
        .filter((c) => matches(c.model))
        .map((c) => ({ model: c.model, how: said`changed (${c.kind})` })),
      ...facts.radius.models
        .filter((m) => matches(m.model))
        .map((m) => ({ model: m.model, how: said`via ${pathSaid(m.path)}` })),
    ];
    if (hits.length === 0) continue;
    const shown = hits.slice(0, LISTED_IN_MESSAGE).map((h) => said`\`${h.model}\` ${h.how}`);
    const more =
      hits.length > LISTED_IN_MESSAGE ? `; and ${hits.length - LISTED_IN_MESSAGE} more` : '';
    const first = hits[0]!.model;
    findings.push({
      rule: 'exposure/reached',
      severity: 'warning',
      model: first,
      ...said`exposure "${exposure.name}" is reached through ${hits.length} model${hits.length === 1 ? '' : 's'}: ${joinSaid(shown, '; ')}${more}`,
      related: hits.map((h) => h.model),
      exposure: exposure.name,
      ...(facts.removed.has(first) ? { file: null, line: null } : at(first)),
    });
  }
  return findings;
}

function radiusThreshold(facts: DiffFacts): Finding[] {
  const max = facts.config['max-blast-radius'];
  const size = facts.radius.models.length;
  if (max === null || size <= max) return [];
  return [
    {
      rule: 'radius/threshold',
      severity: 'warning',
      model: null,
      message: `the blast radius is ${size} models, over the configured maximum of ${max}`,
      file: null,
      line: null,
    },
  ];
}

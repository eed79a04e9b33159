import picomatch from 'picomatch';
import type { Config } from '../config/schema.js';
import { normalizePath, type FileChanges } from '../diff/changed-files.js';
import type { Change } from '../diff/changes.js';
import type { GraphPair } from '../impact/graphs.js';
import { DEFAULT_PER_CHANGE_BUDGET } from '../impact/per-change.js';
import { PATH_HEAD, type ImpactedModel, type Radius } from '../impact/radius.js';
import { modelLine, type Inventory } from '../inventory/parse.js';
import { Reacher } from '../lineage/traverse.js';
import type { Finding } from './catalog.js';
import { joinSaid, said, type Said } from './message.js';

/** `a` → `b` → `c`, each step a quoted name; a long path's elided middle said as a count. */
function pathSaid(model: Pick<ImpactedModel, 'path' | 'pathElided'>): Said {
  const steps = model.path.map((step) => said`\`${step}\``);
  if (model.pathElided) steps.splice(PATH_HEAD, 0, said`… (${model.pathElided} more)`);
  return joinSaid(steps, ' → ');
}

/** What the diff rules look at. */
export interface DiffFacts {
  readonly config: Config;
  readonly head: Inventory;
  readonly changes: readonly Change[];
  readonly radius: Radius;
  readonly removed: ReadonlySet<string>;
  /** The graphs the radius was found in; without them, reach is counted by nearest change. */
  readonly pair?: GraphPair;
  /** Anchoring changes, in name order. */
  readonly anchors?: readonly string[];
  readonly files?: FileChanges;
  /** Changed dbt files no model claims. */
  readonly unanalysed?: readonly string[];
  /** Base models whose head entry lost its name: invalid (already an error), not removed. */
  readonly nameless?: ReadonlySet<string>;
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
    ...stalePaths(facts, at),
    ...unanalysedFiles(facts),
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
        if (!facts.removed.has(name) || facts.nameless?.has(name)) return;
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
    .filter((change) => attribution.has(change.layer) && !consumersOnly(change))
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

/**
 * A pure move, or a change of the model's consumer list alone: the model's own data did not
 * change (its consumers' inputs did, and they are changes of their own).
 */
function consumersOnly(change: Change): boolean {
  if (change.kind === 'moved') return true;
  return (
    change.kind === 'modified' &&
    change.inputs === undefined &&
    change.reasons.length > 0 &&
    change.reasons.every((reason) => reason === 'downstream_consumers')
  );
}

/**
 * One finding per anchoring change that reaches attribution-layer models, with its true reach:
 * models nearer to another change count too. Exact traversals share the per-change work budget;
 * past it, the count is of the models nearest to the change, worded "at least".
 */
function attributionImpacted(
  facts: DiffFacts,
  attribution: ReadonlySet<string>,
  at: Locate,
): Finding[] {
  const models = facts.radius.models;
  const nearestTo = new Map<string, number[]>();
  const isAttribution = (layer: string | null) => layer !== null && attribution.has(layer);
  models.forEach((impacted, rank) => {
    if (!isAttribution(impacted.layer)) return;
    const source = impacted.path[0]!;
    let list = nearestTo.get(source);
    if (!list) nearestTo.set(source, (list = []));
    list.push(rank);
  });
  if (nearestTo.size === 0) return [];

  const pair = facts.pair;
  const rankOf = pair ? new Int32Array(pair.table.names.length).fill(-1) : undefined;
  if (pair) {
    models.forEach((impacted, rank) => {
      if (isAttribution(impacted.layer)) rankOf![pair.table.ids.get(impacted.model)!] = rank;
    });
  }
  const reacher = pair ? new Reacher(pair.head) : undefined;
  const budget = facts.config['per-change-budget'] ?? DEFAULT_PER_CHANGE_BUDGET;
  const anchors = facts.anchors ?? [...nearestTo.keys()].sort();

  const findings: Finding[] = [];
  for (const source of anchors) {
    const nearest = nearestTo.get(source) ?? [];
    let reached = nearest;
    let exact = false;
    if (pair && reacher && reacher.work < budget) {
      reached = [];
      for (const w of reacher.reach(pair.table.ids.get(source)!)) {
        if (rankOf![w] !== -1) reached.push(rankOf![w]!);
      }
      exact = true;
    }
    if (reached.length === 0) continue;
    const own = new Set(nearest);
    // Those this change is nearest to come first, with their paths; then the others by rank.
    const ordered = [...nearest, ...reached.filter((r) => !own.has(r)).sort((a, b) => a - b)];
    const shown = ordered.slice(0, LISTED_IN_MESSAGE).map((rank) => {
      const m = models[rank]!;
      return own.has(rank)
        ? said`\`${m.model}\` (${m.layer}) via ${pathSaid(m)}`
        : said`\`${m.model}\` (${m.layer}), nearer to \`${m.path[0]}\``;
    });
    const count = reached.length;
    const more = count > LISTED_IN_MESSAGE ? `; and ${count - LISTED_IN_MESSAGE} more` : '';
    const related = [...nearest, ...ordered.slice(nearest.length, LISTED_IN_MESSAGE)];
    findings.push({
      rule: 'attribution/impacted',
      severity: 'warning',
      model: source,
      ...said`\`${source}\` reaches ${exact ? '' : 'at least '}${count} attribution-layer model${count === 1 ? '' : 's'}: ${joinSaid(shown, '; ')}${more}`,
      related: related.map((rank) => models[rank]!.model),
      ...(facts.removed.has(source) ? { file: null, line: null } : at(source)),
    } satisfies Finding);
  }
  return findings;
}

/**
 * A model whose file this change deleted or renamed, while the head inventory still lists the
 * old path: the inventory describes a file that is gone.
 */
function stalePaths(facts: DiffFacts, at: Locate): Finding[] {
  const files = facts.files;
  if (!files || (files.deleted.size === 0 && files.renamedTo.size === 0)) return [];
  const findings: Finding[] = [];
  for (const change of facts.changes) {
    if (change.kind === 'removed') continue;
    const i = facts.head.indexByName.get(change.model);
    if (i === undefined) continue;
    const listed = facts.head.models[i]!.path;
    const path = normalizePath(listed);
    const movedTo = files.renamedTo.get(path);
    const what = files.deleted.has(path)
      ? 'was deleted by this change'
      : movedTo !== undefined && movedTo !== path
        ? `was renamed to ${movedTo} by this change`
        : undefined;
    if (!what) continue;
    findings.push({
      rule: 'inventory/stale-path',
      severity: 'warning',
      model: change.model,
      ...said`\`${change.model}\`.path is ${listed}, which ${what}; update the entry's path (or remove the entry)`,
      ...at(change.model, 'path'),
    });
  }
  return findings;
}

function unanalysedFiles(facts: DiffFacts): Finding[] {
  const files = facts.unanalysed ?? [];
  if (files.length === 0) return [];
  const shown = files.slice(0, LISTED_IN_MESSAGE).join(', ');
  const more =
    files.length > LISTED_IN_MESSAGE ? `, and ${files.length - LISTED_IN_MESSAGE} more` : '';
  return [
    {
      rule: 'inventory/unanalysed-file',
      severity: 'notice',
      model: null,
      message: `${files.length} changed dbt file${files.length === 1 ? '' : 's'} that no inventory model claims ${files.length === 1 ? 'was' : 'were'} not analysed: ${shown}${more}`,
      related: [...files],
      file: null,
      line: null,
    },
  ];
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
        .map((m) => ({ model: m.model, how: said`via ${pathSaid(m)}` })),
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

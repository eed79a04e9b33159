import picomatch from 'picomatch';
import type { Config } from '../config/schema.js';
import { normalizePath, type FileChanges } from '../diff/changed-files.js';
import type { Change } from '../diff/changes.js';
import type { GraphPair } from '../impact/graphs.js';
import { DEFAULT_PER_CHANGE_BUDGET } from '../impact/per-change.js';
import { PATH_HEAD, type ImpactedModel, type Radius } from '../impact/radius.js';
import { modelLine, type Inventory } from '../inventory/parse.js';
import { Reacher } from '../lineage/traverse.js';
import type { Finding, RuleName } from './catalog.js';
import type { Check, DiffContext, RuleSpec } from './rule.js';
import { joinSaid, said, type Said } from './message.js';
import type { ColumnReach } from '../columns/impact.js';
import type { Category, ColumnDelta } from '../columns/classify.js';

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
  /**
   * With column analysis (`diff --columns`), how each impacted model is reached; absent when the
   * model level stands. It only adds words to messages: it reads the pull request's own SQL,
   * so it never lowers a finding or drops one (docs/column-impact.md).
   */
  readonly columnReach?: ReadonlyMap<string, Pick<ColumnReach, 'reach' | 'columns'>>;
}

/** Column names a message lists before counting the rest. */
const COLUMNS_IN_MESSAGE = 5;

/** `a`, `b` and 3 more: each name a quoted part. */
function namesSaid(names: readonly string[], max = COLUMNS_IN_MESSAGE): Said {
  const shown = joinSaid(
    names.slice(0, max).map((name) => said`\`${name}\``),
    ', ',
  );
  return names.length > max ? said`${shown} and ${names.length - max} more` : shown;
}

/** How the column analysis says a reached model is reached, after its name and path. */
function reachSaid(facts: DiffFacts, model: string): Said {
  const r = facts.columnReach?.get(model);
  if (!r) return said``;
  if (r.reach === 'unaffected') return said` — downstream but unaffected per the column analysis`;
  if (r.reach === 'columns' && r.columns && r.columns.length > 0)
    return said` — column${r.columns.length === 1 ? '' : 's'} ${namesSaid(r.columns)} reached`;
  return said` — reached fully per the column analysis`;
}

/** "3 affected per the column analysis" over the given models, or nothing without it. */
function affectedSaid(facts: DiffFacts, models: readonly string[]): string {
  const reach = facts.columnReach;
  if (!reach) return '';
  const affected = models.filter((m) => {
    const r = reach.get(m)?.reach;
    return r === undefined || r !== 'unaffected';
  }).length;
  return ` (${affected} affected per the column analysis)`;
}

type Categorised = Change & { readonly category?: Category; readonly columns?: ColumnDelta };

/** The change's own column category, e.g. "; column analysis: column — redefines `gclid`". */
function categorySaid(change: Categorised, lead = '; '): Said {
  if (change.category === undefined) return said``;
  const c = change.columns;
  const what: Said[] = [];
  if (c?.removed.length) what.push(said`removes ${namesSaid(c.removed)}`);
  if (c?.modified.length) what.push(said`redefines ${namesSaid(c.modified)}`);
  if (c?.added.length) what.push(said`adds ${namesSaid(c.added)}`);
  const detail =
    what.length > 0 && (change.category === 'column' || change.category === 'additive')
      ? said` (${joinSaid(what, ', ')})`
      : said``;
  return said`${lead}column analysis: ${change.category}${detail}`;
}

const LISTED_IN_MESSAGE = 10;

/** Every diff rule of this file over `facts`, in registry order. */
export function diffFindings(facts: DiffFacts): Finding[] {
  return DIFF_RULE_CHECKS.flatMap((check) => check.run(facts));
}

type Locate = (
  model: string,
  ...path: (string | number)[]
) => { file: string | null; line: number | null };

/** Where a head model (or a key path within its entry) is, for annotations. */
function locator(facts: DiffFacts): Locate {
  const headIndex = facts.head.indexByName;
  return (model, ...path) => {
    const i = headIndex.get(model);
    const line = i === undefined ? undefined : modelLine(facts.head, i, ...path);
    return line === undefined ? { file: null, line: null } : { file: facts.head.file, line };
  };
}

/** Models the column analysis rules out last (stable; as given without it). */
function affectedFirst(facts: DiffFacts, models: ImpactedModel[]): ImpactedModel[] {
  const reach = facts.columnReach;
  if (!reach) return models;
  const out = (m: ImpactedModel) => reach.get(m.model)?.reach === 'unaffected';
  return [...models.filter((m) => !out(m)), ...models.filter(out)];
}

/** Ranks with the models the column analysis rules out last (stable; as given without it). */
function byAffected(facts: DiffFacts, ranks: number[]): number[] {
  const reach = facts.columnReach;
  if (!reach) return ranks;
  const models = facts.radius.models;
  const out = (rank: number) => reach.get(models[rank]!.model)?.reach === 'unaffected';
  return [...ranks.filter((r) => !out(r)), ...ranks.filter(out)];
}

const attributionLayers = (facts: DiffFacts) => new Set(facts.config['attribution-layers']);

export const BROKEN_REFERENCE = {
  id: 'lineage/broken-reference',
  severity: 'error',
  category: 'lineage',
  modes: ['diff'],
  summary: 'a removed model is still referenced by a head model',
  fix: 'Remove the reference, or keep the model until its consumers are migrated.',
} as const satisfies RuleSpec;

function brokenReferences(facts: DiffFacts, at: Locate): Finding[] {
  if (facts.removed.size === 0) return [];
  const findings: Finding[] = [];
  for (const model of facts.head.models) {
    for (const field of ['upstream_dependencies', 'downstream_consumers'] as const) {
      const list = model[field] ?? [];
      list.forEach((name, position) => {
        if (!facts.removed.has(name) || facts.nameless?.has(name)) return;
        findings.push({
          rule: BROKEN_REFERENCE.id,
          severity: BROKEN_REFERENCE.severity,
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

export const ATTRIBUTION_CHANGED = {
  id: 'attribution/changed',
  severity: 'warning',
  category: 'attribution',
  modes: ['diff'],
  summary: 'a changed model is in an attribution layer (its concepts named)',
  fix: 'Check conversion counts and ad-platform syncs before and after this change.',
} as const satisfies RuleSpec;

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
        rule: ATTRIBUTION_CHANGED.id,
        severity: ATTRIBUTION_CHANGED.severity,
        model: change.model,
        ...said`\`${change.model}\` in attribution layer ${change.layer} is ${what}${concepts.length > 0 ? `; it carries: ${concepts.join(', ')}` : ''}${categorySaid(change)}`,
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

export const ATTRIBUTION_IMPACTED = {
  id: 'attribution/impacted',
  severity: 'warning',
  category: 'attribution',
  modes: ['diff'],
  summary: 'the radius reaches attribution-layer models (one finding per change, paths)',
  fix: 'Run the downstream attribution models and compare their output with production.',
} as const satisfies RuleSpec;

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
    // With column analysis, the models it says are affected come before those it rules out.
    const ordered = byAffected(facts, [
      ...nearest,
      ...reached.filter((r) => !own.has(r)).sort((a, b) => a - b),
    ]);
    const listed = ordered.slice(0, LISTED_IN_MESSAGE);
    const shown = listed.map((rank) => {
      const m = models[rank]!;
      return own.has(rank)
        ? said`\`${m.model}\` (${m.layer}) via ${pathSaid(m)}${reachSaid(facts, m.model)}`
        : said`\`${m.model}\` (${m.layer}), nearer to \`${m.path[0]}\`${reachSaid(facts, m.model)}`;
    });
    const count = reached.length;
    const more = count > LISTED_IN_MESSAGE ? `; and ${count - LISTED_IN_MESSAGE} more` : '';
    // In the message's order, then the rest of those it is nearest to.
    const inList = new Set(listed);
    const related = [...listed, ...nearest.filter((rank) => !inList.has(rank))];
    const affected = affectedSaid(
      facts,
      reached.map((rank) => models[rank]!.model),
    );
    findings.push({
      rule: ATTRIBUTION_IMPACTED.id,
      severity: ATTRIBUTION_IMPACTED.severity,
      model: source,
      ...said`\`${source}\` reaches ${exact ? '' : 'at least '}${count} attribution-layer model${count === 1 ? '' : 's'}${affected}: ${joinSaid(shown, '; ')}${more}`,
      related: related.map((rank) => models[rank]!.model),
      ...(facts.removed.has(source) ? { file: null, line: null } : at(source)),
    } satisfies Finding);
  }
  return findings;
}

export const STALE_PATH = {
  id: 'inventory/stale-path',
  severity: 'warning',
  category: 'inventory',
  modes: ['diff'],
  summary: "a model's file was deleted or renamed while the entry keeps the old path",
  fix: "Update the entry's path to the file's new place, or remove the entry.",
} as const satisfies RuleSpec;

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
      rule: STALE_PATH.id,
      severity: STALE_PATH.severity,
      model: change.model,
      ...said`\`${change.model}\`.path is ${listed}, which ${what}; update the entry's path (or remove the entry)`,
      ...at(change.model, 'path'),
    });
  }
  return findings;
}

export const UNANALYSED_FILE = {
  id: 'inventory/unanalysed-file',
  severity: 'notice',
  category: 'inventory',
  modes: ['diff'],
  summary: 'changed dbt files (macros, YAML, project files, models) no entry claims',
  fix: 'Review these files by hand: the inventory-only view cannot tell what they change.',
} as const satisfies RuleSpec;

function unanalysedFiles(facts: DiffFacts): Finding[] {
  const files = facts.unanalysed ?? [];
  if (files.length === 0) return [];
  const shown = files.slice(0, LISTED_IN_MESSAGE).join(', ');
  const more =
    files.length > LISTED_IN_MESSAGE ? `, and ${files.length - LISTED_IN_MESSAGE} more` : '';
  return [
    {
      rule: UNANALYSED_FILE.id,
      severity: UNANALYSED_FILE.severity,
      model: null,
      message: `${files.length} changed dbt file${files.length === 1 ? '' : 's'} that no inventory model claims ${files.length === 1 ? 'was' : 'were'} not analysed: ${shown}${more}`,
      related: [...files],
      file: null,
      line: null,
    },
  ];
}

export const CONCEPT_REMOVED = {
  id: 'attribution/concept-removed',
  severity: 'warning',
  category: 'attribution',
  modes: ['diff'],
  summary: 'an attribution concept was dropped from a model',
  fix: 'Confirm the logic moved elsewhere, or restore the concept.',
} as const satisfies RuleSpec;

function conceptsRemoved(facts: DiffFacts, at: Locate): Finding[] {
  const findings: Finding[] = [];
  for (const change of facts.changes) {
    const field = change.fields.attribution_concepts;
    if (!field || !('removed' in field) || field.removed.length === 0) continue;
    findings.push({
      rule: CONCEPT_REMOVED.id,
      severity: CONCEPT_REMOVED.severity,
      model: change.model,
      ...said`\`${change.model}\` no longer lists attribution concept${field.removed.length === 1 ? '' : 's'}: ${field.removed.join(', ')}`,
      related: field.removed,
      ...at(change.model, 'attribution_concepts'),
    });
  }
  return findings;
}

export const LAYER_CHANGED = {
  id: 'attribution/layer-changed',
  severity: 'warning',
  category: 'attribution',
  modes: ['diff'],
  summary: 'a model moved into or out of an attribution layer',
  fix: 'Confirm the new layer is intended; attribution checks follow the layer.',
} as const satisfies RuleSpec;

function layerChanges(facts: DiffFacts, attribution: ReadonlySet<string>, at: Locate): Finding[] {
  const findings: Finding[] = [];
  for (const change of facts.changes) {
    const field = change.fields.layer;
    if (!field || !('before' in field)) continue;
    const before = String(field.before);
    const after = String(field.after);
    if (attribution.has(before) === attribution.has(after)) continue;
    findings.push({
      rule: LAYER_CHANGED.id,
      severity: LAYER_CHANGED.severity,
      model: change.model,
      ...said`\`${change.model}\` moved ${attribution.has(after) ? 'into' : 'out of'} the attribution layers: ${before} → ${after}`,
      ...at(change.model, 'layer'),
    });
  }
  return findings;
}

export const EXPOSURE_REACHED = {
  id: 'exposure/reached',
  severity: 'warning',
  category: 'exposure',
  modes: ['diff'],
  summary: 'the radius, or an anchoring change, reaches a configured exposure',
  fix: 'Verify the exposure (e.g. the ad-platform sync) with the data owner before merging.',
} as const satisfies RuleSpec;

function exposuresReached(facts: DiffFacts, at: Locate): Finding[] {
  const findings: Finding[] = [];
  const anchors = facts.changes.filter((change) => !change.metadataOnly);
  for (const exposure of facts.config.exposures) {
    const matches = picomatch(exposure.models, { dot: true });
    const hits = [
      ...anchors
        .filter((c) => matches(c.model))
        .map((c) => ({ model: c.model, how: said`changed (${c.kind})${categorySaid(c, ', ')}` })),
      ...affectedFirst(
        facts,
        facts.radius.models.filter((m) => matches(m.model)),
      ).map((m) => ({
        model: m.model,
        how: said`via ${pathSaid(m)}${reachSaid(facts, m.model)}`,
      })),
    ];
    if (hits.length === 0) continue;
    const shown = hits.slice(0, LISTED_IN_MESSAGE).map((h) => said`\`${h.model}\` ${h.how}`);
    const more =
      hits.length > LISTED_IN_MESSAGE ? `; and ${hits.length - LISTED_IN_MESSAGE} more` : '';
    const first = hits[0]!.model;
    findings.push({
      rule: EXPOSURE_REACHED.id,
      severity: EXPOSURE_REACHED.severity,
      model: first,
      ...said`exposure "${exposure.name}" is reached through ${hits.length} model${hits.length === 1 ? '' : 's'}${affectedSaid(
        facts,
        hits.map((h) => h.model),
      )}: ${joinSaid(shown, '; ')}${more}`,
      related: hits.map((h) => h.model),
      exposure: exposure.name,
      ...(facts.removed.has(first) ? { file: null, line: null } : at(first)),
    });
  }
  return findings;
}

export const RADIUS_THRESHOLD = {
  id: 'radius/threshold',
  severity: 'warning',
  category: 'radius',
  modes: ['diff'],
  summary: 'the radius exceeds `max-blast-radius`',
  fix: 'Split the change, or raise max-blast-radius if this reach is expected.',
} as const satisfies RuleSpec;

function radiusThreshold(facts: DiffFacts): Finding[] {
  const max = facts.config['max-blast-radius'];
  const size = facts.radius.models.length;
  if (max === null || size <= max) return [];
  return [
    {
      rule: RADIUS_THRESHOLD.id,
      severity: RADIUS_THRESHOLD.severity,
      model: null,
      message: `the blast radius is ${size} models, over the configured maximum of ${max}`,
      file: null,
      line: null,
    },
  ];
}

/** The rules of this file, each over the facts of a diff with a usable head, in report order. */
const DIFF_RULE_CHECKS: readonly { rule: RuleName; run: (facts: DiffFacts) => Finding[] }[] = [
  { rule: BROKEN_REFERENCE.id, run: (f) => brokenReferences(f, locator(f)) },
  {
    rule: ATTRIBUTION_CHANGED.id,
    run: (f) => attributionChanged(f, attributionLayers(f), f.head.indexByName, locator(f)),
  },
  {
    rule: ATTRIBUTION_IMPACTED.id,
    run: (f) => attributionImpacted(f, attributionLayers(f), locator(f)),
  },
  { rule: CONCEPT_REMOVED.id, run: (f) => conceptsRemoved(f, locator(f)) },
  { rule: LAYER_CHANGED.id, run: (f) => layerChanges(f, attributionLayers(f), locator(f)) },
  { rule: EXPOSURE_REACHED.id, run: (f) => exposuresReached(f, locator(f)) },
  { rule: RADIUS_THRESHOLD.id, run: (f) => radiusThreshold(f) },
  { rule: STALE_PATH.id, run: (f) => stalePaths(f, locator(f)) },
  { rule: UNANALYSED_FILE.id, run: (f) => unanalysedFiles(f) },
];

/** Only a usable head inventory is judged: otherwise its own findings say why not. */
export const DIFF_CHECKS: readonly Check[] = DIFF_RULE_CHECKS.map(({ rule, run }) => ({
  rules: [rule],
  diff: (context: DiffContext) => (context.judged ? run(context.judged) : []),
}));

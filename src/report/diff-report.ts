import picomatch from 'picomatch';
import type { Config } from '../config/schema.js';
import {
  isDbtFile,
  normalizePath,
  summarizeFileChanges,
  type ChangedFile,
} from '../diff/changed-files.js';
import { diffInventories, modelSet, type Change, type ModelSet } from '../diff/changes.js';
import { settleAnchoring } from '../impact/edges.js';
import { buildGraphPair, type ExtraLineage, type GraphPair } from '../impact/graphs.js';
import { manifestDisagreement, type ManifestLineage } from '../lineage/manifest.js';
import { perChangeImpact } from '../impact/per-change.js';
import { blastRadius } from '../impact/radius.js';
import { emptyInventory, type Inventory } from '../inventory/parse.js';
import { nearestSources } from '../lineage/traverse.js';
import {
  codeLineage,
  mergeChanges,
  type CodeInput,
  type CodeLineage,
} from '../lineage/code-lineage.js';
import { layerRules } from '../config/schema.js';
import { codeView } from '../lineage/code-view.js';
import { driftFix } from '../sync/fix.js';
import { PATH_HEAD, type ImpactedModel } from '../impact/radius.js';
import type { Finding } from '../rules/catalog.js';
import { diffRuleFindings } from '../rules/registry.js';
import { acknowledge, applySeverities, evaluate, sortFindings } from '../rules/verdict.js';
import { compareNames } from '../lineage/graph.js';
import {
  TOOL_NAME,
  type DiffReport,
  type LineageReport,
  type ReportImpactedModel,
} from './types.js';
import type { ColumnImpact, ColumnReach } from '../columns/impact.js';
import { withColumnCategories, withColumnReach } from '../columns/report.js';

export interface DiffInput {
  /** The inventory's repository path (git mode) or the head file (file mode). */
  readonly inventoryPath: string;
  /** Null when the inventory does not exist at the base commit. */
  readonly base: {
    readonly ref: string | null;
    readonly file?: string;
    readonly inventory: Inventory | null;
  };
  /** The inventory is null when it does not exist at the head commit. */
  readonly head: {
    readonly ref: string | null;
    readonly file?: string;
    readonly inventory: Inventory | null;
  };
  readonly changedFiles: readonly ChangedFile[];
  /**
   * Set when the list of changed files is known to be incomplete (an API's cap, a truncated
   * tree): why. The report then carries an `input/incomplete` finding, an error by default.
   */
  readonly incomplete?: string;
  readonly toolVersion: string;
  /** The dbt project's code at both commits, when it was read (code lineage). */
  readonly code?: CodeInput;
  /**
   * The column-level impact, computed beforehand (`analyzeColumnImpact`, asynchronous) from the
   * same scans and both commits' files: copied into the report (`changes[].category`,
   * `impact.models[].reach`, `summary.affected`, `contract/breaking`).
   */
  readonly columns?: ColumnImpact;
  /** dbt's manifest.json at each commit, when given (`--base-manifest`, `--head-manifest`). */
  readonly manifest?: {
    readonly base: ManifestLineage | null;
    readonly head: ManifestLineage;
  };
}

export interface RunOptions {
  /** Warnings were acknowledged (CLI flag, or the PR label in the action). */
  readonly acknowledged?: boolean;
}

/** The whole diff, from two parsed inventories to the report. Pure. */
export function buildDiffReport(
  input: DiffInput,
  config: Config,
  options: RunOptions = {},
): DiffReport {
  const baseInventory = usableOrNull(input.base.inventory);
  // An inventory that existed at the base and is gone at the head is judged as emptied: every
  // model is removed, with the findings removal gets, and the disappearance is an error itself.
  const vanished = input.base.inventory !== null && input.head.inventory === null;
  // No inventory at either commit, with the code read: the code alone, judged as an empty
  // inventory (no `inventory/missing`; the head side says it is absent).
  const codeOnly = !vanished && input.head.inventory === null && input.code !== undefined;
  const headInventory =
    vanished || codeOnly ? emptyInventory(input.inventoryPath) : input.head.inventory;
  const head = headInventory?.usable ? headInventory.models : [];
  const base = baseInventory?.models ?? null;

  const code = input.code ? codeLineage(input.code, layerRules(config)) : null;
  // With the code read, a model file's edit is judged by its tokens (sql, or only its format),
  // not by the fact that the file was touched.
  const changedFiles = code
    ? input.changedFiles.filter(
        (file) => !(file.status === 'M' && code.paths.has(normalizePath(file.path))),
      )
    : input.changedFiles;
  let allChanges: Change[] = [];
  const files = summarizeFileChanges(changedFiles);
  if (!headInventory || headInventory.usable) {
    allChanges = diffInventories(baseInventory, headInventory ?? modelSet([]), files);
  }
  if (code)
    allChanges = withInventoryLayers(
      mergeChanges(allChanges, code.changes),
      baseInventory,
      headInventory?.usable ? headInventory : null,
    );
  const headSet = headInventory?.usable ? headInventory : modelSet([]);
  const listed = withoutIgnored(allChanges, config.ignore, baseInventory, headSet, code);
  const removed = new Set(listed.filter((c) => c.kind === 'removed').map((c) => c.model));

  const pair = buildGraphPair(
    baseInventory,
    headSet,
    allChanges,
    [...removed],
    extraLineage(code, input.manifest),
  );
  // Edge changes anchor at their consumers, which may be models the entries did not change.
  const settled = settleAnchoring(listed, pair, headSet);
  // Column categories: a cosmetic edit (format or comments only) anchors nothing.
  const categorised = input.columns ? withColumnCategories(settled, input.columns) : settled;
  const changes = withReachedFrom(
    withoutIgnored(categorised, config.ignore, baseInventory, headSet, code),
    pair,
  );
  const changed = new Set(changes.map((change) => change.model));
  const anchors = changes.filter((change) => !change.metadataOnly).map((change) => change.model);
  const radius = blastRadius(
    pair,
    anchors,
    changed,
    (position) => head[position]!.layer,
    code ? (name) => code.layerOf(name) : undefined,
  );
  const proofs = provenanceOf(code, input.manifest);
  const traced = proofs ? withProvenance(radius.models, headSet, proofs) : radius.models;
  // Anchors the column analysis does not follow reach their own downstream fully.
  const outside = (from: readonly string[]) =>
    new Set(
      blastRadius(pair, from, changed, (position) => head[position]!.layer).models.map(
        (m) => m.model,
      ),
    );
  const reach = input.columns ? withColumnReach(traced, anchors, input.columns, outside) : null;
  const impacted = reach?.models ?? traced;
  const perChange = perChangeImpact(pair, anchors, config['per-change-budget'], changed);
  const unanalysed = unanalysedFiles(input, config.ignore, baseInventory, headSet, code);

  let findings: Finding[] = diffRuleFindings({
    config,
    base: input.base.inventory,
    head: headInventory,
    ...(vanished && {
      vanished: {
        inventoryPath: input.inventoryPath,
        at: input.head.ref ?? input.head.file ?? 'the head',
      },
    }),
    ...(input.incomplete !== undefined && { incomplete: input.incomplete }),
    ...(codeOnly && { inventoryAbsent: true as const }),
    ...(input.columns && { contracts: input.columns.contracts }),
    ...(input.code && {
      code: {
        base: input.code.base,
        head: input.code.head,
        layers: layerRules(config),
        changedFiles: touchedFiles(input.changedFiles, input.code),
      },
    }),
    ...(code &&
      input.manifest && {
        manifest: manifestDisagreement(input.manifest.head, {
          nodes: code.nodes,
          edges: code.headEdges,
        }),
      }),
    judged: headInventory?.usable
      ? {
          config,
          head: headInventory,
          changes,
          radius,
          removed,
          pair,
          anchors,
          files,
          unanalysed,
          nameless: namelessEntries(headInventory, baseInventory),
          ...(reach?.affected !== undefined && { columnReach: columnReachOf(reach.models) }),
          baseline: baseInventory ?? modelSet([]),
          rewired: rewiredModels(changes),
        }
      : null,
  });
  const drift =
    input.code && input.head.inventory?.usable && headInventory?.usable && !vanished
      ? driftFix(
          input.inventoryPath,
          headInventory.locator.text,
          codeView(input.code.head, layerRules(config)),
          new Set(
            findings
              .filter((f) => f.rule === 'lineage/inventory-drift' && f.model !== null)
              .map((f) => f.model!),
          ),
          { layers: layerRules(config) },
        )
      : null;
  findings = applySeverities(findings, config.rules);
  if (options.acknowledged) findings = acknowledge(findings);
  sortFindings(findings);
  const verdict = evaluate(findings, config['fail-on'], { usable: headInventory?.usable ?? true });
  const attribution = new Set(config['attribution-layers']);

  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: input.toolVersion },
    mode: 'diff',
    inventory: {
      path: input.inventoryPath,
      base: input.base.inventory
        ? side(input.base, base?.length ?? 0, input.base.inventory.usable)
        : null,
      head: {
        ...side(input.head, head.length, headInventory?.usable ?? true),
        ...(codeOnly && { absent: true as const }),
      },
    },
    changes,
    impact: { models: impacted, byLayer: radius.byLayer, perChange },
    ...(code && {
      lineage: lineageSummary(code, input.head.inventory !== null, input.manifest !== undefined),
    }),
    ...(drift && { drift }),
    unanalysed,
    findings,
    summary: {
      changed: changes.length,
      impacted: radius.models.length,
      ...verdict,
      failOn: config['fail-on'],
      acknowledged: options.acknowledged ?? false,
      anchoring: anchors.length,
      reached: changes.filter((change) => change.reachedFrom !== undefined).length,
      unanalysed: unanalysed.length,
      attributionImpacted: radius.models.filter((m) => m.layer !== null && attribution.has(m.layer))
        .length,
      ...(allChanges.length > changes.length && { ignored: allChanges.length - changes.length }),
      ...(reach?.affected !== undefined && { affected: reach.affected }),
    },
  };
}

/** The column reach of the impacted models, by name, for the findings' messages. */
function columnReachOf(
  models: readonly ReportImpactedModel[],
): Map<string, Pick<ColumnReach, 'reach' | 'columns'>> {
  const out = new Map<string, Pick<ColumnReach, 'reach' | 'columns'>>();
  for (const m of models)
    if (m.reach !== undefined)
      out.set(m.model, { reach: m.reach, ...(m.columns && { columns: m.columns }) });
  return out;
}

/**
 * Each change reached from another anchoring change gets the nearest one (`reachedFrom`): a
 * changed model is reported as changed, never as impacted, so without it a chain of changed
 * models would show nothing downstream of its first link. O(V + E).
 */
function withReachedFrom(changes: Change[], pair: GraphPair): Change[] {
  const { table } = pair;
  const sources = changes
    .filter((change) => !change.metadataOnly)
    .map((change) => table.ids.get(change.model)!)
    .sort((a, b) => a - b);
  if (sources.length === 0) return changes;
  const nearest = nearestSources(pair.head, sources);
  return changes.map((change) => {
    const v = table.ids.get(change.model);
    if (v === undefined) return change;
    const own = nearest.first[v] === v;
    const from = own ? nearest.second[v]! : nearest.first[v]!;
    if (from === -1) return change;
    const depth = own ? nearest.secondDistance[v]! : nearest.firstDistance[v]!;
    return { ...change, reachedFrom: { model: table.names[from]!, depth } };
  });
}

/**
 * Changed files a dbt project reads (under models/, macros/, seeds/, …, or a project file) that
 * no model of either inventory claims by its path: the inventory-only view cannot judge them,
 * so the report lists them rather than calling the change safe. Ignored paths are left out.
 */
function unanalysedFiles(
  input: DiffInput,
  globs: readonly string[],
  base: ModelSet | null,
  head: ModelSet,
  code: CodeLineage | null = null,
): string[] {
  const ignored = globs.length > 0 ? picomatch(globs as string[], { dot: true }) : () => false;
  const inventory = normalizePath(input.inventoryPath);
  const candidates = input.changedFiles.filter((file) => isDbtFile(file.path));
  if (candidates.length === 0) return [];
  const claimed = new Set<string>();
  for (const set of [base, head]) {
    for (const model of set?.models ?? []) claimed.add(normalizePath(model.path));
  }
  // A file the scanner read as a node (model, macro, seed, …) is judged by the code.
  for (const path of code?.paths ?? []) claimed.add(path);
  const out = new Set<string>();
  for (const file of candidates) {
    const path = normalizePath(file.path);
    const old = file.oldPath === undefined ? undefined : normalizePath(file.oldPath);
    if (path === inventory || claimed.has(path) || (old !== undefined && claimed.has(old)))
      continue;
    if (ignored(path)) continue;
    out.add(path);
  }
  return [...out].sort(compareNames);
}

/**
 * Document positions of head entries without a readable name (reported as invalid), and the
 * base models at those positions: an entry that lost its name is invalid, not removed.
 */
function namelessEntries(head: Inventory, base: Inventory | null): Set<string> {
  const names = new Set<string>();
  if (!base) return names;
  const positions = new Set<number>();
  for (const problem of head.problems) {
    if (problem.model !== undefined) continue;
    const match = /^models\[(\d+)\]/.exec(problem.path);
    if (match) positions.add(Number(match[1]));
  }
  if (positions.size === 0) return names;
  base.sourceIndex.forEach((index, position) => {
    if (positions.has(index)) names.add(base.models[position]!.name);
  });
  return names;
}

/**
 * The report with the warnings `covers` accepts acknowledged (counted as notices) and the
 * verdict evaluated again: an acknowledgement bound to what a reviewer saw covers those warnings
 * and no others. Pure.
 */
export function acknowledgeWhere(
  report: DiffReport,
  covers: (finding: Finding) => boolean,
): DiffReport {
  const findings = report.findings.map((finding): Finding =>
    finding.severity === 'warning' && covers(finding)
      ? { ...finding, severity: 'notice', acknowledged: true }
      : finding,
  );
  sortFindings(findings);
  const verdict = evaluate(findings, report.summary.failOn, {
    usable: report.inventory.head.usable,
  });
  return {
    ...report,
    findings,
    summary: {
      ...report.summary,
      ...verdict,
      acknowledged: findings.some((finding) => finding.acknowledged),
    },
  };
}

/** Models whose dependency lists changed, or that are new: where new edges can come from. */
function rewiredModels(changes: readonly Change[]): Set<string> {
  const names = new Set<string>();
  for (const change of changes) {
    if (
      change.kind === 'added' ||
      change.reasons.includes('upstream_dependencies') ||
      change.reasons.includes('downstream_consumers')
    ) {
      names.add(change.model);
    }
  }
  return names;
}

function usableOrNull(inventory: Inventory | null): Inventory | null {
  return inventory?.usable ? inventory : null;
}

function side(input: DiffInput['head'], models: number, usable: boolean) {
  return { ref: input.ref, ...(input.file !== undefined && { file: input.file }), models, usable };
}

/**
 * Changes to models whose path matches an ignore glob are not reported. The path that decides is
 * the base's — trusted, as the config is — and the head's only for an added model: a pull
 * request cannot hide an edit by pointing the model's `path` into an ignored folder, and a move
 * into one is itself reported.
 */
function withoutIgnored(
  changes: Change[],
  globs: readonly string[],
  base: ModelSet | null,
  head: ModelSet,
  code: CodeLineage | null = null,
): Change[] {
  if (globs.length === 0) return changes;
  const ignored = picomatch(globs as string[], { dot: true });
  // Only the changed models' paths are read: one index lookup per change and side.
  const pathIn = (set: ModelSet | null, name: string) => {
    const i = set?.indexByName.get(name);
    return i === undefined ? undefined : set!.models[i]!.path;
  };
  return changes.filter((change) => {
    const path =
      (change.kind === 'added' ? pathIn(head, change.model) : pathIn(base, change.model)) ??
      // A node only the code knows: its file, read from the base when it has one.
      (change.kind === 'added' ? code?.pathOf(change.model) : code?.basePathOf(change.model));
    return path === undefined || !ignored(path);
  });
}

/**
 * What proves each step of each impacted model's path: the inventory's lists and the code's
 * references. A path some step of which only the code proves is "not in the inventory".
 * Linear: one set per model whose lists are consulted.
 */
function withProvenance(
  models: readonly ImpactedModel[],
  head: ModelSet,
  proofOf: (from: string, to: string) => readonly string[],
): ImpactedModel[] {
  const listed = new Map<string, { up: Set<string>; down: Set<string> }>();
  const listsOf = (name: string) => {
    let lists = listed.get(name);
    if (!lists) {
      const i = head.indexByName.get(name);
      const model = i === undefined ? undefined : head.models[i];
      lists = {
        up: new Set(model?.upstream_dependencies ?? []),
        down: new Set(model?.downstream_consumers ?? []),
      };
      listed.set(name, lists);
    }
    return lists;
  };
  return models.map((model) => {
    const steps: string[][] = [];
    let codeOnly = false;
    for (let i = 0; i + 1 < model.path.length; i++) {
      if (model.pathElided && i === PATH_HEAD - 1) {
        steps.push([]);
        continue;
      }
      const from = model.path[i]!;
      const to = model.path[i + 1]!;
      const proof: string[] = [];
      if (listsOf(from).down.has(to) || listsOf(to).up.has(from)) proof.push('inventory');
      else codeOnly = true;
      proof.push(...proofOf(from, to));
      steps.push(proof);
    }
    return { ...model, provenance: steps, ...(codeOnly && { notInInventory: true }) };
  });
}

/** The code's and the manifest's nodes and edges, as one more source for the graph. */
function extraLineage(
  code: CodeLineage | null,
  manifest: DiffInput['manifest'],
): ExtraLineage | undefined {
  if (!code && !manifest) return undefined;
  return {
    nodes: [
      ...(code?.nodes ?? []),
      ...(manifest?.head.nodes ?? []),
      ...(manifest?.base?.nodes ?? []),
    ],
    baseEdges: [
      ...(code?.baseEdges ?? []),
      ...(manifest?.base?.edges ?? manifest?.head.edges ?? []),
    ],
    headEdges: [...(code?.headEdges ?? []), ...(manifest?.head.edges ?? [])],
  };
}

/** What proves a head edge besides the inventory: the code's provenance, `manifest`. */
function provenanceOf(
  code: CodeLineage | null,
  manifest: DiffInput['manifest'],
): ((from: string, to: string) => readonly string[]) | null {
  if (!code && !manifest) return null;
  const inManifest = new Set((manifest?.head.edges ?? []).map((e) => `${e.from}\u0000${e.to}`));
  return (from, to) => [
    ...(code?.provenance(from, to) ?? []),
    ...(inManifest.has(`${from}\u0000${to}`) ? ['manifest'] : []),
  ];
}

/**
 * A change the code found keeps the inventory's layer for a model the inventory lists (the
 * head's; the base's for a removed model): the code's layer is only for nodes it lacks.
 */
function withInventoryLayers(
  changes: Change[],
  base: ModelSet | null,
  head: ModelSet | null,
): Change[] {
  const layerIn = (set: ModelSet | null, name: string) => {
    const i = set?.indexByName.get(name);
    return i === undefined ? undefined : set!.models[i]!.layer;
  };
  return changes.map((change) => {
    const layer =
      change.kind === 'removed'
        ? (layerIn(base, change.model) ?? layerIn(head, change.model))
        : (layerIn(head, change.model) ?? layerIn(base, change.model));
    return layer === undefined || layer === change.layer ? change : { ...change, layer };
  });
}

function lineageSummary(code: CodeLineage, inventory: boolean, manifest: boolean): LineageReport {
  return {
    sources: [...(inventory ? ['inventory'] : []), 'code', ...(manifest ? ['manifest'] : [])],
    projects: code.head.projects.map((project) => project.name).sort(compareNames),
    nodes: code.nodes.length,
    edges: code.headEdges.length,
    macros: code.macros,
    unresolved: code.head.problems.length,
  };
}

/**
 * The files a change touches: those it edits, and those of every node whose code changed by
 * what it reads (a macro, a var, a config) — a limit such a file's evaluation hit at the base
 * says nothing of what the change put past it.
 */
function touchedFiles(
  changed: readonly ChangedFile[],
  code: NonNullable<DiffInput['code']>,
): ReadonlySet<string> {
  const files = new Set(changed.map((file) => file.path));
  const changedNodes = new Set<string>(code.changes.map((change) => change.node));
  for (const node of code.head.nodes)
    if (changedNodes.has(node.id) && node.path) files.add(node.path);
  return files;
}

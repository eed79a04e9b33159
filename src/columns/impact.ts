/**
 * The column-level impact of a diff (issue 14, items 4–6): classify every modified model whose
 * rendered SQL can have changed, follow the changes column by column through the model-level
 * radius, and check enforced contracts. Asynchronous only because polyglot is (WebAssembly, in a
 * worker); everything it returns is plain data that `buildDiffReport` copies into the report
 * (`input.columns`), so the report stays pure and synchronous.
 *
 * A diff analyses only what it needs: the classified models (both sides) and the models
 * downstream of the code's anchoring changes (head side), within a total budget; beyond it a
 * model is `unknown` ("not analysed (budget)"), which reaches everything downstream.
 */
import { DATA_KINDS } from '../lineage/code-lineage.js';
import type { CodeChange, CodeNode, ProjectScan } from '../project/types.js';
import type { Dialect } from './types.js';
import { memoizedAnalyses, workerRunner, type PolyglotRunner } from './polyglot.js';
import {
  analyseOn,
  detectProjectDialect,
  projectRoot,
  sideOf,
  varsOf,
  yamlOf,
  type Analysed,
  type FileMap,
  type Side,
} from './side.js';
import {
  classifyChange,
  type Category,
  type Classification,
  type ColumnDelta,
} from './classify.js';
import { withBlindSpots } from './blind-spots.js';
import { columnRadius, type ColumnChangeInput, type ColumnGraphNode } from './radius.js';
import { checkContract, type Contract, type ContractViolation } from './contracts.js';

export type { FileMap };

/** What the column step reads: the two scans and their changes, and both commits' files. */
export interface ColumnImpactInput {
  readonly base: ProjectScan | null;
  readonly head: ProjectScan;
  readonly changes: readonly CodeChange[];
  readonly baseFiles: FileMap;
  readonly headFiles: FileMap;
}

export interface ColumnImpactOptions {
  /** Analyse with this runner (not closed here); default: a worker with `timeoutMs` per model. */
  readonly runner?: PolyglotRunner;
  /** Per-model analysis timeout in the default worker, ms (default 5000). */
  readonly timeoutMs?: number;
  /** Most models analysed in all (each side of a classified model counts once; default 200). */
  readonly maxModels?: number;
  /**
   * Wall-clock cap on the whole analysis, ms (default 180,000): models not reached by then are
   * `unknown` ("not analysed (budget)"), like those past `maxModels`.
   */
  readonly totalMs?: number;
  /** An explicit dialect (config `dialect:`), else detected once per project. */
  readonly dialect?: string;
  /** Vars overriding dbt_project.yml's. */
  readonly vars?: Readonly<Record<string, unknown>>;
}

export const BUDGET_REASON = 'not analysed (budget)';
export const UNAVAILABLE_REASON = 'column analysis unavailable';

/** One modified model's classification (`changes[].category` / `changes[].columns`). */
export interface ColumnChange {
  /** Printed name, as the report's changes carry it. */
  readonly model: string;
  readonly category: Category;
  readonly columns?: ColumnDelta;
  /** Why (never empty); for `unknown` the first reason says what could not be done. */
  readonly reasons: readonly string[];
}

/** How a model downstream of the anchoring changes is reached. */
export interface ColumnReach {
  readonly model: string;
  readonly reach: 'full' | 'columns' | 'unaffected';
  /** For `columns`: its own output columns the changes reach. */
  readonly columns?: readonly string[];
  readonly reasons: readonly string[];
}

export interface ContractBreak extends ContractViolation {
  /** The YAML file declaring the contract (head, else base), or the model's file. */
  readonly file: string;
}

/** The plain-data result handed to `buildDiffReport` as `input.columns`. */
export interface ColumnImpact {
  readonly changes: readonly ColumnChange[];
  readonly models: readonly ColumnReach[];
  /**
   * The anchoring changes the radius started from (printed names): a report whose anchors are
   * not all among them (an inventory-only change) cannot use `models` and keeps the model level.
   */
  readonly anchors: readonly string[];
  readonly contracts: readonly ContractBreak[];
  /** The dialect used per project (both sides). */
  readonly dialects: Readonly<Record<string, Dialect>>;
  /** Models analysed (render + parse), and how many the budget left out. */
  readonly analysed: number;
  readonly skipped: number;
}

/** Reasons whose change is decided by the rendered SQL. */
const RENDERED: ReadonlySet<string> = new Set(['sql', 'macro', 'var']);

/** The enforced contract of a model as its YAML declares it (columns with data types). */
function contractOf(side: Side, node: CodeNode): { contract: Contract; file: string } | undefined {
  const root = projectRoot(side.scan, node.project);
  const prefix = root ? `${root}/` : '';
  for (const [path, text] of side.files) {
    if (!path.startsWith(prefix) || !/\.ya?ml$/.test(path) || !text.includes(node.name)) continue;
    const doc = yamlOf(side, path);
    const models = (doc as { models?: unknown } | null)?.models;
    if (!Array.isArray(models)) continue;
    for (const m of models as unknown[]) {
      if (!m || typeof m !== 'object') continue;
      const entry = m as Record<string, unknown>;
      if (entry['name'] !== node.name) continue;
      const cfg = (entry['config'] ?? {}) as Record<string, unknown>;
      const c = (cfg['contract'] ?? {}) as Record<string, unknown>;
      const enforced = node.contract === true || c['enforced'] === true || c['enforced'] === 'true';
      const columns = Array.isArray(entry['columns'])
        ? (entry['columns'] as unknown[]).flatMap((col) => {
            if (!col || typeof col !== 'object') return [];
            const x = col as Record<string, unknown>;
            if (typeof x['name'] !== 'string') return [];
            return [
              {
                name: x['name'],
                ...(typeof x['data_type'] === 'string' && { data_type: x['data_type'] }),
              },
            ];
          })
        : [];
      return { contract: { enforced, columns }, file: path };
    }
  }
  return node.contract ? { contract: { enforced: true, columns: [] }, file: node.path } : undefined;
}

/** A changed macro's file at the base and at the head, for each of a change's `macros`. */
function macroPairs(
  base: Side | null,
  head: Side,
  macros: readonly string[],
): [string | undefined, string | undefined][] {
  if (macros.length === 0) return [];
  const wanted = new Set(macros);
  const pathsOf = (side: Side | null) =>
    new Map(
      (side?.scan.nodes ?? [])
        .filter((n) => n.kind === 'macro' && wanted.has(n.display))
        .map((n) => [n.display, n.path]),
    );
  const before = pathsOf(base);
  const after = pathsOf(head);
  return macros.map((macro) => {
    const b = before.get(macro);
    const a = after.get(macro);
    return [
      b === undefined ? undefined : base?.files.get(b),
      a === undefined ? undefined : head.files.get(a),
    ];
  });
}

/**
 * Classify, follow and check. Never throws: a model that cannot be analysed is `unknown` with the
 * reason; polyglot failing to load makes every analysed model `unknown`.
 */
export async function analyzeColumnImpact(
  input: ColumnImpactInput,
  options: ColumnImpactOptions = {},
): Promise<ColumnImpact> {
  const own = options.runner ? undefined : workerRunner({ timeoutMs: options.timeoutMs ?? 5_000 });
  const runner = memoizedAnalyses((options.runner ?? own) as PolyglotRunner);
  try {
    return await run(input, options, runner);
  } finally {
    await own?.close();
  }
}

async function run(
  input: ColumnImpactInput,
  options: ColumnImpactOptions,
  runner: PolyglotRunner,
): Promise<ColumnImpact> {
  const head = sideOf(input.head, input.headFiles);
  const base = input.base ? sideOf(input.base, input.baseFiles) : null;
  const maxModels = options.maxModels ?? 200;
  const deadline = Date.now() + (options.totalMs ?? 180_000);

  // One dialect per project, for both sides.
  const dialects: Record<string, Dialect> = Object.create(null) as Record<string, Dialect>;
  const dialectOf = (project: string): Dialect => {
    if (Object.hasOwn(dialects, project)) return dialects[project] as Dialect;
    const dialect = detectProjectDialect(head, project, options.dialect);
    dialects[project] = dialect;
    return dialect;
  };

  // The changes, by printed name.
  const anchors: string[] = [];
  const classify: { display: string; b: CodeNode; h: CodeNode; macros: readonly string[] }[] = [];
  const radiusOnly: ColumnChangeInput[] = [];
  const otherAnchoring = new Set<string>();
  for (const c of input.changes) {
    const h = head.byId.get(c.node);
    const b = base?.byId.get(c.previous ?? c.node);
    const node = h ?? b;
    if (!node || !DATA_KINDS.has(node.kind)) continue;
    const display = node.display;
    if (c.anchors) anchors.push(display);
    if (
      c.kind === 'modified' &&
      h &&
      b &&
      (h.kind === 'model' || h.kind === 'snapshot') &&
      c.reasons.some((r) => RENDERED.has(r))
    ) {
      classify.push({ display, b, h, macros: c.macros ?? [] });
      if (
        c.reasons.some((r) => !RENDERED.has(r) && r !== 'sql-format' && r !== 'docs' && c.anchors)
      )
        otherAnchoring.add(display);
    } else if (c.anchors) {
      radiusOnly.push({
        model: display,
        classification: { category: 'model-wide', reasons: [`${c.kind}: ${c.reasons.join(', ')}`] },
      });
    }
  }

  // The model-level radius over the head's edges (and the base's, for removed models).
  const consumers = new Map<string, Set<string>>();
  const producers = new Map<string, Set<string>>();
  const addEdges = (side: Side) => {
    for (const e of side.scan.edges) {
      const from = side.byId.get(e.from);
      const to = side.byId.get(e.to);
      if (!from || !to || !DATA_KINDS.has(from.kind) || !DATA_KINDS.has(to.kind)) continue;
      if (side !== head && !head.byDisplay.has(to.display)) continue;
      const set = consumers.get(from.display) ?? new Set<string>();
      set.add(to.display);
      consumers.set(from.display, set);
      if (side === head) {
        const p = producers.get(to.display) ?? new Set<string>();
        p.add(from.display);
        producers.set(to.display, p);
      }
    }
  };
  addEdges(head);
  if (base) addEdges(base);
  const distance = new Map<string, number>();
  let frontier = [...new Set(anchors)];
  for (let d = 1; frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const c of consumers.get(id) ?? []) {
        if (!distance.has(c)) {
          distance.set(c, d);
          next.push(c);
        }
      }
    }
    frontier = next;
  }

  // The budget: classified models first (two analyses each), then the radius by distance.
  const budgeted = new Set<string>();
  let used = 0;
  for (const c of classify) {
    if (used + 2 > maxModels) break;
    budgeted.add(c.display);
    used += 2;
  }
  const byDistance = [...distance.keys()]
    .filter((id) => {
      const kind = head.byDisplay.get(id)?.kind;
      return !budgeted.has(id) && (kind === 'model' || kind === 'snapshot');
    })
    .sort((a, b) => (distance.get(a) ?? 0) - (distance.get(b) ?? 0) || (a < b ? -1 : 1));
  for (const id of byDistance) {
    if (used + 1 > maxModels) break;
    budgeted.add(id);
    used++;
  }

  // Dependency order over the involved models (head edges).
  const classified = new Map(classify.map((c) => [c.display, c]));
  const involved = new Set([...classified.keys(), ...distance.keys()]);
  const indeg = new Map<string, number>([...involved].map((id) => [id, 0]));
  for (const id of involved)
    for (const c of consumers.get(id) ?? [])
      if (involved.has(c) && producers.get(c)?.has(id)) indeg.set(c, (indeg.get(c) ?? 0) + 1);
  const order: string[] = [];
  const queue = [...involved].filter((id) => indeg.get(id) === 0).sort();
  while (queue.length) {
    const id = queue.shift() as string;
    order.push(id);
    for (const c of consumers.get(id) ?? []) {
      if (!involved.has(c) || !producers.get(c)?.has(id)) continue;
      const d = (indeg.get(c) ?? 0) - 1;
      indeg.set(c, d);
      if (d === 0) queue.push(c);
    }
  }
  const placed = new Set(order);
  for (const id of [...involved].sort()) if (!placed.has(id)) order.push(id);

  const changes: ColumnChange[] = [];
  const graph: ColumnGraphNode[] = [];
  const radiusChanges: ColumnChangeInput[] = [...radiusOnly];
  let analysed = 0;
  let skipped = 0;
  for (const id of order) {
    const h = head.byDisplay.get(id);
    if (!h) continue;
    const c = classified.get(id);
    const dependsOn = [...(producers.get(id) ?? [])];
    if (!budgeted.has(id) || Date.now() > deadline) {
      const sql = h.kind === 'model' || h.kind === 'snapshot';
      if (sql) skipped++;
      const analysis = { unknown: sql ? BUDGET_REASON : `${h.kind} (no SQL to analyse)` };
      head.analyses.set(id, analysis);
      graph.push({ id, columns: analysis, upstream: {}, dependsOn });
      if (c) {
        const classification: Classification = { category: 'unknown', reasons: [BUDGET_REASON] };
        changes.push({ model: id, category: 'unknown', reasons: classification.reasons });
        radiusChanges.push({ model: id, classification });
      }
      continue;
    }
    const dialect = dialectOf(h.project);
    let before: Analysed | undefined;
    if (c && base) {
      before = await analyseOn(
        base,
        c.b,
        dialect,
        varsOf(base.scan, c.b.project, options.vars),
        runner,
        head.analyses,
      );
      base.analyses.set(id, before.analysis);
      analysed++;
    }
    const after = await analyseOn(
      head,
      h,
      dialect,
      varsOf(head.scan, h.project, options.vars),
      runner,
      undefined,
    );
    head.analyses.set(id, after.analysis);
    analysed++;
    graph.push({ id, columns: after.analysis, upstream: after.upstream, dependsOn });
    if (c && before) {
      const classification = withBlindSpots(
        classifyChange(before.analysis, after.analysis, before.sql, after.sql),
        [[base?.files.get(c.b.path), head.files.get(h.path)], ...macroPairs(base, head, c.macros)],
      );
      changes.push({
        model: id,
        category: classification.category,
        ...(classification.columns &&
          classification.category !== 'cosmetic' &&
          classification.category !== 'unknown' && { columns: classification.columns }),
        reasons: classification.reasons,
      });
      radiusChanges.push({
        model: id,
        classification: otherAnchoring.has(id)
          ? { category: 'model-wide', reasons: ['other anchoring reasons changed too'] }
          : classification,
      });
    }
  }

  const reach = columnRadius(radiusChanges, graph);
  const models: ColumnReach[] = [...reach]
    .map(([model, r]): ColumnReach => ({
      model,
      reach: r.reach,
      ...(r.reach === 'columns' && { columns: r.columns }),
      reasons: r.reasons,
    }))
    .sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));

  // Contracts: every modified model with a contract on either side.
  const contracts: ContractBreak[] = [];
  for (const ch of input.changes) {
    if (ch.kind !== 'modified' || !base) continue;
    const h = head.byId.get(ch.node);
    const b = base.byId.get(ch.previous ?? ch.node);
    if (!h || !b || h.kind !== 'model') continue;
    if (!h.contract && !b.contract && !ch.reasons.includes('contract')) continue;
    const bc = contractOf(base, b);
    const hc = contractOf(head, h);
    for (const v of checkContract(
      h.display,
      bc?.contract,
      hc?.contract,
      head.analyses.get(h.display),
    )) {
      contracts.push({ ...v, file: hc?.file ?? bc?.file ?? h.path });
    }
  }

  changes.sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
  return {
    changes,
    models,
    anchors: [...new Set(anchors)].sort(),
    contracts,
    dialects: { ...dialects },
    analysed,
    skipped,
  };
}

/** The result when polyglot cannot be loaded at all: every rendered-SQL change is `unknown`. */
export function unavailableColumnImpact(input: ColumnImpactInput, why: string): ColumnImpact {
  const changes: ColumnChange[] = [];
  const byId = new Map(input.head.nodes.map((n) => [n.id, n]));
  for (const c of input.changes) {
    const h = byId.get(c.node);
    if (c.kind !== 'modified' || !h || h.kind !== 'model') continue;
    if (!c.reasons.some((r) => RENDERED.has(r))) continue;
    changes.push({
      model: h.display,
      category: 'unknown',
      reasons: [`${UNAVAILABLE_REASON}: ${why}`],
    });
  }
  return { changes, models: [], anchors: [], contracts: [], dialects: {}, analysed: 0, skipped: 0 };
}

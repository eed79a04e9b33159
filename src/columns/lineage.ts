/**
 * Column-level lineage of a whole commit (`blast-radius lineage --columns`): every model and
 * snapshot rendered and analysed in dependency order — so `select *` expands through the upstream
 * models' own outputs, else the columns their YAML or CSV declares — and exported per model: its
 * output columns, for each the upstream columns it derives from (as printed node names), the
 * columns it uses to filter, join or group, and `unknown` with the reason where it could not be
 * analysed. Never silently absent: every model of the scan is in the result.
 *
 * Asynchronous only because polyglot runs in workers; the result is plain data, sorted.
 * Bounded: a per-model timeout (the worker's), a total budget past which models are `unknown`
 * ("not analysed (budget)"), and caps on the columns and references listed per model.
 */
import { DATA_KINDS } from '../lineage/code-lineage.js';
import type { CodeNode, ProjectScan } from '../project/types.js';
import type { Analysis, ColumnRef, Dialect, RelationRef } from './types.js';
import { UNSTRUCTURED } from './analyze.js';
import { memoizedAnalyses, workerPool, type PolyglotRunner } from './polyglot.js';
import { BUDGET_REASON } from './impact.js';
import {
  analyseOn,
  detectProjectDialect,
  renderOn,
  sideOf,
  varsOf,
  type Analysed,
  type FileMap,
  type Rendering,
} from './side.js';

export interface ColumnLineageInput {
  readonly ref: string;
  readonly scan: ProjectScan;
  readonly files: FileMap;
}

export interface ColumnLineageOptions {
  /** Analyse with this runner (not closed here); default: `workers` workers, `timeoutMs` each. */
  readonly runner?: PolyglotRunner;
  /** Per-model analysis timeout, ms (default 5000). */
  readonly timeoutMs?: number;
  /** Wall-clock budget for the whole analysis, ms (default 600,000); later models are unknown. */
  readonly totalMs?: number;
  /** Worker threads running polyglot (default 2). */
  readonly workers?: number;
  /** An explicit dialect (config `dialect:`), else detected once per project. */
  readonly dialect?: string;
  /** Vars overriding dbt_project.yml's. */
  readonly vars?: Readonly<Record<string, unknown>>;
  /** Clock (tests). */
  readonly now?: () => number;
  /** Called with each model as soon as it is done, in no particular order (the result lists them too). */
  readonly onModel?: (model: ModelLineage) => void;
}

/** The per-model analysis timeout of an export, ms, unless the caller gives one. */
export const DEFAULT_TIMEOUT_MS = 5_000;

/** Most output columns listed per model, and upstream references per column / row uses. */
export const MAX_COLUMNS = 2_000;
export const MAX_UPSTREAM = 500;
export const MAX_ROW_USES = 2_000;

export interface UpstreamColumn {
  /** The upstream node as every report prints it (`project:name` on a collision; sources `s.t`). */
  readonly node: string;
  readonly column: string;
}

export interface LineageColumn {
  readonly name: string;
  /** `direct`, `expression`, `aggregation`, `window`, `constant`, … (how it is computed). */
  readonly transform: string;
  /** Sorted by node, then column. */
  readonly upstream: readonly UpstreamColumn[];
  /** More than MAX_UPSTREAM upstream columns: the list is the first ones. */
  readonly truncated?: true;
}

export type RowContext = 'filter' | 'join' | 'group' | 'having' | 'qualify' | 'distinct';

export interface RowUseColumn extends UpstreamColumn {
  readonly context: RowContext;
}

export type ColumnStatus = 'complete' | 'partial' | 'unknown';

export interface ModelLineage {
  readonly name: string;
  readonly kind: 'model' | 'snapshot';
  readonly project: string;
  readonly path: string;
  /** `complete`: every column named and traced; `partial`: see `incomplete`; `unknown`: see `unknown`. */
  readonly status: ColumnStatus;
  /** Why the model could not be analysed (status `unknown`). */
  readonly unknown?: string;
  /** Why the lists below are a lower bound (status `partial`). */
  readonly incomplete?: readonly string[];
  /** Upstream nodes it reads (sorted). */
  readonly reads: readonly string[];
  /** Output columns in select-list order. */
  readonly columns: readonly LineageColumn[];
  /** Upstream columns used to filter, join, group, …: they change rows, not one column. */
  readonly rowAffecting: readonly RowUseColumn[];
  /** Caps hit (MAX_COLUMNS, MAX_ROW_USES): the lists are their first entries. */
  readonly truncated?: true;
}

export interface ColumnLineageSummary {
  /** Models and snapshots of the commit. */
  readonly models: number;
  /** Rendered and handed to the parser (the rest: Python, budget). */
  readonly analysed: number;
  readonly complete: number;
  readonly partial: number;
  readonly unknown: number;
  /** Unknown models by the class of their reason (see `reasonClass`), sorted by class. */
  readonly unknownByReason: Readonly<Record<string, number>>;
}

export interface ColumnLineage {
  readonly schemaVersion: 1;
  readonly mode: 'lineage-columns';
  readonly ref: string;
  /** The dialect used per project. */
  readonly dialects: Readonly<Record<string, Dialect>>;
  readonly limits: { readonly timeoutMs: number; readonly totalMs: number };
  readonly summary: ColumnLineageSummary;
  /** Sorted by name. */
  readonly models: readonly ModelLineage[];
  /** Where the time went, ms (not part of the JSON: it differs run to run). */
  readonly timing: {
    readonly wall: number;
    readonly render: number;
    readonly parse: number;
    readonly analysis: number;
    readonly structure: number;
  };
}

/** The class of an unknown reason, for the summary. */
export function reasonClass(reason: string): string {
  if (reason === BUDGET_REASON) return 'budget';
  if (reason.startsWith('render: ')) return 'render';
  if (reason.startsWith('a Python model')) return 'python';
  if (reason.startsWith('polyglot unavailable') || reason.startsWith('polyglot worker failed'))
    return 'polyglot unavailable';
  if (reason.startsWith('analysis took longer')) return 'timeout';
  if (/set-operation branches|rendered SQL longer/.test(reason)) return 'too large';
  if (
    reason.startsWith('parse: ') ||
    / SQL statements \(/.test(reason) ||
    reason.startsWith('the statement is a') ||
    reason.startsWith('the rendered model is a single function call')
  )
    return 'parse';
  if (
    reason.startsWith('analysis: ') ||
    reason.startsWith('structure: ') ||
    reason.startsWith('polyglot failed')
  )
    return 'analysis';
  return 'other';
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A printed name for a rendered relation the scan does not resolve (an external node). */
function relationName(rel: RelationRef | undefined, fallback: string): string {
  if (!rel) return fallback;
  if (rel.kind === 'source') return `${rel.source}.${rel.table}`;
  if (rel.kind === 'ref') return rel.package ? `${rel.package}.${rel.name}` : rel.name;
  return rel.name;
}

/** Keep what downstream `select *` needs, drop the structural fingerprints (memory). */
function slim(a: Analysis): Analysis {
  if ('unknown' in a) return a;
  return {
    ...a,
    rowAffecting: [],
    shape: UNSTRUCTURED,
  };
}

function exportModel(node: CodeNode, done: Analysed): ModelLineage {
  const head = {
    name: node.display,
    kind: node.kind as 'model' | 'snapshot',
    project: node.project,
    path: node.path,
  };
  const a = done.analysis;
  if ('unknown' in a)
    return {
      ...head,
      status: 'unknown',
      unknown: a.unknown,
      reads: [],
      columns: [],
      rowAffecting: [],
    };
  const nameOf = (r: ColumnRef): string => {
    if (Object.hasOwn(done.upstream, r.relation)) return done.upstream[r.relation] as string;
    const rel =
      done.relations && Object.hasOwn(done.relations, r.relation)
        ? done.relations[r.relation]
        : undefined;
    return rel?.kind === 'this' ? node.display : relationName(rel, r.relation);
  };
  const up = (refs: readonly ColumnRef[]) =>
    refs
      .map((r) => ({ node: nameOf(r), column: r.column }))
      .sort((x, y) => compare(x.node, y.node) || compare(x.column, y.column))
      .filter(
        (x, i, xs) => i === 0 || x.node !== xs[i - 1]!.node || x.column !== xs[i - 1]!.column,
      );
  let truncated = a.columns.length > MAX_COLUMNS || a.rowAffecting.length > MAX_ROW_USES;
  const columns: LineageColumn[] = a.columns.slice(0, MAX_COLUMNS).map((c) => {
    const upstream = up(c.upstream);
    return {
      name: c.name,
      transform: c.transform,
      upstream: upstream.slice(0, MAX_UPSTREAM),
      ...(upstream.length > MAX_UPSTREAM && { truncated: true as const }),
    };
  });
  const rows = a.rowAffecting
    .map((r) => ({ node: nameOf(r), column: r.column, context: r.context }))
    .sort(
      (x, y) =>
        compare(x.context, y.context) || compare(x.node, y.node) || compare(x.column, y.column),
    )
    .filter(
      (x, i, xs) =>
        i === 0 ||
        x.node !== xs[i - 1]!.node ||
        x.column !== xs[i - 1]!.column ||
        x.context !== xs[i - 1]!.context,
    );
  if (rows.length > MAX_ROW_USES) truncated = true;
  const incomplete = [...a.incompleteReasons];
  if (a.rowAffectingIncomplete)
    incomplete.push(
      'a column used to filter, join or group was not traced to an upstream relation',
    );
  return {
    ...head,
    status: incomplete.length === 0 ? 'complete' : 'partial',
    ...(incomplete.length > 0 && { incomplete }),
    reads: [...new Set(a.relations.map((r) => nameOf({ relation: r, column: '' })))].sort(compare),
    columns,
    rowAffecting: rows.slice(0, MAX_ROW_USES),
    ...(truncated && { truncated: true as const }),
  };
}

/** The column lineage of every model and snapshot of one commit. Never throws. */
export async function columnLineage(
  input: ColumnLineageInput,
  options: ColumnLineageOptions = {},
): Promise<ColumnLineage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const own = options.runner ? undefined : workerPool({ timeoutMs, workers: options.workers ?? 2 });
  const runner = memoizedAnalyses((options.runner ?? own) as PolyglotRunner);
  try {
    return await run(input, options, runner, timeoutMs);
  } finally {
    await own?.close();
  }
}

async function run(
  input: ColumnLineageInput,
  options: ColumnLineageOptions,
  runner: PolyglotRunner,
  timeoutMs: number,
): Promise<ColumnLineage> {
  const now = options.now ?? Date.now;
  const totalMs = options.totalMs ?? 600_000;
  const started = now();
  const deadline = started + totalMs;
  const side = sideOf(input.scan, input.files);

  // The models and snapshots, and the edges between them (producer → consumer).
  const targets = new Map<string, CodeNode>();
  for (const n of input.scan.nodes)
    if ((n.kind === 'model' || n.kind === 'snapshot') && !n.external && !targets.has(n.display))
      targets.set(n.display, n);
  const consumers = new Map<string, Set<string>>();
  const waiting = new Map<string, number>([...targets.keys()].map((id) => [id, 0]));
  for (const e of input.scan.edges) {
    const from = side.byId.get(e.from);
    const to = side.byId.get(e.to);
    if (!from || !to || !DATA_KINDS.has(from.kind)) continue;
    if (!targets.has(from.display) || !targets.has(to.display) || from.display === to.display)
      continue;
    const set = consumers.get(from.display) ?? new Set<string>();
    if (set.has(to.display)) continue;
    set.add(to.display);
    consumers.set(from.display, set);
    waiting.set(to.display, (waiting.get(to.display) ?? 0) + 1);
  }

  const dialects: Record<string, Dialect> = Object.create(null) as Record<string, Dialect>;
  const dialectOf = (project: string): Dialect => {
    if (!Object.hasOwn(dialects, project))
      dialects[project] = detectProjectDialect(side, project, options.dialect);
    return dialects[project] as Dialect;
  };

  const results = new Map<string, ModelLineage>();
  let analysed = 0;
  // Ready models in name order; a cycle is broken at its first name.
  const ready = [...targets.keys()].filter((id) => waiting.get(id) === 0).sort(compare);
  const finish = (id: string, model: ModelLineage) => {
    results.set(id, model);
    options.onModel?.(model);
    for (const c of consumers.get(id) ?? []) {
      const left = (waiting.get(c) ?? 0) - 1;
      waiting.set(c, left);
      if (left === 0 && !results.has(c)) insertSorted(ready, c);
    }
  };
  const inFlight = new Map<string, Promise<void>>();
  // Many models per worker: a model is several requests in a row (its pieces, inner first), each
  // a round trip, so a few models in flight left the workers idle a third of the time (spellbook:
  // 4 a worker 27-28 s, 16 25-26 s, 32 26 s).
  const concurrency = Math.max(2, (options.workers ?? 2) * MODELS_PER_WORKER);
  // what a model renders with, alike whether it renders ahead or when it starts
  const dialectAndVars = (node: CodeNode) =>
    [dialectOf(node.project), varsOf(input.scan, node.project, options.vars)] as const;
  const start = (id: string) => {
    const node = targets.get(id) as CodeNode;
    if (now() > deadline) {
      side.analyses.set(id, { unknown: BUDGET_REASON });
      finish(id, exportModel(node, { analysis: { unknown: BUDGET_REASON }, upstream: {} }));
      return;
    }
    if (node.language !== 'python') analysed++;
    const p = analyseOn(
      side,
      node,
      ...dialectAndVars(node),
      runner,
      undefined,
      false, // the export reads columns and row uses, not the structure a diff compares
      ahead.take(id),
    )
      .catch((err: unknown): Analysed => ({
        analysis: { unknown: `analysis: ${err instanceof Error ? err.message : String(err)}` },
        upstream: {},
      }))
      .then((done) => {
        side.analyses.set(id, slim(done.analysis));
        inFlight.delete(id);
        finish(id, exportModel(node, done));
      });
    inFlight.set(id, p);
  };
  const ahead = renderAhead(
    aheadOrder(targets, consumers, waiting),
    (id) => results.has(id) || inFlight.has(id),
    (id) => {
      const node = targets.get(id) as CodeNode;
      return renderOn(side, node, ...dialectAndVars(node));
    },
  );
  while (results.size + inFlight.size < targets.size || inFlight.size > 0) {
    while (ready.length > 0 && inFlight.size < concurrency) {
      const id = ready.shift() as string;
      if (!results.has(id) && !inFlight.has(id)) start(id);
    }
    if (inFlight.size > 0) {
      // While the workers answer, render the models to come (rendering reads no analysis).
      let answered = false;
      const next = Promise.race(inFlight.values()).then(() => {
        answered = true;
      });
      while (!answered && now() <= deadline && ahead.step()) await yieldToEvents();
      await next;
      continue;
    }
    if (ready.length > 0) continue;
    // Nothing ready and nothing running: a cycle. Start its first model by name.
    const next = [...targets.keys()].filter((id) => !results.has(id)).sort(compare)[0];
    if (next === undefined) break;
    waiting.set(next, 0);
    ready.push(next);
  }

  const models = [...results.values()].sort((a, b) => compare(a.name, b.name));
  const byReason: Record<string, number> = {};
  let complete = 0;
  let partial = 0;
  let unknown = 0;
  for (const m of models) {
    if (m.status === 'complete') complete++;
    else if (m.status === 'partial') partial++;
    else {
      unknown++;
      const k = reasonClass(m.unknown ?? '');
      byReason[k] = (byReason[k] ?? 0) + 1;
    }
  }
  return {
    schemaVersion: 1,
    mode: 'lineage-columns',
    ref: input.ref,
    dialects: Object.fromEntries(Object.entries(dialects).sort(([a], [b]) => compare(a, b))),
    limits: { timeoutMs, totalMs },
    summary: {
      models: models.length,
      analysed,
      complete,
      partial,
      unknown,
      unknownByReason: Object.fromEntries(
        Object.entries(byReason).sort(([a], [b]) => compare(a, b)),
      ),
    },
    models,
    timing: { wall: now() - started, ...side.time },
  };
}

/** Models in flight per polyglot worker. */
const MODELS_PER_WORKER = 16;

/** At most this many models rendered ahead, and this many characters of their SQL. */
const AHEAD_MODELS = 256;
const AHEAD_CHARS = 32 * 1024 * 1024;

/** Lets the event loop deliver the workers' answers. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The order models are likely to start in: dependencies first (the first ready by name, then
 * each as it becomes ready — the export's loop takes the ready by name, so this is close, not
 * exact), cycles broken at their first name.
 */
export function aheadOrder(
  targets: ReadonlyMap<string, unknown>,
  consumers: ReadonlyMap<string, ReadonlySet<string>>,
  waiting: ReadonlyMap<string, number>,
): string[] {
  const left = new Map(waiting);
  const byName = [...targets.keys()].sort(compare);
  const ready = byName.filter((id) => left.get(id) === 0);
  const order: string[] = [];
  const seen = new Set<string>();
  let cycleAt = 0; // where the next cycle is looked for in `byName`
  for (let i = 0; order.length < targets.size;) {
    if (i >= ready.length) {
      while (cycleAt < byName.length && seen.has(byName[cycleAt] as string)) cycleAt++;
      if (cycleAt >= byName.length) break;
      ready.push(byName[cycleAt] as string);
    }
    const id = ready[i++] as string;
    if (seen.has(id)) continue;
    seen.add(id);
    order.push(id);
    for (const c of consumers.get(id) ?? []) {
      const n = (left.get(c) ?? 0) - 1;
      left.set(c, n);
      if (n === 0 && !seen.has(c)) ready.push(c);
    }
  }
  return order;
}

/**
 * Renders models ahead of their turn, one per `step`, in `order`, skipping those already started;
 * `take` hands a model's rendering over (once). Bounded by AHEAD_MODELS and AHEAD_CHARS: past
 * them, `step` waits for `take` to make room.
 */
export function renderAhead(
  order: readonly string[],
  started: (id: string) => boolean,
  render: (id: string) => Rendering,
): { step(): boolean; take(id: string): Rendering | undefined } {
  const done = new Map<string, Rendering>();
  let chars = 0;
  let at = 0;
  const size = (r: Rendering) =>
    'rendered' in r && 'sql' in r.rendered ? r.rendered.sql.length : 0;
  return {
    step() {
      if (done.size >= AHEAD_MODELS || chars >= AHEAD_CHARS) return false;
      while (at < order.length && (started(order[at] as string) || done.has(order[at] as string)))
        at++;
      if (at >= order.length) return false;
      const id = order[at++] as string;
      let r: Rendering;
      try {
        r = render(id);
      } catch {
        return true; // rendered again when it starts, where a failure is that model's alone
      }
      done.set(id, r);
      chars += size(r);
      return true;
    },
    take(id) {
      const r = done.get(id);
      if (r === undefined) return undefined;
      done.delete(id);
      chars -= size(r);
      return r;
    },
  };
}

function insertSorted(xs: string[], x: string): void {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(xs[mid] as string, x) < 0) lo = mid + 1;
    else hi = mid;
  }
  xs.splice(lo, 0, x);
}

/**
 * The imperative shell around @polyglot-sql/sdk (sqlglot's analysis compiled to WebAssembly):
 * load it on demand, and call parse + analyzeQuery either in-process (guarded by a UNION-branch
 * and size budget) or in a worker thread with a per-model timeout (the robust bound: polyglot's
 * analysis grows steeply with UNION branches and cannot be interrupted in-process).
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Analysis, Dialect, RelationRef, Unknown } from './types.js';
import {
  modelColumnsFrom,
  polyglotDialect,
  schemaFor,
  hexLiterals,
  stripComments,
  type RawResult,
  type UpstreamColumns,
} from './analyze.js';
import { planSplit, plainPlan, VirtualTables, type SplitPlan } from './query-split.js';
import { traceSimpleSelect } from './simple-select.js';

export interface Budget {
  /** Largest rendered SQL parsed, characters (default 400,000). */
  maxChars?: number;
  /** Most UNION / INTERSECT / EXCEPT keywords analysed (default 40 in-process, 400 in a worker). */
  maxSetOperations?: number;
}

type Schema = ReturnType<typeof schemaFor>;

/**
 * `full`: parse, check it is one query, analyse (the answer has both). `parse`: only the first two
 * (the answer's analysis is empty). `analysis`: only analyse (the answer's `ast` is null) — for the
 * pieces of a split query (query-split.ts), whose whole query was parsed once.
 */
export type RunMode = 'full' | 'parse' | 'analysis';

export interface PolyglotRunner {
  run(sql: string, dialect: Dialect, schema: Schema, mode?: RunMode): Promise<RawResult | Unknown>;
  close(): Promise<void>;
  /** Start loading polyglot now, before the first request (its worker threads, if any). */
  warm?(): void;
}

interface PolyglotModule {
  parse(
    sql: string,
    dialect?: string,
  ): { success: boolean; ast?: unknown[] | null; error?: string | null };
  analyzeQuery(
    sql: string,
    options: { dialect: string; schema: Schema },
  ): { success: boolean; analysis?: unknown; error?: string };
}

/**
 * The file URL of polyglot's Node entry (what a worker or `loadPolyglot` imports): the copy the
 * bundle ships in `dist/vendor/polyglot/` (scripts/build.mjs) when there is one beside the running
 * code, else the package in node_modules. Resolved lazily: nothing is read until columns are
 * analysed.
 */
export function polyglotUrl(): string {
  const require = createRequire(import.meta.url);
  for (const rel of ['./vendor/polyglot/index.node.js', '../vendor/polyglot/index.node.js']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol !== 'file:') continue;
    try {
      // Resolving an absolute path checks that the file is there (no file system access here).
      require.resolve(fileURLToPath(url));
      return url.href;
    } catch {
      // not shipped beside this code: node_modules below
    }
  }
  const wasm = require.resolve('@polyglot-sql/sdk/polyglot_sql.wasm');
  return pathToFileURL(join(dirname(wasm), 'index.node.js')).href;
}

const SET_OPS = /\b(union|intersect|except)\b/gi;

function guard(sql: string, budget: Required<Budget>, mode: RunMode): Unknown | undefined {
  if (sql.length > budget.maxChars)
    return { unknown: `rendered SQL longer than ${budget.maxChars} characters` };
  if (mode === 'parse') return undefined; // parsing is linear: only analysis has the set-op bound
  const ops = sql.match(SET_OPS)?.length ?? 0;
  if (ops > budget.maxSetOperations) {
    return {
      unknown: `${ops + 1} set-operation branches (more than ${budget.maxSetOperations + 1}): analysis skipped`,
    };
  }
  return undefined;
}

function runWith(
  pg: PolyglotModule,
  sql: string,
  dialect: string,
  schema: Schema,
  mode: RunMode = 'full',
): RawResult | Unknown {
  // Only what the pipeline reads crosses back: the rest (each CTE's body SQL, every union
  // branch's projections again) would be copied for nothing, here and on the other side.
  const slim = (x: unknown) => {
    const { projections, baseTables, columnUses, relations } = x as Record<string, unknown>;
    return { projections, baseTables, columnUses, relations };
  };
  const t0 = Date.now();
  if (mode === 'analysis') {
    const a = pg.analyzeQuery(sql, { dialect, schema });
    if (!a.success || !a.analysis)
      return { unknown: `analysis: ${String(a.error ?? 'failed').slice(0, 300)}` };
    return {
      ast: null,
      analysis: slim(a.analysis) as RawResult['analysis'],
      ms: { parse: 0, analysis: Date.now() - t0 },
    };
  }
  const p = pg.parse(sql, dialect);
  const t1 = Date.now();
  if (!p.success || !p.ast)
    return { unknown: `parse: ${String(p.error ?? 'failed').slice(0, 300)}` };
  const statements = p.ast.filter((s) => s !== null);
  if (statements.length !== 1)
    return { unknown: `${statements.length} SQL statements (a model is one query)` };
  let stmt = statements[0] as Record<string, unknown>;
  // A statement followed by a comment comes wrapped: { annotated: { this, trailing_comments } }.
  for (let i = 0; i < 3 && stmt && 'annotated' in stmt; i++) {
    stmt = (stmt.annotated as { this: Record<string, unknown> }).this;
  }
  const kind = Object.keys(stmt)[0];
  if (kind === 'function' || kind === 'anonymous') {
    return {
      unknown:
        'the rendered model is a single function call (a package macro that builds the query?)',
    };
  }
  if (kind !== 'select' && kind !== 'union' && kind !== 'intersect' && kind !== 'except') {
    return { unknown: `the statement is a ${String(kind)}, not a query` };
  }
  if (mode === 'parse')
    return {
      ast: stmt,
      analysis: { projections: [], baseTables: [] },
      ms: { parse: t1 - t0, analysis: 0 },
    };
  const a = pg.analyzeQuery(sql, { dialect, schema });
  if (!a.success || !a.analysis)
    return { unknown: `analysis: ${String(a.error ?? 'failed').slice(0, 300)}` };
  const t2 = Date.now();
  return {
    ast: stmt,
    analysis: slim(a.analysis) as RawResult['analysis'],
    ms: { parse: t1 - t0, analysis: t2 - t1 },
  };
}

let loaded: Promise<PolyglotModule> | undefined;

/** Load polyglot in this thread (1–2 s the first time: 23 MB of WebAssembly). */
export function loadPolyglot(): Promise<PolyglotModule> {
  // A computed specifier: the bundle keeps it as a runtime import of the shipped copy.
  loaded ??= Promise.resolve()
    .then(() => polyglotUrl())
    .then((url) => import(url) as Promise<PolyglotModule>);
  return loaded;
}

export function inProcessRunner(budget: Budget = {}): PolyglotRunner {
  const b = {
    maxChars: budget.maxChars ?? 400_000,
    maxSetOperations: budget.maxSetOperations ?? 40,
  };
  return {
    async run(sql, dialect, schema, mode) {
      const g = guard(sql, b, mode ?? 'full');
      if (g) return g;
      const pg = await loadPolyglot();
      try {
        return runWith(pg, sql, polyglotDialect(dialect), schema, mode);
      } catch (err) {
        return {
          unknown: `polyglot failed: ${err instanceof Error ? err.message : String(err)}`.slice(
            0,
            300,
          ),
        };
      }
    },
    async close() {},
  };
}

/**
 * Grows polyglot's WebAssembly memory once, by `bytes`, and hands the space back to its allocator
 * (one malloc and free through wasm-bindgen's exports), so the queries after it allocate without
 * growing the memory. Every growth of a WebAssembly memory makes V8 count the whole memory again
 * as new external memory and start a full garbage collection: a worker whose memory grew a page
 * at a time spent half its time collecting a heap of a few MB (~970 full collections over a
 * spellbook export). Pages reserved and never written cost address space, not resident memory.
 * Best effort: without the exports (another polyglot build) nothing is reserved.
 */
export function reserve(exports: Record<string, unknown> | undefined, bytes: number): void {
  const malloc = exports?.__wbindgen_export;
  const free = exports?.__wbindgen_export4;
  if (!(bytes > 0) || typeof malloc !== 'function' || typeof free !== 'function') return;
  try {
    const ptr = (malloc(bytes, 8) as number) >>> 0;
    if (ptr !== 0) free(ptr, bytes, 8);
  } catch {
    // out of memory for the reserve: the memory grows as it would have
  }
}

const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const heap = require('node:v8').getHeapStatistics;
${runWith.toString()}
${reserve.toString()}
// The first message: polyglot compiled once for every worker of the process, or nothing.
parentPort.once('message', ({ compiled }) => {
// polyglot's WebAssembly exports, caught as its loader instantiates them (for the reserve below)
let wasm;
const instantiate = WebAssembly.instantiate, streaming = WebAssembly.instantiateStreaming;
const catchExports = (r) => { wasm = (r && (r.instance || r).exports) || wasm; return r; };
// With the shared module, the loader's bytes are not compiled again; if it does not fit this
// loader (another polyglot build), they are.
const fromShared = (fallback) => (source, imports) =>
  compiled && !(source instanceof WebAssembly.Module)
    ? instantiate(compiled, imports).then((instance) => ({ module: compiled, instance }), () => fallback(source, imports))
    : fallback(source, imports);
WebAssembly.instantiate = (...a) => fromShared((x, i) => instantiate(x, i))(...a).then(catchExports);
WebAssembly.instantiateStreaming = (...a) => fromShared((x, i) => streaming(x, i))(...a).then(catchExports);
import(workerData.url).then((pg) => {
  WebAssembly.instantiate = instantiate;
  WebAssembly.instantiateStreaming = streaming;
  reserve(wasm, workerData.reserveBytes);
  parentPort.on('message', (m) => {
    parentPort.postMessage({ started: m.id });
    let out;
    try { out = runWith(pg, m.sql, m.dialect, m.schema, m.mode); }
    catch (err) { out = { unknown: 'polyglot failed: ' + String(err && err.message || err).slice(0, 300) }; }
    // this thread's memory outside the JS heap: polyglot's WebAssembly memory, above all
    parentPort.postMessage({ id: m.id, out, external: heap().external_memory });
  });
  parentPort.postMessage({ ready: true });
}, (err) => parentPort.postMessage({ loadError: String(err && err.message || err) }));
});
`;

/** A compiled WebAssembly.Module (the project's TypeScript library has no WebAssembly values). */
type CompiledModule = object;
const compile = (bytes: Uint8Array) =>
  (
    globalThis as unknown as {
      WebAssembly: { compile(bytes: Uint8Array): Promise<CompiledModule> };
    }
  ).WebAssembly.compile(bytes);
const compiledModules = new Map<string, Promise<CompiledModule | undefined>>();

/** Reads the bytes of polyglot's WebAssembly for the loader at `url` (a file-system port). */
export type WasmReader = (url: string) => Promise<Uint8Array>;

/**
 * polyglot's WebAssembly compiled once per process for the loader at `url`, for every worker:
 * V8 shares a module's machine code between the threads that instantiate it, so the optimised
 * code one worker's hot functions get (tier-up) serves every other worker and every replacement
 * — each worker compiling its own copy tiered up on its own, twice the compiling and each
 * running slow code meanwhile (a new worker ran the same 3,000 analyses in 3.2 s alone, in 1.8 s
 * with the module a first one had warmed). Undefined when it cannot be read or compiled.
 */
export function compiledPolyglot(
  url: string,
  read: WasmReader,
): Promise<CompiledModule | undefined> {
  let compiled = compiledModules.get(url);
  if (!compiled) {
    compiled = Promise.resolve()
      .then(() => read(url))
      .then((bytes) => compile(bytes))
      .catch(() => undefined);
    compiledModules.set(url, compiled);
  }
  return compiled;
}

/**
 * A single worker thread running polyglot. Up to `inFlight` requests are posted at once, so the
 * worker never waits for this thread (busy rendering) to hand it the next one; each gets
 * `timeoutMs` from the moment the worker says it started it. On a timeout the worker is
 * terminated (the request is unknown) and the requests queued behind it go to a new worker.
 * WebAssembly memory only grows: one huge query leaves its worker holding hundreds of MB for the
 * rest of the run (a 27 KB spellbook query took it from 117 to 715 MB). A worker whose memory
 * outside the JS heap passes `recycleBytes` is replaced after that answer, the requests it had not
 * answered going to the new one, so a long run holds at most one such high-water mark at a time.
 */
export function workerRunner(
  options: {
    timeoutMs?: number;
    loadTimeoutMs?: number;
    moduleUrl?: string;
    inFlight?: number;
    /** Replace the worker once its memory outside the JS heap passes this (default 512 MiB). */
    recycleBytes?: number;
    /**
     * polyglot's memory grown once at load, for its allocator (default 256 MiB; 0: none). Keep it
     * well below `recycleBytes`: a worker whose reserve alone passes that retires after each answer.
     */
    reserveBytes?: number;
    /** With it, the workers instantiate polyglot's module compiled once for the process. */
    readWasm?: WasmReader;
  } & Budget = {},
): PolyglotRunner & { readonly recycled: number } {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const recycleBytes = options.recycleBytes ?? 512 * 1024 * 1024;
  const reserveBytes = options.reserveBytes ?? 256 * 1024 * 1024;
  const loadTimeoutMs = options.loadTimeoutMs ?? 60_000;
  const depth = Math.max(1, Math.min(64, Math.floor(options.inFlight ?? 8)));
  const b = {
    maxChars: options.maxChars ?? 400_000,
    maxSetOperations: options.maxSetOperations ?? 400,
  };
  interface Job {
    readonly id: number;
    readonly message: Record<string, unknown>;
    readonly resolve: (r: RawResult | Unknown) => void;
    timer?: ReturnType<typeof setTimeout>;
  }
  let worker: Worker | undefined;
  /** The worker being started (loading polyglot), if any. */
  let starting: Worker | undefined;
  let seq = 0;
  let recycled = 0;
  let loadFailures = 0;
  let gaveUp: Error | undefined;
  const queue: Job[] = []; // not yet posted
  const posted = new Map<number, Job>(); // posted to the current worker, in order
  let idle: (() => void) | undefined;

  const settle = (job: Job, r: RawResult | Unknown) => {
    if (job.timer) clearTimeout(job.timer);
    posted.delete(job.id);
    job.resolve(r);
    if (posted.size === 0 && queue.length === 0) idle?.();
  };

  /** Drop the worker; what it had not answered goes back to the front of the queue. */
  const drop = (w: Worker) => {
    if (worker !== w) return;
    worker = undefined;
    void w.terminate();
    const back = [...posted.values()];
    posted.clear();
    for (const job of back) {
      if (job.timer) clearTimeout(job.timer);
      job.timer = undefined;
    }
    queue.unshift(...back);
  };

  const failAll = (reason: string) => {
    for (const job of [...posted.values(), ...queue.splice(0)]) settle(job, { unknown: reason });
  };

  const start = () => {
    if (starting || worker || gaveUp) return;
    // Resolved on first use: in a bundle without node_modules, pass `moduleUrl`.
    const url = options.moduleUrl ?? polyglotUrl();
    const w = new Worker(WORKER_CODE, { eval: true, workerData: { url, reserveBytes } });
    w.unref();
    starting = w;
    void (options.readWasm ? compiledPolyglot(url, options.readWasm) : Promise.resolve()).then(
      (compiled) => w.postMessage({ compiled }),
    );
    const loadTimer = setTimeout(
      () => setImmediate(() => loadFailed(w, new Error('polyglot did not load in time'))),
      loadTimeoutMs,
    );
    loadTimer.unref(); // a worker warmed and never used must not hold the process
    const loadFailed = (lw: Worker, err: Error) => {
      clearTimeout(loadTimer);
      if (starting !== lw) return;
      starting = undefined;
      void lw.terminate();
      // A worker that failed to load is dropped and another started; after three failures in a
      // row polyglot is taken as unavailable.
      if (++loadFailures >= 3) {
        gaveUp = err;
        failAll(`polyglot unavailable: ${err.message}`);
      } else start();
    };
    w.on(
      'message',
      (m: {
        ready?: boolean;
        loadError?: string;
        started?: number;
        id?: number;
        out?: RawResult | Unknown;
        external?: number;
      }) => {
        if (m.ready) {
          if (starting !== w) return;
          clearTimeout(loadTimer);
          starting = undefined;
          loadFailures = 0;
          worker = w;
          pump();
        } else if (m.loadError) {
          loadFailed(w, new Error(m.loadError));
        } else if (m.started !== undefined) {
          const job = posted.get(m.started);
          if (job && worker === w) {
            // The check runs after the event loop has delivered the answers already waiting.
            job.timer = setTimeout(
              () =>
                setImmediate(() => {
                  if (!posted.has(job.id) || worker !== w) return;
                  posted.delete(job.id); // not sent again: the others are
                  drop(w);
                  settle(job, { unknown: `analysis took longer than ${timeoutMs} ms` });
                  pump();
                }),
              timeoutMs,
            );
          }
        } else if (m.id !== undefined && m.out) {
          const job = posted.get(m.id);
          if (job && worker === w) {
            settle(job, m.out);
            if ((m.external ?? 0) > recycleBytes) {
              recycled++;
              drop(w);
            }
            pump();
          }
        }
      },
    );
    w.on('error', (err) => {
      if (starting === w) return loadFailed(w, err);
      // A crashed worker: its unanswered requests fail with the reason, the queue goes on.
      if (worker !== w) return;
      worker = undefined;
      for (const job of [...posted.values()])
        settle(job, { unknown: `polyglot worker failed: ${err.message}` });
      pump();
    });
  };

  /** Posts what the worker can take; without a worker, starts one only if there is work. */
  const pump = () => {
    if (!worker) {
      if (queue.length) start();
      return;
    }
    while (posted.size < depth && queue.length) {
      const job = queue.shift()!;
      posted.set(job.id, job);
      worker.postMessage({ id: job.id, ...job.message });
    }
  };

  return {
    run(sql, dialect, schema, mode = 'full') {
      const g = guard(sql, b, mode);
      if (g) return Promise.resolve(g);
      if (gaveUp) return Promise.resolve({ unknown: `polyglot unavailable: ${gaveUp.message}` });
      return new Promise<RawResult | Unknown>((resolve) => {
        queue.push({
          id: ++seq,
          message: { sql, dialect: polyglotDialect(dialect), schema, mode },
          resolve,
        });
        pump();
      });
    },
    async close() {
      if (posted.size || queue.length) await new Promise<void>((r) => (idle = r));
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
      // a worker still loading (warmed, never asked)
      const loading = starting;
      starting = undefined;
      if (loading) await loading.terminate();
    },
    warm() {
      if (!worker && !starting) start();
    },
    get recycled() {
      return recycled;
    },
  };
}

/**
 * Several `workerRunner`s (each its own thread, polyglot loaded once per thread), each request
 * sent to the one with the fewest in flight: models analyse in parallel while the caller renders.
 * With one worker it is exactly `workerRunner`.
 */
export function workerPool(
  options: Parameters<typeof workerRunner>[0] & { workers?: number } = {},
): PolyglotRunner {
  const n = Math.max(1, Math.min(16, Math.floor(options.workers ?? 1)));
  if (n === 1) return workerRunner(options);
  const runners = Array.from({ length: n }, () => ({ runner: workerRunner(options), busy: 0 }));
  return {
    async run(sql, dialect, schema, mode) {
      const slot = runners.reduce((a, b) => (b.busy < a.busy ? b : a));
      slot.busy++;
      try {
        return await slot.runner.run(sql, dialect, schema, mode);
      } finally {
        slot.busy--;
      }
    },
    async close() {
      await Promise.all(runners.map((r) => r.runner.close()));
    },
    warm() {
      for (const r of runners) r.runner.warm?.();
    },
  };
}

/**
 * Bounds of `memoizedAnalyses`: entries, and characters of the keys kept. Repeats come close
 * together (a macro's models are analysed one after another): on spellbook the last 5,000
 * answers hold 98% of the hits a memo of every answer would have, in ~7 MB of keys.
 */
const MEMO_ENTRIES = 5_000;
const MEMO_CHARS = 16 * 1024 * 1024;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * A runner that answers a piece it has already analysed (the same text, dialect and schema) from
 * memory. Macro-built projects repeat pieces word for word — on spellbook a quarter of the split
 * pieces' analysis time went to pieces analysed before — and a diff analyses most models twice,
 * once a side. Only `analysis` answers are kept (they are small; parse trees are not), and a
 * timeout (the same piece would time out again); answers are frozen, since several models share
 * one. Bounded: the oldest entries go first.
 */
export function memoizedAnalyses(runner: PolyglotRunner): PolyglotRunner {
  const memo = new Map<string, Promise<RawResult | Unknown>>();
  let chars = 0;
  const forget = (key: string) => {
    if (memo.delete(key)) chars -= key.length;
  };
  return {
    run(sql, dialect, schema, mode = 'full') {
      if (mode !== 'analysis') return runner.run(sql, dialect, schema, mode);
      const key = `${dialect}\0${JSON.stringify(schema)}\0${sql}`;
      if (key.length > MEMO_CHARS / 64) return runner.run(sql, dialect, schema, mode);
      const hit = memo.get(key);
      if (hit)
        return hit.then((r) => ('unknown' in r ? r : { ...r, ms: { parse: 0, analysis: 0 } }));
      const answer = runner.run(sql, dialect, schema, mode).then((r) => {
        if ('unknown' in r && !/took longer than/.test(r.unknown)) forget(key);
        return deepFreeze(r);
      });
      memo.set(key, answer);
      chars += key.length;
      while (memo.size > MEMO_ENTRIES || chars > MEMO_CHARS)
        forget(memo.keys().next().value as string);
      return answer;
    },
    close: () => runner.close(),
  };
}

/** An identifier polyglot would match by name alone (no quotes needed, nothing to escape). */
const PLAIN_NAME = /^[a-z_][a-z0-9_]*$/i;
const WORDS = /[a-z_][a-z0-9_]*/gi;
/**
 * A FROM that begins a query (DuckDB's FROM-first `from t`, a `select *` with no `*`): at the start
 * of the text, after `(`, or after a set operator (`union all by name from t`). Not `is distinct
 * from`, `extract(year from …)` or the FROM after a select list.
 */
const FROM_FIRST =
  /(?:^|\(|\b(?:union|intersect|except)(?:\s+(?:all|distinct))?(?:\s+by\s+name)?)\s*from\b/;

/**
 * The part of the schema a piece of SQL can use: the tables its text names and, of each, the
 * columns its text names. polyglot takes in the whole schema on every call, ~14 µs a column:
 * two upstream tables of 500 columns made a one-line join cost 7–9 ms instead of 0.5 ms, and a
 * model's pieces each paid for every upstream's columns. Dropping a column the text never names
 * cannot change the answer, except where polyglot expands columns itself: a `*` anywhere
 * (`select *`, `t.*`, even `count(*)`), a NATURAL join or a FROM-first query keeps every column.
 * A table none of whose columns is named keeps its first one, so it stays a table of known
 * columns (an empty list would make it one that might hold any unqualified column). A column
 * whose name is not a plain identifier is kept (its spelling in the text may differ). In DuckDB,
 * whose FROM-first queries can hide behind any `)` (`with c as (…) from t`), and under BigQuery's
 * pipe syntax (`|>`), every column is kept: only the tables are cut.
 */
export function schemaNamedIn(text: string, tables: Schema['tables'], dialect?: Dialect): Schema {
  const lower = text.toLowerCase();
  const named = tables.filter((t) => lower.includes(t.name.toLowerCase()));
  if (
    named.length === 0 ||
    dialect === 'duckdb' ||
    lower.includes('|>') ||
    lower.includes('*') ||
    /\bnatural\b/.test(lower) ||
    FROM_FIRST.test(lower)
  )
    return { tables: named, strict: false };
  const words = new Set(lower.match(WORDS));
  return {
    tables: named.map((t) => {
      const columns = t.columns.filter(
        (c) => !PLAIN_NAME.test(c.name) || words.has(c.name.toLowerCase()),
      );
      if (columns.length === t.columns.length) return t;
      return { ...t, columns: columns.length > 0 ? columns : t.columns.slice(0, 1) };
    }),
    strict: false,
  };
}

/** The analysis of a union branch that is a VALUES list: `width` constant columns. */
function constantRows(width: number): RawResult['analysis'] {
  return {
    projections: Array.from({ length: width }, (_, index) => ({
      index,
      name: null,
      isStar: false,
      transformKind: 'constant',
      upstream: [],
    })),
    baseTables: [],
    columnUses: [],
  };
}

/**
 * A query analysed scope by scope (query-split.ts): the whole query is parsed once (its tree gives
 * the model's shape), then each CTE body and union branch, inner first, then the main query.
 * Undefined when a piece does not analyse: the caller then analyses the whole query. A timeout or
 * a parse error is the model's answer as it is.
 */
async function analyzeSplit(
  plan: SplitPlan,
  sql: string,
  dialect: Dialect,
  schema: Schema,
  runner: PolyglotRunner,
  structure: boolean,
): Promise<RawResult | Unknown | undefined> {
  // Without the structure (a whole-commit export reads only the columns, and whether the rows
  // are distinct, which the plan tells) nothing is parsed whole: every piece is parsed by its
  // own analysis, and a piece that does not parse sends the query to the whole-query path.
  const skip = !structure && plan.grain !== undefined;
  // parsing needs no schema (it would only be copied to the worker)
  const parsed = skip
    ? { ast: null, ms: { parse: 0 } }
    : await runner.run(sql, dialect, { tables: [], strict: false }, 'parse');
  if ('unknown' in parsed) return parsed;
  const ms = { parse: parsed.ms?.parse ?? 0, analysis: 0 };
  const virtual = new VirtualTables();
  const analyse = async (piece: string): Promise<RawResult['analysis'] | Unknown | undefined> => {
    const named = schemaNamedIn(piece, [...schema.tables, ...virtual.schemaTables()], dialect);
    // a one-table SELECT is traced here, without a round trip to polyglot (simple-select.ts)
    const simple = traceSimpleSelect(piece, dialect, named);
    if (simple) return simple;
    const r = await runner.run(piece, dialect, named, 'analysis');
    if ('unknown' in r) return /longer than|unavailable/.test(r.unknown) ? r : undefined;
    ms.analysis += r.ms?.analysis ?? 0;
    return r.analysis;
  };
  for (const step of plan.steps) {
    const pieces = step.kind === 'union' ? step.branches : step.piece ? [step.piece] : [];
    const done = await Promise.all(
      pieces.map((p) => (typeof p === 'string' ? analyse(p) : constantRows(p.constants))),
    );
    const stop = done.find((b) => b !== undefined && 'unknown' in b);
    if (stop) return stop as Unknown;
    if (done.some((b) => b === undefined)) return undefined;
    const analyses = done as RawResult['analysis'][];
    if (step.kind === 'union') virtual.add(step.name, analyses);
    else virtual.addCte(step.name, step.columns, analyses[0]);
  }
  const outer = await analyse(plan.outer);
  if (outer === undefined || 'unknown' in outer) return outer;
  return {
    ast: parsed.ast,
    ...(skip && { grain: plan.grain }),
    analysis: virtual.resolve(outer, plan.root, plan.originals),
    ms,
  };
}

/**
 * polyglot's parse and analysis of one prepared query; a query with CTEs or unions is analysed
 * scope by scope unless `split` is false (the whole-query analysis, the reference the split is tested on).
 */
export async function analyzeQuery(
  sql: string,
  dialect: Dialect,
  schema: Schema,
  runner: PolyglotRunner,
  split = true,
  /** False: the caller needs no structure (no `ast` where the split can do without). */
  structure = true,
): Promise<RawResult | Unknown> {
  const plan = split
    ? planSplit(
        sql,
        dialect,
        schema.tables.map((t) => t.name),
      )
    : undefined;
  // A query with nothing to split, whose structure nobody reads: analysed as its own one piece,
  // without a parse (its rows' distinctness read from its tokens), where its tokens tell.
  const whole = plan ?? (split && !structure ? plainPlan(sql, dialect) : undefined);
  return (
    (whole && (await analyzeSplit(whole, sql, dialect, schema, runner, structure))) ??
    (await runner.run(sql, dialect, schemaNamedIn(sql, schema.tables, dialect)))
  );
}

/**
 * Parse a rendered model and trace its columns. `upstreamColumns` gives the known columns of a
 * rendered relation (an upstream model's outputs or its YAML `columns:`) to expand `select *`.
 */
export async function analyzeModel(
  rendered: { sql: string; relations: Readonly<Record<string, RelationRef>> },
  dialect: Dialect,
  upstreamColumns: UpstreamColumns | undefined,
  runner: PolyglotRunner,
  /** Adds the time spent: polyglot's parse and analysis (in the worker), the structure (here). */
  time?: { parse: number; analysis: number; structure: number },
  /**
   * False when only the columns are read (a whole-commit export): the structure a diff compares
   * (`shape`) is then empty where the split can do without a whole parse.
   */
  structure = true,
): Promise<Analysis> {
  const sql = hexLiterals(stripComments(rendered.sql, dialect), dialect);
  const schema = schemaFor(rendered.relations, upstreamColumns);
  const raw = await analyzeQuery(sql, dialect, schema, runner, true, structure);
  if ('unknown' in raw) return raw;
  const t0 = performance.now();
  const out = modelColumnsFrom(raw, dialect, rendered.relations);
  if (time) {
    time.parse += raw.ms?.parse ?? 0;
    time.analysis += raw.ms?.analysis ?? 0;
    time.structure += performance.now() - t0;
  }
  return out;
}

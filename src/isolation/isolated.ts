/**
 * Column analysis in a separate, locked-down Node process (the shell around `child.ts`).
 *
 * Rendering a model runs the pull request's Jinja through nunjucks, which is not a sandbox: the
 * renderer refuses the member lookups that lead to code (render.ts), and this process boundary is
 * the second wall. The child gets no environment (no token, no runner variables), Node's
 * permission model with read access to the tool's own code only (no workspace, no `.git/config`
 * with checkout's credentials, no `/proc`), no writes, no child processes, no native addons;
 * worker threads (polyglot's per-model timeout) inherit those limits. Its memory and wall-clock
 * time are capped, and what it sends back is read as untrusted data: bounded in bytes,
 * parsed as JSON (work linear in its bytes), and checked against the `ColumnImpact` shape before it is used.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import type { ColumnImpact, ColumnImpactInput, ColumnImpactOptions } from '../columns/impact.js';
import { polyglotUrl } from '../columns/polyglot.js';
import { compareNames } from '../lineage/graph.js';
import { checkColumnImpact, checkColumnLineage, checkModelLineage } from '../columns/wire.js';
import type {
  ColumnLineage,
  ColumnLineageInput,
  ColumnLineageOptions,
  ModelLineage,
} from '../columns/lineage.js';

/** What the child is asked: a diff's column impact, or one commit's column lineage. */
export type ChildRequest =
  | {
      readonly kind: 'impact';
      readonly input: ColumnImpactInput;
      readonly options: Omit<ColumnImpactOptions, 'runner'>;
    }
  | {
      readonly kind: 'lineage';
      readonly input: ColumnLineageInput;
      readonly options: Omit<ColumnLineageOptions, 'runner' | 'now' | 'onModel'>;
    };

/**
 * The child's last line. A lineage's models come before it, one a line (`streamed` of them);
 * its `result` then lists none.
 */
export type ChildResponse =
  { readonly result: unknown; readonly streamed?: number } | { readonly error: string };

export interface IsolationOptions {
  /** The child's script (default: `columns-child.js` beside the running bundle). */
  readonly childScript?: string;
  /** Wall-clock cap on the whole child, ms (default: the analysis budget plus a minute). */
  readonly killAfterMs?: number;
  /** The child's heap, MB (default 4096). */
  readonly maxHeapMb?: number;
  /** Largest answer read back, bytes (default 64 MiB). */
  readonly maxResponseBytes?: number;
}

/** The child's script shipped beside this code (dist/), or undefined when running from source. */
export function shippedChildScript(): string | undefined {
  for (const rel of ['./columns-child.js', '../columns-child.js']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol !== 'file:') continue;
    const path = fileURLToPath(url);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * Node's flags for the child: the permission model (`--permission` from Node 22.13/23.5, the
 * experimental flag before), reads limited to `readable` (folders, each with a trailing slash),
 * worker threads allowed (they inherit the limits), the heap's sizes, nothing else.
 */
export function isolationFlags(
  readable: readonly string[],
  known: ReadonlySet<string> = process.allowedNodeEnvironmentFlags,
  maxHeapMb = 4096,
): string[] {
  const permission = known.has('--permission') ? '--permission' : '--experimental-permission';
  return [
    permission,
    ...readable.map((dir) => `--allow-fs-read=${dir.endsWith('/') ? dir : `${dir}/`}`),
    '--allow-worker',
    `--max-old-space-size=${maxHeapMb}`,
    // A young generation of 64 MB semi-spaces, not 16: the renderer's main thread keeps many
    // objects alive for a while (models in flight), which every collection of a small young
    // generation copies again — 706 collections and 5.7 s of a spellbook export, 188 and 2.9 s.
    // (V8's flags are the process's: polyglot's worker threads may grow theirs as far; the
    // benchmark's peak memory, 1.25 GB for spellbook, includes that.)
    '--max-semi-space-size=64',
    '--no-warnings',
  ];
}

/** Folders the child must read: its own bundle's, and polyglot's. */
function readableFor(childScript: string): string[] {
  const dirs = new Set([dirname(childScript)]);
  try {
    dirs.add(dirname(fileURLToPath(polyglotUrl())));
  } catch {
    // polyglot not installed: the child says so per model ("polyglot unavailable")
  }
  return [...dirs];
}

/**
 * Runs `analyzeColumnImpact` in the isolated child. Rejects (with a one-line reason) when the
 * child cannot start, crashes, overruns or answers with something that is not a column impact:
 * the caller (`withColumnImpact`) turns that into `unknown` changes, never into "safe".
 */
export async function isolatedColumnImpact(
  request: Omit<Extract<ChildRequest, { kind: 'impact' }>, 'kind'>,
  isolation: IsolationOptions = {},
): Promise<ColumnImpact> {
  return checkColumnImpact((await runChild({ kind: 'impact', ...request }, isolation)).result);
}

/** What `isolatedColumnLineage` is asked: one commit's scan and files, and the options. */
export type LineageRequest = Omit<Extract<ChildRequest, { kind: 'lineage' }>, 'kind'>;

/** `lineage --columns` in the isolated child (the same walls as `isolatedColumnImpact`). */
export async function isolatedColumnLineage(
  request: LineageRequest | Promise<LineageRequest>,
  isolation: IsolationOptions = {},
): Promise<ColumnLineage> {
  // The child starts at once and loads polyglot into its workers while the caller may still be
  // reading and scanning the commit (a promised request); the request follows when it is ready.
  const models: ModelLineage[] = [];
  const { result, streamed } = await runChild(
    Promise.resolve(request).then((r) => ({ kind: 'lineage' as const, ...r })),
    isolation,
    warmWorkers(),
    // each model checked as it arrives, while the child analyses the rest
    (line) => models.push(checkModelLineage(parseLine(line))),
  );
  const lineage = checkColumnLineage(result);
  const { summary } = lineage;
  const status = (s: ModelLineage['status']) => models.filter((m) => m.status === s).length;
  const problem =
    lineage.models.length > 0
      ? 'models in its last line'
      : streamed !== models.length || models.length !== summary.models
        ? `${models.length} models sent, ${String(streamed)} said, ${summary.models} in its summary`
        : new Set(models.map((m) => m.name)).size !== models.length
          ? 'a model sent twice'
          : status('complete') !== summary.complete ||
              status('partial') !== summary.partial ||
              status('unknown') !== summary.unknown
            ? "its summary's counts by status differ from its models'"
            : undefined;
  if (problem)
    throw new Error(`the isolated renderer's answer is not a column lineage (${problem})`);
  return {
    ...lineage,
    models: models.sort((a, b) => compareNames(a.name, b.name)),
  };
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new Error('the isolated renderer answered something unreadable');
  }
}

/** The worker threads the child warms for a lineage request: as the CLI asks (one per core, ≤ 4). */
export function warmWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Runs the child on one request; its answer's `result`, unchecked (the callers check it). The
 * child starts before a promised request is ready (with `warm`, loading that many polyglot
 * workers meanwhile); if the promise rejects, the child is killed and the rejection is the answer.
 */
async function runChild(
  pending: ChildRequest | Promise<ChildRequest>,
  isolation: IsolationOptions,
  warm?: number,
  /** Each line before the last, as it arrives; what it throws ends the child and is the answer. */
  onLine?: (line: string) => void,
): Promise<{ result: unknown; streamed?: number }> {
  const script = isolation.childScript ?? shippedChildScript();
  if (script === undefined)
    throw new Error('the isolated renderer (columns-child.js) is not shipped beside this code');
  const maxBytes = isolation.maxResponseBytes ?? 64 * 1024 * 1024;
  const child = spawn(
    process.execPath,
    [
      ...isolationFlags(readableFor(script), undefined, isolation.maxHeapMb),
      script,
      ...(warm === undefined ? [] : [`--warm-workers=${warm}`]),
    ],
    { env: {}, stdio: ['pipe', 'ignore', 'pipe', 'pipe'], windowsHide: true },
  );
  const answer: Buffer[] = [];
  let answerBytes = 0;
  let stderr = '';
  let overflow = false;
  let lineError: unknown;
  let timedOut = false;
  const answerPipe = child.stdio[3] as NodeJS.ReadableStream;
  answerPipe.on('data', (chunk: Buffer) => {
    answerBytes += chunk.length;
    if (answerBytes > maxBytes) {
      overflow = true;
      child.kill('SIGKILL');
      return;
    }
    if (lineError !== undefined) return;
    // Lines split at their newline bytes (never inside a UTF-8 character).
    let from = 0;
    for (let nl = onLine ? chunk.indexOf(10) : -1; nl >= 0; nl = chunk.indexOf(10, from)) {
      answer.push(chunk.subarray(from, nl));
      from = nl + 1;
      const line = Buffer.concat(answer).toString('utf8');
      answer.length = 0;
      try {
        onLine!(line);
      } catch (err) {
        lineError = err;
        child.kill('SIGKILL');
        return;
      }
    }
    if (from < chunk.length) answer.push(from === 0 ? chunk : chunk.subarray(from));
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    if (stderr.length < 2000) stderr += chunk.toString('utf8');
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  const started = new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  started.catch(() => undefined); // awaited below; not unhandled while the request is pending
  try {
    // the request may still be on its way (the caller scanning the commit): the child waits
    const request = await pending;
    const killAfterMs =
      isolation.killAfterMs ??
      (request.options.totalMs ?? (request.kind === 'lineage' ? 600_000 : 180_000)) + 60_000;
    timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, killAfterMs);
    await started;
    child.stdin!.on('error', () => undefined); // a child that died early: its exit says why
    child.stdin!.end(serialize(request));
    const { code, signal } = await exit;
    if (overflow) throw new Error(`the isolated renderer answered more than ${maxBytes} bytes`);
    if (lineError !== undefined) throw lineError;
    // (killed by the timer: maybe in the middle of a line, which says nothing more)
    if (timedOut || (signal === 'SIGKILL' && answer.length === 0))
      throw new Error(`the isolated renderer ran longer than ${Math.round(killAfterMs / 1000)} s`);
    if (answer.length === 0)
      throw new Error(
        `the isolated renderer exited (${signal ?? `code ${code}`}) without an answer${firstLine(stderr)}`,
      );
    let response: unknown;
    try {
      // JSON: no sparse arrays or shared references that make a few bytes cost hours to check.
      response = JSON.parse(Buffer.concat(answer).toString('utf8'));
    } catch {
      throw new Error('the isolated renderer answered something unreadable');
    }
    const r = response as Partial<Record<'result' | 'error' | 'streamed', unknown>>;
    if (typeof r?.error === 'string') throw new Error(r.error.slice(0, 300));
    return { result: r?.result, ...(typeof r?.streamed === 'number' && { streamed: r.streamed }) };
  } finally {
    if (timer) clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

/** The error line of a child's stderr (else its first line), for a one-line reason. */
function firstLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('(node:') && !l.startsWith('(Use `node'));
  const line = lines.find((l) => /^[\w.]*Error\b/.test(l)) ?? lines[0];
  return line ? `: ${line.slice(0, 200)}` : '';
}

/**
 * The isolated renderer's entry (bundled as dist/columns-child.js; started by isolated.ts under
 * Node's permission model, with no environment). Reads one v8-serialised request from stdin,
 * runs the column analysis, writes its JSON answer to file descriptor 3 (a lineage export: one
 * line per model as each is done, then the rest), and exits.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { deserialize } from 'node:v8';
import { analyzeColumnImpact } from '../columns/impact.js';
import { columnLineage, DEFAULT_TIMEOUT_MS } from '../columns/lineage.js';
import { workerPool, type PolyglotRunner, type WasmReader } from '../columns/polyglot.js';
import type { ChildRequest, ChildResponse } from './isolated.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The second wall, before any template runs: a function's `constructor` (Function, and the
 * async and generator kinds) leads nowhere, so a template that reaches a function past the
 * renderer's member checks still cannot compile code. nunjucks compiles with the global
 * `Function`, which stays.
 */
function closeFunctionConstructors(): void {
  const kinds = [function () {}, async function () {}, function* () {}, async function* () {}].map(
    (f) => Object.getPrototypeOf(f) as object,
  );
  for (const proto of kinds)
    Object.defineProperty(proto, 'constructor', {
      value: undefined,
      writable: false,
      configurable: false,
    });
}

/** polyglot's WebAssembly, beside its loader: compiled once, shared by the workers. */
const readWasm: WasmReader = (url) => readFile(new URL('./polyglot_sql.wasm', url));

/**
 * `--warm-workers=N` (from the parent, for a lineage export whose request is still being
 * prepared): start N polyglot workers now, so they load while the request is on its way.
 */
function warmPool(): { workers: number; pool: PolyglotRunner } | undefined {
  const arg = process.argv.find((a) => a.startsWith('--warm-workers='));
  const workers = Number(arg?.slice('--warm-workers='.length));
  if (!Number.isInteger(workers) || workers < 1 || workers > 16) return undefined;
  const pool = workerPool({ workers, timeoutMs: DEFAULT_TIMEOUT_MS, readWasm });
  pool.warm?.();
  return { workers, pool };
}

async function main(): Promise<void> {
  closeFunctionConstructors();
  const warm = warmPool();
  const out = createWriteStream('', { fd: 3 });
  let streamed = 0;
  let response: ChildResponse;
  try {
    const request = deserialize(await readStdin()) as ChildRequest;
    // the warmed pool serves a lineage request that asks for what it is (workers, timeout)
    const fits =
      warm &&
      request.kind === 'lineage' &&
      request.options.workers === warm.workers &&
      (request.options.timeoutMs ?? DEFAULT_TIMEOUT_MS) === DEFAULT_TIMEOUT_MS;
    if (warm && !fits) await warm.pool.close();
    response = {
      result:
        request.kind === 'lineage'
          ? {
              // Each model a line as soon as it is done: the parent reads and checks them while
              // the rest are analysed, not all at once at the end.
              ...(await columnLineage(request.input, {
                ...request.options,
                ...(fits && { runner: warm.pool }),
                onModel: (model) => {
                  streamed++;
                  out.write(`${JSON.stringify(model)}\n`);
                },
              })),
              models: [],
            }
          : await analyzeColumnImpact(request.input, request.options),
    };
  } catch (error) {
    response = { error: error instanceof Error ? error.message : String(error) };
  }
  if (warm) await warm.pool.close().catch(() => undefined);
  // JSON, not v8: the parent reads it as untrusted, and JSON's work is linear in its bytes. The
  // last line; a lineage's models came before it, one a line (JSON has no raw newline).
  out.end(JSON.stringify('result' in response ? { ...response, streamed } : response), () =>
    process.exit(0),
  );
}

void main();

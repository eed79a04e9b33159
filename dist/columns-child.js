import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_TIMEOUT_MS,
  columnLineage
} from "./chunks/chunk-EO63MIOJ.js";
import {
  analyzeColumnImpact
} from "./chunks/chunk-NRO4MKLK.js";
import "./chunks/chunk-JXAXO3BT.js";
import "./chunks/chunk-HW2WQZXP.js";
import {
  workerPool
} from "./chunks/chunk-AWH5H23T.js";
import "./chunks/chunk-5FNQ5K7F.js";
import "./chunks/chunk-EQVOFDNJ.js";
import "./chunks/chunk-ZPQE6JQE.js";
import "./chunks/chunk-3LNE3NSN.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/isolation/child.ts
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { deserialize } from "node:v8";
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}
function closeFunctionConstructors() {
  const kinds = [function() {
  }, async function() {
  }, function* () {
  }, async function* () {
  }].map(
    (f) => Object.getPrototypeOf(f)
  );
  for (const proto of kinds)
    Object.defineProperty(proto, "constructor", {
      value: void 0,
      writable: false,
      configurable: false
    });
}
var readWasm = (url) => readFile(new URL("./polyglot_sql.wasm", url));
function warmPool() {
  const arg = process.argv.find((a) => a.startsWith("--warm-workers="));
  const workers = Number(arg?.slice("--warm-workers=".length));
  if (!Number.isInteger(workers) || workers < 1 || workers > 16) return void 0;
  const pool = workerPool({ workers, timeoutMs: DEFAULT_TIMEOUT_MS, readWasm });
  pool.warm?.();
  return { workers, pool };
}
async function main() {
  closeFunctionConstructors();
  const warm = warmPool();
  const out = createWriteStream("", { fd: 3 });
  let streamed = 0;
  let response;
  try {
    const request = deserialize(await readStdin());
    const fits = warm && request.kind === "lineage" && request.options.workers === warm.workers && (request.options.timeoutMs ?? DEFAULT_TIMEOUT_MS) === DEFAULT_TIMEOUT_MS;
    if (warm && !fits) await warm.pool.close();
    response = {
      result: request.kind === "lineage" ? {
        // Each model a line as soon as it is done: the parent reads and checks them while
        // the rest are analysed, not all at once at the end.
        ...await columnLineage(request.input, {
          ...request.options,
          ...fits && { runner: warm.pool },
          onModel: (model) => {
            streamed++;
            out.write(`${JSON.stringify(model)}
`);
          }
        }),
        models: []
      } : await analyzeColumnImpact(request.input, request.options)
    };
  } catch (error) {
    response = { error: error instanceof Error ? error.message : String(error) };
  }
  if (warm) await warm.pool.close().catch(() => void 0);
  out.end(
    JSON.stringify("result" in response ? { ...response, streamed } : response),
    () => process.exit(0)
  );
}
void main();

/**
 * The isolated renderer's entry (bundled as dist/columns-child.js; started by isolated.ts under
 * Node's permission model, with no environment). Reads one v8-serialised request from stdin,
 * runs the column analysis, writes one JSON answer to file descriptor 3, and exits.
 */
import { createWriteStream } from 'node:fs';
import { deserialize } from 'node:v8';
import { analyzeColumnImpact } from '../columns/impact.js';
import { columnLineage } from '../columns/lineage.js';
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

async function main(): Promise<void> {
  closeFunctionConstructors();
  let response: ChildResponse;
  try {
    const request = deserialize(await readStdin()) as ChildRequest;
    response = {
      result:
        request.kind === 'lineage'
          ? await columnLineage(request.input, request.options)
          : await analyzeColumnImpact(request.input, request.options),
    };
  } catch (error) {
    response = { error: error instanceof Error ? error.message : String(error) };
  }
  const out = createWriteStream('', { fd: 3 });
  // JSON, not v8: the parent reads it as untrusted, and JSON's work is linear in its bytes.
  out.end(JSON.stringify(response), () => process.exit(0));
}

void main();

/**
 * The isolated renderer's entry (bundled as dist/columns-child.js; started by isolated.ts under
 * Node's permission model, with no environment). Reads one v8-serialised request from stdin,
 * runs the column analysis, writes one v8-serialised answer to file descriptor 3, and exits.
 */
import { createWriteStream } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { analyzeColumnImpact } from '../columns/impact.js';
import { columnLineage } from '../columns/lineage.js';
import type { ChildRequest, ChildResponse } from './isolated.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function main(): Promise<void> {
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
  out.end(serialize(response), () => process.exit(0));
}

void main();

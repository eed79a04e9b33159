import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  columnLineage
} from "./chunks/chunk-ZERX4OBA.js";
import {
  analyzeColumnImpact
} from "./chunks/chunk-E7I4DOHW.js";
import "./chunks/chunk-QVDS5GY5.js";
import "./chunks/chunk-HW2WQZXP.js";
import "./chunks/chunk-CAK2QSIM.js";
import "./chunks/chunk-5FNQ5K7F.js";
import "./chunks/chunk-KGE5B3C6.js";
import "./chunks/chunk-SEVLTCV4.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/isolation/child.ts
import { createWriteStream } from "node:fs";
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
async function main() {
  closeFunctionConstructors();
  let response;
  try {
    const request = deserialize(await readStdin());
    response = {
      result: request.kind === "lineage" ? await columnLineage(request.input, request.options) : await analyzeColumnImpact(request.input, request.options)
    };
  } catch (error) {
    response = { error: error instanceof Error ? error.message : String(error) };
  }
  const out = createWriteStream("", { fd: 3 });
  out.end(JSON.stringify(response), () => process.exit(0));
}
void main();

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isolatedColumnImpact
} from "./chunk-44MSAEKK.js";
import "./chunk-MCUOUGCM.js";
import {
  UNAVAILABLE_REASON,
  analyzeColumnImpact,
  unavailableColumnImpact
} from "./chunk-NRO4MKLK.js";
import "./chunk-JXAXO3BT.js";
import "./chunk-HW2WQZXP.js";
import "./chunk-AWH5H23T.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-EQVOFDNJ.js";
import "./chunk-ZPQE6JQE.js";
import "./chunk-3LNE3NSN.js";
import "./chunk-PY5VAGIZ.js";

// src/isolation/attach.ts
async function withColumnImpact(input, options = {}, isolation) {
  const code = input.code;
  if (!code) return input;
  const files = { base: code.base, head: code.head, changes: code.changes };
  if (!code.baseFiles || !code.headFiles) {
    return {
      ...input,
      columns: unavailableColumnImpact(
        { ...files, baseFiles: /* @__PURE__ */ new Map(), headFiles: /* @__PURE__ */ new Map() },
        "the project's files were not read"
      )
    };
  }
  const impactInput = { ...files, baseFiles: code.baseFiles, headFiles: code.headFiles };
  try {
    const columns = isolation ? await isolatedColumnImpact({ input: impactInput, options: plain(options) }, isolation) : await analyzeColumnImpact(impactInput, options);
    return { ...input, columns };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ...input, columns: unavailableColumnImpact(impactInput, why.slice(0, 200)) };
  }
}
function plain(options) {
  const { runner: _runner, ...rest } = options;
  return rest;
}
export {
  UNAVAILABLE_REASON,
  withColumnImpact
};

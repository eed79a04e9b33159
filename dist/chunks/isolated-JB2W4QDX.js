import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isolatedColumnImpact,
  isolatedColumnLineage,
  isolationFlags,
  shippedChildScript,
  warmWorkers
} from "./chunk-44MSAEKK.js";
import "./chunk-MCUOUGCM.js";
import "./chunk-AWH5H23T.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-3LNE3NSN.js";
import "./chunk-PY5VAGIZ.js";
export {
  isolatedColumnImpact,
  isolatedColumnLineage,
  isolationFlags,
  shippedChildScript,
  warmWorkers
};

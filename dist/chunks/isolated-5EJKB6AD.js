import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isolatedColumnImpact,
  isolatedColumnLineage,
  isolationFlags,
  shippedChildScript,
  warmWorkers
} from "./chunk-4X3WJNKG.js";
import "./chunk-MCUOUGCM.js";
import "./chunk-S6PBPQR4.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-PY5VAGIZ.js";
export {
  isolatedColumnImpact,
  isolatedColumnLineage,
  isolationFlags,
  shippedChildScript,
  warmWorkers
};

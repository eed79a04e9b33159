import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isolatedColumnImpact,
  isolatedColumnLineage,
  isolationFlags,
  shippedChildScript
} from "./chunk-S4BMXG77.js";
import "./chunk-MCUOUGCM.js";
import "./chunk-S22EQYJF.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-PY5VAGIZ.js";
export {
  isolatedColumnImpact,
  isolatedColumnLineage,
  isolationFlags,
  shippedChildScript
};

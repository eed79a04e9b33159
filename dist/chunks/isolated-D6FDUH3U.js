import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isolatedColumnImpact,
  isolatedColumnLineage,
  isolationFlags,
  shippedChildScript
} from "./chunk-O2B4F5YL.js";
import "./chunk-MCUOUGCM.js";
import "./chunk-6JNLJNVF.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-PY5VAGIZ.js";
export {
  isolatedColumnImpact,
  isolatedColumnLineage,
  isolationFlags,
  shippedChildScript
};

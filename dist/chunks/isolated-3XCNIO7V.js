import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isolatedColumnImpact,
  isolatedColumnLineage,
  isolationFlags,
  shippedChildScript
} from "./chunk-Q5TXZPUH.js";
import "./chunk-MCUOUGCM.js";
import "./chunk-W6H6U3IT.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-PY5VAGIZ.js";
export {
  isolatedColumnImpact,
  isolatedColumnLineage,
  isolationFlags,
  shippedChildScript
};

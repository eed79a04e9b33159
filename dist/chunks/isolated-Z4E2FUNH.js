import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isolatedColumnImpact,
  isolationFlags,
  shippedChildScript
} from "./chunk-6MEZG7O2.js";
import "./chunk-W4KMJELL.js";
import "./chunk-VVARAHRK.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-PY5VAGIZ.js";
export {
  isolatedColumnImpact,
  isolationFlags,
  shippedChildScript
};

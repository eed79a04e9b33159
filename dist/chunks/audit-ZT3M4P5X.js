import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  layerMap,
  recommendations,
  renderAudit
} from "./chunk-WV26LIYQ.js";
import "./chunk-ELRLYCQJ.js";
import "./chunk-CPASOWOT.js";
import "./chunk-VXAYOZPH.js";
import "./chunk-6CG7MA52.js";
import "./chunk-IXHQSC3H.js";
import "./chunk-HDHW62PR.js";
import "./chunk-TCGXO46P.js";
import "./chunk-6UV3LSXG.js";
import "./chunk-AOXLXETT.js";
import "./chunk-PY5VAGIZ.js";
export {
  layerMap,
  recommendations,
  renderAudit
};

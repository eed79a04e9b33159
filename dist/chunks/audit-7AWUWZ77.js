import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  layerMap,
  recommendations,
  renderAudit
} from "./chunk-G2FUW2CO.js";
import "./chunk-PMXKD52S.js";
import "./chunk-EIHCZUQA.js";
import "./chunk-6UV3LSXG.js";
import "./chunk-P5L67L57.js";
import "./chunk-NADKFS4Y.js";
import "./chunk-MCUOUGCM.js";
import "./chunk-CPASOWOT.js";
import "./chunk-AOXLXETT.js";
import "./chunk-HDHW62PR.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-ZPQE6JQE.js";
import "./chunk-3LNE3NSN.js";
import "./chunk-PY5VAGIZ.js";
export {
  layerMap,
  recommendations,
  renderAudit
};

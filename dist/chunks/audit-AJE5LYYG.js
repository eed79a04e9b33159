import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  layerMap,
  recommendations,
  renderAudit
} from "./chunk-V4AZRFRY.js";
import "./chunk-4PU7AYVN.js";
import "./chunk-CPASOWOT.js";
import "./chunk-FMB67V7T.js";
import "./chunk-ZXPIK54Z.js";
import "./chunk-MYQHY3JG.js";
import "./chunk-HDHW62PR.js";
import "./chunk-SEVLTCV4.js";
import "./chunk-6UV3LSXG.js";
import "./chunk-AOXLXETT.js";
import "./chunk-PY5VAGIZ.js";
export {
  layerMap,
  recommendations,
  renderAudit
};

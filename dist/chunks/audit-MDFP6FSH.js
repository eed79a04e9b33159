import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  layerMap,
  recommendations,
  renderAudit
} from "./chunk-7E5AXPDN.js";
import "./chunk-CPDOBQJI.js";
import "./chunk-CPASOWOT.js";
import "./chunk-6HX3BG7R.js";
import "./chunk-EJS27UCN.js";
import "./chunk-JBPVYM72.js";
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

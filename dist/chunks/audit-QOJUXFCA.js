import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  layerMap,
  recommendations,
  renderAudit
} from "./chunk-GLVMIZW4.js";
import "./chunk-XFCB3SCV.js";
import "./chunk-S67SDMBT.js";
import "./chunk-CDEHUEN5.js";
import "./chunk-QCKL3VQH.js";
import "./chunk-FJWCQYQN.js";
import "./chunk-TN23SW42.js";
import "./chunk-6UV3LSXG.js";
import "./chunk-AOXLXETT.js";
import "./chunk-PY5VAGIZ.js";
export {
  layerMap,
  recommendations,
  renderAudit
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  layerMap,
  recommendations,
  renderAudit
} from "./chunk-RRXELG35.js";
import "./chunk-EVPTC4ID.js";
import "./chunk-CPASOWOT.js";
import "./chunk-QEGDPMMA.js";
import "./chunk-HGPESIOK.js";
import "./chunk-HAMPPME5.js";
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

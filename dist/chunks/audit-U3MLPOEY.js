import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  layerMap,
  recommendations,
  renderAudit
} from "./chunk-BC4R4XMN.js";
import "./chunk-XHQZAKRJ.js";
import "./chunk-6UV3LSXG.js";
import "./chunk-GL2L2KHR.js";
import "./chunk-CPASOWOT.js";
import "./chunk-AOXLXETT.js";
import "./chunk-AYS3NY4H.js";
import "./chunk-TU2PVG7R.js";
import "./chunk-W4KMJELL.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-HDHW62PR.js";
import "./chunk-SEVLTCV4.js";
import "./chunk-PY5VAGIZ.js";
export {
  layerMap,
  recommendations,
  renderAudit
};

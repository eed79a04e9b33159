import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  layerMap,
  recommendations,
  renderAudit
} from "./chunk-2HN6AYH4.js";
import "./chunk-QA6LSBHG.js";
import "./chunk-6BXRTVJH.js";
import "./chunk-JW5HILYQ.js";
import "./chunk-CTL476SH.js";
import "./chunk-6UV3LSXG.js";
import "./chunk-AOXLXETT.js";
import "./chunk-PY5VAGIZ.js";
export {
  layerMap,
  recommendations,
  renderAudit
};

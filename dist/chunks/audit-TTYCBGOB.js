import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  layerMap,
  recommendations,
  renderAudit
} from "./chunk-OUU34JFW.js";
import "./chunk-F44HKIK5.js";
import "./chunk-S67SDMBT.js";
import "./chunk-ZMXF3JKC.js";
import "./chunk-Y7EZ2MSB.js";
import "./chunk-GFILG6EC.js";
import "./chunk-TN23SW42.js";
import "./chunk-6UV3LSXG.js";
import "./chunk-AOXLXETT.js";
import "./chunk-PY5VAGIZ.js";
export {
  layerMap,
  recommendations,
  renderAudit
};

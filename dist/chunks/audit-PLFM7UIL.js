import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  layerMap,
  recommendations,
  renderAudit
} from "./chunk-FLKRXOEJ.js";
import "./chunk-VMKOSSMU.js";
import "./chunk-EMRPDM7W.js";
import "./chunk-6UV3LSXG.js";
import "./chunk-ZF4AHPEM.js";
import "./chunk-ZPFXSB5T.js";
import "./chunk-W4KMJELL.js";
import "./chunk-CPASOWOT.js";
import "./chunk-AOXLXETT.js";
import "./chunk-HDHW62PR.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-SEVLTCV4.js";
import "./chunk-PY5VAGIZ.js";
export {
  layerMap,
  recommendations,
  renderAudit
};

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  layerMap,
  recommendations,
  renderAudit
} from "./chunk-2UQ5PKDD.js";
import "./chunk-B2O6AZT4.js";
import "./chunk-S67SDMBT.js";
import "./chunk-4VDBGVYY.js";
import "./chunk-DKAOSCAW.js";
import "./chunk-BHRGD4EC.js";
import "./chunk-TN23SW42.js";
import "./chunk-6UV3LSXG.js";
import "./chunk-AOXLXETT.js";
import "./chunk-PY5VAGIZ.js";
export {
  layerMap,
  recommendations,
  renderAudit
};

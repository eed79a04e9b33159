import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MIN_LENGTH,
  SUMMARY_MAX_ROWS,
  renderAudit,
  renderComment,
  renderSummary
} from "./chunk-NI56JMZQ.js";
import "./chunk-MW5FCO5I.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT
} from "./chunk-AGKAQ4RS.js";
import "./chunk-6UV3LSXG.js";
import "./chunk-3ZWXJILR.js";
import "./chunk-X5TDA6C5.js";
import "./chunk-MCUOUGCM.js";
import "./chunk-CPASOWOT.js";
import {
  commentMarker
} from "./chunk-AOXLXETT.js";
import "./chunk-HDHW62PR.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-SEVLTCV4.js";
import "./chunk-PY5VAGIZ.js";
export {
  COMMENT_LIMIT,
  MIN_LENGTH,
  SUMMARY_LIMIT,
  SUMMARY_MAX_ROWS,
  commentMarker,
  renderAudit,
  renderComment,
  renderSummary
};

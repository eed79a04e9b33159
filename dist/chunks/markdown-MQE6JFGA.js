import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MIN_LENGTH,
  SUMMARY_MAX_ROWS,
  renderAudit,
  renderComment,
  renderSummary
} from "./chunk-GLVMIZW4.js";
import "./chunk-XFCB3SCV.js";
import "./chunk-S67SDMBT.js";
import "./chunk-CDEHUEN5.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT
} from "./chunk-QCKL3VQH.js";
import "./chunk-FJWCQYQN.js";
import "./chunk-TN23SW42.js";
import "./chunk-6UV3LSXG.js";
import {
  commentMarker
} from "./chunk-AOXLXETT.js";
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

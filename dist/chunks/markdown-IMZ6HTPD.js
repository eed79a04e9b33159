import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MIN_LENGTH,
  SUMMARY_MAX_ROWS,
  renderAudit,
  renderComment,
  renderSummary
} from "./chunk-7E5AXPDN.js";
import "./chunk-CPDOBQJI.js";
import "./chunk-CPASOWOT.js";
import "./chunk-6HX3BG7R.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT
} from "./chunk-EJS27UCN.js";
import "./chunk-JBPVYM72.js";
import "./chunk-HDHW62PR.js";
import "./chunk-SEVLTCV4.js";
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

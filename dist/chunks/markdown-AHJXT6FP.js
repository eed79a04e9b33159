import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MIN_LENGTH,
  SUMMARY_MAX_ROWS,
  renderAudit,
  renderComment,
  renderSummary
} from "./chunk-2HN6AYH4.js";
import "./chunk-QA6LSBHG.js";
import "./chunk-6BXRTVJH.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT
} from "./chunk-JW5HILYQ.js";
import "./chunk-CTL476SH.js";
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

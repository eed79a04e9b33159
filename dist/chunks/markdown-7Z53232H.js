import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MIN_LENGTH,
  SUMMARY_MAX_ROWS,
  renderAudit,
  renderComment,
  renderSummary
} from "./chunk-RRXELG35.js";
import "./chunk-EVPTC4ID.js";
import "./chunk-CPASOWOT.js";
import "./chunk-QEGDPMMA.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT
} from "./chunk-HGPESIOK.js";
import "./chunk-HAMPPME5.js";
import "./chunk-HDHW62PR.js";
import "./chunk-TCGXO46P.js";
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

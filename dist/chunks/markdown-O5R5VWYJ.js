import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MIN_LENGTH,
  SUMMARY_MAX_ROWS,
  renderAudit,
  renderComment,
  renderSummary
} from "./chunk-OUU34JFW.js";
import "./chunk-F44HKIK5.js";
import "./chunk-S67SDMBT.js";
import "./chunk-ZMXF3JKC.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT
} from "./chunk-Y7EZ2MSB.js";
import "./chunk-GFILG6EC.js";
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

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MIN_LENGTH,
  SUMMARY_MAX_ROWS,
  renderAudit,
  renderComment,
  renderSummary
} from "./chunk-VPII7JLM.js";
import "./chunk-XQA3GCD6.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT
} from "./chunk-TEVTJ7IR.js";
import "./chunk-6UV3LSXG.js";
import "./chunk-7CFCTPOO.js";
import "./chunk-7HBPUTZ2.js";
import "./chunk-33OBH5GO.js";
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

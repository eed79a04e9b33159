import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MIN_LENGTH,
  SUMMARY_MAX_ROWS,
  renderAudit,
  renderComment,
  renderSummary
} from "./chunk-UCGHYPJ3.js";
import "./chunk-KK2GOM45.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT
} from "./chunk-OUL42XTV.js";
import "./chunk-6UV3LSXG.js";
import "./chunk-HP6CS56Z.js";
import "./chunk-2ZPJCRUR.js";
import "./chunk-MCUOUGCM.js";
import "./chunk-CPASOWOT.js";
import {
  commentMarker
} from "./chunk-AOXLXETT.js";
import "./chunk-HDHW62PR.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-ZPQE6JQE.js";
import "./chunk-3LNE3NSN.js";
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

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MIN_LENGTH,
  SUMMARY_MAX_ROWS,
  renderAudit,
  renderComment,
  renderSummary
} from "./chunk-FLKRXOEJ.js";
import "./chunk-VMKOSSMU.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT
} from "./chunk-EMRPDM7W.js";
import "./chunk-6UV3LSXG.js";
import "./chunk-ZF4AHPEM.js";
import "./chunk-ZPFXSB5T.js";
import "./chunk-W4KMJELL.js";
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

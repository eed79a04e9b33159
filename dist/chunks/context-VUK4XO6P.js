import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fmt,
  fullReportIsIn,
  plural,
  resolve
} from "./chunk-OUL42XTV.js";
import "./chunk-2ZPJCRUR.js";
import "./chunk-MCUOUGCM.js";
import "./chunk-HDHW62PR.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-ZPQE6JQE.js";
import "./chunk-3LNE3NSN.js";
import "./chunk-PY5VAGIZ.js";
export {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fmt,
  fullReportIsIn,
  plural,
  resolve
};

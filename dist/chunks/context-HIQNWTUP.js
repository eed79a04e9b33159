import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fmt,
  fullReportIsIn,
  plural,
  resolve
} from "./chunk-ZXPIK54Z.js";
import "./chunk-MYQHY3JG.js";
import "./chunk-HDHW62PR.js";
import "./chunk-SEVLTCV4.js";
import "./chunk-PY5VAGIZ.js";
export {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fmt,
  fullReportIsIn,
  plural,
  resolve
};

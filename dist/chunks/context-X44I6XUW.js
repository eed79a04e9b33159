import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fmt,
  fullReportIsIn,
  plural,
  resolve
} from "./chunk-TEVTJ7IR.js";
import "./chunk-7HBPUTZ2.js";
import "./chunk-33OBH5GO.js";
import "./chunk-HDHW62PR.js";
import "./chunk-5FNQ5K7F.js";
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

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fmt,
  plural,
  resolve
} from "./chunk-JW5HILYQ.js";
import "./chunk-CTL476SH.js";
import "./chunk-PY5VAGIZ.js";
export {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fmt,
  plural,
  resolve
};

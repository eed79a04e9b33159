import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fmt,
  plural,
  resolve
} from "./chunk-QCKL3VQH.js";
import "./chunk-FJWCQYQN.js";
import "./chunk-TN23SW42.js";
import "./chunk-PY5VAGIZ.js";
export {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fmt,
  plural,
  resolve
};

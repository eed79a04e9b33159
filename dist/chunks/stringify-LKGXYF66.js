import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  toMarkdown,
  utf16Length,
  utf8Length
} from "./chunk-6UV3LSXG.js";
import "./chunk-AOXLXETT.js";
import "./chunk-PY5VAGIZ.js";
export {
  toMarkdown,
  utf16Length,
  utf8Length
};

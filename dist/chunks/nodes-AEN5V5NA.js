import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_VALUE,
  code,
  details,
  heading,
  joined,
  link,
  list,
  listItem,
  markerNode,
  paragraph,
  pathNodes,
  pathWeight,
  small,
  strong,
  table,
  text,
  trustedCode,
  untrusted,
  untrustedWith
} from "./chunk-6BXRTVJH.js";
import "./chunk-JW5HILYQ.js";
import "./chunk-CTL476SH.js";
import "./chunk-AOXLXETT.js";
import "./chunk-PY5VAGIZ.js";
export {
  MAX_VALUE,
  code,
  details,
  heading,
  joined,
  link,
  list,
  listItem,
  markerNode,
  paragraph,
  pathNodes,
  pathWeight,
  small,
  strong,
  table,
  text,
  trustedCode,
  untrusted,
  untrustedWith
};

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
} from "./chunk-CDEHUEN5.js";
import "./chunk-QCKL3VQH.js";
import "./chunk-FJWCQYQN.js";
import "./chunk-TN23SW42.js";
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

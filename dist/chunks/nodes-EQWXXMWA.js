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
} from "./chunk-QEGDPMMA.js";
import "./chunk-HGPESIOK.js";
import "./chunk-HAMPPME5.js";
import "./chunk-HDHW62PR.js";
import "./chunk-TCGXO46P.js";
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

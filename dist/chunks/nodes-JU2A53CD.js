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
} from "./chunk-KK2GOM45.js";
import "./chunk-OUL42XTV.js";
import "./chunk-2ZPJCRUR.js";
import "./chunk-MCUOUGCM.js";
import "./chunk-AOXLXETT.js";
import "./chunk-HDHW62PR.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-ZPQE6JQE.js";
import "./chunk-3LNE3NSN.js";
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

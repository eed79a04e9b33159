import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_TIMEOUT_MS,
  MAX_COLUMNS,
  MAX_ROW_USES,
  MAX_UPSTREAM,
  aheadOrder,
  columnLineage,
  reasonClass,
  renderAhead
} from "./chunk-2HSQ75ZF.js";
import "./chunk-DREJ7CX7.js";
import "./chunk-QVDS5GY5.js";
import "./chunk-HW2WQZXP.js";
import "./chunk-S6PBPQR4.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-KGE5B3C6.js";
import "./chunk-SEVLTCV4.js";
import "./chunk-PY5VAGIZ.js";
export {
  DEFAULT_TIMEOUT_MS,
  MAX_COLUMNS,
  MAX_ROW_USES,
  MAX_UPSTREAM,
  aheadOrder,
  columnLineage,
  reasonClass,
  renderAhead
};

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
} from "./chunk-EO63MIOJ.js";
import "./chunk-NRO4MKLK.js";
import "./chunk-JXAXO3BT.js";
import "./chunk-HW2WQZXP.js";
import "./chunk-AWH5H23T.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-EQVOFDNJ.js";
import "./chunk-ZPQE6JQE.js";
import "./chunk-3LNE3NSN.js";
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

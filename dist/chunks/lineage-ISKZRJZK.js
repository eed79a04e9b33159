import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_COLUMNS,
  MAX_ROW_USES,
  MAX_UPSTREAM,
  columnLineage,
  reasonClass
} from "./chunk-MWEBO76W.js";
import "./chunk-7DUNY6CM.js";
import "./chunk-QVDS5GY5.js";
import "./chunk-HW2WQZXP.js";
import "./chunk-K3OYJAGJ.js";
import "./chunk-5FNQ5K7F.js";
import "./chunk-KGE5B3C6.js";
import "./chunk-SEVLTCV4.js";
import "./chunk-PY5VAGIZ.js";
export {
  MAX_COLUMNS,
  MAX_ROW_USES,
  MAX_UPSTREAM,
  columnLineage,
  reasonClass
};

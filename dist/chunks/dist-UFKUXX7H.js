import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-HW2WQZXP.js";
import "./chunk-PY5VAGIZ.js";
export default require_dist();

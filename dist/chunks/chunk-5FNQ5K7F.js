import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/columns/types.ts
var DIALECTS = [
  "snowflake",
  "bigquery",
  "postgres",
  "redshift",
  "databricks",
  "spark",
  "trino",
  "duckdb"
];

export {
  DIALECTS
};

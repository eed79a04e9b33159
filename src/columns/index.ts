/** Column-level impact (issue 14): render, parse, trace, classify, follow. */
export type * from './types.js';
export { isUnknown, DIALECTS } from './types.js';
export { buildMacroLibrary, type MacroLibrary, type MacroDef } from './macros.js';
export { renderModel, type RenderContext, type RenderResult, type Rendered } from './render.js';
export { detectDialect } from './dialect.js';
export { modelColumnsFrom, schemaFor, type UpstreamColumns } from './analyze.js';
export {
  analyzeModel,
  inProcessRunner,
  workerRunner,
  workerPool,
  loadPolyglot,
  type PolyglotRunner,
} from './polyglot.js';
export {
  classifyChange,
  type Category,
  type Classification,
  type ColumnDelta,
} from './classify.js';
export {
  columnRadius,
  type ColumnGraphNode,
  type ColumnChangeInput,
  type Reach,
} from './radius.js';
export {
  checkContract,
  type Contract,
  type ContractColumn,
  type ContractViolation,
} from './contracts.js';
export {
  analyzeColumnImpact,
  unavailableColumnImpact,
  BUDGET_REASON,
  UNAVAILABLE_REASON,
  type ColumnImpact,
  type ColumnImpactInput,
  type ColumnImpactOptions,
  type ColumnChange,
  type ColumnReach,
  type ContractBreak,
  type FileMap,
} from './impact.js';
export { withColumnCategories, withColumnReach } from './report.js';
export { columnTextLines } from './text.js';
export {
  columnLineage,
  reasonClass,
  MAX_COLUMNS,
  MAX_UPSTREAM,
  MAX_ROW_USES,
  type ColumnLineage,
  type ColumnLineageInput,
  type ColumnLineageOptions,
  type ColumnLineageSummary,
  type ModelLineage,
  type LineageColumn,
  type UpstreamColumn,
  type RowUseColumn,
  type ColumnStatus,
} from './lineage.js';

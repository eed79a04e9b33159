/** The dbt project scanner and the code-level diff: see types.ts for the API. */
export type * from './types.js';
export { nodeId, ANCHORING } from './types.js';
export { scanRepository, createScanCache } from './scan.js';
export type { ScanCache, ScanOptions } from './scan.js';
export { diffScans } from './diff.js';

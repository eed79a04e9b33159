// Inventory drift and sync (issue 12): the pure core. The CLI and the action call these.
export * from './types.js';
export { SyncInputError } from './tree.js';
export { planSync, isEmptyPlan, describePlan, type SyncPlan, type SyncOptions } from './plan.js';
export type { AddedEntry, ListUpdate, PathUpdate, RemovedEntry } from './plan.js';
export { applySync } from './apply.js';
export { unifiedPatch } from './patch.js';
export * from './drift.js';
export * from './suggest.js';
export * from './from-lineage.js';
export * from './fix.js';

import { applySync } from './apply.js';
import { unifiedPatch } from './patch.js';
import { isEmptyPlan, planSync, type SyncOptions, type SyncPlan } from './plan.js';
import type { CodeLineageView } from './types.js';

/** The patch a reviewer applies to fix the drift a change introduced, and how to apply it. */
export interface DriftFix {
  /** Models whose entries the patch touches. */
  readonly models: readonly string[];
  /** A unified patch of the inventory (`git apply` accepts it); cut when over the cap. */
  readonly patch: string;
  /** True when the patch was too large to carry whole: run the command instead. */
  readonly truncated: boolean;
  readonly command: string;
}

/** Largest patch carried in a report (the comment shows it collapsed; the command does the rest). */
export const PATCH_CAP = 60_000;

/** The sync plan restricted to these models' entries. */
export function planFor(plan: SyncPlan, models: ReadonlySet<string>): SyncPlan {
  return {
    add: plan.add.filter((entry) => models.has(entry.name)),
    setLists: plan.setLists.filter((update) => models.has(update.model)),
    remove: plan.remove.filter((entry) => models.has(entry.model)),
    movePaths: plan.movePaths.filter((update) => models.has(update.model)),
  };
}

/**
 * The fix for the drift of `models` only (what a change introduced), as a patch of the
 * inventory text; null when a sync would not touch them.
 */
export function driftFix(
  path: string,
  text: string,
  code: CodeLineageView,
  models: ReadonlySet<string>,
  options: SyncOptions = {},
): DriftFix | null {
  if (models.size === 0) return null;
  const plan = planFor(planSync(text, code, options), models);
  if (isEmptyPlan(plan)) return null;
  const patch = unifiedPatch(path, text, applySync(text, plan));
  if (patch === '') return null;
  const touched = new Set([
    ...plan.add.map((entry) => entry.name),
    ...plan.setLists.map((update) => update.model),
    ...plan.remove.map((entry) => entry.model),
    ...plan.movePaths.map((update) => update.model),
  ]);
  const truncated = patch.length > PATCH_CAP;
  return {
    models: [...touched].sort(),
    patch: truncated ? '' : patch,
    truncated,
    command: `blast-radius inventory sync --write --inventory ${path}`,
  };
}

import { sameValue } from '../diff/changes.js';
import type { Inventory } from '../inventory/parse.js';
import type { Model } from '../inventory/schema.js';

/**
 * Pure: the inventory a pull request merges into — the base tip's, with the pull request's own
 * model changes (merge base → head) applied, field by field. A model the pull request did not
 * touch is taken from the base tip, so a branch started before a model moved into an attribution
 * layer is judged with the layer it will have after the merge; a model the pull request added
 * or edited keeps its edits; one it removed is gone; one the base removed since stays removed
 * unless the pull request edited it.
 *
 * Line numbers stay those of the head document (the file the pull request shows); a model that
 * only the base tip has gets none. Work is linear in the three inventories.
 */
export function mergeResult(mergeBase: Inventory, head: Inventory, baseTip: Inventory): Inventory {
  const entryOf = (inventory: Inventory, name: string) => {
    const i = inventory.indexByName.get(name);
    return i === undefined ? undefined : inventory.models[i];
  };
  const models: Model[] = [];
  const sourceIndex: number[] = [];
  const indexByName = new Map<string, number>();
  const push = (model: Model, source: number | undefined) => {
    indexByName.set(model.name, models.length);
    // A model only the base tip has has no line in the head document: a hole, read as undefined.
    if (source !== undefined) sourceIndex[models.length] = source;
    models.push(model);
  };

  head.models.forEach((model, i) => {
    const before = entryOf(mergeBase, model.name);
    const current = entryOf(baseTip, model.name);
    const touched = before === undefined || !sameValue(before, model);
    if (!touched) {
      // Untouched by the pull request: the base tip's entry, or nothing if the base removed it.
      if (current !== undefined) push(current, head.sourceIndex[i]);
    } else if (before === undefined || current === undefined) {
      push(model, head.sourceIndex[i]);
    } else {
      push(applyFields(current, before, model), head.sourceIndex[i]);
    }
  });
  // Models the base gained since the pull request branched off (the pull request removed the
  // ones the merge base had and the head lacks).
  for (const model of baseTip.models) {
    if (indexByName.has(model.name) || head.indexByName.has(model.name)) continue;
    if (mergeBase.indexByName.has(model.name)) continue;
    push(model, undefined);
  }
  return { ...head, models, sourceIndex, indexByName };
}

/** `onto` with every field that differs between `before` and `after` set as in `after`. */
function applyFields(onto: Model, before: Model, after: Model): Model {
  const merged: Record<string, unknown> = { ...onto };
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  for (const key of keys) {
    if (sameValue(b[key], a[key])) continue;
    // Defined, not assigned: a `__proto__` field stays a plain own field.
    if (Object.prototype.hasOwnProperty.call(a, key))
      Object.defineProperty(merged, key, {
        value: a[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else delete merged[key];
  }
  return merged as unknown as Model;
}

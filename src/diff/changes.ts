import { LIST_FIELDS, type Model } from '../inventory/schema.js';
import { compareNames } from '../lineage/graph.js';
import { normalizePath, type FileChanges } from './changed-files.js';

/** `moved`: the model's file was renamed without an edit (git R100) and nothing else that moves
 * data changed: reported, anchors nothing. */
export type ChangeKind = 'added' | 'removed' | 'modified' | 'moved';

export type FieldChange =
  | { readonly before: unknown; readonly after: unknown }
  | { readonly added: readonly string[]; readonly removed: readonly string[] };

export interface Change {
  readonly model: string;
  readonly kind: ChangeKind;
  /** Head layer; base layer for a removed model. */
  readonly layer: string;
  /** `sql` first, then the changed field names in order. */
  readonly reasons: readonly string[];
  readonly metadataOnly: boolean;
  /** Keyed by field name; null-prototype because field names come from the inventory. */
  readonly fields: Readonly<Record<string, FieldChange>>;
  /** Edges into this model added / removed (through either side's list): "now fed by". */
  readonly inputs?: EdgeDelta;
  /** Edges out of this model added / removed (through either side's list): "now feeds". */
  readonly outputs?: EdgeDelta;
  /** The nearest anchoring change upstream of this one in the head graph (another change). */
  readonly reachedFrom?: { readonly model: string; readonly depth: number };
  /** Reason `macro`: the changed macros it calls, directly or through other macros. */
  readonly macros?: readonly string[];
  /** Reason `var`: the vars it reads whose value changed. */
  readonly vars?: readonly string[];
}

export interface EdgeDelta {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/** Reasons that move data: a change with one of them anchors the blast radius. */
export const ANCHORING_REASONS: ReadonlySet<string> = new Set([
  'sql',
  'path',
  'upstream_dependencies',
  'downstream_consumers',
]);

export function anchorsRadius(change: Change): boolean {
  return !change.metadataOnly;
}

const LIST_FIELD_SET: ReadonlySet<string> = new Set(LIST_FIELDS);

/** Models with their positions by name, as an `Inventory` holds them. */
export interface ModelSet {
  readonly models: readonly Model[];
  readonly indexByName: ReadonlyMap<string, number>;
  /** Fields that failed validation: reported as such, so not compared. */
  readonly invalidFields?: ReadonlyMap<string, ReadonlySet<string>>;
}

export function modelSet(models: readonly Model[]): ModelSet {
  return { models, indexByName: new Map(models.map((model, i) => [model.name, i])) };
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Compares two inventories model by model. `base` is null when the inventory did not exist at
 * the base commit (every head model is added). Output is sorted by model name.
 */
export function diffInventories(
  base: ModelSet | null,
  head: ModelSet,
  files: FileChanges,
): Change[] {
  const changes: Change[] = [];
  // Inventories mostly keep their order: the same position is tried before the name index,
  // whose lookups dominate at 100k models.
  const positionOf = (set: ModelSet, model: Model, i: number) =>
    set.models[i]?.name === model.name ? i : set.indexByName.get(model.name);
  // One index shared by both sides means the same names at the same positions (see
  // parseInventory): nothing added or removed, each model compared with its twin.
  const sameNames = base !== null && base.indexByName === head.indexByName;
  for (let i = 0; i < head.models.length; i++) {
    const after = head.models[i]!;
    const index = sameNames ? i : base ? positionOf(base, after, i) : undefined;
    if (index === undefined) {
      changes.push(simpleChange(after, 'added'));
      continue;
    }
    const skip =
      base!.invalidFields?.size || head.invalidFields?.size
        ? new Set([
            ...(base!.invalidFields?.get(after.name) ?? NONE),
            ...(head.invalidFields?.get(after.name) ?? NONE),
          ])
        : NONE;
    const change = compareModels(base!.models[index]!, after, files, skip);
    if (change) changes.push(change);
  }
  if (!sameNames) {
    base?.models.forEach((before, i) => {
      if (positionOf(head, before, i) === undefined) changes.push(simpleChange(before, 'removed'));
    });
  }
  return changes.sort((a, b) => compareNames(a.model, b.model));
}

function simpleChange(model: Model, kind: 'added' | 'removed'): Change {
  return {
    model: model.name,
    kind,
    layer: model.layer,
    reasons: [],
    metadataOnly: false,
    fields: Object.create(null),
  };
}

function compareModels(
  before: Model,
  after: Model,
  files: FileChanges,
  skip: ReadonlySet<string>,
): Change | undefined {
  const same = sameEntry(before, after);
  if (same && !files.touched(before.path, after.path)) return undefined;
  let fields: Record<string, FieldChange> | undefined;
  const note = (key: string, change: FieldChange | undefined) => {
    if (change && !skip.has(key)) {
      (fields ??= Object.create(null) as Record<string, FieldChange>)[key] = change;
    }
  };
  // Hot path at 100k models: one pass over each side's keys, no sets or sorting unless changed.
  let shared = 0;
  for (const key of same ? [] : Object.keys(after)) {
    if (key === 'name') continue;
    if (Object.prototype.hasOwnProperty.call(before, key)) shared++;
    note(key, compareField(key, own(before, key), after[key]));
  }
  const beforeKeys = same ? [] : Object.keys(before);
  if (beforeKeys.length - 1 > shared) {
    for (const key of beforeKeys) {
      if (key !== 'name' && !Object.prototype.hasOwnProperty.call(after, key)) {
        note(key, compareField(key, before[key], undefined));
      }
    }
  }

  const basePath = normalizePath(before.path);
  const headPath = normalizePath(after.path);
  const movedTo = files.renamedTo.get(basePath);
  if (!fields?.path && movedTo !== undefined && movedTo !== basePath) {
    // The file was renamed but the inventory still names the old path.
    note('path', { before: before.path, after: movedTo });
  }
  const sqlChanged = files.contentChanged.has(basePath) || files.contentChanged.has(headPath);
  if (!fields && !sqlChanged) return undefined;
  // git renamed the file without editing it (R100): a move, unless data-moving fields changed.
  const pureMove =
    !sqlChanged &&
    fields?.path !== undefined &&
    movedTo !== undefined &&
    movedTo !== basePath &&
    !Object.keys(fields).some((key) => key !== 'path' && ANCHORING_REASONS.has(key));

  const sortedFields: Record<string, FieldChange> = Object.create(null);
  const names = fields ? Object.keys(fields).sort(compareNames) : [];
  for (const name of names) sortedFields[name] = fields![name]!;
  const reasons = sqlChanged ? ['sql', ...names] : names;
  return {
    model: after.name,
    kind: pureMove ? 'moved' : 'modified',
    layer: after.layer,
    reasons,
    metadataOnly: pureMove || !reasons.some((reason) => ANCHORING_REASONS.has(reason)),
    fields: sortedFields,
  };
}

/**
 * The common case at scale — an untouched entry — without allocating: every value identical
 * (lists element by element) and the same number of keys.
 */
function sameEntry(before: Model, after: Model): boolean {
  // Identical entry text parses once and is shared by both sides (see parseInventory).
  if (before === after) return true;
  let keys = 0;
  for (const key in after) {
    keys++;
    const a = after[key];
    const b = own(before, key);
    if (a === b) continue;
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  }
  for (const _ in before) keys--;
  return keys === 0;
}

function compareField(key: string, before: unknown, after: unknown): FieldChange | undefined {
  if (before === after) return undefined;
  return LIST_FIELD_SET.has(key)
    ? compareLists(before as readonly string[] | undefined, after as readonly string[] | undefined)
    : compareValues(before, after);
}

function compareLists(
  before: readonly string[] | undefined,
  after: readonly string[] | undefined,
): FieldChange | undefined {
  const a = before ?? [];
  const b = after ?? [];
  if (a.length === b.length && a.every((item, i) => item === b[i])) return undefined;
  const inBefore = new Set(a);
  const inAfter = new Set(b);
  const added = [...inAfter].filter((item) => !inBefore.has(item)).sort(compareNames);
  const removed = [...inBefore].filter((item) => !inAfter.has(item)).sort(compareNames);
  if (added.length === 0 && removed.length === 0) return undefined;
  return { added, removed };
}

function compareValues(before: unknown, after: unknown): FieldChange | undefined {
  if (sameValue(before, after)) return undefined;
  return { before: reportable(before), after: reportable(after) };
}

/** Deeper values are summarised: JSON.stringify itself overflows the stack on them. */
const MAX_REPORTED_DEPTH = 256;

function reportable(value: unknown): unknown {
  if (value === undefined) return null;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [x, depth] = pending.pop()!;
    if (typeof x !== 'object' || x === null) continue;
    if (depth >= MAX_REPORTED_DEPTH)
      return `(a value nested deeper than ${MAX_REPORTED_DEPTH} levels: not shown)`;
    for (const child of Object.values(x)) pending.push([child, depth + 1]);
  }
  return value;
}

/** Literal output text on previewJson's work stack, told apart from JSON values. */
class Punctuation {
  constructor(readonly text: string) {}
}

/**
 * Compact JSON with sorted keys, cut after `max` characters (… marks the cut): for showing a
 * value, however large or deeply nested, without building all of it.
 */
export function previewJson(value: unknown, max: number): string {
  let out = '';
  const stack: unknown[] = [value];
  while (stack.length > 0 && out.length <= max) {
    const item = stack.pop();
    if (item instanceof Punctuation) {
      out += item.text;
    } else if (Array.isArray(item)) {
      out += '[';
      stack.push(new Punctuation(']'));
      for (let i = item.length - 1; i >= 0; i--) {
        stack.push(item[i]);
        if (i > 0) stack.push(new Punctuation(','));
      }
    } else if (item && typeof item === 'object') {
      out += '{';
      stack.push(new Punctuation('}'));
      const keys = Object.keys(item).sort(compareNames);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push((item as Record<string, unknown>)[keys[i]!]);
        stack.push(new Punctuation(`${JSON.stringify(keys[i])}:`));
        if (i > 0) stack.push(new Punctuation(','));
      }
    } else {
      out += JSON.stringify(item) ?? 'null';
    }
  }
  return out.length > max || stack.length > 0 ? `${out.slice(0, max)}…` : out;
}

/** A field's own value: `constructor` or `__proto__` must not read through to the prototype. */
function own(model: Model, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(model, key) ? model[key] : undefined;
}

/**
 * JSON value equality with object keys in any order. Iterative, so an unknown field nested
 * thousands of levels deep cannot overflow the stack.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]];
  while (pending.length > 0) {
    const [x, y] = pending.pop()!;
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const xKeys = Object.keys(x);
    if (xKeys.length !== Object.keys(y).length) return false;
    for (const key of xKeys) {
      if (!Object.prototype.hasOwnProperty.call(y, key)) return false;
      pending.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

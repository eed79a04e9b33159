import { LIST_FIELDS, type ListField, type Model } from '../inventory/schema.js';
import { compareNames } from '../lineage/graph.js';
import { normalizePath, type FileChanges } from './changed-files.js';

export type ChangeKind = 'added' | 'removed' | 'modified';

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

/**
 * Compares two inventories model by model. `base` is null when the inventory did not exist at
 * the base commit (every head model is added). Output is sorted by model name.
 */
export function diffInventories(
  base: readonly Model[] | null,
  head: readonly Model[],
  files: FileChanges,
): Change[] {
  const baseByName = new Map<string, Model>();
  for (const model of base ?? []) baseByName.set(model.name, model);
  const headNames = new Set<string>();
  const changes: Change[] = [];

  for (const after of head) {
    headNames.add(after.name);
    const before = baseByName.get(after.name);
    if (!before) {
      changes.push(simpleChange(after, 'added'));
      continue;
    }
    const change = compareModels(before, after, files);
    if (change) changes.push(change);
  }
  for (const before of base ?? []) {
    if (!headNames.has(before.name)) changes.push(simpleChange(before, 'removed'));
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

function compareModels(before: Model, after: Model, files: FileChanges): Change | undefined {
  const fields: Record<string, FieldChange> = Object.create(null);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('name');
  for (const key of [...keys].sort(compareNames)) {
    const change = LIST_FIELD_SET.has(key)
      ? compareLists(before[key as ListField], after[key as ListField])
      : compareValues(before[key], after[key]);
    if (change) fields[key] = change;
  }

  const basePath = normalizePath(before.path);
  const headPath = normalizePath(after.path);
  const movedTo = files.renamedTo.get(basePath);
  if (!fields.path && movedTo !== undefined && movedTo !== basePath) {
    // The file was renamed but the inventory still names the old path.
    fields.path = { before: before.path, after: movedTo };
  }
  const sqlChanged = files.contentChanged.has(basePath) || files.contentChanged.has(headPath);

  const reasons = [...(sqlChanged ? ['sql'] : []), ...Object.keys(fields).sort(compareNames)];
  if (reasons.length === 0) return undefined;
  return {
    model: after.name,
    kind: 'modified',
    layer: after.layer,
    reasons,
    metadataOnly: !reasons.some((reason) => ANCHORING_REASONS.has(reason)),
    fields,
  };
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
  if (before === after) return undefined;
  if (typeof before === 'object' && typeof after === 'object' && before && after) {
    if (canonicalJson(before) === canonicalJson(after)) return undefined;
  }
  return { before: before ?? null, after: after ?? null };
}

/** JSON with object keys sorted, so key order never counts as a change. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort(compareNames);
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

import * as z from '../util/zod.js';

/** The list fields of a model. They hold names and compare as sets. */
export const LIST_FIELDS = [
  'upstream_dependencies',
  'downstream_consumers',
  'attribution_concepts',
  'key_patterns',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/**
 * Longest name accepted, in the name field and in lists: longer than any file name (255 bytes)
 * or warehouse identifier. Every impacted model's path repeats names, so a bound on them keeps
 * the report linear in the inventory (a 1 MB name with 2,000 consumers would be 2 GB).
 */
export const MAX_NAME_LENGTH = 512;
const TOO_LONG = `names are at most ${MAX_NAME_LENGTH} characters`;

const nameList = z.array(z.string().check(z.maxLength(MAX_NAME_LENGTH, TOO_LONG)));

/**
 * One model of the inventory. Unknown fields are allowed (looseObject) because inventories grow
 * new columns; they are kept from the raw JSON and take part in the diff.
 */
export const modelSchema = z.looseObject({
  name: z
    .string()
    .check(
      z.minLength(1, 'model name must not be empty'),
      z.maxLength(MAX_NAME_LENGTH, `model ${TOO_LONG}`),
    ),
  path: z.string(),
  layer: z.string(),
  description: z.optional(z.string()),
  upstream_dependencies: z.optional(nameList),
  downstream_consumers: z.optional(nameList),
  attribution_concepts: z.optional(nameList),
  key_patterns: z.optional(nameList),
});

export const inventorySchema = z.looseObject({
  models: z.array(z.unknown()),
});

/** `inventorySchema`'s constraints without zod's copy of the array; a property test agrees. */
export function isInventoryShape(document: unknown): document is { models: unknown[] } {
  return (
    typeof document === 'object' &&
    document !== null &&
    !Array.isArray(document) &&
    Array.isArray((document as { models?: unknown }).models)
  );
}

/** A validated model: the raw JSON object, typed by the fields we read. */
export interface Model {
  readonly name: string;
  readonly path: string;
  readonly layer: string;
  readonly description?: string;
  readonly upstream_dependencies?: readonly string[];
  readonly downstream_consumers?: readonly string[];
  readonly attribution_concepts?: readonly string[];
  readonly key_patterns?: readonly string[];
  readonly [field: string]: unknown;
}

/**
 * The constraints of `modelSchema`, checked without allocating: the hot path for the valid
 * entries of a 100k-model inventory. zod runs only when this says no, to explain why; a
 * property test keeps the two in step.
 */
export function isValidModel(entry: unknown): entry is Model {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
  const model = entry as Record<string, unknown>;
  if (typeof model.name !== 'string' || model.name === '') return false;
  if (model.name.length > MAX_NAME_LENGTH) return false;
  if (typeof model.path !== 'string' || typeof model.layer !== 'string') return false;
  if (model.description !== undefined && typeof model.description !== 'string') return false;
  // One named read per list field (LIST_FIELDS): monomorphic loads, no keyed lookups.
  return (
    isNameList(model.upstream_dependencies) &&
    isNameList(model.downstream_consumers) &&
    isNameList(model.attribution_concepts) &&
    isNameList(model.key_patterns)
  );
}

function isNameList(list: unknown): boolean {
  if (list === undefined) return true;
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (typeof item !== 'string' || item.length > MAX_NAME_LENGTH) return false;
  }
  return true;
}

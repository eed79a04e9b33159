import { z } from 'zod';

/** The list fields of a model. They hold names and compare as sets. */
export const LIST_FIELDS = [
  'upstream_dependencies',
  'downstream_consumers',
  'attribution_concepts',
  'key_patterns',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

const nameList = z.array(z.string());

/**
 * One model of the inventory. Unknown fields are allowed (looseObject) because inventories grow
 * new columns; they are kept from the raw JSON and take part in the diff.
 */
export const modelSchema = z.looseObject({
  name: z.string().min(1, 'model name must not be empty'),
  path: z.string(),
  layer: z.string(),
  description: z.string().optional(),
  upstream_dependencies: nameList.optional(),
  downstream_consumers: nameList.optional(),
  attribution_concepts: nameList.optional(),
  key_patterns: nameList.optional(),
});

export const inventorySchema = z.looseObject({
  models: z.array(z.unknown()),
});

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

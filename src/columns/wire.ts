/**
 * The shape of what the isolated renderer sends back (isolated.ts), checked before use: the child
 * ran the pull request's templates, so its answer is untrusted data — the right types, strings
 * of sane length, known categories — or it is refused as a whole.
 */
import * as z from '../util/zod.js';
import { DIALECTS } from './types.js';
import type { ColumnImpact } from './impact.js';
import type { ColumnLineage, ModelLineage } from './lineage.js';

/** Longest string accepted from the child (names are capped far below by the scanner). */
const MAX_TEXT = 4096;

const text = z.string().check(z.maxLength(MAX_TEXT));
const texts = z.array(text);
const count = z.int().check(z.nonnegative());

const columnImpactSchema = z.strictObject({
  changes: z.array(
    z.strictObject({
      model: text,
      category: z.enum(['cosmetic', 'additive', 'column', 'model-wide', 'unknown']),
      columns: z.optional(z.strictObject({ added: texts, removed: texts, modified: texts })),
      reasons: texts.check(z.minLength(1)),
    }),
  ),
  models: z.array(
    z.strictObject({
      model: text,
      reach: z.enum(['full', 'columns', 'unaffected']),
      columns: z.optional(texts),
      reasons: texts,
    }),
  ),
  anchors: texts,
  contracts: z.array(
    z.strictObject({
      model: text,
      column: text,
      kind: z.enum(['removed', 'retyped', 'not-produced']),
      severity: z.literal('error'),
      message: text,
      file: text,
    }),
  ),
  dialects: z.record(text, z.enum(DIALECTS)),
  analysed: count,
  skipped: count,
});

/** A value checked against a schema, or an error naming the first thing wrong with it. */
function checked<T>(schema: z.core.$ZodType, value: unknown, what: string): T {
  const parsed = z.safeParse(schema, value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // cut: an unknown key's message quotes the key, as long as the child made it
    const where = issue ? `${issue.path.join('.')}: ${issue.message}`.slice(0, 200) : 'invalid';
    throw new Error(`the isolated renderer's answer is not a ${what} (${where})`);
  }
  return parsed.data as T;
}

/** The child's answer as a `ColumnImpact`, or an error saying what is wrong with it. */
export function checkColumnImpact(value: unknown): ColumnImpact {
  return checked<ColumnImpact>(columnImpactSchema, value, 'column impact');
}

const upstream = z.strictObject({ node: text, column: text });
const ms = z.number().check(z.nonnegative());

const modelLineageSchema = z.strictObject({
  name: text,
  kind: z.enum(['model', 'snapshot']),
  project: text,
  path: text,
  status: z.enum(['complete', 'partial', 'unknown']),
  unknown: z.optional(text),
  incomplete: z.optional(texts),
  reads: texts,
  columns: z.array(
    z.strictObject({
      name: text,
      transform: text,
      upstream: z.array(upstream),
      truncated: z.optional(z.literal(true)),
    }),
  ),
  rowAffecting: z.array(
    z.strictObject({
      node: text,
      column: text,
      context: z.enum(['filter', 'join', 'group', 'having', 'qualify', 'distinct']),
    }),
  ),
  truncated: z.optional(z.literal(true)),
});

const columnLineageSchema = z.strictObject({
  schemaVersion: z.literal(1),
  mode: z.literal('lineage-columns'),
  ref: text,
  dialects: z.record(text, z.enum(DIALECTS)),
  limits: z.strictObject({ timeoutMs: count, totalMs: count }),
  summary: z.strictObject({
    models: count,
    analysed: count,
    complete: count,
    partial: count,
    unknown: count,
    unknownByReason: z.record(text, count),
  }),
  models: z.array(modelLineageSchema),
  timing: z.strictObject({ wall: ms, render: ms, parse: ms, analysis: ms, structure: ms }),
});

/** One model of the child's `lineage --columns` answer (a line of it), or what is wrong with it. */
export function checkModelLineage(value: unknown): ModelLineage {
  return checked<ModelLineage>(modelLineageSchema, value, 'model of a column lineage');
}

/** The child's `lineage --columns` answer as a `ColumnLineage`, or what is wrong with it. */
export function checkColumnLineage(value: unknown): ColumnLineage {
  return checked<ColumnLineage>(columnLineageSchema, value, 'column lineage');
}

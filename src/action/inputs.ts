import {
  COMMENT_MODES,
  FAIL_ON,
  LINEAGE_SOURCES,
  SUGGESTION_MODES,
  type ConfigInput,
} from '../config/schema.js';
import * as z from '../util/zod.js';

export class ActionInputError extends Error {}

export const MODES = ['auto', 'diff', 'audit'] as const;

/** The action-only settings, with their defaults; config defaults live in the config schema. */
const invocationSchema = z.strictObject({
  'config-file': z._default(z.string(), '.github/blast-radius.yml'),
  mode: z._default(z.enum(MODES), 'auto'),
  'base-ref': z.optional(z.string()),
  'head-ref': z.optional(z.string()),
  /** dbt's target/manifest.json files in the workspace (a step before this one writes them). */
  'base-manifest-path': z.optional(z.string()),
  'head-manifest-path': z.optional(z.string()),
  /** Column-level impact: overrides `columns.analyse` of the config file. */
  columns: z.optional(z.boolean()),
});

export type Invocation = z.output<typeof invocationSchema>;

export interface ActionInputs {
  readonly token: string;
  readonly invocation: Invocation;
  /** Inputs that override the config file; undefined when the input is empty. */
  readonly overrides: Partial<ConfigInput>;
}

/**
 * Reads the action's inputs through `get` (core.getInput). Empty inputs are unset, so the
 * config file and then the schema defaults apply.
 */
export function readInputs(get: (name: string) => string): ActionInputs {
  const value = (name: string) => {
    const raw = get(name).trim();
    return raw === '' ? undefined : raw;
  };
  const token = value('github-token');
  if (!token) {
    throw new ActionInputError(
      'input "github-token" is empty: pass ${{ github.token }} (the default) or a token with pull-requests: write',
    );
  }
  const invocation = invocationSchema.safeParse({
    'config-file': value('config-file'),
    mode: oneOf(value('mode'), MODES, 'mode'),
    'base-ref': value('base-ref'),
    'head-ref': value('head-ref'),
    'base-manifest-path': value('base-manifest-path'),
    'head-manifest-path': value('head-manifest-path'),
    columns: flag(value('columns'), 'columns'),
  });
  if (!invocation.success) {
    throw new ActionInputError(`invalid input\n${z.prettifyError(invocation.error)}`);
  }
  return {
    token,
    invocation: invocation.data,
    overrides: {
      inventory: value('inventory-path'),
      comment: oneOf(value('comment'), COMMENT_MODES, 'comment'),
      'fail-on': oneOf(value('fail-on'), FAIL_ON, 'fail-on'),
      'attribution-layers': layers(value('attribution-layers')),
      'acknowledge-label': value('acknowledge-label'),
      'max-blast-radius': count(value('max-blast-radius'), 'max-blast-radius'),
      'comment-author': value('comment-author'),
      lineage: lineage(value('lineage')),
      suggestions: oneOf(value('suggestions'), SUGGESTION_MODES, 'suggestions'),
    },
  };
}

function oneOf<T extends string>(
  raw: string | undefined,
  allowed: readonly T[],
  name: string,
): T | undefined {
  if (raw === undefined) return undefined;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ActionInputError(`input "${name}" must be one of ${allowed.join(', ')}, got "${raw}"`);
}

/** Comma- or newline-separated layer names; a list of only separators is a mistake, not "none". */
function layers(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const names = raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
  if (names.length === 0) {
    throw new ActionInputError(
      `input "attribution-layers" names no layer ("${raw}"): list them, e.g. identity, signal, attribution, channel`,
    );
  }
  return names;
}

/** Comma- or newline-separated lineage sources (auto, inventory, code). */
function lineage(raw: string | undefined): (typeof LINEAGE_SOURCES)[number][] | undefined {
  if (raw === undefined) return undefined;
  const items = raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0)
    throw new ActionInputError(
      `input "lineage" names no source ("${raw}"): use auto, inventory, code or inventory, code`,
    );
  return items.map((item) => oneOf(item, LINEAGE_SOURCES, 'lineage') ?? 'auto');
}

function flag(raw: string | undefined, name: string): boolean | undefined {
  const v = oneOf(raw, ['true', 'false'] as const, name);
  return v === undefined ? undefined : v === 'true';
}

function count(raw: string | undefined, name: string): number | null | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'none' || raw === 'off') return null;
  if (!/^\d+$/.test(raw)) {
    throw new ActionInputError(`input "${name}" must be a whole number (or "none"), got "${raw}"`);
  }
  return Number(raw);
}

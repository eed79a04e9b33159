import * as z from '../util/zod.js';
import { RULE_NAMES, type RuleName } from '../rules/catalog.js';
import { DEFAULT_PER_CHANGE_BUDGET } from '../impact/per-change.js';
import { DEFAULT_ATTRIBUTION_LAYERS } from './defaults.js';
import { didYouMean } from '../util/suggest.js';
import { DIALECTS } from '../columns/types.js';

export const SEVERITY_SETTINGS = ['error', 'warning', 'notice', 'off'] as const;
export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const COMMENT_MODES = ['auto', 'always', 'never'] as const;
export const SUGGESTION_MODES = ['auto', 'never'] as const;
export const LINEAGE_SOURCES = ['auto', 'inventory', 'code'] as const;
export type LineageSource = (typeof LINEAGE_SOURCES)[number];

/** Unknown keys are errors, with a did-you-mean drawn from the keys the object allows. */
function strict<T extends z.core.$ZodLooseShape>(shape: T, noun = 'key') {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const hint = didYouMean(key, known);
          return `unknown ${noun} ${JSON.stringify(key)}${hint ? ` — did you mean "${hint}"?` : ''} (allowed: ${known.join(', ')})`;
        })
        .join('; ');
    },
  });
}

const nonEmptyName = z.string().check(z.minLength(1));
const nonEmptyNames = z.array(nonEmptyName);

const exposureSchema = strict({
  name: nonEmptyName,
  /** Globs over model names, e.g. `conversion_events__*`. */
  models: z.array(nonEmptyName).check(z.minLength(1)),
  description: z.optional(z.string()),
});

const severitySetting = z.optional(z.enum(SEVERITY_SETTINGS));
const rulesSchema = strict(
  Object.fromEntries(RULE_NAMES.map((rule) => [rule, severitySetting])) as Record<
    RuleName,
    typeof severitySetting
  >,
  'rule',
);

/**
 * The whole configuration, with every default. The YAML file (`--config`, or the action's
 * `.github/blast-radius.yml`) is parsed with it; CLI flags and action inputs override it.
 */
export const configSchema = strict({
  inventory: z._default(nonEmptyName, 'dbt_model_inventory.json'),
  'attribution-layers': z._default(nonEmptyNames, [...DEFAULT_ATTRIBUTION_LAYERS]),
  'layer-order': z._default(nonEmptyNames, [
    'staging',
    'identity',
    'signal',
    'attribution',
    'channel',
    'aggregation',
    'reporting',
  ]),
  'fail-on': z._default(z.enum(FAIL_ON), 'error'),
  rules: z._default(rulesSchema, {}),
  exposures: z._default(z.array(exposureSchema), []),
  /** Warn when more models than this are impacted; null disables the rule. */
  'max-blast-radius': z._default(z.nullable(z.int().check(z.nonnegative())), null),
  /** Globs over model paths whose changes are not reported. */
  ignore: z._default(z.array(nonEmptyName), []),
  'acknowledge-label': z._default(nonEmptyName, 'blast-radius-acknowledged'),
  /** The action's PR comment: auto (when the PR touches models, or to update ours), always, never. */
  comment: z._default(z.enum(COMMENT_MODES), 'auto'),
  /** Login whose marker comments are ours; others' are never touched. */
  'comment-author': z._default(nonEmptyName, 'github-actions[bot]'),
  /**
   * The action's suggested changes: `auto` offers the fix for the inventory drift a pull request
   * introduces as a review with suggestions on the inventory lines it touched; `never`.
   */
  suggestions: z._default(z.enum(SUGGESTION_MODES), 'auto'),
  /**
   * Layers of the nodes the inventory lacks: globs over their file paths, first match wins, e.g.
   * `models/staging/**: staging`. Then `meta.layer` in their YAML; else none.
   */
  layers: z._default(z.record(nonEmptyName, nonEmptyName), {}),
  /**
   * Lineage sources: `auto` takes every source present (the inventory, the dbt project's code);
   * `inventory` or `code` alone.
   */
  lineage: z._default(z.array(z.enum(LINEAGE_SOURCES)).check(z.minLength(1)), ['auto']),
  /**
   * Column-level impact (docs/column-impact.md): `analyse` in the action (the CLI asks with
   * `--columns`), the SQL dialect (else detected per project), dbt vars as `--vars` gives them
   * (they override dbt_project.yml's when models are rendered), and how many models one diff
   * analyses at most (past it they are `unknown`, which reaches everything downstream).
   */
  columns: z._default(
    strict({
      analyse: z._default(z.boolean(), true),
      dialect: z._default(z.nullable(z.enum(DIALECTS)), null),
      vars: z._default(z.record(z.string(), z.unknown()), {}),
      'max-models': z._default(z.int().check(z.positive()), 200),
    }),
    { analyse: true, dialect: null, vars: {}, 'max-models': 200 },
  ),
  /** Work allowed for exact per-change totals before estimates take over. */
  'per-change-budget': z._default(z.int().check(z.nonnegative()), DEFAULT_PER_CHANGE_BUDGET),
});

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;

export const CONFIG_KEYS = Object.keys(configSchema.shape) as (keyof Config)[];

export function defaultConfig(): Config {
  return configSchema.parse({});
}

/** The config's `layers:` as ordered rules. */
export function layerRules(config: Config): { glob: string; layer: string }[] {
  return Object.entries(config.layers).map(([glob, layer]) => ({ glob, layer }));
}

/** Column analysis options from the config's `columns:` (dialect, vars, the model budget). */
export function columnOptions(config: Config): {
  dialect?: string;
  vars?: Record<string, unknown>;
  maxModels: number;
} {
  const { dialect, vars } = config.columns;
  return {
    ...(dialect !== null && { dialect }),
    ...(Object.keys(vars).length > 0 && { vars }),
    maxModels: config.columns['max-models'],
  };
}

/** Which sources a run reads, from `lineage:` (`auto`: every one present). */
export function lineageSources(config: Config): { inventory: boolean; code: boolean } {
  const set = new Set(config.lineage);
  const auto = set.has('auto');
  return { inventory: auto || set.has('inventory'), code: auto || set.has('code') };
}

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../util/suggest.js';

export class UsageError extends Error {}

export const LINEAGE_MERMAID_NODES = 150;

/** `lineage --columns`: the default total budget, seconds. */
export const COLUMNS_BUDGET_SECONDS = 600;

export const FORMATS = ['text', 'json', 'markdown', 'summary'] as const;
export type Format = (typeof FORMATS)[number];

const common = {
  format: { type: 'string' },
  config: { type: 'string' },
  'fail-on': { type: 'string' },
  repo: { type: 'string' },
  inventory: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const OPTIONS = {
  diff: {
    ...common,
    base: { type: 'string' },
    head: { type: 'string' },
    'base-file': { type: 'string' },
    'head-file': { type: 'string' },
    'changed-files': { type: 'string' },
    acknowledged: { type: 'boolean' },
    lineage: { type: 'string', multiple: true },
    columns: { type: 'boolean' },
    'base-manifest': { type: 'string' },
    'head-manifest': { type: 'string' },
  },
  audit: {
    ...common,
    ref: { type: 'string' },
    file: { type: 'string' },
    lineage: { type: 'string', multiple: true },
  },
  lineage: {
    repo: { type: 'string' },
    ref: { type: 'string' },
    inventory: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
    lineage: { type: 'string', multiple: true },
    columns: { type: 'boolean' },
    'columns-budget': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
} as const satisfies Record<string, ParseArgsConfig['options']>;

export type Command = keyof typeof OPTIONS;

export function parseCommandArgs<C extends Command>(command: C, argv: string[]) {
  const options = OPTIONS[command];
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as {
      [K in keyof (typeof OPTIONS)[C]]?: (typeof OPTIONS)[C][K] extends { type: 'boolean' }
        ? boolean
        : (typeof OPTIONS)[C][K] extends { multiple: true }
          ? string[]
          : string;
    };
  } catch (error) {
    throw new UsageError(
      describeParseError(error as Error & { code?: string }, command, Object.keys(options)),
    );
  }
}

function describeParseError(
  error: Error & { code?: string },
  command: string,
  known: string[],
): string {
  const flag = /'([^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = flag?.replace(/^-+/, '').split('=')[0] ?? '';
      const hint = didYouMean(name, known);
      return `unknown option ${flag ?? ''} for "${command}"${hint ? ` — did you mean --${hint}?` : ''} (see blast-radius ${command} --help)`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${error.message.split('.')[0]} (see blast-radius ${command} --help)`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${flag ?? ''}" — "${command}" takes only options (see blast-radius ${command} --help)`;
    default:
      return error.message;
  }
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const hint = didYouMean(value, allowed);
  throw new UsageError(
    `--${flag} must be one of ${allowed.join(', ')}, got "${value}"${hint ? ` — did you mean ${hint}?` : ''}`,
  );
}

export const USAGE = {
  main: `Usage: blast-radius <command> [options]

Commands:
  diff     what a change touches and everything downstream of it
  audit    the whole inventory: coverage, consistency, hubs, attribution map
  lineage  the lineage graph at one commit (inventory and the dbt project's code)
  inventory sync   bring the inventory in line with the dbt project's code

Run "blast-radius <command> --help" for its options. --version prints the version.
Installed as both dbt-blast-radius and blast-radius.
Exit codes: 0 pass, 1 policy failure, 2 unusable invocation or unreadable input.`,
  diff: `Usage:
  blast-radius diff --base REF --head REF [--repo DIR] [--inventory PATH]    (git mode)
  blast-radius diff --base-file A.json --head-file B.json [--changed-files LIST]    (file mode)

Options:
  --base, --head REF       commits to compare (git mode), from their merge base as the action does;
                           the inventory and changed files come from git
  --repo DIR               repository (default: current directory)
  --inventory PATH         inventory path in the repository (default from config: dbt_model_inventory.json)
  --base-file, --head-file inventory files (file mode); a missing base file means every model is added
  --changed-files LIST     file with changed paths, one per line or "git diff --name-status -M" output
  --format FORMAT          text (default), json, markdown (the pull-request comment, at most
                           65,536 characters) or summary (the job summary: every section, 1 MiB)
  --config FILE            YAML config (see docs/configuration.md); in git mode the default is
                           the repository's .github/blast-radius.yml at --base
  --fail-on LEVEL          error (default), warning, never
  --acknowledged           warnings were acknowledged: count them as notices
  --lineage SOURCE         git mode: auto (default: every source present), inventory or code;
                           repeatable; default from config "lineage:". With code, the dbt
                           project (every dbt_project.yml) is read at both commits; a repository
                           with no inventory file works on the code alone

  --base-manifest F, --head-manifest F
                           dbt's target/manifest.json at each commit (schema v7–v12): its
                           parent_map joins the lineage (provenance "manifest"); with only
                           --head-manifest it serves both sides
  --columns                column-level impact (git mode, with the project's code): classify each
                           edited model and say which downstream models the changed columns reach`,
  audit: `Usage:
  blast-radius audit [--ref REF | --file F] [--repo DIR] [--inventory PATH]

Options:
  --ref REF            audit the inventory at a commit (git)
  --file F             audit an inventory file
                       (default: the inventory path in the working tree of --repo)
  --repo DIR           repository (default: current directory)
  --inventory PATH     inventory path in the repository
  --format FORMAT      text (default), json, markdown or summary (the same markdown report)
  --config FILE        YAML config; with --ref the default is .github/blast-radius.yml at REF
  --fail-on LEVEL      error (default), warning, never
  --lineage SOURCE     with --ref: auto (default), inventory or code (repeatable); code adds
                       the dbt project's lineage (projects, edges, unresolved references)`,
  lineage: `Usage:
  blast-radius lineage [--repo DIR] [--ref REF] [--lineage SOURCE] [--format FORMAT]
  blast-radius lineage --columns [--repo DIR] [--ref REF] [--format json|text]

The lineage graph at one commit: projects, nodes (kind, project, path, layer), edges with what
proves them, unresolved references with file and line (see docs/lineage.md). With --columns, the
column lineage instead: every model's output columns, the upstream columns each derives from,
the columns it filters, joins or groups on, and "unknown" with the reason where it could not be
analysed (see docs/column-impact.md).

Options:
  --repo DIR           repository (default: current directory)
  --ref REF            commit to read (default: HEAD)
  --lineage SOURCE     auto (default: every source present), inventory or code; repeatable;
                       default from config "lineage:"
  --inventory PATH     inventory path in the repository (default from config)
  --config FILE        YAML config; the default is .github/blast-radius.yml at REF
  --format FORMAT      text (default), json or mermaid (at most ${LINEAGE_MERMAID_NODES} nodes drawn);
                       with --columns, text or json
  --columns            column-level lineage of every model and snapshot (renders and parses
                       the project's SQL; no warehouse, no dbt)
  --columns-budget S   with --columns: stop analysing after S seconds (default ${COLUMNS_BUDGET_SECONDS});
                       the models left are "unknown" with the reason "not analysed (budget)"`,
} as const;

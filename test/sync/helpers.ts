import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CodeLineageView } from '../../src/sync/index.js';

/** A small inventory: lists on some entries, an external consumer, a gone entry, a move. */
export const MODELS = [
  {
    name: 'stg_events',
    path: 'models/staging/stg_events.sql',
    layer: 'staging',
    description: 'Events, cleaned.',
    upstream_dependencies: ['raw.events'],
    downstream_consumers: ['int_sessions', 'looker_dashboard'],
    owner: { team: 'data', tags: ['x', 'y'] },
  },
  {
    name: 'int_sessions',
    path: 'models/intermediate/int_sessions.sql',
    layer: 'signal',
    attribution_concepts: ['sessionization'],
    upstream_dependencies: ['stg_events', 'stg_legacy'],
    downstream_consumers: [],
  },
  { name: 'stg_legacy', path: 'models/staging/stg_legacy.sql', layer: 'staging' },
  {
    name: 'fct_orders',
    path: 'models/old/fct_orders.sql',
    layer: 'aggregation',
    upstream_dependencies: [],
    key_patterns: ['one row per order'],
  },
  { name: 'seed_only', path: 'seeds/seed_only.csv', layer: 'other', unknown_field: 42 },
];

/** The code: stg_legacy is gone, fct_orders moved, rpt_daily is new, edges differ. */
export const CODE: CodeLineageView = {
  models: [
    { name: 'stg_events', path: 'models/staging/stg_events.sql', upstream: ['raw.events'] },
    {
      name: 'int_sessions',
      path: 'models/intermediate/int_sessions.sql',
      upstream: ['stg_events'],
    },
    {
      name: 'fct_orders',
      path: 'models/marts/fct_orders.sql',
      upstream: ['stg_events', 'int_sessions'],
    },
    {
      name: 'rpt_daily',
      path: 'models/marts/reporting/rpt_daily.sql',
      upstream: ['fct_orders'],
      description: 'Daily report.',
    },
  ],
  files: [
    'models/staging/stg_events.sql',
    'models/intermediate/int_sessions.sql',
    'models/marts/fct_orders.sql',
    'models/marts/reporting/rpt_daily.sql',
    'seeds/seed_only.csv',
  ],
};

export const LAYERS = [
  { glob: 'models/marts/reporting/**', layer: 'reporting' },
  { glob: 'models/marts/**', layer: 'aggregation' },
];

/** The same inventory written in the layouts teams use. */
export function styles(models: readonly unknown[] = MODELS): Record<string, string> {
  const doc = { models };
  return {
    'two spaces': JSON.stringify(doc, null, 2),
    'four spaces + newline': `${JSON.stringify(doc, null, 4)}\n`,
    tabs: JSON.stringify(doc, null, '\t'),
    minified: JSON.stringify(doc),
    CRLF: `${JSON.stringify(doc, null, 2).replace(/\n/g, '\r\n')}\r\n`,
    'extra top-level fields': JSON.stringify({ version: 3, models, meta: { by: 'hand' } }, null, 2),
  };
}

/** Runs `git apply --check` and `git apply` of `patch` on a repository holding `before`. */
export function gitApply(path: string, before: string, patch: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sync-apply-'));
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'core.autocrlf=false', ...args], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    git('init', '-q');
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), before);
    writeFileSync(join(dir, 'fix.patch'), patch);
    git('apply', '--check', 'fix.patch');
    git('apply', 'fix.patch');
    return readFileSync(join(dir, path), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

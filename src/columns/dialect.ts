/**
 * The project's SQL dialect without a profile: an explicit setting, then adapter-prefixed macros
 * (`snowflake__x`), then syntax hints in the SQL. Pure.
 */
import { DIALECTS, type Dialect } from './types.js';

const HINTS: [Dialect, RegExp][] = [
  [
    'bigquery',
    /`[\w-]+\.[\w-]+\.[\w-]+`|\bsafe_cast\s*\(|\bstruct\s*\(|\bunnest\s*\(|\bdate_sub\s*\(/i,
  ],
  [
    'snowflake',
    /\bqualify\b|\biff\s*\(|\bflatten\s*\(|\bzeroifnull\s*\(|::\s*variant\b|\btry_to_\w+\s*\(/i,
  ],
  ['trino', /\bcross\s+join\s+unnest\b|\bfrom_hex\s*\(|\bvarbinary\b|\btry\s*\(/i],
  ['databricks', /\bexplode\s*\(|\blateral\s+view\b/i],
  ['redshift', /\bgetdate\s*\(|\bdistkey\b|\bsortkey\b/i],
  ['postgres', /::\s*(text|int|integer|numeric|date|timestamp)\b/i],
];

export function detectDialect(hints: {
  /** An explicit setting (config `dialect:` or the adapter name). */
  explicit?: string;
  /** Names of the project's macros (adapter-prefixed implementations hint at the adapter). */
  macroNames?: Iterable<string>;
  /** Some model SQL to sniff. */
  sql?: Iterable<string>;
}): { dialect: Dialect; from: 'explicit' | 'macros' | 'syntax' | 'default' } {
  const norm = (s: string): Dialect | undefined => {
    const l = s.toLowerCase().trim();
    if (l === 'postgresql') return 'postgres';
    if (l === 'dune' || l === 'athena' || l === 'presto') return 'trino';
    return (DIALECTS as readonly string[]).includes(l) ? (l as Dialect) : undefined;
  };
  if (hints.explicit) {
    const d = norm(hints.explicit);
    if (d) return { dialect: d, from: 'explicit' };
  }
  const counts = new Map<Dialect, number>();
  for (const m of hints.macroNames ?? []) {
    const prefix = /^([a-z]+)__/.exec(m)?.[1];
    const d = prefix ? norm(prefix) : undefined;
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  if (counts.size === 1) return { dialect: [...counts.keys()][0] as Dialect, from: 'macros' };
  const votes = new Map<Dialect, number>();
  let n = 0;
  for (const s of hints.sql ?? []) {
    if (++n > 500) break;
    for (const [d, re] of HINTS) if (re.test(s)) votes.set(d, (votes.get(d) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  if (best) return { dialect: best[0], from: 'syntax' };
  return { dialect: 'snowflake', from: 'default' };
}

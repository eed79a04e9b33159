/**
 * Classify a modified model by comparing its base and head analyses (pure).
 *
 *   cosmetic    the parsed trees are equal (formatting, comments, Jinja that renders the same)
 *   additive    only new output columns
 *   column      output columns removed, renamed (= removed + added) or redefined
 *   model-wide  sources, joins, filters, grouping, distinctness or set operations changed: rows change
 *   unknown     a side could not be rendered or parsed (the reason says which and why)
 */
import type { Analysis, ModelColumns } from './types.js';

export type Category = 'cosmetic' | 'additive' | 'column' | 'model-wide' | 'unknown';

export interface ColumnDelta {
  added: string[];
  removed: string[];
  modified: string[];
}

export interface Classification {
  category: Category;
  /** Why, in short sentences (never empty). */
  reasons: string[];
  /** The output columns involved (absent for cosmetic / unknown). */
  columns?: ColumnDelta;
}

function ws(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function scopeLabel(key: string): string {
  if (key === 'root') return 'the final select';
  if (key.startsWith('cte:')) return `CTE ${key.slice(4)}`;
  const cte = /^cte:([^>]+)>/.exec(key);
  return cte ? `a nested query in CTE ${cte[1]}` : 'a nested query';
}

/** Scopes whose select list maps positionally onto the model's outputs (set-operation branches). */
function isRootBranch(key: string): boolean {
  return /^root(>(left|right|this))+$/.test(key);
}

export function classifyChange(
  base: Analysis,
  head: Analysis,
  baseSql?: string,
  headSql?: string,
): Classification {
  if ('unknown' in base || 'unknown' in head) {
    if (baseSql !== undefined && headSql !== undefined && ws(baseSql) === ws(headSql)) {
      return { category: 'cosmetic', reasons: ['the SQL differs only in whitespace'] };
    }
    const reasons: string[] = [];
    if ('unknown' in base) reasons.push(`base: ${base.unknown}`);
    if ('unknown' in head) reasons.push(`head: ${head.unknown}`);
    return { category: 'unknown', reasons };
  }
  return classifyKnown(base, head);
}

function classifyKnown(base: ModelColumns, head: ModelColumns): Classification {
  // An analysis made without its structure (a whole-commit export's) has nothing to compare.
  if (base.shape.tree === '' || head.shape.tree === '')
    return { category: 'unknown', reasons: ['analysed without its structure: not compared'] };
  if (base.shape.tree === head.shape.tree && base.dialect === head.dialect) {
    return {
      category: 'cosmetic',
      reasons: ['the parsed queries are equal (formatting, comments or Jinja only)'],
    };
  }
  const modelWide: string[] = [];

  // Sources.
  const bRel = new Set(base.relations);
  const hRel = new Set(head.relations);
  const gained = head.relations.filter((r) => !bRel.has(r));
  const lost = base.relations.filter((r) => !hRel.has(r));
  if (gained.length || lost.length) {
    const parts = [];
    if (gained.length) parts.push(`now reads ${gained.join(', ')}`);
    if (lost.length) parts.push(`no longer reads ${lost.join(', ')}`);
    modelWide.push(`sources changed: ${parts.join('; ')}`);
  }

  // Skeletons: every scope without its select list.
  const scopes = new Set([
    ...Object.keys(base.shape.skeletons),
    ...Object.keys(head.shape.skeletons),
  ]);
  const changedScopes: string[] = [];
  for (const s of scopes) {
    if (base.shape.skeletons[s] !== head.shape.skeletons[s]) changedScopes.push(s);
  }
  if (changedScopes.length) {
    const labels = [...new Set(changedScopes.map(scopeLabel))].slice(0, 5);
    modelWide.push(
      `joins, filters, grouping or the query structure changed in ${labels.join(', ')}`,
    );
  }

  // Definitions: names (lower case) whose definition changed in any scope, followed through the
  // scopes that mention them (a CTE column redefined changes every column built on it).
  // `inner`: changed in a CTE or nested query (visible to other scopes' filters and joins).
  const changed = new Set<string>();
  const inner = new Set<string>();
  const positional = new Set<number>();
  const defScopes = new Set([
    ...Object.keys(base.shape.definitions),
    ...Object.keys(head.shape.definitions),
  ]);
  const isOuter = (s: string) => s === 'root' || isRootBranch(s);
  // An outer scope's output the parser gave no name (`#N`, e.g. a column with a comment before
  // it): it maps onto the outputs by position, or onto every unnamed output after a `*`.
  let unplaced = false;
  const unnamed = (s: string, n: string): boolean => {
    const m = /^#(\d+)$/.exec(n);
    if (!m || !isOuter(s)) return false;
    const defs = { ...base.shape.definitions[s], ...head.shape.definitions[s] };
    if (Object.keys(defs).some((k) => k.startsWith('*'))) unplaced = true;
    else positional.add(Number(m[1]));
    return true;
  };
  for (const s of defScopes) {
    const b = base.shape.definitions[s] ?? {};
    const h = head.shape.definitions[s] ?? {};
    const bNames = Object.keys(b);
    const hNames = Object.keys(h);
    for (const n of new Set([...bNames, ...hNames])) {
      if (b[n]?.sql !== h[n]?.sql) {
        if (unnamed(s, n)) continue;
        const name = n.replace(/#\d+$/, '');
        changed.add(name);
        if (!isOuter(s)) inner.add(name);
        if (isRootBranch(s)) {
          const i = hNames.indexOf(n);
          positional.add(i >= 0 ? i : bNames.indexOf(n));
        }
      }
    }
  }
  for (let round = 0; round < 50; round++) {
    let grew = false;
    for (const s of defScopes) {
      for (const [n, d] of Object.entries(head.shape.definitions[s] ?? {})) {
        if (/^#\d+$/.test(n)) {
          if (d.mentions.some((m) => changed.has(m))) unnamed(s, n);
          continue;
        }
        const name = n.replace(/#\d+$/, '');
        if (!isOuter(s) && !inner.has(name) && d.mentions.some((m) => inner.has(m))) {
          inner.add(name);
          grew = true;
        }
        if (!changed.has(name) && d.mentions.some((m) => changed.has(m))) {
          changed.add(name);
          grew = true;
        }
      }
    }
    if (!grew) break;
  }
  const rowMentions = new Set([...base.shape.rowMentions, ...head.shape.rowMentions]);
  const headOut = new Set(head.columns.map((c) => c.name));
  const baseOut = new Set(base.columns.map((c) => c.name));
  // A changed output alias used in its own scope's WHERE (Snowflake's lateral aliases) when it is
  // not also an upstream column name (an upstream column of that name takes precedence).
  const upstreamNames = new Set(
    [base, head].flatMap((m) =>
      [...m.columns.flatMap((c) => c.upstream), ...m.rowAffecting].map((u) => u.column),
    ),
  );
  const lateral = [...changed].filter(
    (n) => !inner.has(n) && rowMentions.has(n) && !upstreamNames.has(n),
  );
  const rowChanged = [...inner, ...lateral].filter((n) => rowMentions.has(n) && n !== '*');
  if (rowChanged.length) {
    modelWide.push(
      `${rowChanged.slice(0, 5).join(', ')} ${rowChanged.length === 1 ? 'is' : 'are'} redefined and used in a filter, join or grouping`,
    );
  }

  // Output columns.
  const added = head.columns.filter((c) => !baseOut.has(c.name)).map((c) => c.name);
  const removed = base.columns.filter((c) => !headOut.has(c.name)).map((c) => c.name);
  const baseBy = new Map(base.columns.map((c) => [c.name, c]));
  const modified: string[] = [];
  const named = new Set(
    Object.entries(head.shape.definitions)
      .filter(([s]) => isOuter(s))
      .flatMap(([, defs]) => Object.keys(defs)),
  );
  head.columns.forEach((c, i) => {
    const b = baseBy.get(c.name);
    if (!b) return;
    const up = (x: typeof c) => x.upstream.map((u) => `${u.relation}.${u.column}`).join(',');
    if (
      changed.has(c.name) ||
      positional.has(i) ||
      (unplaced && !named.has(c.name)) ||
      up(b) !== up(c) ||
      b.transform !== c.transform
    ) {
      modified.push(c.name);
    }
  });
  const order = (xs: string[], set: Set<string>) => xs.filter((x) => set.has(x));
  const common = new Set(head.columns.map((c) => c.name).filter((n) => baseOut.has(n)));
  const bOrder = order(
    base.columns.map((c) => c.name),
    common,
  );
  const hOrder = order(
    head.columns.map((c) => c.name),
    common,
  );
  const moved = hOrder.filter((n, i) => bOrder[i] !== n && !modified.includes(n));
  const columns: ColumnDelta = { added, removed, modified: [...modified, ...moved] };
  const notes: string[] = [];
  if (!head.complete || !base.complete) {
    notes.push(
      `the column list is partial (${(head.complete ? base : head).incompleteReasons[0] ?? 'unresolved'})`,
    );
  }

  if (modelWide.length)
    return { category: 'model-wide', reasons: [...modelWide, ...notes], columns };
  if (added.length && head.shape.grainFromSelectList) {
    return {
      category: 'model-wide',
      reasons: [
        `${added.join(', ')} added under SELECT DISTINCT / GROUP BY ALL / a set operation: the rows change`,
        ...notes,
      ],
      columns,
    };
  }
  if (removed.length || columns.modified.length) {
    const reasons = [];
    if (removed.length) reasons.push(`removed: ${removed.join(', ')}`);
    if (modified.length) reasons.push(`redefined: ${modified.join(', ')}`);
    if (moved.length) reasons.push(`moved: ${moved.join(', ')}`);
    if (added.length) reasons.push(`added: ${added.join(', ')}`);
    return { category: 'column', reasons: [...reasons, ...notes], columns };
  }
  if (added.length)
    return { category: 'additive', reasons: [`added: ${added.join(', ')}`, ...notes], columns };
  return {
    category: 'cosmetic',
    reasons: [
      'no output column, source, join, filter or grouping changed (e.g. ORDER BY or unused code)',
      ...notes,
    ],
    columns,
  };
}

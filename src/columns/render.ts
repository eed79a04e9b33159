/**
 * Render a dbt model's SQL without dbt: nunjucks (a well-kept Jinja port) with dbt's context
 * stubbed the way the column analysis needs it. Pure apart from the module-level nunjucks setup:
 * the same inputs give the same SQL. Anything that would need the warehouse, an undefined macro or
 * an unset var makes the model `unknown` with the reason, never a guess.
 */
import nunjucks from 'nunjucks';
import type { Dialect, RelationRef } from './types.js';
import { buildMacroLibrary, type MacroLibrary } from './macros.js';
import { preprocessJinja } from './jinja.js';

export interface RenderContext {
  /** The adapter (dbt's `target.type`), also the SQL dialect. */
  dialect: Dialect;
  /** The model's own name (for `this` and `model.name`). */
  model: string;
  /** The dbt project's name (a `project_name.macro()` call resolves to the project's macro). */
  projectName?: string;
  /** `vars:` from dbt_project.yml, plus the user's overrides. */
  vars?: Readonly<Record<string, unknown>>;
  /** Values for `env_var()`; absent names fall back to the call's default or make the model unknown. */
  env?: Readonly<Record<string, string>>;
  /** The project's macros (`buildMacroLibrary`). */
  macros?: MacroLibrary;
  /** Wall-clock budget for this render, ms (default 2000). */
  budgetMs?: number;
  /** Largest rendered SQL accepted, characters (default 1,000,000). */
  maxChars?: number;
}

export interface Rendered {
  sql: string;
  /** Rendered relation name → the dbt node it stands for. */
  relations: Record<string, RelationRef>;
  /** The model's `config(...)` arguments, merged in call order. */
  config: Record<string, unknown>;
}

export type RenderResult = Rendered | { unknown: string };

// ---------------------------------------------------------------------------------------------
// Signals: thrown from inside the template, recorded on the render state (nunjucks wraps errors).

class UnknownSignal extends Error {}
class ReturnSignal extends Error {
  constructor(readonly value: unknown) {
    super('return');
  }
}

interface RenderState {
  ctx: RenderContext;
  relations: Record<string, RelationRef>;
  relationKeys: Map<string, string>;
  config: Record<string, unknown>;
  deadline: number;
  unknown?: string;
  steps: number;
  /** The template's own variables (`this`, `target`, `model`): a var's Jinja value sees them. */
  templateVars: Record<string, unknown>;
  /** The vars whose Jinja values are being rendered, outermost first. */
  varStack: string[];
}

let state: RenderState | undefined;

function current(): RenderState {
  if (!state) throw new Error('dbt context used outside a render');
  return state;
}

function giveUp(reason: string): never {
  const s = current();
  if (s.unknown === undefined) s.unknown = reason;
  throw new UnknownSignal(reason);
}

function tick(): void {
  const s = current();
  s.steps++;
  if ((s.steps & 63) === 0 && Date.now() > s.deadline) {
    giveUp(`rendering took longer than the budget of ${s.ctx.budgetMs ?? 2000} ms`);
  }
}

// ---------------------------------------------------------------------------------------------
// Relations

function quoteChar(d: Dialect): string {
  return d === 'bigquery' || d === 'databricks' || d === 'spark' ? '`' : '"';
}

function sanitize(s: string): string {
  return s.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 120);
}

class Relation {
  constructor(
    readonly identifier: string,
    private readonly q: string,
  ) {}
  get name(): string {
    return this.identifier;
  }
  get table(): string {
    return this.identifier;
  }
  get schema(): string {
    return 'ci';
  }
  get database(): string {
    return 'ci';
  }
  include(): Relation {
    return this;
  }
  render(): string {
    return this.toString();
  }
  toString(): string {
    return `${this.q}${this.identifier}${this.q}`;
  }
}

function relation(prefix: string, parts: string[], ref: RelationRef): Relation {
  const s = current();
  const key = JSON.stringify(ref);
  let name = s.relationKeys.get(key);
  if (!name) {
    const base = `${prefix}__${parts.map(sanitize).join('__')}`;
    name = base;
    for (let i = 2; s.relations[name]; i++) name = `${base}__${i}`;
    s.relations[name] = ref;
    s.relationKeys.set(key, name);
  }
  return new Relation(name, quoteChar(s.ctx.dialect));
}

function str(x: unknown, what: string): string {
  if (typeof x === 'string') return x;
  if (typeof x === 'number') return String(x);
  giveUp(`${what} is not a string`);
}

// ---------------------------------------------------------------------------------------------
// Keyword arguments: nunjucks passes them as a trailing object marked __keywords.

function splitArgs(args: unknown[]): { pos: unknown[]; kw: Record<string, unknown> } {
  const last = args[args.length - 1];
  if (last && typeof last === 'object' && (last as { __keywords?: boolean }).__keywords) {
    const kw = { ...(last as Record<string, unknown>) };
    delete kw.__keywords;
    return { pos: args.slice(0, -1), kw };
  }
  return { pos: args, kw: {} };
}

// ---------------------------------------------------------------------------------------------
// Opaque macros: a package macro the repository lacks becomes a parseable SQL function call.

const DATE_PARTS = new Set(
  'year quarter month week day dayofweek dayofyear hour minute second millisecond microsecond nanosecond isoweek'.split(
    ' ',
  ),
);

function opaqueArg(v: unknown, out: string[]): void {
  if (v === null || v === undefined) out.push('NULL');
  else if (typeof v === 'number') out.push(Number.isFinite(v) ? String(v) : 'NULL');
  else if (typeof v === 'boolean') out.push(v ? 'TRUE' : 'FALSE');
  else if (v instanceof Relation) out.push(`'${v.identifier}'`);
  else if (Array.isArray(v)) for (const x of v) opaqueArg(x, out);
  else if (typeof v === 'string') {
    const t = v.trim();
    if (
      /^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)*$/.test(t) &&
      !DATE_PARTS.has(t.toLowerCase())
    ) {
      out.push(t); // a column reference: keeps lineage through e.g. a surrogate key
    } else if (
      balanced(t) &&
      t.length > 0 &&
      t.length < 2000 &&
      !/;|--|\/\*/.test(t) &&
      !DATE_PARTS.has(t.toLowerCase())
    ) {
      out.push(`(${t})`);
    } else {
      out.push(`'${t.replace(/'/g, "''").slice(0, 200)}'`);
    }
  } else if (typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>))
      if (k !== '__keywords') opaqueArg(x, out);
  }
}

function balanced(s: string): boolean {
  let depth = 0;
  let quote = '';
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0 && !quote;
}

const TYPE_MACROS: Record<string, Partial<Record<Dialect | 'default', string>>> = {
  type_string: { default: 'VARCHAR', bigquery: 'STRING', databricks: 'STRING', spark: 'STRING' },
  type_int: { default: 'INTEGER', bigquery: 'INT64' },
  type_bigint: { default: 'BIGINT', bigquery: 'INT64' },
  type_float: { default: 'FLOAT', bigquery: 'FLOAT64' },
  type_numeric: { default: 'NUMERIC' },
  type_timestamp: { default: 'TIMESTAMP' },
  type_boolean: { default: 'BOOLEAN', bigquery: 'BOOL' },
};

/**
 * Package macros whose output is fixed by their documented contract (not guessed): rendered
 * faithfully, since an opaque call in their place would not parse.
 */
const KNOWN_PACKAGE_MACROS: Record<string, (args: unknown[]) => string | undefined> = {
  group_by: (args) => {
    const { pos, kw } = splitArgs(args);
    const n = Number(pos[0] ?? kw.n);
    if (!Number.isInteger(n) || n < 1 || n > 1000) return undefined;
    return `group by ${Array.from({ length: n }, (_, i) => i + 1).join(', ')}`;
  },
  // dbt_utils.slugify: lower, spaces/dashes to _, drop the rest, a leading digit gets a _ prefix.
  slugify: (args) => {
    const v = splitArgs(args).pos[0];
    if (typeof v !== 'string') return undefined;
    const s = v
      .toLowerCase()
      .replace(/[ -]+/g, '_')
      .replace(/[^a-z0-9_]+/g, '');
    return /^[0-9]/.test(s) ? `_${s}` : s;
  },
};

function opaque(
  namespace: string,
  name: string,
): (...args: unknown[]) => nunjucks.runtime.SafeString {
  return (...args: unknown[]) => {
    tick();
    const known =
      namespace === 'dbt_utils' && Object.hasOwn(KNOWN_PACKAGE_MACROS, name)
        ? KNOWN_PACKAGE_MACROS[name]!(args)
        : undefined;
    if (known !== undefined) return new nunjucks.runtime.SafeString(known);
    const typ = Object.hasOwn(TYPE_MACROS, name) ? TYPE_MACROS[name] : undefined;
    if (typ)
      return new nunjucks.runtime.SafeString(
        typ[current().ctx.dialect] ?? typ.default ?? 'VARCHAR',
      );
    const out: string[] = [];
    opaqueArg(args, out);
    return new nunjucks.runtime.SafeString(
      `${sanitize(namespace)}__${sanitize(name)}(${out.join(', ')})`,
    );
  };
}

/** dbt's own cross-database macros (global project): opaque unless the project defines them. */
const DBT_BUILTIN_MACROS =
  'dateadd datediff date_trunc last_day current_timestamp current_timestamp_backcompat current_timestamp_in_utc_backcompat hash concat safe_cast split_part listagg bool_or any_value cast_bool_to_text escape_single_quotes array_construct array_append array_concat string_literal right length replace position date_spine generate_series get_intervals_between type_string type_int type_bigint type_float type_numeric type_timestamp type_boolean except intersect'.split(
    ' ',
  );

// ---------------------------------------------------------------------------------------------
// The nunjucks environment with dbt's context, one per macro library (compiled macros cached).

interface Env {
  env: nunjucks.Environment;
  library: MacroLibrary;
  compiled: Map<string, (...args: unknown[]) => unknown>;
  namespaces: Set<string>;
  /** Compiled Jinja values of vars, by source text (bounded). */
  varTemplates: Map<string, nunjucks.Template>;
}

const envs = new WeakMap<MacroLibrary, Env>();
const EMPTY = buildMacroLibrary([]);

let compatInstalled = false;
function installCompat(): void {
  if (compatInstalled) return;
  compatInstalled = true;
  nunjucks.installJinjaCompat();
  const rt = nunjucks.runtime as unknown as {
    memberLookup: (obj: unknown, val: unknown) => unknown;
    inOperator: (key: unknown, val: unknown) => boolean;
  };
  // Jinja2's Undefined (a missing key or attribute) is an empty iterable: `'x' in d.missing` is
  // false there, where nunjucks throws. `none` (null) still throws, as it does in Python.
  const origIn = rt.inOperator;
  rt.inOperator = (key: unknown, val: unknown): boolean =>
    val === undefined ? false : origIn(key, val);
  const orig = rt.memberLookup;
  rt.memberLookup = function memberLookup(obj: unknown, val: unknown): unknown {
    // The template is the pull request's: nunjucks is no sandbox, and `x.constructor` reaches
    // Function — code execution in the runner. Only data members are reachable.
    if (!safeMember(obj, val)) return undefined;
    if (typeof obj === 'string' && typeof val === 'string' && Object.hasOwn(STRING_MEMBERS, val)) {
      return (STRING_MEMBERS[val] as (this: string, ...a: unknown[]) => unknown).bind(obj);
    }
    if (
      obj instanceof nunjucks.runtime.SafeString &&
      typeof val === 'string' &&
      Object.hasOwn(STRING_MEMBERS, val)
    ) {
      return (STRING_MEMBERS[val] as (this: string, ...a: unknown[]) => unknown).bind(String(obj));
    }
    if (Array.isArray(obj) && val === 'extend') {
      return (xs: unknown) => {
        if (Array.isArray(xs)) obj.push(...(xs as unknown[]));
        return '';
      };
    }
    return orig.call(this, obj, val);
  };
}

/** Sets an own data property: a key like `__proto__` stays a key, never a prototype. */
function define(o: object, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Names that lead from data to code (Function, prototypes, accessors). */
const FORBIDDEN_MEMBERS: ReadonlySet<string> = new Set([
  'constructor',
  'prototype',
  'caller',
  'callee',
  'arguments',
  'call',
  'apply',
  'bind',
]);

/**
 * Whether a template may read `obj[val]`: a string or number key, never a name that leads to
 * code, and on a function only its own data (a namespace of macros hangs off an object, not a
 * function's prototype chain).
 */
export function safeMember(obj: unknown, val: unknown): boolean {
  if (typeof val !== 'string' && typeof val !== 'number') return false;
  const name = String(val);
  if (FORBIDDEN_MEMBERS.has(name) || name.startsWith('__')) return false;
  if (typeof obj === 'function') return Object.hasOwn(obj, name);
  return true;
}

const STRING_MEMBERS: Record<string, (this: string, ...a: never[]) => unknown> = {
  upper(this: string) {
    return this.toUpperCase();
  },
  lower(this: string) {
    return this.toLowerCase();
  },
  strip(this: string, chars?: string) {
    return chars === undefined ? this.trim() : trimChars(this, chars);
  },
  lstrip(this: string) {
    return this.trimStart();
  },
  rstrip(this: string) {
    return this.trimEnd();
  },
  startswith(this: string, p: string) {
    return this.startsWith(p);
  },
  endswith(this: string, p: string) {
    return this.endsWith(p);
  },
  split(this: string, sep?: string) {
    return sep === undefined ? this.trim().split(/\s+/) : this.split(sep);
  },
  replace(this: string, a: string, b: string) {
    return this.split(String(a)).join(String(b));
  },
  title(this: string) {
    return this.replace(/\b\w/g, (c) => c.toUpperCase());
  },
  capitalize(this: string) {
    return this.charAt(0).toUpperCase() + this.slice(1).toLowerCase();
  },
  format(this: string, ...args: unknown[]) {
    let i = 0;
    return this.replace(/\{(\d*)\}/g, (_m, n: string) =>
      String(args[n === '' ? i++ : Number(n)] ?? ''),
    );
  },
  join(this: string, xs: unknown[]) {
    return Array.isArray(xs) ? xs.map(String).join(this) : '';
  },
  isdigit(this: string) {
    return /^\d+$/.test(this);
  },
};

function trimChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a] as string)) a++;
  while (b > a && chars.includes(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

/**
 * dbt's context functions a project may override (spellbook's `source` sets the database, its
 * `is_incremental` asks the warehouse) but the analysis keeps its own: relation names it can map
 * back to nodes, the full-refresh query, the config and vars as recorded.
 */
const STUBBED: ReadonlySet<string> = new Set([
  'ref',
  'source',
  'is_incremental',
  'config',
  'var',
  'env_var',
]);

function makeEnv(library: MacroLibrary): Env {
  installCompat();
  const env = new nunjucks.Environment([], { autoescape: false, throwOnUndefined: false });
  const e: Env = {
    env,
    library,
    compiled: new Map(),
    namespaces: new Set(),
    varTemplates: new Map(),
  };

  const g = (name: string, v: unknown) => env.addGlobal(name, v);

  g('ref', (...args: unknown[]) => {
    tick();
    const { pos, kw } = splitArgs(args);
    const version = kw.v ?? kw.version;
    const ver = version === undefined ? undefined : str(version, 'ref version');
    if (pos.length === 1) {
      const name = str(pos[0], 'ref()');
      return relation(
        'ref',
        [name],
        ver ? { kind: 'ref', name, version: ver } : { kind: 'ref', name },
      );
    }
    if (pos.length === 2) {
      const pkg = str(pos[0], 'ref() package');
      const name = str(pos[1], 'ref()');
      return relation('ref', [pkg, name], {
        kind: 'ref',
        name,
        package: pkg,
        ...(ver ? { version: ver } : {}),
      });
    }
    giveUp(`ref() with ${pos.length} arguments`);
  });
  g('source', (...args: unknown[]) => {
    tick();
    const { pos } = splitArgs(args);
    if (pos.length !== 2) giveUp(`source() with ${pos.length} arguments`);
    const source = str(pos[0], 'source() name');
    const table = str(pos[1], 'source() table');
    return relation('source', [source, table], { kind: 'source', source, table });
  });
  const config = (...args: unknown[]) => {
    const { pos, kw } = splitArgs(args);
    const s = current();
    for (const p of pos) if (p && typeof p === 'object') Object.assign(s.config, p);
    Object.assign(s.config, kw);
    return '';
  };
  config.get = (k: unknown, d?: unknown) => {
    const c = current().config;
    const key = String(k);
    return Object.hasOwn(c, key) ? c[key] : (d ?? null);
  };
  config.require = (k: unknown) => {
    const c = current().config;
    const key = String(k);
    if (!Object.hasOwn(c, key)) giveUp(`config.require('${key}'): not set in the model`);
    return c[key];
  };
  g('config', config);
  const varFn = (...args: unknown[]) => {
    tick();
    const { pos } = splitArgs(args);
    const name = str(pos[0], 'var() name');
    const vars = current().ctx.vars ?? {};
    if (Object.hasOwn(vars, name)) return renderVar(e, name, vars[name]);
    if (pos.length >= 2) return pos[1];
    giveUp(`var('${name}') is not set and has no default (set it in vars)`);
  };
  varFn.has_var = (n: unknown) => Object.hasOwn(current().ctx.vars ?? {}, String(n));
  g('var', varFn);
  g('env_var', (...args: unknown[]) => {
    const { pos } = splitArgs(args);
    const name = str(pos[0], 'env_var() name');
    const env = current().ctx.env ?? {};
    if (Object.hasOwn(env, name)) return env[name];
    if (pos.length >= 2) return pos[1];
    giveUp(`env_var('${name}') is not set and has no default`);
  });
  g('is_incremental', () => false);
  g('should_full_refresh', () => false);
  g('execute', true);
  g('flags', { FULL_REFRESH: false, WHICH: 'compile' });
  g('invocation_id', '00000000-0000-0000-0000-000000000000');
  g('dbt_version', '1.8.0');
  g('run_started_at', RUN_STARTED_AT);
  const warehouse = (what: string) => () => giveUp(`${what} needs the warehouse`);
  g('run_query', warehouse('run_query()'));
  g('statement', warehouse('a statement block'));
  g('load_result', warehouse('load_result()'));
  g('graph', undefined);
  g('log', () => '');
  g('print', () => '');
  g('exceptions', {
    raise_compiler_error: (msg: unknown) =>
      giveUp(`the model raises a compiler error: ${String(msg).slice(0, 200)}`),
    warn: () => '',
    raise_not_implemented: (msg: unknown) =>
      giveUp(`not implemented: ${String(msg).slice(0, 200)}`),
  });
  g('return', (v: unknown) => {
    throw new ReturnSignal(v);
  });
  g('tojson', (v: unknown) => JSON.stringify(v));
  g('fromjson', (s: unknown) => {
    try {
      return JSON.parse(String(s));
    } catch {
      giveUp('fromjson() of invalid JSON');
    }
  });
  g('zip', (...xs: unknown[][]) => {
    const n = Math.min(...xs.map((x) => (Array.isArray(x) ? x.length : 0)));
    return Array.from({ length: n }, (_, i) => xs.map((x) => x[i]));
  });
  g('set', (xs: unknown) => (Array.isArray(xs) ? [...new Set(xs)] : []));
  g('list', (xs: unknown) =>
    Array.isArray(xs)
      ? [...xs]
      : typeof xs === 'string'
        ? [...xs]
        : xs && typeof xs === 'object'
          ? Object.keys(xs)
          : [],
  );
  // Python's dict(mapping_or_pairs, **kw): the positional argument is copied, then the keywords.
  g('dict', (...args: unknown[]) => {
    const { pos, kw } = splitArgs(args);
    if (pos.length === 0) return { ...kw };
    const [from] = pos;
    if (pos.length > 1 || !from || typeof from !== 'object')
      giveUp('dict() of something other than a mapping or a list of pairs');
    if (!Array.isArray(from)) return { ...(from as Record<string, unknown>), ...kw };
    const out: Record<string, unknown> = {};
    for (const pair of from) {
      if (!Array.isArray(pair) || pair.length !== 2) giveUp('dict() of a list that is not pairs');
      define(out, String(pair[0]), pair[1]);
    }
    return { ...out, ...kw };
  });
  g('namespace', (...args: unknown[]) => ({ ...splitArgs(args).kw }));
  g('__do', () => '');
  g('__setattr', (o: unknown, k: unknown, v: unknown) => {
    if (o && typeof o === 'object' && safeMember(o, k)) define(o, String(k), v);
    return '';
  });
  g('range', (a: number, b?: number, step = 1) => {
    const [lo, hi] = b === undefined ? [0, a] : [a, b];
    if (!step || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
    const n = Math.ceil((hi - lo) / step);
    if (n > 100_000) giveUp(`range() of ${n} elements`);
    return Array.from({ length: Math.max(0, n) }, (_, i) => lo + i * step);
  });
  g('adapter', {
    dispatch: (...args: unknown[]) => {
      const { pos, kw } = splitArgs(args);
      const name = str(pos[0], 'adapter.dispatch() macro name');
      const ns = pos[1] ?? kw.macro_namespace;
      return dispatch(e, name, ns === undefined || ns === null ? undefined : String(ns));
    },
    quote: (s: unknown) => {
      const q = quoteChar(current().ctx.dialect);
      return `${q}${String(s)}${q}`;
    },
    type: () => current().ctx.dialect,
    get_relation: warehouse('adapter.get_relation()'),
    get_columns_in_relation: warehouse('adapter.get_columns_in_relation()'),
    get_missing_columns: warehouse('adapter.get_missing_columns()'),
  });
  g('api', { Relation: { create: warehouse('api.Relation.create()') } });
  g('modules', {
    pytz: {
      utc: UTC,
      UTC,
      timezone: (name: unknown) => new TimeZone(String(name)),
    },
  });
  g('local_md5', (s: unknown) => `md5_${sanitize(String(s)).slice(0, 32)}`);

  const addTest = (name: string, f: (...a: never[]) => boolean) =>
    (env as unknown as { addTest: (n: string, f: unknown) => void }).addTest(name, f);
  addTest('none', (v: unknown) => v === null || v === undefined);
  addTest('sequence', (v: unknown) => Array.isArray(v) || typeof v === 'string');
  addTest('boolean', (v: unknown) => typeof v === 'boolean');
  addTest('integer', (v: unknown) => Number.isInteger(v));
  addTest('float', (v: unknown) => typeof v === 'number' && !Number.isInteger(v));
  addTest('==', (a: unknown, b: unknown) => a === b);
  addTest('!=', (a: unknown, b: unknown) => a !== b);
  addTest('in', (v: unknown, xs: unknown) => Array.isArray(xs) && xs.includes(v));
  env.addFilter('map', (xs: unknown, ...args: unknown[]) => {
    if (!Array.isArray(xs)) return [];
    const { pos, kw } = splitArgs(args);
    if (kw.attribute !== undefined) {
      // Own data members only (`attribute='constructor'` would hand the template Function).
      const name = String(kw.attribute);
      const pick = (x: unknown): unknown => {
        if (!safeMember(x, name)) return undefined;
        if (typeof x === 'string') return name === 'length' ? x.length : undefined;
        if (x === null || typeof x !== 'object' || !Object.hasOwn(x, name)) return undefined;
        return (x as Record<string, unknown>)[name];
      };
      return xs.map(pick);
    }
    const f = pos[0];
    if (f === 'lower') return xs.map((x) => String(x).toLowerCase());
    if (f === 'upper') return xs.map((x) => String(x).toUpperCase());
    if (f === 'trim') return xs.map((x) => String(x).trim());
    if (f === 'string') return xs.map((x) => String(x));
    giveUp(`the map filter with ${String(f)}`);
  });
  env.addFilter('unique', (xs: unknown) => (Array.isArray(xs) ? [...new Set(xs)] : xs));
  env.addFilter('tojson', (v: unknown) => JSON.stringify(v));
  env.addFilter('as_bool', (v: unknown) => v === true || String(v).toLowerCase() === 'true');
  env.addFilter('as_number', (v: unknown) => Number(v));
  env.addFilter('as_text', (v: unknown) => String(v));
  env.addFilter('as_native', (v: unknown) => v);
  env.addFilter('items', (v: unknown) => (v && typeof v === 'object' ? Object.entries(v) : []));
  env.addFilter('min', (xs: unknown) =>
    Array.isArray(xs) ? xs.reduce((a, b) => (b < a ? b : a)) : xs,
  );
  env.addFilter('max', (xs: unknown) =>
    Array.isArray(xs) ? xs.reduce((a, b) => (b > a ? b : a)) : xs,
  );

  for (const m of DBT_BUILTIN_MACROS) g(m, opaque('dbt', m));
  for (const name of library.macros.keys()) if (!STUBBED.has(name)) g(name, projectMacro(e, name));
  return e;
}

/**
 * `run_started_at`: a fixed instant (2000-01-01 00:00:00 UTC, a Saturday), so both commits of a
 * diff render alike. `strftime` takes Python's format codes; an unknown code stays as written.
 */
const STRFTIME: Readonly<Record<string, string>> = {
  Y: '2000',
  y: '00',
  m: '01',
  d: '01',
  e: ' 1',
  H: '00',
  I: '12',
  M: '00',
  S: '00',
  f: '000000',
  j: '001',
  B: 'January',
  b: 'Jan',
  h: 'Jan',
  A: 'Saturday',
  a: 'Sat',
  p: 'AM',
  z: '+0000',
  Z: 'UTC',
  w: '6',
  u: '6',
  U: '00',
  W: '00',
  V: '52',
  G: '1999',
  F: '2000-01-01',
  D: '01/01/00',
  T: '00:00:00',
  '%': '%',
};
/** A time zone of `modules.pytz`: only UTC is known (run_started_at in another zone is unknown). */
class TimeZone {
  constructor(readonly zone: string) {}
  toString(): string {
    return this.zone;
  }
}
const UTC_NAMES: ReadonlySet<string> = new Set([
  'UTC',
  'Etc/UTC',
  'GMT',
  'Etc/GMT',
  'Universal',
  'Zulu',
]);
const UTC = new TimeZone('UTC');

const RUN_STARTED_AT: Record<string, unknown> = {
  toString: () => '2000-01-01 00:00:00+00:00',
  astimezone: (tz: unknown) => {
    if (tz instanceof TimeZone && UTC_NAMES.has(tz.zone)) return RUN_STARTED_AT;
    giveUp(`run_started_at.astimezone(${String(tz).slice(0, 60)}): only UTC is known`);
  },
  tzinfo: UTC,
  strftime: (fmt: unknown) =>
    String(fmt ?? '').replace(/%(.)/gs, (m, c: string) =>
      Object.hasOwn(STRFTIME, c) ? (STRFTIME[c] as string) : m,
    ),
  isoformat: () => '2000-01-01T00:00:00+00:00',
  timestamp: () => 946684800,
  year: 2000,
  month: 1,
  day: 1,
  hour: 0,
  minute: 0,
  second: 0,
  microsecond: 0,
};

/** How deeply vars' Jinja values may refer to other vars with Jinja values. */
const MAX_VAR_DEPTH = 8;
const MAX_VAR_TEMPLATES = 256;

/**
 * dbt renders a var's value when it is a string with Jinja in it (`{{ run_started_at.strftime(
 * "%Y") }}` in dbt_project.yml), with the calling model's context, each time `var()` reads it.
 * The same here; a var that refers to itself, nesting past MAX_VAR_DEPTH, or a value that does
 * not render makes the model unknown (raw Jinja is never inserted).
 */
function renderVar(e: Env, name: string, value: unknown): unknown {
  if (typeof value !== 'string' || !/\{[{%#]/.test(value)) return value;
  const s = current();
  if (s.varStack.includes(name))
    giveUp(`var('${name}') refers to itself: ${[...s.varStack, name].join(' → ')}`);
  if (s.varStack.length >= MAX_VAR_DEPTH)
    giveUp(`var('${name}'): vars with Jinja values nest deeper than ${MAX_VAR_DEPTH}`);
  s.varStack.push(name);
  try {
    let tmpl = e.varTemplates.get(value);
    if (!tmpl) {
      tmpl = new nunjucks.Template(preprocessJinja(value), e.env, `var:${name}`, true);
      if (e.varTemplates.size >= MAX_VAR_TEMPLATES) e.varTemplates.clear();
      e.varTemplates.set(value, tmpl);
    }
    return tmpl.render(s.templateVars);
  } catch (err) {
    if (s.unknown !== undefined) throw err;
    giveUp(`var('${name}') has a Jinja value that does not render: ${firstLine(err)}`);
  } finally {
    s.varStack.pop();
  }
}

function dispatch(e: Env, name: string, ns: string | undefined): unknown {
  const s = current();
  const d = s.ctx.dialect;
  const chain: string[] = [d];
  if (d === 'redshift') chain.push('postgres');
  if (d === 'databricks') chain.push('spark');
  chain.push('default');
  for (const prefix of chain) {
    const m = `${prefix}__${name}`;
    if (e.library.macros.has(m)) return projectMacro(e, m);
  }
  if (e.library.macros.has(name) && (ns === undefined || ns === s.ctx.projectName)) {
    // dbt falls back to the bare name only through the default__ implementation; a project
    // defining only `name` and dispatching to it is a loop in dbt, so do not follow it.
    giveUp(`adapter.dispatch('${name}') has no ${d}__ or default__ implementation in the project`);
  }
  return opaque(ns ?? 'dbt', name);
}

function projectMacro(e: Env, name: string): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => {
    tick();
    let fn = e.compiled.get(name);
    if (!fn) {
      const def = e.library.macros.get(name);
      if (!def) giveUp(`macro ${name} is not defined`);
      let exported: Record<string, unknown> | undefined;
      try {
        const tmpl = new nunjucks.Template(
          preprocessJinja(def.source),
          e.env,
          `macro:${name}`,
          true,
        );
        (
          tmpl as unknown as {
            getExported: (c: object, cb: (e: unknown, x: unknown) => void) => void;
          }
        ).getExported({}, (err: unknown, ex: unknown) => {
          if (err) throw err;
          exported = ex as Record<string, unknown>;
        });
      } catch (err) {
        giveUp(`macro ${name} (${def.file}) does not compile: ${firstLine(err)}`);
      }
      const f = exported?.[name];
      if (typeof f !== 'function') giveUp(`macro ${name} (${def.file}) does not compile`);
      fn = f as (...args: unknown[]) => unknown;
      e.compiled.set(name, fn);
    }
    try {
      return fn(...args);
    } catch (err) {
      if (err instanceof ReturnSignal) return err.value;
      const cause = findReturn(err);
      if (cause) return cause.value;
      throw err;
    }
  };
}

function findReturn(err: unknown): ReturnSignal | undefined {
  for (let x: unknown = err, i = 0; x && i < 5; i++) {
    if (x instanceof ReturnSignal) return x;
    x = (x as { cause?: unknown }).cause;
  }
  return undefined;
}

function firstLine(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return (m.split('\n').find((l) => l.trim() && !l.startsWith('(')) ?? m).trim().slice(0, 200);
}

/** Identifiers used as `name.member(` in the text: candidates for package namespaces. */
const NS_CALL = /\b([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\s*\(/g;
const NOT_NAMESPACES = new Set([
  'adapter',
  'config',
  'exceptions',
  'api',
  'modules',
  'var',
  'loop',
  'caller',
  'this',
  'target',
  'model',
  'flags',
  'run_started_at',
  'self',
]);

function addNamespaces(e: Env, text: string): void {
  NS_CALL.lastIndex = 0;
  for (let m = NS_CALL.exec(text); m; m = NS_CALL.exec(text)) {
    const ns = m[1] as string;
    if (e.namespaces.has(ns) || NOT_NAMESPACES.has(ns)) continue;
    if ((e.env as unknown as { globals: Record<string, unknown> }).globals[ns] !== undefined)
      continue;
    e.namespaces.add(ns);
    e.env.addGlobal(ns, namespaceProxy(e, ns));
  }
}

function namespaceProxy(e: Env, ns: string): object {
  return new Proxy(
    {},
    {
      get(_t, prop) {
        if (typeof prop !== 'string') return undefined;
        const s = state;
        if (s && ns === s.ctx.projectName && e.library.macros.has(prop))
          return projectMacro(e, prop);
        if (ns === 'dbt' || ns === 'dbt_utils' || !e.library.macros.has(prop))
          return opaque(ns, prop);
        return opaque(ns, prop);
      },
    },
  );
}

/**
 * Render one model. Never throws: a failure is `{ unknown: reason }`.
 */
export function renderModel(sql: string, ctx: RenderContext): RenderResult {
  const library = ctx.macros ?? EMPTY;
  let e = envs.get(library);
  if (!e) {
    e = makeEnv(library);
    envs.set(library, e);
    for (const def of library.macros.values()) addNamespaces(e, def.source);
  }
  addNamespaces(e, sql);
  const s: RenderState = {
    ctx,
    relations: {},
    relationKeys: new Map(),
    config: {},
    deadline: Date.now() + (ctx.budgetMs ?? 2000),
    steps: 0,
    templateVars: {},
    varStack: [],
  };
  const prev = state;
  state = s;
  try {
    const quote = quoteChar(ctx.dialect);
    const self = new Relation(`ref__${sanitize(ctx.model)}`, quote);
    s.relations[self.identifier] = { kind: 'this', name: ctx.model };
    const vars = {
      this: self,
      target: {
        name: 'ci',
        type: ctx.dialect,
        schema: 'ci',
        database: 'ci',
        dataset: 'ci',
        project: 'ci',
        profile_name: 'ci',
        threads: 1,
      },
      model: {
        name: ctx.model,
        unique_id: `model.${ctx.projectName ?? 'project'}.${ctx.model}`,
        config: s.config,
      },
      project_name: ctx.projectName ?? 'project',
    };
    s.templateVars = vars;
    let out: string;
    try {
      const tmpl = new nunjucks.Template(preprocessJinja(sql), e.env, `model:${ctx.model}`, true);
      out = tmpl.render(vars);
    } catch (err) {
      if (s.unknown !== undefined) return { unknown: s.unknown };
      const r = findReturn(err);
      if (r) return { unknown: 'return() outside a macro' };
      return { unknown: `Jinja: ${firstLine(err)}` };
    }
    if (s.unknown !== undefined) return { unknown: s.unknown };
    const max = ctx.maxChars ?? 1_000_000;
    if (out.length > max) return { unknown: `rendered SQL is longer than ${max} characters` };
    if (!s.relations[self.identifier] || !out.includes(self.identifier)) {
      delete s.relations[self.identifier];
    }
    return { sql: out, relations: s.relations, config: s.config };
  } finally {
    state = prev;
  }
}

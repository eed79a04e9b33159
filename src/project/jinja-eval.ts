/**
 * A small, bounded Jinja evaluator for finding what a dbt model reads (pure; never throws out).
 *
 * It runs a parsed template with dbt's parse-time context stubbed: `ref` / `source` record what
 * they are given, `var` reads the project's vars, `config` records its arguments, project macros
 * run with their arguments and defaults bound (results cached per macro and arguments), and
 * everything else (`target`, `this`, `execute`, `is_incremental()`, `run_query`, package macros)
 * is UNKNOWN. An `{% if %}` whose condition is UNKNOWN takes every branch; a `{% for %}` over an
 * UNKNOWN iterable runs its body once with UNKNOWN loop variables. A `ref` / `source` whose
 * arguments stay UNKNOWN is reported (dynamic reference). Work is capped by a step budget (charged
 * by the size of what is built, copied or scanned, not only per node), a nesting depth, a macro
 * call depth and a string length, so hostile input ends with a located problem, not a hang, a
 * stack overflow or an exhausted heap.
 */
import type { Expr, Param, TNode } from './jinja-parse.js';
import { MAX_DEPTH } from './jinja-parse.js';

export const UNKNOWN: { readonly unknown: true } = Object.freeze({ unknown: true as const });
type Unknown = typeof UNKNOWN;

export class Dict {
  constructor(readonly m: Map<string, Value> = new Map()) {}
}
export interface Fn {
  fn: (args: Value[], kwargs: Map<string, Value>, site: Site) => Value;
  attr?: (name: string) => Value | undefined;
  literalRef?: boolean;
}
export class Relation {
  constructor(readonly label: string) {}
}
export type Value = string | number | boolean | null | Value[] | Dict | Fn | Relation | Unknown;

function isFn(v: Value): v is Fn {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'fn' in v;
}

export interface RefRequest {
  kind: 'ref' | 'source';
  /** ref: [package?, name]; source: [source, table] */
  args: string[];
  version?: string;
  provenance: 'sql' | 'jinja' | 'macro';
  line: number;
}

export interface DynProblem {
  file: string;
  line: number;
  message: string;
  /** A limit was reached (work, size, nesting): references past it are not known at all. */
  incomplete?: true;
}

export interface MacroDef {
  id: string;
  name: string;
  project: string;
  file: string;
  node: Extract<TNode, { t: 'macro' }>;
}

export interface EvalHost {
  /** A macro visible from `project` (own macros first), or from the package named. */
  macro(project: string, name: string, pkg?: string): MacroDef | undefined;
  /** Every `<adapter>__name` / `default__name` implementation visible from `project`. */
  dispatch(project: string, name: string, pkg?: string): MacroDef[];
  /** A project (or package) name known in the repository. */
  isProject(name: string): boolean;
  var(project: string, name: string): Value | undefined;
}

export interface EvalResult {
  refs: RefRequest[];
  problems: DynProblem[];
  config: Map<string, Value>;
  aborted: boolean;
  /** Every question the evaluation asked the host, with its answer (see `Deps`). */
  deps: Deps;
}

/**
 * What an evaluation asked the host and was answered: its result is a function of its template,
 * file, project, local macros and these answers. A nested array is a macro call's own (shared by
 * every evaluation that reused the call's cached result). Another scan that gives the same
 * answers (`validDeps`) may reuse the result instead of evaluating again.
 */
export type Dep =
  | { k: 'macro'; project: string; name: string; pkg?: string; def: MacroDef | undefined }
  | { k: 'dispatch'; project: string; name: string; pkg?: string; defs: MacroDef[] }
  | { k: 'project'; name: string; is: boolean }
  | { k: 'var'; project: string; name: string; value: Value | undefined };
export type Deps = (Dep | Deps)[];

/** The same macro: same id, same parsed body (a shared parse: same blob), same file. */
export function sameMacro(a: MacroDef | undefined, b: MacroDef | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.id === b.id &&
    a.node === b.node &&
    a.file === b.file &&
    a.project === b.project &&
    a.name === b.name
  );
}

/** Whether `host` answers every question of `deps` as it was answered (memo: per host). */
export function validDeps(deps: Deps, host: EvalHost, memo: Map<Deps, boolean>): boolean {
  const known = memo.get(deps);
  if (known !== undefined) return known;
  let ok = true;
  for (const d of deps) {
    if (Array.isArray(d)) ok = validDeps(d, host, memo);
    else if (d.k === 'macro') ok = sameMacro(host.macro(d.project, d.name, d.pkg), d.def);
    else if (d.k === 'dispatch') {
      const now = dispatchOf(host, d.project, d.name, d.pkg);
      ok = now.length === d.defs.length && now.every((m, i) => sameMacro(m, d.defs[i]));
    } else if (d.k === 'project') ok = host.isProject(d.name) === d.is;
    else ok = sameValue(host.var(d.project, d.name), d.value, 0, { left: 100_000 });
    if (!ok) break;
  }
  memo.set(deps, ok);
  return ok;
}

/** Deep equality; `false` past the budget (a value shared many times over is not re-walked). */
function sameValue(
  a: Value | undefined,
  b: Value | undefined,
  depth: number,
  budget: { left: number },
): boolean {
  if (--budget.left < 0) return false;
  if (a === b) return true;
  if (depth > 20 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return false;
  if (Array.isArray(a))
    return (
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameValue(x, b[i]!, depth + 1, budget))
    );
  if (a instanceof Dict) {
    if (!(b instanceof Dict) || a.m.size !== b.m.size) return false;
    for (const [k, x] of a.m)
      if (!b.m.has(k) || !sameValue(x, b.m.get(k), depth + 1, budget)) return false;
    return true;
  }
  return false;
}

/**
 * `host.dispatch`, asked once per question for the life of the host (the host answers the same
 * during a scan): a hostile loop of `adapter.dispatch` calls does not rescan the macros each turn.
 */
const dispatchMemo = new WeakMap<EvalHost, Map<string, MacroDef[]>>();
function dispatchOf(host: EvalHost, project: string, name: string, pkg?: string): MacroDef[] {
  let memo = dispatchMemo.get(host);
  if (!memo) dispatchMemo.set(host, (memo = new Map()));
  const key = keyOf(project, name, pkg);
  let defs = memo.get(key);
  if (!defs) memo.set(key, (defs = host.dispatch(project, name, pkg)));
  return defs;
}

interface Site {
  line: number;
}

class Abort extends Error {}
class ReturnSignal {
  constructor(readonly value: Value) {}
}

/** `{% break %}` / `{% continue %}` (dbt turns Jinja's loop controls on): ends a loop's turn. */
class LoopSignal {
  constructor(readonly kind: 'break' | 'continue') {}
}

/**
 * An injective key of a few strings (length-prefixed: no separator a name could hold makes two
 * different questions one).
 */
function keyOf(...parts: (string | number | undefined)[]): string {
  let key = '';
  for (const part of parts)
    key += part === undefined ? '-|' : `${String(part).length}:${String(part)}|`;
  return key;
}

/**
 * What an evaluation (or a macro call) found. Past `REC_DEDUP` entries each reference and problem
 * is kept once (a loop calling a macro of many refs stays bounded); below it, as found — most
 * records are a few entries, and keying every one cost a diff ~5%.
 */
const REC_DEDUP = 64;
class Rec {
  readonly refs: RefRequest[] = [];
  readonly problems: DynProblem[] = [];
  private seen: Set<string> | undefined;
  private static refKey(r: RefRequest): string {
    return keyOf('r', r.kind, r.args.length, ...r.args, r.version, r.provenance, r.line);
  }
  private static problemKey(p: DynProblem): string {
    return keyOf('p', p.file, p.line, p.message);
  }
  /** Whether `key` is new, once the record is large enough to be keyed. */
  private fresh(key: () => string): boolean {
    if (!this.seen) {
      if (this.refs.length + this.problems.length < REC_DEDUP) return true;
      this.seen = new Set();
      for (const r of this.refs) this.seen.add(Rec.refKey(r));
      for (const p of this.problems) this.seen.add(Rec.problemKey(p));
    }
    const k = key();
    if (this.seen.has(k)) return false;
    this.seen.add(k);
    return true;
  }
  addRef(r: RefRequest): void {
    if (this.fresh(() => Rec.refKey(r))) this.refs.push(r);
  }
  addProblem(p: DynProblem): void {
    if (this.fresh(() => Rec.problemKey(p))) this.problems.push(p);
  }
}

/**
 * Charges work that is not one step per node: `items` elements touched (copied, compared,
 * sorted, scanned) and `chars` characters of a string built — which also caps the string's
 * length (past MAX_STRING the evaluation is given up).
 */
interface Meter {
  items(n: number): void;
  chars(n: number): void;
  /**
   * A concatenation of strings `a` and `b` long: the result's length is capped, the work charged
   * is the shorter part's (V8 joins strings without copying the longer one, so an accumulator
   * `{% set s = s ~ piece %}` costs its pieces, not its length at every turn).
   */
  concat(a: number, b: number): void;
  /**
   * Before a dict that may predate the current branch is changed: inside a branch that may not
   * run (an undecided `if`, a loop over what is not known) its state is kept, so the branches'
   * changes can be merged as the scope's names are. Lists are not kept (see `touch`).
   */
  touch(o: Dict): void;
}

interface CacheEntry {
  value: Value;
  rec: Rec;
  cacheable: boolean;
  deps: Deps;
}

const MAX_STEPS = 400_000;
const MAX_CALL_DEPTH = 40;
const MAX_OUTPUT = 1_000_000;
const MAX_ITEMS = 100_000;
/** A dict put back as it was. */
function restore(o: Dict, was: Map<string, Value>): void {
  o.m.clear();
  for (const [k, v] of was) o.m.set(k, v);
}

/** A list past MAX_ITEMS: given up (reported as incomplete), never silently cut. */
function tooManyItems(): never {
  throw new Abort(`Jinja builds a list longer than ${MAX_ITEMS} items`);
}
/** The longest string the evaluator builds (characters). */
const MAX_STRING = 1_000_000;
/** Elements touched (copied, compared, hashed) per step. */
const ITEMS_PER_STEP = 16;
/** Characters built per step. */
const CHARS_PER_STEP = 128;
/** Nested expression / template levels evaluated at once (the JavaScript stack's guard). */
const MAX_NEST = 600;
/** A template level counts as this many expression levels (its JavaScript frames are larger). */
const RENDER_NEST = 2;
/** Macro results kept (values' nodes, references, key characters) across a scan. */
const MAX_CACHE_WEIGHT = 4_000_000;
/** A dispatch question new to the host (which may look through every macro to answer it). */
const DISPATCH_STEPS = 50;
/** The longest cache key (characters): a call with larger arguments is not cached. */
const MAX_KEY = 20_000;

/**
 * The names visible at one level: its own, then its parent's. A `{% for %}` turn, an `{% if %}`
 * branch or a `{% call %}` body gets a child scope (what it sets stays in it) instead of a copy
 * of every name: a long loop after many `{% set %}` costs each turn, not each name.
 */
class Scope {
  readonly own = new Map<string, Value>();
  constructor(readonly parent?: Scope) {}
  get(name: string): Value | undefined {
    const v = this.own.get(name);
    if (v !== undefined) return v;
    for (let s = this.parent; s; s = s.parent) {
      const w = s.own.get(name);
      if (w !== undefined) return w;
    }
    return undefined;
  }
  set(name: string, v: Value): void {
    this.own.set(name, v);
  }
}

/** One evaluator per scan: it owns the macro-result cache, shared by every model. */
export class Evaluator {
  private cache = new Map<string, CacheEntry>();
  private cacheWeight = 0;
  private steps = 0;
  private depth = 0;
  private nest = 0;
  private rec = new Rec();
  private deps: Deps = [];
  private file = '';
  private project = '';
  private inMacro = 0;
  private topLine = 0;
  private uncacheable = false;
  private config = new Map<string, Value>();
  private localMacros = new Map<string, MacroDef>();

  /** Steps of every evaluation so far (see `totalSteps`). */
  private spent = 0;

  /**
   * `record`: keep the questions asked of the host in each result's `deps` (for reuse).
   * `totalSteps`: the work of every evaluation together (a file's own budget bounds one file;
   * this bounds a commit of many small files that each spend theirs).
   */
  constructor(
    private host: EvalHost,
    private record = true,
    private totalSteps = Infinity,
  ) {}

  /** Evaluates a model / snapshot body (or an exposure's depends_on expressions). */
  run(
    nodes: TNode[],
    file: string,
    project: string,
    localMacros: Map<string, MacroDef>,
  ): EvalResult {
    this.steps = 0;
    this.depth = 0;
    this.nest = 0;
    this.inMacro = 0;
    this.topLine = 0;
    this.returnTainted = false;
    this.uncacheable = false;
    this.macroProject = '';
    this.currentMacroFile = '';
    this.currentMacroName = '';
    this.file = file;
    this.project = project;
    this.rec = new Rec();
    this.deps = [];
    this.config = new Map();
    this.localMacros = localMacros;
    let aborted = false;
    try {
      this.render(nodes, new Scope(), 0);
    } catch (error) {
      if (!(error instanceof ReturnSignal)) {
        // Abort; or what must never get out of here (a stack overflow, a string or array too
        // long for the engine, a bug): the same located give-up
        aborted = true;
        const why =
          error instanceof Abort
            ? error.message
            : error instanceof LoopSignal
              ? `{% ${error.kind} %} outside a loop`
              : error instanceof RangeError
                ? `Jinja too large or too deeply nested to evaluate (${error.message})`
                : `Jinja that could not be evaluated (${String(error)})`;
        this.rec.addProblem({
          file,
          line: Math.max(1, this.topLine),
          message: `${why}; references after this point are not followed`,
          incomplete: true,
        });
      }
    }
    this.spentByFile.set(file, (this.spentByFile.get(file) ?? 0) + this.steps);
    return {
      refs: this.rec.refs,
      problems: this.rec.problems,
      config: this.config,
      aborted,
      deps: this.deps,
    };
  }

  evalExpr(e: Expr, file: string, project: string): EvalResult {
    return this.run([{ t: 'out', e, line: e.line }], file, project, new Map());
  }

  // -------------------------------------------------------------------------------------------

  private tick(): void {
    if (++this.steps > MAX_STEPS || ++this.spent > this.totalSteps) this.overBudget();
  }
  private charge(steps: number): void {
    this.steps += steps;
    this.spent += steps;
    if (this.steps > MAX_STEPS || this.spent > this.totalSteps) this.overBudget();
  }
  private overBudget(): never {
    if (this.steps > MAX_STEPS) throw new Abort('too much Jinja to evaluate');
    // the model given up here is not the one to blame: name the files that spent the most
    if (!this.spenders) {
      // once: every model left after this is given up at its first step
      const spent = new Map(this.spentByFile);
      spent.set(this.file, (spent.get(this.file) ?? 0) + this.steps);
      this.spenders = [...spent]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 3)
        .map(([file]) => file);
    }
    throw new Abort(
      `the commit's Jinja has used up the work budget of the whole scan${
        this.spenders.length ? ` (spent most by ${this.spenders.join(', ')})` : ''
      }`,
    );
  }
  /** Steps spent by each file evaluated, and the top spenders once the scan's budget is out. */
  private spentByFile = new Map<string, number>();
  private spenders: string[] | undefined;
  private readonly meter: Meter = {
    touch: (o) => this.touch(o),
    items: (n) => this.charge(n / ITEMS_PER_STEP),
    concat: (a, b) => {
      if (a + b > MAX_STRING)
        throw new Abort(`Jinja builds a string longer than ${MAX_STRING} characters`);
      this.charge(Math.min(a, b) / CHARS_PER_STEP);
    },
    chars: (n) => {
      if (n > MAX_STRING)
        throw new Abort(`Jinja builds a string longer than ${MAX_STRING} characters`);
      this.charge(n / CHARS_PER_STEP);
    },
  };
  /**
   * One more level of nesting (an expression: 1, a template: RENDER_NEST), left by the caller;
   * too deep is given up, well before the JavaScript stack would overflow.
   */
  private enter(units: number): void {
    if (this.nest + units > MAX_NEST)
      throw new Abort(`Jinja nested too deeply to evaluate (macros, blocks and expressions)`);
    this.nest += units;
  }

  /**
   * Renders nodes; returns the text, or UNKNOWN when any part of it is (or when it is longer
   * than MAX_OUTPUT: not built).
   */
  private render(nodes: TNode[], scope: Scope, level: number): string | Unknown {
    if (level > MAX_DEPTH) throw new Abort(`Jinja nested deeper than ${MAX_DEPTH} levels`);
    this.enter(RENDER_NEST);
    try {
      return this.renderNodes(nodes, scope, level);
    } finally {
      this.nest -= RENDER_NEST;
    }
  }

  private renderNodes(nodes: TNode[], scope: Scope, level: number): string | Unknown {
    const out: string[] = [];
    let size = 0;
    let unknown = false;
    const emit = (v: string | Unknown) => {
      if (unknown) return;
      if (v === UNKNOWN || size + (v as string).length > MAX_OUTPUT) {
        unknown = true;
        out.length = 0;
      } else {
        out.push(v as string);
        size += (v as string).length;
      }
    };
    for (const n of nodes) {
      this.tick();
      if (this.inMacro === 0 && n.t !== 'text') this.topLine = n.line;
      switch (n.t) {
        case 'text':
          emit(n.s);
          break;
        case 'out':
          emit(this.str(this.ev(n.e, scope)));
          break;
        case 'set': {
          const v = this.ev(n.e, scope);
          if (n.attr !== null) {
            const target = scope.get(n.names[0]!) ?? this.lookupGlobal(n.names[0]!);
            if (target instanceof Dict) {
              this.touch(target);
              target.m.set(n.attr, v);
            }
          } else if (n.names.length === 1) scope.set(n.names[0]!, v);
          else
            n.names.forEach((name, i) =>
              scope.set(name, Array.isArray(v) ? (v[i] ?? UNKNOWN) : UNKNOWN),
            );
          break;
        }
        case 'setblock':
          scope.set(n.name, this.render(n.body, scope, level + 1));
          break;
        case 'do':
          this.ev(n.e, scope);
          break;
        case 'stmt':
          if (n.tag === 'break' || n.tag === 'continue') {
            // what this turn rendered so far is lost with it: the loop's text is not known
            throw new LoopSignal(n.tag);
          }
          for (const e of n.exprs) this.ev(e, scope);
          break;
        case 'if':
          emit(this.runIf(n, scope, level));
          break;
        case 'for':
          emit(this.runFor(n, scope, level));
          break;
        case 'macro':
          // defined, not run; visible to the rest of the file
          if (!this.localMacros.has(n.name))
            scope.set(
              n.name,
              this.macroFn({ id: '', name: n.name, project: '', file: this.file, node: n }),
            );
          break;
        case 'callblock': {
          const body = n.body;
          const params = n.params;
          const caller: Fn = {
            fn: (args, kwargs) => {
              const s = new Scope(scope);
              this.bind(params, args, kwargs, s);
              return this.render(body, s, level + 1);
            },
          };
          const v = this.ev(n.call, scope, caller);
          emit(this.str(v));
          break;
        }
        case 'block':
          if (
            n.tag === 'snapshot' ||
            n.tag === 'filter' ||
            n.tag === 'with' ||
            n.tag === 'block' ||
            n.tag === 'autoescape'
          )
            emit(this.render(n.body, new Scope(scope), level + 1));
          break;
      }
    }
    if (unknown) return UNKNOWN;
    this.meter.chars(size);
    return out.join('');
  }

  private runIf(n: Extract<TNode, { t: 'if' }>, scope: Scope, level: number): string | Unknown {
    const undecided: TNode[][] = [];
    for (const b of n.branches) {
      const c = truthy(this.ev(b.c, scope));
      if (c === true && undecided.length === 0) return this.render(b.body, scope, level + 1);
      if (c === true) {
        undecided.push(b.body);
        return this.union(undecided, scope, level);
      }
      if (c === undefined) undecided.push(b.body);
    }
    if (undecided.length === 0) return n.els ? this.render(n.els, scope, level + 1) : '';
    undecided.push(n.els ?? []);
    return this.union(undecided, scope, level);
  }

  /** Runs every branch from the same scope; names they set differently become UNKNOWN. */
  /** What dicts and lists were before the open branches changed them (innermost last). */
  /** What dicts were before the open branches changed them (innermost last). */
  private journals: Map<Dict, Map<string, Value>>[] = [];
  // Lists are not kept: left changed, with the items of every branch in order, a loop over them
  // sees every item a branch may add — the pattern real projects use to build their refs
  // (`{% if var(…) %}{% do names.extend([…]) %}{% endif %}`), where unknown would lose them.
  private touch(o: Dict): void {
    for (const journal of this.journals)
      if (!journal.has(o)) {
        this.meter.items(o.m.size);
        journal.set(o, new Map(o.m));
      }
  }

  /**
   * Runs branches of which any or none may run: each from the same state of the dicts and lists
   * it changes (restored after it), then each of those set as all branches left it when they
   * agree (by identity), else unknown — a namespace set in an undecided branch is not taken as
   * set.
   */
  private branches(runs: (() => void)[]): void {
    // most branches change no dict: nothing is kept for them
    let before: Map<Dict, Map<string, Value>> | undefined;
    const after: (Map<Dict, Map<string, Value>> | undefined)[] = [];
    for (const run of runs) {
      const journal = new Map<Dict, Map<string, Value>>();
      this.journals.push(journal);
      let left: Map<Dict, Map<string, Value>> | undefined;
      try {
        run();
      } finally {
        // also when a branch is given up: what it changed is put back (the merge below is then
        // not reached; the evaluation ends)
        this.journals.pop();
        for (const [o, was] of journal) {
          this.meter.items(2 * o.m.size);
          (left ??= new Map()).set(o, new Map(o.m));
          if (!(before ??= new Map()).has(o)) before.set(o, was);
          restore(o, was);
        }
      }
      after.push(left);
    }
    if (!before) return;
    for (const [o, was] of before) {
      this.touch(o); // an enclosing branch keeps its own state of it
      const states = after.map((left) => left?.get(o) ?? was);
      const keys = new Set<string>();
      for (const st of states) for (const k of st.keys()) keys.add(k);
      this.meter.items(keys.size * states.length);
      o.m.clear();
      for (const k of keys) {
        const first = states[0]!.get(k);
        const same = states.every((st) => st.get(k) === first);
        o.m.set(k, same && first !== undefined ? first : UNKNOWN);
      }
    }
  }

  private union(bodies: TNode[][], scope: Scope, level: number): Unknown {
    // each branch runs on its own copy: `scope` itself stays as it was until the end
    const results: Scope[] = [];
    this.branches(
      bodies.map((body) => () => {
        const s = new Scope(scope);
        results.push(s);
        // a break in a branch that may not run: the loop's later turns may not run (see runFor)
        this.mayRender(
          () => this.render(body, s, level + 1),
          (signal) => {
            if (signal.kind === 'break') this.maybeBreaks++;
          },
        );
      }),
    );
    // what a branch set is in its own names (its child scope's)
    const names = new Set<string>();
    for (const s of results)
      s.own.forEach((v, k) => {
        if (scope.get(k) !== v) names.add(k);
      });
    this.meter.items(names.size);
    for (const k of names) {
      const first = results[0]!.get(k);
      const same = results.every((s) => s.get(k) === first);
      scope.set(k, same && first !== undefined ? first : UNKNOWN);
    }
    return UNKNOWN;
  }

  private runFor(n: Extract<TNode, { t: 'for' }>, scope: Scope, level: number): string | Unknown {
    const it = this.ev(n.iter, scope);
    const items = iterate(it, this.meter);
    if (items === undefined) {
      const s = new Scope(scope);
      for (const name of n.names) s.set(name, UNKNOWN);
      s.set('loop', UNKNOWN);
      if (n.cond) this.ev(n.cond, s);
      // the body may run, any number of times, or not at all; then the else may
      this.branches([
        () => this.mayRender(() => this.render(n.body, s, level + 1)),
        () => {
          if (n.els) this.mayRender(() => this.render(n.els!, new Scope(scope), level + 1));
        },
      ]);
      return UNKNOWN;
    }
    const out: string[] = [];
    let size = 0;
    let unknown = false;
    const bind = (s: Scope, item: Value) => {
      if (n.names.length === 1) s.set(n.names[0]!, item);
      else
        n.names.forEach((name, i) =>
          s.set(name, Array.isArray(item) ? (item[i] ?? UNKNOWN) : UNKNOWN),
        );
    };
    let kept = items;
    /** Per kept item: its `if` filter was not known, so its turn may not run. */
    const maybe: boolean[] = [];
    if (n.cond) {
      kept = [];
      for (const item of items) {
        const s = new Scope(scope);
        bind(s, item);
        const c = truthy(this.ev(n.cond, s));
        if (c === undefined) unknown = true;
        if (c !== false) {
          kept.push(item);
          maybe.push(c === undefined);
        }
      }
    }
    // the text of every turn, while known and no longer than MAX_OUTPUT
    const emit = (r: string | Unknown) => {
      if (unknown) return;
      if (r === UNKNOWN || size + (r as string).length > MAX_OUTPUT) {
        unknown = true;
        out.length = 0;
      } else {
        out.push(r as string);
        size += (r as string).length;
      }
    };
    /** One turn; the loop control that ended it, if any. */
    const turn = (i: number): LoopSignal['kind'] | undefined => {
      this.tick();
      const s = new Scope(scope);
      bind(s, kept[i]!);
      s.set('loop', loopDict(i, kept.length, unknown));
      try {
        emit(this.render(n.body, s, level + 1));
        return undefined;
      } catch (error) {
        if (!(error instanceof LoopSignal)) throw error;
        emit(UNKNOWN);
        return error.kind;
      }
    };
    // Turns from `from` on. A turn that may not run (its filter not known), or after which the
    // loop may have been broken (a `{% break %}` in a branch that may not run), makes every turn
    // after it one that may not run either: run as a branch beside none.
    // Once the rest is such a branch, it runs to its end (or a certain break) without nesting
    // again: "all the rest" beside "none of it" already makes what they leave different unknown.
    const turns = (from: number, inRest: boolean): void => {
      for (let i = from; i < kept.length; i++) {
        const breaks = this.maybeBreaks;
        if (maybe[i]) {
          emit(UNKNOWN);
          this.branches([
            () => {
              if (turn(i) === 'break') this.maybeBreaks++;
            },
            () => {},
          ]);
        } else if (turn(i) === 'break') return;
        if (!inRest && this.maybeBreaks !== breaks) {
          this.branches([() => turns(i + 1, true), () => {}]);
          return;
        }
      }
    };
    const outerBreaks = this.maybeBreaks;
    turns(0, false);
    this.maybeBreaks = outerBreaks; // a break of this loop is not one of the loop around it
    if (kept.length === 0 && n.els) emit(this.render(n.els, new Scope(scope), level + 1));
    if (unknown) return UNKNOWN;
    this.meter.chars(size);
    return out.join('');
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  private ev(e: Expr, scope: Scope, caller?: Fn): Value {
    this.tick();
    this.enter(1);
    try {
      return this.evNode(e, scope, caller);
    } finally {
      this.nest--;
    }
  }

  private evNode(e: Expr, scope: Scope, caller?: Fn): Value {
    switch (e.t) {
      case 'lit':
        return e.v;
      case 'name': {
        const v = scope.get(e.n);
        if (v !== undefined) return v;
        return this.lookupGlobal(e.n);
      }
      case 'list': {
        const out: Value[] = [];
        for (const x of e.items) out.push(this.ev(x, scope));
        this.meter.items(out.length);
        return out;
      }
      case 'dict': {
        const d = new Dict();
        for (const [k, v] of e.entries) {
          const key = this.ev(k, scope);
          const val = this.ev(v, scope);
          if (typeof key === 'string' || typeof key === 'number') d.m.set(String(key), val);
        }
        this.meter.items(d.m.size);
        return d;
      }
      case 'attr':
        return getAttr(this.meter, this.ev(e.obj, scope), e.n);
      case 'index': {
        const o = this.ev(e.obj, scope);
        const k = this.ev(e.key, scope);
        return getIndex(o, k);
      }
      case 'slice':
        this.ev(e.obj, scope);
        return UNKNOWN;
      case 'call':
        return this.call(e, scope, caller);
      case 'filter':
        return this.filter(e, scope);
      case 'test':
        return this.test(e, scope);
      case 'not': {
        const t = truthy(this.ev(e.e, scope));
        return t === undefined ? UNKNOWN : !t;
      }
      case 'neg': {
        const v = this.ev(e.e, scope);
        return typeof v === 'number' ? -v : UNKNOWN;
      }
      case 'cond': {
        const c = truthy(this.ev(e.c, scope));
        if (c === true) return this.ev(e.a, scope);
        if (c === false) return e.b ? this.ev(e.b, scope) : '';
        // either side may run: what they change is merged like an undecided if's branches
        this.branches([
          () => void this.maybe(() => this.ev(e.a, scope)),
          () => void (e.b ? this.maybe(() => this.ev(e.b!, scope)) : undefined),
        ]);
        return UNKNOWN;
      }
      case 'bin':
        return this.binary(e, scope);
      case 'unknown':
        return UNKNOWN;
    }
  }

  private binary(e: Extract<Expr, { t: 'bin' }>, scope: Scope): Value {
    if (e.op === 'and' || e.op === 'or') {
      const l = this.ev(e.l, scope);
      const tl = truthy(l);
      if (e.op === 'and' && tl === false) return l;
      if (e.op === 'or' && tl === true) return l;
      // when the left side is not known, the right one may not run: a return() in it may not
      let r: Value = UNKNOWN;
      if (tl === undefined)
        this.branches([() => void (r = this.maybe(() => this.ev(e.r, scope))), () => {}]);
      else r = this.ev(e.r, scope);
      if (tl === undefined) {
        const tr = truthy(r);
        if (e.op === 'and' && tr === false) return false;
        if (e.op === 'or' && tr === true) return true;
        return UNKNOWN;
      }
      return r;
    }
    const l = this.ev(e.l, scope);
    const r = this.ev(e.r, scope);
    return binop(this.meter, e.op, l, r);
  }

  // The host, asked through these: each question and its answer is a dependency of the result
  // (once per evaluation or macro call: the host answers a question the same during a scan).
  private depSeen = new WeakMap<Deps, Set<string | Deps>>();
  /** Whether `key` is new in the current deps (and notes it). */
  private newDep(key: string | Deps): boolean {
    let seen = this.depSeen.get(this.deps);
    if (!seen) this.depSeen.set(this.deps, (seen = new Set()));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }
  private hostMacro(project: string, name: string, pkg?: string): MacroDef | undefined {
    const def = this.host.macro(project, name, pkg);
    if (this.record && this.newDep(keyOf('m', project, name, pkg)))
      this.deps.push({ k: 'macro', project, name, ...(pkg !== undefined && { pkg }), def });
    return def;
  }
  private hostDispatch(project: string, name: string, pkg?: string): MacroDef[] {
    // a question the host has not answered yet may scan every macro it knows: charged as such
    if (!dispatchMemo.get(this.host)?.has(keyOf(project, name, pkg))) this.charge(DISPATCH_STEPS);
    const defs = dispatchOf(this.host, project, name, pkg);
    this.meter.items(defs.length);
    if (this.record && this.newDep(keyOf('d', project, name, pkg)))
      this.deps.push({ k: 'dispatch', project, name, ...(pkg !== undefined && { pkg }), defs });
    return defs;
  }
  private hostIsProject(name: string): boolean {
    const is = this.host.isProject(name);
    if (this.record && this.newDep(keyOf('p', name))) this.deps.push({ k: 'project', name, is });
    return is;
  }
  private varMemo = new Map<string, Value | undefined>();
  private hostVar(project: string, name: string): Value | undefined {
    // the host converts the var each time it is asked: asked once a scan, then copied (bounded)
    const key = keyOf(project, name);
    if (!this.varMemo.has(key)) this.varMemo.set(key, this.host.var(project, name));
    const known = this.varMemo.get(key);
    const value = known === undefined ? undefined : copyValue(known, this.meter).v;
    if (this.record && this.newDep(keyOf('v', project, name)))
      this.deps.push({ k: 'var', project, name, value });
    return value;
  }
  /** A macro call's own deps, once per array. */
  private pushDeps(deps: Deps): void {
    if (this.record && this.newDep(deps)) this.deps.push(deps);
  }

  private lookupGlobal(name: string): Value {
    const local = this.localMacros.get(name);
    if (local) return this.macroFn(local);
    const builtin = this.builtin(name);
    if (builtin !== undefined) return builtin;
    const m =
      this.hostMacro(this.project, name) ??
      (this.macroProject ? this.hostMacro(this.macroProject, name) : undefined);
    if (m) return this.macroFn(m);
    if (this.hostIsProject(name)) return this.namespace(name);
    return UNKNOWN;
  }

  private namespace(pkg: string): Value {
    return {
      fn: () => UNKNOWN,
      attr: (name) => {
        const m = this.hostMacro(this.project, name, pkg);
        return m ? this.macroFn(m) : undefined;
      },
    };
  }

  private call(e: Extract<Expr, { t: 'call' }>, scope: Scope, caller?: Fn): Value {
    const fnv = this.ev(e.fn, scope);
    const args = e.args.map((a) => this.ev(a, scope));
    const kwargs = new Map<string, Value>();
    for (const [k, v] of e.kwargs) kwargs.set(k, this.ev(v, scope));
    if (caller) kwargs.set('caller', caller);
    // `enabled` computed from a var: the var can be set on the command line, so not decided
    if (fnv === this.configFn) {
      const en = e.kwargs.find(([k]) => k === 'enabled');
      if (en && readsVar(en[1])) kwargs.set('enabled', UNKNOWN);
    }
    if (!isFn(fnv)) {
      // an unknown function (a package macro, a method of an unknown value): its arguments are
      // evaluated (refs in them count), its result is unknown; a caller body runs once
      if (caller) this.maybe(() => caller.fn([], new Map(), { line: e.line }));
      return UNKNOWN;
    }
    if (fnv.literalRef) {
      const literal =
        e.args.every((a) => a.t === 'lit') && e.kwargs.every(([, v]) => v.t === 'lit');
      return this.recordRef(fnv === this.refFn ? 'ref' : 'source', args, kwargs, e.line, literal);
    }
    return fnv.fn(args, kwargs, { line: e.line });
  }

  private recordRef(
    kind: 'ref' | 'source',
    args: Value[],
    kwargs: Map<string, Value>,
    line: number,
    literal: boolean,
  ): Value {
    const version = kwargs.get('v') ?? kwargs.get('version');
    let strs: string[] | undefined;
    if (kind === 'ref') {
      const pkg = kwargs.get('package');
      const parts = pkg !== undefined ? [pkg, ...args] : args;
      if (parts.length >= 1 && parts.length <= 2 && parts.every((a) => typeof a === 'string'))
        strs = parts as string[];
    } else {
      if (args.length === 2 && args.every((a) => typeof a === 'string')) strs = args as string[];
    }
    const versionOk =
      version === undefined || typeof version === 'string' || typeof version === 'number';
    if (!strs || !versionOk) {
      this.rec.addProblem({
        file: this.inMacro ? this.currentMacroFile : this.file,
        line: this.inMacro ? line : line,
        message: `${kind}() with arguments that cannot be decided without running dbt${
          this.inMacro ? ` (in macro ${this.currentMacroName})` : ''
        }`,
      });
      return UNKNOWN;
    }
    this.rec.addRef({
      kind,
      args: strs,
      ...(version !== undefined ? { version: String(version) } : {}),
      provenance: this.inMacro ? 'macro' : literal ? 'sql' : 'jinja',
      line: this.inMacro ? 0 : line,
    });
    return new Relation(strs.join('.'));
  }

  private currentMacroFile = '';
  private macroProject = '';
  private returnTainted = false;
  /** `{% break %}`s met in branches that may not run (a loop's later turns then may not). */
  private maybeBreaks = 0;

  /**
   * Renders what may or may not run: a `return()` in it may not happen, so the macro's result is
   * no longer known; a loop control in it ends it (`onLoop` says what else that means there).
   */
  private mayRender(render: () => unknown, onLoop: (signal: LoopSignal) => void = () => {}): void {
    try {
      render();
    } catch (error) {
      if (error instanceof LoopSignal) onLoop(error);
      else if (error instanceof ReturnSignal) this.returnTainted = true;
      else throw error;
    }
  }

  /**
   * Evaluates what may or may not run (a branch of an undecided condition): a `return()` in it
   * may not happen, so the macro's result is no longer known rather than taken from it.
   */
  private maybe(f: () => Value): Value {
    try {
      return f();
    } catch (error) {
      if (!(error instanceof ReturnSignal)) throw error;
      this.returnTainted = true;
      return UNKNOWN;
    }
  }
  private currentMacroName = '';

  private refFn: Fn = { fn: () => UNKNOWN };
  private configFn: Fn | undefined;
  private sourceFn: Fn = { fn: () => UNKNOWN };

  private macroFn(def: MacroDef): Fn {
    return { fn: (args, kwargs, site) => this.callMacro(def, args, kwargs, site) };
  }

  private callMacro(def: MacroDef, args: Value[], kwargs: Map<string, Value>, site: Site): Value {
    if (this.depth >= MAX_CALL_DEPTH) {
      this.rec.addProblem({
        file: this.file,
        line: site.line,
        message: `macro calls nested deeper than ${MAX_CALL_DEPTH} (at ${def.name}); not followed`,
        incomplete: true,
      });
      return UNKNOWN;
    }
    const key =
      def.id && !kwargs.has('caller') ? cacheKey(def.id, args, kwargs, this.meter) : undefined;
    if (key !== undefined) {
      const hit = this.cache.get(key);
      if (hit) {
        this.merge(hit.rec);
        this.pushDeps(hit.deps);
        // a copy: the caller may mutate what it got (`{% do d.update(…) %}`)
        return copyValue(hit.value, this.meter).v;
      }
    }
    const saved = {
      tainted: this.returnTainted,
      rec: this.rec,
      file: this.currentMacroFile,
      name: this.currentMacroName,
      uncacheable: this.uncacheable,
      deps: this.deps,
    };
    this.rec = new Rec();
    this.deps = [];
    this.currentMacroFile = def.file || this.currentMacroFile || this.file;
    this.currentMacroName = def.name;
    this.uncacheable = false;
    this.inMacro++;
    this.depth++;
    let value: Value = UNKNOWN;
    // only a call that ran to its end is cached (not one cut short by an abort)
    let completed = false;
    try {
      const scope = new Scope();
      this.bind(def.node.params, args, kwargs, scope);
      if (kwargs.has('caller')) scope.set('caller', kwargs.get('caller')!);
      const saveProject = this.macroProject;
      if (def.project) this.macroProject = def.project;
      this.returnTainted = false;
      try {
        value = this.render(def.node.body, scope, 1);
      } catch (error) {
        if (error instanceof ReturnSignal) value = error.value;
        else if (error instanceof LoopSignal)
          throw new Abort(`{% ${error.kind} %} outside a loop (in macro ${def.name})`);
        else throw error;
      } finally {
        this.macroProject = saveProject;
      }
      if (this.returnTainted) value = UNKNOWN;
      completed = true;
    } finally {
      this.inMacro--;
      this.depth--;
      const rec = this.rec;
      const deps = this.deps;
      const cacheable = !this.uncacheable;
      this.rec = saved.rec;
      this.deps = saved.deps;
      this.pushDeps(deps);
      this.returnTainted = saved.tainted;
      this.currentMacroFile = saved.file;
      this.currentMacroName = saved.name;
      this.uncacheable = saved.uncacheable || !cacheable;
      if (completed) {
        this.merge(rec);
        if (
          key !== undefined &&
          cacheable &&
          this.cacheWeight < MAX_CACHE_WEIGHT &&
          !hasFn(value, this.meter)
        ) {
          const copy = copyValue(value, this.meter);
          this.cacheWeight += copy.n + rec.refs.length + rec.problems.length + key.length / 16;
          this.cache.set(key, { value: copy.v, rec, cacheable, deps });
        }
      } else {
        // given up inside (the abort is on its way out): what it found so far still counts
        for (const r of rec.refs) this.rec.addRef(this.inMacro ? r : { ...r, line: this.topLine });
        for (const p of rec.problems) this.rec.addProblem(p);
      }
    }
    return value;
  }

  /** Adds what a macro call found (charged by its size: a cached call may be merged often). */
  private merge(rec: Rec): void {
    // a step each: every one is keyed and looked up (a macro of thousands of refs called in a
    // loop was nearly free, and slow)
    this.charge(rec.refs.length + rec.problems.length);
    for (const r of rec.refs) this.rec.addRef(this.inMacro ? r : { ...r, line: this.topLine });
    for (const p of rec.problems) this.rec.addProblem(p);
  }

  private bind(params: Param[], args: Value[], kwargs: Map<string, Value>, scope: Scope): void {
    this.meter.items(params.length + args.length + kwargs.size);
    const names = new Set<string>();
    params.forEach((p, i) => {
      names.add(p.name);
      let v: Value | undefined = i < args.length ? args[i] : kwargs.get(p.name);
      if (v === undefined) v = p.dflt ? this.ev(p.dflt, scope) : UNKNOWN;
      scope.set(p.name, v);
    });
    const extra = new Dict();
    for (const [k, v] of kwargs) if (!names.has(k)) extra.m.set(k, v);
    scope.set('kwargs', extra);
    scope.set('varargs', args.slice(params.length));
  }

  private builtinCache = new Map<string, Value>();

  private builtin(name: string): Value | undefined {
    const hit = this.builtinCache.get(name);
    if (hit !== undefined) return hit;
    const v = this.makeBuiltin(name);
    if (v !== undefined) this.builtinCache.set(name, v);
    return v;
  }

  private makeBuiltin(name: string): Value | undefined {
    switch (name) {
      case 'ref':
        this.refFn = { fn: () => UNKNOWN, literalRef: true };
        return this.refFn;
      case 'source':
        this.sourceFn = { fn: () => UNKNOWN, literalRef: true };
        return this.sourceFn;
      case 'builtins':
        // dbt's `builtins.ref` / `builtins.source`: the same functions, found the same way
        return new Dict(
          new Map<string, Value>([
            ['ref', this.builtin('ref')!],
            ['source', this.builtin('source')!],
            ['config', this.builtin('config')!],
          ]),
        );
      case 'var':
        return {
          fn: (args) => {
            const [n] = args;
            if (typeof n !== 'string') return UNKNOWN;
            // a var the project does not set may come from --vars: its default is no decision
            const v = this.hostVar(this.project, n);
            return v !== undefined ? v : UNKNOWN;
          },
        };
      case 'config': {
        const get: Fn = {
          fn: (args) => {
            const k = args[0];
            if (typeof k === 'string' && this.config.has(k)) return this.config.get(k)!;
            return args.length > 1 ? args[1]! : UNKNOWN;
          },
        };
        const setter: Fn = { fn: () => '' };
        // kept as bounded copies: a value built by sharing (a dict of itself, thirty times
        // over) would be a tree far larger than its evaluation for whoever reads the config
        const keep = (k: string, v: Value) => this.config.set(k, copyValue(v, this.meter).v);
        return (this.configFn = {
          fn: (args, kwargs) => {
            if (!this.inMacro) for (const [k, v] of kwargs) keep(k, v);
            if (args[0] instanceof Dict && !this.inMacro)
              for (const [k, v] of args[0].m) keep(k, v);
            return '';
          },
          attr: (n) => (n === 'get' || n === 'require' ? get : n === 'set' ? setter : undefined),
        });
      }
      case 'return':
        return {
          fn: (args) => {
            throw new ReturnSignal(args[0] ?? null);
          },
        };
      case 'adapter':
        return new Dict(
          new Map<string, Value>([
            [
              'dispatch',
              {
                fn: (args, kwargs) => {
                  const n = args[0];
                  const ns = args[1] ?? kwargs.get('macro_namespace');
                  if (typeof n !== 'string') return UNKNOWN;
                  const impls = this.hostDispatch(
                    this.project,
                    n,
                    typeof ns === 'string' ? ns : undefined,
                  );
                  if (impls.length === 0) return UNKNOWN;
                  return {
                    fn: (a, k, site) => {
                      let result: Value = UNKNOWN;
                      impls.forEach((m, i) => {
                        const r = this.callMacro(m, a, k, site);
                        result = i === 0 && impls.length === 1 ? r : UNKNOWN;
                      });
                      return result;
                    },
                  };
                },
              },
            ],
          ]),
        );
      case 'range':
        return {
          fn: (args) => {
            const nums = args.filter((a) => typeof a === 'number') as number[];
            if (nums.length !== args.length || nums.length === 0) return UNKNOWN;
            const [a, b, s] =
              nums.length === 1 ? [0, nums[0]!, 1] : [nums[0]!, nums[1]!, nums[2] ?? 1];
            if (s === 0 || ![a, b, s].every(Number.isSafeInteger)) return UNKNOWN;
            // its length first: no list is built past MAX_ITEMS
            const count = Math.max(0, Math.ceil((b - a) / s));
            if (count > MAX_ITEMS) tooManyItems();
            this.meter.items(count);
            const out: number[] = new Array<number>(count);
            for (let k = 0; k < count; k++) out[k] = a + k * s;
            return out;
          },
        };
      case 'dict':
      case 'namespace':
        return {
          fn: (args, kwargs) => {
            const d = new Dict();
            if (args[0] instanceof Dict) {
              this.meter.items(args[0].m.size);
              for (const [k, v] of args[0].m) d.m.set(k, v);
            } else if (args[0] !== undefined) return UNKNOWN;
            for (const [k, v] of kwargs) d.m.set(k, v);
            return d;
          },
        };
      case 'zip':
        return {
          fn: (args) => {
            if (!args.every(Array.isArray)) return UNKNOWN;
            const lists = args as Value[][];
            const n = lists.length ? Math.min(...lists.map((l) => l.length)) : 0;
            this.meter.items(n * (lists.length + 1));
            return Array.from({ length: n }, (_, i) => lists.map((l) => l[i]!));
          },
        };
      case 'log':
      case 'print':
      case 'doc':
        return { fn: () => '' };
      case 'loop':
      case 'caller':
        return undefined;
    }
    return undefined;
  }

  private filter(e: Extract<Expr, { t: 'filter' }>, scope: Scope): Value {
    const v = this.ev(e.obj, scope);
    const args = e.args.map((a) => this.ev(a, scope));
    const kwargs = new Map<string, Value>();
    for (const [k, x] of e.kwargs) kwargs.set(k, this.ev(x, scope));
    return applyFilter(this.meter, e.n, v, args, kwargs);
  }

  private test(e: Extract<Expr, { t: 'test' }>, scope: Scope): Value {
    let v: Value;
    if (e.obj.t === 'name' && (e.n === 'defined' || e.n === 'undefined')) {
      const local = scope.get(e.obj.n);
      if (local !== undefined) v = local === UNKNOWN ? UNKNOWN : true;
      else v = UNKNOWN;
      if (v === UNKNOWN) return UNKNOWN;
      const r = e.n === 'defined';
      return e.neg ? !r : r;
    }
    v = this.ev(e.obj, scope);
    const args = e.args.map((a) => this.ev(a, scope));
    if (v === UNKNOWN || args.some((a) => a === UNKNOWN)) return UNKNOWN;
    let r: boolean | undefined;
    switch (e.n) {
      case 'none':
        r = v === null;
        break;
      case 'string':
        r = typeof v === 'string';
        break;
      case 'number':
      case 'integer':
        r = typeof v === 'number';
        break;
      case 'mapping':
        r = v instanceof Dict;
        break;
      case 'iterable':
      case 'sequence':
        r = Array.isArray(v) || typeof v === 'string' || v instanceof Dict;
        break;
      case 'boolean':
        r = typeof v === 'boolean';
        break;
      case 'true':
        r = v === true;
        break;
      case 'false':
        r = v === false;
        break;
      case 'defined':
        r = true;
        break;
      case 'undefined':
        r = false;
        break;
      case 'eq':
      case 'equalto':
      case 'sameas': {
        const b = binop(this.meter, '==', v, args[0] ?? null);
        r = b === UNKNOWN ? undefined : (b as boolean);
        break;
      }
      case 'in': {
        const b = binop(this.meter, 'in', v, args[0] ?? null);
        r = b === UNKNOWN ? undefined : (b as boolean);
        break;
      }
      default:
        r = undefined;
    }
    if (r === undefined) return UNKNOWN;
    return e.neg ? !r : r;
  }

  private str(v: Value): string | Unknown {
    return toStr(v);
  }
}

// ---------------------------------------------------------------------------------------------
// Value helpers

function readsVar(e: Expr, depth = 0): boolean {
  if (depth > 50) return true;
  if (e.t === 'call' && e.fn.t === 'name' && e.fn.n === 'var') return true;
  for (const v of Object.values(e)) {
    if (v && typeof v === 'object') {
      const xs = Array.isArray(v) ? v.flat() : [v];
      for (const x of xs)
        if (x && typeof x === 'object' && 't' in x && readsVar(x as Expr, depth + 1)) return true;
    }
  }
  return false;
}

/**
 * A deep copy of lists and dicts (bounded: past the budget the rest is UNKNOWN), with the number
 * of nodes it made (charged to `m`).
 */
function copyValue(v: Value, m: Meter): { v: Value; n: number } {
  let budget = 50_000;
  const copy = (x: Value, depth: number): Value => {
    if (--budget < 0 || depth > 40) return UNKNOWN;
    if (Array.isArray(x)) return x.map((y) => copy(y, depth + 1));
    if (x instanceof Dict) {
      const d = new Dict();
      for (const [k, y] of x.m) d.m.set(k, copy(y, depth + 1));
      return d;
    }
    return x;
  };
  const out = copy(v, 0);
  const n = 50_000 - Math.max(budget, 0);
  m.items(n);
  return { v: out, n };
}

/** Whether a function is in `v` (true, to be safe, past the budget). */
function hasFn(v: Value, m: Meter): boolean {
  let budget = 50_000;
  const walk = (x: Value, depth: number): boolean => {
    if (--budget < 0 || depth > 20) return true;
    if (isFn(x)) return true;
    if (Array.isArray(x)) return x.some((y) => walk(y, depth + 1));
    if (x instanceof Dict) for (const y of x.m.values()) if (walk(y, depth + 1)) return true;
    return false;
  };
  const r = walk(v, 0);
  m.items(50_000 - Math.max(budget, 0));
  return r;
}

/**
 * A stable text for a value, the same for values `eq` finds equal (undefined: too large, too
 * deep, not encodable, or UNKNOWN inside when `unknownOk` is not set).
 */
function encode(
  v: Value,
  maxNodes: number,
  maxChars: number,
  unknownOk: boolean,
): string | undefined {
  const parts: string[] = [];
  let budget = maxNodes;
  let chars = 0;
  const push = (s: string): boolean => {
    chars += s.length;
    parts.push(s);
    return chars <= maxChars;
  };
  const enc = (x: Value, depth: number): boolean => {
    if (--budget < 0 || depth > 20) return false;
    if (x === UNKNOWN) return unknownOk && push('?');
    if (typeof x === 'number') return push(`n${x}`);
    if (x === null || typeof x !== 'object') {
      // a string is measured before it is quoted (no copy of a megabyte to learn it is one)
      if (typeof x === 'string' && chars + x.length > maxChars) return false;
      return push(JSON.stringify(x));
    }
    if (Array.isArray(x)) {
      if (!push('[')) return false;
      for (const y of x) if (!enc(y, depth + 1)) return false;
      return push(']');
    }
    if (x instanceof Dict) {
      if (!push('{')) return false;
      for (const [k, y] of x.m) {
        if (chars + k.length > maxChars || !push(JSON.stringify(k))) return false;
        if (!enc(y, depth + 1)) return false;
      }
      return push('}');
    }
    if (x instanceof Relation) {
      if (chars + x.label.length > maxChars) return false;
      return push(`R${JSON.stringify(x.label)}`);
    }
    return false;
  };
  return enc(v, 0) ? parts.join(',') : undefined;
}

function cacheKey(
  id: string,
  args: Value[],
  kwargs: Map<string, Value>,
  m: Meter,
): string | undefined {
  const parts: string[] = [id];
  let size = id.length;
  const add = (v: Value, name?: string): boolean => {
    if (name !== undefined) parts.push(`${name}=`);
    const e = encode(v, 20_000, MAX_KEY - size, true);
    if (e === undefined) {
      m.items(20_000); // walked up to its node limit before giving up: charged as such
      return false;
    }
    parts.push(e);
    size += e.length + (name?.length ?? 0) + 2;
    return true;
  };
  let ok = true;
  for (const a of args) if (ok) ok = add(a);
  for (const [k, v] of kwargs) if (ok) ok = add(v, k);
  // past MAX_KEY: not cached (a key as large as its arguments would be kept for the scan)
  m.chars(size);
  return ok ? parts.join(',') : undefined;
}

/** Python truthiness; undefined when it cannot be known. */
export function truthy(v: Value): boolean | undefined {
  if (v === UNKNOWN) return undefined;
  if (v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Dict) return v.m.size > 0;
  if (v instanceof Relation) return true;
  return true;
}

function toStr(v: Value): string | Unknown {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === null) return 'None';
  return UNKNOWN;
}

/** `loop` of a for turn, set key by key (no array of pairs per turn). */
function loopDict(i: number, n: number, unknownLength: boolean): Dict {
  const m = new Map<string, Value>();
  m.set('index', i + 1);
  m.set('index0', i);
  m.set('first', i === 0);
  m.set('last', unknownLength ? UNKNOWN : i === n - 1);
  m.set('length', unknownLength ? UNKNOWN : n);
  m.set('revindex', unknownLength ? UNKNOWN : n - i);
  m.set('revindex0', unknownLength ? UNKNOWN : n - i - 1);
  return new Dict(m);
}

function iterate(v: Value, m: Meter): Value[] | undefined {
  if (Array.isArray(v)) return v;
  if (v instanceof Dict) {
    m.items(v.m.size);
    return [...v.m.keys()];
  }
  if (typeof v === 'string') {
    m.items(v.length);
    return [...v];
  }
  return undefined;
}

/** Python `==` (undefined when it cannot be known), charged by the elements it compares. */
function eq(m: Meter, a: Value, b: Value): boolean | undefined {
  let budget = 100_000;
  const go = (x: Value, y: Value, depth: number): boolean | undefined => {
    if (--budget < 0 || x === UNKNOWN || y === UNKNOWN || depth > 20) return undefined;
    if (x === y) return true;
    // Python: True == 1, False == 0.0
    if (
      (typeof x === 'boolean' || typeof x === 'number') &&
      (typeof y === 'boolean' || typeof y === 'number')
    )
      return Number(x) === Number(y);
    if (x instanceof Relation || y instanceof Relation) return undefined;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) {
        const r = go(x[i]!, y[i]!, depth + 1);
        if (r !== true) return r;
      }
      return true;
    }
    if (x instanceof Dict && y instanceof Dict) {
      if (x.m.size !== y.m.size) return false;
      for (const [k, v] of x.m) {
        if (!y.m.has(k)) return false;
        const r = go(v, y.m.get(k)!, depth + 1);
        if (r !== true) return r;
      }
      return true;
    }
    if (typeof x === 'string' && typeof y === 'string') m.chars(Math.min(x.length, y.length));
    return false;
  };
  const r = go(a, b, 0);
  m.items(100_000 - Math.max(budget, 0));
  return r;
}

/** A string built from `parts` and `sep`: its length is checked (and charged) first. */
function joinStr(m: Meter, parts: string[], sep: string): string {
  let n = parts.length > 0 ? sep.length * (parts.length - 1) : 0;
  for (const p of parts) n += p.length;
  m.chars(n);
  return parts.join(sep);
}

/** `s` with `a` replaced by `b` (length checked first). */
function replaceStr(m: Meter, s: string, a: string, b: string): string {
  m.chars(s.length);
  return joinStr(m, s.split(a), b);
}

/** A string derived from `s` by `f`, about as long (case, trimming): charged by its length. */
function mapStr(m: Meter, s: string, f: (s: string) => string): string {
  m.chars(s.length);
  const r = f(s);
  m.chars(r.length);
  return r;
}

function binop(m: Meter, op: string, l: Value, r: Value): Value {
  switch (op) {
    case '==':
    case '!=': {
      const e = eq(m, l, r);
      if (e === undefined) return UNKNOWN;
      return op === '==' ? e : !e;
    }
    case 'in': {
      if (l === UNKNOWN || r === UNKNOWN) return UNKNOWN;
      if (typeof r === 'string') {
        if (typeof l !== 'string') return UNKNOWN;
        m.chars(r.length);
        return r.includes(l);
      }
      if (Array.isArray(r)) {
        let unknown = false;
        for (const x of r) {
          const e = eq(m, l, x);
          if (e === true) return true;
          if (e === undefined) unknown = true;
        }
        return unknown ? UNKNOWN : false;
      }
      if (r instanceof Dict)
        return typeof l === 'string' || typeof l === 'number' ? r.m.has(String(l)) : UNKNOWN;
      return UNKNOWN;
    }
    case '~': {
      const a = toStr(l);
      const b = toStr(r);
      if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
      m.concat((a as string).length, (b as string).length);
      return (a as string) + (b as string);
    }
    case '+':
      if (typeof l === 'string' && typeof r === 'string') {
        m.concat(l.length, r.length);
        return l + r;
      }
      if (typeof l === 'number' && typeof r === 'number') return l + r;
      if (Array.isArray(l) && Array.isArray(r)) {
        if (l.length + r.length > MAX_ITEMS) tooManyItems();
        m.items(l.length + r.length);
        return [...l, ...r];
      }
      return UNKNOWN;
  }
  if (typeof l !== 'number' || typeof r !== 'number') {
    if (op === '*' && typeof l === 'string' && typeof r === 'number') {
      if (!(r >= 0) || !Number.isFinite(r)) return UNKNOWN;
      const n = Math.floor(r);
      m.chars(l.length * n);
      return l.repeat(n);
    }
    return UNKNOWN;
  }
  switch (op) {
    case '-':
      return l - r;
    case '*':
      return l * r;
    case '/':
      return r === 0 ? UNKNOWN : l / r;
    case '//':
      return r === 0 ? UNKNOWN : Math.floor(l / r);
    case '%':
      // Python's: the sign of the divisor (-1 % 3 is 2)
      return r === 0 ? UNKNOWN : l - r * Math.floor(l / r);
    case '**':
      return l ** r;
    case '<':
      return l < r;
    case '>':
      return l > r;
    case '<=':
      return l <= r;
    case '>=':
      return l >= r;
  }
  return UNKNOWN;
}

function getIndex(o: Value, k: Value): Value {
  if (o instanceof Dict && (typeof k === 'string' || typeof k === 'number'))
    return o.m.get(String(k)) ?? UNKNOWN;
  if (Array.isArray(o) && typeof k === 'number') {
    const i = k < 0 ? o.length + k : k;
    return o[i] ?? UNKNOWN;
  }
  if (typeof o === 'string' && typeof k === 'number') return o.at(k) ?? UNKNOWN;
  return UNKNOWN;
}

function fn(f: (args: Value[], kwargs: Map<string, Value>) => Value): Fn {
  return { fn: (a, k) => f(a, k) };
}

function getAttr(m: Meter, o: Value, n: string): Value {
  if (o === UNKNOWN) return UNKNOWN;
  if (isFn(o)) return o.attr?.(n) ?? UNKNOWN;
  if (o instanceof Dict) {
    const v = o.m.get(n);
    if (v !== undefined) return v;
    switch (n) {
      case 'get':
        return fn((a) => (typeof a[0] === 'string' ? (o.m.get(a[0]) ?? a[1] ?? null) : UNKNOWN));
      case 'items':
        return fn(() => {
          m.items(o.m.size);
          return [...o.m].map(([k, v]) => [k, v]);
        });
      case 'keys':
        return fn(() => {
          m.items(o.m.size);
          return [...o.m.keys()];
        });
      case 'values':
        return fn(() => {
          m.items(o.m.size);
          return [...o.m.values()];
        });
      case 'update':
        return fn((a, k) => {
          m.touch(o);
          if (a[0] !== undefined && !(a[0] instanceof Dict)) {
            // updated by what is not known: no key of it is known any more
            for (const key of o.m.keys()) o.m.set(key, UNKNOWN);
            return null;
          }
          if (a[0] instanceof Dict) {
            m.items(a[0].m.size);
            for (const [kk, vv] of a[0].m) o.m.set(kk, vv);
          }
          for (const [kk, vv] of k) o.m.set(kk, vv);
          return null;
        });
      case 'setdefault':
        return fn((a) => {
          if (typeof a[0] !== 'string') return UNKNOWN;
          m.touch(o);
          if (!o.m.has(a[0])) o.m.set(a[0], a[1] ?? null);
          return o.m.get(a[0])!;
        });
      case 'pop':
        return fn((a) => {
          if (typeof a[0] !== 'string') return UNKNOWN;
          const v = o.m.get(a[0]);
          m.touch(o);
          o.m.delete(a[0]);
          return v ?? a[1] ?? UNKNOWN;
        });
    }
    return UNKNOWN;
  }
  if (Array.isArray(o)) {
    switch (n) {
      case 'append':
        return fn((a) => {
          if (o.length >= MAX_ITEMS) tooManyItems();
          o.push(a[0] ?? null);
          return null;
        });
      case 'extend':
        return fn((a) => {
          const x = a[0];
          // extended by what is not known: its items are not known either
          if (!Array.isArray(x)) o.push(UNKNOWN);
          else {
            if (o.length + x.length > MAX_ITEMS) tooManyItems();
            m.items(x.length);
            for (const item of x) o.push(item);
          }
          return null;
        });
      case 'index':
        return fn((a) => {
          const i = o.findIndex((x) => eq(m, x, a[0] ?? null) === true);
          return i < 0 ? UNKNOWN : i;
        });
      case 'count':
        return fn((a) => o.filter((x) => eq(m, x, a[0] ?? null) === true).length);
      case 'pop':
        return fn(() => o.pop() ?? UNKNOWN);
      case 'insert':
        return fn((a) => {
          if (o.length >= MAX_ITEMS) tooManyItems();
          m.items(o.length);
          if (typeof a[0] === 'number') o.splice(a[0], 0, a[1] ?? null);
          else o.push(UNKNOWN); // somewhere: what is where is no longer known
          return null;
        });
    }
    return UNKNOWN;
  }
  if (typeof o === 'string') {
    const s = o;
    const strArgs = (a: Value[]) => a.every((x) => typeof x === 'string');
    switch (n) {
      case 'lower':
        return fn(() => mapStr(m, s, (x) => x.toLowerCase()));
      case 'upper':
        return fn(() => mapStr(m, s, (x) => x.toUpperCase()));
      case 'strip':
        return fn((a) =>
          a.length
            ? strArgs(a)
              ? mapStr(m, s, (x) => stripChars(x, a[0] as string))
              : UNKNOWN
            : mapStr(m, s, (x) => x.trim()),
        );
      case 'lstrip':
      case 'rstrip': {
        const left = n === 'lstrip';
        // with an argument, those characters (Python), not whitespace
        return fn((a) =>
          a.length
            ? strArgs(a)
              ? mapStr(m, s, (x) => stripChars(x, a[0] as string, left, !left))
              : UNKNOWN
            : mapStr(m, s, (x) => (left ? x.trimStart() : x.trimEnd())),
        );
      }
      case 'title':
        return fn(() =>
          mapStr(m, s, (x) =>
            x.replace(/\w\S*/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()),
          ),
        );
      case 'capitalize':
        return fn(() =>
          mapStr(m, s, (x) => (x ? x[0]!.toUpperCase() + x.slice(1).toLowerCase() : x)),
        );
      case 'split':
        return fn((a) => {
          m.chars(s.length);
          let parts: string[];
          if (a.length === 0 || a[0] === null) parts = s.split(/\s+/).filter(Boolean);
          else if (typeof a[0] === 'string' && a[0]) parts = s.split(a[0]);
          else return UNKNOWN;
          m.items(parts.length);
          return parts;
        });
      case 'replace':
        return fn((a) =>
          strArgs(a) && a.length >= 2 ? replaceStr(m, s, a[0] as string, a[1] as string) : UNKNOWN,
        );
      case 'startswith':
        return fn((a) => (typeof a[0] === 'string' ? s.startsWith(a[0]) : UNKNOWN));
      case 'endswith':
        return fn((a) => (typeof a[0] === 'string' ? s.endsWith(a[0]) : UNKNOWN));
      case 'join':
        return fn((a) => {
          const l = a[0];
          if (!Array.isArray(l)) return UNKNOWN;
          m.items(l.length);
          const parts = l.map(toStr);
          return parts.some((p) => p === UNKNOWN) ? UNKNOWN : joinStr(m, parts as string[], s);
        });
      case 'format':
        return UNKNOWN;
    }
  }
  return UNKNOWN;
}

function stripChars(s: string, chars: string, left = true, right = true): string {
  let a = 0;
  let b = s.length;
  while (left && a < b && chars.includes(s[a]!)) a++;
  while (right && b > a && chars.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function cmp(a: Value, b: Value): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

/** n log n, for a sort of n elements. */
function sortCost(n: number): number {
  return n * Math.max(1, Math.ceil(Math.log2(n + 1)));
}

/**
 * `unique` in one pass: each element keyed by its encoding (the same key: `==` by `eq`, which
 * compares strings, numbers, booleans and None by identity and lists and dicts element-wise).
 */
function unique(m: Meter, v: Value[]): Value {
  m.items(v.length);
  const seen = new Set<string>();
  const out: Value[] = [];
  for (const x of v) {
    if (x === UNKNOWN || x instanceof Relation) return UNKNOWN;
    let key: string | undefined;
    if (x === null || typeof x !== 'object') key = typeof x + ':' + String(x);
    else {
      key = encode(x, 10_000, MAX_KEY, false);
      if (key === undefined) return UNKNOWN;
      m.chars(key.length);
      key = 'o:' + key;
    }
    if (!seen.has(key)) {
      seen.add(key);
      out.push(x);
    }
  }
  return out;
}

function applyFilter(
  m: Meter,
  name: string,
  v: Value,
  args: Value[],
  kwargs: Map<string, Value>,
): Value {
  switch (name) {
    case 'safe':
    case 'as_text':
    case 'as_native':
    case 'e':
    case 'escape':
      return v;
    case 'default':
    case 'd':
      if (v === UNKNOWN) return UNKNOWN;
      return v === null || (args[1] === true && truthy(v) === false) ? (args[0] ?? '') : v;
    case 'as_bool':
      return typeof v === 'string'
        ? v === 'True' || v === 'true'
          ? true
          : v === 'False' || v === 'false'
            ? false
            : UNKNOWN
        : v;
    case 'as_number':
    case 'int':
    case 'float': {
      if (typeof v === 'number') return name === 'int' ? Math.trunc(v) : v;
      // decimal only, as Python reads it (JavaScript's Number would take '0x1' for 1)
      if (
        typeof v === 'string' &&
        /^\s*[+-]?(\d+(?:_\d+)*(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(v)
      ) {
        const num = Number(v.replace(/_/g, ''));
        if (!Number.isNaN(num)) return name === 'int' ? Math.trunc(num) : num;
      }
      return UNKNOWN;
    }
    case 'string':
      return toStr(v);
    case 'lower':
      return typeof v === 'string' ? mapStr(m, v, (x) => x.toLowerCase()) : UNKNOWN;
    case 'upper':
      return typeof v === 'string' ? mapStr(m, v, (x) => x.toUpperCase()) : UNKNOWN;
    case 'trim':
      return typeof v === 'string' ? mapStr(m, v, (x) => x.trim()) : UNKNOWN;
    case 'replace':
      return typeof v === 'string' && typeof args[0] === 'string' && typeof args[1] === 'string'
        ? replaceStr(m, v, args[0], args[1])
        : UNKNOWN;
    case 'length':
    case 'count':
      if (typeof v === 'string' || Array.isArray(v)) return v.length;
      if (v instanceof Dict) return v.m.size;
      return UNKNOWN;
    case 'list': {
      const it = iterate(v, m);
      if (!it) return UNKNOWN;
      m.items(it.length);
      return [...it];
    }
    case 'first':
      return Array.isArray(v) ? (v[0] ?? UNKNOWN) : UNKNOWN;
    case 'last':
      return Array.isArray(v) ? (v[v.length - 1] ?? UNKNOWN) : UNKNOWN;
    case 'reverse':
      if (Array.isArray(v)) {
        m.items(v.length);
        return [...v].reverse();
      }
      if (typeof v === 'string') {
        m.items(v.length);
        return joinStr(m, [...v].reverse(), '');
      }
      return UNKNOWN;
    case 'join': {
      if (!Array.isArray(v)) return UNKNOWN;
      const sep = args[0] ?? '';
      if (typeof sep !== 'string') return UNKNOWN;
      m.items(v.length);
      const parts = v.map(toStr);
      return parts.some((p) => p === UNKNOWN) ? UNKNOWN : joinStr(m, parts as string[], sep);
    }
    case 'unique':
      return Array.isArray(v) ? unique(m, v) : UNKNOWN;
    case 'sort': {
      if (!Array.isArray(v)) return UNKNOWN;
      const attr = kwargs.get('attribute');
      m.items(sortCost(v.length));
      // keys first: a key is read once per element, not once per comparison
      const keyed = v.map((x) => [typeof attr === 'string' ? getAttr(m, x, attr) : x, x] as const);
      let bad = false;
      keyed.sort((a, b) => {
        const c = cmp(a[0], b[0]);
        if (c === undefined) bad = true;
        return c ?? 0;
      });
      if (bad) return UNKNOWN;
      const sorted = keyed.map(([, x]) => x);
      return args[0] === true || kwargs.get('reverse') === true ? sorted.reverse() : sorted;
    }
    case 'max':
    case 'min': {
      if (!Array.isArray(v) || v.length === 0) return UNKNOWN;
      m.items(v.length);
      let best: Value = v[0]!;
      for (let i = 1; i < v.length; i++) {
        const x = v[i]!;
        const c = cmp(x, best);
        if (c === undefined) return UNKNOWN;
        if (name === 'max' ? c > 0 : c < 0) best = x;
      }
      return best;
    }
    case 'sum': {
      if (!Array.isArray(v)) return UNKNOWN;
      m.items(v.length);
      let s = 0;
      for (const x of v) {
        if (typeof x !== 'number') return UNKNOWN;
        s += x;
      }
      return s;
    }
    case 'items':
      if (!(v instanceof Dict)) return UNKNOWN;
      m.items(v.m.size);
      return [...v.m].map(([k, x]) => [k, x]);
    case 'dictsort':
      if (!(v instanceof Dict)) return UNKNOWN;
      m.items(sortCost(v.m.size));
      return [...v.m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, x]);
    case 'map': {
      if (!Array.isArray(v)) return UNKNOWN;
      m.items(v.length);
      const attr = kwargs.get('attribute');
      if (typeof attr === 'string') return v.map((x) => getAttr(m, x, attr));
      if (typeof args[0] === 'string') {
        const f = args[0];
        const rest = args.slice(1);
        return v.map((x) => applyFilter(m, f, x, rest, new Map()));
      }
      return UNKNOWN;
    }
    case 'selectattr':
    case 'rejectattr': {
      if (!Array.isArray(v) || typeof args[0] !== 'string') return UNKNOWN;
      m.items(v.length);
      const attr = args[0];
      const out: Value[] = [];
      for (const x of v) {
        const a = getAttr(m, x, attr);
        let t: boolean | undefined;
        if (args.length >= 3 && (args[1] === 'equalto' || args[1] === '==' || args[1] === 'eq')) {
          t = eq(m, a, args[2]!);
        } else if (args.length >= 3 && args[1] === 'in') {
          const r = binop(m, 'in', a, args[2]!);
          t = r === UNKNOWN ? undefined : (r as boolean);
        } else if (args.length === 1) t = truthy(a);
        else return UNKNOWN;
        if (t === undefined) return UNKNOWN;
        if (t === (name === 'selectattr')) out.push(x);
      }
      return out;
    }
    case 'select':
    case 'reject': {
      if (!Array.isArray(v)) return UNKNOWN;
      m.items(v.length);
      if (args.length !== 0) return UNKNOWN;
      // an item whose truth is not known may be kept: the list is not known then
      if (v.some((x) => truthy(x) === undefined)) return UNKNOWN;
      return v.filter((x) => truthy(x) === (name === 'select'));
    }
  }
  return UNKNOWN;
}

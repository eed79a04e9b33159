/**
 * The dbt project scanner (pure): a tree of files in, projects / nodes / edges / problems out.
 * See types.ts for the API and DESIGN "Lineage from the project's code" for the contract.
 *
 * Passes: (1) projects from every dbt_project.yml; (2) each file parsed once (cached by blob id
 * across scans) and attributed to the deepest project whose paths contain it (macros and
 * YAML sources to every project whose paths contain them: dbt loads a shared folder in each);
 * (3) macros registered, models / snapshots evaluated (refs, sources, config); (4) references
 * resolved as dbt does, linked sources joined, edges merged; (5) macro graph, vars, fingerprints,
 * display names. Everything is sorted; the same files give the same scan.
 */
import { parse as parseYaml } from 'yaml';
import type {
  CodeEdge,
  CodeNode,
  NodeId,
  NodeKind,
  Problem,
  ProjectScan,
  Provenance,
  ScannedProject,
} from './types.js';
import { nodeId } from './types.js';
import type { Expr, TNode, Template } from './jinja-parse.js';
import { isLimitProblem, parseExpr, parseTemplate } from './jinja-parse.js';
import type {
  Deps,
  DynProblem,
  EvalHost,
  EvalResult,
  MacroDef,
  RefRequest,
  Value,
} from './jinja-eval.js';
import { Dict, Evaluator, Relation, UNKNOWN, sameMacro, validDeps } from './jinja-eval.js';
import type { LazySpec } from './fingerprint.js';
import {
  dataFingerprint,
  lazyFingerprints,
  sqlFingerprint,
  textFingerprint,
} from './fingerprint.js';
import { MAX_YAML_ALIASES, aliasCount, fastYaml } from './fast-yaml.js';

export interface ScanCache {
  templates: Map<string, Template>;
  yaml: Map<string, unknown>;
  /** Models' evaluations by blob, path and project: reused while what they asked is unchanged. */
  evals?: Map<string, EvalMemo>;
  /** A YAML file's first line of each `name:`, by blob. */
  nameLines?: Map<string, Map<string, number>>;
  /** The texts of the docs files of the last scan: equal texts give the same array. */
  docsTexts?: string[];
}

export function createScanCache(): ScanCache {
  return { templates: new Map(), yaml: new Map() };
}

export interface ScanOptions {
  /** Blob id per path: parses are cached under it in `cache` (two commits share most blobs). */
  blobIds?: ReadonlyMap<string, string>;
  cache?: ScanCache;
  /**
   * False for a scan that will not be diffed (`lineage`, `audit`, a sync): its nodes carry no
   * fingerprints (`{}`), which spares the memory they would hold. Default true.
   */
  fingerprints?: boolean;
  /**
   * The Jinja work the whole scan may do, in evaluation steps (default: 10M, plus 1,000 per
   * model or snapshot file). Past it, each model left is given up as incomplete.
   */
  jinjaSteps?: number;
}

const SKIP_DIRS = [
  'dbt_packages',
  'dbt_modules',
  'target',
  'node_modules',
  'logs',
  'venv',
  '.venv',
];
const MAX_YAML_BYTES = 20 * 1024 * 1024;
/**
 * The Jinja work of a whole scan (each file has its own budget too): spellbook's ~7,500 models
 * take 1.7M steps, 20k at most for one; a commit of many small files each looping to its own
 * limit stops here, each model left is given up as incomplete.
 */
const SCAN_STEPS = 10_000_000;
const SCAN_STEPS_PER_FILE = 1_000;
/** Aliases the `yaml` package resolves for one scan (see `aliasCount`). */
const MAX_YAML_ALIASES_PER_SCAN = 50_000;

// ---------------------------------------------------------------------------------------------
// Paths

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}
function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}
function stem(p: string): string {
  const b = basename(p);
  const i = b.lastIndexOf('.');
  return i <= 0 ? b : b.slice(0, i);
}
function ext(p: string): string {
  const b = basename(p);
  const i = b.lastIndexOf('.');
  return i < 0 ? '' : b.slice(i + 1).toLowerCase();
}
/** Joins and normalizes; undefined when the result leaves the repository. */
function joinPath(root: string, rel: string): string | undefined {
  const parts = root ? root.split('/') : [];
  for (const seg of rel.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}
function under(path: string, dir: string): boolean {
  return dir === '' || path.startsWith(dir + '/');
}
function skipped(path: string): boolean {
  const segs = path.split('/');
  segs.pop();
  return segs.some((s) => SKIP_DIRS.includes(s));
}
function depthOf(dir: string): number {
  return dir === '' ? 0 : dir.split('/').length;
}

// ---------------------------------------------------------------------------------------------
// Small YAML helpers over untrusted data

type Obj = Record<string, unknown>;
function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
function strList(v: unknown, dflt: string[]): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return dflt;
}
function own(o: Obj, k: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}

const CONFIG_KEYS = new Set([
  'enabled',
  'materialized',
  'schema',
  'alias',
  'database',
  'tags',
  'meta',
  'docs',
  'persist_docs',
  'post-hook',
  'pre-hook',
  'post_hook',
  'pre_hook',
  'full_refresh',
  'unique_key',
  'on_schema_change',
  'incremental_strategy',
  'contract',
  'grants',
  'quoting',
  'column_types',
  'quote_columns',
  'delimiter',
  'file_format',
  'partition_by',
  'cluster_by',
  'sort',
  'dist',
  'strategy',
  'target_schema',
  'target_database',
  'updated_at',
  'check_cols',
  'snapshot_meta_column_names',
  'group',
  'access',
  'transient',
  'copy_grants',
  'bind',
  'labels',
  'location',
  'properties',
  'on_configuration_change',
  'event_time',
  'batch_size',
  'lookback',
  'begin',
  'packages',
  'submission_method',
  'python_version',
  'incremental_predicates',
  'store_failures',
  'severity',
  'freshness',
  'loaded_at_field',
  'identifier',
]);

/** Config applying to `parts` (folders then the file stem) from a dbt_project.yml section. */
function projectConfig(section: unknown, projectName: string, parts: string[]): Obj {
  const out: Obj = {};
  if (!isObj(section)) return out;
  const apply = (node: Obj) => {
    for (const [k, v] of Object.entries(node)) {
      // `+__proto__:` would set the prototype of `out`, and later reads would see its keys
      if (k === '+__proto__') continue;
      if (k.startsWith('+')) out[k.slice(1)] = mergeConfig(out[k.slice(1)], v, k.slice(1));
      else if (
        CONFIG_KEYS.has(k) &&
        !(
          isObj(v) &&
          k !== 'meta' &&
          k !== 'docs' &&
          k !== 'contract' &&
          k !== 'persist_docs' &&
          k !== 'grants' &&
          k !== 'quoting' &&
          k !== 'column_types'
        )
      )
        out[k] = mergeConfig(out[k], v, k);
      else if (
        CONFIG_KEYS.has(k) &&
        (k === 'meta' ||
          k === 'docs' ||
          k === 'contract' ||
          k === 'persist_docs' ||
          k === 'grants' ||
          k === 'quoting' ||
          k === 'column_types')
      )
        out[k] = mergeConfig(out[k], v, k);
    }
  };
  apply(section);
  let node: unknown = own(section, projectName);
  if (!isObj(node)) return out;
  apply(node);
  for (const part of parts) {
    node = own(node as Obj, part);
    if (!isObj(node)) break;
    apply(node);
  }
  return out;
}

function mergeConfig(prev: unknown, next: unknown, key: string): unknown {
  if ((key === 'meta' || key === 'docs' || key === 'column_types') && isObj(prev) && isObj(next))
    return { ...prev, ...next };
  if (key === 'tags' && prev !== undefined) return [...strList(prev, []), ...strList(next, [])];
  return next;
}

function isDisabled(cfg: Obj): boolean {
  const e = cfg['enabled'];
  return e === false || e === 'false' || e === 'False';
}

// ---------------------------------------------------------------------------------------------

interface ProjectInfo extends ScannedProject {
  cfg: Obj;
  vars: Record<string, unknown>;
  dirs: Record<'model' | 'macro' | 'seed' | 'snapshot' | 'analysis' | 'test', string[]>;
}

interface PendingModel {
  node: CodeNode;
  /** Its config from dbt_project.yml and YAML, and its YAML entry (beside the node, not on it:
   * a property deleted from a node made it a slow dictionary-mode object for the whole run). */
  cfg: Obj;
  entry: Obj | undefined;
  nodes: TNode[] | null;
  python?: string;
  localMacros: Map<string, MacroDef>;
  exprs?: Expr[];
  /** What `nodes` come from (a shared parse) and the key of its evaluation in the cache. */
  source?: object;
  memoKey?: string;
  /** A model file parsed only when evaluated (its parse is let go right after). */
  deferred?: ModelFile;
  /** The macros it calls and the vars it reads directly, once evaluated. */
  info?: { calls: Set<string>; vars: Set<string> };
}

interface ModelFile {
  path: string;
  owners: { p: ProjectInfo; dir: string }[];
  template: Template | null;
  text: string;
  python: boolean;
  /** Parsed when first evaluated: a model file that defines no macro. */
  deferred: boolean;
  /** Owners not evaluated yet (a deferred parse is dropped after the last). */
  left: number;
}

/** A model's evaluation kept in the cache for the other commit's scan (see `Deps`). */
interface EvalMemo {
  source: object;
  local: [string, MacroDef][];
  result: EvalResult;
  fileCfg: Obj;
}

interface YamlProps {
  file: string;
  line?: number;
  entry: Obj;
}

export function scanRepository(
  files: ReadonlyMap<string, string>,
  options: ScanOptions = {},
): ProjectScan {
  const problems: Problem[] = [];
  const cache = options.cache;
  const withPrints = options.fingerprints !== false;
  /** Fingerprints from a spec, or none when the scan will not be diffed. */
  const printsOf = (spec: () => LazySpec): CodeNode['fingerprints'] =>
    withPrints ? lazyFingerprints(spec()) : {};
  const blob = (path: string) => options.blobIds?.get(path);
  let aliasesRead = 0;
  const yamlOf = (path: string, text: string): unknown => {
    const key = blob(path);
    if (key && cache?.yaml.has(key)) return cache.yaml.get(key);
    let v: unknown;
    if (text.length > MAX_YAML_BYTES) {
      problems.push({
        rule: 'lineage/incomplete',
        file: path,
        line: 1,
        message: `YAML file larger than ${MAX_YAML_BYTES / 1024 / 1024} MB: not read, so what it declares is not known`,
      });
      v = null;
    } else {
      v = fastYaml(text);
      // the `yaml` package resolves aliases in quadratic time: a file, and the whole scan, get
      // a bounded number of them
      const aliases = v === undefined ? aliasCount(text) : 0;
      if (aliases > MAX_YAML_ALIASES || aliasesRead + aliases > MAX_YAML_ALIASES_PER_SCAN) {
        problems.push({
          rule: 'lineage/incomplete',
          file: path,
          line: 1,
          message: `YAML with more aliases (*name) than can be read (${MAX_YAML_ALIASES} a file, ${MAX_YAML_ALIASES_PER_SCAN} a commit): not read, so what it declares is not known — expand the aliases or split the file`,
        });
        v = null;
      } else if (v === undefined)
        try {
          aliasesRead += aliases;
          v = parseYaml(text, { maxAliasCount: 1000, uniqueKeys: false, prettyErrors: false });
        } catch (error) {
          const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1;
          // the reader's limits (its stack, its alias count), not syntax errors
          const message = String((error as Error).message);
          const limit =
            error instanceof RangeError ||
            /Maximum call stack size exceeded|Excessive alias count/.test(message);
          problems.push(
            limit
              ? {
                  // nested too deeply for the reader: a limit, not a syntax error
                  rule: 'lineage/incomplete',
                  file: path,
                  line,
                  message: `YAML past the reader's limits (${message.split('\n')[0]!.slice(0, 200)}): what it declares is not known`,
                }
              : {
                  rule: 'project/invalid',
                  file: path,
                  line,
                  message: `invalid YAML: ${message.split('\n')[0]} — fix the file's syntax`,
                },
          );
          v = null;
        }
    }
    if (key && cache) cache.yaml.set(key, v);
    return v;
  };
  const templateOf = (path: string, text: string): Template => {
    const key = blob(path);
    const hit = key ? cache?.templates.get(key) : undefined;
    if (hit) return hit;
    const t = parseTemplate(text);
    if (key && cache) cache.templates.set(key, t);
    return t;
  };

  /** A parse's problems, the first 20 of each kind: limits it gave up at, syntax errors. */
  const templateProblems = (path: string, template: Template) => {
    let limits = 0;
    let syntax = 0;
    for (const pr of template.problems) {
      const limit = isLimitProblem(pr);
      if (limit ? ++limits > 20 : ++syntax > 20) continue;
      problems.push({
        rule: limit ? 'lineage/incomplete' : 'project/invalid',
        file: path,
        line: pr.line,
        message: `${pr.message} (Jinja)`,
      });
    }
  };
  /** An evaluation's problems: undecidable references, and where it gave up at a limit. */
  const evalProblems = (found: readonly DynProblem[], at?: { file: string; line: number }) => {
    for (const pr of found)
      problems.push({
        rule: pr.incomplete ? 'lineage/incomplete' : 'lineage/dynamic-ref',
        file: at?.file ?? pr.file,
        line: at?.line ?? pr.line,
        message: pr.message,
      });
  };

  // (1) projects -------------------------------------------------------------------------------
  const projects: ProjectInfo[] = [];
  const paths = [...files.keys()].sort();
  for (const path of paths) {
    if (basename(path) !== 'dbt_project.yml' || skipped(path)) continue;
    const root = dirname(path);
    const cfgRaw = yamlOf(path, files.get(path)!);
    const cfg = isObj(cfgRaw) ? cfgRaw : {};
    if (!isObj(cfgRaw))
      problems.push({
        rule: 'project/invalid',
        file: path,
        line: 1,
        message: 'dbt_project.yml is not a mapping',
      });
    let name = str(cfg['name']);
    if (!name) {
      name = basename(root) || 'root';
      problems.push({
        rule: 'project/invalid',
        file: path,
        line: 1,
        message: `dbt_project.yml has no name; using "${name}"`,
      });
    }
    // A path that leaves the repository (or is absolute) names files this scan cannot read:
    // said, with its line, never dropped in silence.
    const resolve = (key: string, dflt: string[]) =>
      strList(cfg[key], dflt).flatMap((rel) => {
        const joined = /^(\/|\\|[A-Za-z]:[\\/])/.test(rel) ? undefined : joinPath(root, rel);
        if (joined === undefined)
          problems.push({
            rule: 'project/invalid',
            file: path,
            line: keyLine(files.get(path)!, key),
            message: `${key} entry "${rel.slice(0, 200)}" is outside the repository: its files cannot be read — use a path inside the repository`,
          });
        return joined === undefined ? [] : [joined];
      });
    const modelPaths = resolve(cfg['model-paths'] != null ? 'model-paths' : 'source-paths', [
      'models',
    ]);
    const macroPaths = resolve('macro-paths', ['macros']);
    const seedPaths = resolve(cfg['seed-paths'] != null ? 'seed-paths' : 'data-paths', [
      'seeds',
      'data',
    ]);
    const snapshotPaths = resolve('snapshot-paths', ['snapshots']);
    const analysisPaths = resolve('analysis-paths', ['analyses']);
    const testPaths = resolve('test-paths', ['tests']);
    const vars: Record<string, unknown> = {};
    const rawVars = cfg['vars'];
    if (isObj(rawVars)) {
      for (const [k, v] of Object.entries(rawVars)) if (!isObj(v) || k !== name) vars[k] = v;
      const scoped = own(rawVars, name);
      if (isObj(scoped)) Object.assign(vars, scoped);
    }
    projects.push({
      name,
      root,
      file: path,
      modelPaths,
      macroPaths,
      seedPaths,
      snapshotPaths,
      analysisPaths,
      testPaths,
      cfg,
      vars,
      dirs: {
        model: modelPaths,
        macro: macroPaths,
        seed: seedPaths,
        snapshot: snapshotPaths,
        analysis: analysisPaths,
        test: testPaths,
      },
    });
  }
  const projectNames = new Set(projects.map((p) => p.name));
  const varValues = new Map<string, Value>();
  /**
   * A project's `<adapter>__<name>` macros by `<name>` (what `adapter.dispatch('<name>')` may
   * call), built once: looking through every macro on each dispatch was macros × calls.
   */
  const dispatchIndexes = new Map<string, Map<string, MacroDef[]>>();
  const dispatchIndex = (project: string): Map<string, MacroDef[]> => {
    let index = dispatchIndexes.get(project);
    if (!index) {
      dispatchIndexes.set(project, (index = new Map()));
      for (const [n, def] of macroVisible.get(project) ?? []) {
        const at = n.indexOf('__');
        if (at >= 0) push(index, n.slice(at + 2), def);
      }
    }
    return index;
  };
  const projectByName = new Map<string, ProjectInfo>();
  for (const p of projects) if (!projectByName.has(p.name)) projectByName.set(p.name, p);

  type Role = 'model' | 'macro' | 'seed' | 'snapshot';
  /** Every project whose `role` paths contain the file, with the dir that does. */
  const claims = (path: string, role: Role): { p: ProjectInfo; dir: string }[] => {
    const out: { p: ProjectInfo; dir: string }[] = [];
    for (const p of projects) {
      let best: string | undefined;
      for (const d of p.dirs[role])
        if (under(path, d) && (best === undefined || d.length > best.length)) best = d;
      if (best !== undefined) out.push({ p, dir: best });
    }
    return out;
  };
  /** The deepest claiming projects (ties: all). */
  const deepest = (cl: { p: ProjectInfo; dir: string }[]) => {
    if (cl.length <= 1) return cl;
    let max = -1;
    for (const c of cl) max = Math.max(max, depthOf(c.p.root));
    const inside = cl.filter((c) => depthOf(c.p.root) === max);
    return inside;
  };

  // (2) files ----------------------------------------------------------------------------------
  const macros = new Map<string, MacroDef[]>(); // by name
  const macroNodes = new Map<string, CodeNode>(); // by id
  const macroVisible = new Map<string, Map<string, MacroDef>>(); // project → name → def
  for (const p of projects) macroVisible.set(p.name, new Map());
  const pending: PendingModel[] = [];
  const nodes = new Map<NodeId, CodeNode>();
  const yamlModels = new Map<string, Map<string, YamlProps>>(); // project → name → props
  const yamlSeeds = new Map<string, Map<string, YamlProps>>();
  const yamlSnapshots = new Map<string, Map<string, YamlProps>>();
  const yamlMacros = new Map<string, Map<string, YamlProps>>();
  const exposuresRaw: { p: ProjectInfo; props: YamlProps }[] = [];
  const sourcesRaw: { p: ProjectInfo; file: string; source: Obj; table: Obj; line: number }[] = [];
  const docsTexts: string[] = []; // the texts holding `{% docs %}` blocks, in path order
  const docsPaths: string[] = [];
  const macroFiles: { path: string; p: ProjectInfo[]; template: Template; text: string }[] = [];
  const modelFiles: ModelFile[] = [];
  const snapshotFiles: {
    path: string;
    owners: { p: ProjectInfo; dir: string }[];
    template: Template;
    text: string;
  }[] = [];
  const seedFiles: { path: string; owners: { p: ProjectInfo; dir: string }[]; text: string }[] = [];
  const yamlFiles: { path: string; owners: ProjectInfo[] }[] = [];

  for (const path of paths) {
    if (skipped(path) || basename(path) === 'dbt_project.yml') continue;
    const e = ext(path);
    const text = files.get(path)!;
    if (e === 'sql' || e === 'py') {
      const asModel = claims(path, 'model');
      const asMacro = claims(path, 'macro');
      const asSnapshot = e === 'sql' ? claims(path, 'snapshot') : [];
      if (asModel.length + asMacro.length + asSnapshot.length === 0) continue;
      // a model file that cannot define a macro is parsed when evaluated, and let go after
      const deferred =
        e === 'sql' && !asMacro.length && !asSnapshot.length && !text.includes('macro');
      const template = e === 'sql' && !deferred ? templateOf(path, text) : null;
      if (template) templateProblems(path, template);
      if (template && hasMacro(template.nodes)) {
        const ps = [...new Set([...asMacro, ...asModel, ...asSnapshot].map((c) => c.p))];
        macroFiles.push({ path, p: ps, template, text });
      }
      if (asSnapshot.length && template)
        snapshotFiles.push({ path, owners: deepest(asSnapshot), template, text });
      else if (asModel.length && !asMacro.length) {
        const owners = deepest(asModel);
        modelFiles.push({
          path,
          owners,
          template,
          text,
          python: e === 'py',
          deferred,
          left: owners.length,
        });
      } else if (asModel.length && asMacro.length) {
        // a file in a macro path inside a model path (across-analytics): a model too, unless it
        // holds only macro definitions
        if (template && !onlyMacros(template.nodes)) {
          const owners = deepest(asModel);
          modelFiles.push({
            path,
            owners,
            template,
            text,
            python: false,
            deferred: false,
            left: owners.length,
          });
        }
      }
    } else if (e === 'csv') {
      const cl = claims(path, 'seed');
      if (cl.length) seedFiles.push({ path, owners: deepest(cl), text });
    } else if (e === 'yml' || e === 'yaml') {
      const ps = new Set<ProjectInfo>();
      for (const role of ['model', 'seed', 'snapshot', 'macro'] as Role[])
        for (const c of claims(path, role)) ps.add(c.p);
      if (ps.size) yamlFiles.push({ path, owners: [...ps] });
    } else if (e === 'md') {
      if (text.includes('{% docs') || text.includes('{%- docs')) {
        docsPaths.push(path);
        docsTexts.push(text);
      }
    }
  }

  // macros
  for (const mf of macroFiles) {
    const starts = lineStartsOnce(mf.text);
    for (const n of mf.template.nodes) {
      if (n.t !== 'macro' || !n.name) continue;
      for (const p of mf.p) {
        const id = nodeId('macro', p.name, n.name);
        const def: MacroDef = { id, name: n.name, project: p.name, file: mf.path, node: n };
        const vis = macroVisible.get(p.name)!;
        if (!vis.has(n.name)) vis.set(n.name, def);
        if (!macros.has(n.name)) macros.set(n.name, []);
        macros.get(n.name)!.push(def);
        if (!macroNodes.has(id)) {
          macroNodes.set(id, {
            id,
            kind: 'macro',
            project: p.name,
            name: n.name,
            display: n.name,
            path: mf.path,
            line: n.line,
            language: 'sql',
            fingerprints: printsOf(() => codeSpec(mf.text, starts, n.line, n.end)),
            macros: [],
            vars: [],
          });
        }
      }
    }
  }

  // YAML properties
  const yamlIndex = (m: Map<string, Map<string, YamlProps>>, project: string) => {
    if (!m.has(project)) m.set(project, new Map());
    return m.get(project)!;
  };
  for (const yf of yamlFiles) {
    const doc = yamlOf(yf.path, files.get(yf.path)!);
    if (!isObj(doc)) continue;
    const key = blob(yf.path);
    let nameLines = key ? cache?.nameLines?.get(key) : undefined;
    if (!nameLines) {
      nameLines = nameLineIndex(files.get(yf.path)!);
      if (key && cache) (cache.nameLines ??= new Map()).set(key, nameLines);
    }
    const lineOfKey = (_t: unknown, name: string) => nameLines.get(name);
    for (const p of yf.owners) {
      for (const [key, target] of [
        ['models', yamlModels],
        ['seeds', yamlSeeds],
        ['snapshots', yamlSnapshots],
        ['macros', yamlMacros],
      ] as const) {
        for (const entry of arr(doc[key])) {
          if (!isObj(entry) || typeof entry['name'] !== 'string') continue;
          yamlIndex(target, p.name).set(entry['name'], {
            file: yf.path,
            entry,
            line: lineOfKey(null, entry['name']),
          });
        }
      }
      for (const entry of arr(doc['exposures'])) {
        if (!isObj(entry) || typeof entry['name'] !== 'string') continue;
        exposuresRaw.push({
          p,
          props: { file: yf.path, entry, line: lineOfKey(null, entry['name']) },
        });
      }
      for (const source of arr(doc['sources'])) {
        if (!isObj(source) || typeof source['name'] !== 'string') continue;
        for (const table of arr(source['tables'])) {
          if (!isObj(table) || typeof table['name'] !== 'string') continue;
          sourcesRaw.push({
            p,
            file: yf.path,
            source,
            table,
            line: lineOfKey(null, table['name']) ?? 1,
          });
        }
      }
    }
  }

  const layerOf = (cfg: Obj, entry?: Obj): string | undefined => {
    const m1 = isObj(entry?.['meta']) ? (entry!['meta'] as Obj)['layer'] : undefined;
    const c = isObj(entry?.['config']) ? (entry!['config'] as Obj) : undefined;
    const m2 = c && isObj(c['meta']) ? (c['meta'] as Obj)['layer'] : undefined;
    const m3 = isObj(cfg['meta']) ? (cfg['meta'] as Obj)['layer'] : undefined;
    return str(m1) ?? str(m2) ?? str(m3);
  };
  // docs blocks: only a docs fingerprint reads them (a diff, where a description changed)
  const prevDocs = cache?.docsTexts;
  const docsSig =
    prevDocs && prevDocs.length === docsTexts.length && prevDocs.every((t, i) => t === docsTexts[i])
      ? prevDocs
      : docsTexts;
  if (cache) cache.docsTexts = docsSig;
  let docsMap: Map<string, string> | undefined;
  const docsBlocks = (): Map<string, string> => {
    if (docsMap) return docsMap;
    docsMap = new Map();
    docsPaths.forEach((path, i) => {
      for (const n of templateOf(path, docsTexts[i]!).nodes)
        if (n.t === 'block' && n.tag === 'docs') docsMap!.set(n.arg, textOf(n.body));
    });
    return docsMap;
  };
  const docsOf = (entry: Obj | undefined): string => {
    if (!entry) return dataFingerprint(null);
    const expand = (d: unknown) => {
      const s = str(d);
      if (!s) return d;
      return s.replace(
        /\{\{\s*doc\(\s*['"]([^'"]+)['"]\s*\)\s*\}\}/g,
        (_m, n: string) => docsBlocks().get(n) ?? _m,
      );
    };
    const cfg = isObj(entry['config']) ? entry['config'] : {};
    return dataFingerprint({
      description: expand(entry['description']),
      meta: entry['meta'],
      cfgMeta: cfg['meta'],
      tags: entry['tags'],
      cfgTags: cfg['tags'],
      tests: entry['tests'] ?? entry['data_tests'],
      docs: entry['docs'],
      columns: arr(entry['columns']).map((c) =>
        isObj(c)
          ? {
              name: c['name'],
              description: expand(c['description']),
              meta: c['meta'],
              tags: c['tags'],
              tests: c['tests'] ?? c['data_tests'],
            }
          : c,
      ),
    });
  };
  const contractOf = (
    cfg: Obj,
    entry: Obj | undefined,
  ): { enforced: boolean; fp: () => string } => {
    const contract = cfg['contract'];
    const enforced =
      isObj(contract) && (contract['enforced'] === true || contract['enforced'] === 'true');
    const fp = () =>
      dataFingerprint(
        arr(entry?.['columns']).map((c) =>
          isObj(c)
            ? { name: c['name'], data_type: c['data_type'], constraints: c['constraints'] }
            : c,
        ),
      );
    return { enforced, fp };
  };
  const yamlConfig = (entry: Obj | undefined): Obj => {
    if (!entry) return {};
    const out: Obj = isObj(entry['config']) ? { ...(entry['config'] as Obj) } : {};
    for (const k of ['materialized', 'schema', 'alias', 'enabled'])
      if (entry[k] !== undefined && out[k] === undefined) out[k] = entry[k];
    return out;
  };
  const relParts = (path: string, dir: string, withStem: boolean) => {
    const rel = dir === '' ? path : path.slice(dir.length + 1);
    const parts = rel.split('/');
    const last = parts.pop()!;
    if (withStem) parts.push(stem(last));
    return parts;
  };

  // (3) nodes ----------------------------------------------------------------------------------
  // models / snapshots: their fingerprints are made once their file's config is evaluated
  const prints = new Map<
    CodeNode,
    { entry: Obj | undefined; cfgInputs: unknown[]; spec: LazySpec }
  >();
  const addNode = (n: CodeNode) => {
    if (!nodes.has(n.id)) nodes.set(n.id, n);
  };
  // model versions: project → base name → { latest, versions: version → stem }
  const versions = new Map<string, Map<string, { latest?: string; v: Map<string, string> }>>();
  for (const [project, m] of yamlModels) {
    for (const [name, props] of m) {
      const vs = arr(props.entry['versions']);
      if (!vs.length) continue;
      const info = { latest: str(props.entry['latest_version']), v: new Map<string, string>() };
      for (const v of vs) {
        if (!isObj(v)) continue;
        const ver = str(v['v']);
        if (ver === undefined) continue;
        info.v.set(ver, str(v['defined_in']) ?? `${name}_v${ver}`);
      }
      if (!info.latest && info.v.size)
        info.latest = [...info.v.keys()].sort((a, b) => Number(a) - Number(b)).pop();
      if (!versions.has(project)) versions.set(project, new Map());
      versions.get(project)!.set(name, info);
    }
  }
  const versionedYaml = (project: string, fileStem: string): YamlProps | undefined => {
    for (const [base, info] of versions.get(project) ?? [])
      for (const s of info.v.values())
        if (s === fileStem) return yamlModels.get(project)?.get(base);
    return undefined;
  };

  for (const mf of modelFiles) {
    for (const { p, dir } of mf.owners) {
      const name = stem(mf.path);
      const props = yamlModels.get(p.name)?.get(name) ?? versionedYaml(p.name, name);
      const projCfg = projectConfig(p.cfg['models'], p.name, relParts(mf.path, dir, true));
      const cfg: Obj = { ...projCfg, ...yamlConfig(props?.entry) };
      const node: CodeNode = {
        id: nodeId('model', p.name, name),
        kind: 'model',
        project: p.name,
        name,
        display: name,
        path: mf.path,
        line: 1,
        language: mf.python ? 'python' : 'sql',
        fingerprints: {},
        macros: [],
        vars: [],
      };
      const text = mf.text;
      const python = mf.python;
      const entry = props?.entry;
      if (withPrints)
        prints.set(node, {
          entry,
          cfgInputs: [p.cfg, p.name, mf.path, dir, entry],
          spec: {
            sql: [[text, python], () => sqlFingerprint(text, python)],
            format: [[text], () => textFingerprint(text)],
            docs: [[entry, docsSig], () => docsOf(entry)],
          },
        });
      const localMacros = new Map<string, MacroDef>();
      if (mf.template)
        for (const n of mf.template.nodes)
          if (n.t === 'macro' && n.name)
            localMacros.set(
              n.name,
              macroVisible.get(p.name)?.get(n.name) ?? {
                id: '',
                name: n.name,
                project: p.name,
                file: mf.path,
                node: n,
              },
            );
      const key = blob(mf.path);
      pending.push({
        node,
        cfg,
        entry,
        nodes: mf.template ? mf.template.nodes.filter((n) => n.t !== 'macro') : null,
        python: mf.python ? mf.text : undefined,
        localMacros,
        ...(mf.template &&
          key && { source: mf.template, memoKey: `m\u0000${key}\u0000${mf.path}\u0000${p.name}` }),
        ...(mf.deferred && {
          deferred: mf,
          ...(key && { memoKey: `m\u0000${key}\u0000${mf.path}\u0000${p.name}` }),
        }),
      });
    }
  }
  for (const sf of snapshotFiles) {
    const starts = lineStartsOnce(sf.text);
    for (const n of sf.template.nodes) {
      if (n.t !== 'block' || n.tag !== 'snapshot' || !n.arg) continue;
      const name = n.arg.split(/\s/)[0]!;
      for (const { p, dir } of sf.owners) {
        const props = yamlSnapshots.get(p.name)?.get(name);
        const projCfg = projectConfig(p.cfg['snapshots'], p.name, [
          ...relParts(sf.path, dir, false),
          name,
        ]);
        const cfg: Obj = { ...projCfg, ...yamlConfig(props?.entry) };
        const node: CodeNode = {
          id: nodeId('snapshot', p.name, name),
          kind: 'snapshot',
          project: p.name,
          name,
          display: name,
          path: sf.path,
          line: n.line,
          language: 'sql',
          fingerprints: {},
          macros: [],
          vars: [],
        };
        const entry = props?.entry;
        if (withPrints)
          prints.set(node, {
            entry,
            cfgInputs: [p.cfg, p.name, sf.path, dir, name, entry],
            spec: {
              ...codeSpec(sf.text, starts, n.line, n.end),
              docs: [[entry, docsSig], () => docsOf(entry)],
            },
          });
        const key = blob(sf.path);
        pending.push({
          node,
          cfg,
          entry,
          nodes: n.body,
          localMacros: new Map(),
          ...(key && {
            source: n,
            memoKey: `s\u0000${key}\u0000${sf.path}\u0000${p.name}\u0000${n.line}\u0000${name}`,
          }),
        });
      }
    }
  }
  for (const sf of seedFiles) {
    for (const { p, dir } of sf.owners) {
      const name = stem(sf.path);
      const props = yamlSeeds.get(p.name)?.get(name);
      const cfg: Obj = {
        ...projectConfig(p.cfg['seeds'], p.name, relParts(sf.path, dir, true)),
        ...yamlConfig(props?.entry),
      };
      if (isDisabled(cfg)) continue;
      addNode({
        id: nodeId('seed', p.name, name),
        kind: 'seed',
        project: p.name,
        name,
        display: name,
        path: sf.path,
        ...optional({
          layer: layerOf(cfg, props?.entry),
          description: str(props?.entry['description']),
          schema: str(cfg['schema']),
          alias: str(cfg['alias']) ?? name,
        }),
        fingerprints: printsOf(() => ({
          seed: [
            [sf.text, p.cfg, p.name, sf.path, dir, props?.entry],
            () =>
              dataFingerprint({
                text: textFingerprint(sf.text),
                column_types: cfg['column_types'] ?? null,
              }),
          ],
          config: [
            [p.cfg, p.name, sf.path, dir, props?.entry],
            () => dataFingerprint(omit(cfg, ['meta', 'tags', 'docs', 'column_types'])),
          ],
          docs: [[props?.entry, docsSig], () => docsOf(props?.entry)],
        })),
        macros: [],
        vars: [],
      });
    }
  }
  for (const s of sourcesRaw) {
    const sname = s.source['name'] as string;
    const tname = s.table['name'] as string;
    const pcfg = projectConfig(s.p.cfg['sources'], s.p.name, [sname, tname]);
    const scfg = isObj(s.source['config']) ? s.source['config'] : {};
    const tcfg = isObj(s.table['config']) ? s.table['config'] : {};
    const cfg = { ...pcfg, ...scfg, ...tcfg };
    if (isDisabled(cfg) || s.table['enabled'] === false || s.source['enabled'] === false) continue;
    const schema = str(s.source['schema']) ?? sname;
    const identifier = str(s.table['identifier']) ?? tname;
    const id = nodeId('source', s.p.name, `${sname}.${tname}`);
    addNode({
      id,
      kind: 'source',
      project: s.p.name,
      name: `${sname}.${tname}`,
      display: `${sname}.${tname}`,
      path: s.file,
      line: s.line,
      schema,
      alias: identifier,
      ...optional({
        layer: layerOf(cfg, s.table) ?? layerOf({}, s.source),
        description: str(s.table['description']),
      }),
      fingerprints: printsOf(() => ({
        config: [
          [s.p.cfg, s.p.name, s.source, s.table],
          () =>
            dataFingerprint({
              cfg: omit(cfg, ['meta', 'tags', 'docs']),
              schema,
              identifier,
              database: s.source['database'] ?? null,
            }),
        ],
        docs: [
          [s.source, s.table, docsSig],
          () => docsOf({ ...s.table, sourceDescription: s.source['description'] } as Obj),
        ],
      })),
      macros: [],
      vars: [],
    });
  }

  // evaluation host
  const host: EvalHost = {
    macro: (project, name, pkg) => {
      if (pkg && pkg !== project) return macroVisible.get(pkg)?.get(name);
      return macroVisible.get(project)?.get(name);
    },
    dispatch: (project, name, pkg) => {
      const out: MacroDef[] = [];
      const seen = new Set<string>();
      for (const proj of [project, ...(pkg ? [pkg] : [])])
        for (const def of dispatchIndex(proj).get(name) ?? [])
          if (!seen.has(def.name)) {
            seen.add(def.name);
            out.push(def);
          }
      return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    isProject: (name) => projectNames.has(name),
    var: (project, name) => {
      const info = projectByName.get(project);
      const vars = info?.vars;
      if (!info || !vars || !Object.prototype.hasOwnProperty.call(vars, name)) return undefined;
      // converted once per scan (the evaluator copies what it hands out, and the reuse check
      // only compares): a var asked for by every model is not converted again each time
      const key = JSON.stringify([project, name]);
      let value = varValues.get(key);
      if (value === undefined) {
        const budget = { left: TO_VALUE_NODES };
        value = toValue(vars[name], 0, budget);
        if (budget.left < 0) {
          value = UNKNOWN;
          problems.push({
            rule: 'lineage/incomplete',
            file: info.file,
            line: keyLine(files.get(info.file) ?? '', 'vars'),
            message: `var "${name.slice(0, 200)}" holds more than ${TO_VALUE_NODES} values: read as unknown, so the references built from it are not known`,
          });
        }
        varValues.set(key, value);
      }
      return value;
    },
  };
  // what each evaluation asked is kept only when another scan may reuse it
  const evaluator = new Evaluator(
    host,
    cache !== undefined,
    options.jinjaSteps ??
      SCAN_STEPS + SCAN_STEPS_PER_FILE * (modelFiles.length + snapshotFiles.length),
  );
  const depsMemo = new Map<Deps, boolean>();

  /** The macros a model / snapshot calls and the vars it reads, directly. */
  const directCalls = (
    pm: PendingModel,
    project: string,
  ): { calls: Set<string>; vars: Set<string> } => {
    if (pm.python !== undefined) return { calls: new Set(), vars: new Set(pythonVars(pm.python)) };
    const info = collectCalls(pm.nodes ?? [], (name, pkg) => {
      const local = pm.localMacros.get(name);
      if (local && !pkg) return local.id ? [local.id] : [];
      return resolveMacroIds(host, project, name, pkg);
    });
    for (const lm of pm.localMacros.values()) if (lm.id) info.calls.add(lm.id);
    return info;
  };

  const requests: { consumer: CodeNode; refs: RefRequest[] }[] = [];
  for (const pm of pending) {
    const { node, cfg, entry } = pm;
    let refs: RefRequest[] = [];
    let fileCfg: Obj = {};
    if (pm.python !== undefined) {
      const r = scanPython(pm.python);
      refs = r.refs;
      fileCfg = r.config;
      for (const pr of r.problems)
        problems.push({ rule: 'lineage/dynamic-ref', file: node.path, ...pr });
    } else if (pm.deferred) {
      const mf = pm.deferred;
      let template = mf.template;
      if (!template) {
        template = templateOf(mf.path, mf.text);
        templateProblems(mf.path, template);
      }
      mf.template = --mf.left > 0 ? template : null;
      pm.nodes = template.nodes.filter((n) => n.t !== 'macro');
      pm.source = template;
    }
    if (pm.python === undefined && pm.nodes) {
      // the other commit's evaluation of the same parse, while every answer it got still holds
      const memo = pm.memoKey ? cache?.evals?.get(pm.memoKey) : undefined;
      let r: EvalResult;
      if (
        memo &&
        memo.source === pm.source &&
        sameLocals(memo.local, pm.localMacros) &&
        validDeps(memo.result.deps, host, depsMemo)
      ) {
        r = memo.result;
        fileCfg = memo.fileCfg;
      } else {
        r = evaluator.run(pm.nodes, node.path, node.project, pm.localMacros);
        for (const [k, v] of r.config) if (k !== '__proto__') fileCfg[k] = fromValue(v);
        if (pm.memoKey && cache && !r.aborted)
          (cache.evals ??= new Map()).set(pm.memoKey, {
            source: pm.source!,
            local: [...pm.localMacros],
            result: r,
            fileCfg,
          });
      }
      refs = r.refs;
      evalProblems(r.problems);
    }
    // Its parse is let go as soon as it is evaluated (the cache holds what another scan reuses):
    // kept to the end of the scan, every model's syntax tree outlived the young generation.
    pm.source = undefined;
    const merged: Obj = { ...cfg, ...fileCfg };
    if (isDisabled(merged)) {
      pm.nodes = null;
      continue;
    }
    const contract = contractOf(merged, entry);
    const pr = prints.get(node);
    if (pr) {
      const cfgInputs = [...pr.cfgInputs, ...fileCfgInputs(fileCfg)];
      const spec: LazySpec = {
        ...pr.spec,
        config: [
          cfgInputs,
          () => dataFingerprint(omit(merged, ['meta', 'tags', 'docs', 'contract'])),
        ],
      };
      if (contract.enforced) spec.contract = [cfgInputs, () => contract.fp()];
      node.fingerprints = lazyFingerprints(spec);
    }
    if (contract.enforced) node.contract = true;
    const layer = layerOf(merged, entry);
    if (layer) node.layer = layer;
    const description = str(entry?.['description']);
    if (description) node.description = description;
    const schema = str(merged['schema']);
    if (schema) node.schema = schema;
    node.alias = str(merged['alias']) ?? node.name;
    addNode(node);
    requests.push({ consumer: node, refs });
    // what it calls and reads, while its parse is at hand (a deferred one is let go now)
    if (nodes.get(node.id) === node) pm.info = directCalls(pm, node.project);
    pm.nodes = null;
  }
  for (const { p, props } of exposuresRaw) {
    const entry = props.entry;
    const name = entry['name'] as string;
    if (isDisabled(yamlConfig(entry))) continue;
    const node: CodeNode = {
      id: nodeId('exposure', p.name, name),
      kind: 'exposure',
      project: p.name,
      name,
      display: name,
      path: props.file,
      ...optional({ line: props.line, description: str(entry['description']) }),
      fingerprints: printsOf(() => ({
        config: [
          [entry],
          () =>
            dataFingerprint({
              depends_on: entry['depends_on'],
              type: entry['type'],
              url: entry['url'],
            }),
        ],
        docs: [[entry, docsSig], () => docsOf(entry)],
      })),
      macros: [],
      vars: [],
    };
    if (nodes.has(node.id)) continue;
    addNode(node);
    const refs: RefRequest[] = [];
    for (const d of arr(entry['depends_on'])) {
      const s = str(d);
      if (!s) continue;
      const inner = s.replace(/^\s*\{\{-?/, '').replace(/-?\}\}\s*$/, '');
      const { e } = parseExpr(inner, props.line ?? 1);
      const r = evaluator.evalExpr(e, props.file, p.name);
      for (const ref of r.refs) refs.push({ ...ref, line: props.line ?? 1 });
      evalProblems(r.problems, { file: props.file, line: props.line ?? 1 });
    }
    requests.push({ consumer: node, refs });
  }
  for (const n of macroNodes.values()) addNode(n);

  // (4) resolution -----------------------------------------------------------------------------
  const refable = new Map<string, CodeNode[]>(); // name → model/seed/snapshot nodes
  const sourcesByName = new Map<string, CodeNode[]>();
  const modelsByRelation = new Map<string, CodeNode[]>();
  for (const n of nodes.values()) {
    if (n.kind === 'model' || n.kind === 'seed' || n.kind === 'snapshot') {
      push(refable, n.name, n);
      if (n.kind === 'model' && n.schema)
        push(modelsByRelation, `${n.schema}.${n.alias ?? n.name}`.toLowerCase(), n);
    } else if (n.kind === 'source') push(sourcesByName, n.name, n);
  }
  const edges = new Map<string, CodeEdge>();
  const addEdge = (from: NodeId, to: NodeId, prov: Provenance, file: string, line: number) => {
    if (from === to) return;
    const key = `${from}\u0000${to}`;
    const e = edges.get(key);
    if (!e) edges.set(key, { from, to, provenance: [prov], file, line });
    else {
      if (!e.provenance.includes(prov)) e.provenance.push(prov);
      if (line > 0 && (e.line <= 0 || line < e.line)) e.line = line;
    }
  };
  const external = (kind: NodeKind, project: string, name: string, display: string): NodeId => {
    const id = nodeId(kind, project, name);
    if (!nodes.has(id))
      nodes.set(id, {
        id,
        kind,
        project,
        name,
        display,
        path: '',
        external: true,
        fingerprints: {},
        macros: [],
        vars: [],
      });
    return id;
  };
  const ambiguous = new Set<string>();
  const reportAmbiguous = (file: string, line: number, what: string, cands: CodeNode[]) => {
    const key = `${file}:${line}:${what}`;
    if (ambiguous.has(key)) return;
    ambiguous.add(key);
    problems.push({
      rule: 'lineage/ambiguous-ref',
      file,
      line,
      message: `${what} is defined by several projects (${cands
        .map((c) => c.project)
        .sort()
        .join(', ')}); name the package: ref('<project>', '…')`,
    });
  };
  const resolveVersion = (project: string, name: string, version: string | undefined): string => {
    const info = versions.get(project)?.get(name);
    if (!info) return version !== undefined ? `${name}_v${version}` : name;
    const v = version ?? info.latest;
    if (v === undefined) return name;
    return info.v.get(v) ?? `${name}_v${v}`;
  };
  let versionedIn: Map<string, string[]> | undefined; // model name → projects versioning it
  const candidateProjects = (rawName: string, version: string | undefined): Set<string> => {
    if (!versionedIn) {
      versionedIn = new Map();
      for (const [project, names] of versions)
        for (const name of names.keys()) push(versionedIn, name, project);
    }
    const out = new Set<string>(versionedIn.get(rawName));
    for (const n of refable.get(rawName) ?? []) out.add(n.project);
    if (version !== undefined)
      for (const n of refable.get(`${rawName}_v${version}`) ?? []) out.add(n.project);
    return out;
  };
  for (const { consumer, refs } of requests) {
    const P = consumer.project;
    for (const r of refs) {
      const line = r.line > 0 ? r.line : (consumer.line ?? 1);
      if (r.kind === 'ref') {
        const [pkg, rawName] =
          r.args.length === 2 ? [r.args[0]!, r.args[1]!] : [undefined, r.args[0]!];
        const pickIn = (project: string) => {
          const nm =
            versions.get(project)?.has(rawName) || r.version !== undefined
              ? resolveVersion(project, rawName, r.version)
              : rawName;
          return (
            refable.get(nm)?.find((n) => n.project === project) ??
            (nm !== rawName ? refable.get(rawName)?.find((n) => n.project === project) : undefined)
          );
        };
        let target: CodeNode | undefined;
        if (pkg !== undefined) target = pickIn(pkg);
        else {
          target = pickIn(P);
          if (!target) {
            // only the projects that define a node of that name can answer (asking every
            // project for every unresolved ref was projects × refs)
            const others = [...candidateProjects(rawName, r.version)]
              .filter((q) => q !== P && projectNames.has(q))
              .map(pickIn)
              .filter((n): n is CodeNode => !!n);
            if (others.length === 1) target = others[0];
            else if (others.length > 1)
              reportAmbiguous(consumer.path, line, `ref('${rawName}')`, others);
          }
        }
        const id = target
          ? target.id
          : external(
              'model',
              pkg ?? '?',
              r.version ? `${rawName}_v${r.version}` : rawName,
              rawName,
            );
        addEdge(id, consumer.id, r.provenance, consumer.path, line);
      } else {
        const [s, t] = r.args as [string, string];
        const full = `${s}.${t}`;
        const cands = sourcesByName.get(full) ?? [];
        let src = cands.find((n) => n.project === P);
        if (!src) {
          if (cands.length === 1) src = cands[0];
          else if (cands.length > 1)
            reportAmbiguous(consumer.path, line, `source('${s}', '${t}')`, cands);
        }
        const id = src ? src.id : external('source', '?', full, full);
        addEdge(id, consumer.id, r.provenance, consumer.path, line);
        // several projects in one repository: a source naming another project's model
        const schema = src?.schema ?? s;
        const table = src?.alias ?? t;
        for (const m of modelsByRelation.get(`${schema}.${table}`.toLowerCase()) ?? [])
          if (m.project !== P) addEdge(m.id, consumer.id, 'linked-source', consumer.path, line);
      }
    }
  }

  // (5) macro graph, vars, display names -------------------------------------------------------
  const staticInfo = new Map<string, { calls: Set<string>; vars: Set<string> }>(); // macro id → info
  const macroById = new Map<string, MacroDef>();
  for (const defs of macros.values()) for (const d of defs) macroById.set(d.id, d);
  for (const d of [...macroById.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const info = collectCalls(d.node.body, (name, pkg) =>
      resolveMacroIds(host, d.project, name, pkg),
    );
    staticInfo.set(d.id, info);
    const n = nodes.get(d.id as NodeId);
    if (n) {
      n.macros = [...info.calls].sort() as NodeId[];
      n.vars = [...info.vars].sort();
    }
  }
  for (const pm of pending) {
    const node = nodes.get(pm.node.id);
    if (!node || node !== pm.node) continue;
    const info = pm.info ?? directCalls(pm, node.project);
    node.macros = [...info.calls].sort() as NodeId[];
    const vars = new Set(info.vars);
    // vars read through the macros it calls, transitively
    const seen = new Set<string>();
    const stack = [...info.calls];
    while (stack.length) {
      const m = stack.pop()!;
      if (seen.has(m)) continue;
      seen.add(m);
      const mi = staticInfo.get(m);
      if (!mi) continue;
      for (const v of mi.vars) vars.add(v);
      for (const c of mi.calls) stack.push(c);
    }
    node.vars = [...vars].sort();
  }

  const byName = new Map<string, Set<string>>();
  for (const n of nodes.values()) {
    if (n.external) continue;
    const k = `${n.kind === 'seed' || n.kind === 'snapshot' ? 'model' : n.kind}:${n.name}`;
    if (!byName.has(k)) byName.set(k, new Set());
    byName.get(k)!.add(n.project);
  }
  for (const n of nodes.values()) {
    if (n.external) continue;
    const k = `${n.kind === 'seed' || n.kind === 'snapshot' ? 'model' : n.kind}:${n.name}`;
    n.display = (byName.get(k)?.size ?? 0) > 1 ? `${n.project}:${n.name}` : n.name;
  }

  // dedupe problems (a macro's dynamic ref is met once per model calling it)
  const seenProblems = new Set<string>();
  const outProblems: Problem[] = [];
  for (const p of problems) {
    const key = `${p.rule}\u0000${p.file}\u0000${p.line}\u0000${p.message}`;
    if (seenProblems.has(key)) continue;
    seenProblems.add(key);
    outProblems.push(p);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const vars: Record<string, Record<string, unknown>> = {};
  for (const p of projects) vars[p.name] = p.vars;
  return {
    files: [...files.keys()].sort(cmp),
    projects: projects
      .map(
        ({
          name,
          root,
          file,
          modelPaths,
          macroPaths,
          seedPaths,
          snapshotPaths,
          analysisPaths,
          testPaths,
        }) => ({
          name,
          root,
          file,
          modelPaths,
          macroPaths,
          seedPaths,
          snapshotPaths,
          analysisPaths,
          testPaths,
        }),
      )
      .sort((a, b) => cmp(a.file, b.file)),
    nodes: [...nodes.values()].sort((a, b) => cmp(a.id, b.id)),
    edges: [...edges.values()]
      .map((e) => ({ ...e, provenance: [...e.provenance].sort() }))
      .sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to)),
    problems: outProblems.sort(
      (a, b) =>
        cmp(a.file, b.file) || a.line - b.line || cmp(a.rule, b.rule) || cmp(a.message, b.message),
    ),
    vars,
  };
}

// ---------------------------------------------------------------------------------------------

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function optional<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o))
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function omit(o: Obj, keys: string[]): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) if (!keys.includes(k)) out[k] = v;
  return out;
}

/** The sql / format fingerprints of lines `from`..`to` of a file (a macro, a snapshot). */
function codeSpec(text: string, starts: () => number[], from: number, to: number): LazySpec {
  const src = () => sliceLines(text, starts(), from, to);
  return {
    sql: [[text, from, to], () => sqlFingerprint(src())],
    format: [[text, from, to], () => textFingerprint(src())],
  };
}

/** A file's own config as fingerprint inputs: its keys and values, objects by identity. */
function fileCfgInputs(cfg: Obj): unknown[] {
  const out: unknown[] = [];
  for (const k of Object.keys(cfg)) out.push(k, cfg[k]);
  return out;
}

function sameLocals(was: [string, MacroDef][], now: Map<string, MacroDef>): boolean {
  if (was.length !== now.size) return false;
  for (const [name, def] of was) if (!sameMacro(now.get(name), def)) return false;
  return true;
}

function hasMacro(nodes: TNode[]): boolean {
  return nodes.some((n) => n.t === 'macro');
}
function onlyMacros(nodes: TNode[]): boolean {
  return nodes.every((n) => n.t === 'macro' || (n.t === 'text' && !n.s.trim()));
}
function textOf(nodes: TNode[]): string {
  return nodes.map((n) => (n.t === 'text' ? n.s : '')).join('');
}

function sliceLines(text: string, starts: number[], from: number, to: number): string {
  if (from < 1 || from > starts.length) return '';
  const end = to < starts.length ? starts[to]! : text.length;
  return text.slice(starts[from - 1], Math.max(end, starts[from - 1]!));
}

/** A file's line starts, computed once when first asked (its blocks are sliced by line). */
function lineStartsOnce(text: string): () => number[] {
  let starts: number[] | undefined;
  return () => (starts ??= lineStarts(text));
}

/** The first line of each `name: x` in a YAML file (one pass, linear: no backtracking pattern). */
function nameLineIndex(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let line = 0;
  for (const l of text.split('\n')) {
    line++;
    const name = nameOnLine(l);
    if (name && !out.has(name)) out.set(name, line);
  }
  return out;
}

/** `name: x`, `- name: "x"  # note` → x; anything else → undefined. */
function nameOnLine(l: string): string | undefined {
  const space = (i: number) => {
    while (i < l.length && /\s/.test(l[i]!)) i++;
    return i;
  };
  let i = space(0);
  if (l[i] === '-') i = space(i + 1);
  if (!l.startsWith('name:', i)) return undefined;
  i = space(i + 5);
  if (l[i] === '"' || l[i] === "'") i++;
  let j = i;
  while (j < l.length && l[j] !== '"' && l[j] !== "'" && l[j] !== '#') j++;
  // after the name: a closing quote, spaces, a comment, nothing else
  let k = j < l.length && l[j] !== '#' ? j + 1 : j;
  k = space(k);
  if (k < l.length && l[k] !== '#') return undefined;
  return l.slice(i, j).trimEnd();
}

/**
 * Plain data (YAML vars) → a Jinja value. Bounded: a value shared many times by YAML aliases is
 * walked as a tree, so past `TO_VALUE_NODES` nodes the rest is unknown (never a hang).
 */
const TO_VALUE_NODES = 1_000_000;
function toValue(v: unknown, depth: number, budget = { left: TO_VALUE_NODES }): Value {
  if (depth > 20 || --budget.left < 0) return UNKNOWN;
  if (typeof v === 'string') return v.includes('{{') || v.includes('{%') ? UNKNOWN : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
  if (Array.isArray(v)) return v.map((x) => toValue(x, depth + 1, budget));
  if (isObj(v))
    return new Dict(new Map(Object.entries(v).map(([k, x]) => [k, toValue(x, depth + 1, budget)])));
  return UNKNOWN;
}

/**
 * A Jinja value → plain data (a model's config). Bounded like `toValue`: a value built by
 * repeatedly nesting one dict in itself is a small graph but an exponential tree.
 */
const FROM_VALUE_NODES = 100_000;
function fromValue(v: Value, depth = 0, budget = { left: FROM_VALUE_NODES }): unknown {
  if (--budget.left < 0) return '<too large>';
  if (depth > 20 || v === UNKNOWN) return '<unknown>';
  if (v instanceof Dict)
    return Object.fromEntries([...v.m].map(([k, x]) => [k, fromValue(x, depth + 1, budget)]));
  if (Array.isArray(v)) return v.map((x) => fromValue(x, depth + 1, budget));
  if (v instanceof Relation) return `<relation ${v.label}>`;
  if (typeof v === 'object' && v !== null) return '<function>';
  return v;
}

function resolveMacroIds(
  host: EvalHost,
  project: string,
  name: string,
  pkg: string | undefined,
): string[] {
  if (name.startsWith('dispatch:'))
    return host.dispatch(project, name.slice(9), pkg).map((d) => d.id);
  const m = host.macro(project, name, pkg);
  return m ? [m.id] : [];
}

/**
 * Macros a template calls (names, `pkg.name`, `{% call %}`, adapter.dispatch) and vars it reads.
 * Walked with explicit stacks, every node once: linear in the parse and never cut short (a cut
 * would drop a call, and a changed macro would silently not reach the model).
 */
function collectCalls(
  nodes: TNode[],
  resolve: (name: string, pkg: string | undefined) => string[],
): { calls: Set<string>; vars: Set<string> } {
  const calls = new Set<string>();
  const vars = new Set<string>();
  const bodies: TNode[][] = [nodes];
  const exprs: Expr[] = [];
  // a loop, not `push(...xs)`: a spread of a huge literal list would overflow the stack
  const pushAll = (xs: readonly Expr[]) => {
    for (const x of xs) exprs.push(x);
  };
  const call = (e: Extract<Expr, { t: 'call' }>) => {
    const f = e.fn;
    if (f.t === 'name') {
      if (f.n === 'var' && e.args[0]?.t === 'lit' && typeof e.args[0].v === 'string')
        vars.add(e.args[0].v);
      for (const id of resolve(f.n, undefined)) calls.add(id);
    } else if (f.t === 'attr' && f.obj.t === 'name') {
      if (f.obj.n === 'adapter' && f.n === 'dispatch') {
        const a = e.args[0];
        const ns = e.args[1] ?? e.kwargs.find(([k]) => k === 'macro_namespace')?.[1];
        if (a?.t === 'lit' && typeof a.v === 'string')
          for (const id of resolve(
            `dispatch:${a.v}`,
            ns?.t === 'lit' && typeof ns.v === 'string' ? ns.v : undefined,
          ))
            calls.add(id);
      } else for (const id of resolve(f.n, f.obj.n)) calls.add(id);
    }
  };
  const expr = (e: Expr): void => {
    switch (e.t) {
      case 'call':
        call(e);
        exprs.push(e.fn);
        pushAll(e.args);
        for (const [, a] of e.kwargs) exprs.push(a);
        return;
      case 'list':
        pushAll(e.items);
        return;
      case 'dict':
        for (const [k, v] of e.entries) exprs.push(k, v);
        return;
      case 'attr':
      case 'slice':
        exprs.push(e.obj);
        return;
      case 'index':
        exprs.push(e.obj, e.key);
        return;
      case 'filter':
        exprs.push(e.obj);
        pushAll(e.args);
        for (const [, a] of e.kwargs) exprs.push(a);
        return;
      case 'test':
        exprs.push(e.obj);
        pushAll(e.args);
        return;
      case 'bin':
        exprs.push(e.l, e.r);
        return;
      case 'not':
      case 'neg':
        exprs.push(e.e);
        return;
      case 'cond':
        exprs.push(e.c, e.a);
        if (e.b) exprs.push(e.b);
        return;
      default:
        return;
    }
  };
  const node = (n: TNode): void => {
    switch (n.t) {
      case 'out':
      case 'do':
      case 'set':
        exprs.push(n.e);
        break;
      case 'stmt':
        pushAll(n.exprs);
        break;
      case 'setblock':
      case 'block':
        bodies.push(n.body);
        break;
      case 'if':
        for (const b of n.branches) {
          exprs.push(b.c);
          bodies.push(b.body);
        }
        if (n.els) bodies.push(n.els);
        break;
      case 'for':
        exprs.push(n.iter);
        if (n.cond) exprs.push(n.cond);
        bodies.push(n.body);
        if (n.els) bodies.push(n.els);
        break;
      case 'callblock':
        exprs.push(n.call);
        bodies.push(n.body);
        break;
      case 'macro':
        break;
    }
  };
  for (;;) {
    const e = exprs.pop();
    if (e) {
      expr(e);
      continue;
    }
    const body = bodies.pop();
    if (!body) break;
    for (const n of body) node(n);
  }
  return { calls, vars };
}

// Python models ------------------------------------------------------------------------------

/**
 * A Python model's `dbt.ref(...)` / `dbt.source(...)` calls. Only string-literal arguments (and
 * `v=` / `version=`) are read; any other call is reported as undecidable with its line, never
 * dropped. Comments are blanked first, strings kept (a `#` inside a string is not a comment).
 */
function scanPython(text: string): {
  refs: RefRequest[];
  config: Obj;
  problems: { line: number; message: string }[];
} {
  const refs: RefRequest[] = [];
  const problems: { line: number; message: string }[] = [];
  const lines = lineStarts(text);
  const code = pythonCode(text, false);
  // calls are looked for outside strings (a docstring may show one), read with their strings
  let undecided = 0;
  for (const m of pythonCode(text, true).matchAll(/\bdbt\s*\.\s*(ref|source)\s*\(/g)) {
    const kind = m[1] as 'ref' | 'source';
    const call = pythonCallArgs(code, m.index + m[0].length);
    const line = lineAt(lines, m.index);
    const args = call?.positional;
    if (
      !call ||
      !args ||
      (kind === 'ref' && (args.length < 1 || args.length > 2)) ||
      (kind === 'source' && (args.length !== 2 || call.version !== undefined))
    ) {
      if (++undecided <= MAX_PYTHON_PROBLEMS)
        problems.push({
          line,
          message: `dbt.${kind}() with arguments that cannot be decided without running dbt`,
        });
      continue;
    }
    refs.push({
      kind,
      args,
      ...(call.version !== undefined ? { version: call.version } : {}),
      provenance: 'sql',
      line,
    });
  }
  if (undecided > MAX_PYTHON_PROBLEMS)
    problems.push({
      line: problems[problems.length - 1]!.line,
      message: `and ${undecided - MAX_PYTHON_PROBLEMS} more dbt.ref() / dbt.source() calls that cannot be decided`,
    });
  const config: Obj = {};
  const cm = /\bdbt\.config\(([^)]*)\)/.exec(code);
  if (cm) {
    for (const kv of cm[1]!.matchAll(/(\w+)\s*=\s*(True|False|["'][^"']*["'])/g)) {
      const v = kv[2]!;
      config[kv[1]!] = v === 'True' ? true : v === 'False' ? false : v.slice(1, -1);
    }
  }
  return { refs, config, problems };
}

/** A Python model's undecidable references reported one by one; the rest are counted. */
const MAX_PYTHON_PROBLEMS = 20;

/**
 * Python text with its comments blanked (same length, same lines); with `strings`, the inside
 * of its string literals too.
 */
function pythonCode(text: string, strings: boolean): string {
  const out: string[] = [];
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '#') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      out.push(text.slice(from, i), ' '.repeat(stop - i));
      i = from = stop;
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c + c + c, i);
      const q = triple ? c + c + c : c;
      let j = i + q.length;
      while (j < n && !text.startsWith(q, j)) {
        if (text[j] === '\\') j++;
        else if (!triple && text[j] === '\n') break; // an unterminated string ends at the line
        j++;
      }
      const end = Math.min(j + q.length, n);
      if (strings) {
        const inner = Math.min(i + q.length, end);
        out.push(text.slice(from, inner), text.slice(inner, end).replace(/[^\n]/g, ' '));
        from = end;
      }
      i = end;
    } else i++;
  }
  out.push(text.slice(from));
  return out.join('');
}

/**
 * The arguments of a call whose `(` ends just before `at`, when every one is a string literal
 * (plain or raw, no f-string, no concatenation) or `v=` / `version=` a string or number;
 * otherwise null.
 */
function pythonCallArgs(
  code: string,
  at: number,
): { positional: string[]; version?: string } | null {
  const positional: string[] = [];
  let version: string | undefined;
  let i = at;
  const space = () => {
    while (i < code.length && /\s/.test(code[i]!)) i++;
  };
  const literal = (): string | null => {
    let raw = false;
    if ((code[i] === 'r' || code[i] === 'R') && (code[i + 1] === '"' || code[i + 1] === "'")) {
      raw = true;
      i++;
    }
    const q = code[i];
    if (q !== '"' && q !== "'") return null;
    let out = '';
    let j = i + 1;
    while (j < code.length && code[j] !== q) {
      if (code[j] === '\n') return null;
      if (code[j] === '\\') {
        if (raw) out += code[j]!;
        j++;
      }
      out += code[j] ?? '';
      j++;
    }
    if (j >= code.length) return null;
    i = j + 1;
    return out;
  };
  for (let count = 0; count < 8; count++) {
    space();
    if (code[i] === ')') return { positional, ...(version !== undefined && { version }) };
    const kw = /^(v|version)\s*=\s*/.exec(code.slice(i, i + 16));
    if (kw) {
      i += kw[0].length;
      const num = /^\d+(?:\.\d+)?/.exec(code.slice(i, i + 32));
      if (num) {
        version = num[0];
        i += num[0].length;
      } else {
        const s = literal();
        if (s === null) return null;
        version = s;
      }
    } else {
      if (version !== undefined) return null; // a positional argument after a keyword
      const s = literal();
      if (s === null) return null;
      positional.push(s);
    }
    space();
    if (code[i] === ',') i++;
    else if (code[i] !== ')') return null;
  }
  return null;
}

function pythonVars(text: string): string[] {
  return [...text.matchAll(/\bdbt\.config\.get\(\s*["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** The line of a top-level `key:` in a YAML text (1 when not found). */
function keyLine(text: string, key: string): number {
  const at = text.search(new RegExp(`^${key.replace(/[^\w-]/g, '')}[ \t]*:`, 'm'));
  if (at < 0) return 1;
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
  return out;
}
function lineAt(starts: number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * One commit of a dbt project as the column analysis sees it (shared by `analyzeColumnImpact` for
 * a diff and `columnLineage` for `lineage --columns`): the scan's nodes by id, printed name and
 * name, each project's macro library (built once, so the renderer's compiled macros are reused
 * across models), its dialect and vars, the analyses done so far, and the columns YAML and seed
 * files declare — what `select *` expands through when an upstream has no analysis of its own.
 */
import { parse as parseYaml } from 'yaml';
import { DATA_KINDS } from '../lineage/code-lineage.js';
import { fastYaml, tooManyAliases } from '../project/fast-yaml.js';
import type { CodeNode, NodeId, ProjectScan } from '../project/types.js';
import type { Analysis, Dialect, RelationRef } from './types.js';
import { buildMacroLibrary, type MacroLibrary } from './macros.js';
import { renderModel, type RenderResult } from './render.js';
import { detectDialect } from './dialect.js';
import { analyzeModel, type PolyglotRunner } from './polyglot.js';

/** Repository path → file text, at one commit (what src/git/tree-files.ts reads). */
export type FileMap = ReadonlyMap<string, string>;

export interface Side {
  readonly scan: ProjectScan;
  readonly files: FileMap;
  readonly byId: Map<NodeId, CodeNode>;
  readonly byDisplay: Map<string, CodeNode>;
  /** Refable nodes (model, seed, snapshot) by name. */
  readonly byName: Map<string, CodeNode[]>;
  readonly sources: Map<string, CodeNode[]>;
  readonly macros: Map<string, MacroLibrary>;
  readonly analyses: Map<string, Analysis>;
  /** Parsed YAML files by path (null: unreadable). */
  readonly yaml: Map<string, unknown>;
  /** Columns declared in YAML (`columns:`) or a seed's CSV header, by printed name; lazy. */
  declared?: Map<string, readonly string[]>;
  /** Time spent per step, ms: rendering (here), polyglot's parse and analysis (in its worker,
   * summed over workers), the structure built from its result (here). */
  readonly time: { render: number; parse: number; analysis: number; structure: number };
}

export function sideOf(scan: ProjectScan, files: FileMap): Side {
  const byId = new Map<NodeId, CodeNode>();
  const byDisplay = new Map<string, CodeNode>();
  const byName = new Map<string, CodeNode[]>();
  const sources = new Map<string, CodeNode[]>();
  for (const n of scan.nodes) {
    byId.set(n.id, n);
    if (DATA_KINDS.has(n.kind) && !byDisplay.has(n.display)) byDisplay.set(n.display, n);
    const map = n.kind === 'source' ? sources : n.kind === 'macro' ? undefined : byName;
    if (!map || n.kind === 'exposure') continue;
    const list = map.get(n.name) ?? [];
    list.push(n);
    map.set(n.name, list);
  }
  return {
    scan,
    files,
    byId,
    byDisplay,
    byName,
    sources,
    macros: new Map(),
    analyses: new Map(),
    yaml: new Map(),
    time: { render: 0, parse: 0, analysis: 0, structure: 0 },
  };
}

export function projectRoot(scan: ProjectScan, project: string): string {
  const p = scan.projects.find((x) => x.name === project);
  return p ? p.root : '';
}

/** The project's macro library, built once per side and project. */
export function macrosOf(side: Side, project: string): MacroLibrary {
  let lib = side.macros.get(project);
  if (lib) return lib;
  const p = side.scan.projects.find((x) => x.name === project);
  // The scan's macro paths are repository paths already (`../../dbt_macros` of a project in
  // dbt_subprojects/dex is `dbt_macros`).
  const prefixes = (p?.macroPaths ?? ['macros']).map((m) => {
    const dir = m.replace(/\/+$/, '');
    return dir === '' || dir === '.' ? '' : `${dir}/`;
  });
  const files: { path: string; text: string }[] = [];
  for (const [path, text] of side.files) {
    if (path.endsWith('.sql') && prefixes.some((pre) => path.startsWith(pre)))
      files.push({ path, text });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  lib = buildMacroLibrary(files);
  side.macros.set(project, lib);
  return lib;
}

/** The project's dialect: explicit, else detected from its macros and some of its models' SQL. */
export function detectProjectDialect(
  side: Side,
  project: string,
  explicit: string | undefined,
): Dialect {
  const lib = macrosOf(side, project);
  const sql: string[] = [];
  for (const n of side.scan.nodes) {
    if (n.kind === 'model' && n.project === project) {
      const t = side.files.get(n.path);
      if (t !== undefined) sql.push(t);
      if (sql.length >= 200) break;
    }
  }
  return detectDialect({
    ...(explicit !== undefined && { explicit }),
    macroNames: lib.macros.keys(),
    sql,
  }).dialect;
}

/** `dbt_project.yml` vars of a project, overridden by the caller's. */
export function varsOf(
  scan: ProjectScan,
  project: string,
  overrides: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  return { ...(Object.hasOwn(scan.vars, project) ? scan.vars[project] : {}), ...overrides };
}

/** The node a rendered relation stands for, on one side. */
export function resolveRelationNode(
  side: Side,
  self: CodeNode,
  rel: RelationRef,
): CodeNode | undefined {
  if (rel.kind === 'this') return self;
  if (rel.kind === 'source') {
    const list = side.sources.get(`${rel.source}.${rel.table}`) ?? [];
    return list.find((n) => n.project === self.project) ?? list[0];
  }
  const list = side.byName.get(rel.name) ?? [];
  return rel.package
    ? list.find((n) => n.project === rel.package)
    : (list.find((n) => n.project === self.project) ?? (list.length === 1 ? list[0] : undefined));
}

/** The printed name of the node a rendered relation stands for, on one side. */
export function resolveRelation(side: Side, self: CodeNode, rel: RelationRef): string | undefined {
  return resolveRelationNode(side, self, rel)?.display;
}

export interface Analysed {
  analysis: Analysis;
  sql?: string;
  /** Rendered relation name → printed name of the upstream node. */
  upstream: Record<string, string>;
  /** The renderer's relations (what each rendered name stands for), when it rendered. */
  relations?: Readonly<Record<string, RelationRef>>;
}

/**
 * A model's SQL rendered (it reads no other model's analysis, so it can be done ahead of time, in
 * any order), or why there is none to analyse.
 */
export type Rendering = { readonly rendered: RenderResult } | { readonly none: Analysed };

/** Render one model or snapshot (what `analyseOn` starts with). */
export function renderOn(
  side: Side,
  node: CodeNode,
  dialect: Dialect,
  vars: Readonly<Record<string, unknown>>,
): Rendering {
  if (node.kind !== 'model' && node.kind !== 'snapshot')
    return {
      none: { analysis: { unknown: `a ${node.kind} has no SQL to analyse` }, upstream: {} },
    };
  if (node.language === 'python')
    return { none: { analysis: { unknown: 'a Python model (not analysed)' }, upstream: {} } };
  const text = side.files.get(node.path);
  if (text === undefined)
    return { none: { analysis: { unknown: `${node.path} was not read` }, upstream: {} } };
  const t0 = performance.now();
  const rendered = renderModel(text, {
    dialect,
    model: node.name,
    projectName: node.project,
    vars,
    macros: macrosOf(side, node.project),
  });
  side.time.render += performance.now() - t0;
  return { rendered };
}

/**
 * Render and analyse one model or snapshot. `select *` expands through the upstream models'
 * complete analyses (this side's, else `fallback`'s), else the columns their YAML or CSV declares.
 */
export async function analyseOn(
  side: Side,
  node: CodeNode,
  dialect: Dialect,
  vars: Readonly<Record<string, unknown>>,
  runner: PolyglotRunner,
  /** Upstream analyses to read `select *` through (the other side's, for unchanged models). */
  fallback: Map<string, Analysis> | undefined,
  /** False when only the columns are read (an export): see `analyzeModel`. */
  structure = true,
  /** The model rendered ahead of time by `renderOn` (with the same dialect and vars). */
  ahead?: Rendering,
): Promise<Analysed> {
  const rendering = ahead ?? renderOn(side, node, dialect, vars);
  if ('none' in rendering) return rendering.none;
  const { rendered } = rendering;
  if ('unknown' in rendered)
    return { analysis: { unknown: `render: ${rendered.unknown}` }, upstream: {} };
  const upstream: Record<string, string> = {};
  for (const [name, rel] of Object.entries(rendered.relations)) {
    const display = resolveRelation(side, node, rel);
    if (display !== undefined && display !== node.display) upstream[name] = display;
  }
  const columnsOf = (rel: string): readonly string[] | undefined => {
    const display = Object.hasOwn(upstream, rel) ? upstream[rel] : undefined;
    if (display === undefined) return undefined;
    const a = side.analyses.get(display) ?? fallback?.get(display);
    if (a && !('unknown' in a) && a.complete) return a.columns.map((c) => c.name);
    return declaredColumns(side, display);
  };
  const analysis = await analyzeModel(rendered, dialect, columnsOf, runner, side.time, structure);
  return { analysis, sql: rendered.sql, upstream, relations: rendered.relations };
}

/** A YAML file of the side, parsed once (null when unreadable). */
export function yamlOf(side: Side, path: string): unknown {
  if (side.yaml.has(path)) return side.yaml.get(path);
  const text = side.files.get(path);
  let doc: unknown = null;
  if (text !== undefined && text.length <= 5_000_000) {
    doc = fastYaml(text);
    if (doc === undefined && !tooManyAliases(text))
      try {
        doc = parseYaml(text, { maxAliasCount: 100, uniqueKeys: false }) ?? null;
      } catch {
        doc = null;
      }
  }
  side.yaml.set(path, doc ?? null);
  return doc ?? null;
}

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function columnNames(entry: Record<string, unknown>): string[] | undefined {
  const cols = entry['columns'];
  if (!Array.isArray(cols)) return undefined;
  const names = cols.flatMap((c) =>
    isObj(c) && typeof c['name'] === 'string' ? [c['name'].toLowerCase()] : [],
  );
  return names.length > 0 ? [...new Set(names)] : undefined;
}

/** The header of a seed's CSV (its column names), when it has a plain one. */
function csvHeader(text: string): string[] | undefined {
  const end = text.indexOf('\n');
  const line = (end < 0 ? text : text.slice(0, end)).replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (!line || line.length > 20_000) return undefined;
  const names = line.split(',').map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase(),
  );
  return names.every((n) => /^[\w$ ]+$/.test(n)) ? names : undefined;
}

/**
 * The columns declared for a node: a seed's CSV header, else `columns:` in its YAML (models,
 * seeds, snapshots: `models:` / `seeds:` / `snapshots:` entries; sources: the table's entry). The
 * YAML list is taken as the node's columns, as dbt's docs declare them.
 */
export function declaredColumns(side: Side, display: string): readonly string[] | undefined {
  if (!side.declared) side.declared = indexDeclared(side);
  return side.declared.get(display);
}

function indexDeclared(side: Side): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  const byKindName = new Map<string, CodeNode[]>();
  for (const n of side.scan.nodes) {
    if (!DATA_KINDS.has(n.kind) || n.external) continue;
    const key = `${n.kind}\u0000${n.name}`;
    const list = byKindName.get(key) ?? [];
    list.push(n);
    byKindName.set(key, list);
  }
  // Seeds: the CSV header is exact.
  for (const n of side.scan.nodes) {
    if (n.kind !== 'seed' || n.external) continue;
    const text = side.files.get(n.path);
    const header = text === undefined ? undefined : csvHeader(text);
    if (header) out.set(n.display, header);
  }
  const roots = side.scan.projects.map((p) => ({
    name: p.name,
    prefix: p.root ? `${p.root}/` : '',
  }));
  const owner = (path: string) =>
    roots
      .filter((r) => path.startsWith(r.prefix))
      .sort((a, b) => b.prefix.length - a.prefix.length)[0]?.name;
  const put = (kind: string, name: string, project: string | undefined, cols: string[]) => {
    const list = byKindName.get(`${kind}\u0000${name}`) ?? [];
    const node =
      list.find((n) => n.project === project) ?? (list.length === 1 ? list[0] : undefined);
    if (node && !out.has(node.display)) out.set(node.display, cols);
  };
  for (const [path, text] of side.files) {
    if (!/\.ya?ml$/.test(path) || !text.includes('columns:') || path.endsWith('dbt_project.yml'))
      continue;
    const doc = yamlOf(side, path);
    if (!isObj(doc)) continue;
    const project = owner(path);
    for (const [section, kind] of [
      ['models', 'model'],
      ['seeds', 'seed'],
      ['snapshots', 'snapshot'],
    ] as const) {
      const list = doc[section];
      if (!Array.isArray(list)) continue;
      for (const e of list) {
        if (!isObj(e) || typeof e['name'] !== 'string') continue;
        const cols = columnNames(e);
        if (cols) put(kind, e['name'], project, cols);
      }
    }
    const sources = doc['sources'];
    if (!Array.isArray(sources)) continue;
    for (const s of sources) {
      if (!isObj(s) || typeof s['name'] !== 'string' || !Array.isArray(s['tables'])) continue;
      for (const t of s['tables'] as unknown[]) {
        if (!isObj(t) || typeof t['name'] !== 'string') continue;
        const cols = columnNames(t);
        if (cols) put('source', `${s['name']}.${t['name']}`, project, cols);
      }
    }
  }
  return out;
}

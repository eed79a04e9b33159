/**
 * Test-only loader of a dbt project tree from a corpus bundle: every dbt_project.yml, its model and
 * macro paths, its vars. (The product's own scanner is elsewhere; this is enough to measure the
 * renderer and the parser on real projects.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface CorpusProject {
  root: string;
  name: string;
  vars: Record<string, unknown>;
  models: { path: string; text: string }[];
  macros: { path: string; text: string }[];
}

/** Clone a bundle (mirror) once and extract the tree of `rev` (default `main`) into `dir`. */
export function extractBundle(bundle: string, dir: string, rev = 'main'): string {
  const tree = join(dir, rev === 'main' ? 'tree' : `tree-${rev.replace(/[^A-Za-z0-9]/g, '_')}`);
  if (existsSync(tree)) return tree;
  const git = join(dir, 'repo.git');
  if (!existsSync(git)) execFileSync('git', ['clone', '--mirror', '--quiet', bundle, git]);
  mkdirSync(tree, { recursive: true });
  const tar = execFileSync('git', ['--git-dir', git, 'archive', rev], {
    maxBuffer: 512 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', tree], { input: tar });
  return tree;
}

/** The pair branches of a cloned bundle and, per pair, the modified files. */
export function pairs(dir: string): { pair: string; modified: string[] }[] {
  const git = join(dir, 'repo.git');
  const refs = execFileSync('git', [
    '--git-dir',
    git,
    'for-each-ref',
    '--format=%(refname:short)',
    'refs/heads/pair/',
  ])
    .toString()
    .split('\n')
    .filter(Boolean);
  return refs.map((pair) => {
    const out = execFileSync('git', [
      '--git-dir',
      git,
      'diff',
      '--no-renames',
      '--name-status',
      `${pair}~1`,
      pair,
    ])
      .toString()
      .split('\n')
      .filter((l) => l.startsWith('M\t'))
      .map((l) => l.slice(2));
    return { pair, modified: out };
  });
}

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    const st = statSync(p);
    if (st.isDirectory()) {
      if (!['dbt_packages', 'dbt_modules', 'target', 'node_modules', 'logs'].includes(e))
        walk(p, out);
    } else if (e.endsWith('.sql')) out.push(p);
  }
}

export function loadProjects(tree: string): CorpusProject[] {
  const ymls: string[] = [];
  const find = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) {
        if (!['dbt_packages', 'dbt_modules', 'target', 'node_modules', '.git'].includes(e)) find(p);
      } else if (e === 'dbt_project.yml') ymls.push(p);
    }
  };
  find(tree);
  return ymls.map((yml) => {
    const root = dirname(yml);
    const doc = (parseYaml(readFileSync(yml, 'utf8')) ?? {}) as Record<string, unknown>;
    const name = String(doc.name ?? 'project');
    const list = (k: string, d: string[]) => (Array.isArray(doc[k]) ? (doc[k] as string[]) : d);
    const modelPaths = list('model-paths', list('source-paths', ['models']));
    const macroPaths = list('macro-paths', ['macros']);
    const rawVars = (doc.vars ?? {}) as Record<string, unknown>;
    const vars: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(rawVars)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        if (k === name) Object.assign(vars, v);
      } else vars[k] = v;
    }
    const read = (paths: string[]) => {
      const files: string[] = [];
      for (const p of paths) walk(join(root, p), files);
      return files.sort().map((f) => ({ path: relative(tree, f), text: readFileSync(f, 'utf8') }));
    };
    return {
      root: relative(tree, root) || '.',
      name,
      vars,
      models: read(modelPaths),
      macros: read(macroPaths),
    };
  });
}

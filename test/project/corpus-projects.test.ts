/**
 * The scanner over real dbt projects (git bundles in ../shared/corpus/projects, test data only;
 * skipped when absent): dbt's own parent_map, every literal reference, Jinja-built references,
 * comment-only and macro edits. Each bundle is cloned once; spellbook is scanned once per side.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTree, readTrees } from '../../src/git/tree-files.js';
import { parse as parseYaml } from 'yaml';
import { fastYaml } from '../../src/project/fast-yaml.js';
import { createScanCache, diffScans, scanRepository } from '../../src/project/index.js';
import type { CodeChange, ProjectScan } from '../../src/project/index.js';

const BUNDLES = resolve('..', 'shared', 'corpus', 'projects');
const present = existsSync(join(BUNDLES, 'spellbook.bundle'));
const REPOS = ['across-analytics', 'jaffle-shop', 'mattermost-data-warehouse', 'tuva', 'spellbook'];

let dir = '';
const repo = (name: string) => join(dir, `${name}.git`);
const git = (name: string, args: string[]) =>
  execFileSync('git', ['--git-dir', repo(name), ...args], { encoding: 'utf8' });

beforeAll(() => {
  if (!present) return;
  dir = mkdtempSync(join(tmpdir(), 'scanner-corpus-'));
  for (const name of REPOS)
    execFileSync('git', [
      'clone',
      '--mirror',
      '--quiet',
      join(BUNDLES, `${name}.bundle`),
      repo(name),
    ]);
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const withJson = (p: string) => /\.(sql|py|ya?ml|csv|md|json)$/i.test(p);

/** Model / snapshot files' literal ref() and source() calls inside Jinja tags, by a regex. */
function literalRefs(files: ReadonlyMap<string, string>, scan: ProjectScan) {
  const out: { path: string; node: string; want: string; call: string }[] = [];
  for (const n of scan.nodes) {
    if ((n.kind !== 'model' && n.kind !== 'snapshot') || !n.path || n.language === 'python')
      continue;
    const text = files
      .get(n.path)!
      .replace(/\{#[\s\S]*?#\}/g, '')
      .replace(/\{%-?\s*macro[\s\S]*?endmacro\s*-?%\}/g, '');
    const tags = [...text.matchAll(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g)].map((m) => m[0]).join('\n');
    const re = /\b(ref|source)\(\s*(['"])([^'"]+)\2\s*(?:,\s*(['"])([^'"]+)\4\s*)?\)/g;
    for (const m of tags.matchAll(re)) {
      const want = m[1] === 'ref' ? (m[5] ?? m[3])! : `${m[3]}.${m[5]}`;
      out.push({ path: n.path, node: n.id, want, call: m[0] });
    }
  }
  return out;
}

function missingLiteralRefs(files: ReadonlyMap<string, string>, scan: ProjectScan): string[] {
  const names = new Map(scan.nodes.map((n) => [n.id, n.name]));
  const into = new Map<string, Set<string>>();
  for (const e of scan.edges) {
    if (!into.has(e.to)) into.set(e.to, new Set());
    into.get(e.to)!.add(names.get(e.from)!);
  }
  const refs = literalRefs(files, scan);
  expect(refs.length).toBeGreaterThan(0);
  return refs
    .filter((r) => {
      const got = into.get(r.node) ?? new Set();
      return !got.has(r.want) && ![...got].some((g) => g.startsWith(`${r.want}_v`));
    })
    .map((r) => `${r.path}: ${r.call}`);
}

function reach(scan: ProjectScan, from: string[], provenance: string[]): Set<string> {
  const out = new Map<string, string[]>();
  for (const e of scan.edges)
    if (e.provenance.some((p) => provenance.includes(p))) {
      if (!out.has(e.from)) out.set(e.from, []);
      out.get(e.from)!.push(e.to);
    }
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length) {
    const n = stack.pop()!;
    for (const m of out.get(n) ?? [])
      if (!seen.has(m)) {
        seen.add(m);
        stack.push(m);
      }
  }
  for (const f of from) seen.delete(f);
  return seen;
}

describe.skipIf(!present)('the scanner over the corpus projects', () => {
  it('across-analytics: model/source/seed → model edges equal dbt parent_map at every manifest commit', async () => {
    const refs = git('across-analytics', [
      'for-each-ref',
      '--format=%(refname:short)',
      'refs/heads/pair',
    ])
      .trim()
      .split('\n');
    let checked = 0;
    for (const ref of refs.flatMap((r) => [`${r}~1`, r])) {
      const { files } = await readTree(repo('across-analytics'), ref, withJson);
      const manifestPath = [...files.keys()].find((p) => p.endsWith('target/manifest.json'));
      if (!manifestPath) continue;
      const manifest = JSON.parse(files.get(manifestPath)!) as {
        parent_map: Record<string, string[]>;
      };
      const id = (u: string) => {
        const [kind, project, ...rest] = u.split('.');
        return `${kind}:${project}:${rest.join('.')}`;
      };
      const want: string[] = [];
      for (const [child, parents] of Object.entries(manifest.parent_map))
        if (child.startsWith('model.'))
          for (const p of parents)
            if (/^(model|source|seed)\./.test(p)) want.push(`${id(p)} -> ${id(child)}`);
      const scan = scanRepository(files);
      const got = scan.edges
        .filter((e) => e.to.startsWith('model:') && /^(model|source|seed):/.test(e.from))
        .map((e) => `${e.from} -> ${e.to}`);
      expect(got.sort(), `${ref}`).toEqual([...new Set(want)].sort());
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('the fast YAML reader equals yaml on every corpus YAML file where it answers', async () => {
    let answered = 0;
    for (const name of REPOS) {
      const { files } = await readTree(repo(name), 'head', (p) => /\.ya?ml$/i.test(p));
      // spellbook: every 4th file keeps the check affordable (the full yaml parser is slow)
      const sample = [...files].filter((_, i) => name !== 'spellbook' || i % 4 === 0);
      for (const [path, text] of sample) {
        const fast = fastYaml(text);
        if (fast === undefined) continue;
        answered++;
        expect(fast, path).toEqual(parseYaml(text, { uniqueKeys: false, maxAliasCount: 1000 }));
      }
    }
    expect(answered).toBeGreaterThan(800);
  });

  it('every literal ref() / source() of every small corpus project is found', async () => {
    // decided by a var the project sets: `{% if var('use_synthetic_data') == true %}` (true)
    const decidedByProjectVar = [
      "integration_tests/models/patient.sql: source('source_input', 'patient')",
    ];
    for (const name of ['across-analytics', 'jaffle-shop', 'mattermost-data-warehouse', 'tuva']) {
      const { files } = await readTree(repo(name), 'head');
      const missing = missingLiteralRefs(files, scanRepository(files));
      expect(
        missing.filter((m) => !decidedByProjectVar.includes(m)),
        name,
      ).toEqual([]);
    }
  });

  describe('spellbook PR 9918 (5 projects, ~7,500 models, heavy Jinja)', () => {
    let base: ProjectScan;
    let head: ProjectScan;
    let headFiles: ReadonlyMap<string, string>;
    let changes: CodeChange[];
    beforeAll(async () => {
      const trees = await readTrees(repo('spellbook'), 'pair/9918~1', 'pair/9918');
      const cache = createScanCache();
      base = scanRepository(trees.base.files, { blobIds: trees.base.blobIds, cache });
      head = scanRepository(trees.head.files, { blobIds: trees.head.blobIds, cache });
      headFiles = trees.head.files;
      changes = diffScans(base, head);
    }, 300_000);

    it('scans every project and finds every literal reference', () => {
      expect(head.projects.map((p) => p.name)).toEqual([
        'daily_spellbook',
        'dex',
        'hourly_spellbook',
        'solana',
        'tokens',
      ]);
      expect(head.nodes.filter((n) => n.kind === 'model' && !n.external).length).toBeGreaterThan(
        7000,
      );
      // decided: `{% set test_short_ci=false %}` … `{% if test_short_ci %}` (dbt skips it too)
      expect(missingLiteralRefs(headFiles, head)).toEqual([
        "dbt_subprojects/hourly_spellbook/models/_sector/gas/fees/cronos/gas_cronos_fees.sql: ref('evm_gas_fees')",
      ]);
    });

    it('the radius follows the Jinja-built references', () => {
      // the PR's own model edits (code changed or added), as a file-based view sees them
      const edited = changes
        .filter(
          (c) => c.node.startsWith('model:') && (c.kind === 'added' || c.reasons.includes('sql')),
        )
        .map((c) => c.node);
      expect(edited.length).toBeGreaterThanOrEqual(14);
      const literal = reach(head, edited, ['sql']);
      const all = reach(head, edited, ['sql', 'jinja', 'macro', 'linked-source']);
      // measured: literal refs alone reach 7 models; Jinja-resolved ones reach hundreds
      expect(literal.size).toBeLessThan(20);
      expect(all.size).toBeGreaterThanOrEqual(250);
      // and its macro edits anchor the models calling them
      const macroAnchored = changes.filter((c) => c.reasons.includes('macro') && c.anchors);
      expect(macroAnchored.length).toBeGreaterThan(50);
      expect(changes.filter((c) => c.node.startsWith('macro:')).every((c) => !c.anchors)).toBe(
        true,
      );
    });
  });

  describe('edits of a real project (across-analytics head)', () => {
    let files: Map<string, string>;
    let base: ProjectScan;
    beforeAll(async () => {
      files = (await readTree(repo('across-analytics'), 'head')).files;
      base = scanRepository(files);
    });

    it('a comment-only or whitespace-only edit of every model anchors nothing', () => {
      const next = new Map(files);
      const models = base.nodes.filter((n) => n.kind === 'model' && !n.external);
      for (const m of models)
        next.set(m.path, `-- reviewed\n${next.get(m.path)!.replace(/\n/g, '\n\n')}{# done #}\n`);
      const changes = diffScans(base, scanRepository(next));
      expect(changes.length).toBe(models.length);
      expect(changes.every((c) => !c.anchors && c.reasons.join() === 'sql-format')).toBe(true);
    });

    it('a macro edit reaches exactly the models that call it, directly or through macros', () => {
      const macros = base.nodes.filter((n) => n.kind === 'macro');
      expect(macros.length).toBeGreaterThan(3);
      const callsOf = (text: string, name: string) => new RegExp(`\\b${name}\\s*\\(`).test(text);
      for (const macro of macros) {
        // callers by text: models calling it, or calling a macro that (transitively) does
        const callers = new Set([macro.name]);
        for (let grew = true; grew;) {
          grew = false;
          for (const m of macros)
            if (!callers.has(m.name) && [...callers].some((c) => callsOf(files.get(m.path)!, c))) {
              callers.add(m.name);
              grew = true;
            }
        }
        const expected = base.nodes
          .filter((n) => n.kind === 'model' && !n.external)
          .filter((n) => [...callers].some((c) => callsOf(files.get(n.path)!, c)))
          .map((n) => n.id)
          .sort();
        const next = new Map(files);
        const text = next.get(macro.path)!;
        next.set(macro.path, text.replace(/%\}/, '%} 1 +'));
        const changes = diffScans(base, scanRepository(next));
        const anchored = changes.filter((c) => c.anchors).map((c) => c.node);
        expect(anchored, macro.name).toEqual(expected);
        expect(changes.find((c) => c.node === macro.id)?.anchors).toBe(false);
      }
    });
  });
});

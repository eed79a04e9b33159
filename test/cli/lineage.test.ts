/**
 * Code lineage on the command line (git mode): a repository with no inventory, a macro edit
 * reaching its callers, a comment-only edit, a var change, `--lineage inventory` as before, and
 * `blast-radius lineage`. Small fixture repositories built here; the corpus bundles when present.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineageMermaid, type LineageGraph } from '../../src/cli/lineage-graph.js';
import { m } from '../helpers.js';
import { cli, tempDir, TestRepo } from './run-cli.js';

const PROJECT = {
  'dbt_project.yml': "name: acme\nversion: '1.0'\nvars:\n  lookback: 30\n",
  'macros/ids.sql':
    '{% macro click_id(r) %}coalesce({{ r }}.gclid, {{ r }}.fbclid){% endmacro %}\n' +
    '{% macro unused_helper() %}1{% endmacro %}\n',
  'models/staging/stg_events.sql': "select * from {{ source('raw', 'events') }}\n",
  'models/staging/stg_users.sql': "-- the users\nselect * from {{ source('raw', 'users') }}\n",
  'models/intermediate/int_clicks.sql':
    "select {{ click_id('e') }} as click_id from {{ ref('stg_events') }} e\n",
  'models/intermediate/int_window.sql':
    "select * from {{ ref('stg_events') }} where age < {{ var('lookback') }}\n",
  'models/marts/fct_attribution.sql':
    "select * from {{ ref('int_clicks') }} join {{ ref('stg_users') }} using (user_id)\n",
  'models/marts/rep_window.sql': "select * from {{ ref('int_window') }}\n",
};

/** A repository with the project at `main`, and one branch per edit. */
function projectRepo(extra: Record<string, string> = {}): TestRepo {
  const repo = new TestRepo();
  repo.write({ ...PROJECT, ...extra });
  repo.commit('base');
  const branch = (name: string, files: Record<string, string>) => {
    repo.git('checkout', '-q', '-b', name, 'main');
    repo.write(files);
    repo.commit(name);
  };
  branch('macro', {
    'macros/ids.sql':
      '{% macro click_id(r) %}coalesce({{ r }}.gclid, {{ r }}.fbclid, {{ r }}.msclkid){% endmacro %}\n' +
      '{% macro unused_helper() %}1{% endmacro %}\n',
  });
  branch('unused-macro', {
    'macros/ids.sql':
      '{% macro click_id(r) %}coalesce({{ r }}.gclid, {{ r }}.fbclid){% endmacro %}\n' +
      '{% macro unused_helper() %}2{% endmacro %}\n',
  });
  branch('comment', {
    'models/staging/stg_users.sql':
      "-- the users, one row each\nselect *   from {{ source('raw', 'users') }}\n",
  });
  branch('var', { 'dbt_project.yml': "name: acme\nversion: '1.0'\nvars:\n  lookback: 60\n" });
  branch('sql', {
    'models/staging/stg_users.sql':
      "-- the users\nselect *, 1 as v from {{ source('raw', 'users') }}\n",
  });
  repo.git('checkout', '-q', '-b', 'rename', 'main');
  repo.move('models/marts/rep_window.sql', 'models/reporting/rep_window.sql');
  repo.commit('rename');
  repo.git('checkout', '-q', 'main');
  return repo;
}

const repos: TestRepo[] = [];
afterAll(() => {
  for (const repo of repos) rmSync(repo.dir, { recursive: true, force: true });
});

async function diffJson(repo: TestRepo, head: string, ...extra: string[]) {
  const result = await cli([
    'diff',
    '--repo',
    repo.dir,
    '--base',
    'main',
    '--head',
    head,
    '--format',
    'json',
    ...extra,
  ]);
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) };
}

const names = (list: { model: string }[]) => list.map((item) => item.model);

describe('a repository with no inventory: the code alone', () => {
  const repo = projectRepo();
  repos.push(repo);

  it('a macro edit reaches exactly the models that call it and their downstream', async () => {
    const { code, report } = await diffJson(repo, 'macro');
    expect(code).toBe(0);
    expect(report.changes).toHaveLength(1);
    expect(report.changes[0]).toMatchObject({
      model: 'int_clicks',
      reasons: ['macro'],
      macros: ['click_id'],
      metadataOnly: false,
    });
    expect(names(report.impact.models)).toEqual(['fct_attribution']);
    expect(report.inventory.head).toMatchObject({ absent: true, models: 0 });
    expect(report.findings.map((f: { rule: string }) => f.rule)).not.toContain('inventory/missing');
    // Without an inventory there is nothing to drift from: no warning per model of the code.
    expect(report.findings.map((f: { rule: string }) => f.rule)).not.toContain(
      'lineage/inventory-drift',
    );
    expect(report.lineage.sources).toEqual(['code']);
    expect(report.lineage.macros).toEqual([
      expect.objectContaining({ macro: 'click_id', callers: 1, path: 'macros/ids.sql' }),
    ]);
    // No changed file is "unanalysed": the code judged the macro file.
    expect(report.unanalysed).toEqual([]);

    const text = await cli(['diff', '--repo', repo.dir, '--base', 'main', '--head', 'macro']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "dbt blast radius — the dbt project's code at macro, no inventory",
    );
    expect(text.stdout).toContain('Lineage: code — 1 dbt project (acme)');
    expect(text.stdout).toContain('macro: click_id changed');
    expect(text.stdout).toMatch(/click_id \(macros\/ids\.sql\): called by 1 model/);
    expect(text.stdout).toContain('dbt_model_inventory.json exists at neither commit');
  });

  it('a macro no model calls is reported and anchors nothing', async () => {
    const { report } = await diffJson(repo, 'unused-macro');
    expect(report.changes).toEqual([]);
    expect(report.impact.models).toEqual([]);
    expect(report.lineage.macros).toEqual([
      expect.objectContaining({ macro: 'unused_helper', callers: 0 }),
    ]);
    const text = await cli([
      'diff',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'unused-macro',
    ]);
    expect(text.stdout).toContain(
      'unused_helper (macros/ids.sql): no model calls it — anchors nothing',
    );
  });

  it('a comment- and whitespace-only edit anchors nothing and is listed apart', async () => {
    const { report } = await diffJson(repo, 'comment');
    expect(report.changes).toEqual([
      expect.objectContaining({ model: 'stg_users', reasons: ['sql-format'], metadataOnly: true }),
    ]);
    expect(report.impact.models).toEqual([]);
    const text = await cli(['diff', '--repo', repo.dir, '--base', 'main', '--head', 'comment']);
    expect(text.stdout).toContain('No model changes beyond cosmetic edits.');
    expect(text.stdout).toMatch(/Cosmetic edits \(1: [^)]*\):\n {2}stg_users/);
    expect(text.stdout).toContain('Blast radius: 0 models downstream');
  });

  it('a var change reaches the models that read it', async () => {
    const { report } = await diffJson(repo, 'var');
    expect(report.changes).toEqual([
      expect.objectContaining({ model: 'int_window', reasons: ['var'], vars: ['lookback'] }),
    ]);
    expect(names(report.impact.models)).toEqual(['rep_window']);
    const text = await cli(['diff', '--repo', repo.dir, '--base', 'main', '--head', 'var']);
    expect(text.stdout).toContain('var: lookback changed');
  });

  it('a renamed file is a move, not a removal and an addition', async () => {
    const { report } = await diffJson(repo, 'rename');
    expect(report.changes).toEqual([
      expect.objectContaining({ model: 'rep_window', kind: 'moved', metadataOnly: true }),
    ]);
    expect(report.impact.models).toEqual([]);
  });

  it('--lineage code without a dbt project, or no source at all, is one clear line', async () => {
    const empty = new TestRepo();
    repos.push(empty);
    empty.write({ 'README.md': 'x\n' });
    empty.commit('one');
    empty.write({ 'README.md': 'y\n' });
    empty.commit('two');
    const code = await cli([
      'diff',
      '--repo',
      empty.dir,
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--lineage',
      'code',
    ]);
    expect(code.code).toBe(2);
    expect(code.stderr).toMatch(
      /^blast-radius: --lineage code: no dbt_project\.yml at HEAD~1 or HEAD/,
    );
    const auto = await cli(['diff', '--repo', empty.dir, '--base', 'HEAD~1', '--head', 'HEAD']);
    expect(auto.code).toBe(2);
    expect(auto.stderr).toMatch(
      /exists at neither HEAD~1 nor HEAD, and neither has a dbt_project\.yml/,
    );
    const bad = await cli([
      'diff',
      '--repo',
      empty.dir,
      '--base',
      'HEAD~1',
      '--head',
      'HEAD',
      '--lineage',
      'cod',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--lineage must be one of auto, inventory, code, got "cod" — did you mean code?',
    );
  });
});

/** The inventory lists the models but misses stg_users → fct_attribution. */
const INVENTORY = `${JSON.stringify(
  {
    models: [
      m('stg_events', 'staging', {
        path: 'models/staging/stg_events.sql',
        downstream_consumers: ['int_clicks', 'int_window'],
      }),
      m('stg_users', 'staging', { path: 'models/staging/stg_users.sql' }),
      m('int_clicks', 'intermediate', {
        path: 'models/intermediate/int_clicks.sql',
        upstream_dependencies: ['stg_events'],
        downstream_consumers: ['fct_attribution'],
      }),
      m('int_window', 'intermediate', {
        path: 'models/intermediate/int_window.sql',
        upstream_dependencies: ['stg_events'],
      }),
      m('fct_attribution', 'attribution', {
        path: 'models/marts/fct_attribution.sql',
        upstream_dependencies: ['int_clicks'],
      }),
      m('rep_window', 'reporting', { path: 'models/marts/rep_window.sql' }),
    ],
  },
  null,
  2,
)}\n`;

describe('with an inventory beside the code', () => {
  const repo = projectRepo({ 'dbt_model_inventory.json': INVENTORY });
  repos.push(repo);

  it('marks an impacted path only the code proves "not in the inventory"', async () => {
    const { code, report } = await diffJson(repo, 'sql');
    expect(report.lineage.sources).toEqual(['inventory', 'code']);
    expect(report.changes).toEqual([
      expect.objectContaining({ model: 'stg_users', layer: 'staging', reasons: ['sql'] }),
    ]);
    expect(report.impact.models).toEqual([
      expect.objectContaining({
        model: 'fct_attribution',
        layer: 'attribution',
        path: ['stg_users', 'fct_attribution'],
        provenance: [['sql']],
        notInInventory: true,
      }),
    ]);
    expect(code).toBe(report.summary.verdict === 'fail' ? 1 : 0);
    const text = await cli(['diff', '--repo', repo.dir, '--base', 'main', '--head', 'sql']);
    expect(text.stdout).toContain('Lineage: inventory + code');
    expect(text.stdout).toMatch(/stg_users → fct_attribution \(not in the inventory\)/);
    expect(text.stdout).toContain(
      '1 model reached through a step only the code proves (not in the inventory)',
    );
  });

  it('a code change keeps the inventory layer of the model', async () => {
    const { report } = await diffJson(repo, 'macro');
    expect(report.changes).toEqual([
      expect.objectContaining({ model: 'int_clicks', layer: 'intermediate', reasons: ['macro'] }),
    ]);
  });

  it('--lineage inventory gives exactly the report of a repository without code', async () => {
    const plain = new TestRepo();
    repos.push(plain);
    const { 'dbt_project.yml': _project, ...rest } = PROJECT;
    plain.write({ ...rest, 'dbt_model_inventory.json': INVENTORY });
    plain.commit('base');
    plain.git('checkout', '-q', '-b', 'sql');
    plain.write({
      'models/staging/stg_users.sql':
        "-- the users\nselect *, 1 as v from {{ source('raw', 'users') }}\n",
    });
    plain.commit('sql');
    const inventoryOnly = await diffJson(repo, 'sql', '--lineage', 'inventory');
    const withoutCode = await diffJson(plain, 'sql');
    expect(inventoryOnly.report.lineage).toBeUndefined();
    expect(inventoryOnly.report).toEqual(withoutCode.report);
    expect(inventoryOnly.report.impact.models).toEqual([]);
    const text = await cli([
      'diff',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'sql',
      '--lineage',
      'inventory',
    ]);
    expect(text.stdout).toContain('Lineage: the inventory\n');
  });

  it('audit --ref adds a lineage section: what the code proves beyond the inventory', async () => {
    const json = await cli(['audit', '--repo', repo.dir, '--ref', 'main', '--format', 'json']);
    const report = JSON.parse(json.stdout);
    expect(report.lineage).toMatchObject({
      sources: ['inventory', 'code'],
      projects: ['acme'],
      notInInventory: 4, // two source reads, stg_users → fct_attribution, int_window → rep_window
      unresolved: 0,
      unresolvedReferences: [],
    });
    // The audit itself measures the inventory against the code: its lineage truth, and drift.
    expect(report.audit.lineage.coverage.total).toBeGreaterThan(0);
    expect(report.audit.lineage.underReported).toBeDefined();
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain(
      'lineage/inventory-drift',
    );
    const text = await cli(['audit', '--repo', repo.dir, '--ref', 'main']);
    expect(text.stdout).toMatch(
      /Lineage: inventory \+ code — 1 dbt project \(acme\): 8 nodes, \d+ edges, 4 not in the inventory/,
    );
    const plain = await cli([
      'audit',
      '--repo',
      repo.dir,
      '--ref',
      'main',
      '--format',
      'json',
      '--lineage',
      'inventory',
    ]);
    expect(JSON.parse(plain.stdout).lineage).toBeUndefined();
    expect(JSON.parse(plain.stdout).audit.lineage).toBeUndefined();
  });

  it('--lineage code alone leaves the inventory out', async () => {
    const { report } = await diffJson(repo, 'sql', '--lineage', 'code');
    expect(report.lineage.sources).toEqual(['code']);
    expect(names(report.impact.models)).toEqual(['fct_attribution']);
  });

  it('lineage --format json: the graph at one commit, sorted, with provenance', async () => {
    const result = await cli(['lineage', '--repo', repo.dir, '--ref', 'main', '--format', 'json']);
    expect(result.code).toBe(0);
    const graph = JSON.parse(result.stdout) as LineageGraph;
    expect(Object.keys(graph)).toEqual([
      'schemaVersion',
      'mode',
      'ref',
      'sources',
      'projects',
      'nodes',
      'edges',
      'unresolved',
    ]);
    expect(graph).toMatchObject({ schemaVersion: 1, mode: 'lineage', ref: 'main' });
    expect(graph.sources).toEqual(['inventory', 'code']);
    expect(graph.projects).toEqual([{ name: 'acme', root: '', file: 'dbt_project.yml' }]);
    expect(graph.nodes.map((n) => n.name)).toEqual([
      'fct_attribution',
      'int_clicks',
      'int_window',
      'raw.events',
      'raw.users',
      'rep_window',
      'stg_events',
      'stg_users',
    ]);
    expect(graph.nodes.find((n) => n.name === 'fct_attribution')).toEqual({
      name: 'fct_attribution',
      kind: 'model',
      project: 'acme',
      path: 'models/marts/fct_attribution.sql',
      layer: 'attribution',
    });
    expect(graph.nodes.find((n) => n.name === 'raw.users')).toMatchObject({ kind: 'source' });
    expect(graph.edges).toContainEqual({
      from: 'int_clicks',
      to: 'fct_attribution',
      provenance: ['inventory', 'sql'],
    });
    expect(graph.edges).toContainEqual({
      from: 'stg_users',
      to: 'fct_attribution',
      provenance: ['sql'],
    });
    const keys = graph.edges.map((e) => `${e.from}\u0000${e.to}`);
    expect(keys).toEqual([...keys].sort());
    expect(graph.unresolved).toEqual([]);
  });
});

describe('blast-radius lineage', () => {
  const repo = new TestRepo();
  repos.push(repo);
  repo.write({
    ...PROJECT,
    'models/marts/dynamic.sql': "select 1\nunion all\nselect * from {{ ref(var('table')) }}\n",
  });
  repo.commit('one');

  it('reports a reference it cannot decide with file and line', async () => {
    const result = await cli(['lineage', '--repo', repo.dir, '--format', 'json']);
    const graph = JSON.parse(result.stdout) as LineageGraph;
    expect(graph.ref).toBe('HEAD');
    expect(graph.sources).toEqual(['code']);
    expect(graph.unresolved).toEqual([
      expect.objectContaining({
        rule: 'lineage/dynamic-ref',
        file: 'models/marts/dynamic.sql',
        line: 3,
      }),
    ]);
  });

  it('text and mermaid', async () => {
    const text = await cli(['lineage', '--repo', repo.dir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Lineage sources: code');
    expect(text.stdout).toContain('  stg_users → fct_attribution [sql]');
    expect(text.stdout).toMatch(/lineage\/dynamic-ref: .*\(models\/marts\/dynamic\.sql:3\)/);
    const mermaid = await cli(['lineage', '--repo', repo.dir, '--format', 'mermaid']);
    expect(mermaid.stdout).toMatch(/^flowchart LR\n/);
    expect(mermaid.stdout).toContain('["stg_users"]');
    const bad = await cli(['lineage', '--repo', repo.dir, '--format', 'markdown']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be one of text, json, mermaid');
  });

  it('--lineage inventory without an inventory is one clear line', async () => {
    const result = await cli(['lineage', '--repo', repo.dir, '--lineage', 'inventory']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^blast-radius: dbt_model_inventory\.json does not exist at HEAD/,
    );
  });

  it('mermaid is bounded and its labels neutralised', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({
      name: i === 0 ? 'evil"] --> x["%%{init}%%' : `m${String(i).padStart(2, '0')}`,
      kind: 'model',
      project: 'p',
      path: null,
      layer: null,
    }));
    const graph: LineageGraph = {
      schemaVersion: 1,
      mode: 'lineage',
      ref: 'HEAD',
      sources: ['code'],
      projects: [],
      nodes,
      edges: nodes
        .slice(1)
        .map((n, i) => ({ from: nodes[i]!.name, to: n.name, provenance: ['sql'] })),
      unresolved: [],
    };
    const out = lineageMermaid(graph, 10);
    expect(out.match(/^ {2}n\d+\["/gm)).toHaveLength(10);
    expect(out).toContain('%% 20 nodes and');
    expect(out).not.toContain('evil"]');
    expect(out).not.toMatch(/%%\{init/);
  });
});

const BUNDLES = resolve('..', 'shared', 'corpus', 'projects');
const CORPUS = resolve('..', 'shared', 'corpus');

describe.skipIf(!existsSync(join(BUNDLES, 'jaffle-shop.bundle')))('over the corpus', () => {
  it('jaffle-shop: lineage at head has every edge of the corpus inventory', async () => {
    const dir = tempDir('blast-radius-corpus-');
    try {
      execFileSync('git', ['clone', '--quiet', join(BUNDLES, 'jaffle-shop.bundle'), dir]);
      // origin/head: the newest tree, the corpus inventory's head-7be2c583.
      const head = 'origin/head';
      const result = await cli(['lineage', '--repo', dir, '--ref', head, '--format', 'json']);
      expect(result.code).toBe(0);
      const graph = JSON.parse(result.stdout) as LineageGraph;
      expect(graph.sources).toEqual(['code']);
      const inventory = JSON.parse(
        readFileSync(join(CORPUS, 'jaffle-shop', 'head-7be2c583.json'), 'utf8'),
      ) as { models: { name: string; upstream_dependencies?: string[] }[] };
      const expected = new Set<string>();
      for (const model of inventory.models)
        for (const up of model.upstream_dependencies ?? []) expected.add(`${up} → ${model.name}`);
      const found = new Set(graph.edges.map((e) => `${e.from} → ${e.to}`));
      expect(expected.size).toBeGreaterThan(10);
      for (const edge of expected) expect(found, edge).toContain(edge);
      // Every model of the inventory is a node the code defines, at the inventory's path.
      for (const model of inventory.models)
        expect(graph.nodes.map((n) => n.name)).toContain(model.name);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, WRITE_TOKEN, type FakeGitHub } from './fake-github.js';
import { createGitRepo, type GitRepoFixture } from './git-fixture.js';
import { runAction, type ActionRun } from './run-action.js';

// Code lineage in the action (issue 11 §5): the built dist/index.js reads the dbt project's code
// of both commits when the workspace has their git objects, and under pull_request_target reads
// the pull request's files as data (git trees and blobs APIs), never checking them out.

const INVENTORY = 'dbt_model_inventory.json';
const PROJECT = "name: shop\nversion: '1.0'\nconfig-version: 2\nmodel-paths: ['models']\n";
const STG = 'models/staging/stg_orders.sql';
const ORDERS = 'models/marts/orders.sql';
const REVENUE = 'models/attribution/revenue.sql';
// The inventory knows stg_orders → orders, not orders → revenue: only the code shows that one.
const INVENTORY_JSON = `${JSON.stringify(
  {
    models: [
      { name: 'stg_orders', path: STG, layer: 'staging', downstream_consumers: ['orders'] },
      { name: 'orders', path: ORDERS, layer: 'marts', upstream_dependencies: ['stg_orders'] },
      { name: 'revenue', path: REVENUE, layer: 'attribution' },
    ],
  },
  null,
  2,
)}\n`;

let repo: GitRepoFixture;
let gh: FakeGitHub;
let base: string;
let head: string;
let emptyWorkspace: string;
// A repository without an inventory: the code alone.
let codeBase: string;
let codeHead: string;
// The base branch moved on after the pull request branched.
let tip: string;

const payload = () => ({
  action: 'synchronize',
  number: 3,
  pull_request: {
    number: 3,
    base: { sha: base, ref: 'main', repo: { full_name: 'acme/warehouse' } },
    head: { sha: head, ref: 'feature', repo: { full_name: 'acme/warehouse' } },
    labels: [],
    changed_files: 1,
  },
});

function action(
  eventName: string,
  workspace: string,
  inputs: Record<string, string> = {},
  event: unknown = payload(),
): Promise<ActionRun> {
  return runAction({
    apiUrl: gh.url,
    eventName,
    payload: event,
    workspace,
    // Column analysis (polyglot, seconds a run) only where a test looks at it.
    inputs: { 'github-token': WRITE_TOKEN, columns: 'false', ...inputs },
  });
}

const impacted = (run: ActionRun): string[] => JSON.parse(run.outputs['impacted-models'] ?? '[]');
const operations = () => gh.requests.map((r) => r.operationId);

beforeAll(async () => {
  repo = await createGitRepo({ defaultBranch: 'main' });
  base = await repo.commit('base', {
    write: {
      [INVENTORY]: INVENTORY_JSON,
      'dbt_project.yml': PROJECT,
      [STG]: 'select 1 as id, 10 as amount\n',
      [ORDERS]: "select * from {{ ref('stg_orders') }}\n",
      [REVENUE]: "select sum(amount) as revenue from {{ ref('orders') }}\n",
    },
  });
  await repo.branch('feature');
  head = await repo.commit('change the staging model', {
    write: { [STG]: 'select 1 as id, 12 as amount\n' },
  });
  await repo.checkout('main');
  codeBase = await repo.commitToBranch('code-base', 'no inventory', {
    from: base,
    remove: [INVENTORY],
  });
  codeHead = await repo.commitToBranch('code-head', 'change the staging model', {
    from: codeBase,
    write: { [STG]: 'select 1 as id, 12 as amount\n' },
  });
  tip = await repo.commitToBranch('main-moved', 'an unrelated model on the base', {
    from: base,
    write: { 'models/marts/customers.sql': 'select 1 as customer_id\n' },
  });
  emptyWorkspace = await mkdtemp(join(tmpdir(), 'blast-radius-workspace-'));
}, 60_000);

afterAll(async () => {
  await repo?.cleanup();
  await rm(emptyWorkspace, { recursive: true, force: true });
});

beforeEach(async () => {
  await gh?.close();
  gh = await startFakeGitHub({
    repoDir: repo.dir,
    owner: 'acme',
    repo: 'warehouse',
    pullRequests: [
      { number: 3, baseSha: base, headSha: head, headRef: 'feature', baseRef: 'main' },
    ],
  });
  return async () => {
    expect(gh.violations).toEqual([]);
  };
});

describe('code lineage in the action', () => {
  it('follows a ref the inventory lacks when the workspace is a full clone', async () => {
    const run = await action('pull_request', repo.dir, { columns: 'true' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Reading commits from the local clone.');
    expect(impacted(run)).toEqual(expect.arrayContaining(['orders', 'revenue']));
    expect(run.summary).toContain('Lineage: the inventory and the code of 1 dbt project');
    expect(operations()).not.toContain('git/get-blob');
    // Columns, analysed in the isolated renderer: `amount` is redefined, and reaches both.
    expect(run.stdout).toContain('Analysing columns in the isolated renderer.');
    const report = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8'));
    expect(report.changes).toEqual([
      expect.objectContaining({ model: 'stg_orders', category: 'column' }),
    ]);
    expect(report.changes[0].columns.modified).toEqual(['amount']);
    const reach = Object.fromEntries(
      report.impact.models.map((m: { model: string; reach: string }) => [m.model, m.reach]),
    );
    expect(reach).toEqual({ orders: 'columns', revenue: 'columns' });

    // Turned off by the input: the model level, as before.
    const off = await action('pull_request', repo.dir, { columns: 'false' });
    const offReport = JSON.parse(await readFile(off.outputs['report-path']!, 'utf8'));
    expect(offReport.changes[0].category).toBeUndefined();

    const codeOnly = await action('pull_request', repo.dir, { lineage: 'code' });
    expect(impacted(codeOnly)).toEqual(expect.arrayContaining(['orders', 'revenue']));
    expect(codeOnly.summary).toContain('Lineage: the code of 1 dbt project');
  });

  it('uses the inventory alone when told to, and without git objects says how to get more', async () => {
    const told = await action('pull_request', repo.dir, { lineage: 'inventory' });
    expect(impacted(told)).toEqual(['orders']);

    const apiOnly = await action('pull_request', emptyWorkspace);
    expect(apiOnly.stdout).toContain('Reading commits from the GitHub API.');
    expect(impacted(apiOnly)).toEqual(['orders']);
    expect(apiOnly.summary).toContain('Lineage: inventory only');
    expect(apiOnly.summary).toContain('fetch-depth: 0');
    const comment = gh.comments(3).at(-1)!.body;
    expect(comment).toContain('Lineage: inventory only.');
    expect(comment).toContain('fetch-depth: 0');
    expect(operations()).not.toContain('git/get-blob');
  });

  it('pull_request_target with a base-only checkout reads the head files as data', async () => {
    const baseOnly = await repo.shallowClone({ ref: 'main' });
    const run = await action('pull_request_target', baseOnly, { columns: 'true' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Reading commits from the GitHub API.');
    expect(impacted(run)).toEqual(expect.arrayContaining(['orders', 'revenue']));
    expect(run.summary).toContain('through the GitHub API, the rest from the local git objects');
    const report = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8'));
    expect(report.changes[0].category).toBe('column');
    // Only the blob the base lacks came over the API: the edited staging model.
    expect(operations().filter((op) => op === 'git/get-blob')).toHaveLength(1);
    expect(operations()).toContain('git/get-tree');
    // Nothing of the pull request was checked out into the work tree.
    expect(await readFile(join(baseOnly, STG), 'utf8')).toBe('select 1 as id, 10 as amount\n');
  });

  it('works on the code alone when the repository has no inventory', async () => {
    const event = {
      action: 'synchronize',
      number: 4,
      pull_request: {
        number: 4,
        base: { sha: codeBase, ref: 'code-base', repo: { full_name: 'acme/warehouse' } },
        head: { sha: codeHead, ref: 'code-head', repo: { full_name: 'acme/warehouse' } },
        labels: [],
        changed_files: 1,
      },
    };
    const run = await action('pull_request', repo.dir, {}, event);
    expect(run.stderr).toBe('');
    expect(run.outputs.verdict).toBe('pass');
    expect(JSON.parse(run.outputs['changed-models']!)).toEqual(['stg_orders']);
    expect(impacted(run)).toEqual(expect.arrayContaining(['orders', 'revenue']));

    // Without the git objects there is nothing to judge: a clear error, not a crash.
    const apiOnly = await action('pull_request', emptyWorkspace, {}, event);
    expect(apiOnly.code).toBe(1);
    expect(apiOnly.stdout).toContain('exists at neither');
  });

  it("joins dbt's manifest.json from the workspace, and says where it disagrees with the code", async () => {
    const manifestPath = join(emptyWorkspace, 'manifest.json');
    const model = (name: string) => ({ resource_type: 'model', name, package_name: 'shop' });
    await writeFile(
      manifestPath,
      JSON.stringify({
        metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json' },
        nodes: {
          'model.shop.stg_orders': model('stg_orders'),
          'model.shop.orders': model('orders'),
          'model.shop.revenue': model('revenue'),
          'model.shop.finance': model('finance'),
        },
        // The code's orders → revenue is missing; finance exists only in the manifest.
        parent_map: {
          'model.shop.orders': ['model.shop.stg_orders'],
          'model.shop.finance': ['model.shop.stg_orders'],
        },
      }),
    );
    const run = await action('pull_request', repo.dir, { 'head-manifest-path': manifestPath });
    expect(run.code).toBe(0);
    expect(impacted(run)).toEqual(expect.arrayContaining(['orders', 'revenue', 'finance']));
    expect(run.summary).toContain("Lineage: dbt's manifest.json (schema v12");
    const report = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8'));
    const notice = report.findings.find(
      (f: { rule: string }) => f.rule === 'lineage/manifest-disagrees',
    );
    expect(notice.message).toContain('1 edge only in the code (`orders` → `revenue`)');

    // Asked for and not there: the run fails and says how to fix it, not a silent inventory-only.
    const missing = await action('pull_request', repo.dir, {
      'head-manifest-path': join(emptyWorkspace, 'nope.json'),
    });
    expect(missing.code).toBe(1);
    expect(missing.summary).toContain('input "head-manifest-path": no such file');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('workflow_dispatch audits the inventory against the code', async () => {
    const run = await runAction({
      apiUrl: gh.url,
      eventName: 'workflow_dispatch',
      payload: { inputs: {} },
      workspace: repo.dir,
      sha: base,
      inputs: { 'github-token': WRITE_TOKEN },
    });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('Lineage: the audit measures the inventory against the code');
    expect(run.summary).toContain('Lineage truth');
    const report = JSON.parse(await readFile(run.outputs['report-path']!, 'utf8'));
    // The inventory lacks orders → revenue: the code shows it.
    expect(report.audit.lineage.coverage.total).toBeGreaterThan(
      report.audit.lineage.coverage.recorded,
    );
  });

  it('judges a stale branch as merged, with the code lineage of its own changes', async () => {
    const event = {
      action: 'synchronize',
      number: 5,
      pull_request: {
        number: 5,
        base: { sha: tip, ref: 'main-moved', repo: { full_name: 'acme/warehouse' } },
        head: { sha: head, ref: 'feature', repo: { full_name: 'acme/warehouse' } },
        labels: [],
        changed_files: 1,
      },
    };
    const run = await action('pull_request', repo.dir, {}, event);
    expect(run.stderr).toBe('');
    expect(run.summary).toContain('Judged as merged');
    expect(run.summary).toContain("The code lineage is the pull request's own");
    // The base's new model is not this pull request's change.
    expect(JSON.parse(run.outputs['changed-models']!)).toEqual(['stg_orders']);
    expect(impacted(run)).toEqual(expect.arrayContaining(['orders', 'revenue']));
  });
});

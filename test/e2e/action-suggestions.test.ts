import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { READ_ONLY_TOKEN, startFakeGitHub, WRITE_TOKEN, type FakeGitHub } from './fake-github.js';
import { createGitRepo, type GitRepoFixture } from './git-fixture.js';
import { runAction, type ActionRun } from './run-action.js';

// The inventory fix as GitHub suggested changes (issue 12): a pull request adds a model whose SQL
// reads `orders` and an inventory entry whose dependency list leaves that edge out; the built
// action posts one review with a suggestion on that line, once per head.
// report.drift needs the code: the workspace is a full clone, so the action reads both commits.

const INVENTORY = 'dbt_model_inventory.json';
const PROJECT = "name: shop\nversion: '1.0'\nconfig-version: 2\nmodel-paths: ['models']\n";
const STG = 'models/staging/stg_orders.sql';
const ORDERS = 'models/marts/orders.sql';
const REVENUE = 'models/attribution/revenue.sql';
const ENTRIES = [
  { name: 'stg_orders', path: STG, layer: 'staging' },
  { name: 'orders', path: ORDERS, layer: 'marts', upstream_dependencies: ['stg_orders'] },
];
const inventoryJson = (models: readonly unknown[]) => `${JSON.stringify({ models }, null, 2)}\n`;
// The pull request's entry lists no dependency: its SQL reads orders.
const HEAD_INVENTORY = inventoryJson([
  ...ENTRIES,
  { name: 'revenue', path: REVENUE, layer: 'attribution', upstream_dependencies: [] },
]);

let repo: GitRepoFixture;
let gh: FakeGitHub;
let base: string;
let head: string;

const payload = () => ({
  action: 'synchronize',
  number: 3,
  pull_request: {
    number: 3,
    base: { sha: base, ref: 'main', repo: { full_name: 'acme/warehouse' } },
    head: { sha: head, ref: 'feature', repo: { full_name: 'acme/warehouse' } },
    labels: [],
    changed_files: 2,
  },
});

function action(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    apiUrl: gh.url,
    eventName: 'pull_request',
    payload: payload(),
    // A full clone: the action reads the code of both commits from the local git objects.
    workspace: repo.dir,
    inputs: { 'github-token': WRITE_TOKEN, ...inputs },
  });
}

const operations = () => gh.requests.map((r) => `${r.method} ${r.operationId} ${r.status}`);

beforeAll(async () => {
  repo = await createGitRepo({ defaultBranch: 'main' });
  base = await repo.commit('base', {
    write: {
      [INVENTORY]: inventoryJson(ENTRIES),
      'dbt_project.yml': PROJECT,
      [STG]: 'select 1 as id, 10 as amount\n',
      [ORDERS]: "select * from {{ ref('stg_orders') }}\n",
    },
  });
  await repo.branch('feature');
  head = await repo.commit('add revenue', {
    write: {
      [REVENUE]: "select sum(amount) as revenue from {{ ref('orders') }}\n",
      [INVENTORY]: HEAD_INVENTORY,
    },
  });
  await repo.checkout('main');
}, 60_000);

afterAll(async () => {
  await repo?.cleanup();
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

describe('suggested changes for the inventory drift a pull request introduces', () => {
  it('posts one review with the suggestion on the line the PR added, once per head', async () => {
    const run = await action();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(operations()).toContain('POST pulls/create-review 200');
    const [review, ...more] = gh.reviews(3);
    expect(more).toEqual([]);
    expect(review).toMatchObject({ state: 'COMMENTED', commitId: head });
    expect(review!.body.split('\n')[0]).toMatch(
      new RegExp(`^<!-- dbt-blast-radius:suggestions head=${head} digest=[0-9a-f]{16} -->$`),
    );
    const lines = HEAD_INVENTORY.split('\n');
    const entry = lines.findIndex((line) => line.includes('"name": "revenue"'));
    const listLine = lines.findIndex((l, i) => i > entry && l.includes('upstream_dependencies'));
    expect(review!.comments).toHaveLength(1);
    const [comment] = review!.comments;
    expect(comment).toMatchObject({ path: INVENTORY, side: 'RIGHT', line: listLine + 1 });
    expect(comment!.body).toMatch(/```suggestion\n[\s\S]*"orders"[\s\S]*```\n$/);

    // A re-run on the same head posts nothing new.
    const again = await action();
    expect(again.code).toBe(0);
    expect(gh.reviews(3)).toHaveLength(1);
    expect(again.stdout).toContain('No suggested changes: the same suggestions are already');
  });

  it('on a read-only token (a fork) says so in the summary and goes on', async () => {
    const run = await action({ 'github-token': READ_ONLY_TOKEN });
    expect(run.code).toBe(0);
    expect(operations()).toContain('POST pulls/create-review 403');
    expect(gh.reviews(3)).toEqual([]);
    expect(run.summary).toContain('suggestions need pull-requests: write');
    expect(run.summary).toContain('The patch is in the comment.');
  });

  it('posts nothing with suggestions: never', async () => {
    const run = await action({ suggestions: 'never' });
    expect(run.code).toBe(0);
    expect(operations().filter((op) => op.includes('review'))).toEqual([]);
  });
});

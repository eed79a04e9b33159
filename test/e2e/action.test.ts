import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker, COMMENT_LIMIT } from '../../src/render/markdown/index.js';
import { seedModels } from '../helpers.js';
import { READ_ONLY_TOKEN, startFakeGitHub, WRITE_TOKEN, type FakeGitHub } from './fake-github.js';
import { createGitRepo, type GitRepoFixture } from './git-fixture.js';
import { runAction, type ActionRun } from './run-action.js';

// The built dist/index.js, started as the runner starts a node24 action, against a fake GitHub
// API serving a real git repository. Every request is checked against GitHub's OpenAPI
// description; each scenario asserts the exact writes made.

const INVENTORY = 'dbt_model_inventory.json';
const MARKER = commentMarker(INVENTORY);
const CONFIG = `exposures:\n  - name: Ad-platform conversion syncs\n    models: ['conversion_events__*']\n`;
const models = seedModels();
const pathOf = (name: string) => models.find((m) => m.name === name)!.path;
const inventoryJson = (list: readonly unknown[]) =>
  `${JSON.stringify({ models: list }, null, 2)}\n`;

let repo: GitRepoFixture;
let gh: FakeGitHub;
let emptyWorkspace: string;
let base: string;
let head: string;

const prPayload = (headSha = head, extra: Record<string, unknown> = {}) => ({
  action: 'synchronize',
  number: 7,
  pull_request: {
    number: 7,
    base: { sha: base, ref: 'main', repo: { full_name: 'acme/warehouse' } },
    head: { sha: headSha, ref: 'feature', repo: { full_name: 'acme/warehouse' } },
    labels: [],
    changed_files: 1,
    ...extra,
  },
});

function action(
  eventName: string,
  payload: unknown,
  options: {
    inputs?: Record<string, string>;
    workspace?: string;
    sha?: string;
    apiUrl?: string;
    runId?: string;
  } = {},
): Promise<ActionRun> {
  return runAction({
    ...(options.runId && { runId: options.runId }),
    apiUrl: options.apiUrl ?? gh.url,
    eventName,
    payload,
    workspace: options.workspace ?? emptyWorkspace,
    ...(options.sha && { sha: options.sha }),
    inputs: { 'github-token': WRITE_TOKEN, ...options.inputs },
  });
}

const labeledPayload = (headSha = head) => ({
  ...prPayload(headSha),
  action: 'labeled',
  label: { name: 'blast-radius-acknowledged' },
});

const writes = () =>
  gh.requests
    .filter((r) => r.method !== 'GET')
    .map((r) => `${r.method} ${r.operationId} ${r.status}`);
const ours = () => gh.comments(7).filter((c) => c.body.startsWith(MARKER));

beforeAll(async () => {
  repo = await createGitRepo({ defaultBranch: 'main' });
  base = await repo.commit('base', {
    write: {
      [INVENTORY]: inventoryJson(models),
      [pathOf('int_identity__resolution')]: 'select * from identities',
      [pathOf('canonical_users')]: 'select * from resolution',
      '.github/blast-radius.yml': CONFIG,
    },
  });
  await repo.branch('feature');
  head = await repo.commit('edit identity resolution', {
    write: { [pathOf('int_identity__resolution')]: 'select * from identities where tier < 3' },
  });
  emptyWorkspace = await mkdtemp(join(tmpdir(), 'blast-radius-workspace-'));
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
      { number: 7, baseSha: base, headSha: head, headRef: 'feature', baseRef: 'main' },
    ],
  });
  return async () => {
    expect(gh.violations).toEqual([]);
  };
});

describe('pull_request', () => {
  it('creates one sticky comment, then adds nothing on a re-run, then updates it on a new push', async () => {
    const first = await action('pull_request', prPayload());
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({
      verdict: 'pass',
      'changed-models': '["int_identity__resolution"]',
      'blast-radius': '72',
      errors: '0',
      'attribution-warnings': '2',
    });
    expect(JSON.parse(first.outputs['impacted-models']!)).toHaveLength(72);
    expect(first.outputs['report-path']).toMatch(/report-dbt_model_inventory\.json\.json$/);
    expect(writes()).toEqual(['POST issues/create-comment 201']);
    expect(ours()).toHaveLength(1);
    expect(first.outputs['comment-url']).toBe(
      `https://github.com/acme/warehouse/pull/7#issuecomment-${ours()[0]!.id}`,
    );
    expect(ours()[0]!.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(ours()[0]!.body).toContain('int_identity__resolution');
    // Concepts of the impacted attribution models come from the head inventory.
    expect(ours()[0]!.body).toContain('click ID hierarchy');
    expect(first.summary).toContain('int_identity__resolution');
    expect(first.stdout).toMatch(
      /^::warning title=attribution\/changed,file=dbt_model_inventory\.json,line=\d+::/m,
    );
    // Read through the API: the workspace holds no clone.
    expect(gh.requests.some((r) => r.operationId === 'repos/get-content')).toBe(true);

    // A re-run — a new run id, so a new link in the footer — writes nothing.
    const again = await action('pull_request', prPayload(), { runId: '4243' });
    expect(again.code).toBe(0);
    expect(writes()).toEqual(['POST issues/create-comment 201']);
    expect(again.outputs['comment-url']).toBe(first.outputs['comment-url']);

    const newer = await repo.commit('also edit canonical users', {
      write: { [pathOf('canonical_users')]: 'select * from resolution where active' },
    });
    gh.updatePullRequest(7, { headSha: newer });
    const pushed = await action('pull_request', prPayload(newer));
    expect(pushed.code).toBe(0);
    expect(writes()).toEqual(['POST issues/create-comment 201', 'PATCH issues/update-comment 200']);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('canonical_users');
    await repo.git('reset', '--hard', head);
  });

  it('leaves the comment to a newer run when the pull request moved on', async () => {
    const newer = await repo.commit('a newer push', { write: { 'README.md': 'newer' } });
    gh.updatePullRequest(7, { headSha: newer });
    const run = await action('pull_request', prPayload());
    expect(run.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(run.stdout).toContain('No comment written: the pull request moved on');
    // The files API describes the newer head: this run's files come from the comparison.
    expect(run.outputs['changed-models']).toBe('["int_identity__resolution"]');
    await repo.git('reset', '--hard', head);
  });

  it('never touches a marker comment written by someone else', async () => {
    const spoof = gh.seedComment({
      issueNumber: 7,
      body: `${MARKER}\nall clear, merge away`,
      user: { login: 'mallory', type: 'User' },
    });
    await action('pull_request', prPayload());
    expect(writes()).toEqual(['POST issues/create-comment 201']);
    expect(gh.comments(7).find((c) => c.id === spoof.id)?.body).toBe(
      `${MARKER}\nall clear, merge away`,
    );
  });

  it('keeps the oldest of duplicate comments a race left behind and deletes the rest', async () => {
    const oldest = gh.seedComment({ issueNumber: 7, body: `${MARKER}\nstale` });
    gh.seedComment({ issueNumber: 7, body: `${MARKER}\nstale too` });
    await action('pull_request', prPayload());
    expect(writes()).toEqual([
      'DELETE issues/delete-comment 204',
      'PATCH issues/update-comment 200',
    ]);
    expect(ours().map((c) => c.id)).toEqual([oldest.id]);
  });

  it('pages through comments and pull request files', async () => {
    for (let i = 0; i < 120; i++)
      gh.seedComment({
        issueNumber: 7,
        body: `review note ${i}`,
        user: { login: 'reviewer', type: 'User' },
      });
    const files: Record<string, string> = {};
    for (let i = 0; i < 130; i++) files[`docs/notes/note-${i}.md`] = `note ${i}`;
    const wide = await repo.commit('many files', { write: files });
    gh.updatePullRequest(7, { headSha: wide });
    const run = await action('pull_request', prPayload(wide, { changed_files: 131 }));
    expect(run.code).toBe(0);
    const pages = (operation: string) =>
      gh.requests.filter((r) => r.operationId === operation).map((r) => r.query.page ?? '1');
    expect(pages('issues/list-comments')).toEqual(['1', '2']);
    expect(pages('pulls/list-files')).toEqual(['1', '2']);
    expect(run.outputs['changed-models']).toBe('["int_identity__resolution"]');
    await repo.git('reset', '--hard', head);
  });

  it('posts nothing on a pull request that changes no models, and says so when it stops changing them', async () => {
    gh.updatePullRequest(7, { headSha: base });
    const quiet = await action('pull_request', prPayload(base));
    expect(quiet.outputs['changed-models']).toBe('[]');
    expect(writes()).toEqual([]);

    gh.seedComment({ issueNumber: 7, body: `${MARKER}\nold impact report` });
    await action('pull_request', prPayload(base));
    expect(writes()).toEqual(['PATCH issues/update-comment 200']);
    expect(ours()[0]!.body).toMatch(/no model/i);
  });

  it('comments but does not fail on a read-only token (a fork pull request)', async () => {
    const run = await action(
      'pull_request',
      prPayload(head, {
        head: { sha: head, ref: 'feature', repo: { full_name: 'fork/warehouse' } },
      }),
      {
        inputs: { 'github-token': READ_ONLY_TOKEN },
      },
    );
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(writes()).toEqual(['POST issues/create-comment 403']);
    expect(run.stdout).toContain(
      '::warning::No PR comment: the token cannot write to this pull request (403',
    );
    expect(run.summary).toContain('No PR comment');
    expect(run.summary).toContain('int_identity__resolution');
  });

  it('honours the acknowledge label added to the pull request, read fresh', async () => {
    const failing = await action('pull_request', prPayload(), { inputs: { 'fail-on': 'warning' } });
    expect(failing.code).toBe(1);
    expect(failing.outputs.verdict).toBe('fail');
    expect(failing.stdout).toMatch(
      /::error::dbt Blast Radius: 0 errors, \d+ warnings \(fail-on: warning\)/,
    );

    // The label is there, but no run recorded what it was given for: nothing is acknowledged.
    gh.updatePullRequest(7, { labels: ['blast-radius-acknowledged'] });
    const unrecorded = await action('pull_request', prPayload(), {
      inputs: { 'fail-on': 'warning' },
    });
    expect(unrecorded.code).toBe(1);
    expect(unrecorded.summary).toContain('no acknowledgement is recorded');

    const acknowledged = await action('pull_request', labeledPayload(), {
      inputs: { 'fail-on': 'warning' },
    });
    expect(acknowledged.code).toBe(0);
    expect(acknowledged.outputs).toMatchObject({
      verdict: 'pass',
      warnings: '0',
      'attribution-warnings': '2',
    });
    const body = ours()[0]!.body;
    expect(body).toContain(`covers the warnings reviewed at \`${head.slice(0, 7)}\``);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);

    // A re-run of a later event keeps the acknowledgement on record.
    const again = await action('pull_request', prPayload(), { inputs: { 'fail-on': 'warning' } });
    expect(again.code).toBe(0);
  });

  it('retries a 5xx and a secondary rate limit', async () => {
    gh.failNext({ method: 'GET', pathPattern: /\/contents\//, status: 502 });
    gh.secondaryRateLimitNext({ method: 'GET', pathPattern: /\/pulls\/7\/files/ });
    const run = await action('pull_request', prPayload());
    expect(run.code).toBe(0);
    const statuses = (operation: string) =>
      gh.requests.filter((r) => r.operationId === operation).map((r) => r.status);
    expect(statuses('repos/get-content').slice(0, 2)).toEqual([502, 200]);
    expect(statuses('pulls/list-files')).toEqual([403, 200]);
    expect(writes()).toEqual(['POST issues/create-comment 201']);
  });

  it('does not retry a 4xx: an unreadable pull request fails with the reason', async () => {
    gh.failNext({ method: 'GET', pathPattern: /\/pulls\/7\/files/, status: 404, times: 5 });
    const run = await action('pull_request', prPayload());
    expect(run.code).toBe(1);
    expect(gh.requests.filter((r) => r.operationId === 'pulls/list-files')).toHaveLength(1);
    expect(run.stdout).toContain(
      '::error::dbt Blast Radius: could not list the files of pull request #7 (404',
    );
    expect(run.summary).toContain('could not run');
  });

  it('fails with error annotations on an invalid head inventory', async () => {
    const broken = await repo.commit('break the inventory', {
      write: { [INVENTORY]: inventoryJson(models).replace('"layer": "identity"', '"layer": 3') },
    });
    gh.updatePullRequest(7, { headSha: broken });
    const run = await action('pull_request', prPayload(broken));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', errors: '1' });
    expect(run.stdout).toMatch(
      /^::error title=inventory\/invalid,file=dbt_model_inventory\.json,line=\d+::.*models\[\d+\]\.layer: expected string, got number$/m,
    );
    expect(writes()).toEqual(['POST issues/create-comment 201']);
    await repo.git('reset', '--hard', head);
  });

  it('works from a default depth-1 checkout, and reads a full clone locally', async () => {
    const shallow = await repo.shallowClone({ ref: 'feature' });
    const fromShallow = await action('pull_request', prPayload(), { workspace: shallow });
    expect(fromShallow.outputs['blast-radius']).toBe('72');
    expect(fromShallow.stdout).toContain('Reading commits from the GitHub API.');

    const before = gh.requests.length;
    const fromClone = await action('pull_request', prPayload(), { workspace: repo.dir });
    expect(fromClone.outputs['blast-radius']).toBe('72');
    expect(fromClone.stdout).toContain('Reading commits from the local clone.');
    expect(gh.requests.slice(before).filter((r) => r.operationId === 'repos/get-content')).toEqual(
      [],
    );
  });

  it('keeps a 20,000-model impact comment within GitHub’s limit', async () => {
    const { generateInventory } = await import('../../scripts/bench/generate.mjs');
    const big = generateInventory(20_000);
    const bigBase = await repo.commit('large inventory', {
      write: { [INVENTORY]: inventoryJson(big.models) },
    });
    const hubs = big.models.slice(0, 5).map((model) => model.path);
    const bigHead = await repo.commit('edit the hubs', {
      write: Object.fromEntries(hubs.map((path) => [path, 'select 1'])),
    });
    gh.updatePullRequest(7, { baseSha: bigBase, headSha: bigHead });
    const run = await action('pull_request', {
      ...prPayload(bigHead),
      pull_request: {
        ...prPayload(bigHead).pull_request,
        base: { sha: bigBase, ref: 'main', repo: { full_name: 'acme/warehouse' } },
      },
    });
    expect(run.code).toBe(0);
    expect(Number(run.outputs['blast-radius'])).toBeGreaterThan(5_000);
    expect(writes()).toEqual(['POST issues/create-comment 201']);
    const body = ours()[0]!.body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('job summary');
    await repo.git('reset', '--hard', head);
  }, 60_000);
});

describe('trust and consistency', () => {
  it('reads the config at the base tip, not at an older merge base the PR branched from', async () => {
    await repo.checkout('main');
    const strictMain = await repo.commit('require warnings to be acknowledged', {
      write: { '.github/blast-radius.yml': `${CONFIG}fail-on: warning\n` },
    });
    await repo.checkout('feature');
    gh.updatePullRequest(7, { baseSha: strictMain });
    const run = await action('pull_request', {
      ...prPayload(),
      pull_request: {
        ...prPayload().pull_request,
        base: { sha: strictMain, ref: 'main', repo: { full_name: 'acme/warehouse' } },
      },
    });
    expect(run.outputs.verdict).toBe('fail');
    expect(run.code).toBe(1);
    // The diff itself still starts at the merge base: only the PR's own change counts.
    expect(run.outputs['changed-models']).toBe('["int_identity__resolution"]');
    await repo.git('branch', '-f', 'main', base);
  });

  it('lets the acknowledge label of a queued pull request cover its own warnings in the merge queue', async () => {
    gh.updatePullRequest(7, { labels: ['blast-radius-acknowledged'] });
    await action('pull_request', labeledPayload(), { inputs: { 'fail-on': 'warning' } });
    const payload = {
      merge_group: {
        base_sha: base,
        head_sha: head,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-7-${head}`,
      },
    };
    const run = await action('merge_group', payload, { inputs: { 'fail-on': 'warning' } });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', warnings: '0' });
    expect(writes()).toEqual(['POST issues/create-comment 201']);

    // Another pull request grouped with it brings warnings of its own: not covered.
    const grouped = await repo.commitToBranch('queue-group', 'group with another PR', {
      from: head,
      write: { [pathOf('canonical_users')]: 'select * from resolution where grouped' },
    });
    const group = await action(
      'merge_group',
      {
        merge_group: {
          base_sha: base,
          head_sha: grouped,
          head_ref: `refs/heads/gh-readonly-queue/main/pr-7-${grouped}`,
        },
      },
      { inputs: { 'fail-on': 'warning' } },
    );
    expect(group.code).toBe(1);
    expect(group.summary).toContain('not acknowledged');
  });

  it('compares from the merge base when the base is not an ancestor of the head, and says so', async () => {
    await repo.checkout('main');
    const mainAhead = await repo.commit('main moves on', {
      write: { [pathOf('canonical_users')]: 'select 2' },
    });
    await repo.checkout('feature');
    const fromApi = await action(
      'workflow_dispatch',
      { inputs: {} },
      { sha: head, inputs: { 'base-ref': mainAhead, 'head-ref': head } },
    );
    const fromClone = await action(
      'workflow_dispatch',
      { inputs: {} },
      { sha: head, workspace: repo.dir, inputs: { 'base-ref': mainAhead, 'head-ref': head } },
    );
    expect(fromApi.outputs['changed-models']).toBe('["int_identity__resolution"]');
    expect(fromClone.outputs['changed-models']).toBe(fromApi.outputs['changed-models']);
    expect(fromApi.summary).toContain('is not an ancestor of');
    await repo.git('branch', '-f', 'main', base);
  });

  it('fails with a verdict output when the run cannot complete', async () => {
    const run = await action('pull_request', prPayload(), {
      inputs: { 'inventory-path': 'nowhere.json' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toContain(
      '::error::dbt Blast Radius: the inventory nowhere.json exists at neither',
    );
  });
});

describe('other events', () => {
  it('merge_group: a verdict and no comment', async () => {
    const run = await action(
      'merge_group',
      { merge_group: { base_sha: base, head_sha: head } },
      { inputs: { 'fail-on': 'warning' } },
    );
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(gh.requests.filter((r) => r.operationId?.startsWith('issues/'))).toEqual([]);
    expect(writes()).toEqual([]);
  });

  it('push: a summary only', async () => {
    const run = await action('push', { before: base, after: head });
    expect(run.code).toBe(0);
    expect(run.outputs['blast-radius']).toBe('72');
    expect(writes()).toEqual([]);
  });

  it('workflow_dispatch: an audit of the run’s commit, or a diff from base-ref', async () => {
    const audit = await action('workflow_dispatch', { inputs: {} }, { sha: head });
    expect(audit.code).toBe(0);
    expect(audit.summary).toMatch(/audit/i);
    expect(audit.summary).toContain('int_identity__resolution');
    expect(audit.outputs.verdict).toBe('pass');

    const diff = await action(
      'workflow_dispatch',
      { inputs: {} },
      { sha: head, inputs: { 'base-ref': 'main', 'head-ref': 'feature' } },
    );
    expect(diff.outputs['changed-models']).toBe('["int_identity__resolution"]');
    expect(writes()).toEqual([]);
  });

  it('rejects an unsupported event with a clear error', async () => {
    const run = await action('issues', { action: 'opened' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::dbt Blast Radius: the "issues" event is not supported');
    expect(run.stderr).toBe('');
  });

  it('rejects a bad input with a clear error', async () => {
    const run = await action('pull_request', prPayload(), { inputs: { 'fail-on': 'sometimes' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::dbt Blast Radius: input "fail-on" must be one of error, warning, never, got "sometimes"',
    );
    expect(gh.requests).toEqual([]);
  });
});

describe('GitHub Enterprise Server', () => {
  it('honours GITHUB_API_URL with an /api/v3 prefix', async () => {
    await gh.close();
    gh = await startFakeGitHub({
      repoDir: repo.dir,
      owner: 'acme',
      repo: 'warehouse',
      pathPrefix: '/api/v3',
      pullRequests: [{ number: 7, baseSha: base, headSha: head }],
    });
    const run = await action('pull_request', prPayload());
    expect(run.code).toBe(0);
    expect(writes()).toEqual(['POST issues/create-comment 201']);
  });
});

describe('hostile pull requests', () => {
  const warningInputs = { inputs: { 'fail-on': 'warning' } };
  const openPullRequest = (
    baseSha: string,
    headSha: string,
    extra: Record<string, unknown> = {},
  ) => {
    gh.updatePullRequest(7, { baseSha, headSha });
    return {
      ...prPayload(headSha, extra),
      pull_request: {
        ...prPayload(headSha, extra).pull_request,
        base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme/warehouse' } },
      },
    };
  };
  const resetMain = () => repo.git('branch', '-f', 'main', base);

  it('cannot hide an edit by pointing the model’s path into an ignored folder', async () => {
    await resetMain();
    const ignoring = await repo.commitToBranch('main', 'ignore admin models', {
      from: base,
      write: { '.github/blast-radius.yml': `${CONFIG}ignore: ['models/admin/**']\n` },
    });
    const moved = models.map((model) =>
      model.name === 'int_identity__resolution'
        ? { ...model, path: 'models/admin/int_identity__resolution.sql' }
        : model,
    );
    const bypass = await repo.commitToBranch('bypass', 'edit and hide', {
      from: ignoring,
      write: {
        [pathOf('int_identity__resolution')]: 'select * from identities where 1 = 0',
        [INVENTORY]: inventoryJson(moved),
      },
    });
    const run = await action('pull_request', openPullRequest(ignoring, bypass), warningInputs);
    expect(run.outputs['changed-models']).toBe('["int_identity__resolution"]');
    expect(run.outputs.verdict).toBe('fail');
    expect(run.code).toBe(1);
    await resetMain();
  });

  it('sees an edit behind 3,000 vendored files, and fails when even the trees are cut', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3001; i++) files[`aaa-vendor/file-${i}.txt`] = `vendored ${i}`;
    files[pathOf('int_identity__resolution')] = 'select * from identities where hidden';
    const wide = await repo.commitToBranch('wide', 'vendor everything', {
      from: base,
      write: files,
    });
    const payload = () => openPullRequest(base, wide, { changed_files: 3002 });
    const run = await action('pull_request', payload(), warningInputs);
    expect(run.outputs['changed-models']).toBe('["int_identity__resolution"]');
    expect(run.outputs.verdict).toBe('fail');
    expect(gh.requests.filter((r) => r.operationId === 'git/get-tree')).toHaveLength(2);
    // A push and a merge group read the same way (the compare API, then the trees).
    const push = await action('push', { before: base, after: wide }, warningInputs);
    expect(push.outputs['changed-models']).toBe('["int_identity__resolution"]');
    const group = await action(
      'merge_group',
      { merge_group: { base_sha: base, head_sha: wide } },
      warningInputs,
    );
    expect(group.outputs['changed-models']).toBe('["int_identity__resolution"]');

    await gh.close();
    gh = await startFakeGitHub({
      repoDir: repo.dir,
      owner: 'acme',
      repo: 'warehouse',
      maxTreeEntries: 1000,
      pullRequests: [{ number: 7, baseSha: base, headSha: wide }],
    });
    gh.seedComment({ issueNumber: 7, body: `${MARKER}\nan earlier warning report` });
    const cut = await action('pull_request', payload());
    expect(cut.code).toBe(1);
    expect(cut.outputs).toMatchObject({ verdict: 'fail', errors: '1' });
    expect(cut.summary).toContain('input/incomplete');
    // The earlier comment now says why the change cannot be judged.
    expect(ours()[0]!.body).toContain('input/incomplete');
  }, 120_000);

  it('fails when the inventory is deleted, even with nothing else wrong', async () => {
    const gone = await repo.commitToBranch('gone', 'drop the inventory', {
      from: base,
      remove: [INVENTORY],
    });
    const run = await action('pull_request', openPullRequest(base, gone));
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toContain('inventory/missing');
    expect(JSON.parse(run.outputs['changed-models']!)).toHaveLength(models.length);
  });

  it('judges a stale branch by the layers it merges into', async () => {
    // main moves active_queries into identity after the pull request branched off.
    const relayered = models.map((model) =>
      model.name === 'active_queries' ? { ...model, layer: 'identity' } : model,
    );
    await resetMain();
    const mainTip = await repo.commitToBranch('main', 'active_queries is identity now', {
      from: base,
      write: { [INVENTORY]: inventoryJson(relayered) },
    });
    const stale = await repo.commitToBranch('stale', 'edit active_queries', {
      from: base,
      write: { [pathOf('active_queries')]: 'select * from pg_stat_activity where 1 = 0' },
    });
    const run = await action('pull_request', openPullRequest(mainTip, stale), warningInputs);
    expect(run.outputs['changed-models']).toBe('["active_queries"]');
    expect(run.stdout).toMatch(/^::warning title=attribution\/changed.*active_queries/m);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.summary).toContain('Judged as merged');
    await resetMain();
  });

  it('does not let an old acknowledge label cover warnings a later push adds', async () => {
    gh.updatePullRequest(7, { labels: ['blast-radius-acknowledged'] });
    const reviewed = await action('pull_request', labeledPayload(), warningInputs);
    expect(reviewed.code).toBe(0);

    const later = await repo.commitToBranch('feature-later', 'also edit canonical users', {
      from: head,
      write: { [pathOf('canonical_users')]: 'select * from resolution where sneaky' },
    });
    gh.updatePullRequest(7, { headSha: later });
    const run = await action('pull_request', prPayload(later), warningInputs);
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.summary).toMatch(/new since then and not acknowledged/);
    const body = ours()[0]!.body;
    expect(body).toContain(`reviewed at \`${head.slice(0, 7)}\``);
    expect(body).toMatch(/warnings? (is|are) new since then/);
  });

  it('finishes with a verdict, a summary and a comment on inventories built to exhaust memory', async () => {
    // A 10,000-model chain, every model edited (each impacted path as long as the chain), and a
    // name of 1 MB with 2,000 consumers (repeated in every one of their paths).
    const chain = Array.from({ length: 10_000 }, (_, i) => ({
      name: `chain_${i}`,
      path: `models/chain/chain_${i}.sql`,
      layer: i % 2 ? 'signal' : 'staging',
      description: '',
      ...(i > 0 && { upstream_dependencies: [`chain_${i - 1}`] }),
    }));
    const huge = `m_${'x'.repeat(1_000_000)}`;
    const fan = [
      {
        name: huge,
        path: 'models/huge.sql',
        layer: 'identity',
        description: '',
        downstream_consumers: Array.from({ length: 2_000 }, (_, i) => `child_${i}`),
      },
      ...Array.from({ length: 2_000 }, (_, i) => ({
        name: `child_${i}`,
        path: `models/children/child_${i}.sql`,
        layer: 'attribution',
        description: '',
      })),
    ];
    for (const [label, list, edited] of [
      ['chain', chain, chain.map((m) => m.path)],
      ['fan', fan, ['models/huge.sql']],
    ] as const) {
      const before = await repo.commitToBranch(`${label}-base`, `${label} inventory`, {
        from: base,
        write: { [INVENTORY]: inventoryJson(list) },
      });
      const after = await repo.commitToBranch(`${label}-head`, `${label} edits`, {
        from: before,
        write: Object.fromEntries(edited.map((path) => [path, `select 1 -- ${label}`])),
      });
      const run = await action('pull_request', openPullRequest(before, after));
      expect(['pass', 'fail'], label).toContain(run.outputs.verdict);
      expect(run.summary.length, label).toBeGreaterThan(100);
      expect(Buffer.byteLength(run.summary), label).toBeLessThan(1024 * 1024);
      for (const value of Object.values(run.outputs))
        expect(Buffer.byteLength(value), label).toBeLessThan(128 * 1024);
      expect(ours()[0]!.body.length, label).toBeLessThanOrEqual(COMMENT_LIMIT);
    }
    await resetMain();
  }, 240_000);
});

import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_COMMENT_LENGTH,
  MAX_INLINE_CONTENT_BYTES,
  READ_ONLY_TOKEN,
  startFakeGitHub,
  WRITE_TOKEN,
  type FakeGitHub,
  type StartFakeGitHubOptions,
} from './fake-github.js';
import { createGitRepo, type GitRepoFixture } from './git-fixture.js';

const OWNER = 'acme';
const REPO = 'warehouse';
const REPOS = `/repos/${OWNER}/${REPO}`;
const HUMAN_TOKEN = 'ghp_humanToken';
const MANY_FILES = 3050;

interface History {
  base: string;
  head: string;
  manyFilesHead: string;
}

// Test assertions read GitHub's loosely typed JSON; `any` keeps them short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const readJson = (response: Response): Promise<any> => response.json();

const exactlyOneMiB = Buffer.alloc(MAX_INLINE_CONTENT_BYTES, 'a');
const overOneMiB = Buffer.alloc(MAX_INLINE_CONTENT_BYTES + 1, 'b');

/** main: base; feature: a PR's head (modify, rename, add, remove); many: 3,050 new files. */
async function buildRepository(repo: GitRepoFixture): Promise<History> {
  const base = await repo.commit('base', {
    write: {
      'models/orders.sql': 'select * from raw.orders\n',
      'models/customers.sql': 'select id,\n  name,\n  email\nfrom raw.customers\n',
      'models/legacy.sql': 'select 1\n',
      'inventory.json': '{ "models": [] }\n',
      'big/exactly-1mib.txt': exactlyOneMiB,
      'big/over-1mib.txt': overOneMiB,
    },
  });
  await repo.branch('feature');
  const head = await repo.commit('change models', {
    write: { 'models/orders.sql': 'select id from raw.orders\n', 'models/new.sql': 'select 2\n' },
    rename: { 'models/customers.sql': 'models/marts/customers.sql' },
    remove: ['models/legacy.sql'],
  });
  const files = Object.fromEntries(
    Array.from({ length: MANY_FILES }, (_, i) => [
      `gen/f${String(i).padStart(4, '0')}.txt`,
      `${i}\n`,
    ]),
  );
  const manyFilesHead = await repo.commitToBranch('many', 'many files', {
    from: base,
    write: files,
  });
  await repo.checkout('main');
  return { base, head, manyFilesHead };
}

describe('fake GitHub API', () => {
  let repo: GitRepoFixture;
  let history: History;
  let gh: FakeGitHub;

  const start = (extra: Partial<StartFakeGitHubOptions> = {}) =>
    startFakeGitHub({
      repoDir: repo.dir,
      owner: OWNER,
      repo: REPO,
      tokens: { [HUMAN_TOKEN]: { user: { login: 'mallory', type: 'User' }, access: 'write' } },
      pullRequests: [
        { number: 7, baseSha: history.base, headSha: history.head, labels: ['blast-radius/ack'] },
        { number: 8, baseSha: history.base, headSha: history.manyFilesHead, headRef: 'many' },
        {
          number: 9,
          baseSha: history.base,
          headSha: history.head,
          headRepoFullName: 'forker/warehouse',
        },
      ],
      ...extra,
    });

  function api(path: string, init: RequestInit & { token?: string | null } = {}) {
    const { token = WRITE_TOKEN, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (token) headers.set('authorization', `token ${token}`);
    if (rest.body !== undefined) headers.set('content-type', 'application/json; charset=utf-8');
    return fetch(path.startsWith('http') ? path : `${gh.url}${path}`, { ...rest, headers });
  }
  const postComment = (issue: number, body: unknown, token?: string | null) =>
    api(`${REPOS}/issues/${issue}/comments`, {
      method: 'POST',
      body: JSON.stringify({ body }),
      token,
    });

  beforeAll(async () => {
    repo = await createGitRepo();
    history = await buildRepository(repo);
  });
  afterAll(() => repo.cleanup());
  beforeEach(async () => {
    gh = await start();
  });
  afterEach(async () => {
    await gh.close();
    // Tests that provoke violations on purpose clear them; any other one is a bug.
    expect(gh.violations).toEqual([]);
  });

  describe('server', () => {
    it('listens on 127.0.0.1 on a random port and stops on close()', async () => {
      expect(gh.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const other = await start();
      expect(other.url).not.toBe(gh.url);
      await other.close();
      await expect(fetch(`${other.url}${REPOS}/pulls/7`)).rejects.toThrow();
    });

    it('answers with GitHub-like headers', async () => {
      const response = await api(`${REPOS}/pulls/7`);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]+(:[0-9A-F]+){4}$/);
      expect(response.headers.get('x-ratelimit-limit')).toBe('5000');
      expect(response.headers.get('x-ratelimit-remaining')).toBe('4999');
      expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
      expect(response.headers.get('x-ratelimit-resource')).toBe('core');
    });

    it('records every request for assertions', async () => {
      await api(`${REPOS}/issues/7/comments?per_page=100`, {
        headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
      });
      await postComment(7, 'hello');
      await api(`${REPOS}/pulls/7`, { token: null });
      expect(gh.requests).toEqual([
        {
          method: 'GET',
          path: `${REPOS}/issues/7/comments`,
          query: { per_page: '100' },
          operationId: 'issues/list-comments',
          headers: expect.objectContaining({
            accept: 'application/vnd.github+json',
            apiVersion: '2022-11-28',
            hasAuthorization: true,
          }),
          actor: 'github-actions[bot]',
          body: undefined,
          status: 200,
        },
        expect.objectContaining({
          method: 'POST',
          operationId: 'issues/create-comment',
          headers: expect.objectContaining({ contentType: 'application/json; charset=utf-8' }),
          body: { body: 'hello' },
          status: 201,
        }),
        expect.objectContaining({ method: 'GET', actor: null, status: 401 }),
      ]);
    });
  });

  describe('authentication and permissions', () => {
    it('answers 401 without a token or with an unknown one', async () => {
      const missing = await api(`${REPOS}/pulls/7`, { token: null });
      expect(missing.status).toBe(401);
      expect(await readJson(missing)).toMatchObject({ message: 'Requires authentication' });
      const wrong = await api(`${REPOS}/pulls/7`, { token: 'ghs_nope' });
      expect(wrong.status).toBe(401);
      expect(await readJson(wrong)).toMatchObject({ message: 'Bad credentials' });
    });

    it('lets a read-only token (fork PR) read but answers 403 to its writes', async () => {
      expect((await api(`${REPOS}/pulls/9`, { token: READ_ONLY_TOKEN })).status).toBe(200);
      const response = await postComment(9, 'report', READ_ONLY_TOKEN);
      expect(response.status).toBe(403);
      expect(await readJson(response)).toEqual({
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403',
      });
      expect(gh.comments(9)).toEqual([]);
    });

    it('answers 404 for another repository', async () => {
      expect((await api('/repos/acme/other/pulls/7')).status).toBe(404);
    });
  });

  describe('contents', () => {
    const contents = (path: string, ref: string, accept?: string) =>
      api(`${REPOS}/contents/${path}?ref=${ref}`, accept ? { headers: { accept } } : {});

    it('returns a file as JSON with base64 content in 60-character lines', async () => {
      const response = await contents('models/orders.sql', history.head);
      const file = (await readJson(response)) as Record<string, unknown>;
      const blobSha = (await repo.git('rev-parse', `${history.head}:models/orders.sql`)).trim();
      expect(file).toMatchObject({
        type: 'file',
        encoding: 'base64',
        name: 'orders.sql',
        path: 'models/orders.sql',
        sha: blobSha,
        size: 26,
      });
      const content = file.content as string;
      expect(content.split('\n').every((line) => line.length <= 60)).toBe(true);
      expect(Buffer.from(content, 'base64').toString('utf8')).toBe('select id from raw.orders\n');
    });

    it('accepts the path percent-encoded, as Octokit sends it', async () => {
      const response = await contents('models%2Forders.sql', history.base);
      expect(await readJson(response)).toMatchObject({ path: 'models/orders.sql' });
    });

    it.each([
      'application/vnd.github.raw',
      'application/vnd.github.raw+json',
      'application/vnd.github.v3.raw',
    ])('returns the raw bytes for Accept: %s', async (accept) => {
      const response = await contents('models/orders.sql', history.base, accept);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        'application/vnd.github.raw; charset=utf-8',
      );
      expect(await response.text()).toBe('select * from raw.orders\n');
    });

    it('applies the 1 MB rule: no inline content above 1 MiB, raw still works', async () => {
      const exact = await readJson(await contents('big/exactly-1mib.txt', history.base));
      expect(exact).toMatchObject({ encoding: 'base64', size: MAX_INLINE_CONTENT_BYTES });
      expect(Buffer.from(exact.content, 'base64').equals(exactlyOneMiB)).toBe(true);

      const over = await readJson(await contents('big/over-1mib.txt', history.base));
      expect(over).toMatchObject({
        type: 'file',
        encoding: 'none',
        content: '',
        size: MAX_INLINE_CONTENT_BYTES + 1,
      });

      const raw = await contents('big/over-1mib.txt', history.base, 'application/vnd.github.raw');
      expect(Buffer.from(await raw.arrayBuffer()).equals(overOneMiB)).toBe(true);
    });

    it('answers 404 when the file is absent at the ref, or the ref is unknown', async () => {
      expect((await contents('models/new.sql', history.head)).status).toBe(200);
      const absent = await contents('models/new.sql', history.base);
      expect(absent.status).toBe(404);
      expect(await readJson(absent)).toMatchObject({ message: 'Not Found', status: '404' });
      const unknownRef = await contents('models/new.sql', 'no-such-branch');
      expect(unknownRef.status).toBe(404);
      expect(await readJson(unknownRef)).toMatchObject({
        message: 'No commit found for the ref no-such-branch',
      });
    });

    it('reads branch names and the default branch when ref is omitted', async () => {
      const byBranch = await readJson(await contents('models/new.sql', 'feature'));
      expect(byBranch).toMatchObject({ path: 'models/new.sql' });
      expect((await api(`${REPOS}/contents/models/new.sql`)).status).toBe(404); // not on main
    });

    it('lists a directory', async () => {
      const listing = (await readJson(await contents('models', history.head))) as Array<
        Record<string, unknown>
      >;
      expect(listing.map((entry) => [entry.name, entry.type])).toEqual([
        ['marts', 'dir'],
        ['new.sql', 'file'],
        ['orders.sql', 'file'],
      ]);
      const object = await readJson(
        await contents('models', history.head, 'application/vnd.github.object+json'),
      );
      expect(object).toMatchObject({ type: 'dir', path: 'models', entries: expect.any(Array) });
      expect(object.entries).toHaveLength(3);
    });
  });

  describe('commits and compare', () => {
    it('resolves a ref to its commit sha', async () => {
      const commit = await readJson(await api(`${REPOS}/commits/feature`));
      expect(commit).toMatchObject({ sha: history.head, parents: [{ sha: history.base }] });
      const shaOnly = await api(`${REPOS}/commits/main`, {
        headers: { accept: 'application/vnd.github.sha' },
      });
      expect(await shaOnly.text()).toBe(history.base);
      expect((await api(`${REPOS}/commits/nope`)).status).toBe(422);
    });

    it('compares BASE...HEAD with GitHub file statuses and previous_filename', async () => {
      const response = await api(`${REPOS}/compare/${history.base}...${history.head}`);
      const comparison = await readJson(response);
      expect(comparison).toMatchObject({
        status: 'ahead',
        ahead_by: 1,
        behind_by: 0,
        total_commits: 1,
      });
      expect(comparison.merge_base_commit.sha).toBe(history.base);
      expect(comparison.commits.map((c: { sha: string }) => c.sha)).toEqual([history.head]);
      const files = comparison.files.map((f: Record<string, unknown>) => ({
        filename: f.filename,
        status: f.status,
        previous_filename: f.previous_filename,
      }));
      expect(files).toEqual([
        { filename: 'models/legacy.sql', status: 'removed', previous_filename: undefined },
        {
          filename: 'models/marts/customers.sql',
          status: 'renamed',
          previous_filename: 'models/customers.sql',
        },
        { filename: 'models/new.sql', status: 'added', previous_filename: undefined },
        { filename: 'models/orders.sql', status: 'modified', previous_filename: undefined },
      ]);
    });

    it('accepts branch names and caps the files at 300', async () => {
      const comparison = await readJson(await api(`${REPOS}/compare/main...many`));
      expect(comparison.files).toHaveLength(300);
      expect(comparison.ahead_by).toBe(1);
    });
  });

  describe('git trees', () => {
    it('lists a commit’s tree recursively, blobs with sizes, not truncated', async () => {
      const tree = await readJson(await api(`${REPOS}/git/trees/${history.head}?recursive=1`));
      expect(tree.truncated).toBe(false);
      const paths = tree.tree.map((e: { path: string }) => e.path);
      expect(paths).toContain('models');
      expect(paths).toContain('models/marts/customers.sql');
      expect(tree.tree.find((e: { path: string }) => e.path === 'models/new.sql')).toMatchObject({
        type: 'blob',
        mode: '100644',
        size: 9,
      });
      const top = await readJson(await api(`${REPOS}/git/trees/main`));
      expect(top.tree.map((e: { path: string }) => e.path)).not.toContain('models/orders.sql');
      expect((await api(`${REPOS}/git/trees/nope`)).status).toBe(404);
    });

    it('cuts a listing past maxTreeEntries and says so', async () => {
      await gh.close();
      gh = await start({ maxTreeEntries: 100 });
      const tree = await readJson(await api(`${REPOS}/git/trees/many?recursive=1`));
      expect(tree.truncated).toBe(true);
      expect(tree.tree).toHaveLength(100);
    });
  });

  describe('git blobs', () => {
    it('serves a blob by its sha in base64, and 404s a sha that names no blob', async () => {
      const tree = await readJson(await api(`${REPOS}/git/trees/${history.head}?recursive=1`));
      const entry = tree.tree.find((e: { path: string }) => e.path === 'models/new.sql');
      const blob = await readJson(await api(`${REPOS}/git/blobs/${entry.sha}`));
      expect(blob).toMatchObject({ sha: entry.sha, size: 9, encoding: 'base64' });
      expect(Buffer.from(blob.content, 'base64').length).toBe(9);
      expect((await api(`${REPOS}/git/blobs/${tree.sha}`)).status).toBe(404);
      expect((await api(`${REPOS}/git/blobs/${'0'.repeat(40)}`)).status).toBe(404);
    });
  });

  describe('pull requests', () => {
    it('returns the pull request with head/base shas, repositories and labels', async () => {
      const pull = await readJson(await api(`${REPOS}/pulls/7`));
      expect(pull).toMatchObject({
        number: 7,
        state: 'open',
        head: {
          sha: history.head,
          ref: 'feature',
          repo: { full_name: `${OWNER}/${REPO}`, fork: false },
        },
        base: { sha: history.base, ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } },
        labels: [{ name: 'blast-radius/ack' }],
        changed_files: 4,
      });
      const fork = await readJson(await api(`${REPOS}/pulls/9`));
      expect(fork.head.repo).toMatchObject({ full_name: 'forker/warehouse', fork: true });
      expect((await api(`${REPOS}/pulls/99`)).status).toBe(404);
    });

    it('lets a test simulate a newer push by moving the head sha', async () => {
      gh.updatePullRequest(7, { headSha: history.base, labels: [] });
      const pull = await readJson(await api(`${REPOS}/pulls/7`));
      expect(pull.head.sha).toBe(history.base);
      expect(await readJson(await api(`${REPOS}/issues/7/labels`))).toEqual([]);
    });

    it('lists labels', async () => {
      const labels = await readJson(await api(`${REPOS}/issues/7/labels`));
      expect(labels).toEqual([
        expect.objectContaining({ name: 'blast-radius/ack', color: 'ededed' }),
      ]);
    });

    it('paginates PR files with per_page/page and a Link header, stopping at 3,000', async () => {
      const first = await api(`${REPOS}/pulls/8/files?per_page=100`);
      const link = first.headers.get('link') ?? '';
      const linkTo = (page: number) =>
        `${gh.url}/repositories/123456789/pulls/8/files?per_page=100&page=${page}`;
      expect(link).toBe(`<${linkTo(2)}>; rel="next", <${linkTo(30)}>; rel="last"`);

      let url: string | undefined = `${REPOS}/pulls/8/files?per_page=100`;
      const filenames: string[] = [];
      while (url) {
        const response = await api(url);
        filenames.push(...(await readJson(response)).map((f: { filename: string }) => f.filename));
        url = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
      }
      expect(filenames).toHaveLength(3000);
      expect(new Set(filenames).size).toBe(3000);
      expect(filenames[0]).toBe('gen/f0000.txt');

      const middle = await api(`${REPOS}/pulls/8/files?per_page=100&page=2`);
      expect(middle.headers.get('link')).toBe(
        `<${linkTo(1)}>; rel="prev", <${linkTo(3)}>; rel="next", <${linkTo(30)}>; rel="last", <${linkTo(1)}>; rel="first"`,
      );
    });

    it('defaults to 30 per page and caps per_page at 100', async () => {
      expect(await readJson(await api(`${REPOS}/pulls/8/files`))).toHaveLength(30);
      expect(await readJson(await api(`${REPOS}/pulls/8/files?per_page=500`))).toHaveLength(100);
      const small = await api(`${REPOS}/pulls/7/files`);
      expect(small.headers.get('link')).toBeNull();
      expect(await readJson(small)).toHaveLength(4);
    });
  });

  describe('issue comments', () => {
    it('creates, lists, updates and deletes comments', async () => {
      const created = await postComment(7, '<!-- marker -->\nfirst');
      expect(created.status).toBe(201);
      const comment = await readJson(created);
      expect(comment).toMatchObject({
        body: '<!-- marker -->\nfirst',
        user: { login: 'github-actions[bot]', type: 'Bot' },
        html_url: expect.stringMatching(
          /^https:\/\/github\.com\/acme\/warehouse\/pull\/7#issuecomment-\d+$/,
        ),
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      });
      expect(comment.id).toBeGreaterThan(2 ** 31);
      expect(created.headers.get('location')).toBe(comment.url);

      const patched = await api(`${REPOS}/issues/comments/${comment.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ body: 'second' }),
      });
      expect(await readJson(patched)).toMatchObject({ id: comment.id, body: 'second' });
      expect(gh.comments(7).map((c) => c.body)).toEqual(['second']);

      const deleted = await api(`${REPOS}/issues/comments/${comment.id}`, { method: 'DELETE' });
      expect(deleted.status).toBe(204);
      expect(await deleted.text()).toBe('');
      expect(gh.comments(7)).toEqual([]);
      const again = await api(`${REPOS}/issues/comments/${comment.id}`, { method: 'DELETE' });
      expect(again.status).toBe(404);
    });

    it('lists comments by id with pagination, including seeded ones by humans', async () => {
      const spoof = gh.seedComment({
        issueNumber: 7,
        body: '<!-- marker -->\nspoofed',
        user: { login: 'mallory', type: 'User' },
      });
      for (let i = 0; i < 4; i++) await postComment(7, `bot ${i}`);
      await postComment(7, 'by a human', HUMAN_TOKEN);

      const first = await api(`${REPOS}/issues/7/comments?per_page=4`);
      expect(first.headers.get('link')).toContain('rel="next"');
      const page1 = await readJson(first);
      const page2 = await readJson(await api(`${REPOS}/issues/7/comments?per_page=4&page=2`));
      const all = [...page1, ...page2];
      expect(all.map((c: { body: string }) => c.body)).toEqual([
        '<!-- marker -->\nspoofed',
        'bot 0',
        'bot 1',
        'bot 2',
        'bot 3',
        'by a human',
      ]);
      expect(all[0]).toMatchObject({ id: spoof.id, user: { login: 'mallory', type: 'User' } });
      expect(all[5].user).toMatchObject({ login: 'mallory', type: 'User' });
      const ids = all.map((c: { id: number }) => c.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
    });

    it('enforces the 65,536-character body limit in UTF-16 code units', async () => {
      expect((await postComment(7, 'a'.repeat(MAX_COMMENT_LENGTH))).status).toBe(201);
      // 32,768 emoji are 65,536 UTF-16 code units (but only 32,768 code points).
      expect((await postComment(7, '😀'.repeat(MAX_COMMENT_LENGTH / 2))).status).toBe(201);

      const tooLong = await postComment(7, `${'😀'.repeat(MAX_COMMENT_LENGTH / 2)}x`);
      expect(tooLong.status).toBe(422);
      expect(await readJson(tooLong)).toEqual({
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          },
        ],
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '422',
      });
      const [first] = gh.comments(7);
      const update = await api(`${REPOS}/issues/comments/${first?.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ body: 'b'.repeat(MAX_COMMENT_LENGTH + 1) }),
      });
      expect(update.status).toBe(422);
      expect(gh.comments(7)).toHaveLength(2);
    });

    it('answers 404 for an unknown issue', async () => {
      expect((await postComment(404, 'x')).status).toBe(404);
    });
  });

  describe('fault injection', () => {
    it('fails the next matching requests with the injected status', async () => {
      gh.failNext({
        method: 'GET',
        pathPattern: '/repos/{owner}/{repo}/pulls/{pull_number}',
        status: 502,
        times: 2,
      });
      expect((await api(`${REPOS}/issues/7/labels`)).status).toBe(200); // does not match
      expect((await api(`${REPOS}/pulls/7`)).status).toBe(502);
      expect(gh.pendingFaults).toBe(1);
      expect((await api(`${REPOS}/pulls/7`)).status).toBe(502);
      expect((await api(`${REPOS}/pulls/7`)).status).toBe(200);
      gh.failNext({ pathPattern: /\/comments$/, status: 500, body: '<html>oops</html>' });
      const html = await postComment(7, 'x');
      expect(html.status).toBe(500);
      expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(gh.comments(7)).toEqual([]);
    });

    it('produces a secondary rate limit like GitHub', async () => {
      gh.secondaryRateLimitNext({ method: 'POST' });
      const response = await postComment(7, 'x');
      expect(response.status).toBe(403);
      expect(response.headers.get('retry-after')).toBe('1');
      const body = await readJson(response);
      expect(body.message).toMatch(/^You have exceeded a secondary rate limit\./);
      expect(body.message).toContain(response.headers.get('x-github-request-id'));
      expect((await postComment(7, 'x')).status).toBe(201);
    });

    it('produces a primary rate limit like GitHub', async () => {
      gh.primaryRateLimitNext({ resetInSeconds: 30 });
      const response = await api(`${REPOS}/pulls/7`);
      expect(response.status).toBe(403);
      expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
      const reset = Number(response.headers.get('x-ratelimit-reset'));
      expect(reset - Date.now() / 1000).toBeGreaterThan(25);
      expect((await readJson(response)).message).toMatch(/^API rate limit exceeded/);
    });
  });

  describe('OpenAPI validation', () => {
    it('rejects and records an undeclared query parameter', async () => {
      const response = await api(`${REPOS}/pulls/7/files?perpage=100`);
      expect(response.status).toBe(400);
      expect(gh.violations).toEqual([
        {
          method: 'GET',
          path: `${REPOS}/pulls/7/files`,
          operationId: 'pulls/list-files',
          messages: ['query parameter perpage is not declared for pulls/list-files'],
        },
      ]);
      gh.violations.length = 0;
    });

    it('rejects bad bodies, bad parameters and unknown operations', async () => {
      expect((await postComment(7, 123)).status).toBe(400);
      const extra = await api(`${REPOS}/issues/7/comments`, {
        method: 'POST',
        body: JSON.stringify({ body: 'x', bdy: 'typo' }),
      });
      expect(extra.status).toBe(400);
      expect((await api(`${REPOS}/issues/7/comments`, { method: 'POST' })).status).toBe(400);
      expect((await api(`${REPOS}/pulls/seven`)).status).toBe(400);
      expect((await api(`${REPOS}/pulls/7/files?per_page=lots`)).status).toBe(400);
      expect((await api(`${REPOS}/issues/7`)).status).toBe(404);
      expect(
        (await api(`${REPOS}/issues/comments/1`, { method: 'DELETE', body: '{}' })).status,
      ).toBe(400);
      expect(gh.violations.map((v) => v.messages)).toEqual([
        ['request body field body must be string'],
        ['request body property bdy is not declared'],
        ['issues/create-comment requires a JSON request body'],
        ['path parameter pull_number must be integer'],
        ['query parameter per_page must be integer'],
        [`GET ${REPOS}/issues/7 is not an operation of the OpenAPI subset`],
        ['issues/delete-comment takes no request body, got one'],
      ]);
      expect(gh.comments(7)).toEqual([]);
      gh.violations.length = 0;
    });
  });

  describe('GitHub Enterprise base URL', () => {
    it('serves under a path prefix such as /api/v3, links included', async () => {
      const ghes = await start({ pathPrefix: '/api/v3' });
      try {
        expect(ghes.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
        const response = await api(`${ghes.url}${REPOS}/pulls/8/files?per_page=100`);
        expect(response.status).toBe(200);
        expect(response.headers.get('link')).toContain(
          `<${ghes.url}/repositories/123456789/pulls/8/files?`,
        );
        const pull = await readJson(await api(`${ghes.url}${REPOS}/pulls/7`));
        expect(pull.url).toBe(`${ghes.url}${REPOS}/pulls/7`);

        const outside = await api(`${ghes.url.replace('/api/v3', '')}${REPOS}/pulls/7`);
        expect(outside.status).toBe(404);
        expect(ghes.violations).toHaveLength(1);
      } finally {
        await ghes.close();
      }
    });
  });

  describe('driven by Octokit with the retry and throttling plugins', () => {
    const ActionOctokit = Octokit.plugin(retry, throttling);
    const limits: Array<[string, number]> = [];
    const octokit = () =>
      new ActionOctokit({
        auth: WRITE_TOKEN,
        baseUrl: gh.url,
        // Small base values keep the test fast; the waits still come from GitHub's headers.
        retry: { retryAfterBaseValue: 10 },
        throttle: {
          retryAfterBaseValue: 10,
          onRateLimit: (retryAfter: number) => (limits.push(['primary', retryAfter]), true),
          onSecondaryRateLimit: (retryAfter: number) => (
            limits.push(['secondary', retryAfter]),
            true
          ),
        },
      });
    beforeEach(() => {
      limits.length = 0;
    });

    it('retries 5xx answers and secondary and primary rate limits', async () => {
      const client = octokit();
      const repository = { owner: OWNER, repo: REPO };
      gh.failNext({
        pathPattern: '/repos/{owner}/{repo}/pulls/{pull_number}',
        status: 502,
        times: 2,
      });
      const pull = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        ...repository,
        pull_number: 7,
      });
      expect(pull.data.head.sha).toBe(history.head);

      // On a GET: the throttling plugin spaces comment POSTs 3 s apart, too slow for a unit test.
      gh.secondaryRateLimitNext({ method: 'GET' });
      const labels = await client.request(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/labels',
        {
          ...repository,
          issue_number: 7,
          per_page: 100,
        },
      );
      expect(labels.data.map((label) => label.name)).toEqual(['blast-radius/ack']);

      gh.primaryRateLimitNext({ resetInSeconds: 1 });
      const raw = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
        ...repository,
        path: 'models/orders.sql',
        ref: history.base,
        headers: { accept: 'application/vnd.github.raw' },
      });
      expect(raw.data).toBe('select * from raw.orders\n');

      const created = await client.request(
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        {
          ...repository,
          issue_number: 7,
          body: 'from octokit',
        },
      );
      expect(created.status).toBe(201);

      expect(limits.map(([kind]) => kind)).toEqual(['secondary', 'primary']);
      expect(limits[0]?.[1]).toBe(1); // retry-after: 1
      expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
        'GET 502',
        'GET 502',
        'GET 200',
        'GET 403',
        'GET 200',
        'GET 403',
        'GET 200',
        'POST 201',
      ]);
      expect(gh.comments(7).map((c) => c.body)).toEqual(['from octokit']);
    });
  });
});

// The fake's pull request reviews (list, create with line comments) and the files API's `patch`,
// which the action's suggested changes need (src/action/suggestions.ts).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { READ_ONLY_TOKEN, startFakeGitHub, WRITE_TOKEN, type FakeGitHub } from './fake-github.js';
import { createGitRepo, type GitRepoFixture } from './git-fixture.js';

const OWNER = 'acme';
const REPO = 'warehouse';
const REPOS = `/repos/${OWNER}/${REPO}`;
const ITEMS = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => `    "${name}"`).join(',\n');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const readJson = (response: Response): Promise<any> => response.json();

describe('fake GitHub API: reviews and file patches', () => {
  let repo: GitRepoFixture;
  let base: string;
  let head: string;
  let gh: FakeGitHub;

  beforeAll(async () => {
    repo = await createGitRepo();
    base = await repo.commit('base', {
      write: {
        'inventory.json': `{\n  "models": [\n${ITEMS}\n  ]\n}\n`,
        'models/x y.sql': 'select 1\n',
        'gone.sql': 'select 0\n',
      },
    });
    await repo.branch('feature');
    head = await repo.commit('change', {
      write: {
        'inventory.json': `{\n  "models": [\n${ITEMS},\n    "g"\n  ]\n}\n`,
        'models/x y.sql': 'select 2\n',
      },
      remove: ['gone.sql'],
    });
    await repo.checkout('main');
  });
  afterAll(() => repo.cleanup());
  beforeEach(async () => {
    gh = await startFakeGitHub({
      repoDir: repo.dir,
      owner: OWNER,
      repo: REPO,
      pullRequests: [{ number: 3, baseSha: base, headSha: head }],
    });
  });
  afterEach(async () => {
    await gh.close();
    expect(gh.violations).toEqual([]);
  });

  function api(path: string, init: RequestInit & { token?: string } = {}) {
    const { token = WRITE_TOKEN, ...rest } = init;
    const headers = new Headers(rest.headers);
    headers.set('authorization', `token ${token}`);
    if (rest.body !== undefined) headers.set('content-type', 'application/json; charset=utf-8');
    return fetch(`${gh.url}${path}`, { ...rest, headers });
  }
  const review = (body: unknown, token?: string) =>
    api(`${REPOS}/pulls/3/reviews`, { method: 'POST', body: JSON.stringify(body), token });

  it('gives each file of a pull request its patch: the hunks, like GitHub', async () => {
    const files = await readJson(await api(`${REPOS}/pulls/3/files`));
    const byName = Object.fromEntries(files.map((f: { filename: string }) => [f.filename, f]));
    expect(byName['inventory.json'].patch).toBe(
      '@@ -5,6 +5,7 @@\n     "c",\n     "d",\n     "e",\n-    "f"\n+    "f",\n+    "g"\n   ]\n }',
    );
    expect(byName['models/x y.sql'].patch).toBe('@@ -1 +1 @@\n-select 1\n+select 2');
    expect(byName['gone.sql'].patch).toBe('@@ -1 +0,0 @@\n-select 0');
  });

  it('stores a COMMENT review with line comments and lists it', async () => {
    const response = await review({
      commit_id: head,
      event: 'COMMENT',
      body: '<!-- marker -->\nhello',
      comments: [
        { path: 'inventory.json', line: 9, side: 'RIGHT', body: '```suggestion\n    "h"\n```\n' },
        {
          path: 'inventory.json',
          start_line: 8,
          start_side: 'RIGHT',
          line: 9,
          side: 'RIGHT',
          body: 'two lines',
        },
      ],
    });
    expect(response.status).toBe(200);
    const created = await readJson(response);
    expect(created).toMatchObject({
      state: 'COMMENTED',
      commit_id: head,
      body: '<!-- marker -->\nhello',
      user: { login: 'github-actions[bot]' },
    });
    const listed = await readJson(await api(`${REPOS}/pulls/3/reviews?per_page=100`));
    expect(listed.map((r: { id: number }) => r.id)).toEqual([created.id]);
    const [stored] = gh.reviews(3);
    expect(stored!.comments.map((c) => [c.path, c.startLine, c.line, c.side])).toEqual([
      ['inventory.json', null, 9, 'RIGHT'],
      ['inventory.json', 8, 9, 'RIGHT'],
    ]);
  });

  it('refuses comments off the diff, on unknown paths, or across hunks (422)', async () => {
    for (const comment of [
      { path: 'inventory.json', line: 1, side: 'RIGHT', body: 'not in a hunk' },
      { path: 'README.md', line: 1, side: 'RIGHT', body: 'not a file of the PR' },
      { path: 'inventory.json', start_line: 9, line: 9, side: 'RIGHT', body: 'empty range' },
      { path: 'inventory.json', start_line: 2, line: 9, side: 'RIGHT', body: 'across hunks' },
    ]) {
      const response = await review({
        commit_id: head,
        event: 'COMMENT',
        body: 'x',
        comments: [comment],
      });
      expect(response.status, comment.body).toBe(422);
    }
    expect(gh.reviews()).toEqual([]);
  });

  it('answers a read-only token (a fork PR) with 403', async () => {
    const response = await review(
      { commit_id: head, event: 'COMMENT', body: 'x' },
      READ_ONLY_TOKEN,
    );
    expect(response.status).toBe(403);
    expect(gh.reviews()).toEqual([]);
  });

  it('reports a body outside the OpenAPI description as a violation', async () => {
    const response = await review({ event: 'SHOUT', body: 'x' });
    expect(response.status).toBe(400);
    expect(gh.violations).toHaveLength(1);
    gh.violations.length = 0;
  });
});

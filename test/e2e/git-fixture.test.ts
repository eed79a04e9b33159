import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepoFixture } from './git-fixture.js';

const execFileAsync = promisify(execFile);
const gitIn = async (dir: string, ...args: string[]) =>
  (await execFileAsync('git', args, { cwd: dir })).stdout.trim();

describe('git fixture', () => {
  const repos: GitRepoFixture[] = [];
  const newRepo = async () => {
    const repo = await createGitRepo();
    repos.push(repo);
    return repo;
  };
  afterEach(async () => {
    await Promise.all(repos.splice(0).map((repo) => repo.cleanup()));
  });

  async function buildHistory(repo: GitRepoFixture) {
    const base = await repo.commit('base', {
      write: { 'models/a.sql': 'select 1\n', 'models/b.sql': 'select 2\nfrom x\nwhere y\n' },
    });
    await repo.branch('feature');
    const head = await repo.commit('rename b, change a', {
      write: { 'models/a.sql': 'select 10\n' },
      rename: { 'models/b.sql': 'models/renamed/b.sql' },
    });
    return { base, head };
  }

  it('gives the same SHAs for the same steps, on any machine', async () => {
    const first = await buildHistory(await newRepo());
    const second = await buildHistory(await newRepo());
    expect(second).toEqual(first);
    expect(first.base).toMatch(/^[0-9a-f]{40}$/);
    expect(first.head).not.toBe(first.base);
  });

  it('records renames that git detects', async () => {
    const repo = await newRepo();
    const { base, head } = await buildHistory(repo);
    const status = await repo.git('diff', '--name-status', '-M', base, head);
    expect(status).toMatch(/^R\d+\tmodels\/b\.sql\tmodels\/renamed\/b\.sql$/m);
    expect(status).toMatch(/^M\tmodels\/a\.sql$/m);
  });

  it('writes big generated commits to a branch without touching the working tree', async () => {
    const repo = await newRepo();
    const { base } = await buildHistory(repo);
    const sha = await repo.commitToBranch('generated', 'generated files', {
      from: base,
      write: { 'gen/one.txt': '1\n', 'gen/with space.txt': Buffer.from([0, 1, 2]) },
      remove: ['models/a.sql'],
    });
    expect(await repo.git('show', `${sha}:gen/one.txt`)).toBe('1\n');
    const tree = await repo.git('ls-tree', '-r', '--name-only', sha);
    expect(tree.trim().split('\n')).toEqual(['gen/one.txt', 'gen/with space.txt', 'models/b.sql']);
    expect(await repo.git('rev-parse', `${sha}^`)).toBe(`${base}\n`);
    expect(await repo.git('status', '--porcelain')).toBe('');
    expect(await repo.git('branch', '--show-current')).toBe('feature\n');
  });

  it('makes a depth-1 clone of a branch or of a commit sha, like actions/checkout', async () => {
    const repo = await newRepo();
    const { base, head } = await buildHistory(repo);

    const byBranch = await repo.shallowClone({ ref: 'feature' });
    expect(await gitIn(byBranch, 'rev-parse', '--is-shallow-repository')).toBe('true');
    expect(await gitIn(byBranch, 'rev-list', '--count', 'HEAD')).toBe('1');
    expect(await gitIn(byBranch, 'rev-parse', 'HEAD')).toBe(head);

    const bySha = await repo.shallowClone({ ref: base });
    expect(await gitIn(bySha, 'rev-parse', 'HEAD')).toBe(base);
    expect(await gitIn(bySha, 'rev-list', '--count', 'HEAD')).toBe('1');
    expect(await readFile(join(bySha, 'models/b.sql'), 'utf8')).toBe('select 2\nfrom x\nwhere y\n');
    // Nothing beyond the fetched commit is there, as in a default checkout.
    await expect(gitIn(bySha, 'cat-file', '-e', `${head}^{commit}`)).rejects.toThrow();
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTree, readTrees } from '../../src/git/tree-files.js';
import { GitError } from '../../src/git/git.js';

const dir = mkdtempSync(join(tmpdir(), 'tree-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const git = (...args: string[]) =>
  execFileSync(
    'git',
    ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args],
    {
      encoding: 'utf8',
    },
  ).trim();

git('init', '-q');
mkdirSync(join(dir, 'models'));
writeFileSync(join(dir, 'dbt_project.yml'), 'name: p\n');
writeFileSync(join(dir, 'models', 'a b.sql'), "select 'é' from {{ ref('x') }}\n");
writeFileSync(join(dir, 'README.txt'), 'not selected\n');
git('add', '.');
git('commit', '-qm', 'base');
const base = git('rev-parse', 'HEAD');
writeFileSync(join(dir, 'models', 'c.sql'), 'select 1\n');
git('add', '.');
git('commit', '-qm', 'head');

describe('reading commits from git objects', () => {
  it('reads the selected files of a commit, any path, as UTF-8', async () => {
    const { files, blobIds } = await readTree(dir, base);
    expect([...files.keys()].sort()).toEqual(['dbt_project.yml', 'models/a b.sql']);
    expect(files.get('models/a b.sql')).toBe("select 'é' from {{ ref('x') }}\n");
    expect(blobIds.get('dbt_project.yml')).toMatch(/^[0-9a-f]{40}$/);
  });

  it('reads two commits, a shared blob once, with its id on both sides', async () => {
    const { base: b, head: h } = await readTrees(dir, base, 'HEAD');
    expect([...h.files.keys()].sort()).toEqual([
      'dbt_project.yml',
      'models/a b.sql',
      'models/c.sql',
    ]);
    expect(h.blobIds.get('models/a b.sql')).toBe(b.blobIds.get('models/a b.sql'));
  });

  it('an unknown commit is a GitError, not a crash', async () => {
    await expect(readTree(dir, 'no-such-ref')).rejects.toBeInstanceOf(GitError);
  });
});

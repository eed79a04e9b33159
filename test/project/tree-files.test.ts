import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BatchOutput, readTree, readTrees } from '../../src/git/tree-files.js';
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

describe('cat-file --batch output read as it streams', () => {
  const blobs = [
    ['a'.repeat(40), "select 'é' from {{ ref('x') }}\n"],
    ['b'.repeat(40), ''],
    ['c'.repeat(40), 'x'.repeat(300) + '\n€\n'],
  ] as const;
  const record = (id: string, type: string, body: string) =>
    Buffer.concat([
      Buffer.from(`${id} ${type} ${Buffer.byteLength(body)}\n`),
      Buffer.from(body),
      Buffer.from('\n'),
    ]);
  const output = Buffer.concat([
    record(blobs[0][0], 'blob', blobs[0][1]),
    Buffer.from(`${'d'.repeat(40)} missing\n`),
    record('e'.repeat(40), 'tree', 'not a blob'),
    record(blobs[1][0], 'blob', blobs[1][1]),
    record(blobs[2][0], 'blob', blobs[2][1]),
  ]);
  const ids = [blobs[0][0], 'd'.repeat(40), 'e'.repeat(40), blobs[1][0], blobs[2][0]];

  it('gives the same texts however the output is split into chunks', () => {
    for (const size of [1, 2, 3, 7, 41, 64, 300, output.length]) {
      const batch = new BatchOutput(ids);
      for (let at = 0; at < output.length; at += size) batch.push(output.subarray(at, at + size));
      expect([...batch.texts]).toEqual(blobs.map(([id, text]) => [id, text]));
    }
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCodeLineage } from '../../src/action/code-lineage.js';
import type { GitHub } from '../../src/action/github.js';
import {
  API_BLOB_LIMITS,
  apiRepository,
  selectBlobs,
  type Repository,
  type TreesRead,
} from '../../src/action/repository.js';

const PROJECT = "name: shop\nversion: '1.0'\nconfig-version: 2\nmodel-paths: ['models']\n";

function tree(files: Record<string, string>) {
  const blobIds = new Map(Object.keys(files).map((path, i) => [path, `blob${i}:${files[path]}`]));
  return { files: new Map(Object.entries(files)), blobIds };
}

const stubRepository = (read: () => Promise<TreesRead>): Repository => ({
  name: 'stub',
  resolveCommit: async (ref) => ref,
  readFile: async () => null,
  mergeBase: async () => null,
  changedFiles: async () => ({ files: [] }),
  readTrees: read,
});

const BOTH = { code: true, inventory: true };

describe('readCodeLineage', () => {
  it('scans both commits and diffs them, pairing renamed files', async () => {
    const base = tree({
      'dbt_project.yml': PROJECT,
      'models/a.sql': 'select 1',
      'models/b.sql': "select * from {{ ref('a') }}",
    });
    const head = tree({
      'dbt_project.yml': PROJECT,
      'models/a.sql': 'select 2',
      'models/sub/b.sql': "select * from {{ ref('a') }}",
    });
    const read = await readCodeLineage(
      stubRepository(async () => ({ base, head, how: 'read from the local git objects' })),
      'b'.repeat(40),
      'c'.repeat(40),
      [{ status: 'R', oldPath: 'models/b.sql', path: 'models/sub/b.sql', similarity: 100 }],
      BOTH,
    );
    expect(read.code).not.toBeNull();
    const changes = read.code!.changes.map((c) => `${c.node} ${c.kind}`);
    expect(changes).toContain('model:shop:a modified');
    expect(changes).toContain('model:shop:b moved');
    expect(read.note).toContain('the inventory and the code of 1 dbt project');
  });

  it('says "inventory only" and how to get the full lineage when the trees cannot be read', async () => {
    const read = await readCodeLineage(
      stubRepository(async () => ({ unavailable: 'no objects here', inventoryOnly: true })),
      'b',
      'c',
      [],
      BOTH,
    );
    expect(read.code).toBeNull();
    expect(read.note).toContain('Lineage: inventory only — no objects here.');
    expect(read.note).toContain('fetch-depth: 0');
    expect(read.note).toContain('pull_request_target');
  });

  it('turns a read failure into the same note, never a crash', async () => {
    const read = await readCodeLineage(
      stubRepository(async () => {
        throw new Error('boom');
      }),
      'b',
      'c',
      [],
      BOTH,
    );
    expect(read).toMatchObject({ code: null, note: expect.stringContaining('(boom)') });
  });

  it('reads nothing when the config says inventory only, and is silent without a dbt project', async () => {
    let reads = 0;
    const source = stubRepository(async () => {
      reads++;
      return { base: tree({}), head: tree({ 'models/a.sql': 'select 1' }), how: 'x' };
    });
    expect(await readCodeLineage(source, 'b', 'c', [], { code: false, inventory: true })).toEqual({
      code: null,
      note: null,
    });
    expect(reads).toBe(0);
    expect(await readCodeLineage(source, 'b', 'c', [], BOTH)).toEqual({ code: null, note: null });
  });
});

describe('selectBlobs', () => {
  it('keeps the dbt files of a tree listing: no subtrees, symlinks or submodules', () => {
    expect(
      selectBlobs([
        { path: 'models', type: 'tree', sha: 't' },
        { path: 'models/a.sql', type: 'blob', mode: '100644', sha: '1', size: 8 },
        { path: 'models/link.sql', type: 'blob', mode: '120000', sha: '2', size: 5 },
        { path: 'vendor/pkg', type: 'commit', mode: '160000', sha: '3' },
        { path: 'README.txt', type: 'blob', mode: '100644', sha: '4', size: 1 },
        { path: 'dbt_project.yml', type: 'blob', mode: '100644', sha: '5', size: 30 },
      ]),
    ).toEqual([
      { path: 'models/a.sql', blob: '1', size: 8 },
      { path: 'dbt_project.yml', blob: '5', size: 30 },
    ]);
  });
});

describe('apiRepository.readTrees', () => {
  const empty = mkdtempSync(join(tmpdir(), 'blast-radius-objects-'));
  execFileSync('git', ['init', '-q', empty]);
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  function fakeGitHub(entries: number, project = true) {
    const calls: string[] = [];
    const github = {
      rest: {
        git: {
          getTree: async () => {
            calls.push('getTree');
            return {
              data: {
                truncated: false,
                tree: Array.from({ length: entries + (project ? 1 : 0) }, (_, i) => ({
                  path: i === entries ? 'dbt_project.yml' : `models/m${i}.sql`,
                  type: 'blob',
                  mode: '100644',
                  sha: (i + 1).toString(16).padStart(40, '0'),
                  size: 10,
                })),
              },
            };
          },
          getBlob: async ({ file_sha }: { file_sha: string }) => {
            calls.push('getBlob');
            return {
              data: {
                content: Buffer.from(`select ${file_sha.slice(-4)}`).toString('base64'),
                encoding: 'base64',
              },
            };
          },
        },
      },
    } as unknown as GitHub;
    return { github, calls };
  }

  it('without git objects, reads nothing and says the lineage is the inventory only', async () => {
    const { github, calls } = fakeGitHub(3);
    const read = await apiRepository(github, 'o', 'r').readTrees('a'.repeat(40), 'b'.repeat(40));
    expect(read).toMatchObject({ inventoryOnly: true });
    expect(calls).toEqual([]);
  });

  it('reads the blobs the object store lacks through the blobs API, as data', async () => {
    const { github, calls } = fakeGitHub(3);
    const read = await apiRepository(github, 'o', 'r', empty).readTrees(
      'a'.repeat(40),
      'b'.repeat(40),
    );
    if ('unavailable' in read) throw new Error(read.unavailable);
    expect([...read.head.files.keys()]).toEqual([
      'models/m0.sql',
      'models/m1.sql',
      'models/m2.sql',
      'dbt_project.yml',
    ]);
    expect(read.head.files.get('models/m0.sql')).toBe('select 0001');
    // Each blob once, though both commits list it.
    expect(calls.filter((c) => c === 'getBlob')).toHaveLength(4);
  });

  it('fetches no blob when the head has no dbt project', async () => {
    const { github, calls } = fakeGitHub(3, false);
    const read = await apiRepository(github, 'o', 'r', empty).readTrees(
      'a'.repeat(40),
      'b'.repeat(40),
    );
    expect(read).toMatchObject({ how: 'no dbt project at the head' });
    expect(calls).not.toContain('getBlob');
  });

  it('stops at the cap on files read through the API: no blob is fetched', async () => {
    const { github, calls } = fakeGitHub(API_BLOB_LIMITS.files + 1);
    const read = await apiRepository(github, 'o', 'r', empty).readTrees(
      'a'.repeat(40),
      'b'.repeat(40),
    );
    expect(read).toMatchObject({ unavailable: expect.stringContaining("over the action's limit") });
    expect(calls).not.toContain('getBlob');
  });
});

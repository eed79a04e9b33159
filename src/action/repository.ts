import { execFile } from 'node:child_process';
import type { ChangedFile } from '../diff/changed-files.js';
import {
  changedFilesBetween,
  hasCommit,
  mergeBase,
  readAtCommit,
  resolveCommit,
} from '../git/git.js';
import {
  assemble,
  dbtFileFilter,
  listTree,
  readBlobs,
  readTrees,
  type TreeFiles,
} from '../git/tree-files.js';
import { messageOf, statusOf } from './errors.js';
import type { GitHub } from './github.js';

/** Where the action reads commits from: the local clone, or the GitHub API. */
export interface Repository {
  readonly name: string;
  resolveCommit(ref: string): Promise<string>;
  readFile(sha: string, path: string): Promise<string | null>;
  mergeBase(base: string, head: string): Promise<string | null>;
  changedFiles(base: string, head: string): Promise<ChangedFiles>;
  /**
   * Both commits' dbt files as data (never a checkout), for code lineage; or why they cannot be
   * read, in a sentence the summary shows.
   */
  readTrees(base: string, head: string): Promise<TreesRead>;
}

export type TreesRead =
  | { readonly base: TreeFiles; readonly head: TreeFiles; readonly how: string }
  | { readonly unavailable: string; readonly inventoryOnly: boolean };

/**
 * Blobs read through the git blobs API, at most: beyond either cap the run uses the inventory
 * alone and says so (a hostile pull request cannot make the action download without bound).
 */
export const API_BLOB_LIMITS = { files: 2000, bytes: 32 * 1024 * 1024 } as const;

export interface ChangedFiles {
  readonly files: ChangedFile[];
  /**
   * Set when the list is known to be incomplete and no complete one could be had: why. The
   * check then fails with an `input/incomplete` finding instead of judging part of the change.
   */
  readonly incomplete?: string;
}

export class RepositoryError extends Error {}

/** The runner's checkout. Used only when it holds both commits (a full or deep enough fetch). */
export function localRepository(dir: string): Repository {
  return {
    name: 'the local clone',
    resolveCommit: (ref) => resolveCommit(dir, ref),
    readFile: (sha, path) => readAtCommit(dir, sha, path),
    mergeBase: (base, head) => mergeBase(dir, base, head),
    changedFiles: async (base, head) => ({ files: await changedFilesBetween(dir, base, head) }),
    readTrees: async (base, head) => ({
      ...(await readTrees(dir, base, head)),
      how: 'read from the local git objects',
    }),
  };
}

/** Whether `dir` is a git repository (any objects at all: a base-only or bare clone counts). */
export function isGitRepository(dir: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('git', ['-C', dir, 'rev-parse', '--git-dir'], { env: GIT_ENV }, (error) =>
      resolve(error === null),
    );
  });
}

const GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };

export async function hasCommits(dir: string, refs: readonly string[]): Promise<boolean> {
  for (const ref of refs) {
    try {
      if (!(await hasCommit(dir, await resolveCommit(dir, ref)))) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** GitHub's pull request files API lists at most this many files. */
export const PULL_FILES_LIMIT = 3000;
/** The compare API lists at most this many files. */
export const COMPARE_FILES_LIMIT = 300;

/**
 * The GitHub API: what a default depth-1 checkout leaves no choice but to use. `objects`, when
 * set, is a local repository holding some of the commits (a base-only checkout under
 * pull_request_target): code lineage reads its trees and blobs there first, and the rest —
 * the pull request's files — through the git trees and blobs APIs, as data.
 */
export function apiRepository(
  github: GitHub,
  owner: string,
  repo: string,
  objects?: string,
): Repository {
  const failure = (what: string, error: unknown) =>
    new RepositoryError(
      `could not read ${what} from the GitHub API (${statusOf(error) ?? 'network'}: ${messageOf(error)})`,
    );

  async function compare(base: string, head: string) {
    try {
      const { data } = await github.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${base}...${head}`,
      });
      return data;
    } catch (error) {
      throw failure(`the comparison ${base}...${head}`, error);
    }
  }

  return {
    name: 'the GitHub API',
    async resolveCommit(ref) {
      try {
        const { data } = await github.rest.repos.getCommit({
          owner,
          repo,
          ref,
          mediaType: { format: 'sha' },
        });
        return String(data).trim();
      } catch (error) {
        const status = statusOf(error);
        if (status === 404 || status === 422) {
          throw new RepositoryError(`unknown ref "${ref}" in ${owner}/${repo}`);
        }
        throw failure(`the commit ${ref}`, error);
      }
    },
    async readFile(sha, path) {
      try {
        const { data } = await github.rest.repos.getContent({
          owner,
          repo,
          path,
          ref: sha,
          mediaType: { format: 'raw' },
        });
        if (typeof data !== 'string') throw new RepositoryError(`${path} at ${sha} is not a file`);
        return data;
      } catch (error) {
        if (error instanceof RepositoryError) throw error;
        if (statusOf(error) === 404) return null;
        throw failure(`${path} at ${sha}`, error);
      }
    },
    async mergeBase(base, head) {
      return (await compare(base, head)).merge_base_commit?.sha ?? null;
    },
    async changedFiles(base, head) {
      const data = await compare(base, head);
      const files = (data.files ?? []).map(fromApiFile);
      if (files.length < COMPARE_FILES_LIMIT) return { files };
      // The compare API stops at 300 files: compare the two commits' trees instead.
      const [before, after] = await Promise.all([tree(base), tree(head)]);
      if (before.truncated || after.truncated) {
        return {
          files,
          incomplete: `GitHub's compare API lists only the first ${COMPARE_FILES_LIMIT} changed files, and the git trees API cut the listing of ${before.truncated ? base : head} (more than 100,000 entries or 7 MB). Check out both commits (actions/checkout with fetch-depth: 0) so the action can read them locally`,
        };
      }
      return { files: diffTrees(before.entries, after.entries) };
    },
    async readTrees(base, head) {
      if (objects === undefined) {
        return {
          unavailable:
            'the workspace has no git objects of these commits, so the lineage is the inventory only',
          inventoryOnly: true,
        };
      }
      const sides: { path: string; blob: string; size?: number }[][] = [];
      for (const sha of [base, head]) {
        if (await hasCommit(objects, sha)) {
          sides.push(await listTree(objects, sha));
          continue;
        }
        const listing = await tree(sha);
        if (listing.truncated) {
          return {
            unavailable: `the git trees API cut the listing of ${sha.slice(0, 7)}, so the lineage is the inventory only`,
            inventoryOnly: false,
          };
        }
        sides.push(selectBlobs(listing.entries));
      }
      const [before = [], after = []] = sides;
      // No dbt project at the head: nothing to read (and no blob to fetch).
      if (!after.some((e) => e.path === 'dbt_project.yml' || e.path.endsWith('/dbt_project.yml')))
        return { base: EMPTY_TREE, head: EMPTY_TREE, how: 'no dbt project at the head' };
      const all = [...before, ...after];
      const texts = await readBlobs(
        objects,
        all.map((e) => e.blob),
      );
      const missing = new Map<string, number>();
      for (const e of all) if (!texts.has(e.blob)) missing.set(e.blob, e.size ?? 0);
      let bytes = 0;
      for (const size of missing.values()) bytes += size;
      if (missing.size > API_BLOB_LIMITS.files || bytes > API_BLOB_LIMITS.bytes) {
        return {
          unavailable: `reading the pull request's ${missing.size} dbt files (${Math.ceil(bytes / 1024)} KiB) through the GitHub API is over the action's limit (${API_BLOB_LIMITS.files} files, ${API_BLOB_LIMITS.bytes / 1024 / 1024} MiB), so the lineage is the inventory only`,
          inventoryOnly: false,
        };
      }
      const ids = [...missing.keys()];
      for (let i = 0; i < ids.length; i += 8) {
        await Promise.all(ids.slice(i, i + 8).map(async (id) => texts.set(id, await blob(id))));
      }
      return {
        base: assemble(before, texts),
        head: assemble(after, texts),
        how:
          missing.size === 0
            ? 'read from the local git objects'
            : `read as data: ${missing.size} file${missing.size === 1 ? '' : 's'} through the GitHub API, the rest from the local git objects`,
      };
    },
  };

  async function blob(sha: string): Promise<string> {
    try {
      const { data } = await github.rest.git.getBlob({ owner, repo, file_sha: sha });
      return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString(
        'utf8',
      );
    } catch (error) {
      throw failure(`the blob ${sha}`, error);
    }
  }

  async function tree(sha: string) {
    try {
      const { data } = await github.rest.git.getTree({
        owner,
        repo,
        tree_sha: sha,
        recursive: 'true',
      });
      return { entries: data.tree, truncated: data.truncated };
    } catch (error) {
      throw failure(`the tree of ${sha}`, error);
    }
  }
}

export interface TreeEntry {
  readonly path?: string;
  readonly type?: string;
  readonly sha?: string;
  readonly mode?: string;
  readonly size?: number;
}

const EMPTY_TREE: TreeFiles = { files: new Map(), blobIds: new Map() };

/** Pure: the dbt files of a recursive tree listing (no symlinks, no submodules). */
export function selectBlobs(
  entries: readonly TreeEntry[],
): { path: string; blob: string; size: number }[] {
  const out: { path: string; blob: string; size: number }[] = [];
  for (const e of entries) {
    if (e.type !== 'blob' || e.mode === '120000' || e.path === undefined || e.sha === undefined)
      continue;
    if (dbtFileFilter(e.path)) out.push({ path: e.path, blob: e.sha, size: e.size ?? 0 });
  }
  return out;
}

/**
 * Pure: the files that differ between two recursive tree listings, as `git diff --name-status`
 * would give them — a blob whose sha changed is modified, one on a side only added or removed,
 * and a removed and an added path with the same blob a pure rename (similarity 100). Subtrees
 * and submodules are skipped. Sorted by path.
 */
export function diffTrees(base: readonly TreeEntry[], head: readonly TreeEntry[]): ChangedFile[] {
  const blobs = (entries: readonly TreeEntry[]) => {
    const map = new Map<string, string>();
    for (const entry of entries)
      if (entry.type === 'blob' && entry.path !== undefined && entry.sha !== undefined)
        map.set(entry.path, entry.sha);
    return map;
  };
  const before = blobs(base);
  const after = blobs(head);
  const files: ChangedFile[] = [];
  const added: [string, string][] = [];
  for (const [path, sha] of after) {
    const old = before.get(path);
    if (old === undefined) added.push([path, sha]);
    else if (old !== sha) files.push({ status: 'M', path });
  }
  const removedBySha = new Map<string, string[]>();
  for (const [path, sha] of before) {
    if (after.has(path)) continue;
    const paths = removedBySha.get(sha);
    if (paths) paths.push(path);
    else removedBySha.set(sha, [path]);
  }
  for (const [path, sha] of added) {
    const oldPath = removedBySha.get(sha)?.shift();
    files.push(
      oldPath === undefined
        ? { status: 'A', path }
        : { status: 'R', oldPath, path, similarity: 100 },
    );
  }
  for (const paths of removedBySha.values())
    for (const path of paths) files.push({ status: 'D', path });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The changed files of a pull request, from the paginated files API. */
export async function pullRequestFiles(
  github: GitHub,
  owner: string,
  repo: string,
  pullNumber: number,
): Promise<ChangedFile[]> {
  try {
    const files = await github.paginate(github.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: pullNumber,
      per_page: 100,
    });
    return files.map(fromApiFile);
  } catch (error) {
    throw new RepositoryError(
      `could not list the files of pull request #${pullNumber} (${statusOf(error) ?? 'network'}: ${messageOf(error)})`,
    );
  }
}

function fromApiFile(file: {
  filename: string;
  status: string;
  previous_filename?: string;
  changes?: number;
}): ChangedFile {
  switch (file.status) {
    case 'added':
      return { status: 'A', path: file.filename };
    case 'removed':
      return { status: 'D', path: file.filename };
    case 'renamed':
      return {
        status: 'R',
        path: file.filename,
        ...(file.previous_filename !== undefined && { oldPath: file.previous_filename }),
        // GitHub gives no similarity; a rename without line changes is a pure move.
        ...(file.changes === 0 && { similarity: 100 }),
      };
    case 'copied':
      return {
        status: 'C',
        path: file.filename,
        ...(file.previous_filename !== undefined && { oldPath: file.previous_filename }),
      };
    default:
      return { status: 'M', path: file.filename };
  }
}

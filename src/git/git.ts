import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import type { ChangedFile } from '../diff/changed-files.js';
import { normalizePath } from '../diff/changed-files.js';

const MAX_OUTPUT = 1024 * 1024 * 1024;

export class GitError extends Error {}

async function git(repo: string, args: string[]): Promise<string> {
  // Loaded on first use: node:child_process costs a few ms of every CLI start, file mode too.
  const run = promisify((await import('node:child_process')).execFile);
  try {
    const { stdout } = await run('git', ['-C', repo, ...args], {
      maxBuffer: MAX_OUTPUT,
      encoding: 'buffer',
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
    // Decoded once, whole: a stream decoder would build a rope that JSON.parse flattens again.
    return stdout.toString('utf8');
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: Buffer | string };
    if (failure.code === 'ENOENT') throw new GitError('git is not installed or not on PATH');
    const detail = (failure.stderr?.toString() || failure.message).trim().split('\n')[0];
    throw new GitError(`git ${args[0]} failed in ${repo}: ${detail}`);
  }
}

/** The full commit id of `ref`, or a clear error naming the ref; `advice` ends that error
 * (the default speaks to a workflow; the CLI speaks to someone at a terminal). */
export async function resolveCommit(
  repo: string,
  ref: string,
  advice = 'fetch it (fetch-depth: 0) or check the name',
): Promise<string> {
  try {
    return (
      await git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
    ).trim();
  } catch (error) {
    if (!existsSync(repo)) throw new GitError(`${repo} does not exist (--repo DIR)`);
    if (error instanceof GitError && /not a git repository/i.test(error.message)) {
      throw new GitError(
        `${repo} is not a git repository (use --repo DIR, or --base-file/--head-file)`,
      );
    }
    throw new GitError(`unknown git ref "${ref}" in ${repo} — ${advice}`);
  }
}

/** A file's content at a commit; null when the file does not exist there. */
export async function readAtCommit(
  repo: string,
  commit: string,
  path: string,
): Promise<string | null> {
  const spec = `${commit}:${normalizePath(path)}`;
  try {
    await git(repo, ['cat-file', '-e', spec]);
  } catch {
    return null;
  }
  return git(repo, ['show', '--no-textconv', spec]);
}

/** `git diff --name-status -M` between two commits, NUL-separated so any path survives. */
export async function changedFilesBetween(
  repo: string,
  base: string,
  head: string,
): Promise<ChangedFile[]> {
  const out = await git(repo, [
    'diff',
    '--name-status',
    '-M',
    '-z',
    '--no-ext-diff',
    base,
    head,
    '--',
  ]);
  const fields = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length;) {
    const status = fields[i++]!;
    const letter = status[0]!;
    if (letter === 'R' || letter === 'C') {
      const oldPath = fields[i++]!;
      const path = fields[i++]!;
      files.push({ status: letter, oldPath, path, similarity: Number(status.slice(1)) });
    } else {
      files.push({ status: letter, path: fields[i++]! });
    }
  }
  return files;
}

/** Whether a commit's objects are in the local repository (a shallow clone may lack them). */
export async function hasCommit(repo: string, sha: string): Promise<boolean> {
  try {
    await git(repo, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The best common ancestor, or null when the history at hand has none (shallow clones). */
export async function mergeBase(repo: string, a: string, b: string): Promise<string | null> {
  try {
    return (await git(repo, ['merge-base', a, b])).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Adapter: a commit's files as text, read from git objects (no work tree, no checkout — the
 * pull request's files are data). `git ls-tree -r -z` lists the tree, ONE `git cat-file --batch`
 * process streams the selected blobs. `readTrees` reads two commits and fetches each blob id
 * once, and returns the blob ids so the scanner can parse a blob shared by both sides once.
 */
import { spawn } from 'node:child_process';
import { GitError } from './git.js';

export interface TreeEntry {
  path: string;
  blob: string;
}

export interface TreeFiles {
  files: Map<string, string>;
  blobIds: Map<string, string>;
}

/** The default selection: the files a dbt project is made of. */
export function dbtFileFilter(path: string): boolean {
  return /\.(sql|py|ya?ml|csv|md)$/i.test(path);
}

const MAX_BLOB = 64 * 1024 * 1024;

function run(repo: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repo, ...args], {
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(new GitError(e.code === 'ENOENT' ? 'git is not installed or not on PATH' : e.message)),
    );
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else {
        const detail = Buffer.concat(err).toString().trim().split('\n')[0];
        reject(new GitError(`git ${args[0]} failed in ${repo}: ${detail}`));
      }
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

/** Every blob of `commit` whose path passes `filter` (symlinks and submodules left out). */
export async function listTree(
  repo: string,
  commit: string,
  filter: (path: string) => boolean = dbtFileFilter,
): Promise<TreeEntry[]> {
  const out = (await run(repo, ['ls-tree', '-r', '-z', '--full-tree', commit])).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const rec of out.split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, blob] = rec.slice(0, tab).split(' ');
    const path = rec.slice(tab + 1);
    if (type !== 'blob' || mode === '120000' || !blob) continue;
    if (filter(path)) entries.push({ path, blob });
  }
  return entries;
}

/** Blob texts by id, through one `git cat-file --batch`; each id read once. */
export async function readBlobs(repo: string, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const texts = new Map<string, string>();
  if (unique.length === 0) return texts;
  const out = await run(repo, ['cat-file', '--batch'], unique.join('\n') + '\n');
  let pos = 0;
  for (const id of unique) {
    const nl = out.indexOf(10, pos);
    if (nl < 0) break;
    const header = out.toString('latin1', pos, nl);
    pos = nl + 1;
    const parts = header.split(' ');
    if (parts[1] === 'missing' || parts.length < 3) continue;
    const size = Number(parts[2]);
    if (parts[1] === 'blob' && size <= MAX_BLOB)
      texts.set(id, out.toString('utf8', pos, pos + size));
    pos += size + 1;
  }
  return texts;
}

/** One commit's selected files. */
export async function readTree(
  repo: string,
  commit: string,
  filter: (path: string) => boolean = dbtFileFilter,
): Promise<TreeFiles> {
  const entries = await listTree(repo, commit, filter);
  const blobs = await readBlobs(
    repo,
    entries.map((e) => e.blob),
  );
  return assemble(entries, blobs);
}

/** Two commits' selected files; a blob present at both is read once. */
export async function readTrees(
  repo: string,
  base: string,
  head: string,
  filter: (path: string) => boolean = dbtFileFilter,
): Promise<{ base: TreeFiles; head: TreeFiles }> {
  const [b, h] = await Promise.all([listTree(repo, base, filter), listTree(repo, head, filter)]);
  const blobs = await readBlobs(
    repo,
    [...b, ...h].map((e) => e.blob),
  );
  return { base: assemble(b, blobs), head: assemble(h, blobs) };
}

/** A tree's files and blob ids from its entries and the texts of their blobs. */
export function assemble(
  entries: readonly TreeEntry[],
  blobs: ReadonlyMap<string, string>,
): TreeFiles {
  const files = new Map<string, string>();
  const blobIds = new Map<string, string>();
  for (const e of entries) {
    const text = blobs.get(e.blob);
    if (text === undefined) continue;
    files.set(e.path, text);
    blobIds.set(e.path, e.blob);
  }
  return { files, blobIds };
}

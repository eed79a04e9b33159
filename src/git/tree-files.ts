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

function run(
  repo: string,
  args: string[],
  input?: string,
  onData?: (chunk: Buffer) => void,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repo, ...args], {
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', onData ?? ((b: Buffer) => out.push(b)));
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
  if (unique.length === 0) return new Map();
  const batch = new BatchOutput(unique);
  await run(repo, ['cat-file', '--batch'], unique.join('\n') + '\n', (chunk) => batch.push(chunk));
  return batch.texts;
}

/**
 * `git cat-file --batch` output parsed as it streams in: each text is decoded straight from
 * the chunk that holds it, and only a header or blob split across chunks is copied (once), so
 * the whole output — the size of every file read — is never gathered into one buffer.
 */
export class BatchOutput {
  readonly texts = new Map<string, string>();
  /** The index of the id whose header comes next, and the id of the blob being read. */
  private next = 0;
  private id = '';
  /** Bytes still to come of the current blob and its newline; -1 while a header is awaited. */
  private want = -1;
  /** The current blob's size, and whether it is kept (a blob, not too large). */
  private size = 0;
  private keep = false;
  /** The start of a header or kept blob split across chunks. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(private readonly ids: readonly string[]) {}

  push(chunk: Buffer): void {
    let pos = 0;
    if (this.pendingBytes > 0) pos = this.finishSplit(chunk);
    while (pos >= 0 && pos < chunk.length && (this.want >= 0 || this.next < this.ids.length)) {
      if (this.want < 0) {
        const nl = chunk.indexOf(10, pos);
        if (nl < 0) return this.hold(chunk.subarray(pos));
        this.header(chunk.toString('latin1', pos, nl));
        pos = nl + 1;
      } else if (chunk.length - pos >= this.want) {
        if (this.keep) this.blob(chunk, pos);
        pos += this.want;
        this.want = -1;
      } else {
        this.want -= chunk.length - pos;
        if (this.keep) this.hold(chunk.subarray(pos));
        return;
      }
    }
  }

  /** Completes a split header or blob with the start of `chunk`; where the rest begins, or -1. */
  private finishSplit(chunk: Buffer): number {
    if (this.want < 0) {
      const nl = chunk.indexOf(10);
      if (nl < 0) {
        this.hold(chunk);
        return -1;
      }
      this.header(Buffer.concat([...this.pending, chunk.subarray(0, nl)]).toString('latin1'));
      this.release();
      return nl + 1;
    }
    // a kept blob (only those are held)
    if (chunk.length < this.want) {
      this.want -= chunk.length;
      this.hold(chunk);
      return -1;
    }
    const end = this.want;
    this.blob(Buffer.concat([...this.pending, chunk.subarray(0, end)]), 0);
    this.release();
    this.want = -1;
    return end;
  }

  private header(line: string): void {
    const parts = line.split(' ');
    this.id = this.ids[this.next++]!;
    if (parts[1] === 'missing' || parts.length < 3) return;
    this.size = Number(parts[2]);
    this.keep = parts[1] === 'blob' && this.size <= MAX_BLOB;
    this.want = this.size + 1;
  }

  /** The current blob, whose bytes start at `start` of `buf`. */
  private blob(buf: Buffer, start: number): void {
    this.texts.set(this.id, buf.toString('utf8', start, start + this.size));
  }

  private hold(piece: Buffer): void {
    this.pending.push(piece);
    this.pendingBytes += piece.length;
  }

  private release(): void {
    this.pending = [];
    this.pendingBytes = 0;
  }
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

// Reads a real git repository with the git CLI: the fake serves contents, diffs and commits
// from it, so what the action reads through the API is exactly what a checkout would show.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const MAX_BUFFER = 256 * 1024 * 1024;

export interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  /** Bytes for blobs, 0 otherwise. */
  size: number;
  path: string;
}

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';

export interface ChangedFile {
  filename: string;
  previousFilename?: string;
  status: FileStatus;
  /** Blob sha after the change (before it, for removed files). */
  sha: string;
  additions: number;
  deletions: number;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
  message: string;
}

const STATUS_BY_LETTER: Record<string, FileStatus> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

export class GitRepository {
  private readonly diffCache = new Map<string, Promise<ChangedFile[]>>();
  private readonly patchCache = new Map<string, Promise<Map<string, string>>>();

  constructor(
    readonly dir: string,
    private readonly detectCopies = false,
  ) {}

  async git(args: string[]): Promise<string> {
    const { stdout } = await execFileAsync('git', ['--literal-pathspecs', ...args], {
      cwd: this.dir,
      maxBuffer: MAX_BUFFER,
    });
    return stdout;
  }

  private async gitBuffer(args: string[]): Promise<Buffer> {
    const { stdout } = await execFileAsync('git', args, {
      cwd: this.dir,
      maxBuffer: MAX_BUFFER,
      encoding: 'buffer',
    });
    return stdout;
  }

  /** Full commit sha for a branch, tag or sha; undefined when it names no commit. */
  async resolveCommit(ref: string): Promise<string | undefined> {
    if (ref.length === 0 || ref.startsWith('-')) return undefined;
    try {
      const out = await this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
      return out.trim() || undefined;
    } catch {
      return undefined;
    }
  }

  async headBranch(): Promise<string> {
    return (await this.git(['symbolic-ref', '--short', 'HEAD'])).trim();
  }

  /** The entry at `path` in commit `sha` ('' is the root tree). */
  async entry(sha: string, path: string): Promise<TreeEntry | undefined> {
    if (path === '') {
      const tree = (await this.git(['rev-parse', `${sha}^{tree}`])).trim();
      return { mode: '040000', type: 'tree', sha: tree, size: 0, path: '' };
    }
    const entries = parseLsTree(await this.git(['ls-tree', '-l', '-z', sha, '--', path]));
    return entries.find((e) => e.path === path);
  }

  async listDirectory(sha: string, path: string): Promise<TreeEntry[]> {
    const args = path === '' ? [sha] : [sha, '--', `${path}/`];
    return parseLsTree(await this.git(['ls-tree', '-l', '-z', ...args]));
  }

  /** The tree of a commit, tree or ref; undefined when it names none. */
  async resolveTree(ref: string): Promise<string | undefined> {
    if (ref.length === 0 || ref.startsWith('-')) return undefined;
    try {
      return (
        (await this.git(['rev-parse', '--verify', '--quiet', `${ref}^{tree}`])).trim() || undefined
      );
    } catch {
      return undefined;
    }
  }

  /** A tree's entries; `recursive` lists subtrees too, and everything below them. */
  async listTree(tree: string, recursive: boolean): Promise<TreeEntry[]> {
    const args = recursive ? ['-r', '-t'] : [];
    return parseLsTree(await this.git(['ls-tree', '-l', '-z', ...args, tree]));
  }

  /** The object type of `sha` ('blob', 'tree', ...), or undefined when there is none. */
  async objectType(sha: string): Promise<string | undefined> {
    if (!/^[0-9a-f]{40}$/i.test(sha)) return undefined;
    try {
      return (await this.git(['cat-file', '-t', sha])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  readBlob(blobSha: string): Promise<Buffer> {
    return this.gitBuffer(['cat-file', 'blob', blobSha]);
  }

  /** The merge base, or undefined when the histories share no commit. */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    try {
      return (await this.git(['merge-base', a, b])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** Commits reachable from `head` but not from `base`, oldest first. */
  async commitsBetween(base: string, head: string): Promise<string[]> {
    const out = await this.git(['rev-list', '--reverse', `${base}..${head}`]);
    return out.split('\n').filter(Boolean);
  }

  /** Metadata of several full commit shas with one git call, in the order given. */
  async commitInfos(shas: string[]): Promise<CommitInfo[]> {
    if (shas.length === 0) return [];
    const format = ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00');
    // git show prints a commit named twice only once: ask for each once, then map back.
    const unique = [...new Set(shas)];
    const out = await this.git(['show', '-s', `--format=%x1e${format}`, ...unique, '--']);
    const bySha = new Map(parseCommitRecords(out).map((info) => [info.sha, info]));
    return shas.map((sha) => {
      const info = bySha.get(sha);
      if (!info) throw new Error(`git show printed nothing for ${sha}`);
      return info;
    });
  }

  async commitInfo(sha: string): Promise<CommitInfo> {
    const [info] = await this.commitInfos([sha]);
    if (!info) throw new Error(`git show printed nothing for ${sha}`);
    return info;
  }

  /** Files changed from `base` to `head` (a direct two-tree diff; cached, commits are immutable). */
  diff(base: string, head: string): Promise<ChangedFile[]> {
    const key = `${base}..${head}`;
    let cached = this.diffCache.get(key);
    if (!cached) {
      cached = this.computeDiff(base, head);
      this.diffCache.set(key, cached);
    }
    return cached;
  }

  /**
   * Each changed file's unified diff as the files API's `patch` gives it: the hunks only (from
   * the first `@@`), without the final newline; none for binary files or bare renames. One git
   * call for the whole diff (cached); a name git would quote beyond what JSON reads gets none.
   */
  patches(base: string, head: string): Promise<Map<string, string>> {
    const key = `${base}..${head}`;
    let cached = this.patchCache.get(key);
    if (!cached) {
      cached = this.computePatches(base, head);
      this.patchCache.set(key, cached);
    }
    return cached;
  }

  private async computePatches(base: string, head: string): Promise<Map<string, string>> {
    const detection = this.detectCopies ? ['-M', '-C'] : ['-M'];
    const out = await this.git([
      '-c',
      'core.quotePath=false',
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      '-U3',
      ...detection,
      base,
      head,
    ]);
    return parsePatches(out);
  }

  private async computeDiff(base: string, head: string): Promise<ChangedFile[]> {
    const detection = this.detectCopies ? ['-M', '-C'] : ['-M'];
    const [raw, numstat] = await Promise.all([
      this.git(['diff', '--raw', '-z', '--no-abbrev', ...detection, base, head]),
      this.git(['diff', '--numstat', '-z', ...detection, base, head]),
    ]);
    const counts = parseNumstat(numstat);
    return parseRawDiff(raw).map((file) => ({ ...file, ...counts.get(file.filename) }));
  }
}

/** `git diff` output → the hunks of each file, by its new name (the old one when deleted). */
function parsePatches(out: string): Map<string, string> {
  const patches = new Map<string, string>();
  let minus: string | undefined;
  let plus: string | undefined;
  let hunks: string[] | null = null;
  const flush = () => {
    const name = plus ?? minus;
    while (hunks && hunks.at(-1) === '') hunks.pop();
    if (name !== undefined && hunks && hunks.length > 0) patches.set(name, hunks.join('\n'));
  };
  for (const line of out.split('\n')) {
    // Inside hunks every line starts with ' ', '+', '-' or a backslash: a header is a new file.
    if (line.startsWith('diff --git ')) {
      flush();
      minus = plus = undefined;
      hunks = null;
    } else if (hunks !== null) hunks.push(line);
    else if (line.startsWith('--- ')) minus = headerPath(line.slice(4), 'a/');
    else if (line.startsWith('+++ ')) plus = headerPath(line.slice(4), 'b/');
    else if (line.startsWith('@@')) hunks = [line];
  }
  flush();
  return patches;
}

/** A `---`/`+++` name: git appends a tab to names with spaces, and quotes unusual ones. */
function headerPath(raw: string, prefix: string): string | undefined {
  let name = raw.replace(/\t$/, '');
  if (name === '/dev/null') return undefined;
  if (name.startsWith('"')) {
    try {
      name = JSON.parse(name) as string;
    } catch {
      return undefined;
    }
  }
  return name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
}

function parseCommitRecords(out: string): CommitInfo[] {
  return out
    .split('\x1e')
    .slice(1)
    .map((record) => {
      const [sha, tree, parents, an, ae, ad, cn, ce, cd, ...message] = record.split('\0');
      return {
        sha: sha ?? '',
        tree: tree ?? '',
        parents: (parents ?? '').split(' ').filter(Boolean),
        author: { name: an ?? '', email: ae ?? '', date: toUtc(ad ?? '') },
        committer: { name: cn ?? '', email: ce ?? '', date: toUtc(cd ?? '') },
        message: message.join('\0').replace(/\n+$/, ''),
      };
    });
}

function toUtc(isoWithOffset: string): string {
  const date = new Date(isoWithOffset);
  return Number.isNaN(date.getTime()) ? isoWithOffset : date.toISOString().replace('.000Z', 'Z');
}

function parseLsTree(out: string): TreeEntry[] {
  return out
    .split('\0')
    .filter(Boolean)
    .map((record) => {
      const tab = record.indexOf('\t');
      const [mode = '', type = '', sha = '', size = ''] = record.slice(0, tab).split(/\s+/);
      const entryType = type === 'tree' || type === 'commit' ? type : 'blob';
      const bytes = size === '-' ? 0 : Number(size);
      return { mode, type: entryType, sha, size: bytes, path: record.slice(tab + 1) };
    });
}

/** `git diff --raw -z`: ":old new oldsha newsha S[score]\0path\0[newpath\0]". */
function parseRawDiff(out: string): ChangedFile[] {
  const fields = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length; i++) {
    const header = fields[i];
    if (!header?.startsWith(':')) continue;
    const [, , oldSha = '', newSha = '', code = ''] = header.slice(1).split(' ');
    const letter = code.charAt(0);
    const status = STATUS_BY_LETTER[letter] ?? 'modified';
    const first = fields[++i] ?? '';
    if (letter === 'R' || letter === 'C') {
      const second = fields[++i] ?? '';
      files.push({
        filename: second,
        previousFilename: first,
        status,
        sha: newSha,
        additions: 0,
        deletions: 0,
      });
    } else {
      const sha = letter === 'D' ? oldSha : newSha;
      files.push({ filename: first, status, sha, additions: 0, deletions: 0 });
    }
  }
  return files;
}

/** `git diff --numstat -z`: "add\tdel\tpath\0", or "add\tdel\t\0old\0new\0" for renames. */
function parseNumstat(out: string): Map<string, { additions: number; deletions: number }> {
  const fields = out.split('\0');
  const counts = new Map<string, { additions: number; deletions: number }>();
  for (let i = 0; i < fields.length; i++) {
    const record = fields[i];
    if (!record) continue;
    const [added = '0', deleted = '0', path = ''] = record.split('\t');
    let filename = path;
    if (path === '') {
      i += 2; // renamed or copied: skip the old path, keep the new one
      filename = fields[i] ?? '';
    }
    // Binary files count as '-': GitHub reports 0 for them.
    const toNumber = (value: string) => (value === '-' ? 0 : Number(value));
    counts.set(filename, { additions: toNumber(added), deletions: toNumber(deleted) });
  }
  return counts;
}

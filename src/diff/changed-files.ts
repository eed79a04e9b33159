/** One line of `git diff --name-status -M`, or a bare path (treated as modified). */
export interface ChangedFile {
  /** Git status letter: A, M, D, R, C, T, U. */
  readonly status: string;
  readonly path: string;
  /** Source of a rename or copy. */
  readonly oldPath?: string;
  /** Similarity of a rename or copy, 0–100. */
  readonly similarity?: number;
}

export class ChangedFilesError extends Error {}

const STATUS = /^([ACDMRTUX])(\d{1,3})?$/;
const STATUS_LETTERS = 'ACDMRTUX';

/**
 * Parses a changed-files list: one path per line, or `git diff --name-status [-M]` output
 * (`M\tpath`, `R087\told\tnew`). Blank lines and `#` comments are skipped.
 */
export function parseChangedFiles(text: string, source: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab === -1) {
      files.push({ status: 'M', path: normalizePath(unquoteGitPath(line.trim())) });
      continue;
    }
    // A bare status letter is the common case: no match array for each of 100k lines.
    const head = line.slice(0, tab);
    const bare = head.length === 1 && STATUS_LETTERS.includes(head);
    const status = bare ? null : STATUS.exec(head);
    if (!bare && !status) {
      throw new ChangedFilesError(
        `${source}:${i + 1}: "${head}" is not a git status letter — expected a path per line or "git diff --name-status" output`,
      );
    }
    const letter = status ? (status[1] as string) : head;
    const similarity = status?.[2] === undefined ? undefined : Number(status[2]);
    if (letter === 'R' || letter === 'C') {
      const columns = line.split('\t');
      if (columns.length !== 3) {
        throw new ChangedFilesError(
          `${source}:${i + 1}: a ${letter === 'R' ? 'rename' : 'copy'} line needs two paths: "${letter}<score>\\told\\tnew"`,
        );
      }
      files.push({
        status: letter,
        oldPath: normalizePath(unquoteGitPath(columns[1] as string)),
        path: normalizePath(unquoteGitPath(columns[2] as string)),
        ...(similarity !== undefined && { similarity }),
      });
    } else {
      if (line.includes('\t', tab + 1)) {
        throw new ChangedFilesError(`${source}:${i + 1}: expected "${letter}\\tpath"`);
      }
      files.push({ status: letter, path: normalizePath(unquoteGitPath(line.slice(tab + 1))) });
    }
  }
  return files;
}

/**
 * Undoes git's quoting of unusual paths (core.quotePath): `"caf\303\251.sql"` is café.sql —
 * C escapes, with octal bytes of UTF-8.
 */
export function unquoteGitPath(path: string): string {
  if (path.length < 2 || !path.startsWith('"') || !path.endsWith('"')) return path;
  const bytes: number[] = [];
  const SIMPLE: Record<string, number> = {
    a: 7,
    b: 8,
    t: 9,
    n: 10,
    v: 11,
    f: 12,
    r: 13,
    '"': 34,
    '\\': 92,
  };
  const body = path.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(SIMPLE[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Repository-relative, forward slashes, no leading `./`. */
export function normalizePath(path: string): string {
  if (!path.includes('\\') && !path.startsWith('./')) return path;
  let out = path.replace(/\\/g, '/');
  while (out.startsWith('./')) out = out.slice(2);
  return out;
}

/** What a set of changed files means for the model files they touch. */
export interface FileChanges {
  /** Paths whose content changed (either side of a change). */
  readonly contentChanged: ReadonlySet<string>;
  /** Renames: old path → new path. */
  readonly renamedTo: ReadonlyMap<string, string>;
  /** Paths deleted (git status D). */
  readonly deleted: ReadonlySet<string>;
  /** Whether either path was edited, renamed or deleted. */
  touched(basePath: string, headPath: string): boolean;
}

export function summarizeFileChanges(files: readonly ChangedFile[]): FileChanges {
  const contentChanged = new Set<string>();
  const renamedTo = new Map<string, string>();
  const deleted = new Set<string>();
  for (const file of files) {
    if (file.status === 'D') deleted.add(file.path);
    if (file.status === 'R' || file.status === 'C') {
      // A rename at 100% similarity moved the file without touching its SQL.
      const edited = file.similarity === undefined || file.similarity < 100;
      if (file.status === 'R' && file.oldPath !== undefined) {
        renamedTo.set(file.oldPath, file.path);
        if (edited) contentChanged.add(file.oldPath);
      }
      if (edited) contentChanged.add(file.path);
    } else {
      contentChanged.add(file.path);
    }
  }
  const touched = (path: string) => {
    if (contentChanged.size === 0 && renamedTo.size === 0) return false;
    const normalized = normalizePath(path);
    return contentChanged.has(normalized) || renamedTo.has(normalized);
  };
  return {
    contentChanged,
    renamedTo,
    deleted,
    touched: (basePath, headPath) =>
      touched(basePath) || (headPath !== basePath && touched(headPath)),
  };
}

/** Folders of a dbt project (dbt's defaults, and pre-1.0 names) whose files the project reads. */
const DBT_FOLDERS: ReadonlySet<string> = new Set([
  'models',
  'macros',
  'seeds',
  'data',
  'snapshots',
  'analyses',
  'analysis',
  'tests',
]);
const DBT_PROJECT_FILES: ReadonlySet<string> = new Set([
  'dbt_project.yml',
  'packages.yml',
  'dependencies.yml',
  'selectors.yml',
]);
const DBT_EXTENSIONS = /\.(sql|py|ya?ml|csv|md|jinja2?)$/i;

/**
 * Whether a changed file is one a dbt project reads: a project file anywhere, or a SQL, Python,
 * YAML, CSV, docs or Jinja file under one of dbt's folders (models/, macros/, seeds/, …).
 */
export function isDbtFile(path: string): boolean {
  const parts = normalizePath(path).split('/');
  const file = parts[parts.length - 1]!;
  if (DBT_PROJECT_FILES.has(file)) return true;
  if (!DBT_EXTENSIONS.test(file)) return false;
  for (let i = 0; i < parts.length - 1; i++) if (DBT_FOLDERS.has(parts[i]!)) return true;
  return false;
}

/**
 * The CLI's code-lineage adapter: which lineage sources a run reads (`--lineage`, config
 * `lineage:`), and the dbt project read from git objects at one or two commits (one
 * `git cat-file --batch`, a blob shared by both commits parsed once).
 */
import { LINEAGE_SOURCES, type Config, type LineageSource } from '../config/schema.js';
import type { ChangedFile } from '../diff/changed-files.js';
import {
  assemble,
  listTree,
  readBlobs,
  type TreeEntry,
  type TreeFiles,
} from '../git/tree-files.js';
import type { CodeInput } from '../lineage/code-lineage.js';
import { createScanCache, diffScans, scanRepository, type ProjectScan } from '../project/index.js';
import { oneOf } from './args.js';

export interface Sources {
  readonly inventory: boolean;
  readonly code: boolean;
  /** What was asked, as given (for messages). */
  readonly asked: readonly LineageSource[];
}

/** `--lineage` (repeatable) over config `lineage:`; `auto` takes every source present. */
export function lineageSources(
  flags: readonly string[] | undefined,
  config: Pick<Config, 'lineage'> | undefined,
): Sources {
  const asked =
    flags && flags.length > 0
      ? flags.map((flag) => oneOf(flag, LINEAGE_SOURCES, 'lineage')!)
      : (config?.lineage ?? ['auto']);
  const set = new Set(asked);
  const auto = set.has('auto');
  return { inventory: auto || set.has('inventory'), code: auto || set.has('code'), asked };
}

export function hasProject(files: ReadonlyMap<string, string>): boolean {
  for (const path of files.keys())
    if (path === 'dbt_project.yml' || path.endsWith('/dbt_project.yml')) return true;
  return false;
}

/** Renames (old path → new path) from a changed-file list (`git diff -M`). */
export function renamesOf(changed: readonly ChangedFile[]): Map<string, string> {
  const renames = new Map<string, string>();
  for (const file of changed)
    if (file.status === 'R' && file.oldPath !== undefined) renames.set(file.oldPath, file.path);
  return renames;
}

/**
 * The code at both commits, or null when neither has a dbt_project.yml. A base without one is
 * null in the input (no code changes: nothing to compare with).
 */
export async function readCodeInput(
  repo: string,
  base: string,
  head: string,
  changed: readonly ChangedFile[],
): Promise<CodeInput | null> {
  // The trees are listed first: a repository without a dbt project reads no blob.
  const [b, h] = await Promise.all([listTree(repo, base), listTree(repo, head)]);
  if (!b.some(isProjectFile) && !h.some(isProjectFile)) return null;
  const blobs = await readBlobs(
    repo,
    [...b, ...h].map((entry) => entry.blob),
  );
  return codeInputOf(assemble(b, blobs), assemble(h, blobs), changed);
}

function isProjectFile(entry: TreeEntry): boolean {
  return entry.path === 'dbt_project.yml' || entry.path.endsWith('/dbt_project.yml');
}

/** Pure: two trees' files scanned with one cache, then compared. */
export function codeInputOf(
  base: TreeFiles,
  head: TreeFiles,
  changed: readonly ChangedFile[],
): CodeInput | null {
  const atBase = hasProject(base.files);
  const atHead = hasProject(head.files);
  if (!atBase && !atHead) return null;
  const cache = createScanCache();
  const baseScan = atBase ? scanRepository(base.files, { cache, blobIds: base.blobIds }) : null;
  const headScan = scanRepository(head.files, { cache, blobIds: head.blobIds });
  return {
    base: baseScan,
    head: headScan,
    changes: baseScan ? diffScans(baseScan, headScan, renamesOf(changed)) : [],
    // Kept for column analysis (--columns), which renders and parses the models' SQL.
    baseFiles: base.files,
    headFiles: head.files,
  };
}

/** The code at one commit, or null when it has no dbt_project.yml. */
export async function readCodeAt(repo: string, commit: string): Promise<ProjectScan | null> {
  return (await readCodeFilesAt(repo, commit))?.scan ?? null;
}

/** The code at one commit with its files (for `lineage --columns`), or null without a project. */
export async function readCodeFilesAt(
  repo: string,
  commit: string,
): Promise<{ scan: ProjectScan; files: ReadonlyMap<string, string> } | null> {
  const entries = await listTree(repo, commit);
  if (!entries.some(isProjectFile)) return null;
  const tree = assemble(
    entries,
    await readBlobs(
      repo,
      entries.map((entry) => entry.blob),
    ),
  );
  // one commit, never diffed: no fingerprints
  return {
    scan: scanRepository(tree.files, { blobIds: tree.blobIds, fingerprints: false }),
    files: tree.files,
  };
}

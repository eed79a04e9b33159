/**
 * The action's code-lineage step: both commits' dbt files, read as data through the
 * `Repository` port (local git objects, else the GitHub API), scanned with one shared cache and
 * diffed. Never throws for a reason the run can live with: it returns the inventory-only note
 * instead, which the summary and the comment show.
 */
import type { ChangedFile } from '../diff/changed-files.js';
import type { CodeInput } from '../lineage/code-lineage.js';
import { createScanCache, diffScans, scanRepository } from '../project/index.js';
import type { ProjectScan } from '../project/types.js';
import { messageOf } from './errors.js';
import type { Repository } from './repository.js';

export type CodeLineageRead =
  | { readonly code: CodeInput; readonly note: string }
  | { readonly code: null; readonly note: string | null };

/** Where to read how to get the full lineage (README section). */
export const FULL_LINEAGE_HINT =
  'For the full lineage, check out the history (actions/checkout with fetch-depth: 0); under pull_request_target, see "Code lineage on pull_request_target" in the README.';

/**
 * Reads and scans both commits when `wanted` (config `lineage:` allows code). `changed` gives
 * the renames (old path → new path) that pair a moved node with itself.
 */
export async function readCodeLineage(
  source: Repository,
  base: string,
  head: string,
  changed: readonly ChangedFile[],
  wanted: { code: boolean; inventory: boolean },
): Promise<CodeLineageRead> {
  if (!wanted.code) return { code: null, note: null };
  let trees;
  try {
    trees = await source.readTrees(base, head);
  } catch (error) {
    trees = {
      unavailable: `the dbt files could not be read (${messageOf(error)}), so the lineage is the inventory only`,
      inventoryOnly: true,
    };
  }
  if ('unavailable' in trees) {
    return {
      code: null,
      note: `Lineage: inventory only — ${trees.unavailable}. ${FULL_LINEAGE_HINT}`,
    };
  }
  const cache = createScanCache();
  const headScan = scanRepository(trees.head.files, { blobIds: trees.head.blobIds, cache });
  if (headScan.projects.length === 0) {
    return {
      code: null,
      note: wanted.inventory
        ? null
        : `Lineage: no dbt project (dbt_project.yml) at ${head.slice(0, 7)}, so there is no code lineage.`,
    };
  }
  const baseScan =
    trees.base.files.size === 0
      ? null
      : scanRepository(trees.base.files, { blobIds: trees.base.blobIds, cache });
  const renames = new Map<string, string>();
  for (const file of changed)
    if (file.status === 'R' && file.oldPath !== undefined) renames.set(file.oldPath, file.path);
  const changes = baseScan ? diffScans(baseScan, headScan, renames) : [];
  // Our text only: counts and fixed words (project names are the pull request's, untrusted).
  const projects = headScan.projects.length;
  return {
    // The files stay for column analysis, which renders the models' SQL (src/columns).
    code: {
      base: baseScan,
      head: headScan,
      changes,
      baseFiles: trees.base.files,
      headFiles: trees.head.files,
    },
    note: `Lineage: ${wanted.inventory ? 'the inventory and ' : ''}the code of ${projects} dbt project${projects === 1 ? '' : 's'} (${trees.head.files.size} files at the head, ${trees.how}).`,
  };
}

/**
 * The audit's code: the dbt project at one commit, for the lineage truth (the inventory against
 * the code) and the code's findings. Null scan with a note when it cannot be read.
 */
export async function readAuditCode(
  source: Repository,
  commit: string,
): Promise<{ readonly scan: ProjectScan | null; readonly note: string | null }> {
  let trees;
  try {
    trees = await source.readTrees(commit, commit);
  } catch (error) {
    trees = { unavailable: `the dbt files could not be read (${messageOf(error)})` };
  }
  if ('unavailable' in trees)
    return {
      scan: null,
      note: `Lineage: inventory only — ${trees.unavailable}. ${FULL_LINEAGE_HINT}`,
    };
  const scan = scanRepository(trees.head.files, { blobIds: trees.head.blobIds });
  if (scan.projects.length === 0) return { scan: null, note: null };
  const projects = scan.projects.length;
  return {
    scan,
    note: `Lineage: the audit measures the inventory against the code of ${projects} dbt project${projects === 1 ? '' : 's'} (${trees.head.files.size} files, ${trees.how}).`,
  };
}

/**
 * `blast-radius inventory sync`: brings the inventory in line with the project's code — adds the
 * models it lacks, sets dependency lists from the code, drops entries whose files are gone —
 * keeping every curated field, the entry order and the formatting (src/sync). Without --write it
 * prints the patch; --check exits 1 when a sync would change anything.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConfig } from '../config/load.js';
import { layerRules, type Config } from '../config/schema.js';
import { resolveCommit } from '../git/git.js';
import { dbtFileFilter, readTree } from '../git/tree-files.js';
import { codeView } from '../lineage/code-view.js';
import { scanRepository } from '../project/index.js';
import { neutralizeControls } from '../util/controls.js';
import {
  applySync,
  describePlan,
  isEmptyPlan,
  planSync,
  SyncInputError,
  unifiedPatch,
} from '../sync/index.js';
import { UsageError } from './args.js';

export const SYNC_USAGE = `Usage: blast-radius inventory sync [options]

Brings the inventory in line with the dbt project's code: adds the models it lacks (layer from
"layers:" in the config), sets dependency lists from the code's refs and sources (only on entries
that have lists), removes entries whose file is gone, updates moved paths. Every curated field,
the entry order, key order and indentation are kept. A second run changes nothing.

Options:
  --repo DIR         the repository (default: the current directory)
  --ref REF          read the code and the inventory at this commit instead of the work tree
  --inventory PATH   the inventory's path in the repository (default: config "inventory:")
  --config FILE      configuration (default: .github/blast-radius.yml in the repository)
  --write            write the synced inventory into the work tree
  --check            exit 1 when a sync would change the inventory (for CI)
  --format F         patch (default), text or json: what is printed
  -h, --help         this help`;

const OPTIONS = {
  repo: { type: 'string' },
  ref: { type: 'string' },
  inventory: { type: 'string' },
  config: { type: 'string' },
  write: { type: 'boolean' },
  check: { type: 'boolean' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SYNC_FORMATS = ['patch', 'text', 'json'] as const;
const REPOSITORY_CONFIG = '.github/blast-radius.yml';
/** Folders dbt itself skips, and the ones no project lives in. */
const SKIPPED = new Set(['.git', 'node_modules', 'dbt_packages', 'dbt_modules', 'target', 'logs']);
/** Work-tree reading bounds: a sync reads text files, not a monorepo's build output. */
const MAX_FILES = 200_000;
const MAX_BYTES = 512 * 1024 * 1024;

export interface SyncIo {
  readonly stdout: (text: string) => unknown;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

export async function inventorySyncCommand(argv: string[], io: SyncIo): Promise<number> {
  let args: {
    [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { type: 'boolean' }
      ? boolean
      : string;
  };
  try {
    args = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false })
      .values as typeof args;
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.split('.')[0]} (see blast-radius inventory sync --help)`,
    );
  }
  if (args.help) {
    await io.stdout(`${SYNC_USAGE}\n`);
    return 0;
  }
  if (args.write && args.check) throw new UsageError('use --write or --check, not both');
  const format = args.format ?? 'patch';
  if (!(SYNC_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${SYNC_FORMATS.join(', ')} (got "${format}")`);

  const repo = resolve(io.cwd, args.repo ?? '.');
  const commit = args.ref === undefined ? null : await resolveCommit(repo, args.ref);
  const files =
    commit === null ? await readWorkTree(repo) : (await readTree(repo, commit, syncFilter)).files;
  const config = await loadConfig(args.config, args.inventory, io.cwd, files);
  const inventoryPath = config.inventory;
  const before = files.get(inventoryPath);
  if (before === undefined)
    throw new SyncInputError(
      `the inventory ${inventoryPath} does not exist ${commit === null ? 'in the work tree' : `at ${args.ref}`}: create it with {"models": []} and run sync again, or set --inventory`,
    );

  const scan = scanRepository(files, { fingerprints: false });
  if (scan.projects.length === 0)
    throw new SyncInputError(
      `no dbt_project.yml in ${commit === null ? repo : args.ref}: sync reads the dbt project's code`,
    );
  const layers = layerRules(config);
  const plan = planSync(before, codeView(scan, layers), { layers });
  const after = isEmptyPlan(plan) ? before : applySync(before, plan);
  const changed = after !== before;

  if (format === 'json') {
    await io.stdout(`${JSON.stringify({ inventory: inventoryPath, changed, plan }, null, 2)}\n`);
  } else if (format === 'text') {
    const lines = describePlan(plan).map((line) => neutralizeControls(line));
    await io.stdout(
      changed
        ? `${inventoryPath}: ${lines.length} change${lines.length === 1 ? '' : 's'}\n${lines.map((l) => `  ${l}`).join('\n')}\n`
        : `${inventoryPath} is in sync with the code.\n`,
    );
  } else if (changed && !args.write) {
    await io.stdout(unifiedPatch(inventoryPath, before, after));
  }

  if (args.write && changed) {
    await writeFile(join(repo, inventoryPath), after);
    io.stderr(`blast-radius: wrote ${inventoryPath} (${describePlan(plan).length} changes)\n`);
  }
  if (args.check && changed) {
    io.stderr(
      `blast-radius: ${inventoryPath} is out of sync with the code — run: blast-radius inventory sync --write\n`,
    );
    return 1;
  }
  if (!changed && format === 'patch' && !args.check)
    io.stderr(`blast-radius: ${inventoryPath} is in sync with the code\n`);
  return 0;
}

/** What a sync reads: the dbt files and the inventory and config (JSON and YAML). */
function syncFilter(path: string): boolean {
  return dbtFileFilter(path) || path.endsWith('.json');
}

async function loadConfig(
  path: string | undefined,
  inventory: string | undefined,
  cwd: string,
  files: ReadonlyMap<string, string>,
): Promise<Config> {
  const overrides = inventory === undefined ? {} : { inventory };
  if (path !== undefined)
    return parseConfig(await readFile(resolve(cwd, path), 'utf8'), path, overrides);
  const text = files.get(REPOSITORY_CONFIG) ?? null;
  return parseConfig(text, text === null ? '(defaults)' : REPOSITORY_CONFIG, overrides);
}

/** The work tree's dbt files (and JSON, YAML), bounded; dbt's own skipped folders left out. */
async function readWorkTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  let bytes = 0;
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw new SyncInputError(`cannot read ${dir}: ${(error as Error).message}`);
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) await walk(path);
        continue;
      }
      const name = relative(root, path).split(sep).join('/');
      if (!entry.isFile() || !syncFilter(name)) continue;
      if (files.size >= MAX_FILES)
        throw new SyncInputError(`more than ${MAX_FILES} files under ${root}: run sync with --ref`);
      const text = await readFile(path, 'utf8');
      bytes += text.length;
      if (bytes > MAX_BYTES)
        throw new SyncInputError(`more than ${MAX_BYTES >> 20} MiB of files under ${root}`);
      files.set(name, text);
    }
  };
  await walk(root);
  return files;
}

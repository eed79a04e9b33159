import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAuditReport, type AuditReport } from '../audit/audit.js';
import { ConfigError, parseConfig } from '../config/load.js';
import { FAIL_ON, type Config } from '../config/schema.js';
import { ChangedFilesError, parseChangedFiles, type ChangedFile } from '../diff/changed-files.js';
import { parseInventory, type Inventory } from '../inventory/parse.js';
import type { RenderContext } from '../render/markdown/index.js';
import { renderAuditText, renderDiffText } from '../render/text.js';
import { buildDiffReport, type DiffInput } from '../report/diff-report.js';
import type { DiffReport } from '../report/types.js';
import { writeJson } from '../report/write-json.js';
import { OutputError, toOutputError } from './output.js';
import { VERSION } from '../version.js';
import { FORMATS, oneOf, parseCommandArgs, USAGE, UsageError, type Format } from './args.js';
import { changedFilesBetween, GitError, readAtCommit, resolveCommit } from '../git/git.js';

export interface Io {
  /** Writes the report; may return a promise that settles once the reader took the text (the
   * bundled CLI's writer honours backpressure), and rejects with an OutputError. */
  readonly stdout: (text: string) => unknown;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** Input that cannot be read: exit 2 with one line. */
export class InputError extends Error {}

/** Runs the CLI and returns the exit code: 0 pass, 1 policy failure, 2 unusable input. */
export async function main(argv: string[], io: Io): Promise<number> {
  // A failed write is an I/O failure (exit 2, one line), whatever the writer threw.
  const stdout = async (text: string) => {
    try {
      await io.stdout(text);
    } catch (error) {
      throw toOutputError(error);
    }
  };
  try {
    return await dispatch(argv, { ...io, stdout });
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof InputError ||
      error instanceof GitError ||
      error instanceof ConfigError ||
      error instanceof ChangedFilesError ||
      error instanceof OutputError
    ) {
      io.stderr(`blast-radius: ${error.message}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(
        `blast-radius: internal error: ${message} — please report it with the command you ran\n`,
      );
      if (process.env.BLAST_RADIUS_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    }
    return 2;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    await io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    await io.stdout(`${USAGE.main}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === 'diff') return diffCommand(rest, io);
  if (command === 'audit') return auditCommand(rest, io);
  throw new UsageError(
    `unknown command "${command}" — expected diff or audit (see blast-radius --help)`,
  );
}

async function diffCommand(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs('diff', argv);
  if (args.help) {
    await io.stdout(`${USAGE.diff}\n`);
    return 0;
  }
  const format = outputFormat(args.format);
  const config = await loadConfig(args.config, args['fail-on'], args.inventory, io.cwd);
  const gitMode = args.base !== undefined || args.head !== undefined;
  const fileMode = args['base-file'] !== undefined || args['head-file'] !== undefined;
  if (gitMode && fileMode) {
    throw new UsageError(
      'use either --base/--head (git mode) or --base-file/--head-file (file mode), not both',
    );
  }
  if (!gitMode && !fileMode) {
    throw new UsageError(
      'diff needs --base REF --head REF (git mode) or --base-file A --head-file B (file mode)',
    );
  }

  let input: DiffInput;
  let commits: { base: string; head: string } | undefined;
  if (gitMode) {
    if (args.base === undefined || args.head === undefined) {
      throw new UsageError(
        `git mode needs both --base and --head (missing --${args.base === undefined ? 'base' : 'head'})`,
      );
    }
    if (args['changed-files'] !== undefined) {
      throw new UsageError(
        '--changed-files is for file mode; in git mode the changed files come from git',
      );
    }
    ({ input, commits } = await gitDiffInput(
      resolve(io.cwd, args.repo ?? '.'),
      args.base,
      args.head,
      config.inventory,
    ));
  } else {
    if (args.repo !== undefined || args.inventory !== undefined) {
      throw new UsageError(
        '--repo and --inventory are for git mode; file mode reads --base-file and --head-file',
      );
    }
    input = await fileDiffInput(
      io.cwd,
      args['base-file'],
      args['head-file'],
      args['changed-files'],
    );
  }
  const report = buildDiffReport(input, config, { acknowledged: args.acknowledged ?? false });
  const head = input.head.inventory;
  const context: RenderContext = {
    ...renderConfig(config),
    ...(commits && { baseSha: commits.base, headSha: commits.head }),
    ...(head?.usable && { headModels: head }),
  };
  if (format === 'json') await writeJsonTo(report, io);
  else if (format === 'text') await io.stdout(renderDiffText(report));
  else {
    const markdown = await markdownRenderers();
    await io.stdout(
      format === 'markdown'
        ? markdown.renderComment(report, context)
        : markdown.renderSummary(report, context),
    );
  }
  return exitCode(report, io);
}

async function auditCommand(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs('audit', argv);
  if (args.help) {
    await io.stdout(`${USAGE.audit}\n`);
    return 0;
  }
  const format = outputFormat(args.format);
  const config = await loadConfig(args.config, args['fail-on'], args.inventory, io.cwd);
  if (args.ref !== undefined && args.file !== undefined)
    throw new UsageError('use either --ref or --file, not both');
  const repo = resolve(io.cwd, args.repo ?? '.');

  let inventory: Inventory;
  let ref: string | null = null;
  let file: string | undefined;
  let commit: string | undefined;
  if (args.ref !== undefined) {
    commit = await resolveCommit(repo, args.ref);
    const text = await readAtCommit(repo, commit, config.inventory);
    if (text === null)
      throw new InputError(`${config.inventory} does not exist at ${args.ref} in ${repo}`);
    inventory = parseInventory(text, config.inventory);
    ref = args.ref;
  } else {
    file = args.file ?? resolve(repo, config.inventory);
    const text = await readText(resolve(io.cwd, file), file).catch((error: unknown) => {
      if (args.file !== undefined || !(error instanceof InputError)) throw error;
      throw new InputError(
        `${error.message} — audit a file with --file F, or a commit with --ref REF`,
      );
    });
    inventory = parseInventory(text, file);
  }
  const report = buildAuditReport(
    {
      inventoryPath: args.file ?? config.inventory,
      ref,
      ...(file !== undefined && { file }),
      inventory,
      toolVersion: VERSION,
    },
    config,
  );
  if (format === 'json') await writeJsonTo(report, io);
  else if (format === 'text') await io.stdout(renderAuditText(report));
  else {
    const { renderAudit } = await markdownRenderers();
    await io.stdout(
      renderAudit(report, { ...renderConfig(config), ...(commit && { headSha: commit }) }),
    );
  }
  return exitCode(report, io);
}

/**
 * 0 pass, 1 policy failure; 2 when the head inventory could not be read at all — the report is
 * still printed (its findings say where), and stderr says why in one line.
 */
function exitCode(report: DiffReport | AuditReport, io: Io): number {
  if (!report.inventory.head.usable) {
    const problem = report.findings.find((f) => f.rule === 'inventory/invalid' && f.file !== null);
    io.stderr(
      `blast-radius: not a usable inventory: ${problem?.message ?? report.inventory.path}\n`,
    );
    return 2;
  }
  return report.summary.verdict === 'fail' ? 1 : 0;
}

/** The JSON report, chunk by chunk, each written once the reader took the one before. */
async function writeJsonTo(report: DiffReport | AuditReport, io: Io): Promise<void> {
  const chunks: string[] = [];
  writeJson(report, (chunk) => chunks.push(chunk));
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    chunks[i] = ''; // written: let it go
    await io.stdout(chunk);
  }
}

/** The markdown renderers load on demand: remark is a large share of the bundle. */
function markdownRenderers() {
  return import('../render/markdown/index.js');
}

function outputFormat(value: string | undefined): Format {
  return oneOf(value, FORMATS, 'format') ?? 'text';
}

/** What the markdown needs from the configuration. No acknowledge label: on the command line
 * warnings are acknowledged with --acknowledged, not with a pull-request label. */
function renderConfig(config: Config): RenderContext {
  return { attributionLayers: config['attribution-layers'], layerOrder: config['layer-order'] };
}

async function loadConfig(
  path: string | undefined,
  failOn: string | undefined,
  inventory: string | undefined,
  cwd: string,
): Promise<Config> {
  const text = path === undefined ? null : await readText(resolve(cwd, path), path);
  return parseConfig(text, path ?? '(defaults)', {
    'fail-on': oneOf(failOn, FAIL_ON, 'fail-on'),
    inventory,
  });
}

async function gitDiffInput(
  repo: string,
  baseRef: string,
  headRef: string,
  inventoryPath: string,
): Promise<{ input: DiffInput; commits: { base: string; head: string } }> {
  const [base, head] = await Promise.all([
    resolveCommit(repo, baseRef),
    resolveCommit(repo, headRef),
  ]);
  const [baseText, headText, changedFiles] = await Promise.all([
    readAtCommit(repo, base, inventoryPath),
    readAtCommit(repo, head, inventoryPath),
    changedFilesBetween(repo, base, head),
  ]);
  if (baseText === null && headText === null) {
    throw new InputError(
      `${inventoryPath} exists at neither ${baseRef} nor ${headRef} — set --inventory or "inventory:" in the config`,
    );
  }
  const headInventory = headText === null ? null : parseInventory(headText, inventoryPath);
  const input: DiffInput = {
    inventoryPath,
    base: {
      ref: baseRef,
      inventory:
        baseText === null
          ? null
          : parseInventory(baseText, inventoryPath, headInventory ?? undefined),
    },
    head: { ref: headRef, inventory: headInventory },
    changedFiles,
    toolVersion: VERSION,
  };
  return { input, commits: { base, head } };
}

async function fileDiffInput(
  cwd: string,
  baseFile: string | undefined,
  headFile: string | undefined,
  changedFilesPath: string | undefined,
): Promise<DiffInput> {
  const read = (file: string | undefined) =>
    file === undefined ? null : readText(resolve(cwd, file), file);
  const [baseText, headText] = await Promise.all([read(baseFile), read(headFile)]);
  // The head first: the base reuses its entries wherever their text is identical.
  const head = headText === null ? null : parseInventory(headText, headFile!);
  const base = baseText === null ? null : parseInventory(baseText, baseFile!, head ?? undefined);
  let changedFiles: ChangedFile[] = [];
  if (changedFilesPath !== undefined) {
    changedFiles = parseChangedFiles(
      await readText(resolve(cwd, changedFilesPath), changedFilesPath),
      changedFilesPath,
    );
  }
  return {
    inventoryPath: headFile ?? baseFile!,
    base: { ref: null, ...(baseFile !== undefined && { file: baseFile }), inventory: base },
    head: { ref: null, ...(headFile !== undefined && { file: headFile }), inventory: head },
    changedFiles,
    toolVersion: VERSION,
  };
}

async function readText(path: string, shown: string): Promise<string> {
  try {
    // Synchronous, bytes first, then one decode: the CLI has nothing to do meanwhile; on Node 20
    // this is faster than readFileSync(path, 'utf8'), and `fs/promises` decodes chunk by chunk
    // into a rope that JSON.parse must flatten again.
    return readFileSync(path).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new InputError(`cannot read ${shown}: ${why}`);
  }
}

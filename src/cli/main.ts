import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAuditReport, type AuditReport } from '../audit/audit.js';
import { ConfigError, parseConfig } from '../config/load.js';
import { columnOptions, FAIL_ON, layerRules, type Config } from '../config/schema.js';
import { ChangedFilesError, parseChangedFiles, type ChangedFile } from '../diff/changed-files.js';
import { parseInventory, type Inventory } from '../inventory/parse.js';
import type { RenderContext } from '../render/markdown/index.js';
import { renderAuditText, renderDiffText, type AuditLineage } from '../render/text.js';
import { buildDiffReport, type DiffInput } from '../report/diff-report.js';
import type { DiffReport } from '../report/types.js';
import { writeJson } from '../report/write-json.js';
import { OutputError, toOutputError } from './output.js';
import { neutralizeControls } from '../util/controls.js';
import { VERSION } from '../version.js';
import { SyncInputError } from '../sync/index.js';
import { inventorySyncCommand } from './inventory-sync.js';
import { ManifestError, manifestLineage } from '../lineage/manifest.js';
import {
  COLUMNS_BUDGET_SECONDS,
  FORMATS,
  oneOf,
  parseCommandArgs,
  USAGE,
  UsageError,
  type Format,
} from './args.js';
import type { LineageGraph } from './lineage-graph.js';
import type { ProjectScan } from '../project/types.js';
import {
  lineageSources,
  readCodeAt,
  readCodeFilesAt,
  readCodeInput,
  type Sources,
} from './code.js';
import {
  changedFilesBetween,
  GitError,
  mergeBase,
  readAtCommit,
  resolveCommit,
} from '../git/git.js';

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
      error instanceof SyncInputError ||
      error instanceof OutputError
    ) {
      // One line per problem (a config with two mistakes has two), each prefixed.
      // Messages may quote the inventory or the config: their control characters are escaped.
      io.stderr(
        error.message
          .split('\n')
          .map((line) => `blast-radius: ${neutralizeControls(line)}\n`)
          .join(''),
      );
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
  if (command === 'inventory') {
    const [sub, ...more] = rest;
    if (sub === 'sync') return inventorySyncCommand(more, io);
    throw new UsageError(
      `unknown command "inventory ${sub ?? ''}" — expected inventory sync (see blast-radius inventory sync --help)`,
    );
  }
  if (command === 'lineage') return lineageCommand(rest, io);
  throw new UsageError(
    `unknown command "${command}" — expected diff, audit, lineage or inventory sync (see blast-radius --help)`,
  );
}

async function diffCommand(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs('diff', argv);
  if (args.help) {
    await io.stdout(`${USAGE.diff}\n`);
    return 0;
  }
  const format = outputFormat(args.format);
  const failOn = oneOf(args['fail-on'], FAIL_ON, 'fail-on');
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
  let config: Config;
  let commits: { base: string; head: string } | undefined;
  const notes: string[] = [];
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
    const repo = resolve(io.cwd, args.repo ?? '.');
    const [baseTip, head] = await Promise.all([
      resolveCommit(repo, args.base, refAdvice(args.base)),
      resolveCommit(repo, args.head, refAdvice(args.head)),
    ]);
    // As the action: the config from the base (trusted, not the change under review), and the
    // comparison from the merge base, so that commits on the base since the branch point are not
    // counted as this change's.
    config = await loadConfig(args.config, failOn, args.inventory, io.cwd, {
      repo,
      commit: baseTip,
      ref: args.base,
      notes,
    });
    const common = await mergeBase(repo, baseTip, head);
    const base = common ?? baseTip;
    notes.push(
      common === null
        ? `${args.base} and ${args.head} have no common ancestor in ${repo} (a shallow clone? fetch more history): compared from ${args.base} itself.`
        : common === baseTip
          ? `Compared from ${args.base} (${short(baseTip)}), the merge base of ${args.base} and ${args.head}.`
          : `Compared from the merge base of ${args.base} and ${args.head}, ${short(common)}, as the action does: commits on ${args.base} since the branch point are not part of this change.`,
    );
    commits = { base, head };
    input = await gitDiffInput(
      repo,
      { base, head },
      args.base,
      args.head,
      config.inventory,
      lineageSources(args.lineage, config),
      notes,
    );
  } else {
    if (args.lineage !== undefined && !lineageSources(args.lineage, undefined).inventory)
      throw new UsageError(
        '--lineage code reads the dbt project from git: use --base/--head (git mode)',
      );
    if (args.repo !== undefined || args.inventory !== undefined) {
      throw new UsageError(
        '--repo and --inventory are for git mode; file mode reads --base-file and --head-file',
      );
    }
    config = await loadConfig(args.config, failOn, undefined, io.cwd);
    input = await fileDiffInput(
      io.cwd,
      args['base-file'],
      args['head-file'],
      args['changed-files'],
    );
  }
  if (args['base-manifest'] !== undefined || args['head-manifest'] !== undefined) {
    if (args['head-manifest'] === undefined)
      throw new UsageError('--base-manifest needs --head-manifest (the head side is required)');
    const read = async (path: string) => {
      try {
        return manifestLineage(await readText(resolve(io.cwd, path), path), path);
      } catch (error) {
        if (error instanceof ManifestError) throw new InputError(error.message);
        throw error;
      }
    };
    const headManifest = await read(args['head-manifest']);
    const baseManifest =
      args['base-manifest'] === undefined ? headManifest : await read(args['base-manifest']);
    input = { ...input, manifest: { base: baseManifest, head: headManifest } };
  }
  // Column analysis loads the renderer and polyglot only when asked (--columns).
  // From the bundle, in the isolated renderer as the action does (the templates may be a pull
  // request's); from source (development, tests) in this process.
  if (args.columns) {
    const { withColumnImpact } = await import('../isolation/attach.js');
    const { shippedChildScript } = await import('../isolation/isolated.js');
    input = await withColumnImpact(
      input,
      columnOptions(config),
      shippedChildScript() === undefined ? undefined : {},
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
  else if (format === 'text')
    await io.stdout(renderDiffText(report, notes.length > 0 ? { notes } : {}));
  else {
    const markdown = await markdownRenderers();
    const noted = await markdownNotes(notes);
    await io.stdout(
      noted.text +
        (format === 'markdown'
          ? markdown.renderComment(report, context, {
              maxLength: markdown.COMMENT_LIMIT - noted.text.length,
            })
          : markdown.renderSummary(report, context, {
              maxLength: markdown.SUMMARY_LIMIT - noted.bytes,
            })),
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
  const failOn = oneOf(args['fail-on'], FAIL_ON, 'fail-on');
  if (args.ref !== undefined && args.file !== undefined)
    throw new UsageError('use either --ref or --file, not both');
  const repo = resolve(io.cwd, args.repo ?? '.');
  const notes: string[] = [];

  let inventory: Inventory;
  let config: Config;
  let ref: string | null = null;
  let file: string | undefined;
  let commit: string | undefined;
  let lineage: AuditLineage | undefined;
  // The code at the audited commit: the audit's lineage truth and the code's own findings.
  let codeScan: ProjectScan | undefined;
  if (args.ref === undefined && args.lineage !== undefined) {
    if (!lineageSources(args.lineage, undefined).inventory)
      throw new UsageError('--lineage code reads the dbt project from git: use --ref REF');
  }
  if (args.ref !== undefined) {
    commit = await resolveCommit(repo, args.ref, refAdvice(args.ref));
    // The repository's own config at the audited commit, unless --config names one.
    config = await loadConfig(args.config, failOn, args.inventory, io.cwd, {
      repo,
      commit,
      ref: args.ref,
      notes,
    });
    const text = await readAtCommit(repo, commit, config.inventory);
    if (text === null)
      throw new InputError(`${config.inventory} does not exist at ${args.ref} in ${repo}`);
    inventory = parseInventory(text, config.inventory);
    ref = args.ref;
    const sources = lineageSources(args.lineage, config);
    if (sources.code) {
      const scan = await readCodeAt(repo, commit);
      if (scan === null)
        notes.push(`Lineage: the inventory only — no dbt_project.yml at ${args.ref}.`);
      else codeScan = scan;
      if (scan !== null)
        lineage = auditLineage(
          (await import('./lineage-graph.js')).lineageGraph({
            ref: args.ref,
            scan,
            models: inventory.usable ? inventory.models : null,
            layers: layerRules(config),
          }),
        );
    }
  } else {
    config = await loadConfig(args.config, failOn, args.inventory, io.cwd);
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
      ...(codeScan && { code: codeScan }),
    },
    config,
  );
  if (format === 'json') {
    // With code lineage, the audit JSON gains a `lineage` section (a field added, none changed).
    const withLineage: AuditReport = lineage ? ({ ...report, lineage } as AuditReport) : report;
    await writeJsonTo(withLineage, io);
  } else if (format === 'text')
    await io.stdout(
      renderAuditText(report, {
        recommendations: await auditRecommendations(report, config),
        ...(notes.length > 0 && { notes }),
        ...(lineage && { lineage }),
      }),
    );
  else {
    const { renderAudit, SUMMARY_LIMIT } = await markdownRenderers();
    const noted = await markdownNotes(notes);
    await io.stdout(
      noted.text +
        renderAudit(
          report,
          { ...renderConfig(config), ...(commit && { headSha: commit }) },
          { maxLength: SUMMARY_LIMIT - noted.bytes },
        ),
    );
  }
  return exitCode(report, io);
}

/** The audit's lineage section: what the code adds to the inventory's graph. */
function auditLineage(graph: LineageGraph): AuditLineage {
  return {
    sources: graph.sources,
    projects: graph.projects.map((project) => project.name),
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    notInInventory: graph.edges.filter((edge) => !edge.provenance.includes('inventory')).length,
    unresolved: graph.unresolved.length,
    unresolvedReferences: graph.unresolved.slice(0, AUDIT_UNRESOLVED),
  };
}

const AUDIT_UNRESOLVED = 100;

const LINEAGE_FORMATS = ['text', 'json', 'mermaid'] as const;

async function lineageCommand(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs('lineage', argv);
  if (args.help) {
    await io.stdout(`${USAGE.lineage}\n`);
    return 0;
  }
  const format = oneOf(args.format, LINEAGE_FORMATS, 'format') ?? 'text';
  if (args['columns-budget'] !== undefined && !args.columns)
    throw new UsageError('--columns-budget goes with --columns');
  if (args.columns && format === 'mermaid')
    throw new UsageError(
      'lineage --columns prints json or text: a column graph does not fit a mermaid picture (use --format json)',
    );
  const budget = args.columns ? columnsBudget(args['columns-budget']) : 0;
  if (args.columns && args.lineage !== undefined && !lineageSources(args.lineage, undefined).code)
    throw new UsageError(
      "lineage --columns reads the dbt project's code: drop --lineage inventory",
    );
  const repo = resolve(io.cwd, args.repo ?? '.');
  const ref = args.ref ?? 'HEAD';
  const commit = await resolveCommit(repo, ref, refAdvice(ref));
  const notes: string[] = [];
  const config = await loadConfig(args.config, undefined, args.inventory, io.cwd, {
    repo,
    commit,
    ref,
    notes,
  });
  if (args.columns) return lineageColumns(repo, commit, ref, budget, format, notes, io, config);
  const sources = lineageSources(args.lineage, config);
  const graph = await lineageAt(repo, commit, ref, config, sources);
  if (graph.sources.length === 0) {
    throw new InputError(
      sources.code && sources.inventory
        ? `neither ${config.inventory} nor a dbt_project.yml exists at ${ref} in ${repo}`
        : sources.code
          ? `no dbt_project.yml at ${ref} in ${repo} — use --lineage inventory`
          : `${config.inventory} does not exist at ${ref} in ${repo} — set --inventory, or use --lineage code`,
    );
  }
  const { lineageMermaid, lineageText } = await import('./lineage-graph.js');
  if (format === 'json') await io.stdout(`${JSON.stringify(graph, null, 2)}\n`);
  else if (format === 'mermaid') await io.stdout(lineageMermaid(graph));
  else
    await io.stdout(
      `${notes.map((note) => `Note: ${neutralizeControls(note)}\n`).join('')}${lineageText(graph)}`,
    );
  return 0;
}

/** `--columns-budget S`: a positive number of seconds, at most a day. */
function columnsBudget(value: string | undefined): number {
  if (value === undefined) return COLUMNS_BUDGET_SECONDS * 1000;
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds > 0) || seconds > 86_400)
    throw new UsageError(
      `--columns-budget must be a number of seconds (0 < S ≤ 86400), got "${value}"`,
    );
  return Math.round(seconds * 1000);
}

/** `lineage --columns`: render and analyse every model of the commit, then print. */
async function lineageColumns(
  repo: string,
  commit: string,
  ref: string,
  totalMs: number,
  format: 'text' | 'json' | 'mermaid',
  notes: readonly string[],
  io: Io,
  config: Config,
): Promise<number> {
  // The renderer and polyglot load only here.
  const [{ columnLineage }, output] = await Promise.all([
    import('../columns/lineage.js'),
    import('./lineage-columns.js'),
  ]);
  // From the bundle, in the isolated renderer (the templates may be a pull request's), as diff.
  const { isolatedColumnLineage, shippedChildScript, warmWorkers } =
    await import('../isolation/isolated.js');
  // The dialect and vars of the config; `max-models` bounds a diff, not an export.
  const { maxModels: _diffBudget, ...settings } = columnOptions(config);
  const request = readCodeFilesAt(repo, commit).then((code) => {
    if (code === null)
      throw new InputError(
        `no dbt_project.yml at ${ref} in ${repo}: --columns needs a dbt project`,
      );
    return {
      input: { ref, scan: code.scan, files: code.files },
      // one polyglot worker per core, at most four: as many as the child warms
      options: { totalMs, workers: warmWorkers(), ...settings },
    };
  });
  // The isolated child starts now and loads polyglot while this process scans the commit.
  const lineage =
    shippedChildScript() === undefined
      ? await request.then((r) => columnLineage(r.input, r.options))
      : await isolatedColumnLineage(request);
  if (process.env.BLAST_RADIUS_DEBUG) {
    const t = lineage.timing;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    io.stderr(
      `blast-radius: columns: ${s(t.wall)} wall; render ${s(t.render)}, parse ${s(t.parse)}, analysis ${s(t.analysis)}, structure ${s(t.structure)}\n`,
    );
  }
  if (format === 'json') {
    const chunks = output.columnLineageJsonChunks(lineage);
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i]!;
      chunks[i] = '';
      await io.stdout(chunk);
    }
  } else await io.stdout(output.columnLineageText(lineage, notes));
  return 0;
}

/** The lineage graph at a commit from the sources asked for (each only when present). */
async function lineageAt(
  repo: string,
  commit: string,
  ref: string,
  config: Config,
  sources: Sources,
) {
  const [scan, text] = await Promise.all([
    sources.code ? readCodeAt(repo, commit) : null,
    sources.inventory ? readAtCommit(repo, commit, config.inventory) : null,
  ]);
  let models = null;
  if (text !== null) {
    const inventory = parseInventory(text, config.inventory);
    if (!inventory.usable) {
      const problem = inventory.problems[0];
      throw new InputError(
        `not a usable inventory: ${config.inventory}${problem ? `: ${problem.message}` : ''}`,
      );
    }
    models = inventory.models;
  }
  const { lineageGraph } = await import('./lineage-graph.js');
  return lineageGraph({ ref, scan, models, layers: layerRules(config) });
}

/**
 * 0 pass, 1 policy failure; 2 when the head inventory could not be read at all — the report is
 * still printed (its findings say where), and stderr says why in one line.
 */
function exitCode(report: DiffReport | AuditReport, io: Io): number {
  if (!report.inventory.head.usable) {
    const problem = report.findings.find((f) => f.rule === 'inventory/invalid' && f.file !== null);
    io.stderr(
      `blast-radius: not a usable inventory: ${neutralizeControls(problem?.message ?? report.inventory.path)}\n`,
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

/** The audit's recommendations as plain text (they are built as markdown phrasing). */
async function auditRecommendations(report: AuditReport, config: Config): Promise<string[]> {
  const [{ recommendations }, { resolve: resolveContext }] = await Promise.all([
    import('../render/markdown/audit.js'),
    import('../render/markdown/context.js'),
  ]);
  return recommendations(report, resolveContext(renderConfig(config))).map((item) =>
    item.map((node) => plainText(node)).join(''),
  );
}

function plainText(node: object): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children))
    return (node.children as object[]).map(plainText).join('');
  return '';
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

/** The config file the action reads, at the base commit. */
export const REPOSITORY_CONFIG = '.github/blast-radius.yml';

/**
 * The config: `--config FILE` when given; else, in git mode, the repository's
 * `.github/blast-radius.yml` at the base commit (as the action reads it); else the defaults.
 * Where it came from is added to `notes` when given.
 */
async function loadConfig(
  path: string | undefined,
  failOn: Config['fail-on'] | undefined,
  inventory: string | undefined,
  cwd: string,
  git?: { repo: string; commit: string; ref: string; notes: string[] },
): Promise<Config> {
  const overrides = { 'fail-on': failOn, inventory };
  if (path !== undefined) {
    git?.notes.push(`Config: ${path} (--config).`);
    return parseConfig(await readText(resolve(cwd, path), path), path, overrides);
  }
  if (git) {
    const text = await readAtCommit(git.repo, git.commit, REPOSITORY_CONFIG);
    git.notes.push(
      text === null
        ? `Config: the defaults (${REPOSITORY_CONFIG} does not exist at ${git.ref}; --config FILE to use another).`
        : `Config: ${REPOSITORY_CONFIG} at ${git.ref} (${short(git.commit)}), as the action reads it; --config FILE to use another.`,
    );
    // Named as git names a file at a commit: errors read main:.github/blast-radius.yml:3: …
    if (text !== null) return parseConfig(text, `${git.ref}:${REPOSITORY_CONFIG}`, overrides);
  }
  return parseConfig(null, '(defaults)', overrides);
}

/** What to do about a ref git does not know, said to someone at a terminal. */
function refAdvice(ref: string): string {
  const remote = /^([\w.-]+)\/(.+)$/.exec(ref);
  return remote
    ? `check the name (git branch -a), or fetch it: git fetch ${remote[1]} ${remote[2]}`
    : 'check the name (git branch -a, git log --oneline), or fetch it: git fetch origin';
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

/** Notes for a markdown report, as a quote before it; its length is taken off the budget. */
async function markdownNotes(notes: readonly string[]): Promise<{ text: string; bytes: number }> {
  if (notes.length === 0) return { text: '', bytes: 0 };
  const [{ toMarkdown }, { paragraph, text, untrusted }] = await Promise.all([
    import('../render/markdown/stringify.js'),
    import('../render/markdown/nodes.js'),
  ]);
  const markdown = `${toMarkdown([
    {
      type: 'blockquote',
      children: notes.map((note) => paragraph(text('ℹ️ '), untrusted(note, 400))),
    },
  ])}\n`;
  return { text: markdown, bytes: Buffer.byteLength(markdown) };
}

async function gitDiffInput(
  repo: string,
  { base, head }: { base: string; head: string },
  baseRef: string,
  headRef: string,
  inventoryPath: string,
  sources: Sources,
  notes: string[],
): Promise<DiffInput> {
  const [baseText, headText, changedFiles] = await Promise.all([
    sources.inventory ? readAtCommit(repo, base, inventoryPath) : null,
    sources.inventory ? readAtCommit(repo, head, inventoryPath) : null,
    changedFilesBetween(repo, base, head),
  ]);
  const code = sources.code ? await readCodeInput(repo, base, head, changedFiles) : null;
  if (sources.code && code === null && !sources.inventory) {
    throw new InputError(
      `--lineage code: no dbt_project.yml at ${baseRef} or ${headRef} in ${repo} — use --lineage inventory`,
    );
  }
  if (sources.inventory && baseText === null && headText === null && code === null) {
    throw new InputError(
      `${inventoryPath} exists at neither ${baseRef} nor ${headRef}, and neither has a dbt_project.yml — set --inventory or "inventory:" in the config`,
    );
  }
  const note = lineageNote(
    sources,
    code !== null,
    baseText !== null || headText !== null,
    inventoryPath,
  );
  if (note !== null) notes.push(note);
  const headInventory = headText === null ? null : parseInventory(headText, inventoryPath);
  return {
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
    ...(code && { code }),
  };
}

/** Why a lineage source asked for was not used: one line for the notes, or null. */
function lineageNote(
  sources: Sources,
  code: boolean,
  inventory: boolean,
  inventoryPath: string,
): string | null {
  if (sources.code && !code)
    return 'Lineage: the inventory only — no dbt_project.yml at either commit, so no code lineage.';
  if (sources.inventory && !inventory)
    return `Lineage: the dbt project's code only — ${inventoryPath} exists at neither commit.`;
  return null;
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

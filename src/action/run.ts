import * as core from '@actions/core';
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildAuditReport, type AuditReport } from '../audit/audit.js';
import { ConfigError, parseConfig } from '../config/load.js';
import { columnOptions, lineageSources, type Config } from '../config/schema.js';
import { parseInventory, type Inventory } from '../inventory/parse.js';
import type { RenderContext } from '../render/markdown/index.js';
import { acknowledgeWhere, buildDiffReport, type DiffInput } from '../report/diff-report.js';
import { mergeResult } from '../report/merge-result.js';
import type { DiffReport } from '../report/types.js';
import { writeJsonAsync } from '../report/write-json.js';
import { VERSION } from '../version.js';
import { annotationsFor } from './annotations.js';
import { planRun, UnsupportedEventError, type Plan } from './event.js';
import { composeSummary } from './summary.js';
import { readAuditCode, readCodeLineage } from './code-lineage.js';
import type { ChangedFile } from '../diff/changed-files.js';
import { readManifests } from './manifests.js';
import { postSuggestions } from './suggestions.js';
import { messageOf, statusOf } from './errors.js';
import type { GitHub } from './github.js';
import { GitError } from '../git/git.js';
import { ActionInputError, readInputs, type ActionInputs } from './inputs.js';
import { reportOutputs } from './outputs.js';
import {
  apiRepository,
  hasCommits,
  isGitRepository,
  localRepository,
  PULL_FILES_LIMIT,
  pullRequestFiles,
  RepositoryError,
  type Repository,
} from './repository.js';
import { isOurs, planStickyComment, type ExistingComment } from './sticky.js';
import {
  covers,
  decideAcknowledgement,
  readRecord,
  recordLine,
  warningPrints,
  type AckDecision,
  type AckRecord,
} from './acknowledgement.js';

type Report = DiffReport | AuditReport;

interface Outcome {
  report: Report | null;
  context: RenderContext;
  notes: string[];
}

/**
 * The action: read the event and inputs, build the report, then apply every side effect once —
 * outputs, annotations, the sticky comment, the job summary (always, even after an error) and
 * the verdict, the only place the job is failed.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const outcome: Outcome = { report: null, context: {}, notes: [] };
  let failure: string | undefined;
  try {
    await execute(env, outcome);
  } catch (error) {
    failure = describeFailure(error);
  } finally {
    await writeSummary(outcome, failure);
  }
  if (failure !== undefined) {
    // The run could not judge the change: the check fails, and the outputs say so too.
    if (!outcome.report) core.setOutput('verdict', 'fail');
    core.setFailed(failure);
  } else if (outcome.report?.summary.verdict === 'fail') {
    const { errors, warnings, failOn } = outcome.report.summary;
    core.setFailed(
      `dbt Blast Radius: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (fail-on: ${failOn}) — see the job summary`,
    );
  }
}

async function execute(env: NodeJS.ProcessEnv, outcome: Outcome): Promise<void> {
  const run = await prepare(env, outcome);
  if (run.plan.kind === 'audit') await runAudit(run, run.plan);
  else await runDiff(run, run.plan);
}

/** What every run shares: the plan, the API client and where the commits are read from. */
interface RunContext {
  readonly env: NodeJS.ProcessEnv;
  readonly outcome: Outcome;
  readonly inputs: ActionInputs;
  readonly plan: Plan;
  readonly github: GitHub;
  readonly owner: string;
  readonly repo: string;
  readonly workspace: string;
  /** Whether the workspace holds both commits' objects (a local clone). */
  readonly local: boolean;
  readonly source: Repository;
  readonly runUrl: string | undefined;
}

/** Plan: the event, inputs and the commit reader (local objects, else the API). */
async function prepare(env: NodeJS.ProcessEnv, outcome: Outcome): Promise<RunContext> {
  const inputs = readInputs((name) => core.getInput(name));
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = await readEvent(env.GITHUB_EVENT_PATH);
  const plan = planRun(eventName, payload, inputs.invocation, env.GITHUB_SHA ?? '');
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo)
    throw new ActionInputError('GITHUB_REPOSITORY is not set: this must run inside GitHub Actions');

  // Loaded only now: Octokit is most of the bundle, and a run that stops early never needs it.
  const { createGitHub } = await import('./github.js');
  const github = createGitHub(
    inputs.token,
    { warning: (m) => core.warning(m) },
    env.GITHUB_API_URL,
  );
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const refs = plan.kind === 'diff' ? [plan.base, plan.head] : [plan.head];
  const local = await hasCommits(workspace, refs);
  // Some git objects but not all (a depth-1 or base-only checkout, as pull_request_target
  // workflows make): the API reads the commits, and code lineage takes what blobs it can from
  // the local object store — the pull request's files are read as data, never checked out.
  const objects = !local && (await isGitRepository(workspace)) ? workspace : undefined;
  const source: Repository = local
    ? localRepository(workspace)
    : apiRepository(github, owner, repo, objects);
  core.info(`Reading commits from ${source.name}.`);

  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return { env, outcome, inputs, plan, github, owner, repo, workspace, local, source, runUrl };
}

/** The audit (workflow_dispatch): the inventory at one commit, measured against its code. */
async function runAudit(run: RunContext, plan: Extract<Plan, { kind: 'audit' }>): Promise<void> {
  const { source, inputs, outcome, env, runUrl } = run;
  const head = await source.resolveCommit(plan.head);
  const configAt = plan.configAt === undefined ? head : await source.resolveCommit(plan.configAt);
  const config = await loadConfig(source, configAt, inputs);
  const text = await source.readFile(head, config.inventory);
  if (text === null)
    throw new RepositoryError(
      `the inventory ${config.inventory} does not exist at ${shortSha(head)}: set inventory-path or "inventory:" in ${inputs.invocation['config-file']}`,
    );
  core.info(`Auditing ${config.inventory} at ${head} (${plan.reason}).`);
  const code = lineageSources(config).code ? await readAuditCode(source, head) : null;
  if (code?.note) {
    core.info(code.note);
    outcome.notes.push(code.note);
  }
  const report = buildAuditReport(
    {
      inventoryPath: config.inventory,
      ref: head,
      inventory: parseInventory(text, config.inventory),
      toolVersion: VERSION,
      ...(code?.scan && { code: code.scan }),
    },
    config,
  );
  outcome.context = renderContext(config, { headSha: head, ...(runUrl && { runUrl }) });
  await publish(report, outcome, env);
}

/** The diff: the pull request's (or push's) change, judged as merged, then published. */
async function runDiff(run: RunContext, plan: Extract<Plan, { kind: 'diff' }>): Promise<void> {
  const { source, inputs, outcome, env, runUrl, github, owner, repo, local } = run;
  const [baseCommit, head] = await Promise.all([
    source.resolveCommit(plan.base),
    source.resolveCommit(plan.head),
  ]);
  // The config comes from the base tip — trusted, current — never from the head or an older
  // merge base a pull request could pick by branching early.
  const config = await loadConfig(source, baseCommit, inputs);
  // Inventories and changed files are compared from the merge base whenever the base is not an
  // ancestor of the head (always for pull requests, as GitHub's "Files changed" does): the local
  // two-dot diff and the API's three-dot compare then agree.
  const common =
    (await source.mergeBase(baseCommit, head)) ??
    (local ? await apiRepository(github, owner, repo).mergeBase(baseCommit, head) : null);
  const base = common ?? baseCommit;
  if (common && common !== baseCommit && !plan.fromMergeBase) {
    outcome.notes.push(
      `${shortSha(baseCommit)} is not an ancestor of ${shortSha(head)}: the comparison starts from their merge base ${shortSha(common)}.`,
    );
  }
  const pullRequest = plan.pullRequest;

  // Labels and the head can change after the event: both are read fresh from the pull request.
  const current = pullRequest
    ? await readPullRequest(github, owner, repo, pullRequest.number, {
        labels: pullRequest.labels,
        consequence: "using the event's labels",
      })
    : null;
  const queueLabels =
    plan.queuedPullRequest !== undefined
      ? (
          await readPullRequest(github, owner, repo, plan.queuedPullRequest, {
            labels: [],
            consequence: 'the warnings of the queued pull request are not acknowledged',
          })
        ).labels
      : [];
  const [baseText, headText, changed] = await Promise.all([
    source.readFile(base, config.inventory),
    source.readFile(head, config.inventory),
    changedFiles(plan, source, github, owner, repo, base, head, local, current?.headSha === head),
  ]);
  // Code lineage from the merge base: the pull request's own changes (see "Judged as merged").
  const { lineage, manifest } = await readLineage(run, config, base, head, changed.files);
  if (baseText === null && headText === null && lineage.code === null) {
    throw new RepositoryError(
      `the inventory ${config.inventory} exists at neither ${shortSha(base)} nor ${shortSha(head)}: set inventory-path or "inventory:" in ${inputs.invocation['config-file']}`,
    );
  }
  if (changed.incomplete !== undefined)
    core.warning(`The changed files are incomplete: ${changed.incomplete}.`);

  const judged = await judgeAsMerged(run, {
    config,
    base,
    baseCommit,
    head,
    common,
    fromMergeBase: plan.fromMergeBase,
    baseText,
    headText,
    codeRead: lineage.code !== null,
  });
  const diffInput = await withColumns(
    {
      inventoryPath: config.inventory,
      ...judged,
      changedFiles: changed.files,
      ...(lineage.code && { code: lineage.code }),
      ...(manifest && { manifest }),
      ...(changed.incomplete !== undefined && { incomplete: changed.incomplete }),
      toolVersion: VERSION,
    },
    config,
    inputs.invocation.columns ?? config.columns.analyse,
  );
  const unacknowledged = buildDiffReport(diffInput, config);
  const label = config['acknowledge-label'];
  const commenting =
    pullRequest !== null &&
    (plan.trigger === 'pull_request' || plan.trigger === 'pull_request_target');
  // The acknowledgement on record: in our comment on this pull request, or in a merge queue on
  // the queued pull request's (its label acknowledges its own warnings only).
  const recordOn = commenting ? pullRequest.number : plan.queuedPullRequest;
  const comments =
    recordOn === undefined ? null : await readComments(github, owner, repo, recordOn, outcome);
  const marker = (await loadMarkdown()).commentMarker(config.inventory);
  const ourComment = comments ? findOurComment(comments, marker, config['comment-author']) : null;
  const prints = warningPrints(unacknowledged.findings);
  const decision = decideAcknowledgement({
    labelOn: (commenting ? (current?.labels ?? []) : queueLabels).includes(label),
    labeledNow: commenting && pullRequest.labeled === label,
    existing: ourComment ? readRecord(ourComment.body) : null,
    head,
    prints,
  });
  const report =
    decision.kind === 'recorded'
      ? acknowledgeWhere(unacknowledged, covers(decision.record, prints))
      : unacknowledged;
  const ackNote = acknowledgementNote(decision, label, report, commenting);
  if (ackNote) {
    core.info(ackNote);
    outcome.notes.push(ackNote);
  }
  const judgedHead = judged.head.inventory;
  outcome.context = renderContext(config, {
    ...(judgedHead?.usable && { headModels: judgedHead }),
    baseSha: judged.base.ref,
    headSha: head,
    ...(runUrl && { runUrl }),
    ...(pullRequest && { acknowledgeLabel: config['acknowledge-label'] }),
  });
  await publish(report, outcome, env);

  if (commenting) {
    const trailer =
      (lineage.code === null && lineage.note !== null ? `\n\n${lineageParagraph()}` : '') +
      (decision.kind === 'recorded'
        ? `\n\n${acknowledgementParagraph(decision.record, label, report)}\n\n${recordLine(decision.record)}`
        : '');
    await stickyComment(github, owner, repo, pullRequest.number, head, report, outcome, config, {
      comments,
      marker,
      trailer,
    });
    await postSuggestions({
      github,
      owner,
      repo,
      pullNumber: pullRequest.number,
      head,
      currentHead: current?.headSha ?? null,
      headText,
      report,
      mode: config.suggestions,
      author: config['comment-author'],
      log: { info: (m) => core.info(m), warning: (m) => core.warning(m) },
      notes: outcome.notes,
    });
  }
}

/** The notes the summary and the log carry about the acknowledge label, if any. */
function acknowledgementNote(
  decision: AckDecision,
  label: string,
  report: DiffReport,
  commenting: boolean,
): string | null {
  const name = `"${label.replace(/[\r\n<>]/g, '')}"`;
  if (decision.kind === 'none') return null;
  if (decision.kind === 'unrecorded') {
    return commenting
      ? `The ${name} label is on the pull request, but no acknowledgement is recorded for it (one is recorded when the label is added: the workflow must run on "labeled", and the comment must be writable). Nothing is acknowledged: remove the label and add it again.`
      : `The ${name} label is on the queued pull request, but its comment records no acknowledgement: nothing is acknowledged.`;
  }
  const acknowledged = report.findings.filter((f) => f.acknowledged).length;
  const open = report.summary.warnings;
  return (
    `The ${name} label acknowledges the warnings reviewed at ${shortSha(decision.record.sha)}: ${acknowledged} here count as notices.` +
    (open > 0
      ? ` ${open} warning${open === 1 ? ' is' : 's are'} new since then and not acknowledged: remove the label and add it again to acknowledge ${open === 1 ? 'it' : 'them'}.`
      : '')
  );
}

/** What the comment says when the run had the inventory only (our text only). */
function lineageParagraph(): string {
  return "**Lineage: inventory only.** The dbt project's code was not read, so references the inventory lacks are not followed (details in the job summary). For the full lineage, check out the history with `actions/checkout` and `fetch-depth: 0`; for `pull_request_target`, see the README.";
}

/** What the comment says the acknowledgement covers (our text only: a sha and counts). */
function acknowledgementParagraph(record: AckRecord, label: string, report: DiffReport): string {
  const name = label.replace(/[`\r\n<>]/g, '');
  const acknowledged = report.findings.filter((f) => f.acknowledged).length;
  const open = report.summary.warnings;
  return (
    `**Acknowledged:** the \`${name}\` label covers the warnings reviewed at \`${shortSha(record.sha)}\` (${acknowledged} in this report). ` +
    (open > 0
      ? `**${open} warning${open === 1 ? ' is' : 's are'} new since then and not acknowledged.** `
      : '') +
    'Warnings added by later pushes are not covered: remove the label and add it again to acknowledge them.'
  );
}

function renderContext(config: Config, extra: RenderContext): RenderContext {
  return {
    attributionLayers: config['attribution-layers'],
    layerOrder: config['layer-order'],
    ...extra,
  };
}

/** Report file, outputs and annotations. */
async function publish(report: Report, outcome: Outcome, env: NodeJS.ProcessEnv): Promise<void> {
  outcome.report = report;
  const dir = join(env.RUNNER_TEMP ?? process.cwd(), 'dbt-blast-radius');
  await mkdir(dir, { recursive: true });
  const reportPath = join(dir, `report-${report.inventory.path.replace(/[^\w.-]+/g, '_')}.json`);
  const file = await open(reportPath, 'w');
  try {
    // One member at a time, each awaited: the report's text is never whole in memory.
    await writeJsonAsync(report, (chunk) => file.write(chunk));
  } finally {
    await file.close();
  }
  for (const [name, value] of Object.entries(reportOutputs(report))) core.setOutput(name, value);
  core.setOutput('report-path', reportPath);

  const { annotations, omitted } = annotationsFor(report.findings);
  for (const a of annotations) {
    const properties = {
      title: a.title,
      ...(a.file !== undefined && { file: a.file }),
      ...(a.line !== undefined && { startLine: a.line }),
    };
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
  if (omitted > 0)
    outcome.notes.push(
      `${omitted} more finding${omitted === 1 ? '' : 's'} than GitHub shows as annotations: all are in this summary.`,
    );
  const { summary } = report;
  core.info(
    `${summary.changed} changed, ${summary.impacted} impacted; ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices: ${summary.verdict}.`,
  );
}

async function stickyComment(
  github: GitHub,
  owner: string,
  repo: string,
  number: number,
  head: string,
  report: DiffReport,
  outcome: Outcome,
  config: Config,
  read: { comments: ExistingComment[] | null; marker: string; trailer: string },
): Promise<void> {
  const warn = (message: string) => {
    core.warning(message);
    outcome.notes.push(message);
  };
  try {
    const { COMMENT_LIMIT, renderComment } = await loadMarkdown();
    const { marker, trailer } = read;
    const body =
      renderComment(report, outcome.context, { maxLength: COMMENT_LIMIT - trailer.length }) +
      trailer;
    // Listed before the report was built; a failure then is a failure to comment now.
    const comments = read.comments ?? (await listComments(github, owner, repo, number));
    const plan = planStickyComment({
      comments,
      marker,
      author: config['comment-author'],
      body,
      mode: config.comment,
      touchesModels: report.changes.length > 0,
    });
    if (plan.existing) core.setOutput('comment-url', plan.existing.url);
    if (plan.write.action === 'none' && plan.deletes.length === 0) {
      core.info(`No comment written: ${plan.write.reason}.`);
      return;
    }
    // A newer push makes this run's comment stale: leave the writing to the newer run.
    const { data: current } = await github.rest.pulls.get({ owner, repo, pull_number: number });
    if (current.head.sha !== head) {
      core.info(
        `No comment written: the pull request moved on to ${shortSha(current.head.sha)} since this run started.`,
      );
      return;
    }
    for (const id of plan.deletes)
      await github.rest.issues.deleteComment({ owner, repo, comment_id: id });
    if (plan.write.action === 'create') {
      const { data } = await github.rest.issues.createComment({
        owner,
        repo,
        issue_number: number,
        body: plan.write.body,
      });
      core.setOutput('comment-url', data.html_url);
    } else if (plan.write.action === 'update') {
      const { data } = await github.rest.issues.updateComment({
        owner,
        repo,
        comment_id: plan.write.id,
        body: plan.write.body,
      });
      core.setOutput('comment-url', data.html_url);
    }
  } catch (error) {
    warn(commentFailure(error));
  }
}

async function listComments(
  github: GitHub,
  owner: string,
  repo: string,
  number: number,
): Promise<ExistingComment[]> {
  const comments = await github.paginate(github.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100,
  });
  return comments.map((c): ExistingComment => ({
    id: c.id,
    body: c.body ?? '',
    author: c.user?.login ?? '',
    url: c.html_url,
  }));
}

/** The comments of a pull request, or null (with a note) when they cannot be read. */
async function readComments(
  github: GitHub,
  owner: string,
  repo: string,
  number: number,
  outcome: Outcome,
): Promise<ExistingComment[] | null> {
  try {
    return await listComments(github, owner, repo, number);
  } catch (error) {
    const message = `Could not read the comments of pull request #${number} (${messageOf(error)}): no acknowledgement is on record.`;
    core.warning(message);
    outcome.notes.push(message);
    return null;
  }
}

function findOurComment(
  comments: readonly ExistingComment[],
  marker: string,
  author: string,
): ExistingComment | null {
  return comments.filter((c) => isOurs(c, marker, author)).sort((a, b) => a.id - b.id)[0] ?? null;
}

function commentFailure(error: unknown): string {
  const status = statusOf(error);
  const detail = messageOf(error);
  if (status === 403) {
    return `No PR comment: the token cannot write to this pull request (403: ${detail}). Pull requests from forks get a read-only token on pull_request: use the pull_request_target workflow from the README, or grant "pull-requests: write". The summary, annotations and verdict are unaffected.`;
  }
  if (status === 422)
    return `No PR comment: GitHub rejected it (422: ${detail}). The summary, annotations and verdict are unaffected.`;
  if (status === 404)
    return `No PR comment: the pull request or comment was not found (404: ${detail}); check that the token can access this repository. The summary, annotations and verdict are unaffected.`;
  return `No PR comment: ${status ? `${status}: ` : ''}${detail}. The summary, annotations and verdict are unaffected.`;
}

async function changedFiles(
  plan: Extract<Plan, { kind: 'diff' }>,
  source: Repository,
  github: GitHub,
  owner: string,
  repo: string,
  base: string,
  head: string,
  local: boolean,
  headIsCurrent: boolean,
) {
  const pr = plan.pullRequest;
  // The files API describes the pull request's current head; after a newer push it is not ours.
  if (local || !pr || !plan.fromMergeBase || !headIsCurrent) return source.changedFiles(base, head);
  if ((pr.changedFiles ?? 0) < PULL_FILES_LIMIT) {
    const files = await pullRequestFiles(github, owner, repo, pr.number);
    if (files.length < PULL_FILES_LIMIT) return { files };
  }
  // 3,000 files or more: the files API stops there. The repository compares the two commits
  // itself (their trees), and says so when even that is cut.
  return source.changedFiles(base, head);
}

/**
 * A pull request as it is now: its head and labels can change after the event. When it cannot
 * be read, `fallback` says what to use instead, in a warning.
 */
async function readPullRequest(
  github: GitHub,
  owner: string,
  repo: string,
  number: number,
  fallback: { labels: readonly string[]; consequence: string },
): Promise<{ headSha: string | null; labels: string[] }> {
  try {
    const { data } = await github.rest.pulls.get({ owner, repo, pull_number: number });
    return {
      headSha: data.head.sha,
      labels: data.labels.map((label) => label.name ?? '').filter(Boolean),
    };
  } catch (error) {
    core.warning(
      `Could not read pull request #${number} (${messageOf(error)}): ${fallback.consequence}.`,
    );
    return { headSha: null, labels: [...fallback.labels] };
  }
}

/** The config file as of `sha` — for pull requests the base, so a PR cannot relax its own check. */
async function loadConfig(source: Repository, sha: string, inputs: ActionInputs): Promise<Config> {
  const path = inputs.invocation['config-file'];
  const text = await source.readFile(sha, path);
  if (text === null)
    core.info(`No ${path} at ${shortSha(sha)}: using the defaults and the inputs.`);
  return parseConfig(text, path, inputs.overrides);
}

/** The lineage beside the inventory: the code of both commits, and dbt's manifests if given. */
async function readLineage(
  run: RunContext,
  config: Config,
  base: string,
  head: string,
  changed: readonly ChangedFile[],
) {
  const { source, outcome, workspace, inputs } = run;
  const lineage = await readCodeLineage(source, base, head, changed, lineageSources(config));
  if (lineage.note !== null) {
    core.info(lineage.note);
    outcome.notes.push(lineage.note);
  }
  const manifest = await readManifests(workspace, inputs.invocation);
  if (manifest) {
    const note = `Lineage: dbt's manifest.json (schema v${manifest.head.schema}, ${manifest.head.edges.length} edges at the head${manifest.base === manifest.head ? ', serving both sides' : ''}) joins the union.`;
    core.info(note);
    outcome.notes.push(note);
  }
  return { lineage, manifest };
}

/**
 * Judge the merge result: the changes are the pull request's own (from the merge base), but
 * layers, lineage and rules come from what it merges into — the base tip with those changes
 * applied — so a branch started long ago cannot pick an old context.
 */
async function judgeAsMerged(
  run: RunContext,
  sides: {
    readonly config: Config;
    /** Where the comparison starts (the merge base, else the base commit). */
    readonly base: string;
    readonly baseCommit: string;
    readonly head: string;
    readonly common: string | null;
    readonly fromMergeBase: boolean;
    readonly baseText: string | null;
    readonly headText: string | null;
    readonly codeRead: boolean;
  },
): Promise<{
  base: { ref: string; inventory: Inventory | null };
  head: { ref: string; inventory: Inventory | null };
}> {
  const { config, base, baseCommit, head, common, baseText, headText, codeRead } = sides;
  // `lineage: [code]` with the code read: the inventory is left out (else it is the fallback).
  const inventoryOff = !lineageSources(config).inventory && codeRead;
  const parsedHead =
    headText === null || inventoryOff ? null : parseInventory(headText, config.inventory);
  const parsedBase =
    baseText === null || inventoryOff
      ? null
      : parseInventory(baseText, config.inventory, parsedHead ?? undefined);
  const asCompared = {
    base: { ref: base, inventory: parsedBase },
    head: { ref: head, inventory: parsedHead },
  };
  if (!sides.fromMergeBase || common === null || common === baseCommit || inventoryOff)
    return asCompared;
  const tipText = await run.source.readFile(baseCommit, config.inventory);
  const tip =
    tipText === null ? null : parseInventory(tipText, config.inventory, parsedBase ?? undefined);
  if (!tip?.usable || !(parsedHead === null || (parsedHead.usable && parsedBase?.usable)))
    return asCompared;
  run.outcome.notes.push(
    `Judged as merged: the changes are this pull request's own (since the merge base ${shortSha(common)}); layers, lineage and rules come from the base tip ${shortSha(baseCommit)} with those changes applied.` +
      (codeRead
        ? ` The code lineage is the pull request's own: from the merge base ${shortSha(common)} to the head, so edges added on the base since then come from the inventory only.`
        : ''),
  );
  return {
    base: { ref: baseCommit, inventory: tip },
    head: {
      ref: head,
      inventory: parsedHead && parsedBase ? mergeResult(parsedBase, parsedHead, tip) : null,
    },
  };
}

/**
 * Column-level impact, when asked and the code was read: rendered and analysed in the isolated
 * child process (src/isolation/isolated.ts) — the pull request's templates never run in this one.
 */
async function withColumns(input: DiffInput, config: Config, analyse: boolean): Promise<DiffInput> {
  // Nothing the code changed, nothing to render: the report stays at the model level.
  if (!analyse || !input.code?.baseFiles || input.code.changes.length === 0) return input;
  const { withColumnImpact } = await import('../isolation/attach.js');
  core.info('Analysing columns in the isolated renderer.');
  return withColumnImpact(input, columnOptions(config), {});
}

async function readEvent(path: string | undefined): Promise<Record<string, never>> {
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ActionInputError(
      `cannot read the event payload ${path}: ${(error as Error).message}`,
    );
  }
}

async function writeSummary(outcome: Outcome, failure: string | undefined): Promise<void> {
  try {
    const report = outcome.report;
    const markdown = report ? await loadMarkdown() : null;
    const text = composeSummary(
      failure,
      outcome.notes,
      report && markdown
        ? (maxLength) =>
            report.mode === 'audit'
              ? markdown.renderAudit(report, outcome.context, { maxLength })
              : markdown.renderSummary(report, outcome.context, { maxLength })
        : null,
    );
    if (text !== '') await core.summary.addRaw(text).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

/** The renderers (remark and its extensions) load only when a report needs them. */
const loadMarkdown = () => import('../render/markdown/index.js');

function describeFailure(error: unknown): string {
  if (
    error instanceof ActionInputError ||
    error instanceof UnsupportedEventError ||
    error instanceof RepositoryError ||
    error instanceof ConfigError ||
    error instanceof GitError
  ) {
    return `dbt Blast Radius: ${error.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.stack) core.debug(error.stack);
  return `dbt Blast Radius: unexpected error: ${message} — please report it (re-run with debug logging for the stack)`;
}

function shortSha(sha: string): string {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

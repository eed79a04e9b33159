import { createHash } from 'node:crypto';
import { applyPatch } from 'diff';
import type { DiffReport } from '../report/types.js';
import {
  suggestionComments,
  type PullRequestFile,
  type SuggestionComment,
} from '../sync/suggest.js';
import { messageOf, statusOf } from './errors.js';
import type { GitHub } from './github.js';

/**
 * The inventory fix (`report.drift`) as GitHub suggested changes: one pull request review, event
 * COMMENT, whose comments carry ```suggestion blocks on the inventory lines the pull request
 * touched. The planning is pure (planSuggestionReview, alreadyPosted); postSuggestions is the
 * thin shell that lists the files and reviews and posts.
 */

export type SuggestionMode = 'auto' | 'never';

/** Most suggestion comments in one review: a reviewer clicks each; the patch covers the rest. */
export const MAX_SUGGESTIONS = 30;
/** Most characters of all comment bodies in one review (GitHub caps each body at 65,536). */
export const MAX_REVIEW_CHARS = 250_000;
/** The note above every suggestion: our text only, no name from the pull request. */
export const SUGGESTION_NOTE =
  'dbt Blast Radius — inventory drift: this is how the inventory reads with the lineage the code has.';

const MARKER_PREFIX = '<!-- dbt-blast-radius:suggestions';

/** A review already on the pull request, as far as idempotence cares. */
export interface ExistingReview {
  readonly body: string;
  readonly author: string;
}

export interface SuggestionReviewInput {
  /** `report.drift`: the fix for the drift the change introduced, if any. */
  readonly drift: DiffReport['drift'];
  readonly inventoryPath: string;
  /** The pull request's head commit (the review's `commit_id`). */
  readonly head: string;
  /** The inventory at the head: the text the patch applies to; null when it has none. */
  readonly headText: string | null;
  /** The pull request's files with their `patch` (pulls.listFiles). */
  readonly prFiles: readonly PullRequestFile[];
  readonly maxComments?: number;
  readonly maxChars?: number;
}

export type SuggestionReviewPlan =
  | {
      readonly action: 'post';
      /** The hidden first line of the body: head sha and a digest of the suggestions. */
      readonly marker: string;
      readonly body: string;
      readonly comments: readonly SuggestionComment[];
      /** Changes of the fix not offered as suggestions (the patch in the comment has them). */
      readonly skipped: number;
    }
  | { readonly action: 'none'; readonly reason: string };

/**
 * Pure: the review to post for `drift`, or why none. Only when the inventory is one of the pull
 * request's files with a diff GitHub shows; suggestions only on lines the pull request added
 * (suggestionComments), at most `maxComments`, within `maxChars` in all.
 */
export function planSuggestionReview(input: SuggestionReviewInput): SuggestionReviewPlan {
  const { drift, inventoryPath: path } = input;
  if (!drift) return none('the change introduces no inventory drift');
  if (drift.truncated || drift.patch === '')
    return none('the fix is too large for suggested changes: the comment gives the command');
  if (input.headText === null) return none('the inventory does not exist at the head');
  const file = input.prFiles.find((f) => f.filename === path);
  if (!file) return none('the pull request does not change the inventory');
  if (!file.patch)
    return none('GitHub shows no diff of the inventory (too large): the comment has the patch');
  const after = applyPatch(input.headText, drift.patch);
  if (after === false || after === input.headText)
    return none('the fix does not apply to the inventory at the head');

  const max = Math.max(0, input.maxComments ?? MAX_SUGGESTIONS);
  const found = suggestionComments({
    path,
    before: input.headText,
    after,
    prFiles: [file],
    maxComments: max,
    note: SUGGESTION_NOTE,
  });
  const budget = input.maxChars ?? MAX_REVIEW_CHARS;
  const comments: SuggestionComment[] = [];
  let used = 0;
  for (const comment of found.comments) {
    if (used + comment.body.length > budget) break;
    used += comment.body.length;
    comments.push(comment);
  }
  const skipped = found.skipped + found.comments.length - comments.length;
  if (comments.length === 0)
    return none('no change of the fix falls on lines the pull request touched');

  const marker = reviewMarker(input.head, path, comments);
  return {
    action: 'post',
    marker,
    body: reviewBody(marker, comments.length, skipped),
    comments,
    skipped,
  };
}

/**
 * The hidden marker: the head commit and a digest of the inventory path and the suggestions,
 * so the same suggestions are posted once per head. Only hex goes in: nothing can close the
 * HTML comment.
 */
export function reviewMarker(
  head: string,
  path: string,
  comments: readonly SuggestionComment[],
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([path, comments]));
  const sha = /^[0-9a-f]{40}$/i.test(head)
    ? head.toLowerCase()
    : createHash('sha256').update(head).digest('hex').slice(0, 40);
  return `${MARKER_PREFIX} head=${sha} digest=${hash.digest('hex').slice(0, 16)} -->`;
}

/** Pure: a review of `author` whose body starts with `marker` is on the pull request. */
export function alreadyPosted(
  reviews: readonly ExistingReview[],
  marker: string,
  author: string,
): boolean {
  return reviews.some(
    (review) =>
      review.author.toLowerCase() === author.toLowerCase() &&
      review.body.split('\n', 1)[0]!.replace(/\r$/, '') === marker,
  );
}

function reviewBody(marker: string, count: number, skipped: number): string {
  const lines = [
    marker,
    `**dbt Blast Radius:** this pull request leaves the inventory out of step with the code. ${count === 1 ? 'The suggested change below brings' : `The ${count} suggested changes below bring`} it back in line — apply ${count === 1 ? 'it' : 'them'} from *Files changed* (*Add suggestion to batch* commits several at once).`,
  ];
  if (skipped > 0)
    lines.push(
      '',
      `${skipped} more change${skipped === 1 ? ' falls' : 's fall'} on lines this pull request did not touch, or past GitHub's limits: the patch in the dbt Blast Radius comment has every change, and \`blast-radius inventory sync --write\` applies it.`,
    );
  return lines.join('\n');
}

function none(reason: string): SuggestionReviewPlan {
  return { action: 'none', reason };
}

/** The message for a review GitHub refused: the summary carries it, the run goes on. */
export function suggestionFailure(error: unknown): string {
  const status = statusOf(error);
  const detail = messageOf(error);
  if (status === 403)
    return `Inventory fix not offered as suggested changes: suggestions need pull-requests: write (403: ${detail}) — pull requests from forks get a read-only token on pull_request. The patch is in the comment.`;
  return `Inventory fix not offered as suggested changes: ${status ? `${status}: ` : ''}${detail}. The patch is in the comment.`;
}

export interface PostSuggestionsArgs {
  readonly github: GitHub;
  readonly owner: string;
  readonly repo: string;
  readonly pullNumber: number;
  readonly head: string;
  /** The pull request's head as read at the start of the run (null when unknown). */
  readonly currentHead: string | null;
  readonly headText: string | null;
  readonly report: DiffReport;
  readonly mode: SuggestionMode;
  /** Login whose reviews are ours (config `comment-author`). */
  readonly author: string;
  readonly log: { info(message: string): void; warning(message: string): void };
  /** Notes for the job summary. */
  readonly notes: string[];
}

/**
 * Posts the inventory fix as one review of suggested changes, once per head and suggestions.
 * Never throws: a refusal (a fork's read-only token: 403) is a note in the summary.
 */
export async function postSuggestions(args: PostSuggestionsArgs): Promise<void> {
  const { github, owner, repo, pullNumber: pull_number, head, report, log } = args;
  const drift = report.drift;
  if (args.mode === 'never' || !drift) return;
  const skip = (reason: string) => log.info(`No suggested changes: ${reason}.`);
  if (args.currentHead !== null && args.currentHead !== head)
    return skip('the pull request moved on since this run started');
  try {
    // Only the inventory's entry matters, but the files API has no filter: page through.
    const files = await github.paginate(github.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number,
      per_page: 100,
    });
    const plan = planSuggestionReview({
      drift,
      inventoryPath: report.inventory.path,
      head,
      headText: args.headText,
      prFiles: files.map((f) => ({
        filename: f.filename,
        ...(f.patch !== undefined && { patch: f.patch }),
      })),
    });
    if (plan.action === 'none') return skip(plan.reason);
    const reviews = await github.paginate(github.rest.pulls.listReviews, {
      owner,
      repo,
      pull_number,
      per_page: 100,
    });
    const existing = reviews.map((r) => ({ body: r.body ?? '', author: r.user?.login ?? '' }));
    if (alreadyPosted(existing, plan.marker, args.author))
      return skip('the same suggestions are already on this head');
    await github.rest.pulls.createReview({
      owner,
      repo,
      pull_number,
      commit_id: head,
      event: 'COMMENT',
      body: plan.body,
      comments: plan.comments.map((c) => ({ ...c })),
    });
    const count = plan.comments.length;
    log.info(`Posted ${count} suggested change${count === 1 ? '' : 's'} to the inventory.`);
  } catch (error) {
    const message = suggestionFailure(error);
    log.warning(message);
    args.notes.push(message);
  }
}

import { changeRuns, diffLines } from './line-diff.js';

/** A file of the pull request, as the GitHub API lists it (`pulls.listFiles`). */
export interface PullRequestFile {
  readonly filename: string;
  /** The file's unified diff; GitHub leaves it out for large or binary diffs. */
  readonly patch?: string;
}

/** One review comment with a suggested change, as `pulls.createReview` takes it (plain data). */
export interface SuggestionComment {
  readonly path: string;
  /** Last line of the replaced range, on the right side (the PR head's file). */
  readonly line: number;
  /** First line, when the range spans several lines. */
  readonly start_line?: number;
  readonly side: 'RIGHT';
  readonly start_side?: 'RIGHT';
  readonly body: string;
}

export interface Suggestions {
  readonly comments: readonly SuggestionComment[];
  /** Changes that could not be offered as suggestions (lines the PR did not touch, limits):
   * the patch covers them. */
  readonly skipped: number;
}

export interface SuggestionInput {
  /** The inventory's path in the repository. */
  readonly path: string;
  /** The inventory at the PR head, and as sync would write it. */
  readonly before: string;
  readonly after: string;
  readonly prFiles: readonly PullRequestFile[];
  /** Also allow lines the PR shows as context around its changes. Default: only added lines. */
  readonly allowContext?: boolean;
  readonly maxComments?: number;
  /** Text above the suggestion; keep it free of untrusted names. */
  readonly note?: string;
}

/** GitHub's limit on a comment body. */
export const MAX_BODY = 65_536;

/**
 * Review-comment suggestions that turn the PR's inventory into the synced one, only where
 * every replaced line is one the PR added (or, with allowContext, shows in its diff): GitHub
 * accepts comments on diff lines only, and a suggestion elsewhere would edit what the PR did not
 * touch. Each change of the sync (a run of replaced lines; a pure insertion takes the line above
 * it along) is one comment; bodies over GitHub's limit and comments past `maxComments` are
 * skipped. The suggested text sits in a fence longer than any backtick run it contains, so no
 * name can close it.
 */
export function suggestionComments(input: SuggestionInput): Suggestions {
  const { path, before, after } = input;
  if (before === after) return { comments: [], skipped: 0 };
  const file = input.prFiles.find((f) => f.filename === path);
  const hunks = changeRuns(diffLines(before, after));
  if (!file?.patch) return { comments: [], skipped: hunks.length };
  const allowed = commentableLines(file.patch, input.allowContext ?? false);
  const oldLines = splitLines(before);
  const max = input.maxComments ?? 50;
  const note = input.note ?? 'Inventory sync: the dependency lists as the code has them.';

  const comments: SuggestionComment[] = [];
  let skipped = 0;
  for (const hunk of hunks) {
    let first = hunk.oldStart;
    let last = hunk.oldStart + hunk.oldLines - 1;
    const replacement = hunk.added.map(stripCr);
    if (hunk.oldLines === 0) {
      // A pure insertion before line `oldStart`: replace the line above with itself + the new.
      if (hunk.oldStart > 1) {
        first = last = hunk.oldStart - 1;
        replacement.unshift(stripCr(oldLines[first - 1] ?? ''));
      } else {
        first = last = 1;
        replacement.push(stripCr(oldLines[0] ?? ''));
      }
    }
    let ok = comments.length < max;
    for (let l = first; ok && l <= last; l++) ok = allowed.has(l);
    const body = ok ? suggestionBody(note, replacement) : '';
    if (!ok || body.length > MAX_BODY) {
      skipped++;
      continue;
    }
    comments.push({
      path,
      line: last,
      ...(first < last ? { start_line: first, start_side: 'RIGHT' as const } : {}),
      side: 'RIGHT',
      body,
    });
  }
  return { comments, skipped };
}

/** A comment body with a ```suggestion block whose fence no content line can close. */
export function suggestionBody(note: string, lines: readonly string[]): string {
  let longest = 0;
  for (const line of lines)
    for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const content = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  return `${note}\n\n${fence}suggestion\n${content}${fence}\n`;
}

/**
 * The right-side line numbers of a GitHub file patch a review comment may sit on: added
 * (`+`) lines, and with `context` also unchanged lines shown around them.
 */
export function commentableLines(patch: string, context: boolean): Set<number> {
  const lines = new Set<number>();
  let right = 0;
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const line = stripCr(raw);
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      right = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = line[0];
    if (mark === '+') lines.add(right++);
    else if (mark === ' ' || line === '') {
      if (context && line !== '') lines.add(right);
      if (line !== '') right++;
    }
    // '-' lines are left side only; '\' marks "No newline at end of file".
  }
  return lines;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

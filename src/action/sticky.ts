/** A comment on the pull request, as far as the sticky logic cares. */
export interface ExistingComment {
  readonly id: number;
  readonly body: string;
  readonly author: string;
  readonly url: string;
}

export type CommentMode = 'auto' | 'always' | 'never';

export interface StickyPlan {
  readonly write:
    | { readonly action: 'create'; readonly body: string }
    | { readonly action: 'update'; readonly id: number; readonly body: string }
    | { readonly action: 'none'; readonly reason: string; readonly id?: number };
  /** Duplicates a race left behind: every comment of ours but the oldest. */
  readonly deletes: readonly number[];
  /** Our comment, when one exists (its URL is the comment-url output). */
  readonly existing: ExistingComment | null;
}

/** Ours: written by `author` with the marker as its first line. Anyone else's is left alone. */
export function isOurs(comment: ExistingComment, marker: string, author: string): boolean {
  // Logins are case-insensitive; a body edited in the browser comes back with CRLF endings.
  const firstLine = comment.body.split('\n', 1)[0]!.replace(/\r$/, '');
  return comment.author.toLowerCase() === author.toLowerCase() && firstLine === marker;
}

/**
 * Bodies that differ only in the footer's run link say the same thing: every run has a new
 * link, and rewriting the comment for it alone would notify for nothing.
 */
export function sameContent(a: string, b: string): boolean {
  const withoutRun = (body: string) =>
    body.replace(/\/actions\/runs\/\d+(\/attempts\/\d+)?/g, '/actions/runs/…');
  return a === b || withoutRun(a.replace(/\r\n/g, '\n')) === withoutRun(b);
}

/**
 * Pure: decides the writes for one sticky comment. Ours is updated in place, never re-posted;
 * an unchanged body is not written; `auto` posts nothing on a PR that never touched models but
 * keeps an existing comment current (it then says the PR no longer changes models).
 */
export function planStickyComment(options: {
  readonly comments: readonly ExistingComment[];
  readonly marker: string;
  readonly author: string;
  readonly body: string;
  readonly mode: CommentMode;
  readonly touchesModels: boolean;
}): StickyPlan {
  const ours = options.comments
    .filter((comment) => isOurs(comment, options.marker, options.author))
    .sort((a, b) => a.id - b.id);
  const existing = ours[0] ?? null;
  const deletes = ours.slice(1).map((comment) => comment.id);
  if (options.mode === 'never') {
    return { write: { action: 'none', reason: 'comment: never' }, deletes: [], existing };
  }
  if (existing) {
    if (sameContent(existing.body, options.body)) {
      return {
        write: { action: 'none', reason: 'the comment is up to date', id: existing.id },
        deletes,
        existing,
      };
    }
    return { write: { action: 'update', id: existing.id, body: options.body }, deletes, existing };
  }
  if (options.mode === 'auto' && !options.touchesModels) {
    return {
      write: { action: 'none', reason: 'this pull request changes no models' },
      deletes,
      existing,
    };
  }
  return { write: { action: 'create', body: options.body }, deletes, existing };
}

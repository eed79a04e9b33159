// The fake's mutable state: tokens, pull requests and issue comments. Tests read and change it
// through the FakeGitHub handle; handlers change it through the API.
import type {
  FakeComment,
  FakeReview,
  FakePullRequestInit,
  FakePullRequestPatch,
  FakeTokenGrant,
  FakeUser,
  SeedCommentInit,
} from './types.js';
import { isoSeconds } from './responses.js';

/** github-actions[bot], the author of everything a workflow's GITHUB_TOKEN writes. */
export const GITHUB_ACTIONS_BOT: FakeUser = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
};
export const WRITE_TOKEN = 'ghs_fakeWriteToken0000000000000000000000';
export const READ_ONLY_TOKEN = 'ghs_fakeReadOnlyToken000000000000000000';

// GitHub's comment ids passed 2^31 long ago; starting above it catches int32 assumptions.
const FIRST_COMMENT_ID = 3_000_000_001;
const FIRST_REVIEW_ID = 2_900_000_001;
const FIRST_REVIEW_COMMENT_ID = 2_800_000_001;

export interface StoredPullRequest extends Required<Omit<FakePullRequestInit, 'author'>> {
  author: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export class FakeState {
  readonly tokens: Map<string, FakeTokenGrant>;
  private readonly pulls = new Map<number, StoredPullRequest>();
  private readonly commentsById = new Map<number, FakeComment>();
  private nextCommentId = FIRST_COMMENT_ID;
  private readonly reviewsById = new Map<number, FakeReview>();
  private nextReviewId = FIRST_REVIEW_ID;
  private nextReviewCommentId = FIRST_REVIEW_COMMENT_ID;

  constructor(
    private readonly fullName: string,
    private readonly now: () => Date,
    tokens: Record<string, FakeTokenGrant> = {},
  ) {
    this.tokens = new Map(
      Object.entries({
        [WRITE_TOKEN]: { user: GITHUB_ACTIONS_BOT, access: 'write' },
        [READ_ONLY_TOKEN]: { user: GITHUB_ACTIONS_BOT, access: 'read' },
        ...tokens,
      }),
    );
  }

  addPullRequest(init: FakePullRequestInit): StoredPullRequest {
    const timestamp = isoSeconds(this.now());
    const pull: StoredPullRequest = {
      headRef: 'feature',
      baseRef: 'main',
      headRepoFullName: this.fullName,
      labels: [],
      state: 'open',
      title: `Pull request #${init.number}`,
      body: null,
      draft: false,
      author: { login: 'octocat', id: 583231, type: 'User' },
      createdAt: timestamp,
      updatedAt: timestamp,
      ...init,
    };
    this.pulls.set(init.number, pull);
    return pull;
  }

  pullRequest(number: number): StoredPullRequest | undefined {
    return this.pulls.get(number);
  }

  /** E.g. a newer push: `updatePullRequest(1, { headSha })`. */
  updatePullRequest(number: number, patch: FakePullRequestPatch): StoredPullRequest {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`fake GitHub has no pull request #${number}`);
    Object.assign(pull, patch, { updatedAt: isoSeconds(this.now()) });
    return pull;
  }

  /** Comments live on issues; a pull request is an issue with the same number. */
  hasIssue(number: number): boolean {
    return this.pulls.has(number);
  }

  /** Comments of one issue (or of all), ordered by id, as copies. */
  comments(issueNumber?: number): FakeComment[] {
    return [...this.commentsById.values()]
      .filter((c) => issueNumber === undefined || c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id)
      .map((c) => ({ ...c, user: { ...c.user } }));
  }

  comment(id: number): FakeComment | undefined {
    return this.commentsById.get(id);
  }

  addComment({ issueNumber, body, user = GITHUB_ACTIONS_BOT }: SeedCommentInit): FakeComment {
    const timestamp = isoSeconds(this.now());
    const comment: FakeComment = {
      id: this.nextCommentId++,
      issueNumber,
      body,
      user,
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    this.commentsById.set(comment.id, comment);
    return comment;
  }

  updateComment(id: number, body: string): FakeComment | undefined {
    const comment = this.commentsById.get(id);
    if (comment) Object.assign(comment, { body, updatedAt: isoSeconds(this.now()) });
    return comment;
  }

  deleteComment(id: number): boolean {
    return this.commentsById.delete(id);
  }

  /** Reviews of one pull request (or of all), ordered by id, as copies. */
  reviews(pullNumber?: number): FakeReview[] {
    return [...this.reviewsById.values()]
      .filter((r) => pullNumber === undefined || r.pullNumber === pullNumber)
      .sort((a, b) => a.id - b.id)
      .map((r) => ({ ...r, user: { ...r.user }, comments: r.comments.map((c) => ({ ...c })) }));
  }

  addReview(
    init: Omit<FakeReview, 'id' | 'submittedAt' | 'comments'> & {
      comments: Omit<FakeReview['comments'][number], 'id'>[];
    },
  ): FakeReview {
    const review: FakeReview = {
      ...init,
      id: this.nextReviewId++,
      submittedAt: isoSeconds(this.now()),
      comments: init.comments.map((c) => ({ ...c, id: this.nextReviewCommentId++ })),
    };
    this.reviewsById.set(review.id, review);
    return review;
  }
}

// Public types of the fake GitHub API (re-exported by ../fake-github.ts).

export interface FakeUser {
  login: string;
  /** Numeric id; derived from the login when omitted. */
  id?: number;
  type: 'User' | 'Bot';
}

/** What a token may do: `read` is a fork PR's GITHUB_TOKEN (writes get 403). */
export interface FakeTokenGrant {
  user: FakeUser;
  access: 'read' | 'write';
}

export interface FakePullRequestInit {
  number: number;
  headSha: string;
  baseSha: string;
  headRef?: string;
  baseRef?: string;
  /** `owner/repo` of the head repository; another name makes it a fork PR; null = deleted fork. */
  headRepoFullName?: string | null;
  labels?: string[];
  state?: 'open' | 'closed';
  title?: string;
  body?: string | null;
  author?: FakeUser;
  draft?: boolean;
}

export type FakePullRequestPatch = Partial<Omit<FakePullRequestInit, 'number'>>;

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

/** One comment of a pull request review (a line comment on the diff). */
export interface FakeReviewComment {
  id: number;
  path: string;
  line: number;
  side: 'LEFT' | 'RIGHT';
  startLine: number | null;
  startSide: 'LEFT' | 'RIGHT' | null;
  body: string;
}

/** A submitted pull request review (`pulls.createReview` with an event). */
export interface FakeReview {
  id: number;
  pullNumber: number;
  body: string;
  state: 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'PENDING';
  commitId: string;
  user: FakeUser;
  submittedAt: string;
  comments: FakeReviewComment[];
}

export interface SeedCommentInit {
  issueNumber: number;
  body: string;
  /** Defaults to the default bot, github-actions[bot]. */
  user?: FakeUser;
}

export interface RecordedRequest {
  method: string;
  /** Path as received (still percent-encoded), without the API prefix and without the query. */
  path: string;
  query: Record<string, string>;
  /** OpenAPI operationId the request matched, or null. */
  operationId: string | null;
  headers: {
    accept?: string;
    contentType?: string;
    userAgent?: string;
    apiVersion?: string;
    hasAuthorization: boolean;
  };
  /** Login the token belongs to, null when unauthenticated or unknown. */
  actor: string | null;
  /** Parsed JSON body, the raw text when it is not JSON, undefined when empty. */
  body: unknown;
  /** Status the fake answered with. */
  status: number;
}

export interface OpenApiViolation {
  method: string;
  path: string;
  operationId: string | null;
  messages: string[];
}

export interface RequestMatcher {
  /** HTTP method, any case; any method when omitted. */
  method?: string;
  /**
   * A RegExp tested against the request path (without the API prefix), or a string equal to
   * either that path or the OpenAPI template (e.g. '/repos/{owner}/{repo}/pulls/{pull_number}').
   * Any path when omitted.
   */
  pathPattern?: string | RegExp;
}

export interface FailureInjection extends RequestMatcher {
  status: number;
  /** How many matching requests fail; 1 by default. */
  times?: number;
  /** JSON body (object) or text; a GitHub-like `{ message }` by default. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface SecondaryRateLimitInjection extends RequestMatcher {
  times?: number;
  /** Value of the retry-after header; 1 by default so tests stay fast. */
  retryAfterSeconds?: number;
  status?: 403 | 429;
}

export interface PrimaryRateLimitInjection extends RequestMatcher {
  times?: number;
  /** x-ratelimit-reset is now + this; 1 by default. */
  resetInSeconds?: number;
  status?: 403 | 429;
}

export interface StartFakeGitHubOptions {
  /** A real git repository; contents, compare, commits and PR files are read from it. */
  repoDir: string;
  owner: string;
  repo: string;
  /** Numeric repository id, used in `/repositories/{id}/…` pagination links like GitHub's. */
  repoId?: number;
  /** Extra tokens, merged over the defaults (WRITE_TOKEN and READ_ONLY_TOKEN, both the bot). */
  tokens?: Record<string, FakeTokenGrant>;
  pullRequests?: FakePullRequestInit[];
  /** Mount point, e.g. '/api/v3' for GitHub Enterprise Server; '' (api.github.com) by default. */
  pathPrefix?: string;
  /** Default branch for contents without `ref`; the repository's HEAD branch by default. */
  defaultBranch?: string;
  /** Web URL used in html_url fields; https://github.com by default. */
  htmlBaseUrl?: string;
  /** OpenAPI subset to validate against; the committed one by default. */
  openApiFile?: string;
  /** Detect copies in diffs (git -C), so `copied` statuses can appear. Off by default. */
  detectCopies?: boolean;
  /** Entries of a recursive tree listing before it is `truncated`; 100,000 like GitHub. */
  maxTreeEntries?: number;
  /** Clock for created_at/updated_at and rate-limit resets. */
  now?: () => Date;
}

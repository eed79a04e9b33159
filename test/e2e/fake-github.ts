// A stateful fake of the GitHub REST API on 127.0.0.1, for end-to-end tests of the action.
// It serves a real git repository, keeps pull requests and issue comments, enforces GitHub's
// limits and permission answers, lets tests inject failures and rate limits, and checks every
// request against GitHub's OpenAPI description (test/e2e/openapi/github-subset.json).
//
//   const gh = await startFakeGitHub({ repoDir, owner: 'acme', repo: 'dbt', pullRequests: [...] });
//   ... run the action with GITHUB_API_URL=gh.url, GITHUB_TOKEN=WRITE_TOKEN ...
//   expect(gh.violations).toEqual([]);
//   await gh.close();
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultQueue, RATE_LIMIT } from './fake-github/faults.js';
import { GitRepository } from './fake-github/git-repository.js';
import { DOCUMENTATION_URLS, HANDLERS } from './fake-github/handlers.js';
import { OpenApiValidator } from './fake-github/openapi-validator.js';
import type { Site } from './fake-github/representations.js';
import {
  error,
  JSON_CONTENT_TYPE,
  newRequestId,
  notFound,
  type FakeResponse,
} from './fake-github/responses.js';
import { FakeState } from './fake-github/state.js';
import type {
  FailureInjection,
  FakeComment,
  FakePullRequestInit,
  FakeReview,
  FakePullRequestPatch,
  FakeTokenGrant,
  OpenApiViolation,
  PrimaryRateLimitInjection,
  RecordedRequest,
  SecondaryRateLimitInjection,
  SeedCommentInit,
  StartFakeGitHubOptions,
} from './fake-github/types.js';

export type * from './fake-github/types.js';
export { GITHUB_ACTIONS_BOT, READ_ONLY_TOKEN, WRITE_TOKEN } from './fake-github/state.js';
export { MAX_COMMENT_LENGTH, MAX_INLINE_CONTENT_BYTES } from './fake-github/handlers.js';

export interface FakeGitHub {
  /** API root to use as GITHUB_API_URL, e.g. http://127.0.0.1:41234 or …/api/v3. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Requests that broke the OpenAPI description (answered 400/404) or crashed the fake. */
  readonly violations: OpenApiViolation[];
  /** Injected faults not yet consumed. */
  readonly pendingFaults: number;
  comments(issueNumber?: number): FakeComment[];
  /** Reviews of a pull request (or of all), with their line comments. */
  reviews(pullNumber?: number): FakeReview[];
  seedComment(init: SeedCommentInit): FakeComment;
  addPullRequest(init: FakePullRequestInit): void;
  updatePullRequest(number: number, patch: FakePullRequestPatch): void;
  failNext(injection: FailureInjection): void;
  secondaryRateLimitNext(injection?: SecondaryRateLimitInjection): void;
  primaryRateLimitNext(injection?: PrimaryRateLimitInjection): void;
  close(): Promise<void>;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Media types the fake does not render; asking for them is reported rather than ignored.
const UNSUPPORTED_MEDIA = /application\/vnd\.github(\.v3)?\.(diff|patch|html|text|full)\b/i;

export async function startFakeGitHub(options: StartFakeGitHubOptions): Promise<FakeGitHub> {
  const now = options.now ?? (() => new Date());
  const git = new GitRepository(options.repoDir, options.detectCopies);
  const validator = OpenApiValidator.fromFile(options.openApiFile);
  const state = new FakeState(`${options.owner}/${options.repo}`, now, options.tokens);
  for (const pull of options.pullRequests ?? []) state.addPullRequest(pull);
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  const violations: OpenApiViolation[] = [];
  const prefix = normalizePrefix(options.pathPrefix ?? '');
  const site: Site = {
    apiUrl: '', // known once listening
    htmlUrl: options.htmlBaseUrl ?? 'https://github.com',
    owner: options.owner,
    repo: options.repo,
    repoId: options.repoId ?? 123_456_789,
    defaultBranch: options.defaultBranch ?? (await git.headBranch()),
    maxTreeEntries: options.maxTreeEntries ?? 100_000,
  };
  const rateLimit = { used: 0, reset: Math.floor(now().getTime() / 1000) + 3600 };
  const recordViolation = (record: RecordedRequest, messages: string[]) =>
    violations.push({
      method: record.method,
      path: record.path,
      operationId: record.operationId,
      messages,
    });

  async function answer(
    request: IncomingMessage,
    record: RecordedRequest,
    requestId: string,
  ): Promise<FakeResponse> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const rawBody = (await readBody(request)).toString('utf8');
    const violation = (messages: string[]) => recordViolation(record, messages);

    if (!url.pathname.startsWith(`${prefix}/`)) {
      violation([`${url.pathname} is outside the API prefix ${prefix}`]);
      return notFound();
    }
    const apiPath = url.pathname.slice(prefix.length);
    record.path = apiPath;
    const outcome = validator.validate({
      method: record.method,
      rawPath: canonicalPath(apiPath, site),
      query: url.searchParams,
      contentType: request.headers['content-type'],
      rawBody,
    });
    record.operationId = outcome.route?.operationId ?? null;
    record.body = outcome.body;
    if (outcome.problems.length > 0) {
      violation(outcome.problems);
      if (!outcome.route) return notFound();
      return error(
        400,
        `fake-github: request breaks GitHub's OpenAPI description: ${outcome.problems.join('; ')}`,
      );
    }
    const operationId = outcome.route?.operationId ?? '';
    const docs = DOCUMENTATION_URLS[operationId];

    const grant = authenticate(request.headers.authorization, state.tokens);
    if (grant === 'missing') return error(401, 'Requires authentication', docs);
    if (grant === 'invalid') return error(401, 'Bad credentials', docs);
    record.actor = grant.user.login;
    rateLimit.used += 1;

    const accept = request.headers.accept ?? '';
    if (UNSUPPORTED_MEDIA.test(accept)) {
      violation([`fake-github does not implement the media type in Accept: ${accept}`]);
      return error(415, `fake-github does not implement Accept: ${accept}`, docs);
    }
    const template = outcome.route?.template;
    const fault = faults.take({
      method: record.method,
      path: apiPath,
      template,
      requestId,
      now: now(),
    });
    if (fault) return fault;

    if (WRITE_METHODS.has(record.method) && grant.access !== 'write') {
      return error(403, 'Resource not accessible by integration', docs, {
        'x-accepted-github-permissions': 'issues=write; pull_requests=write',
      });
    }
    const { owner = '', repo = '' } = outcome.pathParams;
    if (`${owner}/${repo}`.toLowerCase() !== `${site.owner}/${site.repo}`.toLowerCase()) {
      return notFound(docs);
    }
    const handler = HANDLERS[operationId];
    if (!handler) throw new Error(`no handler for ${operationId}`);
    return handler({
      site,
      state,
      git,
      pathParams: outcome.pathParams,
      query: url.searchParams,
      body: outcome.body,
      accept,
      grant,
    });
  }

  const server = createServer((request, response) => {
    const record = newRecord(request);
    requests.push(record);
    const requestId = newRequestId();
    answer(request, record, requestId)
      .catch((cause: unknown) => {
        const message = `fake-github internal error: ${cause instanceof Error ? cause.message : String(cause)}`;
        recordViolation(record, [message]);
        return error(500, message);
      })
      .then((answered) => {
        record.status = answered.status;
        const headers = {
          ...standardHeaders(requestId, rateLimit),
          ...answered.headers,
        };
        send(response, answered, headers);
      })
      .catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  site.apiUrl = `http://127.0.0.1:${port}${prefix}`;

  return {
    url: site.apiUrl,
    requests,
    violations,
    get pendingFaults() {
      return faults.pending;
    },
    comments: (issueNumber) => state.comments(issueNumber),
    reviews: (pullNumber) => state.reviews(pullNumber),
    seedComment: (init) => state.addComment(init),
    addPullRequest: (init) => void state.addPullRequest(init),
    updatePullRequest: (number, patch) => void state.updatePullRequest(number, patch),
    failNext: (injection) => faults.failNext(injection),
    secondaryRateLimitNext: (injection) => faults.secondaryRateLimitNext(injection),
    primaryRateLimitNext: (injection) => faults.primaryRateLimitNext(injection),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((cause) => (cause ? reject(cause) : resolve()));
        // Keep-alive connections (undici's pool) would hold close() open.
        server.closeAllConnections();
      }),
  };
}

function normalizePrefix(prefix: string): string {
  const trimmed = prefix.replace(/\/+$/, '');
  return trimmed === '' || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** GitHub's pagination links use /repositories/{id}/…: serve them as /repos/{owner}/{repo}/…. */
function canonicalPath(apiPath: string, site: Site): string {
  const match = /^\/repositories\/(\d+)(\/.*)?$/.exec(apiPath);
  if (!match || Number(match[1]) !== site.repoId) return apiPath;
  return `/repos/${site.owner}/${site.repo}${match[2] ?? ''}`;
}

function authenticate(
  header: string | undefined,
  tokens: Map<string, FakeTokenGrant>,
): FakeTokenGrant | 'missing' | 'invalid' {
  if (!header) return 'missing';
  const token = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())?.[1];
  return (token && tokens.get(token)) || 'invalid';
}

function newRecord(request: IncomingMessage): RecordedRequest {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  const headers: RecordedRequest['headers'] = {
    hasAuthorization: Boolean(request.headers.authorization),
  };
  const accept = header('accept');
  const contentType = header('content-type');
  const userAgent = header('user-agent');
  const apiVersion = header('x-github-api-version');
  if (accept !== undefined) headers.accept = accept;
  if (contentType !== undefined) headers.contentType = contentType;
  if (userAgent !== undefined) headers.userAgent = userAgent;
  if (apiVersion !== undefined) headers.apiVersion = apiVersion;
  return {
    method: (request.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    operationId: null,
    headers,
    actor: null,
    body: undefined,
    status: 0,
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function standardHeaders(requestId: string, rateLimit: { used: number; reset: number }) {
  return {
    'content-type': JSON_CONTENT_TYPE,
    'x-github-request-id': requestId,
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': String(RATE_LIMIT),
    'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - rateLimit.used)),
    'x-ratelimit-reset': String(rateLimit.reset),
    'x-ratelimit-used': String(rateLimit.used),
    'x-ratelimit-resource': 'core',
  };
}

function send(
  response: ServerResponse,
  answered: FakeResponse,
  headers: Record<string, string>,
): void {
  const body = answered.body;
  if (answered.status === 204 || body === undefined) {
    delete headers['content-type'];
    response.writeHead(answered.status, headers).end();
    return;
  }
  let payload: Buffer;
  if (Buffer.isBuffer(body)) {
    payload = body;
  } else if (typeof body === 'string') {
    payload = Buffer.from(body, 'utf8');
    if (headers['content-type'] === JSON_CONTENT_TYPE)
      headers['content-type'] = 'text/html; charset=utf-8';
  } else {
    payload = Buffer.from(JSON.stringify(body), 'utf8');
  }
  headers['content-length'] = String(payload.length);
  response.writeHead(answered.status, headers).end(payload);
}

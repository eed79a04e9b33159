// Fault injection: tests queue failures that the next matching requests receive instead of the
// normal answer: plain statuses (e.g. 502) and GitHub's two kinds of rate limit, shaped the way
// @octokit/plugin-throttling recognises them (secondary: 403/429 whose message says "secondary
// rate"; primary: 403/429 with x-ratelimit-remaining: 0).
import { defaultFaultBody, errorBody, type FakeResponse } from './responses.js';
import type {
  FailureInjection,
  PrimaryRateLimitInjection,
  RequestMatcher,
  SecondaryRateLimitInjection,
} from './types.js';

export interface RequestForMatching {
  method: string;
  path: string;
  template: string | undefined;
  requestId: string;
  now: Date;
}

interface QueuedFault {
  matcher: RequestMatcher;
  remaining: number;
  respond(request: RequestForMatching): FakeResponse;
}

const SECONDARY_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';
const PRIMARY_DOCS =
  'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits';
export const RATE_LIMIT = 5000;

export class FaultQueue {
  private readonly faults: QueuedFault[] = [];

  failNext(injection: FailureInjection): void {
    const { status, body, headers = {} } = injection;
    this.push(injection, () => ({
      status,
      headers,
      body: body === undefined ? defaultFaultBody(status) : body,
    }));
  }

  secondaryRateLimitNext(injection: SecondaryRateLimitInjection = {}): void {
    const { status = 403, retryAfterSeconds = 1 } = injection;
    this.push(injection, ({ requestId }) => ({
      status,
      headers: { 'retry-after': String(retryAfterSeconds) },
      body: errorBody(
        status,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try ' +
          `again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        SECONDARY_DOCS,
      ),
    }));
  }

  primaryRateLimitNext(injection: PrimaryRateLimitInjection = {}): void {
    const { status = 403, resetInSeconds = 1 } = injection;
    this.push(injection, ({ requestId, now }) => ({
      status,
      headers: {
        'x-ratelimit-limit': String(RATE_LIMIT),
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': String(RATE_LIMIT),
        'x-ratelimit-reset': String(Math.ceil(now.getTime() / 1000) + resetInSeconds),
      },
      body: errorBody(
        status,
        `API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for ` +
          `help, please include the request ID ${requestId}.`,
        PRIMARY_DOCS,
      ),
    }));
  }

  /** The fault for this request, if one is queued for it (and uses it up). */
  take(request: RequestForMatching): FakeResponse | undefined {
    const index = this.faults.findIndex((fault) => matches(fault.matcher, request));
    const fault = this.faults[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault.respond(request);
  }

  get pending(): number {
    return this.faults.reduce((sum, fault) => sum + fault.remaining, 0);
  }

  private push(
    injection: RequestMatcher & { times?: number },
    respond: QueuedFault['respond'],
  ): void {
    const { method, pathPattern } = injection;
    this.faults.push({
      matcher: { method, pathPattern },
      remaining: injection.times ?? 1,
      respond,
    });
  }
}

function matches(matcher: RequestMatcher, request: RequestForMatching): boolean {
  if (matcher.method && matcher.method.toUpperCase() !== request.method) return false;
  const pattern = matcher.pathPattern;
  if (pattern === undefined) return true;
  if (pattern instanceof RegExp) return pattern.test(request.path);
  return pattern === request.path || pattern === request.template;
}

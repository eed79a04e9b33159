import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHub = ReturnType<typeof getOctokit>;

export interface ClientLog {
  readonly warning: (message: string) => void;
}

/**
 * Octokit with retries (5xx and network errors, with backoff; 4xx are answers, not retried) and
 * throttling (primary and secondary rate limits wait for GitHub's retry-after, twice at most).
 * The base URL comes from GITHUB_API_URL, so GitHub Enterprise Server works.
 */
export function createGitHub(token: string, log: ClientLog, apiUrl?: string): GitHub {
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      log.warning(
        `GitHub ${kind} on ${options.method} ${options.url}: retrying in ${retryAfter} s`,
      );
      return retryCount < 2;
    };
  return getOctokit(
    token,
    {
      ...(apiUrl && { baseUrl: apiUrl }),
      userAgent: 'dbt-blast-radius',
      retry: { retries: 3 },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
}

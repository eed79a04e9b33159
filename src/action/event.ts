import type { Invocation } from './inputs.js';

export class UnsupportedEventError extends Error {}

export type Trigger =
  'pull_request' | 'pull_request_target' | 'merge_group' | 'push' | 'workflow_dispatch';

export interface PullRequestInfo {
  readonly number: number;
  readonly headRepo: string | null;
  readonly baseRepo: string | null;
  readonly labels: readonly string[];
  /** `changed_files` of the payload: over 3,000 the files API is incomplete. */
  readonly changedFiles: number | null;
  /** The label added, when the event is a `labeled` one: an acknowledgement of this head. */
  readonly labeled?: string;
}

/** What this run does, decided from the event alone. */
export type Plan =
  | {
      readonly kind: 'diff';
      readonly trigger: Trigger;
      /** Refs or SHAs as the event gives them; resolved by the repository adapter. */
      readonly base: string;
      readonly head: string;
      /** Pull requests diff from the merge base, as GitHub's "Files changed" does. */
      readonly fromMergeBase: boolean;
      readonly pullRequest: PullRequestInfo | null;
      /** A merge queue entry's pull request: its acknowledge label still counts. */
      readonly queuedPullRequest?: number;
    }
  | {
      readonly kind: 'audit';
      readonly trigger: Trigger;
      readonly head: string;
      readonly reason: string;
      /** Where the config is read: a pull request's base, so the PR cannot relax its audit. */
      readonly configAt?: string;
    };

const ZERO_SHA = /^0+$/;

interface Payload {
  action?: string;
  label?: { name?: string };
  pull_request?: {
    number?: number;
    base?: { sha?: string; repo?: { full_name?: string } | null };
    head?: { sha?: string; repo?: { full_name?: string } | null };
    labels?: { name?: string }[];
    changed_files?: number;
  };
  merge_group?: { base_sha?: string; head_sha?: string; head_ref?: string };
  before?: string;
  after?: string;
}

/** Pure: the event name, its payload, the inputs and the run's SHA → the plan. */
export function planRun(
  eventName: string,
  payload: Payload,
  invocation: Invocation,
  runSha: string,
): Plan {
  const trigger = eventName as Trigger;
  const override = (base: string, head: string) => ({
    base: invocation['base-ref'] ?? base,
    head: invocation['head-ref'] ?? head,
  });
  const audit = (head: string, reason: string, configAt?: string): Plan => ({
    kind: 'audit',
    trigger,
    head,
    reason,
    ...(configAt !== undefined && { configAt }),
  });

  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = payload.pull_request;
      const base = required(pr?.base?.sha, 'pull_request.base.sha', eventName);
      const head = required(pr?.head?.sha, 'pull_request.head.sha', eventName);
      const refs = override(base, head);
      if (invocation.mode === 'audit') return audit(refs.head, 'mode: audit', refs.base);
      return {
        kind: 'diff',
        trigger,
        ...refs,
        fromMergeBase: invocation['base-ref'] === undefined,
        pullRequest: {
          number: required(pr?.number, 'pull_request.number', eventName),
          headRepo: pr?.head?.repo?.full_name ?? null,
          baseRepo: pr?.base?.repo?.full_name ?? null,
          labels: (pr?.labels ?? []).map((label) => label.name ?? '').filter(Boolean),
          changedFiles: typeof pr?.changed_files === 'number' ? pr.changed_files : null,
          ...(payload.action === 'labeled' &&
            typeof payload.label?.name === 'string' && { labeled: payload.label.name }),
        },
      };
    }
    case 'merge_group': {
      const group = payload.merge_group;
      const refs = override(
        required(group?.base_sha, 'merge_group.base_sha', eventName),
        required(group?.head_sha, 'merge_group.head_sha', eventName),
      );
      if (invocation.mode === 'audit') return audit(refs.head, 'mode: audit', refs.base);
      // GitHub names a queue entry's branch gh-readonly-queue/<base>/pr-<number>-<sha>.
      const queued = /\/pr-(\d+)-[0-9a-f]+$/i.exec(group?.head_ref ?? '')?.[1];
      return {
        kind: 'diff',
        trigger,
        ...refs,
        fromMergeBase: false,
        pullRequest: null,
        ...(queued !== undefined && { queuedPullRequest: Number(queued) }),
      };
    }
    case 'push': {
      const after = required(payload.after, 'after', eventName);
      if (invocation.mode === 'audit') return audit(invocation['head-ref'] ?? after, 'mode: audit');
      if (invocation['base-ref'] !== undefined) {
        return {
          kind: 'diff',
          trigger,
          ...override('', after),
          fromMergeBase: false,
          pullRequest: null,
        };
      }
      const before = required(payload.before, 'before', eventName);
      if (ZERO_SHA.test(before)) {
        if (invocation.mode === 'diff') {
          throw new UnsupportedEventError(
            'mode "diff" on the push of a new branch needs the "base-ref" input: the push has no previous commit',
          );
        }
        return audit(
          invocation['head-ref'] ?? after,
          'a new branch has no previous commit to compare with',
        );
      }
      return {
        kind: 'diff',
        trigger,
        ...override(before, after),
        fromMergeBase: false,
        pullRequest: null,
      };
    }
    case 'workflow_dispatch': {
      const head = invocation['head-ref'] ?? runSha;
      const base = invocation['base-ref'];
      if (invocation.mode === 'diff' && base === undefined) {
        throw new UnsupportedEventError(
          'mode "diff" on workflow_dispatch needs the "base-ref" input (the commit to compare with)',
        );
      }
      if (base === undefined || invocation.mode === 'audit')
        return audit(head, 'workflow_dispatch');
      return { kind: 'diff', trigger, base, head, fromMergeBase: false, pullRequest: null };
    }
    default:
      throw new UnsupportedEventError(
        `the "${eventName}" event is not supported: run dbt Blast Radius on pull_request, pull_request_target, merge_group, push or workflow_dispatch`,
      );
  }
}

function required<T>(value: T | undefined | null, field: string, eventName: string): T {
  if (value === undefined || value === null || value === '') {
    throw new UnsupportedEventError(`the ${eventName} event payload has no ${field}`);
  }
  return value;
}

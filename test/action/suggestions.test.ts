import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import {
  alreadyPosted,
  planSuggestionReview,
  postSuggestions,
  reviewMarker,
  suggestionFailure,
  SUGGESTION_NOTE,
  type SuggestionReviewInput,
} from '../../src/action/suggestions.js';
import type { GitHub } from '../../src/action/github.js';
import type { DiffReport } from '../../src/report/types.js';
import { driftFix, type DriftFix } from '../../src/sync/fix.js';
import { unifiedPatch } from '../../src/sync/patch.js';
import type { CodeLineageView } from '../../src/sync/types.js';

const PATH = 'warehouse/inventory.json';
const HEAD = 'a'.repeat(40);
const BOT = 'github-actions[bot]';

const entry = (name: string, layer: string, up: string[], down: string[], last = false) =>
  [
    '    {',
    `      "name": "${name}",`,
    `      "path": "models/${layer}/${name}.sql",`,
    `      "layer": "${layer}",`,
    `      "upstream_dependencies": ${JSON.stringify(up)},`,
    `      "downstream_consumers": ${JSON.stringify(down)}`,
    last ? '    }' : '    },',
  ].join('\n');
const inventory = (...entries: string[]) => `{\n  "models": [\n${entries.join('\n')}\n  ]\n}\n`;

// The base lists one staging model; the pull request adds two marts whose SQL reads it, but
// types their dependency lists empty: the drift it introduces.
const BASE = inventory(entry('stg_orders', 'staging', [], [], true));
const HEAD_TEXT = inventory(
  entry('stg_orders', 'staging', [], []),
  entry('fct_orders', 'marts', [], []),
  entry('fct_revenue', 'marts', [], [], true),
);
const CODE: CodeLineageView = {
  models: [
    { name: 'stg_orders', path: 'models/staging/stg_orders.sql', upstream: [] },
    { name: 'fct_orders', path: 'models/marts/fct_orders.sql', upstream: ['stg_orders'] },
    { name: 'fct_revenue', path: 'models/marts/fct_revenue.sql', upstream: ['stg_orders'] },
  ],
};
const DRIFT = driftFix(
  PATH,
  HEAD_TEXT,
  CODE,
  new Set(['stg_orders', 'fct_orders', 'fct_revenue']),
)!;

/** A file's `patch` as the pull request files API gives it: the hunks, without headers. */
const filePatch = (before: string, after: string) =>
  unifiedPatch(PATH, before, after)
    .split('\n')
    .filter((line) => !/^(diff --git|--- |\+\+\+ )/.test(line))
    .join('\n');
const PR_FILES = [
  { filename: 'models/marts/fct_orders.sql', patch: '@@ -0,0 +1 @@\n+select 1' },
  { filename: PATH, patch: filePatch(BASE, HEAD_TEXT) },
];

const input = (extra: Partial<SuggestionReviewInput> = {}): SuggestionReviewInput => ({
  drift: DRIFT,
  inventoryPath: PATH,
  head: HEAD,
  headText: HEAD_TEXT,
  prFiles: PR_FILES,
  ...extra,
});

/** The head's text with each suggestion applied (replacing start_line..line). */
function applySuggestions(
  text: string,
  comments: readonly { line: number; start_line?: number; body: string }[],
) {
  const lines = text.split('\n');
  for (const c of [...comments].sort((a, b) => b.line - a.line)) {
    const block = /```suggestion\n([\s\S]*?)```\n$/.exec(c.body)![1]!;
    const first = c.start_line ?? c.line;
    lines.splice(first - 1, c.line - first + 1, ...block.replace(/\n$/, '').split('\n'));
  }
  return lines.join('\n');
}

const lineOf = (text: string, needle: string, after = 0) =>
  text.split('\n').findIndex((line, i) => i >= after && line.includes(needle)) + 1;

describe('planSuggestionReview', () => {
  it('offers the fix on the lines the pull request added, and counts the rest as skipped', () => {
    expect(DRIFT.models).toEqual(['fct_orders', 'fct_revenue', 'stg_orders']);
    const plan = planSuggestionReview(input());
    if (plan.action !== 'post') throw new Error(plan.reason);
    // fct_orders' and fct_revenue's lists are the PR's lines; stg_orders' consumers are not.
    expect(plan.comments).toHaveLength(2);
    expect(plan.skipped).toBe(1);
    const fct = lineOf(HEAD_TEXT, '"name": "fct_orders"');
    const revenue = lineOf(HEAD_TEXT, '"name": "fct_revenue"');
    expect(plan.comments.map((c) => c.line)).toEqual([
      lineOf(HEAD_TEXT, '"upstream_dependencies"', fct),
      lineOf(HEAD_TEXT, '"upstream_dependencies"', revenue),
    ]);
    for (const c of plan.comments) {
      expect(c).toMatchObject({ path: PATH, side: 'RIGHT' });
      expect(c.body.startsWith(`${SUGGESTION_NOTE}\n\n\`\`\`suggestion\n`)).toBe(true);
      expect(c.body).toContain('"upstream_dependencies": [');
      expect(c.body).toContain('"stg_orders"');
    }
    // Applied, the suggestions are the fix of the marts' entries (not stg_orders': its line is
    // not the PR's), and every other byte stays.
    const marts = driftFix(PATH, HEAD_TEXT, CODE, new Set(['fct_orders', 'fct_revenue']))!;
    expect(applySuggestions(HEAD_TEXT, plan.comments)).toBe(applyPatch(HEAD_TEXT, marts.patch));
    expect(plan.body.split('\n')[0]).toBe(plan.marker);
    expect(plan.body).toContain('The 2 suggested changes below');
    expect(plan.body).toContain('1 more change falls on lines this pull request did not touch');
  });

  it('says nothing of the pull request in the review body: no model names', () => {
    const plan = planSuggestionReview(input());
    if (plan.action !== 'post') throw new Error(plan.reason);
    for (const name of ['fct_orders', 'fct_revenue', 'stg_orders', PATH])
      expect(plan.body).not.toContain(name);
  });

  it('posts nothing without drift, for a cut patch, or when the inventory is not in the diff', () => {
    const reason = (extra: Partial<SuggestionReviewInput>) => {
      const plan = planSuggestionReview(input(extra));
      return plan.action === 'none' ? plan.reason : 'post';
    };
    expect(reason({ drift: undefined })).toMatch(/no inventory drift/);
    const cut: DriftFix = { ...DRIFT, patch: '', truncated: true };
    expect(reason({ drift: cut })).toMatch(/too large/);
    expect(reason({ headText: null })).toMatch(/does not exist/);
    expect(reason({ prFiles: [PR_FILES[0]!] })).toMatch(/does not change the inventory/);
    expect(reason({ prFiles: [{ filename: PATH }] })).toMatch(/no diff/);
    // The patch is of another text (e.g. the head moved): it does not apply.
    expect(reason({ headText: HEAD_TEXT.replace('fct_orders', 'fct_orders_v2') })).toMatch(
      /does not apply/,
    );
  });

  it('posts nothing when every change falls on lines the pull request did not touch', () => {
    // The PR only renamed the layer of stg_orders; its drift is on an untouched line.
    const head = HEAD_TEXT.replace('"layer": "staging"', '"layer": "stage"');
    const drift = driftFix(PATH, head, CODE, new Set(['stg_orders']))!;
    const plan = planSuggestionReview(
      input({
        drift,
        headText: head,
        prFiles: [{ filename: PATH, patch: filePatch(HEAD_TEXT, head) }],
      }),
    );
    expect(plan).toEqual({
      action: 'none',
      reason: 'no change of the fix falls on lines the pull request touched',
    });
  });

  it('caps the number of comments and their total size, counting the rest as skipped', () => {
    const one = planSuggestionReview(input({ maxComments: 1 }));
    if (one.action !== 'post') throw new Error(one.reason);
    expect(one.comments).toHaveLength(1);
    expect(one.skipped).toBe(2);
    expect(one.body).toContain('The suggested change below brings');

    const all = planSuggestionReview(input());
    if (all.action !== 'post') throw new Error(all.reason);
    const first = all.comments[0]!.body.length;
    const small = planSuggestionReview(input({ maxChars: first + 1 }));
    if (small.action !== 'post') throw new Error(small.reason);
    expect(small.comments).toEqual([all.comments[0]]);
    expect(small.skipped).toBe(2);
    expect(planSuggestionReview(input({ maxChars: first - 1 })).action).toBe('none');
  });
});

describe('reviewMarker and alreadyPosted', () => {
  const plan = planSuggestionReview(input());
  if (plan.action !== 'post') throw new Error(plan.reason);

  it('is the same for the same head and suggestions, else different', () => {
    expect(reviewMarker(HEAD, PATH, plan.comments)).toBe(plan.marker);
    expect(plan.marker).toMatch(
      /^<!-- dbt-blast-radius:suggestions head=a{40} digest=[0-9a-f]{16} -->$/,
    );
    expect(reviewMarker('b'.repeat(40), PATH, plan.comments)).not.toBe(plan.marker);
    expect(reviewMarker(HEAD, 'other.json', plan.comments)).not.toBe(plan.marker);
    expect(reviewMarker(HEAD, PATH, plan.comments.slice(1))).not.toBe(plan.marker);
  });

  it('carries only hex: no ref or path can close the HTML comment', () => {
    const marker = reviewMarker('main --> <b>x</b>', 'a-->b.json', plan.comments);
    expect(marker).toMatch(
      /^<!-- dbt-blast-radius:suggestions head=[0-9a-f]{40} digest=[0-9a-f]{16} -->$/,
    );
  });

  it('finds our review by its first line and author (any case, CRLF), not others', () => {
    const body = `${plan.marker}\r\nrest`;
    expect(alreadyPosted([{ body, author: 'GitHub-Actions[bot]' }], plan.marker, BOT)).toBe(true);
    expect(alreadyPosted([{ body, author: 'mallory' }], plan.marker, BOT)).toBe(false);
    expect(alreadyPosted([{ body: `quote\n${plan.marker}`, author: BOT }], plan.marker, BOT)).toBe(
      false,
    );
    expect(alreadyPosted([], plan.marker, BOT)).toBe(false);
  });
});

describe('suggestionFailure', () => {
  it('explains a read-only token and points at the patch', () => {
    const error = Object.assign(new Error('x'), {
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
    const message = suggestionFailure(error);
    expect(message).toContain('suggestions need pull-requests: write');
    expect(message).toContain('Resource not accessible by integration');
    expect(message).toContain('The patch is in the comment.');
  });
});

/** A stub of the few Octokit calls the shell makes, recording them. */
function stubGitHub(options: { reviews?: { body: string; login: string }[]; fail?: unknown }) {
  const calls: string[] = [];
  const posted: unknown[] = [];
  const listFiles = async () => PR_FILES;
  const listReviews = async () =>
    (options.reviews ?? []).map((r) => ({ body: r.body, user: { login: r.login } }));
  const github = {
    paginate: async (fn: () => Promise<unknown[]>) => {
      calls.push(fn === listFiles ? 'listFiles' : 'listReviews');
      return fn();
    },
    rest: {
      pulls: {
        listFiles,
        listReviews,
        createReview: async (params: unknown) => {
          calls.push('createReview');
          if (options.fail) throw options.fail;
          posted.push(params);
          return { data: {} };
        },
      },
    },
  } as unknown as GitHub;
  return { github, calls, posted };
}

describe('postSuggestions', () => {
  const report = { inventory: { path: PATH }, drift: DRIFT } as unknown as DiffReport;
  const run = async (
    stub: ReturnType<typeof stubGitHub>,
    extra: Partial<Parameters<typeof postSuggestions>[0]> = {},
  ) => {
    const notes: string[] = [];
    const logs: string[] = [];
    await postSuggestions({
      github: stub.github,
      owner: 'acme',
      repo: 'warehouse',
      pullNumber: 7,
      head: HEAD,
      currentHead: HEAD,
      headText: HEAD_TEXT,
      report,
      mode: 'auto',
      author: BOT,
      log: { info: (m) => logs.push(m), warning: (m) => logs.push(`warning: ${m}`) },
      notes,
      ...extra,
    });
    return { notes, logs };
  };

  it('posts one COMMENT review on the head commit', async () => {
    const stub = stubGitHub({});
    const { notes } = await run(stub);
    expect(stub.calls).toEqual(['listFiles', 'listReviews', 'createReview']);
    const plan = planSuggestionReview(input());
    if (plan.action !== 'post') throw new Error(plan.reason);
    expect(stub.posted).toEqual([
      {
        owner: 'acme',
        repo: 'warehouse',
        pull_number: 7,
        commit_id: HEAD,
        event: 'COMMENT',
        body: plan.body,
        comments: plan.comments,
      },
    ]);
    expect(notes).toEqual([]);
  });

  it('does not post the same suggestions twice for a head', async () => {
    const plan = planSuggestionReview(input());
    if (plan.action !== 'post') throw new Error(plan.reason);
    const stub = stubGitHub({ reviews: [{ body: plan.body, login: BOT }] });
    const { logs } = await run(stub);
    expect(stub.calls).toEqual(['listFiles', 'listReviews']);
    expect(logs).toEqual(['No suggested changes: the same suggestions are already on this head.']);
  });

  it('makes no request with suggestions: never, without drift, or after a newer push', async () => {
    for (const extra of [
      { mode: 'never' as const },
      { report: { ...report, drift: undefined } as DiffReport },
      { currentHead: 'c'.repeat(40) },
    ]) {
      const stub = stubGitHub({});
      const { notes } = await run(stub, extra);
      expect(stub.calls).toEqual([]);
      expect(notes).toEqual([]);
    }
  });

  it('turns a 403 (a fork’s read-only token) into a note, without throwing', async () => {
    const fail = Object.assign(new Error('Forbidden'), {
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
    const stub = stubGitHub({ fail });
    const { notes, logs } = await run(stub);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('suggestions need pull-requests: write');
    expect(notes[0]).toContain('The patch is in the comment.');
    expect(logs.at(-1)).toBe(`warning: ${notes[0]}`);
  });
});

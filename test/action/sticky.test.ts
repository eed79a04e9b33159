import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isOurs,
  planStickyComment,
  type CommentMode,
  type ExistingComment,
} from '../../src/action/sticky.js';

const MARKER = '<!-- dbt-blast-radius inventory=dbt_model_inventory.json -->';
const BOT = 'github-actions[bot]';
const BODY = `${MARKER}\n## dbt Blast Radius\n\n3 models changed`;

const comment = (id: number, body: string, author = BOT): ExistingComment => ({
  id,
  body,
  author,
  url: `https://github.com/acme/warehouse/pull/1#issuecomment-${id}`,
});
const ours = (id: number, text = 'old report') => comment(id, `${MARKER}\n${text}`);

const plan = (
  comments: readonly ExistingComment[],
  extra: { body?: string; mode?: CommentMode; touchesModels?: boolean; author?: string } = {},
) =>
  planStickyComment({
    comments,
    marker: MARKER,
    author: extra.author ?? BOT,
    body: extra.body ?? BODY,
    mode: extra.mode ?? 'auto',
    touchesModels: extra.touchesModels ?? true,
  });

describe('isOurs', () => {
  it('needs our author and the marker as the exact first line', () => {
    expect(isOurs(ours(1), MARKER, BOT)).toBe(true);
    expect(isOurs(comment(1, MARKER), MARKER, BOT)).toBe(true);
  });

  it('rejects another author, even with the marker (a spoof)', () => {
    expect(isOurs(comment(1, `${MARKER}\nfake`, 'mallory'), MARKER, BOT)).toBe(false);
    // GitHub logins are case-insensitive, so a different case is the same author.
    expect(isOurs(comment(1, `${MARKER}\nfake`, 'GitHub-Actions[bot]'), MARKER, BOT)).toBe(true);
    expect(isOurs(comment(1, `${MARKER}\nfake`, ''), MARKER, BOT)).toBe(false);
  });

  it('rejects the marker anywhere but alone on the first line', () => {
    const bodies = [
      `quote:\n${MARKER}`,
      `> ${MARKER}\ntext`,
      ` ${MARKER}\ntext`,
      `${MARKER} \ntext`,
      `${MARKER}text`,
      `${MARKER.slice(0, -1)}\ntext`,
      '',
      '<!-- dbt-blast-radius inventory=other.json -->\ntext',
    ];
    for (const body of bodies) expect(isOurs(comment(1, body), MARKER, BOT), body).toBe(false);
  });

  it('recognises the marker line of a body edited in the browser (CRLF endings)', () => {
    expect(isOurs(comment(1, `${MARKER}\r\ntext`), MARKER, BOT)).toBe(true);
    expect(isOurs(comment(1, `${MARKER} \r\ntext`), MARKER, BOT)).toBe(false);
  });

  it('a marker for another inventory is not ours (one comment per inventory)', () => {
    const other = '<!-- dbt-blast-radius inventory=a%2Fb.json -->';
    expect(isOurs(comment(1, `${other}\nx`), MARKER, BOT)).toBe(false);
    expect(isOurs(comment(1, `${other}\nx`), other, BOT)).toBe(true);
  });
});

describe('planStickyComment', () => {
  it('creates the comment when there is none', () => {
    expect(plan([])).toEqual({
      write: { action: 'create', body: BODY },
      deletes: [],
      existing: null,
    });
  });

  it('creates it beside other people’s comments, leaving them alone', () => {
    const others = [comment(1, 'LGTM', 'alice'), comment(2, 'hello', BOT)];
    expect(plan(others)).toEqual({
      write: { action: 'create', body: BODY },
      deletes: [],
      existing: null,
    });
  });

  it('updates ours in place when the body changed', () => {
    const existing = ours(7);
    expect(plan([comment(3, 'LGTM', 'alice'), existing])).toEqual({
      write: { action: 'update', id: 7, body: BODY },
      deletes: [],
      existing,
    });
  });

  it('writes nothing when ours is unchanged, and still reports it', () => {
    const existing = comment(7, BODY);
    expect(plan([existing])).toEqual({
      write: { action: 'none', reason: 'the comment is up to date', id: 7 },
      deletes: [],
      existing,
    });
  });

  it('treats a body differing only in whitespace as changed', () => {
    expect(plan([comment(7, `${BODY}\n`)]).write).toEqual({
      action: 'update',
      id: 7,
      body: BODY,
    });
  });

  describe('mode never', () => {
    it('writes and deletes nothing, but reports an existing comment', () => {
      const existing = ours(5);
      expect(plan([ours(9), existing], { mode: 'never' })).toEqual({
        write: { action: 'none', reason: 'comment: never' },
        deletes: [],
        existing,
      });
    });

    it('creates nothing when there is no comment', () => {
      expect(plan([], { mode: 'never' })).toEqual({
        write: { action: 'none', reason: 'comment: never' },
        deletes: [],
        existing: null,
      });
    });
  });

  describe('mode auto', () => {
    it('posts nothing on a pull request that changes no models', () => {
      expect(plan([comment(1, 'LGTM', 'alice')], { touchesModels: false })).toEqual({
        write: { action: 'none', reason: 'this pull request changes no models' },
        deletes: [],
        existing: null,
      });
    });

    it('updates an existing comment when the PR no longer changes models', () => {
      const body = `${MARKER}\nThis pull request no longer changes models.`;
      const existing = ours(4);
      expect(plan([existing], { touchesModels: false, body })).toEqual({
        write: { action: 'update', id: 4, body },
        deletes: [],
        existing,
      });
    });

    it('posts when the PR changes models', () => {
      expect(plan([], { touchesModels: true }).write.action).toBe('create');
    });
  });

  it('mode always posts even when no models changed', () => {
    expect(plan([], { mode: 'always', touchesModels: false }).write).toEqual({
      action: 'create',
      body: BODY,
    });
  });

  describe('duplicates left by a race', () => {
    it('keeps the oldest (lowest id), whatever the listing order, and deletes the rest', () => {
      const result = plan([ours(30), comment(5, 'hi', 'alice'), ours(12), ours(21)]);
      expect(result.existing?.id).toBe(12);
      expect(result.write).toEqual({ action: 'update', id: 12, body: BODY });
      expect(result.deletes).toEqual([21, 30]);
    });

    it('deletes duplicates even when the kept comment is up to date', () => {
      const result = plan([comment(12, BODY), ours(13)]);
      expect(result.write).toEqual({ action: 'none', reason: 'the comment is up to date', id: 12 });
      expect(result.deletes).toEqual([13]);
    });

    it('keeps the oldest even when a newer duplicate already has the body', () => {
      const result = plan([comment(13, BODY), ours(12)]);
      expect(result.write).toEqual({ action: 'update', id: 12, body: BODY });
      expect(result.deletes).toEqual([13]);
    });

    it('does not reorder the caller’s list', () => {
      const comments = [ours(3), ours(1), ours(2)];
      plan(comments);
      expect(comments.map((c) => c.id)).toEqual([3, 1, 2]);
    });
  });

  describe('spoofs: marker comments by other authors', () => {
    it('are never updated or deleted; ours is created next to them', () => {
      const spoofs = [comment(1, `${MARKER}\nfake`, 'mallory'), comment(2, BODY, 'eve')];
      expect(plan(spoofs)).toEqual({
        write: { action: 'create', body: BODY },
        deletes: [],
        existing: null,
      });
    });

    it('an older spoof does not displace our newer comment', () => {
      const result = plan([comment(1, `${MARKER}\nfake`, 'mallory'), ours(8), ours(9)]);
      expect(result.write).toEqual({ action: 'update', id: 8, body: BODY });
      expect(result.deletes).toEqual([9]);
    });

    it('with a custom comment-author, the default bot’s comments are not ours', () => {
      const result = plan([ours(1)], { author: 'blast-radius-app[bot]' });
      expect(result.write.action).toBe('create');
      expect(result.deletes).toEqual([]);
    });
  });
});

describe('planStickyComment: properties', () => {
  const AUTHORS = [BOT, 'alice', 'mallory'];
  const BODIES = [
    BODY,
    `${MARKER}\nold`,
    MARKER,
    `text\n${MARKER}`,
    ` ${MARKER}`,
    'LGTM',
    '',
    '<!-- dbt-blast-radius inventory=other.json -->\nx',
  ];
  const commentsArb = fc
    .uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 12 })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          fc.record({
            id: fc.constant(id),
            body: fc.oneof(fc.constantFrom(...BODIES), fc.string()),
            author: fc.constantFrom(...AUTHORS),
            url: fc.constant(`u${id}`),
          }),
        ),
      ),
    );
  const optionsArb = fc.record({
    comments: commentsArb,
    body: fc.constantFrom(BODY, `${MARKER}\nold`, `${MARKER}\nnew`),
    mode: fc.constantFrom<CommentMode>('auto', 'always', 'never'),
    touchesModels: fc.boolean(),
  });

  it('touches only our comments, keeps the oldest, writes at most once', () => {
    fc.assert(
      fc.property(optionsArb, (options) => {
        const result = planStickyComment({ ...options, marker: MARKER, author: BOT });
        const mine = options.comments.filter((c) => isOurs(c, MARKER, BOT));
        const oldest = mine.reduce<ExistingComment | null>(
          (min, c) => (min === null || c.id < min.id ? c : min),
          null,
        );
        const byId = new Map(options.comments.map((c) => [c.id, c]));

        // Deletes never include a comment that is not ours, nor the kept one; no repeats.
        for (const id of result.deletes) {
          const target = byId.get(id);
          expect(target && isOurs(target, MARKER, BOT)).toBe(true);
        }
        expect(result.deletes).not.toContain(oldest?.id);
        expect(new Set(result.deletes).size).toBe(result.deletes.length);

        // The kept comment is the oldest of ours.
        expect(result.existing).toBe(oldest);

        // At most one write, and only to the kept comment; never a create beside ours.
        const write = result.write;
        if (write.action === 'update') expect(write.id).toBe(oldest?.id);
        if (write.action === 'create') expect(oldest).toBeNull();
        if (write.action !== 'none') expect(write.body).toBe(options.body);

        if (options.mode === 'never') {
          expect(write.action).toBe('none');
          expect(result.deletes).toEqual([]);
        } else {
          // Every other comment of ours is deleted.
          expect([...result.deletes].sort((a, b) => a - b)).toEqual(
            mine
              .map((c) => c.id)
              .filter((id) => id !== oldest?.id)
              .sort((a, b) => a - b),
          );
          // Unchanged body → no write; auto without model changes → no new comment.
          if (oldest?.body === options.body) expect(write.action).toBe('none');
          if (options.mode === 'auto' && !options.touchesModels)
            expect(write.action).not.toBe('create');
        }
      }),
    );
  });

  it('applying the plan reaches a fixed point: a second run plans nothing', () => {
    fc.assert(
      fc.property(optionsArb, (options) => {
        const first = planStickyComment({ ...options, marker: MARKER, author: BOT });
        let after: ExistingComment[] = options.comments.filter(
          (c) => !first.deletes.includes(c.id),
        );
        const write = first.write;
        if (write.action === 'create')
          after = [...after, { id: 99_999, body: write.body, author: BOT, url: 'new' }];
        if (write.action === 'update')
          after = after.map((c) => (c.id === write.id ? { ...c, body: write.body } : c));
        const second = planStickyComment({
          ...options,
          comments: after,
          marker: MARKER,
          author: BOT,
        });
        expect(second.write.action).toBe('none');
        expect(second.deletes).toEqual([]);
      }),
    );
  });
});

describe('sameContent', () => {
  it('ignores only the run link and CRLF endings', async () => {
    const { sameContent } = await import('../../src/action/sticky.js');
    const body = (run: string) =>
      `${MARKER}\nbody\n[run](https://github.com/o/r/actions/runs/${run})`;
    expect(sameContent(body('1'), body('2'))).toBe(true);
    expect(sameContent(body('1').replace(/\n/g, '\r\n'), body('2'))).toBe(true);
    expect(sameContent(body('1'), body('1').replace('body', 'other'))).toBe(false);
  });
});

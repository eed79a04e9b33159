import { describe, expect, it } from 'vitest';
import {
  applySync,
  commentableLines,
  MAX_BODY,
  planSync,
  suggestionBody,
  suggestionComments,
  unifiedPatch,
  type CodeLineageView,
} from '../../src/sync/index.js';

const PATH = 'models/inventory.json';
const base = {
  models: [
    {
      name: 'a',
      path: 'a.sql',
      layer: 'staging',
      description: 'A.',
      upstream_dependencies: ['s.t'],
    },
    { name: 'b', path: 'b.sql', layer: 'signal', upstream_dependencies: ['a'] },
  ],
};
/** The PR adds model c (reading a and b) and its entry, which lists only a. */
const head = {
  models: [
    ...base.models,
    { name: 'c', path: 'c.sql', layer: 'signal', upstream_dependencies: ['a'] },
  ],
};
const code: CodeLineageView = {
  models: [
    { name: 'a', path: 'a.sql', upstream: ['s.t'] },
    { name: 'b', path: 'b.sql', upstream: ['a', 'x.y'] },
    { name: 'c', path: 'c.sql', upstream: ['a', 'b'] },
  ],
};
const baseText = `${JSON.stringify(base, null, 2)}\n`;
const headText = `${JSON.stringify(head, null, 2)}\n`;
/** What GitHub's `pulls.listFiles` gives as `patch`: the hunks, no file headers. */
const ghPatch = (before: string, after: string) => {
  const patch = unifiedPatch(PATH, before, after);
  return patch.slice(patch.indexOf('@@'));
};
/** 1-based line of the first `needle` after `anchor`. */
const lineAfter = (text: string, anchor: string, needle: string) =>
  text.slice(0, text.indexOf(needle, text.indexOf(anchor))).split('\n').length;
const synced = applySync(headText, planSync(headText, code));

describe('suggestionComments', () => {
  it('suggests only on the lines the PR added; the rest is left to the patch', () => {
    const { comments, skipped } = suggestionComments({
      path: PATH,
      before: headText,
      after: synced,
      prFiles: [
        { filename: 'models/c.sql' },
        { filename: PATH, patch: ghPatch(baseText, headText) },
      ],
    });
    // b's list (untouched by the PR) misses x.y: skipped. c's list, added by the PR: suggested.
    expect(skipped).toBe(1);
    const line = lineAfter(headText, '"name": "c"', '"a"');
    expect(comments).toEqual([
      {
        path: PATH,
        line,
        side: 'RIGHT',
        body: 'Inventory sync: the dependency lists as the code has them.\n\n```suggestion\n        "a",\n        "b"\n```\n',
      },
    ]);
    expect(headText.split('\n')[line - 1]).toBe('        "a"');
  });

  it('with allowContext, also on context lines of the diff', () => {
    const { comments } = suggestionComments({
      path: PATH,
      before: headText,
      after: synced,
      allowContext: true,
      prFiles: [{ filename: PATH, patch: ghPatch(baseText, headText) }],
    });
    // b's list sits in the context GitHub shows above the added entry.
    expect(comments.map((c) => c.line)).toEqual([
      lineAfter(headText, '"name": "b"', '"a"'),
      lineAfter(headText, '"name": "c"', '"a"'),
    ]);
  });

  it('a multi-line change gets start_line and line on the right side', () => {
    const before =
      '{\n  "models": [\n    {"name": "c", "upstream_dependencies": ["q", "r"]}\n  ]\n}\n';
    const after =
      '{\n  "models": [\n    {"name": "c", "upstream_dependencies": ["a"]},\n    {"name": "d"}\n  ]\n}\n';
    const { comments } = suggestionComments({
      path: PATH,
      before,
      after,
      prFiles: [{ filename: PATH, patch: ghPatch('', before) }],
    });
    expect(comments).toEqual([
      {
        path: PATH,
        line: 3,
        side: 'RIGHT',
        body: expect.stringContaining(
          '```suggestion\n    {"name": "c", "upstream_dependencies": ["a"]},\n    {"name": "d"}\n```',
        ),
      },
    ]);
    const two = suggestionComments({
      path: PATH,
      before: 'x\ny\nz\n',
      after: 'x\nY\nZ\n',
      prFiles: [{ filename: PATH, patch: ghPatch('', 'x\ny\nz\n') }],
    });
    expect(two.comments).toEqual([
      {
        path: PATH,
        start_line: 2,
        start_side: 'RIGHT',
        line: 3,
        side: 'RIGHT',
        body: expect.any(String),
      },
    ]);
  });

  it('a pure insertion takes the line above along (or below, at the top)', () => {
    const prFiles = [{ filename: PATH, patch: ghPatch('', 'x\ny\n') }];
    const below = suggestionComments({
      path: PATH,
      before: 'x\ny\n',
      after: 'x\nnew\ny\n',
      prFiles,
    });
    expect(below.comments[0]).toMatchObject({
      line: 1,
      body: expect.stringContaining('```suggestion\nx\nnew\n```'),
    });
    const top = suggestionComments({ path: PATH, before: 'x\ny\n', after: 'new\nx\ny\n', prFiles });
    expect(top.comments[0]).toMatchObject({
      line: 1,
      body: expect.stringContaining('```suggestion\nnew\nx\n```'),
    });
  });

  it('a deletion suggests an empty block', () => {
    const prFiles = [{ filename: PATH, patch: ghPatch('', 'x\ny\nz\n') }];
    const { comments } = suggestionComments({
      path: PATH,
      before: 'x\ny\nz\n',
      after: 'x\nz\n',
      prFiles,
    });
    expect(comments[0]).toMatchObject({
      line: 2,
      body: expect.stringMatching(/```suggestion\n```\n$/),
    });
  });

  it('nothing when the inventory is not in the PR, has no patch, or nothing changes', () => {
    const input = { path: PATH, before: headText, after: synced };
    expect(suggestionComments({ ...input, prFiles: [] })).toEqual({ comments: [], skipped: 2 });
    expect(suggestionComments({ ...input, prFiles: [{ filename: PATH }] }).comments).toEqual([]);
    expect(suggestionComments({ ...input, after: headText, prFiles: [] })).toEqual({
      comments: [],
      skipped: 0,
    });
  });

  it('keeps within GitHub limits: body size and number of comments', () => {
    const before = 'x\ny\n';
    const prFiles = [{ filename: PATH, patch: ghPatch('', before) }];
    const huge = suggestionComments({
      path: PATH,
      before,
      after: `x\n${'y'.repeat(MAX_BODY)}\n`,
      prFiles,
    });
    expect(huge).toEqual({ comments: [], skipped: 1 });
    const capped = suggestionComments({
      path: PATH,
      before,
      after: 'X\ny\nZ\n',
      prFiles,
      maxComments: 1,
    });
    expect(capped.comments).toHaveLength(1);
    expect(capped.skipped).toBe(1);
  });

  it('CRLF files: no carriage returns in the suggestion', () => {
    const before = 'x\r\ny\r\n';
    const prFiles = [{ filename: PATH, patch: ghPatch('', before) }];
    const { comments } = suggestionComments({ path: PATH, before, after: 'x\r\nY\r\n', prFiles });
    expect(comments[0]!.body).not.toContain('\r');
    expect(comments[0]).toMatchObject({ line: 2 });
  });
});

describe('suggestionBody', () => {
  it('uses a fence longer than any backtick run, so a name cannot close it', () => {
    const body = suggestionBody('note', ['"name": "x```\\n@admin"', '````']);
    expect(body).toBe('note\n\n`````suggestion\n"name": "x```\\n@admin"\n````\n`````\n');
    expect(suggestionBody('note', ['plain'])).toBe('note\n\n```suggestion\nplain\n```\n');
  });
});

describe('commentableLines', () => {
  const patch =
    '@@ -1,3 +1,4 @@\n a\n-b\n+B\n+C\n c\n@@ -10,2 +11,2 @@ ctx\n-q\n+Q\n r\n\\ No newline at end of file';
  it('right-side lines: added, and context when asked', () => {
    expect([...commentableLines(patch, false)]).toEqual([2, 3, 11]);
    expect([...commentableLines(patch, true)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 11, 12]);
  });
});

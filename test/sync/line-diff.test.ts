import { applyPatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeRuns, diffLines } from '../../src/sync/line-diff.js';
import { unifiedPatch } from '../../src/sync/index.js';
import { gitApply } from './helpers.js';

const text = fc
  .tuple(
    fc.array(fc.constantFrom('a', 'b', 'c', '{', '}', '  "x": 1,', '', 'é', 'd\r'), {
      maxLength: 14,
    }),
    fc.boolean(),
  )
  .map(([lines, newline]) => lines.join('\n') + (newline && lines.length > 0 ? '\n' : ''));

describe('diffLines', () => {
  it('rebuilds both sides, and its patch turns one into the other (property)', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const ops = diffLines(before, after);
        const side = (skip: string) => {
          const kept = ops.filter((o) => o.op !== skip);
          return kept.map((o) => o.line + (o.noNewline ? '' : '\n')).join('');
        };
        expect(side('+')).toBe(before);
        expect(side('-')).toBe(after);
        const patch = unifiedPatch('f.txt', before, after);
        if (before !== after) expect(applyPatch(before, patch)).toBe(after);
      }),
      { numRuns: 300 },
    );
  });

  it('git apply agrees on the edge cases: newline at the end added, dropped, empty files', () => {
    for (const [before, after] of [
      ['a\nb', 'a\nb\n'],
      ['a\nb\n', 'a\nb'],
      ['', 'a\n'],
      ['a\n', ''],
      ['x\r\ny\r\n', 'x\r\nz\r\ny\r\n'],
    ] as const) {
      expect(gitApply('f.txt', before, unifiedPatch('f.txt', before, after))).toBe(after);
    }
  });

  it('anchors on unique lines: a big file with scattered edits gives small hunks', () => {
    const before = Array.from({ length: 20_000 }, (_, i) => `line ${i}\n}\n`).join('');
    const after = before.replace('line 100\n', 'line 100\nnew\n').replace('line 19000\n', '');
    const runs = changeRuns(diffLines(before, after));
    expect(runs).toEqual([
      { oldStart: 202, oldLines: 0, newStart: 202, added: ['new'] },
      { oldStart: 38001, oldLines: 1, newStart: 38002, added: [] },
    ]);
  });
});

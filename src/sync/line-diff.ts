import { diffArrays } from 'diff';

/** One line of a line diff: kept (' '), removed ('-') or added ('+'). */
export interface LineOp {
  readonly op: ' ' | '-' | '+';
  readonly line: string;
  /** The file's last line, with no newline after it. */
  readonly noNewline: boolean;
}

/** A run of changed lines: `oldLines` lines from `oldStart` (1-based) become `added`. */
export interface ChangeRun {
  readonly oldStart: number;
  readonly oldLines: number;
  readonly newStart: number;
  readonly added: readonly string[];
}

/** Gaps bigger than this (lines × lines) are not diffed exactly: removed and added whole. */
const EXACT_LIMIT = 4_000_000;

/**
 * A line diff that stays near-linear on big files (a 100k-model inventory is millions of lines):
 * common ends are trimmed, lines unique to both sides anchor the rest (patience diff: the longest
 * increasing run of them), and only the small gaps between anchors are diffed exactly (jsdiff).
 * In an inventory every entry has unique lines (its name, its path), so the gaps are entries.
 */
export function diffLines(before: string, after: string): LineOp[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const ops: LineOp[] = [];
  diffRange(a, 0, a.length, b, 0, b.length, ops, 0);
  return ops;
}

/** The file's lines; the last one is marked when no newline ends it (its key differs). */
interface Lines {
  readonly keys: string[];
  readonly text: string[];
  readonly noNewlineLast: boolean;
}

function splitLines(text: string): Lines & { length: number } {
  const parts = text.split('\n');
  let noNewlineLast = false;
  if (parts[parts.length - 1] === '') parts.pop();
  else noNewlineLast = true;
  const keys = parts.slice();
  // A key no line can have: a last line without its newline never equals one with it.
  if (noNewlineLast && keys.length > 0) keys[keys.length - 1] += '\n';
  return { keys, text: parts, noNewlineLast, length: parts.length };
}

type Side = Lines & { length: number };

function push(ops: LineOp[], op: LineOp['op'], side: Side, i: number): void {
  ops.push({ op, line: side.text[i]!, noNewline: side.noNewlineLast && i === side.length - 1 });
}

/** Anchoring levels before the gaps are diffed exactly (a hostile file cannot nest deeper). */
const MAX_DEPTH = 8;

function diffRange(
  a: Side,
  aLo: number,
  aHi: number,
  b: Side,
  bLo: number,
  bHi: number,
  ops: LineOp[],
  depth: number,
): void {
  // Common head.
  while (aLo < aHi && bLo < bHi && a.keys[aLo] === b.keys[bLo]) {
    push(ops, ' ', a, aLo++);
    bLo++;
  }
  // Common tail, emitted after the middle.
  let tail = 0;
  while (aHi - tail > aLo && bHi - tail > bLo && a.keys[aHi - tail - 1] === b.keys[bHi - tail - 1])
    tail++;
  aHi -= tail;
  bHi -= tail;

  if (aLo === aHi || bLo === bHi) {
    for (let i = aLo; i < aHi; i++) push(ops, '-', a, i);
    for (let j = bLo; j < bHi; j++) push(ops, '+', b, j);
  } else {
    const anchors = depth < MAX_DEPTH ? uniqueAnchors(a, aLo, aHi, b, bLo, bHi) : [];
    if (anchors.length === 0) {
      exactGap(a, aLo, aHi, b, bLo, bHi, ops);
    } else {
      let i = aLo;
      let j = bLo;
      for (const [ai, bj] of anchors) {
        diffRange(a, i, ai, b, j, bj, ops, depth + 1);
        push(ops, ' ', a, ai);
        i = ai + 1;
        j = bj + 1;
      }
      diffRange(a, i, aHi, b, j, bHi, ops, depth + 1);
    }
  }
  for (let k = 0; k < tail; k++) push(ops, ' ', a, aHi + k);
}

function exactGap(
  a: Side,
  aLo: number,
  aHi: number,
  b: Side,
  bLo: number,
  bHi: number,
  ops: LineOp[],
): void {
  if ((aHi - aLo) * (bHi - bLo) > EXACT_LIMIT) {
    for (let i = aLo; i < aHi; i++) push(ops, '-', a, i);
    for (let j = bLo; j < bHi; j++) push(ops, '+', b, j);
    return;
  }
  let i = aLo;
  let j = bLo;
  for (const change of diffArrays(a.keys.slice(aLo, aHi), b.keys.slice(bLo, bHi))) {
    const n = change.count ?? change.value.length;
    for (let k = 0; k < n; k++) {
      if (change.added) push(ops, '+', b, j++);
      else if (change.removed) push(ops, '-', a, i++);
      else {
        push(ops, ' ', a, i++);
        j++;
      }
    }
  }
}

/** Lines that occur once in each range, as (i, j) pairs in a longest run increasing in both. */
function uniqueAnchors(
  a: Side,
  aLo: number,
  aHi: number,
  b: Side,
  bLo: number,
  bHi: number,
): [number, number][] {
  const seen = new Map<string, { a: number; b: number; countA: number; countB: number }>();
  for (let i = aLo; i < aHi; i++) {
    const s = seen.get(a.keys[i]!);
    if (s) s.countA++;
    else seen.set(a.keys[i]!, { a: i, b: -1, countA: 1, countB: 0 });
  }
  for (let j = bLo; j < bHi; j++) {
    const s = seen.get(b.keys[j]!);
    if (s) {
      s.countB++;
      s.b = j;
    }
  }
  const pairs: [number, number][] = [];
  for (const s of seen.values()) if (s.countA === 1 && s.countB === 1) pairs.push([s.a, s.b]);
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

/** The longest subsequence of pairs (sorted by their first) increasing in their second. */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = []; // index into pairs of the smallest tail of each length
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const value = pairs[k]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const out: [number, number][] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k !== -1; k = previous[k]!)
    out.push(pairs[k]!);
  return out.reverse();
}

/** The change runs of a diff: each maximal run of removed and added lines. */
export function changeRuns(ops: readonly LineOp[]): ChangeRun[] {
  const runs: ChangeRun[] = [];
  let oldNo = 1;
  let newNo = 1;
  for (let k = 0; k < ops.length;) {
    if (ops[k]!.op === ' ') {
      oldNo++;
      newNo++;
      k++;
      continue;
    }
    const oldStart = oldNo;
    const newStart = newNo;
    const added: string[] = [];
    let oldLines = 0;
    for (; k < ops.length && ops[k]!.op !== ' '; k++) {
      if (ops[k]!.op === '-') {
        oldLines++;
        oldNo++;
      } else {
        added.push(ops[k]!.line);
        newNo++;
      }
    }
    runs.push({ oldStart, oldLines, newStart, added });
  }
  return runs;
}

/** The hunks of a unified diff with `context` lines around each change (git's format). */
export function formatHunks(ops: readonly LineOp[], context = 3): string {
  let out = '';
  const oldNoAt: number[] = [];
  const newNoAt: number[] = [];
  let oldNo = 1;
  let newNo = 1;
  for (const op of ops) {
    oldNoAt.push(oldNo);
    newNoAt.push(newNo);
    if (op.op !== '+') oldNo++;
    if (op.op !== '-') newNo++;
  }
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.op === ' ') {
      k++;
      continue;
    }
    const start = Math.max(0, k - context);
    // Exclusive end of the hunk's changes: runs of changes closer than 2 × context join.
    let end = k;
    for (;;) {
      while (end < ops.length && ops[end]!.op !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next]!.op === ' ') next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    let oldLen = 0;
    let newLen = 0;
    let body = '';
    for (let p = start; p < stop; p++) {
      const op = ops[p]!;
      if (op.op !== '+') oldLen++;
      if (op.op !== '-') newLen++;
      body += `${op.op}${op.line}\n`;
      if (op.noNewline) body += '\\ No newline at end of file\n';
    }
    const oldStart = oldLen === 0 ? oldNoAt[start]! - 1 : oldNoAt[start]!;
    const newStart = newLen === 0 ? newNoAt[start]! - 1 : newNoAt[start]!;
    out += `@@ -${oldStart},${oldLen} +${newStart},${newLen} @@\n${body}`;
    k = stop;
  }
  return out;
}

// A three-way merge of lines, for saving an edited YAML file over its hand layout (write.ts).
//
// The diff is patience diff over Myers' (linear space): its time grows with the size of the files and
// the differences between the lines found once on each side, never with how often a line repeats.
// The Hunt–Szymanski LCS of node-diff3, used before, grew with the product of each repeated line's
// occurrences: a contact log of 1,000 entries, each with its `channel: email` and `summary:` lines,
// took 15 s to save one more entry.

/** A run of lines where a side differs from the base: base lines [oStart, oEnd) became [start, end). */
interface Hunk {
  side: 'a' | 'b';
  oStart: number;
  oEnd: number;
  start: number;
  end: number;
}

export type Region = { ok: string[] } | { conflict: { a: string[]; o: string[]; b: string[] } };

/**
 * The merge of `a` and `b`, two edits of `o`: the lines only one side changed are taken from it, the
 * lines both changed the same way once, and each place where they changed differently is a conflict.
 */
export function diff3Merge(a: string[], o: string[], b: string[]): Region[] {
  // Lines as numbers, so that the diff compares integers.
  const ids = new Map<string, number>();
  const id = (line: string): number => {
    let n = ids.get(line);
    if (n === undefined) {
      n = ids.size;
      ids.set(line, n);
    }
    return n;
  };
  const [ia, io, ib] = [Int32Array.from(a, id), Int32Array.from(o, id), Int32Array.from(b, id)];
  // Stable: at one base line, `a`'s hunk before `b`'s.
  const hunks = [...hunksOf(io, ia, 'a'), ...hunksOf(io, ib, 'b')].sort((x, y) => x.oStart - y.oStart);

  const regions: Region[] = [];
  /** Appends `lines`, a copy of its own, to the regions. */
  const ok = (lines: string[]) => {
    const last = regions[regions.length - 1];
    // A loop, not push(...lines): a file of 100,000 lines would overflow the stack.
    if (last && 'ok' in last) for (const line of lines) last.ok.push(line);
    else if (lines.length > 0) regions.push({ ok: lines });
  };
  let at = 0; // the base lines before `at` are in `regions`
  for (let h = 0; h < hunks.length; ) {
    const first = hunks[h] as Hunk;
    const start = first.oStart;
    let end = first.oEnd;
    const group: Hunk[] = [];
    for (; h < hunks.length && (hunks[h] as Hunk).oStart <= end; h++) {
      const next = hunks[h] as Hunk;
      group.push(next);
      end = Math.max(end, next.oEnd);
    }
    ok(o.slice(at, start));
    if (group.length === 1) {
      ok((first.side === 'a' ? a : b).slice(first.start, first.end));
    } else {
      // Both sides changed this stretch of the base (hunks of one side never touch): each side's
      // lines over the whole stretch.
      const span = (side: 'a' | 'b', lines: string[]): string[] => {
        const own = group.filter((x) => x.side === side);
        const from = Math.min(...own.map((x) => x.start)) + (start - Math.min(...own.map((x) => x.oStart)));
        const to = Math.max(...own.map((x) => x.end)) + (end - Math.max(...own.map((x) => x.oEnd)));
        return lines.slice(from, to);
      };
      const sa = span('a', a);
      const sb = span('b', b);
      if (sa.length === sb.length && sa.every((line, i) => line === sb[i])) ok(sa);
      else regions.push({ conflict: { a: sa, o: o.slice(start, end), b: sb } });
    }
    at = end;
  }
  ok(o.slice(at));
  return regions;
}

/** The hunks that turn `o` into `x`. */
function hunksOf(o: Int32Array, x: Int32Array, side: 'a' | 'b'): Hunk[] {
  const keptO = new Uint8Array(o.length);
  const keptX = new Uint8Array(x.length);
  matchLines(o, x, 0, o.length, 0, x.length, keptO, keptX);
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  while (i < o.length || j < x.length) {
    if (i < o.length && j < x.length && keptO[i] && keptX[j]) {
      i++;
      j++;
      continue;
    }
    const oStart = i;
    const start = j;
    while (i < o.length && !keptO[i]) i++;
    while (j < x.length && !keptX[j]) j++;
    hunks.push({ side, oStart, oEnd: i, start, end: j });
  }
  return hunks;
}

/**
 * Marks the lines o[o0, o1) and x[x0, x1) have in common, in order. The lines found once on each side
 * (a date, a summary) are matched first, as patience diff does, and only the stretches between them
 * go through Myers' diff: a file yaml reprints differently all along (every folded paragraph on one
 * line) then costs the sum of those stretches, not its length times the number of differences.
 */
function matchLines(
  o: Int32Array,
  x: Int32Array,
  o0: number,
  o1: number,
  x0: number,
  x1: number,
  keptO: Uint8Array,
  keptX: Uint8Array,
): void {
  for (; o0 < o1 && x0 < x1 && o[o0] === x[x0]; o0++, x0++) keptO[o0] = keptX[x0] = 1;
  for (; o0 < o1 && x0 < x1 && o[o1 - 1] === x[x1 - 1]; o1--, x1--) keptO[o1 - 1] = keptX[x1 - 1] = 1;
  if (o0 === o1 || x0 === x1) return;
  const anchors = uniqueAnchors(o, x, o0, o1, x0, x1);
  if (anchors.length > 0) {
    for (const [i, j] of anchors) {
      matchLines(o, x, o0, i, x0, j, keptO, keptX);
      keptO[i] = keptX[j] = 1;
      o0 = i + 1;
      x0 = j + 1;
    }
    matchLines(o, x, o0, o1, x0, x1, keptO, keptX);
    return;
  }
  const middle = middleSnake(o, x, o0, o1, x0, x1);
  if (middle === undefined) return;
  const [oMid, xMid] = middle;
  matchLines(o, x, o0, oMid, x0, xMid, keptO, keptX);
  matchLines(o, x, oMid, o1, xMid, x1, keptO, keptX);
}

/**
 * The lines found exactly once in o[o0, o1) and once in x[x0, x1), as [index in o, index in x]: the
 * longest run of them in the same order on both sides.
 */
function uniqueAnchors(
  o: Int32Array,
  x: Int32Array,
  o0: number,
  o1: number,
  x0: number,
  x1: number,
): [number, number][] {
  // Per line: its index on each side, or -2 once it is seen twice there.
  const seen = new Map<number, { i: number; j: number }>();
  for (let i = o0; i < o1; i++) {
    const line = o[i] as number;
    const s = seen.get(line);
    if (s) s.i = -2;
    else seen.set(line, { i, j: -1 });
  }
  for (let j = x0; j < x1; j++) {
    const s = seen.get(x[j] as number);
    if (s) s.j = s.j === -1 ? j : -2;
  }
  const pairs: [number, number][] = [];
  for (let i = o0; i < o1; i++) {
    const s = seen.get(o[i] as number) as { i: number; j: number };
    if (s.i >= 0 && s.j >= 0) pairs.push([s.i, s.j]);
  }
  // Longest increasing subsequence of the x indices (patience sorting): tops[k] is the pair ending
  // the best run of length k + 1 found so far, before[p] the pair before pair p in its run.
  const tops: number[] = [];
  const before = new Int32Array(pairs.length);
  pairs.forEach(([, j], p) => {
    let lo = 0;
    let hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tops[mid] as number] as [number, number])[1] < j) lo = mid + 1;
      else hi = mid;
    }
    before[p] = lo > 0 ? (tops[lo - 1] as number) : -1;
    tops[lo] = p;
  });
  const run: [number, number][] = [];
  for (let p = tops.length > 0 ? (tops[tops.length - 1] as number) : -1; p >= 0; p = before[p] as number) {
    run.push(pairs[p] as [number, number]);
  }
  return run.reverse();
}

/**
 * How many differences a stretch between two unique lines may have and still be lined up line by
 * line. Myers' diff costs the stretch's length times its differences: a file the printer changes on
 * every line (a log of 30,000 entries with its lists reindented) took a minute. Past this, the stretch
 * is one change, as diff-match-patch makes it past its deadline, and the merge resolves it as any
 * conflict (write.ts): some hand layout may be lost there, never an answer.
 */
const MAX_DIFFERENCES = 1000;

/**
 * Where a shortest edit script of o[o0, o1) into x[x0, x1) crosses its middle (Myers 1986, §4b): the
 * point to split the two ranges at; undefined when they have no line in common, or more than
 * 2 × MAX_DIFFERENCES differences. Both ranges are non-empty and differ at both ends.
 */
function middleSnake(
  o: Int32Array,
  x: Int32Array,
  o0: number,
  o1: number,
  x0: number,
  x1: number,
): [number, number] | undefined {
  const n = o1 - o0;
  const m = x1 - x0;
  const maxD = Math.min(Math.ceil((n + m) / 2), MAX_DIFFERENCES);
  const offset = maxD + 1;
  // forward[k]: how far along `o` the furthest path from the start reaches on diagonal k; backward[k],
  // the same from the end.
  const forward = new Int32Array(2 * offset + 1).fill(-1);
  const backward = new Int32Array(2 * offset + 1).fill(-1);
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;
  const delta = n - m;
  const front = delta % 2 !== 0;
  let kfStart = 0;
  let kfEnd = 0;
  let kbStart = 0;
  let kbEnd = 0;
  for (let d = 0; d < maxD; d++) {
    for (let k = -d + kfStart; k <= d - kfEnd; k += 2) {
      const at = offset + k;
      let i =
        k === -d || (k !== d && (forward[at - 1] as number) < (forward[at + 1] as number))
          ? (forward[at + 1] as number)
          : (forward[at - 1] as number) + 1;
      let j = i - k;
      while (i < n && j < m && o[o0 + i] === x[x0 + j]) {
        i++;
        j++;
      }
      forward[at] = i;
      if (i > n) kfEnd += 2;
      else if (j > m) kfStart += 2;
      else if (front) {
        const back = offset + delta - k;
        if (back >= 0 && back < backward.length && backward[back] !== -1 && i >= n - (backward[back] as number)) {
          return [o0 + i, x0 + j];
        }
      }
    }
    for (let k = -d + kbStart; k <= d - kbEnd; k += 2) {
      const at = offset + k;
      let i =
        k === -d || (k !== d && (backward[at - 1] as number) < (backward[at + 1] as number))
          ? (backward[at + 1] as number)
          : (backward[at - 1] as number) + 1;
      let j = i - k;
      while (i < n && j < m && o[o1 - 1 - i] === x[x1 - 1 - j]) {
        i++;
        j++;
      }
      backward[at] = i;
      if (i > n) kbEnd += 2;
      else if (j > m) kbStart += 2;
      else if (!front) {
        const fwd = offset + delta - k;
        if (fwd >= 0 && fwd < forward.length && forward[fwd] !== -1) {
          const fi = forward[fwd] as number;
          if (fi >= n - i) return [o0 + fi, x0 + fi - (delta - k)];
        }
      }
    }
  }
  return undefined; // no line in common, or too many differences to look for them
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diff3Merge } from '../../src/workspace/diff3.js';

describe('diff3Merge', () => {
  // Lines from a small alphabet, so that they repeat as YAML lines do.
  const lines = fc.array(fc.constantFrom('a', 'b', 'c', '- x', '  y: 1', ''), { maxLength: 14 });
  const flat = (regions: ReturnType<typeof diff3Merge>) => regions.flatMap((r) => ('ok' in r ? r.ok : ['<conflict>']));

  it('takes the one side that changed, and a change both sides made alike, without conflicts', () => {
    fc.assert(
      fc.property(lines, lines, (o, x) => {
        expect(flat(diff3Merge(x, o, o))).toEqual(x);
        expect(flat(diff3Merge(o, o, x))).toEqual(x);
        expect(flat(diff3Merge(x, o, x))).toEqual(x);
      }),
      { seed: 20261129, numRuns: 3000 },
    );
  });

  it('keeps both sides’ changes to distant lines, and their conflict where they meet', () => {
    const o = ['k1:', '  a: 1', 'k2:', '  b: 2', 'k3:', '  c: 3'];
    const a = ['k1:', '  a: 10', 'k2:', '  b: 2', 'k3:', '  c: 3'];
    const b = ['k1:', '  a: 1', 'k2:', '  b: 2', 'k3:', '  c: 3', '  d: 4'];
    expect(diff3Merge(a, o, b)).toEqual([{ ok: ['k1:', '  a: 10', 'k2:', '  b: 2', 'k3:', '  c: 3', '  d: 4'] }]);
    const c = ['k1:', '  a: 11', 'k2:', '  b: 2', 'k3:', '  c: 3'];
    expect(diff3Merge(a, o, c)).toEqual([
      { ok: ['k1:'] },
      { conflict: { a: ['  a: 10'], o: ['  a: 1'], b: ['  a: 11'] } },
      { ok: ['k2:', '  b: 2', 'k3:', '  c: 3'] },
    ]);
  });

  it('merges at once a file the printer reindents on every line', () => {
    // A contact log with its lists at 2 spaces, printed at 4: no line of the log is the same on
    // both sides. Myers' diff proves that in the length of the log times its differences: a minute
    // at this size. Past a bound, the log is one change.
    const entry = (i: number, pad: string) => [`${pad}- date: d${i}`, `${pad}  channel: email`, `${pad}  summary:`];
    const log = (n: number, pad: string) => Array.from({ length: n }, (_, i) => entry(i, pad)).flat();
    const a = ['contactLog:', ...log(30000, '  '), 'missions: []'];
    const o = ['contactLog:', ...log(30000, '    '), 'missions: []'];
    const b = ['contactLog:', ...log(30001, '    '), 'missions: []'];
    const regions = diff3Merge(a, o, b).map((r) =>
      'ok' in r ? r.ok : { a: r.conflict.a.length, o: r.conflict.o.length, b: r.conflict.b.length },
    );
    expect(regions).toEqual([['contactLog:'], { a: 90000, o: 90000, b: 90003 }, ['missions: []']]);
  });
});

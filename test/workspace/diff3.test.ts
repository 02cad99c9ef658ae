import { describe, expect, it } from 'vitest';
import { diff3Merge } from '../../src/workspace/diff3.js';

describe('diff3Merge', () => {
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

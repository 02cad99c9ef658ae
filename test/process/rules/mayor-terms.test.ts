import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

/** Lyon with its mayor in office since `since` and these former mayors. */
function withMayors(since: string, former: { name: string; from?: string; to: string }[]): string {
  const root = copyBase();
  edit(root, LYON, (d) => {
    d.setIn(['counterpart', 'mayor', 'from'], since);
    d.setIn(['counterpart', 'formerMayors'], d.createNode(former));
  });
  return root;
}

const at = (i: number, key: string) => ({ file: LYON, path: ['counterpart', 'formerMayors', i, key] });

describe('mayor-terms', () => {
  it('passes terms one after the other, a handover day shared', () => {
    const root = withMayors('2020-07-04', [
      { name: 'Gérard Collomb', from: '2014-04-04', to: '2017-07-17' },
      { name: 'Georges Képénékian', from: '2017-07-17', to: '2018-11-05' },
      { name: 'Gérard Collomb', from: '2018-11-06', to: '2020-07-04' },
    ]);
    expect(findings(check(root), 'mayor-terms')).toEqual([]);
  });

  it('errs on a term that ends before it starts, one that runs into the current mayor’s, and overlapping ones', () => {
    const problems = check(
      withMayors('2020-07-04', [
        { name: 'A', from: '2018-01-01', to: '2017-01-01' },
        { name: 'B', to: '2020-07-10' },
        { name: 'C', from: '2016-06-01', to: '2016-12-31' },
        { name: 'D', from: '2016-09-01', to: '2017-03-01' },
      ]),
    );
    expect(findings(problems, 'mayor-terms')).toEqual([
      { id: 'rule.mayor-terms.reversed', severity: 'error', ...at(0, 'from') },
      { id: 'rule.mayor-terms.after-current', severity: 'error', ...at(1, 'to') },
      { id: 'rule.mayor-terms', severity: 'error', ...at(3, 'from') },
    ]);
    expect(paramsOf(problems, 'rule.mayor-terms')).toMatchObject({ name: 'D', other: 'C' });
  });

  it('warns that former mayors go unused while the current mayor has no date of taking office', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['counterpart', 'formerMayors'], d.createNode([{ name: 'B', to: '2020-07-03' }])));
    expect(findings(check(root), 'mayor-terms')).toEqual([
      { id: 'rule.mayor-terms.no-from', severity: 'warning', file: LYON, path: ['counterpart', 'mayor'] },
    ]);
  });
});

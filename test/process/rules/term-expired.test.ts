import { describe, expect, it } from 'vitest';
import { deriveCaseStatus } from '../../../src/process/status.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

const AGREEMENT = 'cases/lyon-fr/agreement.yaml';

/** Lyon, signed on 2025-06-16, with a fixed term of `years`. */
function fixedTerm(years: number): string {
  const root = copyBase();
  edit(root, AGREEMENT, (d) => d.set('term', d.createNode({ type: 'fixed', years, noticeDays: 90 })));
  return root;
}

describe('term-expired', () => {
  it('is silent while a fixed term runs, and for an indefinite term', () => {
    expect(findings(check(fixedTerm(1), '2026-06-16'), 'term-expired')).toEqual([]);
    const root = copyBase();
    edit(root, AGREEMENT, (d) => d.set('term', d.createNode({ type: 'indefinite', noticeDays: 90 })));
    expect(findings(check(root, '2031-01-01'), 'term-expired')).toEqual([]);
  });

  it('warns once the term has passed with no end recorded', () => {
    const problems = check(fixedTerm(1), '2026-06-17');
    expect(findings(problems, 'term-expired')).toEqual([
      { id: 'rule.term-expired', severity: 'warning', file: AGREEMENT, path: ['term', 'years'] },
    ]);
    expect(paramsOf(problems, 'rule.term-expired')).toEqual({
      expired: '2026-06-16',
      years: 1,
      signed: '2025-06-16',
      slug: 'lyon-fr',
    });
  });

  it('is silent once the end is recorded, or the term extended', () => {
    const root = fixedTerm(1);
    edit(root, LYON, (d) => d.set('end', d.createNode({ state: 'expired', date: '2026-06-16' })));
    expect(findings(check(root, '2026-07-01'), 'term-expired')).toEqual([]);
    const extended = fixedTerm(1);
    edit(extended, AGREEMENT, (d) => d.setIn(['term', 'years'], 3));
    expect(findings(check(extended, '2026-07-01'), 'term-expired')).toEqual([]);
  });
});

describe('a fixed term ends the years in force', () => {
  it('owes no AOP nor results for the years after it expired', () => {
    // Expired on 2027-06-16: the 2027 program was owed (due 2027-03-02), not the 2028 or 2029 ones.
    const root = fixedTerm(2);
    const problems = check(root, '2029-06-01');
    const years = problems.filter((p) => p.rule === 'aop-every-year').map((p) => p.params?.year);
    expect(years).toEqual([2027]);
    const ws = loadWorkspace(root, { cache: false });
    const lyon = ws.cases.find((c) => c.slug === 'lyon-fr');
    if (!lyon) throw new Error('fixture did not load');
    const late = deriveCaseStatus(ws, lyon, '2029-06-01').late.filter((l) => l.kind === 'aop' || l.kind === 'results');
    expect(late.map((l) => `${l.kind} ${l.year}`)).toEqual(['aop 2027', 'results 2026', 'results 2027']);
  });

  it('owes no program falling due after the term expired within its year', () => {
    // Expired on 2027-01-16, before the 2027 program's due day (2027-03-02): none owed for 2027.
    const root = copyBase();
    edit(root, AGREEMENT, (d) => d.set('term', d.createNode({ type: 'fixed', years: 2, noticeDays: 90 })));
    edit(root, LYON, (d) => {
      d.setIn(['steps', 'signature', 'municipality', 'date'], '2025-01-02');
      d.setIn(['steps', 'signature', 'counterpart', 'date'], '2025-01-16');
    });
    const problems = check(root, '2027-06-01');
    expect(findings(problems, 'aop-every-year')).toEqual([]);
  });

  it('owes no program falling due on the day the agreement ended', () => {
    // Terminated on 2027-03-02, the 2027 program's due day: no longer in force that day, none owed.
    const root = copyBase();
    edit(root, LYON, (d) => d.set('end', d.createNode({ state: 'terminated', date: '2027-03-02' })));
    const problems = check(root, '2027-06-01');
    expect(problems.filter((p) => p.rule === 'aop-every-year').map((p) => p.params?.year)).not.toContain(2027);
    const ws = loadWorkspace(root, { cache: false });
    const lyon = ws.cases.find((c) => c.slug === 'lyon-fr');
    if (!lyon) throw new Error('fixture did not load');
    const late = deriveCaseStatus(ws, lyon, '2027-06-01').late.filter((l) => l.kind === 'aop');
    expect(late.map((l) => l.year)).not.toContain(2027);
    // Nor, once that year is over, the results of a program it never owed.
    const after = deriveCaseStatus(ws, lyon, '2028-06-01').late.filter((l) => l.year === 2027);
    expect(after).toEqual([]);
    expect(check(root, '2028-06-01').filter((p) => p.params?.year === 2027)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, paramsOf } from './helpers.js';

const AOP_2025 = 'cases/lyon-fr/aop/2025.yaml';

describe('aop-results', () => {
  it('passes when every indicator of the closed year has its actual and the year was evaluated', () => {
    expect(findings(check(copyBase()), 'aop-results')).toEqual([]);
  });

  it('warns on each indicator without an actual once the results are due', () => {
    const root = copyBase();
    edit(root, AOP_2025, (d) => d.deleteIn(['activities', 0, 'indicators', 0, 'actual']));
    expect(findings(check(root, '2026-03-02'), 'aop-results')).toEqual([]);
    const problems = check(root, '2026-03-03');
    expect(findings(problems, 'aop-results')).toEqual([
      { id: 'rule.aop-results', severity: 'warning', file: AOP_2025, path: ['activities', 0, 'indicators', 0] },
    ]);
    expect(paramsOf(problems, 'rule.aop-results')).toEqual({
      year: 2025,
      due: '2026-03-02',
      activity: 'taller-agua',
      indicator: 'personas',
    });
    expect(findings(problems, 'late')).toEqual([]);
  });

  it('warns when the closed year has no evaluation date', () => {
    const root = copyBase();
    edit(root, AOP_2025, (d) => d.deleteIn(['results', 'evaluated']));
    expect(findings(check(root), 'aop-results')).toEqual([
      { id: 'rule.aop-results.evaluated', severity: 'warning', file: AOP_2025, path: ['results'] },
    ]);
    edit(root, AOP_2025, (d) => d.delete('results'));
    expect(findings(check(root), 'aop-results')).toEqual([
      { id: 'rule.aop-results.evaluated', severity: 'warning', file: AOP_2025, path: [] },
    ]);
  });

  it('waits for a program whose period runs into the next year to end', () => {
    // A first program signed in June runs twelve months: its results are due 60 days after it ends.
    const root = copyBase();
    edit(root, AOP_2025, (d) => {
      d.set('period', d.createNode({ start: '2025-07-01', end: '2026-06-30' }));
      d.deleteIn(['activities', 0, 'indicators', 0, 'actual']);
      d.deleteIn(['results', 'evaluated']);
    });
    expect(findings(check(root), 'aop-results')).toEqual([]);
    expect(findings(check(root, '2026-08-30'), 'aop-results')).toEqual([]);
    const problems = check(root, '2026-08-31');
    expect(findings(problems, 'aop-results').map((f) => f.id)).toEqual([
      'rule.aop-results',
      'rule.aop-results.evaluated',
    ]);
    expect(paramsOf(problems, 'rule.aop-results.evaluated')).toEqual({ year: 2025, due: '2026-08-30' });
  });

  it('warns on an activity still planned once the results are due; in progress it may carry on', () => {
    const root = copyBase();
    edit(root, AOP_2025, (d) => d.setIn(['activities', 0, 'status'], 'planned'));
    expect(findings(check(root, '2026-03-02'), 'aop-results')).toEqual([]);
    const problems = check(root, '2026-03-03');
    expect(findings(problems, 'aop-results')).toEqual([
      { id: 'rule.aop-results.planned', severity: 'warning', file: AOP_2025, path: ['activities', 0, 'status'] },
    ]);
    expect(paramsOf(problems, 'rule.aop-results.planned')).toEqual({
      year: 2025,
      due: '2026-03-02',
      activity: 'taller-agua',
      slug: 'lyon-fr',
    });
    edit(root, AOP_2025, (d) => d.setIn(['activities', 0, 'status'], 'in-progress'));
    expect(findings(check(root, '2026-03-03'), 'aop-results')).toEqual([]);
  });

  it('asks nothing of the year under way', () => {
    // The 2026 AOP's indicator has no actual yet: the year is not closed.
    expect(findings(check(copyBase(), '2026-12-31'), 'aop-results')).toEqual([]);
  });
});

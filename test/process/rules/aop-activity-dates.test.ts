import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, paramsOf } from './helpers.js';

const AOP_2026 = 'cases/lyon-fr/aop/2026.yaml';

describe('aop-activity-dates', () => {
  it('passes when each activity runs inside its year', () => {
    const root = copyBase();
    expect(findings(check(root), 'aop-activity-dates')).toEqual([]);
    // The first and last days of the year are inside it.
    edit(root, AOP_2026, (d) => {
      d.setIn(['activities', 0, 'start'], '2026-01-01');
      d.setIn(['activities', 0, 'end'], '2026-12-31');
    });
    expect(findings(check(root), 'aop-activity-dates')).toEqual([]);
  });

  it('errs on a start or an end outside the year', () => {
    const root = copyBase();
    edit(root, AOP_2026, (d) => {
      d.setIn(['activities', 0, 'start'], '2025-12-20');
      d.setIn(['activities', 0, 'end'], '2027-01-10');
    });
    const problems = check(root);
    expect(findings(problems, 'aop-activity-dates')).toEqual([
      { id: 'rule.aop-activity-dates', severity: 'error', file: AOP_2026, path: ['activities', 0, 'start'] },
      { id: 'rule.aop-activity-dates', severity: 'error', file: AOP_2026, path: ['activities', 0, 'end'] },
    ]);
    expect(paramsOf(problems, 'rule.aop-activity-dates')).toEqual({
      activity: 'piloto-riego',
      date: '2025-12-20',
      field: 'start',
      start: '2026-01-01',
      end: '2026-12-31',
    });
  });

  it('errs on an activity that ends before it starts', () => {
    const root = copyBase();
    edit(root, AOP_2026, (d) => d.setIn(['activities', 0, 'end'], '2026-03-31'));
    expect(findings(check(root), 'aop-activity-dates')).toEqual([
      { id: 'rule.aop-activity-dates.order', severity: 'error', file: AOP_2026, path: ['activities', 0, 'end'] },
    ]);
  });

  it('uses the program’s period when it has one', () => {
    const root = copyBase();
    edit(root, AOP_2026, (d) => {
      d.set('period', { start: '2026-03-01', end: '2027-02-28' });
      d.setIn(['activities', 0, 'end'], '2027-01-15');
    });
    expect(findings(check(root), 'aop-activity-dates')).toEqual([]);
    edit(root, AOP_2026, (d) => d.setIn(['activities', 0, 'start'], '2026-02-15'));
    expect(paramsOf(check(root), 'rule.aop-activity-dates')).toMatchObject({
      field: 'start',
      start: '2026-03-01',
      end: '2027-02-28',
    });
  });

  it('errs on a period that ends before it starts', () => {
    const root = copyBase();
    edit(root, AOP_2026, (d) => d.set('period', { start: '2026-03-01', end: '2026-02-28' }));
    expect(findings(check(root), 'aop-activity-dates')).toEqual([
      { id: 'rule.aop-activity-dates.period', severity: 'error', file: AOP_2026, path: ['period', 'end'] },
    ]);
  });
});

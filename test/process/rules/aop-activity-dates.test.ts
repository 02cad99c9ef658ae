import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

const AOP_2025 = 'cases/lyon-fr/aop/2025.yaml';
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
  it('errs on an activity dated before the agreement was signed, inside the program’s year', () => {
    // Signed on 16 June 2025 (the later signature): a program in force from then has nothing before.
    const root = copyBase();
    edit(root, AOP_2025, (d) => {
      d.setIn(['activities', 0, 'start'], '2025-03-01');
      d.setIn(['activities', 0, 'end'], '2025-06-10');
    });
    const problems = check(root);
    expect(findings(problems, 'aop-activity-dates')).toEqual([
      {
        id: 'rule.aop-activity-dates.before-signature',
        severity: 'error',
        file: AOP_2025,
        path: ['activities', 0, 'start'],
      },
      {
        id: 'rule.aop-activity-dates.before-signature',
        severity: 'error',
        file: AOP_2025,
        path: ['activities', 0, 'end'],
      },
    ]);
    expect(paramsOf(problems, 'rule.aop-activity-dates.before-signature')).toEqual({
      activity: 'taller-agua',
      field: 'start',
      date: '2025-03-01',
      signed: '2025-06-16',
    });
    // The day of the signature is in force.
    edit(root, AOP_2025, (d) => {
      d.setIn(['activities', 0, 'start'], '2025-06-16');
      d.setIn(['activities', 0, 'end'], '2025-06-16');
    });
    expect(findings(check(root), 'aop-activity-dates')).toEqual([]);
  });

  it('errs on an activity that starts after the agreement ended; one under way may finish', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.set('end', { state: 'terminated', date: '2026-06-30' }));
    // Under way on the day it ended (1 April to 30 November): the termination clause lets it finish.
    expect(findings(check(root), 'aop-activity-dates')).toEqual([]);
    edit(root, AOP_2026, (d) => d.setIn(['activities', 0, 'start'], '2026-07-01'));
    const problems = check(root);
    expect(findings(problems, 'aop-activity-dates')).toEqual([
      { id: 'rule.aop-activity-dates.after-end', severity: 'error', file: AOP_2026, path: ['activities', 0, 'start'] },
    ]);
    expect(paramsOf(problems, 'rule.aop-activity-dates.after-end')).toEqual({
      activity: 'piloto-riego',
      date: '2026-07-01',
      ended: '2026-06-30',
    });
  });

  it('errs on an activity that starts on the day the agreement ended: from that day it is no longer in force', () => {
    // The case closes on its `end.date` (status.ts pendingEnd), as a fixed term ends on its anniversary.
    const root = copyBase();
    edit(root, LYON, (d) => d.set('end', { state: 'terminated', date: '2026-07-01' }));
    edit(root, AOP_2026, (d) => d.setIn(['activities', 0, 'start'], '2026-07-01'));
    const problems = check(root);
    expect(findings(problems, 'aop-activity-dates')).toEqual([
      { id: 'rule.aop-activity-dates.after-end', severity: 'error', file: AOP_2026, path: ['activities', 0, 'start'] },
    ]);
    expect(paramsOf(problems, 'rule.aop-activity-dates.after-end')).toEqual({
      activity: 'piloto-riego',
      date: '2026-07-01',
      ended: '2026-07-01',
    });
    // The day before is the last in force: an activity may start then.
    edit(root, AOP_2026, (d) => d.setIn(['activities', 0, 'start'], '2026-06-30'));
    expect(findings(check(root), 'aop-activity-dates')).toEqual([]);
  });
});

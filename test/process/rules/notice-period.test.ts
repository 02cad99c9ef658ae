import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

/** Lyon (notice of 90 days in its agreement), terminated on `date` by a notice of 2026-03-02. */
function terminated(date: string): string {
  const root = copyBase();
  edit(root, 'cases/lyon-fr/agreement.yaml', (d) =>
    d.set('term', d.createNode({ type: 'indefinite', noticeDays: 90 })),
  );
  edit(root, LYON, (d) =>
    d.set('end', d.createNode({ state: 'terminated', date, notice: { by: 'municipality', date: '2026-03-02' } })),
  );
  return root;
}

describe('notice-period', () => {
  it('warns of a termination that takes effect before the notice period runs out', () => {
    const problems = check(terminated('2026-04-01'), '2026-11-28');
    expect(findings(problems, 'notice-period')).toEqual([
      { id: 'rule.notice-period', severity: 'warning', file: LYON, path: ['end', 'date'] },
    ]);
    expect(paramsOf(problems, 'rule.notice-period')).toEqual({
      date: '2026-04-01',
      notice: '2026-03-02',
      days: 90,
      earliest: '2026-05-31',
    });
  });

  it('is silent from the day the notice period runs out', () => {
    expect(findings(check(terminated('2026-05-31'), '2026-11-28'), 'notice-period')).toEqual([]);
  });
});

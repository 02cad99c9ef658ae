import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, paramsOf } from './helpers.js';

const AOP_2025 = 'cases/lyon-fr/aop/2025.yaml';
// The 2025 AOP's one activity has 50,000 MXN municipal and 3,000 EUR from the counterpart.
const TOTALS = [
  { source: 'municipal', currency: 'MXN', amount: 50000 },
  { source: 'counterpart', currency: 'EUR', amount: 3000 },
];

describe('aop-budget-totals', () => {
  it('passes without totals, and with totals that match the lines', () => {
    const root = copyBase();
    expect(findings(check(root), 'aop-budget-totals')).toEqual([]);
    edit(root, AOP_2025, (d) => d.set('budgetTotals', TOTALS));
    expect(findings(check(root), 'aop-budget-totals')).toEqual([]);
  });

  it('adds decimal amounts to the cent', () => {
    const root = copyBase();
    edit(root, AOP_2025, (d) => {
      d.setIn(['activities', 0, 'budget', 0, 'amount'], 0.1);
      d.addIn(['activities', 0, 'budget'], { source: 'municipal', amount: 0.2, currency: 'MXN' });
      d.set('budgetTotals', [{ ...TOTALS[0], amount: 0.3 }, TOTALS[1]]);
    });
    expect(findings(check(root), 'aop-budget-totals')).toEqual([]);
  });

  it('errs on a total that is not the sum of its source and currency', () => {
    const root = copyBase();
    edit(root, AOP_2025, (d) => d.set('budgetTotals', [{ ...TOTALS[0], amount: 45000 }, TOTALS[1]]));
    const problems = check(root);
    expect(findings(problems, 'aop-budget-totals')).toEqual([
      { id: 'rule.aop-budget-totals', severity: 'error', file: AOP_2025, path: ['budgetTotals', 0, 'amount'] },
    ]);
    expect(paramsOf(problems, 'rule.aop-budget-totals')).toEqual({
      source: 'municipal',
      currency: 'MXN',
      stated: 45000,
      sum: 50000,
    });
  });

  it('errs on a total for a source and currency no activity has', () => {
    const root = copyBase();
    edit(root, AOP_2025, (d) =>
      d.set('budgetTotals', [
        ...TOTALS,
        { source: 'third-party', currency: 'USD', amount: 1200 },
        // A zero total for a source nobody funds is true, and harmless.
        { source: 'in-kind', currency: 'MXN', amount: 0 },
      ]),
    );
    const problems = check(root);
    expect(findings(problems, 'aop-budget-totals')).toEqual([
      { id: 'rule.aop-budget-totals.no-lines', severity: 'error', file: AOP_2025, path: ['budgetTotals', 2, 'amount'] },
    ]);
    expect(paramsOf(problems, 'rule.aop-budget-totals.no-lines')).toMatchObject({ stated: 1200, sum: 0 });
  });

  it('errs when a source and currency the lines use has no total, or has two', () => {
    const root = copyBase();
    edit(root, AOP_2025, (d) => d.set('budgetTotals', [TOTALS[0], TOTALS[0]]));
    const problems = check(root);
    expect(findings(problems, 'aop-budget-totals')).toEqual([
      { id: 'rule.aop-budget-totals.duplicate', severity: 'error', file: AOP_2025, path: ['budgetTotals', 1] },
      { id: 'rule.aop-budget-totals.missing', severity: 'error', file: AOP_2025, path: ['budgetTotals'] },
    ]);
    expect(paramsOf(problems, 'rule.aop-budget-totals.missing')).toEqual({
      source: 'counterpart',
      currency: 'EUR',
      sum: 3000,
    });
  });

  it('leaves a program with a currency that is no ISO code to iso-codes', () => {
    const root = copyBase();
    edit(root, AOP_2025, (d) => {
      d.set('budgetTotals', TOTALS);
      d.setIn(['activities', 0, 'budget', 0, 'currency'], 'MNX');
    });
    const problems = check(root);
    expect(findings(problems, 'aop-budget-totals')).toEqual([]);
    expect(findings(problems, 'iso-codes').map((f) => f.id)).toEqual(['rule.iso-codes.currency-suggestion']);
  });
});

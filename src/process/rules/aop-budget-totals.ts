// An AOP states the financial resources of each party (domain.md, "The AOP": budget by source);
// when it also states totals, they are the sums of its lines, per source and currency.
import { budgetKey, budgetKeyParts, budgetSums, cents } from '../aop.js';
import { checkCurrency } from './iso-codes.js';
import type { Finding, Rule } from './types.js';

/**
 * Each `budgetTotals` entry equals the sum of the activities' budget lines of its source and
 * currency (a total no line has must be 0); every source and currency the lines use has a total;
 * a source and currency is stated once. Not judged while a currency of the program is no ISO code.
 */
export const aopBudgetTotals: Rule = {
  id: 'aop-budget-totals',
  severity: 'error',
  case: (_ctx, bundle) => {
    const findings: Finding[] = [];
    for (const aop of bundle.aops) {
      const totals = aop.data?.budgetTotals;
      if (!aop.data || !totals) continue;
      // A currency that is no ISO code is iso-codes' finding; sums over it would only repeat it.
      const codes = [...totals, ...aop.data.activities.flatMap((a) => a.budget ?? [])].map((x) => x.currency);
      if (codes.some((code) => !checkCurrency(code).ok)) continue;
      const sums = budgetSums(aop.data);
      const stated = new Set<string>();
      for (const [i, t] of totals.entries()) {
        const key = budgetKey(t.source, t.currency);
        const params = { source: t.source, currency: t.currency, stated: t.amount, sum: sums.get(key) ?? 0 };
        if (stated.has(key)) {
          findings.push({ id: 'rule.aop-budget-totals.duplicate', params, file: aop.file, path: ['budgetTotals', i] });
        } else if (cents(t.amount) !== params.sum) {
          findings.push({
            ...(sums.has(key) ? {} : { id: 'rule.aop-budget-totals.no-lines' }),
            params,
            file: aop.file,
            path: ['budgetTotals', i, 'amount'],
          });
        }
        stated.add(key);
      }
      for (const [key, sum] of sums) {
        if (stated.has(key)) continue;
        findings.push({
          id: 'rule.aop-budget-totals.missing',
          params: { ...budgetKeyParts(key), sum },
          file: aop.file,
          path: ['budgetTotals'],
        });
      }
    }
    return findings;
  },
};

// Facts about one Annual Operational Program that rules, prompts and `aop new` share.
import type { AopFile } from '../workspace/schema.js';

export type AopData = Pick<AopFile, 'year' | 'period'>;

/** The days an AOP runs: its `period` when given, else its calendar year. */
export function aopSpan(aop: AopData): { start: string; end: string } {
  return aop.period ?? { start: `${aop.year}-01-01`, end: `${aop.year}-12-31` };
}

/** `municipal|MXN`: a source and a currency, the unit budget totals are kept in. */
export const budgetKey = (source: string, currency: string) => `${source}|${currency}`;

/** Rounds to cents, so sums of decimal amounts compare as people read them. */
export const cents = (n: number) => Math.round(n * 100) / 100;

/** The sum of the activities' budget lines per source and currency, in order of first appearance. */
export function budgetSums(aop: Pick<AopFile, 'activities'>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const a of aop.activities) {
    for (const line of a.budget ?? []) {
      const key = budgetKey(line.source, line.currency);
      sums.set(key, cents((sums.get(key) ?? 0) + line.amount));
    }
  }
  return sums;
}

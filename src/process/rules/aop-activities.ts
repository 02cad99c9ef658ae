// A program is carried out through its activities (domain.md, "The AOP": contents a)–f), each
// activity with its area, responsible units, dates, deliverable, indicators and budget). A program
// saved without any, as `linkage next` allows when the first "add an activity?" is declined, would
// otherwise meet the 60-day rule for the first program with an empty file.
import type { Finding, Rule } from './types.js';

/** Each AOP has at least one activity. */
export const aopActivities: Rule = {
  id: 'aop-activities',
  severity: 'warning',
  case: (_ctx, bundle) => {
    const findings: Finding[] = [];
    for (const aop of bundle.aops) {
      if (aop.data && aop.data.activities.length === 0) {
        findings.push({
          params: { year: aop.data.year, slug: bundle.slug },
          file: aop.file,
          path: ['activities'],
        });
      }
    }
    return findings;
  },
};

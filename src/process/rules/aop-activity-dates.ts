// An AOP is a year's calendar (domain.md, "The AOP": start and end of each activity): its
// activities run inside that year, or inside its `period` when the program has one, and inside the
// agreement's term.
import { agreementTerm, aopSpan, outsideTerm } from '../aop.js';
import type { Finding, Rule } from './types.js';

/**
 * The AOP's `period` ends after it starts; each activity ends on or after its start, both dates fall
 * inside the AOP's year (or period) and on or after the signature, and it starts before the day the
 * agreement ended, from which it is no longer in force (outsideTerm).
 */
export const aopActivityDates: Rule = {
  id: 'aop-activity-dates',
  severity: 'error',
  case: (_ctx, bundle) => {
    const findings: Finding[] = [];
    const term = agreementTerm(bundle);
    for (const aop of bundle.aops) {
      const data = aop.data;
      if (!data) continue;
      const span = aopSpan(data);
      if (span.end < span.start) {
        findings.push({ id: 'rule.aop-activity-dates.period', params: span, file: aop.file, path: ['period', 'end'] });
        continue;
      }
      for (const [i, a] of data.activities.entries()) {
        const outside = (['start', 'end'] as const).filter((k) => a[k] < span.start || a[k] > span.end);
        for (const k of outside) {
          findings.push({
            params: { activity: a.id, date: a[k], field: k, start: span.start, end: span.end },
            file: aop.file,
            path: ['activities', i, k],
          });
        }
        for (const k of (['start', 'end'] as const).filter((k) => !outside.includes(k))) {
          const beyond = outsideTerm(term, a.id, k, a[k]);
          if (beyond) findings.push({ ...beyond, file: aop.file, path: ['activities', i, k] });
        }
        if (outside.length === 0 && a.end < a.start) {
          findings.push({
            id: 'rule.aop-activity-dates.order',
            params: { activity: a.id, start: a.start, end: a.end },
            file: aop.file,
            path: ['activities', i, 'end'],
          });
        }
      }
    }
    return findings;
  },
};

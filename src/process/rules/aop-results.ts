// When a year closes, the result of every indicator and how each activity ended are recorded and
// evaluated with the counterpart (domain.md, "The AOP": the yearly report compares actuals with targets).
import { closedYears, resultsDue, type StepContext } from '../steps.js';
import type { Finding, Rule } from './types.js';

/**
 * Once a closed year's results are due (`settings.followUpDays.aop` days into the next year), each
 * indicator of its AOP has an `actual`, no activity is still `planned`, and the AOP has its
 * `results.evaluated` date. A missing AOP is aop-every-year's to report.
 */
export const aopResults: Rule = {
  id: 'aop-results',
  severity: 'warning',
  case: (ctx, bundle) => {
    const sctx: StepContext = { ws: ctx.ws, bundle, today: ctx.today };
    const findings: Finding[] = [];
    for (const year of closedYears(sctx)) {
      const aop = bundle.aops.find((a) => a.year === year);
      const due = resultsDue(sctx, year);
      if (!aop?.data || ctx.today <= due) continue;
      for (const [i, a] of aop.data.activities.entries()) {
        for (const [k, indicator] of (a.indicators ?? []).entries()) {
          if (indicator.actual !== undefined) continue;
          findings.push({
            params: { year, due, activity: a.id, indicator: indicator.id },
            file: aop.file,
            path: ['activities', i, 'indicators', k],
          });
        }
        // A closed year's activity was done, postponed, cancelled or carries on in progress: not planned.
        if (a.status === 'planned') {
          findings.push({
            id: 'rule.aop-results.planned',
            params: { year, due, activity: a.id, slug: bundle.slug },
            file: aop.file,
            path: ['activities', i, 'status'],
          });
        }
      }
      if (!aop.data.results?.evaluated) {
        findings.push({
          id: 'rule.aop-results.evaluated',
          params: { year, due },
          file: aop.file,
          path: aop.data.results ? ['results'] : [],
        });
      }
    }
    return findings;
  },
};

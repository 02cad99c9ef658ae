// An AOP deploys the agreement's areas of cooperation (domain.md, "The AOP"); the agreement lists
// the case's `areas` (its {areas} placeholder), so an activity names one of their ids.
import { closest } from '../../workspace/validate.js';
import type { Finding, Rule } from './types.js';

/** Each activity's `area` is the id of one of the case's areas of cooperation. */
export const aopArea: Rule = {
  id: 'aop-area',
  severity: 'error',
  case: (_ctx, bundle) => {
    const valid = (bundle.case?.areas ?? []).map((a) => a.id);
    const findings: Finding[] = [];
    for (const aop of bundle.aops) {
      for (const [i, a] of (aop.data?.activities ?? []).entries()) {
        if (valid.includes(a.area)) continue;
        const suggestion = closest(a.area, valid);
        const id =
          valid.length === 0 ? 'rule.aop-area.no-areas' : suggestion ? 'rule.aop-area.suggestion' : 'rule.aop-area';
        findings.push({
          id,
          params: { area: a.area, valid: valid.join(', '), slug: bundle.slug, ...(suggestion ? { suggestion } : {}) },
          file: aop.file,
          path: ['activities', i, 'area'],
        });
      }
    }
    return findings;
  },
};

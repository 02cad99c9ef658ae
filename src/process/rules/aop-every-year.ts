// The Parties carry out their cooperation through Annual Operational Programs: one for every year
// the agreement is in force (domain.md, "The AOP"). The first year is aop-first's.
import { yearOf } from '../dates.js';
import { agreementEnd, aopDue, owesAop, type StepContext, signatureDate, yearsInForce } from '../steps.js';
import { AOP_ARTICLE } from './aop-first.js';
import type { Finding, Rule } from './types.js';

/**
 * Each year in force after the signature year has its `aop/<year>.yaml` once it is due (aopDue:
 * `settings.followUpDays.aop` days into the year or after the previous program ends, 60 by default)
 * unless the agreement ended by then (owesAop, as aopYears), and was not approved after that day:
 * warnings. An AOP for a year before signature, or after the agreement ended (a recorded `end:`, or
 * its fixed term's expiry), is an error.
 */
export const aopEveryYear: Rule = {
  id: 'aop-every-year',
  severity: 'warning',
  law: AOP_ARTICLE,
  case: (ctx, bundle) => {
    const c = bundle.case;
    const signed = signatureDate(c);
    if (!signed) return [];
    const sctx: StepContext = { ws: ctx.ws, bundle, today: ctx.today };
    const findings: Finding[] = [];
    // Recorded, or the day a fixed term expired: the new program's due day may fall on or after it.
    const inForceUntil = agreementEnd(sctx);
    for (const year of yearsInForce(sctx)) {
      if (year === yearOf(signed)) continue;
      const due = aopDue(sctx, year) as string;
      const entry = bundle.aops.find((a) => a.year === year);
      // As aop-first for the first program: one agreed after its due day is on record as late.
      const approved = entry?.data?.approved;
      if (approved !== undefined && approved > due)
        findings.push({
          id: 'rule.aop-every-year.approved',
          params: { year, approved, due },
          file: entry?.file as string,
          path: ['approved'],
        });
      if (entry) continue;
      // An agreement that ended by the day owes no program for the rest of that year.
      if (ctx.today > due && owesAop(inForceUntil, due))
        findings.push({ params: { year, due, slug: bundle.slug }, file: `${bundle.dir}/aop/${year}.yaml` });
    }
    const ended = c?.end?.date;
    for (const aop of bundle.aops) {
      const outside: Pick<Finding, 'id' | 'params'> | undefined =
        aop.year < yearOf(signed)
          ? { id: 'rule.aop-every-year.before-signature', params: { year: aop.year, signed } }
          : inForceUntil !== undefined && aop.year > yearOf(inForceUntil)
            ? inForceUntil === ended
              ? { id: 'rule.aop-every-year.after-end', params: { year: aop.year, ended } }
              : {
                  id: 'rule.aop-every-year.after-expiry',
                  params: { year: aop.year, expired: inForceUntil, signed, years: bundle.agreement?.term?.years ?? 0 },
                }
            : undefined;
      if (outside) findings.push({ ...outside, severity: 'error', file: aop.file, path: aop.data ? ['year'] : [] });
    }
    return findings;
  },
};

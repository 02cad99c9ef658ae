// The model agreement's article on AOPs: the Parties draw up the first one within 60 days of
// signature (domain.md, "The AOP"). Lateness is a warning, as for every other follow-up.
import { yearOf } from '../dates.js';
import { aopDays, aopDue, signatureDate } from '../steps.js';
import { caseFile } from './locate.js';
import type { Finding, Rule } from './types.js';

/** The SRE model's article on AOPs, as a catalog id (see locate.ts). */
export const AOP_ARTICLE = 'law.sre-model-aop';

/**
 * The signature year's AOP exists once its due day (`settings.followUpDays.aop` days after
 * signature, 60 by default) has passed, unless the agreement ended before it, and was not approved
 * after that day.
 */
export const aopFirst: Rule = {
  id: 'aop-first',
  severity: 'warning',
  law: AOP_ARTICLE,
  case: (ctx, bundle) => {
    const c = bundle.case;
    const signed = signatureDate(c);
    if (!signed) return [];
    const year = yearOf(signed);
    const sctx = { ws: ctx.ws, bundle, today: ctx.today };
    const due = aopDue(sctx, year) as string;
    const days = aopDays(sctx);
    const params = { year, signed, due, days, slug: bundle.slug };
    // A file that does not pass the schema still exists: its errors are reported where they are.
    const entry = bundle.aops.find((a) => a.year === year);
    const findings: Finding[] = [];
    const ended = c?.end?.date;
    // An agreement that ended before the due day owes no program.
    if (!entry && ctx.today > due && !(ended !== undefined && ended < due)) {
      const side = c?.steps?.signature?.counterpart?.date === signed ? 'counterpart' : 'municipality';
      findings.push({ params, file: caseFile(bundle), path: ['steps', 'signature', side, 'date'] });
    }
    const approved = entry?.data?.approved;
    if (entry && approved && approved > due) {
      findings.push({
        id: 'rule.aop-first.approved',
        params: { ...params, approved },
        file: entry.file,
        path: ['approved'],
      });
    }
    return findings;
  },
};

// A fixed-term agreement is in force until the anniversary of its signature `years` later
// (agreement.yaml's current `term`: an amendment that extends it changes the text). Past that day
// with no `end:` recorded, the case still reads as in force.
import { type StepContext, signatureDate, termExpiry } from '../steps.js';
import type { Rule } from './types.js';

/** A fixed term that has expired with no `end:` in case.yaml: record the end, or the amendment that extended it. */
export const termExpired: Rule = {
  id: 'term-expired',
  severity: 'warning',
  case: (ctx, bundle) => {
    const c = bundle.case;
    if (!c || c.end) return [];
    const sctx: StepContext = { ws: ctx.ws, bundle, today: ctx.today };
    const expired = termExpiry(sctx);
    if (expired === undefined || ctx.today <= expired) return [];
    const years = bundle.agreement?.term?.years as number;
    const signed = signatureDate(c) as string;
    return [
      {
        params: { expired, years, signed, slug: bundle.slug },
        file: `${bundle.dir}/agreement.yaml`,
        path: ['term', 'years'],
      },
    ];
  },
};

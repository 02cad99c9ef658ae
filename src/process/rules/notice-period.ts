// A termination by notice takes effect once the notice period the agreement sets (agreement.yaml
// `term.noticeDays`, the text of its article on entry into force and termination) has run from the
// notice. An earlier date ends the agreement before its own text allows, unless the Parties agreed so.

import { caseFilePath } from '../../workspace/root.js';
import { addDays } from '../dates.js';
import type { Rule } from './types.js';

/** A termination recorded as taking effect before its notice period ran out. */
export const noticePeriod: Rule = {
  id: 'notice-period',
  severity: 'warning',
  case: (_ctx, bundle) => {
    const end = bundle.case?.end;
    const days = bundle.agreement?.term?.noticeDays;
    if (end?.state !== 'terminated' || !end.notice?.date || days === undefined) return [];
    const earliest = addDays(end.notice.date, days);
    if (end.date >= earliest) return [];
    return [
      {
        params: { date: end.date, notice: end.notice.date, days, earliest },
        file: caseFilePath(bundle.slug),
        path: ['end', 'date'],
      },
    ];
  },
};

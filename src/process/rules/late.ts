// What is overdue, from the derived status: follow-ups set by the user or by the step's interval,
// and silence with the partner. The law sets none of these terms. A missing AOP or year's results
// are late too, but the aop-first, aop-every-year and aop-results rules report them where they lie.
import type { CaseBundle } from '../../workspace/load.js';
import type { CaseFile } from '../../workspace/schema.js';
import { maxDate } from '../dates.js';
import { counterpartActs, type LateItem } from '../status.js';
import { signatureDate } from '../steps.js';
import { caseStatus } from './derived.js';
import { caseFile, type FieldPath, stepParams } from './locate.js';
import type { Finding, Rule } from './types.js';

/**
 * The index of the latest contact-log entry, the one whose follow-up status.ts reads after a stable
 * sort by date: the last, in file order, of those on the latest date (-1 without any).
 */
function latestContact(c: CaseFile): number {
  const dates = (c.contactLog ?? []).map((e) => e.date);
  return dates.lastIndexOf(maxDate(dates) as string);
}

const REPORTED = ['follow-up', 'contact', 'amendment', 'amendment-registration', 'amendment-acuse'] as const;
type Reported = LateItem & { kind: (typeof REPORTED)[number] };

function where(bundle: CaseBundle, item: Reported): { id: string; file: string; path: FieldPath } {
  const c = bundle.case as CaseFile;
  const file = caseFile(bundle);
  const s = c.steps;
  switch (item.kind) {
    case 'follow-up': {
      if (item.step === 'response') {
        return {
          id: 'rule.late.response',
          file,
          path: ['steps', 'letter', s?.letter?.followUpOn ? 'followUpOn' : 'date'],
        };
      }
      if (item.step === 'sre-opinion') {
        const rounds = s?.['sre-opinion']?.rounds ?? [];
        const i = rounds.length - 1;
        return {
          id: 'rule.late.sre-opinion',
          file,
          path: ['steps', 'sre-opinion', 'rounds', i, rounds[i]?.followUpOn ? 'followUpOn' : 'submitted'],
        };
      }
      if (item.step === 'registration' && s?.registration?.date) {
        // Sent and not acknowledged: its follow-up date, else the day it was sent.
        return {
          id: 'rule.late.registration-acuse',
          file,
          path: ['steps', 'registration', s.registration.followUpOn ? 'followUpOn' : 'date'],
        };
      }
      if (item.step === 'registration') {
        // Owed since the later signature: its date is where the interval counts from.
        const side = s?.signature?.counterpart?.date === signatureDate(c) ? 'counterpart' : 'municipality';
        return { id: 'rule.late.registration', file, path: ['steps', 'signature', side, 'date'] };
      }
      if (item.step === undefined) {
        // Not the first entry naming that day: an earlier one may name it too.
        const i = latestContact(c);
        return {
          id: 'rule.late.contact-follow-up',
          file,
          path: i >= 0 ? ['contactLog', i, 'followUpOn'] : ['contactLog'],
        };
      }
      return { id: 'rule.late', file, path: ['steps', item.step] };
    }
    case 'amendment': {
      // Its last round, sent and not answered: its follow-up date, else the day it was sent.
      const i = (c.amendments ?? []).findIndex((a) => a.id === item.id);
      const rounds = c.amendments?.[i]?.rounds ?? [];
      const k = rounds.length - 1;
      return {
        id: 'rule.late.amendment',
        file,
        path: ['amendments', i, 'rounds', k, rounds[k]?.followUpOn ? 'followUpOn' : 'submitted'],
      };
    }
    case 'amendment-registration':
    case 'amendment-acuse': {
      // Owed since its signature; sent and not acknowledged: its follow-up date, else the day it was sent.
      const i = (c.amendments ?? []).findIndex((a) => a.id === item.id);
      const registration = c.amendments?.[i]?.registration;
      const path: FieldPath = registration?.followUpOn
        ? ['amendments', i, 'registration', 'followUpOn']
        : item.kind === 'amendment-acuse'
          ? ['amendments', i, 'registration', 'date']
          : ['amendments', i, 'signed'];
      return { id: `rule.late.${item.kind}`, file, path };
    }
    case 'contact': {
      // The silence counts from the latest contact: a log entry, the letter or the counterpart's own act.
      const i = latestContact(c);
      const last = c.contactLog?.[i]?.date;
      const letter = s?.letter?.date;
      const from = [
        ...(letter ? [{ date: letter, path: ['steps', 'letter', 'date'] }] : []),
        ...(last !== undefined ? [{ date: last, path: ['contactLog', i, 'date'] }] : []),
        ...counterpartActs(c),
      ].reduce((a, b) => (b.date >= a.date ? b : a));
      return { id: 'rule.late.contact', file, path: from.path };
    }
  }
}

/** The day an amendment was signed and the day its copy was sent for registration, for its findings. */
function amendmentDates(c: CaseFile | null, id: string | undefined): { signed: string; sent: string } {
  const amendment = c?.amendments?.find((a) => a.id === id);
  return { signed: amendment?.signed ?? '', sent: amendment?.registration?.date ?? '' };
}

/**
 * Overdue items of the case, each with the day it fell due: the counterpart's answer and the SRE's
 * opinion past their follow-up date, the signed agreement not yet sent for registration past its
 * interval or sent and not acknowledged past its follow-up date, an amendment's SRE opinion past its
 * follow-up date, a signed amendment not yet sent for registration past the registration interval or
 * sent and not acknowledged past its follow-up date, a contact-log follow-up past its date, and no contact for
 * `settings.contactWarningMonths` (6 by default).
 */
export const late: Rule = {
  id: 'late',
  severity: 'warning',
  case: (ctx, bundle) => {
    const months = ctx.ws.config?.settings?.contactWarningMonths ?? 6;
    const reported = caseStatus(ctx, bundle).late.filter((item): item is Reported =>
      (REPORTED as readonly string[]).includes(item.kind),
    );
    return reported.map<Finding>((item) => {
      const at = where(bundle, item);
      return {
        ...at,
        params: {
          due: item.due,
          today: ctx.today,
          slug: bundle.slug,
          ...(item.step ? stepParams(ctx.steps.filter((s) => s.id === item.step)) : {}),
          ...(item.kind === 'contact' ? { months } : {}),
          ...(item.kind.startsWith('amendment') ? { amendment: item.id ?? '' } : {}),
          ...(item.kind === 'amendment-registration' || item.kind === 'amendment-acuse'
            ? amendmentDates(bundle.case, item.id)
            : {}),
          ...(item.step === 'registration'
            ? { signed: signatureDate(bundle.case), sent: bundle.case?.steps?.registration?.date ?? '' }
            : {}),
        },
      };
    });
  },
};

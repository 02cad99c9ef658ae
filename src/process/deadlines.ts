// Every dated open item of a case, late or ahead: what `linkage calendar` turns into events and the
// status and handover reports list as commitments (src/process/commitments.ts). The dates come from
// status.ts (the same follow-ups, AOPs, results and contacts it reports as late); this module adds
// what only matters ahead of time: AOP activities and the agreement's term.
import type { CaseBundle, Workspace } from '../workspace/load.js';
import { caseFilePath } from '../workspace/root.js';
import { pendingActivities } from './aop.js';
import { addDays, yearOf } from './dates.js';
import {
  amendmentsDue,
  type CaseStatus,
  contactDue,
  deriveCaseStatus,
  followUpDue,
  instrumentationDue,
  type LateItem,
} from './status.js';
import { type Actor, type StepContext, signatureDate, termExpiry } from './steps.js';

export type DeadlineKind =
  | 'follow-up'
  | 'contact'
  | 'contact-log'
  | 'aop'
  | 'results'
  | 'registration'
  | 'amendment'
  | 'amendment-registration'
  | 'amendment-acuse'
  | 'amendment-registry-number'
  | 'activity'
  | 'notice'
  | 'term-end'
  | 'termination';

export interface Deadline {
  kind: DeadlineKind;
  /** Names the item within its case, whatever its date: a moved date keeps its calendar event. */
  key: string;
  /** The day it falls due (an activity's first day). */
  date: string;
  /** An activity's last day (inclusive). */
  end?: string;
  /** Still open and already past: a liaison wants these too, marked. */
  overdue: boolean;
  /** The workspace-relative file where the fact that closes it is recorded. */
  file: string;
  step?: string;
  actor?: Actor;
  year?: number;
  /** An AOP activity's or an amendment's id. */
  id?: string;
  /** An activity's title, or the followed-up step's (language maps). */
  title?: string | Record<string, string>;
  /** For `notice`: the day the term ends; for `term-end`: the signature date. */
  from?: string;
  years?: number;
  noticeDays?: number;
}

/**
 * A case's deadlines from `today` on, plus the open ones already past (marked overdue), sorted by
 * date. Closed cases, and those whose case.yaml does not load, have none; a year whose AOP file does
 * not load owes nothing here (instrumentationDue).
 */
export function caseDeadlines(
  ws: Workspace,
  bundle: CaseBundle,
  today: string,
  status: CaseStatus = deriveCaseStatus(ws, bundle, today),
): Deadline[] {
  const c = bundle.case;
  if (!c || status.closed) return [];
  const ctx: StepContext = { ws, bundle, today };
  const caseFile = caseFilePath(bundle.slug);
  const aopFile = (year: number) => `${bundle.dir}/aop/${year}.yaml`;
  const out: Deadline[] = [];
  const push = (d: Omit<Deadline, 'overdue'>) => out.push({ ...d, overdue: (d.end ?? d.date) < today });

  const lead = status.next[0];
  const followUp = lead ? followUpDue(ctx, lead) : undefined;
  if (followUp?.step)
    push({
      kind: 'follow-up',
      key: `follow-up.${followUp.step}`,
      date: followUp.due,
      file: caseFile,
      step: followUp.step,
      ...(lead ? { title: lead.step.title } : {}),
      ...(status.move ? { actor: status.move.actor } : {}),
    });

  // Looking one year ahead: next year's AOP and this year's results are already known deadlines.
  const ahead = instrumentationDue({ ...ctx, today: `${yearOf(today) + 1}-12-31` });
  for (const item of ahead) {
    const year = item.year as number;
    push({
      kind: item.kind as 'aop' | 'results',
      key: `${item.kind}.${year}`,
      date: item.due,
      file: aopFile(year),
      year,
    });
  }

  for (const item of contactDue(ctx, status.lastContact)) push(contactDeadline(item, caseFile));

  // The registry number, once the acuse came without it (until then the step's follow-up above, or
  // the amendment's acuse below): the agreement's, and each signed amendment's.
  const registrations = [
    { kind: 'registration' as const, key: 'registration', registration: c.steps?.registration },
    ...(c.amendments ?? [])
      .filter((a) => a.signed)
      .map((a) => ({
        kind: 'amendment-registry-number' as const,
        key: `amendment-registry-number.${a.id}`,
        registration: a.registration,
        id: a.id,
      })),
  ];
  for (const { registration, ...d } of registrations)
    if (registration?.followUpOn && registration.acuse && !registration.registryNumber)
      push({ ...d, date: registration.followUpOn, file: caseFile });

  // Each amendment's SRE opinion awaited, its signed copy still to send for registration, its acuse awaited.
  for (const item of amendmentsDue(ctx)) {
    const kind = item.kind as 'amendment' | 'amendment-registration' | 'amendment-acuse';
    push({ kind, key: `${kind}.${item.id}`, date: item.due, file: caseFile, id: item.id as string });
  }

  // A postponed activity has no date to put in a calendar until it is planned again.
  for (const { aop, activity } of pendingActivities(bundle.aops, today)) {
    if (activity.status === 'postponed') continue;
    push({
      kind: 'activity',
      key: `activity.${aop.year}.${activity.id}`,
      date: activity.start,
      end: activity.end,
      file: aopFile(aop.year),
      year: aop.year,
      id: activity.id,
      title: activity.title,
    });
  }

  // A termination notified and not yet in effect: its day is the case's last event. Nothing falls due
  // from then on (and no notice is left to give), but activities under way run on: termination does
  // not affect them (domain.md).
  const ending = status.ending;
  out.push(...termDeadlines(ctx, bundle, today).filter((d) => !(ending && d.kind === 'notice')));
  const kept = ending ? out.filter((d) => d.date < ending.date) : out;
  if (ending) kept.push({ kind: 'termination', key: 'termination', date: ending.date, overdue: false, file: caseFile });
  return kept
    .filter((d) => d.overdue || (d.end ?? d.date) >= today)
    .sort((a, b) => (a.date === b.date ? (a.key < b.key ? -1 : 1) : a.date < b.date ? -1 : 1));
}

function contactDeadline(item: LateItem, caseFile: string): Omit<Deadline, 'overdue'> {
  // status.ts gives two contact items: the next contact due, and the latest log entry's follow-up.
  return item.kind === 'contact'
    ? { kind: 'contact', key: 'contact', date: item.due, file: caseFile }
    : { kind: 'contact-log', key: 'contact-log', date: item.due, file: caseFile };
}

/**
 * A fixed term ends on the anniversary of the signature `years` later (it is extended only by written
 * agreement); notice to terminate must reach the other Party `noticeDays` before. An indefinite term
 * has no date to keep: notice may be given any day. Neither is ever overdue: once past, it is no
 * longer a choice to make.
 */
function termDeadlines(ctx: StepContext, bundle: CaseBundle, today: string): Deadline[] {
  const term = bundle.agreement?.term;
  const signed = signatureDate(bundle.case);
  const ends = termExpiry(ctx);
  if (!signed || !ends || term?.years === undefined) return [];
  const file = `${bundle.dir}/agreement.yaml`;
  const noticeBy = addDays(ends, -term.noticeDays);
  const facts = { file, years: term.years, noticeDays: term.noticeDays };
  const out: Deadline[] = [];
  if (noticeBy >= today)
    out.push({ kind: 'notice', key: 'notice', date: noticeBy, overdue: false, from: ends, ...facts });
  if (ends >= today)
    out.push({ kind: 'term-end', key: 'term-end', date: ends, overdue: false, from: signed, ...facts });
  return out;
}

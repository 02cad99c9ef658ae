// What a case still owes, with its dates: the steps that lead, then every deadline of the calendar's
// (src/process/deadlines.ts) still ahead, and open AOP activities even past their end. The status
// report shows the next ones; the handover report lists them all for the incoming administration.
import type { CaseBundle, Workspace } from '../workspace/load.js';
import type { LangTextValue } from '../workspace/schema.js';
import { caseDeadlines } from './deadlines.js';
import type { CaseStatus } from './status.js';
import { signatureDate } from './steps.js';

export type Commitment =
  | { kind: 'step'; step: string; due?: string }
  | { kind: 'follow-up'; due: string; who: string }
  | { kind: 'aop' | 'results'; due: string; year: number }
  | { kind: 'activity'; due: string; year: number; id: string; title: LangTextValue }
  | { kind: 'registration'; due: string }
  | {
      kind: 'amendment' | 'amendment-registration' | 'amendment-acuse' | 'amendment-registry-number';
      due: string;
      id: string;
    }
  | { kind: 'term-end'; due: string; years: number; noticeDays: number }
  | { kind: 'notice'; noticeDays: number }
  | { kind: 'termination'; due: string; notice?: string };

/**
 * The case's pending commitments as of `today`, in date order (undated ones last). Late items are
 * the status's own (`status.late`); these are the ones still ahead, plus open activities even when
 * their end has passed (an activity is closed by its status, not by its date).
 */
export function caseCommitments(ws: Workspace, bundle: CaseBundle, status: CaseStatus, today: string): Commitment[] {
  const c = bundle.case;
  if (!c || status.closed) return [];
  const out: Commitment[] = [];
  const signed = signatureDate(c);
  for (const next of status.next) {
    // A signed case's AOP and results steps are listed below, year by year, with their dates.
    if (signed && (next.id === 'aop' || next.id === 'results')) continue;
    out.push({ kind: 'step', step: next.id, ...(status.nextDue ? { due: status.nextDue } : {}) });
  }
  const lastEntry = [...(c.contactLog ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
  for (const d of caseDeadlines(ws, bundle, today, status)) {
    if (d.overdue && d.kind !== 'activity') continue;
    switch (d.kind) {
      case 'contact-log':
        out.push({ kind: 'follow-up', due: d.date, who: lastEntry?.who ?? '' });
        break;
      case 'aop':
      case 'results':
        out.push({ kind: d.kind, due: d.date, year: d.year as number });
        break;
      case 'activity':
        out.push({
          kind: 'activity',
          due: d.end ?? d.date,
          year: d.year as number,
          id: d.id as string,
          title: d.title as LangTextValue,
        });
        break;
      case 'registration':
        out.push({ kind: 'registration', due: d.date });
        break;
      case 'amendment':
      case 'amendment-registration':
      case 'amendment-acuse':
      case 'amendment-registry-number':
        out.push({ kind: d.kind, due: d.date, id: d.id as string });
        break;
      case 'term-end':
        out.push({ kind: 'term-end', due: d.date, years: d.years as number, noticeDays: d.noticeDays as number });
        break;
      case 'termination':
        out.push({
          kind: 'termination',
          due: d.date,
          ...(status.ending?.notice ? { notice: status.ending.notice } : {}),
        });
        break;
      // The leading step's follow-up is the step above; the next contact due and the day to give
      // notice of a fixed term are the calendar's reminders (the term's end names its notice period).
      case 'follow-up':
      case 'contact':
      case 'notice':
        break;
    }
  }
  // An indefinite term has no date, but the incoming administration must know how it ends (unless
  // notice was already given: the termination's day is listed above).
  const term = bundle.agreement?.term;
  if (signed && term && term.type !== 'fixed' && !status.ending)
    out.push({ kind: 'notice', noticeDays: term.noticeDays });
  // A stable order: by date, undated last; the order above breaks ties.
  return out
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      const da = 'due' in a.item ? (a.item.due ?? '~') : '~';
      const db = 'due' in b.item ? (b.item.due ?? '~') : '~';
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    })
    .map(({ item }) => item);
}

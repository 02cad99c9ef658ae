// What a case still owes, with its dates: the step awaited, the follow-up promised to the partner, the
// AOPs and results to come, open AOP activities, and the agreement's term. The status report shows
// the next ones; the handover report lists them all for the incoming administration.
import type { CaseBundle, Workspace } from '../workspace/load.js';
import type { LangTextValue } from '../workspace/schema.js';
import { pendingActivities } from './aop.js';
import { addMonths, yearOf } from './dates.js';
import type { CaseStatus } from './status.js';
import { aopDue, resultsDue, signatureDate, yearsInForce } from './steps.js';

export type Commitment =
  | { kind: 'step'; step: string; due?: string }
  | { kind: 'follow-up'; due: string; who: string }
  | { kind: 'aop'; due: string; year: number }
  | { kind: 'results'; due: string; year: number }
  | {
      kind: 'activity';
      due: string;
      year: number;
      id: string;
      title: LangTextValue;
      start: string;
      status: string;
      /** Where it is written: aop/<year>.yaml and the activity's index. */
      file: string;
      index: number;
    }
  | { kind: 'term-end'; due: string; years: number; noticeDays: number }
  | { kind: 'notice'; noticeDays: number };

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
  if (lastEntry?.followUpOn && lastEntry.followUpOn >= today) {
    out.push({ kind: 'follow-up', due: lastEntry.followUpOn, who: lastEntry.who });
  }
  if (signed) {
    const ctx = { ws, bundle, today };
    const year = yearOf(today);
    for (const y of [...yearsInForce(ctx), year + 1]) {
      const due = aopDue(ctx, y) as string;
      if (due >= today && !bundle.aops.some((a) => a.year === y && a.data)) out.push({ kind: 'aop', due, year: y });
    }
    const current = bundle.aops.find((a) => a.year === year && a.data);
    if (current && !current.data?.results?.evaluated) {
      out.push({ kind: 'results', due: resultsDue(ctx, year), year });
    }
    for (const { aop, activity: a, index } of pendingActivities(bundle.aops, today)) {
      out.push({
        kind: 'activity',
        due: a.end,
        year: aop.year,
        id: a.id,
        title: a.title,
        start: a.start,
        status: a.status,
        file: aop.file,
        index,
      });
    }
    const term = bundle.agreement?.term;
    if (term?.type === 'fixed' && term.years) {
      out.push({
        kind: 'term-end',
        due: addMonths(signed, 12 * term.years),
        years: term.years,
        noticeDays: term.noticeDays,
      });
    } else if (term) {
      out.push({ kind: 'notice', noticeDays: term.noticeDays });
    }
  }
  // A stable order: by date, undated last; the kinds' order above breaks ties.
  return out
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      const da = 'due' in a.item ? (a.item.due ?? '~') : '~';
      const db = 'due' in b.item ? (b.item.due ?? '~') : '~';
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    })
    .map(({ item }) => item);
}

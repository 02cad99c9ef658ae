// Facts about one Annual Operational Program that rules, prompts and `aop new` share.
import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { CaseBundle, Workspace } from '../workspace/load.js';
import { caseFilePath } from '../workspace/root.js';
import type { AopFile, CaseFile } from '../workspace/schema.js';
import { SCHEMA_VERSION } from '../workspace/schema-version.js';
import { addDays, addMonths, maxDate, yearOf } from './dates.js';
import { caseClosure } from './status.js';
import { agreementEnd, aopDays, signatureDate } from './steps.js';

export type AopData = Pick<AopFile, 'year' | 'period'>;

/** The days an AOP runs: its `period` when given, else its calendar year. */
export function aopSpan(aop: AopData): { start: string; end: string } {
  return aop.period ?? { start: `${aop.year}-01-01`, end: `${aop.year}-12-31` };
}

/**
 * Why a case can have no program for `year`: it was closed unsigned, its agreement is not signed yet,
 * or the year is before the signature or after the agreement ended, by its recorded `end:` or its
 * fixed term's expiry (steps.ts agreementEnd). Undefined when it can (`aop new` starts it,
 * `generate` says it is missing). `ws` gives the days the first program is due in.
 */
export function aopYearRefusal(ws: Workspace, bundle: CaseBundle, c: CaseFile, year: number): UserError | undefined {
  const slug = bundle.slug;
  const caseFile = join(ws.root, caseFilePath(slug));
  const signed = signatureDate(c);
  // A case closed unsigned (declined, no answer, withdrawn) will have no signature to record.
  if (!signed && caseClosure(c)) {
    const path = c.end ? ['end'] : ['steps', 'response', 'outcome'];
    return new UserError('aop.closed-unsigned', { slug }, 2, { file: caseFile, path });
  }
  if (!signed) {
    const params = { slug, days: aopDays({ ws }) };
    return new UserError('aop.year-unsigned', params, 2, { file: caseFile, path: ['steps', 'signature'] });
  }
  if (year < yearOf(signed)) {
    // The signature day is the later Party's date: the year is refused at that date.
    const party = c.steps?.signature?.municipality?.date === signed ? 'municipality' : 'counterpart';
    return new UserError('aop.year-before-signature', { slug, year, signed }, 2, {
      file: caseFile,
      path: ['steps', 'signature', party, 'date'],
    });
  }
  const ended = agreementEnd({ bundle });
  if (ended === undefined || year <= yearOf(ended)) return undefined;
  if (ended === c.end?.date)
    return new UserError('aop.year-after-end', { slug, year, ended }, 2, { file: caseFile, path: ['end', 'date'] });
  const years = bundle.agreement?.term?.years as number;
  return new UserError('aop.year-after-expiry', { slug, year, expired: ended, years, signed }, 2, {
    file: join(ws.root, bundle.dir, 'agreement.yaml'),
    path: ['term', 'years'],
  });
}

/** The days an agreement is in force: from its signature until its recorded `end:` or its fixed term's expiry. */
export interface AgreementTerm {
  signed?: string;
  ended?: string;
}

export function agreementTerm(bundle: CaseBundle): AgreementTerm {
  const signed = signatureDate(bundle.case);
  const ended = agreementEnd({ bundle });
  return { ...(signed !== undefined ? { signed } : {}), ...(ended !== undefined ? { ended } : {}) };
}

/**
 * Why an activity's date falls outside the agreement's term, as a message id and its params: a day
 * before the signature, or a start on or after the day the agreement ended, from which it is no longer
 * in force (one under way may finish: the model's termination clause). Undefined when it is inside.
 */
export function outsideTerm(
  term: AgreementTerm,
  activity: string,
  field: 'start' | 'end',
  date: string,
): { id: string; params: Record<string, string> } | undefined {
  if (term.signed !== undefined && date < term.signed)
    return { id: 'rule.aop-activity-dates.before-signature', params: { activity, field, date, signed: term.signed } };
  if (field === 'start' && term.ended !== undefined && date >= term.ended)
    return { id: 'rule.aop-activity-dates.after-end', params: { activity, date, ended: term.ended } };
  return undefined;
}

/** `municipal|MXN`: a source and a currency, the unit budget totals are kept in. */
export const budgetKey = (source: string, currency: string) => `${source}|${currency}`;

/** The source and currency a budget key names. */
export const budgetKeyParts = (key: string) => {
  const [source, currency] = key.split('|') as [string, string];
  return { source, currency };
};

/** Rounds to cents, so sums of decimal amounts compare as people read them. */
export const cents = (n: number) => Math.round(n * 100) / 100;

type BudgetLine = NonNullable<AopFile['activities'][number]['budget']>[number];

/**
 * The sum of the activities' budget lines per source and currency, in order of first appearance:
 * of what was planned (`amount`), or of another figure of each line, such as what was executed.
 */
export function budgetSums(
  aop: Pick<AopFile, 'activities'>,
  figure: (line: BudgetLine) => number = (line) => line.amount,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const a of aop.activities) {
    for (const line of a.budget ?? []) {
      const key = budgetKey(line.source, line.currency);
      sums.set(key, cents((sums.get(key) ?? 0) + figure(line)));
    }
  }
  return sums;
}

type Activity = AopFile['activities'][number];

/** Activity statuses still to be done: what a new year's program carries over. */
const UNFINISHED: Activity['status'][] = ['planned', 'in-progress', 'postponed'];

/** An indicator's result reached its target (what the AOP report counts as met). */
export const indicatorMet = (i: { actual?: number; target: number }): boolean =>
  i.actual !== undefined && i.actual >= i.target;

/**
 * What a closed year's results suggest of an activity still `planned` or `in-progress`, and why: `done`
 * when every indicator met its target (`met`); with no result above zero and nothing spent (`idle`), a
 * planned one `postponed` (carried to the next program); else `in-progress` (`short` of some target).
 * Any other status is the officer's and stands.
 */
export function closingStatus(a: Activity): { status: Activity['status']; reason?: 'met' | 'short' | 'idle' } {
  if (a.status !== 'planned' && a.status !== 'in-progress') return { status: a.status };
  const indicators = a.indicators ?? [];
  if (indicators.length > 0 && indicators.every(indicatorMet)) return { status: 'done', reason: 'met' };
  const started =
    indicators.some((i) => (i.actual ?? 0) > 0) || (a.budget ?? []).some((line) => (line.executed ?? 0) > 0);
  if (!started) return { status: a.status === 'planned' ? 'postponed' : 'in-progress', reason: 'idle' };
  return indicators.length > 0 ? { status: 'in-progress', reason: 'short' } : { status: 'in-progress' };
}

/**
 * The unfinished activities of the programs still running on `today`, each with its program. A
 * closed program's leftovers are not pending here: the next program takes them up (`aop new`).
 */
export function pendingActivities(
  aops: readonly { year: number; file: string; data: AopFile | null }[],
  today: string,
): { aop: { year: number; file: string }; activity: Activity; index: number }[] {
  return aops.flatMap((aop) =>
    aop.data && aopSpan(aop.data).end >= today
      ? aop.data.activities.flatMap((activity, index) =>
          UNFINISHED.includes(activity.status) ? [{ aop, activity, index }] : [],
        )
      : [],
  );
}

/** A date moved by whole years (29 February becomes the 28th), then kept inside `span`. */
function moveInto(date: string, years: number, span: { start: string; end: string }): string {
  const moved = addMonths(date, 12 * years);
  if (moved > span.end) return span.end;
  return maxDate([moved, span.start]) as string;
}

/**
 * An unfinished activity as next year's program takes it up. Its dates move by the years between
 * the programs, so a June fair stays in June; one under way resumes on the new program's first day.
 * Indicators start from the last actual (the new baseline) with no actual yet; each budget line
 * keeps what was not executed (a fully spent line is dropped); evidence stays with the old year.
 * A postponed activity is planned again; the id is kept, since missions refer to it.
 */
function carryActivity(a: Activity, years: number, span: { start: string; end: string }): Activity {
  const start = a.status === 'in-progress' ? span.start : moveInto(a.start, years, span);
  const end = moveInto(a.end, years, span);
  const { evidence: _evidence, budget, indicators, ...rest } = a;
  const lines = (budget ?? []).flatMap(({ executed, ...line }) => {
    const left = executed === undefined ? line.amount : cents(Math.max(0, line.amount - executed));
    return left > 0 ? [{ ...line, amount: left }] : [];
  });
  return {
    ...rest,
    start,
    end: maxDate([start, end]) as string,
    status: a.status === 'postponed' ? 'planned' : a.status,
    ...(lines.length > 0 ? { budget: lines } : {}),
    ...(indicators
      ? {
          indicators: indicators.map(({ actual, ...i }) => ({
            ...i,
            ...(actual !== undefined ? { baseline: actual } : {}),
          })),
        }
      : {}),
  };
}

/**
 * The `period` a new program proposes: twelve months from the day after the previous program ends,
 * when its `period` runs into `year` (aopDue counts the next program from that day too); for the
 * first program, in the year the agreement was `signed`, from that day to the end of the year, so
 * the next one runs on its calendar year; undefined when the new one can run on its calendar year.
 */
export function nextAopPeriod(year: number, previous: AopData | undefined, signed?: string): AopFile['period'] {
  if (!previous) {
    if (!signed || yearOf(signed) !== year || signed === `${year}-01-01`) return undefined;
    return { start: signed, end: `${year}-12-31` };
  }
  const start = addDays(aopSpan(previous).end, 1);
  if (start <= `${year}-01-01`) return undefined;
  return { start, end: addDays(addMonths(start, 12), -1) };
}

/**
 * Next year's program as a starting point: the previous program's objectives, follow-up and
 * resources, and its unfinished activities, within a period that starts after the previous one ends
 * or, for the first program, on the day the agreement was `signed` (nextAopPeriod); without a
 * previous program, `first`'s objectives and follow-up. An agreement `ended` (or expiring) during the
 * program keeps the carried activities' dates before that day, its last in force (outsideTerm). People then edit
 * it (`linkage next` asks for each part).
 */
export function nextAopValue(
  year: number,
  previous: AopFile | undefined,
  first: Pick<AopFile, 'objectives' | 'followUp'>,
  signed?: string,
  ended?: string,
): AopFile {
  const period = nextAopPeriod(year, previous, signed);
  const span = period ?? aopSpan({ year });
  // `ended` is the first day no longer in force: carried activities keep to the day before.
  const last = ended === undefined ? undefined : addDays(ended, -1);
  const within = last !== undefined && last >= span.start && last < span.end ? { ...span, end: last } : span;
  const carried = previous
    ? previous.activities
        .filter((a) => UNFINISHED.includes(a.status))
        .map((a) => carryActivity(a, year - previous.year, within))
    : [];
  return {
    schemaVersion: SCHEMA_VERSION,
    year,
    ...(period ? { period } : {}),
    objectives: previous?.objectives ?? first.objectives,
    followUp: previous?.followUp ?? first.followUp,
    ...(previous?.resources !== undefined ? { resources: previous.resources } : {}),
    ...(previous?.otherInformation !== undefined ? { otherInformation: previous.otherInformation } : {}),
    activities: carried,
  };
}

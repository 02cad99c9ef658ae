// Calendar dates as `YYYY-MM-DD` strings: compared as strings, computed in UTC, never read from the
// clock except in resolveToday.

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const two = (n: number) => (n < 10 ? `0${n}` : String(n));
const ymd = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;

/** Days in a month (1–12) of a year. */
const monthDays = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/** A real calendar day written `YYYY-MM-DD` (years 0000–9999): not 2026-02-30, not 2026-13-01. */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_RE.test(value)) return false;
  // By arithmetic, not through a Date and its ISO string: `check` asks it of every date of every case.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= monthDays(year, month);
}

// By arithmetic on the written date, not a Date parsed from a string and its ISO string: the rules and
// the status ask for each case's follow-ups and deadlines.
export function addDays(date: string, days: number): string {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return ymd(year, month, Math.min(Number(date.slice(8, 10)), monthDays(year, month)));
}

export const yearOf = (date: string) => Number(date.slice(0, 4));

export const maxDate = (dates: (string | undefined)[]) =>
  dates.reduce<string | undefined>(
    (max, d) => (d !== undefined && (max === undefined || d > max) ? d : max),
    undefined,
  );

/** The zone of "today" and of the calendar when linkage.yaml names none. */
export const DEFAULT_TIMEZONE = 'America/Mexico_City';

// Whether Intl knows a zone, by zone: a workspace names one, asked about once per run.
const knownZones = new Map<string, boolean>();

/** A time zone Intl knows (IANA names and their aliases, in any case): the test `resolveToday` puts it to. */
export function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      Intl.DateTimeFormat('en-CA', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

export interface TodaySources {
  asOf?: string;
  env?: string;
  workspace?: string;
  timezone?: string;
  now?: () => Date;
}

/** "Today": --as-of, then LINKAGE_TODAY, then the workspace's asOf, then the clock in the workspace's zone. */
export function resolveToday(sources: TodaySources): { date: string; from: 'as-of' | 'env' | 'workspace' | 'clock' } {
  if (sources.asOf !== undefined) return { date: sources.asOf, from: 'as-of' };
  if (sources.env) return { date: sources.env, from: 'env' };
  if (sources.workspace) return { date: sources.workspace, from: 'workspace' };
  // The format first: a zone Intl does not know throws a RangeError before the clock is read.
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: sources.timezone ?? DEFAULT_TIMEZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const now = (sources.now ?? (() => new Date()))();
  return { date: format.format(now), from: 'clock' };
}

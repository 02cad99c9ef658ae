// The deadlines as iCalendar text. ical-generator does the folding, escaping and date formats; only
// `linkage calendar` imports this module, so the library loads in no other command.
import ical, {
  escape as escapeText,
  ICalCalendarMethod,
  ICalEventBusyStatus,
  ICalEventTransparency,
} from 'ical-generator';
import { longDate } from '../intl.js';
import { addDays } from '../process/dates.js';
import type { Deadline } from '../process/deadlines.js';
import { inLanguage } from '../workspace/hash.js';
import { t, type UiLang } from './i18n.js';

export interface CalendarCase {
  slug: string;
  /** The counterpart city (a language map). */
  city: string | Record<string, string>;
  deadlines: Deadline[];
}

export interface CalendarInput {
  municipality: string;
  /** The workspace's identity in every UID: its INEGI code. */
  inegiCode: string;
  timezone: string;
  today: string;
  cases: CalendarCase[];
}

const inLang = (value: string | Record<string, string>, lang: UiLang) => inLanguage(value, lang) ?? '';

/** A calendar date as the UTC midnight ical-generator formats back to the same day. */
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

export function renderCalendar(input: CalendarInput, lang: UiLang): { ics: string; count: number } {
  const calendar = ical({
    prodId: { company: 'linkage', product: 'linkage', language: lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // The calendar's name is written as given (unlike an event's summary): a comma, a semicolon or a
    // line break in the municipality's name would end the value or start a line of its own.
    name: escapeText(t(lang, 'calendar.name', { municipality: input.municipality }), false),
  });
  // The zone is stated as X-WR-TIMEZONE rather than through ical-generator's timezone(): with that
  // set, it formats DATE values and DTSTAMP in the process's local zone, so the bytes (and even the
  // day) would change with the machine's TZ. All-day dates need no zone; the stamp stays in UTC.
  calendar.x('X-WR-TIMEZONE', input.timezone);
  // "Today", never the clock: the same workspace on the same day gives the same bytes.
  const stamp = utcDay(input.today);
  let count = 0;
  for (const c of input.cases) {
    const city = inLang(c.city, lang);
    // Two activities (or amendments) recorded with the same id give the same key: a UID twice in one
    // calendar is one event to Outlook or Google, and the other deadline is lost. The later ones get
    // `+2`, `+3`…: `+` is never in an id.
    const seen = new Map<string, number>();
    for (const d of c.deadlines) {
      const summary = t(lang, 'calendar.summary', { what: what(d, lang), city, slug: c.slug });
      const n = (seen.get(d.key) ?? 0) + 1;
      seen.set(d.key, n);
      calendar.createEvent({
        id: `${c.slug}:${d.key}${n > 1 ? `+${n}` : ''}@${input.inegiCode}.linkage`,
        stamp,
        start: utcDay(d.date),
        // DTEND of an all-day event is the day after the last one.
        end: utcDay(addDays(d.end ?? d.date, 1)),
        allDay: true,
        // A deadline is a reminder, not an appointment: without TRANSP an event is busy time, and an
        // activity from February to December would show the officer as busy all year to anyone
        // scheduling a meeting. Outlook reads its own property for it.
        transparency: ICalEventTransparency.TRANSPARENT,
        busystatus: ICalEventBusyStatus.FREE,
        summary: d.overdue ? t(lang, 'calendar.overdue', { summary }) : summary,
        description: describe(d, c.slug, lang),
      });
      count++;
    }
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  return { ics: `${calendar.toString()}\r\n`, count };
}

function what(d: Deadline, lang: UiLang): string {
  // A title written as a YAML block (`title: >` or `|`) ends in a line break, or holds some: a
  // SUMMARY is the event's one-line title: a break there would put the case on a line of its own.
  return t(lang, `calendar.what.${d.kind}`, {
    year: d.year ?? '',
    id: d.id ?? '',
    title: d.title ? inLang(d.title, lang).replace(/\s+/g, ' ').trim() : '',
  });
}

function describe(d: Deadline, slug: string, lang: UiLang): string {
  const date = (value: string | undefined) => (value ? longDate(value, lang) : '');
  const todo = t(lang, `calendar.do.${d.kind}`, {
    slug,
    year: d.year ?? '',
    id: d.id ?? '',
    title: d.title ? inLang(d.title, lang) : '',
    actor: d.actor ? t(lang, `status.actor.${d.actor}`) : '',
    start: date(d.date),
    end: date(d.end),
    ends: date(d.from),
    signed: date(d.from),
    years: d.years ?? '',
    noticeDays: d.noticeDays ?? '',
  });
  const lines = [todo, t(lang, 'calendar.file', { file: d.file })];
  if (d.overdue) lines.unshift(t(lang, 'calendar.overdue.since', { date: date(d.end ?? d.date) }));
  return lines.join('\n');
}

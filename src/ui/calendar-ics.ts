// The deadlines as iCalendar text. ical-generator does the folding, escaping and date formats; only
// `linkage calendar` uses this module, and the library loads only then (workspace/lazy.ts).
import type { ICalEventData } from 'ical-generator';
import { longDate } from '../intl.js';
import { addDays } from '../process/dates.js';
import type { Deadline } from '../process/deadlines.js';
import { inLanguage } from '../workspace/hash.js';
import { lazyIcal } from '../workspace/lazy.js';
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
  /** The cases that did not load: their events in the earlier calendar stay as they were. */
  leftOut: string[];
  /** The calendar this one replaces (the file it is written over), if any: what was imported before. */
  earlier?: string;
}

/** An event of the earlier calendar, as this module wrote it. */
interface EarlierEvent {
  sequence: number;
  cancelled: boolean;
  /** Its content lines, unfolded, without DTSTAMP and SEQUENCE: what a new version is compared with. */
  body: string;
  start: string;
  end: string;
  summary: string;
  description: string;
}

const inLang = (value: string | Record<string, string>, lang: UiLang) => inLanguage(value, lang) ?? '';

/** A calendar date as the UTC midnight ical-generator formats back to the same day. */
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

export function renderCalendar(input: CalendarInput, lang: UiLang): { ics: string; count: number } {
  const {
    default: ical,
    escape: escapeText,
    ICalCalendarMethod,
    ICalEventBusyStatus,
    ICalEventStatus,
    ICalEventTransparency,
  } = lazyIcal();
  const calendar = ical({
    prodId: { company: 'linkage', product: 'linkage', language: lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // The calendar's name is written as given (unlike an event's summary): a comma, a semicolon or a
    // line break in the municipality's name would end the value or start a line of its own.
    name: escapeText(t(lang, 'calendar.name', { municipality: input.municipality }), false),
  });
  // "Today", never the clock: the same workspace on the same day gives the same bytes.
  const stamp = utcDay(input.today);
  // Google Calendar and Outlook keep an imported event until a newer version of it (a higher SEQUENCE)
  // changes or cancels it: re-imported, a file that merely lacks a done deadline leaves it, and its
  // reminder, where it was. The earlier file is the calendar's memory: a changed event goes up one
  // version, and a deadline no longer due is written once more, cancelled.
  const earlier = earlierEvents(input.earlier ?? '', `@${input.inegiCode}.linkage`);
  const event = (id: string, data: Omit<ICalEventData, 'id' | 'stamp' | 'allDay'>) =>
    calendar.createEvent({
      id,
      stamp,
      allDay: true,
      // A deadline is a reminder, not an appointment: without TRANSP an event is busy time, and an
      // activity from February to December would show the officer as busy all year to anyone
      // scheduling a meeting. Outlook reads its own property for it.
      transparency: ICalEventTransparency.TRANSPARENT,
      busystatus: ICalEventBusyStatus.FREE,
      ...data,
    });
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
      const id = `${c.slug}:${d.key}${n > 1 ? `+${n}` : ''}@${input.inegiCode}.linkage`;
      const created = event(id, {
        start: utcDay(d.date),
        // DTEND of an all-day event is the day after the last one.
        end: utcDay(addDays(d.end ?? d.date, 1)),
        summary: d.overdue ? t(lang, 'calendar.overdue', { summary }) : summary,
        description: describe(d, c.slug, lang),
      });
      const before = earlier.get(id);
      if (before) created.sequence(before.body === bodyOf(created.toString()) ? before.sequence : before.sequence + 1);
      earlier.delete(id);
      count++;
    }
  }
  for (const [id, before] of earlier) {
    // A case that does not load says nothing about its deadlines: its events stay as they were.
    const kept = input.leftOut.some((slug) => id.startsWith(`${slug}:`));
    // One cancelled a year ago and more has long been imported (or never will be): it goes.
    if (before.cancelled && !kept && addDays(before.end, 365) <= input.today) continue;
    const cancelled = before.cancelled || !kept;
    event(id, {
      start: utcDay(before.start),
      end: utcDay(before.end),
      summary: before.summary,
      description: before.description,
      ...(cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
    }).sequence(cancelled && !before.cancelled ? before.sequence + 1 : before.sequence);
  }
  // The zone is stated as X-WR-TIMEZONE rather than through ical-generator's timezone(): with that
  // set, it formats DATE values and DTSTAMP in the process's local zone, so the bytes (and even the
  // day) would change with the machine's TZ. All-day dates need no zone; the stamp stays in UTC.
  // ical-generator writes its x() properties after the events, where RFC 5545 (§3.6: calprops, then
  // components) has none: it goes before the first event. The zone is a checked IANA name.
  const text = calendar
    .toString()
    .replace(/\r\n(?=BEGIN:VEVENT|END:VCALENDAR)/, `\r\nX-WR-TIMEZONE:${input.timezone}\r\n`);
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  return { ics: `${text}\r\n`, count };
}

/** An event's content lines, unfolded, without the two that say which version it is and when it was written. */
function bodyOf(text: string): string {
  return unfold(text)
    .filter((line) => line !== '' && !/^(DTSTAMP|SEQUENCE)[;:]/.test(line))
    .join('\n');
}

const unfold = (text: string) => text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);

/** The events of an earlier calendar this module wrote (the UIDs ending in `suffix`), by UID. */
function earlierEvents(text: string, suffix: string): Map<string, EarlierEvent> {
  const events = new Map<string, EarlierEvent>();
  let lines: string[] | undefined;
  for (const line of unfold(text)) {
    if (line === 'BEGIN:VEVENT') lines = [];
    else if (line === 'END:VEVENT' && lines) {
      const value = (name: string) => {
        const found = lines?.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
        return found?.slice(found.indexOf(':') + 1);
      };
      const date = (name: string) =>
        value(name)
          ?.match(/^(\d{4})(\d{2})(\d{2})$/)
          ?.slice(1)
          .join('-');
      const uid = value('UID');
      const start = date('DTSTART');
      const end = date('DTEND');
      if (uid?.endsWith(suffix) && start && end)
        events.set(uid, {
          sequence: Number(value('SEQUENCE') ?? 0) || 0,
          cancelled: value('STATUS') === 'CANCELLED',
          body: bodyOf(`BEGIN:VEVENT\n${lines.join('\n')}\nEND:VEVENT`),
          start,
          end,
          summary: unescapeText(value('SUMMARY') ?? ''),
          description: unescapeText(value('DESCRIPTION') ?? ''),
        });
      lines = undefined;
    } else lines?.push(line);
  }
  return events;
}

/** A TEXT value as written before its escaping (RFC 5545 §3.3.11). */
const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (/n/i.test(c) ? '\n' : c));

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

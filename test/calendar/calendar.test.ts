import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/process/dates.js';
import { AMENDED_AURORA, amendedDemo, copyWorkspace, replaceIn, runCli, STACK } from '../helpers.js';

interface Ev {
  uid: string;
  summary: string;
  description: string;
  start: string;
  startIsDate: boolean;
  end: string;
  stamp: string;
  status: string | null;
}

/** The calendar as a real iCalendar parser reads it. */
function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events: Ev[] = cal.getAllSubcomponents('vevent').map((v) => {
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = v.getFirstPropertyValue('dtend') as ICAL.Time;
    return {
      uid: String(v.getFirstPropertyValue('uid')),
      summary: String(v.getFirstPropertyValue('summary')),
      description: String(v.getFirstPropertyValue('description') ?? ''),
      start: start.toString(),
      startIsDate: start.isDate,
      end: end.toString(),
      stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
      status: v.getFirstPropertyValue('status') as string | null,
    };
  });
  return { cal, events };
}

function calendarOf(root: string, args: string[] = [], env: Record<string, string> = {}) {
  const r = runCli(['calendar', ...args, '--out', '-'], { cwd: root, env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

const byUid = (events: Ev[], uid: string) => events.find((e) => e.uid === uid);
const uid = (slug: string, key: string) => `${slug}:${key}@11047.linkage`;

describe('linkage calendar on the demo workspace', () => {
  it("writes one case to a file of its own, leaving the whole workspace's calendar as it was", () => {
    const root = copyWorkspace('demo');
    expect(runCli(['calendar'], { cwd: root }).code).toBe(0);
    const whole = readFileSync(join(root, 'out', 'calendar.ics'), 'utf8');
    const one = runCli(['calendar', 'aurora-us'], { cwd: root });
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Escrito: out\/calendar-aurora-us\.ics \(\d+ eventos?\)\n$/);
    expect(readFileSync(join(root, 'out', 'calendar.ics'), 'utf8')).toBe(whole);
    const { events } = parse(readFileSync(join(root, 'out', 'calendar-aurora-us.ics'), 'utf8'));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.uid).toMatch(/^aurora-us:/);
  });

  it('writes out/calendar.ics with the required properties of every event', () => {
    const root = copyWorkspace('demo');
    const r = runCli(['calendar'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, 'out', 'calendar.ics'), 'utf8');
    const { cal, events } = parse(text);
    expect(r.stdout).toBe(`Escrito: out/calendar.ics (${events.length} eventos)\n`);
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(cal.getFirstPropertyValue('x-wr-timezone')).toBe('America/Mexico_City');
    // Calendar properties come before the events (RFC 5545 §3.6: icalbody = calprops component).
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    const firstEvent = lines.indexOf('BEGIN:VEVENT');
    for (const prop of ['VERSION:', 'PRODID:', 'METHOD:', 'X-WR-CALNAME:', 'X-WR-TIMEZONE:'])
      expect(lines.findIndex((l) => l.startsWith(prop))).toBeLessThan(firstEvent);
    expect(events.length).toBeGreaterThan(10);
    for (const e of events) {
      expect(e.uid).toMatch(/^[a-z0-9-]+:[\w.-]+@11047\.linkage$/);
      // DTSTAMP is the workspace's "today" (asOf 2026-11-28), in UTC: never the clock.
      expect(e.stamp).toBe('2026-11-28T00:00:00Z');
      expect(e.startIsDate).toBe(true);
      expect(e.end > e.start).toBe(true);
      expect(e.summary).toMatch(/ — .+ \([a-z0-9-]+\)$/);
      expect(e.description).toContain('Archivo: cases/');
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    // Lines are CRLF-terminated and folded at 75 octets, as RFC 5545 asks.
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('marks every event free, not busy: a ten-month activity must not block the officer for meetings', () => {
    // An event with no TRANSP is OPAQUE (RFC 5545 §3.8.2.7): Google and Outlook count it as busy time,
    // so an AOP activity from February to December showed the officer as busy all year to anyone
    // scheduling a meeting. A deadline is a reminder, not an appointment.
    const { cal } = parse(calendarOf(copyWorkspace('demo')));
    const vevents = cal.getAllSubcomponents('vevent');
    expect(vevents.length).toBeGreaterThan(10);
    for (const v of vevents) {
      expect(v.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
      expect(v.getFirstPropertyValue('x-microsoft-cdo-busystatus')).toBe('FREE');
    }
  });

  it("escapes the municipality's name in the calendar's name: a comma, a semicolon, a backslash, a line break", () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'linkage.yaml');
    replaceIn(file, '  name: San Pedro de las Huertas\n', '  name: "Dolores Hidalgo, Cuna; \\\\N\\nBEGIN:VEVENT\\n"\n');
    const text = calendarOf(root);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // TEXT escaping (RFC 5545 §3.3.11); ical.js leaves NAME and X-WR-CALNAME as written, so read the lines.
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    const name = 'Plazos internacionales — Dolores Hidalgo\\, Cuna\\; \\\\N\\nBEGIN:VEVENT\\n';
    expect(lines).toContain(`NAME:${name}`);
    expect(lines).toContain(`X-WR-CALNAME:${name}`);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).toBe(parse(text).events.length);
  });

  it('has the demo’s known deadlines, with overdue open items marked', () => {
    const root = copyWorkspace('demo');
    const { events } = parse(calendarOf(root));
    // Hōfu never answered the letter: its follow-up (2026-09-15) is past and still open.
    const hofu = byUid(events, uid('hofu-jp', 'follow-up.response'));
    expect(hofu?.start).toBe('2026-09-15');
    expect(hofu?.summary).toBe('VENCIDO: Seguimiento: Respuesta de la contraparte — Hōfu (hofu-jp)');
    expect(hofu?.description).toMatch(/^Venció el 15 de septiembre de 2026\./);
    // Gießen signed on 2026-10-08: its first AOP is due 60 days later; the next one 60 days into 2027.
    const giessen = readFileSync(join(root, 'cases', 'giessen-de', 'case.yaml'), 'utf8');
    const signed = /counterpart:\n\s+place: .+\n\s+date: (\S+)/.exec(giessen)?.[1] as string;
    expect(byUid(events, uid('giessen-de', 'aop.2026'))?.start).toBe(addDays(signed, 60));
    expect(byUid(events, uid('giessen-de', 'aop.2027'))?.start).toBe('2027-03-02');
    expect(byUid(events, uid('giessen-de', 'aop.2027'))?.description).toContain(
      'Archivo: cases/giessen-de/aop/2027.yaml',
    );
    // Its five-year term with 90 days' notice: notice by 2031-07-10, term ends 2031-10-08.
    expect(byUid(events, uid('giessen-de', 'term-end'))?.start).toBe('2031-10-08');
    expect(byUid(events, uid('giessen-de', 'notice'))?.start).toBe(addDays('2031-10-08', -90));
    expect(byUid(events, uid('giessen-de', 'notice'))?.summary).not.toMatch(/^VENCIDO/);
    // The registry number is still missing: the registration follow-up date.
    expect(byUid(events, uid('giessen-de', 'registration'))?.start).toBe('2027-01-29');
    // An AOP activity spans its days: DTEND is the day after the last.
    const workshop = byUid(events, uid('aurora-us', 'activity.2026.A26-5'));
    expect([workshop?.start, workshop?.end]).toEqual(['2026-12-07', '2026-12-12']);
    expect(workshop?.summary).toMatch(/^POA 2026: Taller de certificación sanitaria/);
    // Done activities and closed cases (Almería declined) give no events.
    expect(byUid(events, uid('aurora-us', 'activity.2026.A26-1'))).toBeUndefined();
    expect(events.some((e) => e.uid.startsWith('almeria-es:'))).toBe(false);
    // The SRE round's follow-up and a contact-log follow-up set before the letter.
    expect(byUid(events, uid('leamington-ca', 'follow-up.sre-opinion'))?.start).toBe('2026-12-01');
    expect(byUid(events, uid('krakow-pl', 'contact-log'))?.start).toBe('2026-12-04');
    // Nothing else is overdue, and nothing is both closed and shown.
    expect(events.filter((e) => e.summary.startsWith('VENCIDO')).map((e) => e.uid)).toEqual([
      uid('hofu-jp', 'follow-up.response'),
    ]);
  });

  it("reminds of a signed amendment's registry number when its acuse came without one, as of the agreement's", () => {
    // Signed on 2026-11-18; its copy acknowledged on 2026-11-25 with no number; asked again by 2027-01-15.
    const root = amendedDemo(
      `    rounds:\n      - submitted: 2026-11-12\n        oficio: PM/DAI/0800/2026\n        hash: ${AMENDED_AURORA}\n        dictamen: { date: 2026-11-16, oficio: CJ/DGCP/2400/2026, outcome: favourable }\n    signed: 2026-11-18\n    registration: { date: 2026-11-20, oficio: PM/DAI/0900/2026, acuse: 2026-11-25, followUpOn: 2027-01-15 }\n`,
    );
    const r = runCli(['calendar', 'aurora-us', '--as-of', '2026-11-28'], { cwd: root });
    expect(r.stderr).toBe('');
    const { events } = parse(readFileSync(join(root, 'out', 'calendar-aurora-us.ics'), 'utf8'));
    const e = byUid(events, uid('aurora-us', 'amendment-registry-number.modificacion-1'));
    expect(e?.summary).toBe('Número de registro de la modificación modificacion-1 — Aurora (aurora-us)');
    expect(e?.start).toBe('2027-01-15');
    expect(e?.description).toContain('Pregunte a la SRE por el número de registro de la modificación «modificacion-1»');
    // Not through `next --step amendment`: with the acuse recorded, that starts a new amendment.
    expect(e?.description).toContain('`registration: registryNumber:` (amendments de cases/aurora-us/case.yaml)');
    // Recorded: no reminder (the one imported before is cancelled).
    replaceIn(join(root, 'cases', 'aurora-us', 'case.yaml'), 'followUpOn: 2027-01-15', 'registryNumber: RAI-0099/2026');
    runCli(['calendar', 'aurora-us', '--as-of', '2026-11-28'], { cwd: root });
    const after = parse(readFileSync(join(root, 'out', 'calendar-aurora-us.ics'), 'utf8')).events;
    const due = after.filter((x) => x.status !== 'CANCELLED').map((x) => x.uid);
    expect(due).not.toContain(uid('aurora-us', 'amendment-registry-number.modificacion-1'));
    expect(byUid(after, uid('aurora-us', 'amendment-registry-number.modificacion-1'))?.status).toBe('CANCELLED');
  });

  it('one case only, and the UI language for the words', () => {
    const root = copyWorkspace('demo');
    const { events } = parse(calendarOf(root, ['giessen-de', '--ui-lang', 'en']));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.uid.startsWith('giessen-de:'))).toBe(true);
    expect(byUid(events, uid('giessen-de', 'aop.2026'))?.summary).toBe(
      'Annual Operational Program 2026 — Giessen (giessen-de)',
    );
  });

  it('gives the same bytes for the same inputs, whatever the machine’s time zone', () => {
    const root = copyWorkspace('demo');
    const first = calendarOf(root, [], { TZ: 'Asia/Tokyo' });
    expect(calendarOf(root, [], { TZ: 'America/Los_Angeles' })).toBe(first);
    expect(calendarOf(root, [], { TZ: 'UTC' })).toBe(first);
  });

  it('keeps every UID after an unrelated edit, and a moved date keeps its event', () => {
    const root = copyWorkspace('demo');
    const before = parse(calendarOf(root)).events;
    const giessenFile = join(root, 'cases', 'giessen-de', 'case.yaml');
    const text = readFileSync(giessenFile, 'utf8');
    // Unrelated: a mission's results reworded.
    writeFileSync(
      giessenFile,
      text.replace('Se firmó el acuerdo y se identificaron', 'Se firmó el acuerdo; se identificaron'),
    );
    const unrelated = parse(calendarOf(root)).events;
    expect(unrelated.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(unrelated.map((e) => e.start)).toEqual(before.map((e) => e.start));
    // Moved: the registration follow-up goes from 2027-01-29 to 2027-02-15.
    writeFileSync(giessenFile, text.replace('followUpOn: 2027-01-29', 'followUpOn: 2027-02-15'));
    const moved = parse(calendarOf(root)).events;
    expect(new Set(moved.map((e) => e.uid))).toEqual(new Set(before.map((e) => e.uid)));
    expect(byUid(moved, uid('giessen-de', 'registration'))?.start).toBe('2027-02-15');
  });

  it('re-run on the file it wrote: a moved date raises SEQUENCE, a done deadline is CANCELLED, not dropped', () => {
    // Google Calendar and Outlook keep an imported event until a newer version (higher SEQUENCE)
    // replaces or cancels it: a file that just lacks the event leaves it, and its reminder, in place.
    const root = copyWorkspace('demo');
    const file = join(root, 'out', 'calendar.ics');
    const run = () => {
      const r = runCli(['calendar'], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const text = readFileSync(file, 'utf8');
      const vevents = parse(text).cal.getAllSubcomponents('vevent');
      const of = (u: string) => vevents.find((v) => v.getFirstPropertyValue('uid') === u);
      return { text, vevents, of };
    };
    const first = run();
    const registration = uid('giessen-de', 'registration');
    const response = uid('hofu-jp', 'follow-up.response');
    for (const v of first.vevents) expect(v.getFirstPropertyValue('sequence')).toBe(0);
    const responseSummary = first.of(response)?.getFirstPropertyValue('summary');
    // The same inputs and the file it wrote: the same bytes.
    expect(run().text).toBe(first.text);
    // Moved: giessen-de's registration follow-up; done: hofu-jp's answer recorded.
    replaceIn(join(root, 'cases', 'giessen-de', 'case.yaml'), 'followUpOn: 2027-01-29', 'followUpOn: 2027-02-15');
    replaceIn(
      join(root, 'cases', 'hofu-jp', 'case.yaml'),
      '    followUpOn: 2026-09-15\n',
      '    followUpOn: 2026-09-15\n  response:\n    date: 2026-11-20\n    outcome: accepted\n',
    );
    const second = run();
    expect(second.of(registration)?.getFirstPropertyValue('dtstart')?.toString()).toBe('2027-02-15');
    expect(second.of(registration)?.getFirstPropertyValue('sequence')).toBe(1);
    expect(second.of(registration)?.getFirstPropertyValue('status')).toBeNull();
    const done = second.of(response);
    expect(done?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(done?.getFirstPropertyValue('sequence')).toBe(1);
    expect(done?.getFirstPropertyValue('summary')).toBe(responseSummary);
    expect(done?.getFirstPropertyValue('dtstart')?.toString()).toBe('2026-09-15');
    // What did not change keeps its version.
    expect(second.of(uid('aurora-us', 'aop.2027'))?.getFirstPropertyValue('sequence')).toBe(0);
    // Again: nothing new, the same bytes (a cancelled event stays cancelled, at the same version).
    expect(run().text).toBe(second.text);
    // In another UI language every event's words change: each still due goes up one version, to be
    // shown in the new language; the one already cancelled keeps its words (README says to keep the
    // language between imports).
    const english = runCli(['--ui-lang', 'en', 'calendar'], { cwd: root });
    expect(english.code).toBe(0);
    const third = parse(readFileSync(file, 'utf8')).cal.getAllSubcomponents('vevent');
    for (const v of third) {
      const id = String(v.getFirstPropertyValue('uid'));
      const before = Number(second.of(id)?.getFirstPropertyValue('sequence'));
      expect(v.getFirstPropertyValue('sequence'), id).toBe(id === response ? before : before + 1);
    }
    expect(
      third.find((v) => v.getFirstPropertyValue('uid') === registration)?.getFirstPropertyValue('summary'),
    ).toMatch(/^SRE registry number — Giessen/);
    const cancelled = third.find((v) => v.getFirstPropertyValue('uid') === response);
    expect(cancelled?.getFirstPropertyValue('summary')).toBe(responseSummary);
    expect(cancelled?.getFirstPropertyValue('sequence')).toBe(1);
    // On standard output there is no earlier file: every event is version 0 and nothing is cancelled.
    const piped = parse(calendarOf(root)).cal.getAllSubcomponents('vevent');
    expect(piped.map((v) => v.getFirstPropertyValue('sequence'))).toEqual(piped.map(() => 0));
    expect(piped.some((v) => v.getFirstPropertyValue('uid') === response)).toBe(false);
  });

  it('two activities recorded with the same id are two events, each with its own UID', () => {
    const root = copyWorkspace('demo');
    const aop = join(root, 'cases', 'aurora-us', 'aop', '2026.yaml');
    replaceIn(aop, '  - id: A26-5\n', '  - id: A26-4\n');
    const { events } = parse(calendarOf(root, ['aurora-us']));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const same = events.filter((e) => e.uid.startsWith('aurora-us:activity.2026.A26-4'));
    expect(same.map((e) => [e.uid, e.start])).toEqual([
      [uid('aurora-us', 'activity.2026.A26-4'), '2026-02-02'],
      ['aurora-us:activity.2026.A26-4+2@11047.linkage', '2026-12-07'],
    ]);
  });

  it('an activity title written as a YAML block is one line in the summary', () => {
    const root = copyWorkspace('demo');
    const aop = join(root, 'cases', 'aurora-us', 'aop', '2026.yaml');
    const text = readFileSync(aop, 'utf8');
    const block = text.replace(
      '      en: Food safety certification workshop for exporting companies\n',
      '      en: >\n        Food safety certification workshop\n\n        for exporting companies\n',
    );
    expect(block).not.toBe(text);
    writeFileSync(aop, block);
    const { events } = parse(calendarOf(root, ['aurora-us', '--ui-lang', 'en']));
    expect(byUid(events, uid('aurora-us', 'activity.2026.A26-5'))?.summary).toBe(
      'AOP 2026: Food safety certification workshop for exporting companies — Aurora (aurora-us)',
    );
  });

  it('a bad --out path is a located error (exit 2) that leaves no file behind', () => {
    const root = copyWorkspace('demo');
    const r = runCli(['calendar', '--out', 'linkage.yaml/plazos.ics'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('linkage.yaml/plazos.ics: linkage.yaml es un archivo y no una carpeta');
    expect(r.stderr).not.toMatch(STACK);
    expect(readdirSync(root).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('refuses a time zone that does not exist (exit 2) rather than write it, though asOf pins "today"', () => {
    const root = copyWorkspace('demo');
    const config = join(root, 'linkage.yaml');
    replaceIn(config, 'timezone: America/Mexico_City', 'timezone: America/Mexico_Cty');
    const r = runCli(['calendar'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /linkage\.yaml(?::\d+:\d+)? \(settings\.timezone\): La zona horaria «America\/Mexico_Cty» de `settings: timezone:` no existe\./,
    );
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('a case that does not load is left out with a warning naming its file and error', () => {
    const root = copyWorkspace('demo');
    const whole = parse(calendarOf(root)).events;
    writeFileSync(join(root, 'cases', 'krakow-pl', 'case.yaml'), 'counterpart: [\n');
    const r = runCli(['calendar', '--out', '-'], { cwd: root });
    expect(r.code).toBe(0);
    const { events } = parse(r.stdout);
    expect(events.some((e) => e.uid.startsWith('krakow-pl:'))).toBe(false);
    expect(events.length).toBe(whole.filter((e) => !e.uid.startsWith('krakow-pl:')).length);
    expect(r.stderr).toContain('El caso «krakow-pl» tiene errores y quedó fuera del calendario');
    expect(r.stderr).toMatch(/cases\/krakow-pl\/case\.yaml:\d+:\d+ error: El YAML no es válido/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a case that does not load keeps, in the file written over, its events as they were: not cancelled', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'out', 'calendar.ics');
    expect(runCli(['calendar'], { cwd: root }).code).toBe(0);
    const krakow = (text: string) => parse(text).events.filter((e) => e.uid.startsWith('krakow-pl:'));
    const before = krakow(readFileSync(file, 'utf8'));
    expect(before.length).toBeGreaterThan(0);
    writeFileSync(join(root, 'cases', 'krakow-pl', 'case.yaml'), 'counterpart: [\n');
    expect(runCli(['calendar'], { cwd: root }).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(krakow(text)).toEqual(before);
    expect(text).not.toContain('STATUS:CANCELLED');
  });

  it('a case whose AOP does not load is left out too, with the AOP file named (its programs would be wrong)', () => {
    const root = copyWorkspace('demo');
    writeFileSync(join(root, 'cases', 'aurora-us', 'aop', '2026.yaml'), 'year: [\n');
    const r = runCli(['calendar', '--out', '-'], { cwd: root });
    expect(r.code).toBe(0);
    expect(parse(r.stdout).events.some((e) => e.uid.startsWith('aurora-us:'))).toBe(false);
    expect(r.stderr).toContain('El caso «aurora-us» tiene errores y quedó fuera del calendario');
    expect(r.stderr).toMatch(/cases\/aurora-us\/aop\/2026\.yaml:\d+:\d+ error: El YAML no es válido/);
    const named = runCli(['calendar', 'aurora-us', '--out', '-'], { cwd: root });
    expect(named.code).toBe(2);
    expect(named.stdout).toBe('');
  });

  it('a named case that does not load is exit 2 with its located error, and no calendar', () => {
    const root = copyWorkspace('demo');
    writeFileSync(join(root, 'cases', 'krakow-pl', 'case.yaml'), 'counterpart: [\n');
    const r = runCli(['calendar', 'krakow-pl', '--out', '-'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Error: El caso «krakow-pl» tiene errores; no se puede escribir su calendario.');
    expect(r.stderr).toMatch(/cases\/krakow-pl\/case\.yaml:\d+:\d+ error: El YAML no es válido/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('an unknown case is exit 2 with the list of cases', () => {
    const r = runCli(['calendar', 'paris-fr'], { cwd: copyWorkspace('demo') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No hay un caso «paris-fr»');
    expect(r.stderr).toContain('giessen-de');
    expect(r.stderr).not.toMatch(STACK);
  });
});

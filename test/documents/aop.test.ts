import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { aopReportContext } from '../../src/documents/context/aop.js';
import { commonContext } from '../../src/documents/context/common.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { copyWorkspace, flat, pdfPages, pdfText, replaceIn, runCli, STACK } from '../helpers.js';

const AS_OF = { LINKAGE_TODAY: '2026-11-28' };
const generate = (root: string, args: string[]) => runCli(['generate', ...args], { cwd: root, env: AS_OF });

interface Indicator {
  name: { es: string; en: string };
  target: number;
  actual?: number;
}
interface Activity {
  id: string;
  title: { es: string; en: string };
  budget?: { source: string; amount: number; currency: string; executed?: number }[];
  indicators?: Indicator[];
}
const aopFile = (root: string, year: number) =>
  parse(readFileSync(join(root, 'cases', 'aurora-us', 'aop', `${year}.yaml`), 'utf8')) as {
    activities: Activity[];
  };

/** "MXN 564,000.00" the way the document writes a sum (es-MX and en-US agree on the digits). */
const money = (amount: number, currency: string) =>
  `${currency} ${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Sums of the budget lines per source and currency, as the file states them. */
function totals(activities: Activity[], field: 'amount' | 'executed' = 'amount') {
  const out = new Map<string, number>();
  for (const b of activities.flatMap((a) => a.budget ?? [])) {
    const key = `${b.source} ${b.currency}`;
    out.set(key, (out.get(key) ?? 0) + (b[field] ?? 0));
  }
  return out;
}

/** Replaces the first `from` in a demo AOP file. */
const edit = (root: string, year: number, from: string | RegExp, to: string) =>
  replaceIn(join(root, 'cases', 'aurora-us', 'aop', `${year}.yaml`), from, to);

describe('linkage generate aop', () => {
  it('prints the program both parties sign: activities, responsibilities, calendar, budget totals, signatures', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['aop', 'aurora-us']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The year defaults to the case's latest AOP and is part of the file name.
    const file = join(root, 'out', 'aop-aurora-us-2026-es-en.pdf');
    expect(r.stdout).toContain('aop-aurora-us-2026-es-en.pdf');
    const text = flat(pdfText(file));
    const aop = aopFile(root, 2026);
    for (const a of aop.activities) {
      expect(text).toContain(a.id);
      // Table rows and Gantt rows carry each activity's title, in both languages.
      expect(text).toContain(flat(a.title.es).slice(0, 20));
      expect(text).toContain(flat(a.title.en).slice(0, 20));
    }
    for (const heading of ['Programa Operativo Anual 2026', 'a) Objetivos', 'b) Calendario', 'd) Recursos']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Annual Operational Program 2026');
    expect(text).toContain('Responsable de Aurora');
    // The calendar: its title, the months of the year and the legend of the statuses used.
    expect(text).toContain('Calendario 2026');
    // In English a program's dates are its schedule (the agreement's «work schedule»), not a calendar.
    expect(text).toContain('Schedule 2026');
    expect(text).toContain('b) Schedule');
    expect(text).toContain('b) the schedule; c)');
    expect(text).not.toMatch(/\bcalendar\b/i);
    for (const month of ['ene', 'feb', 'abr', 'ago', 'dic', 'Jan', 'Apr', 'Aug', 'Dec']) {
      expect(text).toMatch(new RegExp(`\\b${month}\\b`));
    }
    expect(text).toContain('Concluida');
    expect(text).toContain('En curso');
    // Totals add up the activities' lines per source and currency.
    for (const [key, amount] of totals(aop.activities)) {
      const currency = key.split(' ')[1] as string;
      expect(text).toContain(money(amount, currency));
    }
    expect(text).toContain('Por el Municipio de San Pedro de las Huertas');
    expect(text).toContain('Por la Ciudad de Aurora');
    expect(text).toContain('For the City of Aurora');
    expect(pdfPages(file)).toBeGreaterThan(2);
  });

  it('takes the year from --year, and says so when the case has no AOP of that year', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['aop', 'aurora-us', '--year', '2024', '--lang', 'es']);
    expect(r.code).toBe(0);
    const text = flat(pdfText(join(root, 'out', 'aop-aurora-us-2024-es.pdf')));
    expect(text).toContain('Programa Operativo Anual 2024');
    expect(text).toContain(aopFile(root, 2024).activities[0]?.id);

    const none = generate(root, ['aop', 'aurora-us', '--year', '2027']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no tiene Programa Operativo Anual 2027');
    expect(none.stderr).toContain('linkage aop new aurora-us 2027');
    // A year no program can have is not offered to `aop new`, which would refuse it.
    const before = generate(root, ['aop', 'aurora-us', '--year', '2019']);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('El año 2019 es anterior a la firma del acuerdo (2023-03-22)');
    expect(before.stderr).not.toContain('linkage aop new aurora-us 2019');
    const bad = generate(root, ['aop', 'aurora-us', '--year', '26']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('«26» no es válido');
    expect(bad.stderr).not.toMatch(STACK);
  });

  it('a signed case with no AOP yet points to aop new (exit 2), and all skips it', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['aop', 'giessen-de']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no tiene todavía un Programa Operativo Anual');
    expect(r.stderr).toContain('linkage aop new giessen-de');
    // A program without its results yet: the report says what it needs, not that there is no program.
    expect(runCli(['aop', 'new', 'giessen-de'], { cwd: root, env: AS_OF }).code).toBe(0);
    const report = generate(root, ['aop-report', 'giessen-de']);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('aún no registra los resultados de ningún Programa Operativo Anual');
    expect(report.stderr).toContain('linkage next giessen-de');
    const all = generate(root, ['all', '--check']);
    expect(all.stderr).toBe('');
    expect(all.code).toBe(0);
  });

  it('a case not signed, or closed unsigned, says it can have no program rather than point to aop new', () => {
    const root = copyWorkspace('demo');
    for (const document of ['aop', 'aop-report']) {
      const unsigned = generate(root, [document, 'hofu-jp']);
      expect(unsigned.code).toBe(2);
      expect(unsigned.stderr).toContain('aún no está firmado por ambas Partes');
      expect(unsigned.stderr).not.toContain('linkage aop new hofu-jp');
      const closed = generate(root, [document, 'almeria-es']);
      expect(closed.code).toBe(2);
      expect(closed.stderr).toContain('se cerró sin que se firmara el acuerdo');
      expect(closed.stderr).not.toMatch(STACK);
    }
  });

  it("tells a case not signed the first program's deadline that linkage.yaml sets, not the model's 60 days", () => {
    const root = copyWorkspace('demo');
    const config = join(root, 'linkage.yaml');
    const days = (n: number) => replaceIn(config, /(\n {2}followUpDays:\n)(?: {4}aop: \d+\n)?/, `$1    aop: ${n}\n`);
    days(45);
    const generated = generate(root, ['aop', 'hofu-jp']);
    expect(generated.code).toBe(2);
    expect(generated.stderr).toContain('El primer POA se acuerda en un plazo de 45 días desde la firma.');
    const started = runCli(['aop', 'new', 'hofu-jp', '--ui-lang', 'en'], { cwd: root, env: AS_OF });
    expect(started.code).toBe(2);
    expect(started.stderr).toContain('The first AOP is agreed within 45 days of signature.');
    days(1);
    expect(generate(root, ['aop', 'hofu-jp']).stderr).toContain('en un plazo de 1 día desde la firma.');
  });

  it('is dated the day the Parties approved it, in its text and at its signatures', () => {
    const root = copyWorkspace('demo');
    generate(root, ['aop', 'aurora-us', '--year', '2026']);
    const text = flat(pdfText(join(root, 'out', 'aop-aurora-us-2026-es-en.pdf')));
    expect(text).toContain('Aprobado por las Partes el 27 de enero de 2026');
    expect(text).toContain('San Pedro de las Huertas, Gto., a 27 de enero de 2026');
    expect(text).toContain('San Pedro de las Huertas, Guanajuato, January 27, 2026');
    // A full American date inside a sentence takes a comma after its year: "…, 2026, to …".
    expect(text).toContain('Program period: January 1, 2026, to December 31, 2026.');
    expect(text).not.toMatch(/fecha por definir|date to be set/);
    // An activity's span of days across months: "de" before the year in Spanish.
    expect(text).toMatch(/7 de sep – 11 de dic de 2026/);
  });

  it('gives byte-identical PDFs for the same inputs', () => {
    const root = copyWorkspace('demo');
    generate(root, ['aop', 'aurora-us', '--out', 'a']);
    generate(root, ['aop', 'aurora-us', '--out', 'b']);
    const a = readFileSync(join(root, 'a', 'aop-aurora-us-2026-es-en.pdf'));
    expect(a.length).toBeGreaterThan(10_000);
    expect(a.equals(readFileSync(join(root, 'b', 'aop-aurora-us-2026-es-en.pdf')))).toBe(true);
  });
});

describe('linkage generate aop-report', () => {
  it('defaults to the latest evaluated year: results against targets, charts, budget executed, plain language', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['aop-report', 'aurora-us']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 2026 is still running; 2025 is the latest year with its results recorded.
    const file = join(root, 'out', 'aop-report-aurora-us-2025-es-en.pdf');
    const text = flat(pdfText(file));
    expect(text).toContain('Informe de resultados 2025');
    expect(text).toContain('Results report 2025');
    const aop = aopFile(root, 2025);
    const indicators = aop.activities.flatMap((a) => a.indicators ?? []);
    const met = indicators.filter((i) => i.actual !== undefined && i.actual >= i.target).length;
    expect(text).toContain(
      `De sus ${indicators.length} indicadores, ${indicators.length} tienen resultado medido y ${met}`,
    );
    for (const a of aop.activities) {
      expect(text).toContain(`${a.id}: resultado frente a la meta (% de la meta)`);
      expect(text).toContain(`${a.id}: result against target (% of target)`);
    }
    // Every indicator's share of its target, in its table row and over its bar.
    for (const i of indicators) {
      expect(text).toContain(`${Math.round(((i.actual as number) / i.target) * 100)} %`);
      expect(text).toContain(flat(i.name.es).slice(0, 18));
    }
    expect(text).toContain('Resultado Meta');
    expect(text).toContain('Presupuesto ejercido');
    for (const [key, amount] of totals(aop.activities)) {
      expect(text).toContain(money(amount, key.split(' ')[1] as string));
    }
  });

  it('ends the English report with the liaison’s signature, not a letter’s «Sincerely»', () => {
    const root = copyWorkspace('demo');
    expect(generate(root, ['aop-report', 'aurora-us', '--lang', 'en']).code).toBe(0);
    const text = flat(pdfText(join(root, 'out', 'aop-report-aurora-us-2025-en.pdf')));
    // A report told to the public is not a letter: «Atentamente» is Mexican official usage; an
    // English report carries its signature block alone.
    expect(text).not.toMatch(/Sincerely/i);
    expect(text).toMatch(/resultados-2025\) Luis Fernando Cabrera Solís Office of International Affairs/);
  });

  it('heads the report’s communications as the public site does, not «Communication to society»', () => {
    const root = copyWorkspace('demo');
    expect(generate(root, ['aop-report', 'aurora-us', '--lang', 'en']).code).toBe(0);
    const text = flat(pdfText(join(root, 'out', 'aop-report-aurora-us-2025-en.pdf')));
    expect(text).toContain('Results reported to the public • February 12, 2026, Press conference');
    expect(text).not.toContain('to society');
  });

  it('on a year not over yet, says it is a preliminary report, as of today', () => {
    const root = copyWorkspace('demo');
    generate(root, ['aop-report', 'aurora-us', '--year', '2026']);
    const text = flat(pdfText(join(root, 'out', 'aop-report-aurora-us-2026-es-en.pdf')));
    expect(text).toContain('Informe preliminar de resultados 2026');
    // Dated the day it reports on, not "fecha por definir".
    expect(text).toContain('San Pedro de las Huertas, Gto., a 28 de noviembre de 2026');
    expect(text).not.toContain('fecha por definir');
    expect(text).toContain('este informe recoge lo registrado al 28 de noviembre de 2026');
    expect(text).toContain('Preliminary results report 2026');
    expect(text).toContain('as of November 28, 2026');
    // Once the year is over, the same program's report is no longer preliminary.
    runCli(['generate', 'aop-report', 'aurora-us', '--year', '2026', '--lang', 'es'], {
      cwd: root,
      env: { LINKAGE_TODAY: '2027-01-15' },
    });
    const after = flat(pdfText(join(root, 'out', 'aop-report-aurora-us-2026-es.pdf')));
    expect(after).toContain('Informe de resultados 2026');
    expect(after).not.toContain('preliminar');
  });

  it("lists as told to society what was said after the program's evaluation, not an earlier year's results", () => {
    const ws = loadWorkspace(copyWorkspace('demo'), { cache: false });
    const bundle = ws.cases.find((b) => b.slug === 'aurora-us');
    const told = (year: number) => {
      const entry = bundle?.aops.find((a) => a.year === year);
      if (!bundle || !entry) throw new Error(`no ${year} program`);
      const doc = { id: 'aop-report', title: 'Informe', date: '2026-11-28', draft: true, today: '2026-11-28' };
      return aopReportContext(commonContext(ws, doc, 'es'), ws, bundle, entry, 'es', '2026-11-28').communication.map(
        (m) => m.date,
      );
    };
    // Evaluated 2024-01-25, 2025-01-28 and 2026-01-27; each year's results were told a few weeks later.
    expect(told(2023)).toEqual(['8 de febrero de 2024']);
    expect(told(2024)).toEqual(['13 de febrero de 2025']);
    expect(told(2025)).toEqual(['12 de febrero de 2026']);
    // Not evaluated yet: nothing of it has been told.
    expect(told(2026)).toEqual([]);
  });

  it('shows the budget executed against the budget planned, per source and currency', () => {
    const root = copyWorkspace('demo');
    const aop = aopFile(root, 2025);
    const line = aop.activities.flatMap((a) => a.budget ?? []).find((b) => b.source === 'municipal');
    expect(line).toBeDefined();
    // Change what was spent on one municipal line (the demo records it): the report shows it, and its share.
    edit(root, 2025, /(source: municipal\n\s+amount: \d+\n\s+currency: MXN\n\s+executed: )\d+/, '$1123456.5');
    const r = generate(root, ['aop-report', 'aurora-us', '--year', '2025', '--lang', 'es']);
    expect(r.stderr).toBe('');
    const text = flat(pdfText(join(root, 'out', 'aop-report-aurora-us-2025-es.pdf')));
    const planned = totals(aopFile(root, 2025).activities).get('municipal MXN') as number;
    const executed = totals(aopFile(root, 2025).activities, 'executed').get('municipal MXN') as number;
    expect(text).toContain(money(planned, 'MXN'));
    expect(text).toContain(money(executed, 'MXN'));
    expect(text).toContain(`${Math.round((executed / planned) * 100)} %`);
  });
});

describe('an AOP with errors is not printed (exit 2, located)', () => {
  it.each([
    ['an indicator without a unit', /\n\s+unit: \{ es: personas, en: people \}/, '', /unit|unidad/i],
    ['a target that is not a number', /target: 800/, 'target: ochocientos', /target/],
    ['an unknown currency code', /currency: MXN/, 'currency: MXP', /MXP/],
    ['an activity outside the year', /start: 2026-06-13/, 'start: 2025-12-13', /activities\.0\.start/],
    ['an area that is not in the agreement', /area: migrantes/, 'area: deportes', /deportes/],
  ])('%s', (_name, from, to, field) => {
    const root = copyWorkspace('demo');
    edit(root, 2026, from, to);
    const r = generate(root, ['aop', 'aurora-us', '--year', '2026']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Error: cases/aurora-us/aop/2026.yaml: El Programa Operativo Anual tiene errores');
    expect(r.stderr).toMatch(/cases\/aurora-us\/aop\/2026\.yaml:\d+:\d+ \(activities\.\d+\./);
    expect(r.stderr).toMatch(field);
    expect(r.stderr).not.toMatch(STACK);
    const check = runCli(['check'], { cwd: root, env: AS_OF });
    expect(check.code).toBe(1);
  });

  it('names the file once in its message, whatever the UI language', () => {
    const root = copyWorkspace('demo');
    edit(root, 2025, /^year: .*$/m, 'year: "x"');
    const es = generate(root, ['aop', 'aurora-us', '--year', '2025']);
    expect(es.code).toBe(2);
    expect(es.stderr.split('\n')[0]).toBe(
      'Error: cases/aurora-us/aop/2025.yaml: El Programa Operativo Anual tiene errores; no se genera su documento.',
    );
    expect(es.stderr).toMatch(/cases\/aurora-us\/aop\/2025\.yaml:3:\d+ \(year\) error/);
    const en = generate(root, ['aop', 'aurora-us', '--year', '2025', '--ui-lang', 'en']);
    expect(en.stderr.split('\n')[0]).toBe(
      'Error: cases/aurora-us/aop/2025.yaml: The Annual Operational Program has errors; its document is not generated.',
    );
    expect(en.stderr).not.toMatch(STACK);
  });
});

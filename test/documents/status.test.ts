// `linkage generate status`: the printed status report, run as the built CLI on copies of the demo.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { commonContext } from '../../src/documents/context/common.js';
import { StatusContext } from '../../src/documents/context/schema.js';
import { statusContext } from '../../src/documents/context/status.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import {
  copyWorkspace,
  FIXTURES,
  flat,
  pdfDrawnText,
  pdfPages,
  pdfText,
  replaceIn,
  runCli,
  STACK,
  tempDir,
} from '../helpers.js';

const AS_OF = { LINKAGE_TODAY: '2026-11-28' };
const generate = (cwd: string, args: string[], env: Record<string, string> = AS_OF) =>
  runCli(['generate', ...args], { cwd, env });

/** One table row: from its city to the next row's city. */
const row = (text: string, city: string, next: string) => text.slice(text.indexOf(city), text.indexOf(next));

describe('linkage generate status', () => {
  it('marks an activity of the running program still open after its last day', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'aurora-us', 'aop', '2026.yaml');
    const text = readFileSync(file, 'utf8');
    // A26-2, the buyers' visit of 9–12 September, not yet marked done on 28 November.
    const edited = text.replace(/(id: A26-2[\s\S]*?status: )done/, '$1in-progress');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    expect(generate(root, ['status']).code).toBe(0);
    const report = pdfDrawnText(join(root, 'out', 'status-es.pdf'));
    expect(row(report, 'Aurora', 'Gießen')).toContain('(!) Actividad 2026: Visita de compradores de Aurora');
    expect(row(report, 'Aurora', 'Gießen')).toContain('(12 sep 2026)');
  });

  it('prints one row per case: phase and progress, whose move since when, late items, next steps, last contact', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['status']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(root, 'out', 'status-es.pdf');
    expect(r.stdout).toContain('out/status-es.pdf');
    expect(pdfPages(file)).toBe(1);
    const text = pdfDrawnText(file);
    expect(text).toContain('H. Ayuntamiento de San Pedro de las Huertas');
    expect(text).toContain('Informe de estado de las vinculaciones internacionales');
    expect(text).toContain('Al 28 de noviembre de 2026.');
    expect(text).toContain('7 casos: 6 en curso (1 con atrasos), 1 cerrado.');
    expect(text).toContain('Caso Fase y avance Turno Atrasos Próximos pasos Último contacto');
    // Hōfu waits on the counterpart since the letter; its follow-up fell due on 15 September.
    expect(row(text, 'Hōfu', 'Cracovia')).toBe(
      'Hōfu, Japón · Hermanamiento (!) Contraparte, desde el 15 jul 2026 ' +
        '(!) Seguimiento: Respuesta de la contraparte: venció el 15 sep 2026 ' +
        'Seguimiento con Embajada de México en Japón, sección de asuntos políticos (15 dic 2026) ' +
        '22 oct 2026 2 · Vinculación 2/12 ',
    );
    // The SRE's move for Leamington, with the day its follow-up falls due; nothing late yet.
    expect(row(text, 'Leamington', 'Mildura')).toBe(
      'Leamington, Canadá · Hermanamiento SRE, desde el 8 jun 2026 — Dictamen de la SRE (1 dic 2026) 5 nov 2026 ' +
        '3 · Formalización 6/12 ',
    );
    // Krakow's next step is the municipality's own: said as what it owes.
    expect(row(text, 'Cracovia', 'Leamington')).toContain('Enviar la Carta de Intención');
    // Gießen signed in October: its first AOP is due within 60 days of signature.
    expect(row(text, 'Gießen', 'Hōfu')).toContain('Acordar el POA 2026 (7 dic 2026)');
    // A closed year's unfinished activity is the next program's business, not a pending one.
    expect(row(text, 'Aurora', 'Gießen')).not.toContain('Actividad 2024');
    // The closed case stands apart, marked as closed, with its date and last contact.
    const closed = text.slice(text.indexOf('Casos cerrados'));
    expect(closed).toContain('Almería, España');
    expect(closed).toContain('CERRADO: Declinado, 3 jul 2025');
    expect(text.indexOf('Almería')).toBeGreaterThan(text.indexOf('Casos cerrados'));
    for (const city of ['Aurora', 'Gießen', 'Hōfu', 'Cracovia', 'Leamington', 'Mildura']) {
      expect(text.indexOf(city), city).toBeLessThan(text.indexOf('Casos cerrados'));
    }
  });

  it('is dated by --date, and derives what is late for that day', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['status', '--date', '2026-12-20', '--lang', 'es,en']);
    expect(r.code).toBe(0);
    const file = join(root, 'out', 'status-es-en.pdf');
    const text = pdfDrawnText(file);
    const es = text.slice(0, text.indexOf('Status report of the international linkages'));
    const en = text.slice(es.length);
    expect(es).toContain('Al 20 de diciembre de 2026.');
    expect(en).toContain('As of December 20, 2026.');
    expect(text).toContain(`Página 1 de ${pdfPages(file)} · Page 1 of ${pdfPages(file)}`);
    expect(en).toContain('Case Phase and progress Whose move Late Next steps Last contact');
    // By then the SRE's follow-up for Leamington (1 December) is late, and Gießen's first AOP too.
    expect(row(es, 'Leamington', 'Mildura')).toContain('(!) Seguimiento: Dictamen de la SRE: venció el 1 dic 2026');
    expect(row(es, 'Gießen', 'Hōfu')).toContain('(!) POA 2026: venció el 7 dic 2026');
    expect(row(en, 'Leamington', 'Mildura')).toContain("(!) Follow-up: The SRE's opinion: due Dec 1, 2026");
    expect(row(es, 'Leamington', 'Mildura')).not.toContain('Dictamen de la SRE (1 dic 2026)');
  });

  it('is dated by --as-of when no --date is given', () => {
    const root = copyWorkspace('demo');
    expect(runCli(['generate', 'status', '--as-of', '2027-01-05'], { cwd: root }).code).toBe(0);
    expect(flat(pdfText(join(root, 'out', 'status-es.pdf')))).toContain('Al 5 de enero de 2027.');
  });

  it('lists a case whose AOP does not load apart, with that file, as linkage status does', () => {
    const root = copyWorkspace('demo');
    const aop = join(root, 'cases', 'aurora-us', 'aop', '2026.yaml');
    replaceIn(aop, /^year: 2026$/m, 'year: 2026\n  objectives: [');
    expect(generate(root, ['status']).code).toBe(0);
    const text = flat(pdfText(join(root, 'out', 'status-es.pdf')));
    expect(text).toContain('Casos que no se pudieron leer: aurora-us (cases/aurora-us/aop/2026.yaml)');
    // Not also a row of its own (with a program "overdue" that is only unreadable).
    expect(text).not.toContain('Aurora');
  });

  it('gives the same bytes twice', () => {
    const root = copyWorkspace('demo');
    expect(generate(root, ['status', '--out', 'a']).code).toBe(0);
    expect(generate(root, ['status', '--out', 'b']).code).toBe(0);
    expect(readFileSync(join(root, 'b', 'status-es.pdf')).equals(readFileSync(join(root, 'a', 'status-es.pdf')))).toBe(
      true,
    );
  });

  it('covers several workspaces with repeated -C: a neutral letterhead, one section per municipality', () => {
    const demo = copyWorkspace('demo');
    const minimal = copyWorkspace('minimal');
    const here = tempDir();
    const r = runCli(['generate', 'status', '-C', demo, '-C', minimal], { cwd: here, env: AS_OF });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // It belongs to neither workspace: written where the command ran.
    const file = join(here, 'out', 'status-es.pdf');
    expect(existsSync(join(demo, 'out'))).toBe(false);
    const text = flat(pdfText(file));
    const municipality = loadWorkspace(minimal).config?.municipality.name as string;
    expect(text).toContain(`Informe de estado de las vinculaciones San Pedro de las Huertas · ${municipality}`);
    expect(text).not.toContain('H. Ayuntamiento de');
    const first = text.indexOf('San Pedro de las Huertas, Guanajuato · Administración 2024–2027');
    const second = text.indexOf(`${municipality}, `, first);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(text.indexOf('Hōfu')).toBeGreaterThan(first);
    expect(text.indexOf('Hōfu')).toBeLessThan(second);
  });

  it('names, of several workspaces, the one whose linkage.yaml does not load', () => {
    const here = tempDir();
    const sound = join(here, 'leon');
    const broken = join(here, 'salamanca');
    cpSync(join(FIXTURES, 'minimal'), sound, { recursive: true });
    cpSync(join(FIXTURES, 'minimal'), broken, { recursive: true });
    const file = join(broken, 'linkage.yaml');
    replaceIn(file, /^municipality:/m, 'municipality: [oops');
    const r = runCli(['generate', 'status', '-C', 'leon', '-C', 'salamanca'], { cwd: here, env: AS_OF });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('linkage.yaml tiene errores; no se puede generar ningún documento.');
    // Before: "linkage.yaml:7:16", which of the two not said.
    expect(r.stderr).toMatch(/^ {2}salamanca\/linkage\.yaml:\d+:\d+ error: El YAML no es válido/m);
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(join(here, 'out'))).toBe(false);
  });

  it('takes several -C for the status report only', () => {
    const demo = copyWorkspace('demo');
    const minimal = copyWorkspace('minimal');
    const r = runCli(['generate', 'letter', 'krakow-pl', '-C', demo, '-C', minimal], { env: AS_OF });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Este comando trabaja sobre un solo espacio de trabajo; se indicaron 2 con -C.');
  });

  it('refuses a bad --date and a case, with exit 2 and no file', () => {
    const root = copyWorkspace('demo');
    const bad = generate(root, ['status', '--date', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('La fecha «2026-02-30» no existe: ese mes tiene 28 días.');
    expect(bad.stderr).not.toMatch(STACK);
    const withCase = generate(root, ['status', 'krakow-pl', '--ui-lang', 'en']);
    expect(withCase.code).toBe(2);
    expect(withCase.stderr).toContain('The document status covers every case of the workspace; it takes no case');
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('runs over pages with many cases, repeating the header row', () => {
    const root = copyWorkspace('demo');
    const cases = join(root, 'cases');
    for (let i = 1; i <= 8; i++) {
      for (const slug of readdirSync(cases).filter((s) => !/-\d+$/.test(s))) {
        cpSync(join(cases, slug), join(cases, `${slug}-${i}`), { recursive: true });
      }
    }
    const r = generate(root, ['status']);
    expect(r.code).toBe(0);
    const file = join(root, 'out', 'status-es.pdf');
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThan(2);
    expect(pdfDrawnText(file)).toContain('63 casos: 54 en curso (9 con atrasos), 9 cerrados.');
    // Every page of the open cases starts its table with the header row again.
    const last = Array.from({ length: pages }, (_, i) => pdfDrawnText(file, i + 1)).findIndex((t) =>
      t.includes('Casos cerrados'),
    );
    for (let p = 1; p <= last; p++) {
      const page = pdfDrawnText(file, p);
      expect(page, `page ${p}`).toContain(`Página ${p} de ${pages}`);
      expect(page, `page ${p}`).toContain('Caso Fase y avance Turno Atrasos Próximos pasos Último contacto');
    }
  });

  it('builds a context that fits its versioned schema', () => {
    const ws = loadWorkspace(copyWorkspace('demo'), { cache: false });
    const doc = { id: 'status', title: 'Informe', date: '2026-11-28', draft: true, today: '2026-11-28' };
    for (const lang of ['es', 'en']) {
      const context = statusContext(commonContext(ws, doc, lang), [ws], '2026-11-28', lang);
      expect([...Value.Errors(StatusContext, context)].map((e) => `${e.path} ${e.message}`)).toEqual([]);
    }
  });
});

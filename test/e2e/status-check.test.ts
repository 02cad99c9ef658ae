import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/ui/text.js';
import { sha256 } from '../../src/workspace/hash.js';
import {
  AMENDED_AURORA,
  amendedDemo,
  copyWorkspace,
  FIXTURES,
  incomingAdministration,
  REPO,
  replaceIn,
  runCli,
  STACK,
  tempDir,
} from '../helpers.js';

const CASE = 'cases/leon-es/case.yaml';

/** The demo's next administration (2027–2030, no plan yet) at the end of its `administrations:`, in flow style. */
const addIncomingAdministration = (root: string) =>
  replaceIn(
    join(root, 'linkage.yaml'),
    '\n# El enlace fue nombrado',
    `\n  - ${JSON.stringify(incomingAdministration())}\n\n# El enlace fue nombrado`,
  );
const HAS_GIT = spawnSync('git', ['--version']).status === 0;
const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.org', ...args], { cwd });
  expect(r.status, String(r.stderr)).toBe(0);
};

const edit = (root: string, file: string, change: (t: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

/** A folder holding a copy of the minimal workspace under each name (a state office's `-C a -C b`). */
function workspacesIn(...names: string[]): string {
  const dir = tempDir();
  for (const name of names) cpSync(join(FIXTURES, 'minimal'), join(dir, name), { recursive: true });
  return dir;
}

describe('linkage status', () => {
  it('prints one row per case, slug first, with phase, next step and whose move', () => {
    const root = copyWorkspace('minimal');
    const r = runCli(['status'], { cwd: join(root, 'cases') });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Villa de Santa Úrsula — Estado al 2026-11-28');
    expect(lines[2]).toMatch(/^Caso\s+Fase\s+Avance\s+Siguiente paso\s+Le toca a\s+Desde\s+Atrasos$/);
    expect(lines[3]).toMatch(/^leon-es\s+2 Vinculación\s+█░+ 1\/11\s+Carta de Intención\s+Municipio\s+2026-10-01$/);
  });

  it('an incoming administration recorded before it takes office, with no plan yet, leaves Phase 1 complete', () => {
    const root = copyWorkspace('demo');
    addIncomingAdministration(root);
    const before = runCli(['status', '--as-of', '2027-09-15'], { cwd: root });
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('Identificación del municipio: completa');
    expect(before.stdout).toMatch(/^aurora-us\s+4 Instrumentación/m);
    expect(before.stdout).toMatch(/^mildura-au\s+3 Formalización\s+\S+ 6\/12\s+Dictamen de la SRE\s+SRE/m);
    // From the day it takes office, its plan is the one the profile step asks for.
    const after = runCli(['status', '--as-of', '2027-10-01'], { cwd: root });
    expect(after.stdout).toContain('Identificación del municipio: Perfil Municipal y prioridades (en curso)');
  });

  it('a plan still to record holds back only the cases whose letter is not out yet', () => {
    const root = copyWorkspace('demo');
    addIncomingAdministration(root);
    const r = runCli(['status', '--as-of', '2027-10-02'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Identificación del municipio: Perfil Municipal y prioridades (en curso)');
    // Kraków's letter waits on the new plan: its areas are tied to the plan's priorities.
    expect(r.stdout).toMatch(/^krakow-pl\s+1 Identificación\s+\S+ 1\/12\s+Perfil Municipal y prioridades\s+Municipio/m);
    // Mildura waits on the SRE, as before the change, and its follow-up is still late.
    expect(r.stdout).toMatch(
      /^mildura-au\s+3 Formalización\s+\S+ 6\/12\s+Dictamen de la SRE\s+SRE\s+\S+\s+seguimiento de «Dictamen de la SRE» vencido el 2027-01-14/m,
    );
    expect(r.stdout).toMatch(/^aurora-us\s+4 Instrumentación\s+\S+ 10\/12\s+Programa Operativo Anual\s+Municipio/m);
  });

  it('a liaison not on record holds back the letter, not a case whose letter is out', () => {
    const root = copyWorkspace('demo');
    // The liaison's block removed (the officer left; the next one is not appointed yet).
    replaceIn(join(root, 'linkage.yaml'), /\nliaison:\n[\s\S]*?\n(?=participation:)/, '\n');
    const r = runCli(['status', '--as-of', '2026-12-10'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Identificación del municipio: Designar enlace (pendiente)');
    // Kraków's letter waits on the liaison it names as the contact.
    expect(r.stdout).toMatch(/^krakow-pl\s+1 Identificación\s+\S+ 1\/12\s+Designar enlace\s+Municipio/m);
    // Leamington still waits on the SRE and Hōfu on its answer, each with its late follow-up; Gießen,
    // signed and registered, owes its first AOP.
    expect(r.stdout).toMatch(
      /^leamington-ca\s+3 Formalización\s+\S+ 6\/12\s+Dictamen de la SRE\s+SRE\s+2026-06-08\s+seguimiento de «Dictamen de la SRE» vencido el 2026-12-01/m,
    );
    expect(r.stdout).toMatch(
      /^hofu-jp\s+2 Vinculación\s+\S+ 2\/12\s+Respuesta de la contraparte\s+Contraparte\s+2026-07-15\s+seguimiento de «Respuesta de la contraparte» vencido el 2026-09-15/m,
    );
    expect(r.stdout).toMatch(
      /^giessen-de\s+4 Instrumentación\s+\S+ 9\/12\s+Programa Operativo Anual\s+Municipio\s+2026-10-08\s+POA 2026 vencido el 2026-12-07/m,
    );
  });

  it('says in the csv what Phase 1 lacks, as the table does above its rows', () => {
    const root = copyWorkspace('demo');
    replaceIn(join(root, 'linkage.yaml'), /\nliaison:\n[\s\S]*?\n(?=participation:)/, '\n');
    const rows = runCli(['status', '--format', 'csv'], { cwd: root }).stdout.split('\r\n');
    expect(rows).toContain(
      'San Pedro de las Huertas,,,,,Identificación del municipio: Designar enlace (pendiente),,,,,2026-11-28',
    );
    // A complete Phase 1 adds no row: each case's row says where it stands.
    const whole = runCli(['status', '--format', 'csv'], { cwd: copyWorkspace('demo') }).stdout;
    expect(whole).not.toContain('Identificación del municipio');
  });

  it('speaks English with --ui-lang en or LINKAGE_LANG=en', () => {
    const root = copyWorkspace('minimal');
    for (const r of [
      runCli(['status', '--ui-lang', 'en'], { cwd: root }),
      runCli(['status'], { cwd: root, env: { LINKAGE_LANG: 'en' } }),
    ]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Status as of 2026-11-28');
      expect(r.stdout).toMatch(/leon-es\s+2 Linking/);
    }
  });

  it('names the city in the UI language where the case records it; json keeps the data as it is', () => {
    const en = (format: string) => runCli(['status', 'krakow-pl', '--ui-lang', 'en', '--format', format]).stdout;
    expect(en('csv')).toContain(',krakow-pl,Kraków,');
    expect(en('csv')).not.toContain('Cracovia');
    expect(runCli(['status', 'krakow-pl', '--format', 'csv']).stdout).toContain(',krakow-pl,Cracovia,');
    expect(JSON.parse(en('json')).workspaces[0].cases[0].city).toBe('Cracovia');
    const review = runCli(['review', 'krakow-pl', '--ui-lang', 'en']).stdout;
    expect(review).toContain('Case krakow-pl: Kraków (PL)');
  });

  it('takes "today" from --as-of over LINKAGE_TODAY over the workspace asOf', () => {
    const root = copyWorkspace('minimal');
    expect(
      runCli(['status', '--as-of', '2027-01-02'], { cwd: root, env: { LINKAGE_TODAY: '2026-12-01' } }).stdout,
    ).toContain('Estado al 2027-01-02');
    expect(runCli(['status'], { cwd: root, env: { LINKAGE_TODAY: '2026-12-01' } }).stdout).toContain(
      'Estado al 2026-12-01',
    );
    const bad = runCli(['status', '--as-of', '2026-02-30'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('La fecha «2026-02-30» no existe: ese mes tiene 28 días.');
    // A day written another way is said as linkage writes it; one that is no date at all, plainly.
    const meant = runCli(['status', '--as-of', '28/11/2026'], { cwd: root });
    expect(meant.code).toBe(2);
    expect(meant.stderr).toContain('La fecha «28/11/2026» no está escrita como AAAA-MM-DD (año, mes, día), sin hora.');
    expect(meant.stderr).toContain('Escriba 2026-11-28.');
    const word = runCli(['status', '--as-of', 'mañana'], { cwd: root });
    expect(word.code).toBe(2);
    expect(word.stderr).toContain('La fecha «mañana» no es válida.');
  });

  it('holds only the date in use to the format: --as-of overrides a mistyped LINKAGE_TODAY', () => {
    const root = copyWorkspace('minimal');
    const env = { LINKAGE_TODAY: '28/11/2026' };
    const status = runCli(['status', '--as-of', '2027-01-02'], { cwd: root, env });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('Estado al 2027-01-02');
    const check = runCli(['check', '--as-of', '2027-01-02'], { cwd: root, env });
    expect(check.code).toBe(0);
    expect(check.stderr).toBe('');
    const calendar = runCli(['calendar', '--as-of', '2027-01-02'], { cwd: root, env });
    expect(calendar.code).toBe(0);
    // Without --as-of the mistyped value is the one in use, and refused.
    expect(runCli(['status'], { cwd: root, env }).code).toBe(2);
  });

  it('refuses a mistyped date before reading any workspace', () => {
    const root = copyWorkspace('demo');
    for (const [command, env, said] of [
      [['status', '--as-of', '2026-13-01'], {}, 'La fecha «2026-13-01» no existe: el año no tiene mes 13.'],
      [
        ['check'],
        { LINKAGE_TODAY: '28/11/2026' },
        'La fecha «LINKAGE_TODAY=28/11/2026» no está escrita como AAAA-MM-DD',
      ],
    ] as const) {
      const r = runCli([...command, '-C', root, '-C', root], { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(said);
      // Nothing was parsed: no cache was written.
      expect(existsSync(join(root, '.linkage-cache'))).toBe(false);
    }
  });

  it("counts the counterpart's answer as the last contact when no log entry is later", () => {
    const root = copyWorkspace('demo');
    // Mildura answered on 2024-05-02; without its contact log, that answer is the last contact.
    replaceIn(join(root, 'cases', 'mildura-au', 'case.yaml'), /^contactLog:\n(?:[ -].*\n)+/m, '');
    const r = runCli(['status', 'mildura-au', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).workspaces[0].cases[0].lastContact).toBe('2024-05-02');
  });

  it('gives json, md and csv (with a UTF-8 BOM for Excel)', () => {
    const root = copyWorkspace('minimal');
    const json = JSON.parse(runCli(['status', '--format', 'json'], { cwd: root }).stdout);
    expect(json.workspaces[0].cases[0]).toMatchObject({ slug: 'leon-es', phase: 2, move: { actor: 'municipio' } });
    expect(json.workspaces[0].cases[0].next[0].step).toBe('letter');
    const md = runCli(['status', '--format', 'md'], { cwd: root }).stdout;
    expect(md).toContain('| Caso | Fase | Avance | Siguiente paso | Le toca a | Desde | Atrasos | Último contacto |');
    expect(md).toContain('| leon-es | 2 Vinculación | 1/11 | Carta de Intención | Municipio | 2026-10-01 |  |  |');
    const csv = runCli(['status', '--format', 'csv'], { cwd: root }).stdout;
    expect(csv.startsWith('\uFEFFEspacio de trabajo,Caso,Ciudad,')).toBe(true);
    expect(csv).toContain(
      'Villa de Santa Úrsula,leon-es,León,2 Vinculación,1 de 11,Carta de Intención,Municipio,2026-10-01,,,2026-11-28\r\n',
    );
    expect(runCli(['status', '--format', 'xml'], { cwd: root }).code).toBe(2);
  });

  it('keeps every csv cell text: no formula from a name, no date from the progress', () => {
    const root = copyWorkspace('minimal');
    edit(root, 'linkage.yaml', (t) => t.replace('name: Villa de Santa Úrsula', 'name: "=1+2"'));
    edit(root, 'cases/leon-es/case.yaml', (t) =>
      t.replace('es: León', "es: '@SUM(A1)'").replace('en: León', "en: '@SUM(A1)'"),
    );
    const csv = runCli(['status', '--format', 'csv', '--ui-lang', 'en'], { cwd: root }).stdout;
    expect(csv).toContain("\r\n'=1+2,leon-es,'@SUM(A1),2 Linking,1 of 11,");
  });

  it('names what each late follow-up waits on, apart from the contact due', () => {
    const r = runCli(['status', '--as-of', '2027-12-01', '--format', 'csv']);
    const hofu = r.stdout.split('\r\n').find((l) => l.includes(',hofu-jp,')) as string;
    expect(hofu).toContain(
      '"seguimiento de «Respuesta de la contraparte» vencido el 2026-09-15; contacto con la contraparte vencido el 2027-04-22; seguimiento del último contacto vencido el 2026-12-15"',
    );
  });

  it("shows an amendment waiting on the SRE's opinion as the agreement's wait: the SRE's move since it was sent", () => {
    const root = amendedDemo(
      `    rounds:\n      - submitted: 2026-11-20\n        oficio: PM/DAI/0800/2026\n        hash: ${AMENDED_AURORA}\n`,
    );
    const row = (asOf: string, lang = 'es') =>
      runCli(['status', 'aurora-us', '--as-of', asOf, '--ui-lang', lang], { cwd: root }).stdout.split('\n')[3];
    expect(row('2026-11-28')).toMatch(
      /^aurora-us\s+4 Instrumentación\s+\S+ 12\/12\s+Dictamen de la SRE sobre la modificación modificacion-1\s+SRE\s+2026-11-20$/,
    );
    expect(row('2026-11-28', 'en')).toMatch(/\s+SRE opinion on amendment modificacion-1\s+SRE\s+2026-11-20$/);
    // Past its follow-up (the SRE opinion step's 90 days), late as well, beside the AOP 2027 now due.
    const late = row('2027-02-19');
    expect(late).toContain('Programa Operativo Anual; Dictamen de la SRE sobre la modificación modificacion-1');
    expect(late).toContain('dictamen de la SRE sobre la modificación modificacion-1 vencido el 2027-02-18');
  });

  it('keeps a name with a line break on one line of the md heading', () => {
    const root = copyWorkspace('minimal');
    edit(root, 'linkage.yaml', (t) => t.replace('name: Villa de Santa Úrsula', 'name: "Villa de\\nSanta Úrsula"'));
    const md = runCli(['status', '--format', 'md'], { cwd: root }).stdout;
    expect(md.split('\n')[0]).toMatch(/^## Villa de Santa Úrsula — /);
  });

  it('escapes md cells as review does, and keeps a line break or tab inside a cell off the table row', () => {
    const root = copyWorkspace('demo');
    edit(root, 'linkage.yaml', (t) =>
      t.replace(
        'es: Dictamen de la Comisión de Asuntos Internacionales\n',
        'es: "Dictamen <b>de la</b>\\nComisión | de\\tAsuntos"\n',
      ),
    );
    edit(root, 'cases/giessen-de/case.yaml', (t) => t.replace(/ {2}comision:\n(?: {4}.*\n)+/, ''));
    const md = runCli(['status', 'giessen-de', '--format', 'md'], { cwd: root }).stdout;
    expect(md).toContain('| Dictamen \\<b\\>de la\\</b\\> Comisión \\| de Asuntos |');
    const table = runCli(['status', 'giessen-de'], { cwd: root }).stdout.split('\n');
    expect(table.find((l) => l.startsWith('giessen-de'))).toMatch(
      /Dictamen <b>de la<\/b> Comisión \| de Asuntos\s+Cabildo/,
    );
    expect(table.join('\n')).not.toMatch(/[\t\r]/);
  });

  it('measures CJK and emoji as two columns each: a row with them keeps the columns after it in line', () => {
    const root = copyWorkspace('demo');
    edit(root, 'linkage.yaml', (t) =>
      t.replace('es: Dictamen de la Comisión de Asuntos Internacionales\n', 'es: 委員会の意見 🌮\n'),
    );
    edit(root, 'cases/giessen-de/case.yaml', (t) => t.replace(/ {2}comision:\n(?: {4}.*\n)+/, ''));
    const lines = runCli(['status'], { cwd: root }).stdout.split('\n');
    const at = (slug: string, word: string) => {
      const line = lines.find((l) => l.startsWith(`${slug} `)) as string;
      return displayWidth(line.slice(0, line.indexOf(word)));
    };
    expect(at('giessen-de', 'Cabildo')).toBe(at('krakow-pl', 'Municipio'));
  });

  it('shows a broken case as a row with its located error, and the other cases still', () => {
    const root = copyWorkspace('minimal');
    mkdirSync(join(root, 'cases', 'roma-it'));
    writeFileSync(join(root, 'cases', 'roma-it', 'case.yaml'), 'schemaVersion: 1\ncounterpart: [\n');
    const r = runCli(['status'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/leon-es\s+2 Vinculación/);
    expect(r.stdout).toMatch(/roma-it\s+ERROR: cases\/roma-it\/case\.yaml:\d+ El YAML no es válido/);
  });

  it('shows a case whose AOP or agreement does not load as broken, not as a program overdue', () => {
    const root = copyWorkspace('demo');
    const aop = join(root, 'cases', 'aurora-us', 'aop', '2026.yaml');
    replaceIn(aop, /^year: 2026$/m, 'year: 2026\n  objectives: [');
    const r = runCli(['status'], { cwd: root, env: { LINKAGE_TODAY: '2026-11-28' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/aurora-us\s+ERROR: cases\/aurora-us\/aop\/2026\.yaml:3 El YAML no es válido/);
    expect(r.stdout).not.toMatch(/POA 2026 vencido/);
    expect(r.stdout).toMatch(/giessen-de\s+4 Instrumentación/);
  });

  it('owes no program or results for a year whose AOP file does not load (json too)', () => {
    const root = copyWorkspace('demo');
    const aop = join(root, 'cases', 'aurora-us', 'aop', '2025.yaml');
    replaceIn(aop, /^year: 2025$/m, 'year: 2025\n  objectives: [');
    const r = runCli(['status', 'aurora-us', '--format', 'json'], { cwd: root, env: { LINKAGE_TODAY: '2026-11-28' } });
    expect(r.code).toBe(0);
    const [row] = JSON.parse(r.stdout).workspaces[0].cases;
    expect(row.error.file).toBe('cases/aurora-us/aop/2025.yaml');
    expect(row.late).toEqual([]);
  });

  it('keeps the row of a case whose documents.yaml or a stray file in aop/ is broken: check reports those', () => {
    const root = copyWorkspace('demo');
    const dir = join(root, 'cases', 'aurora-us');
    writeFileSync(join(dir, 'documents.yaml'), 'schemaVersion: 1\nissued: [\n');
    writeFileSync(join(dir, 'aop', 'borrador.yaml'), 'year: 2027\n');
    const r = runCli(['status'], { cwd: root, env: { LINKAGE_TODAY: '2026-11-28' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/aurora-us\s+4 Instrumentación/);
    const c = runCli(['check'], { cwd: root, env: { LINKAGE_TODAY: '2026-11-28' } });
    expect(c.code).toBe(1);
    expect(c.stdout).toContain('cases/aurora-us/documents.yaml');
    expect(c.stdout).toContain('cases/aurora-us/aop/borrador.yaml');
  });

  it('reports an aop/ that is a link to nowhere, without a stack trace', () => {
    const root = copyWorkspace('demo');
    symlinkSync(join(root, 'nowhere'), join(root, 'cases', 'krakow-pl', 'aop'));
    const env = { LINKAGE_TODAY: '2026-11-28' };
    const s = runCli(['status'], { cwd: root, env });
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(/krakow-pl\s+ERROR: cases\/krakow-pl\/aop No se pudo leer la carpeta/);
    const c = runCli(['check'], { cwd: root, env });
    expect(c.code).toBe(1);
    expect(c.stdout).toContain('cases/krakow-pl/aop error: No se pudo leer la carpeta.');
    for (const r of [s, c]) expect(r.stderr).not.toMatch(STACK);
  });

  it('covers several workspaces with repeated -C', () => {
    const a = copyWorkspace('minimal');
    const b = copyWorkspace('minimal');
    edit(b, 'linkage.yaml', (t) => t.replace('name: Villa de Santa Úrsula', 'name: San Felipe del Río'));
    const r = runCli(['status', '-C', a, '-C', b, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Villa de Santa Úrsula,leon-es');
    expect(r.stdout).toContain('San Felipe del Río,leon-es');
  });

  it("gives each workspace's count before the total when check covers several", () => {
    const cwd = tempDir();
    const a = copyWorkspace('minimal');
    const b = copyWorkspace('minimal');
    edit(b, CASE, (t) => t.replace(/^kind: .*$/m, 'kind: [sister-cities'));
    const r = runCli(['check', '-C', a, '-C', b], { cwd });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(-3)).toEqual([
      `${relative(cwd, a)}: Todo en orden: 2 archivos revisados.`,
      `${relative(cwd, b)}: 1 error, 0 advertencias en 2 archivos.`,
      '1 error, 0 advertencias en 4 archivos.',
    ]);
    // One workspace: the total alone, as before.
    expect(runCli(['check', '-C', a], { cwd }).stdout.trimEnd().split('\n')).toEqual([
      'Todo en orden: 2 archivos revisados.',
    ]);
  });

  it('keeps a workspace with no cases, and one whose linkage.yaml does not load, in the md and csv', () => {
    const a = copyWorkspace('minimal');
    const empty = copyWorkspace('minimal');
    rmSync(join(empty, 'cases', 'leon-es'), { recursive: true });
    edit(empty, 'linkage.yaml', (t) => t.replace('name: Villa de Santa Úrsula', 'name: San Felipe del Río'));
    const broken = copyWorkspace('minimal');
    edit(broken, 'linkage.yaml', (t) => t.replace(/^municipality:/m, 'municipality: [oops'));
    const flags = ['-C', a, '-C', empty, '-C', broken];
    const md = runCli(['status', ...flags, '--format', 'md']);
    expect(md.code).toBe(0);
    // The table said so; the minutes said nothing: an empty table, the error gone.
    const sections = md.stdout.split(/^## /m);
    expect(sections[2]).toContain('Sin casos todavía.');
    expect(sections[2]).not.toContain('| Caso |');
    expect(sections[3]).toMatch(/^ERROR: \S+\/linkage\.yaml:\d+: El YAML no es válido/m);
    const csv = runCli(['status', ...flags, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.split('\r\n');
    expect(rows).toContain('San Felipe del Río,,,,,Sin casos todavía.,,,,,2026-11-28');
    expect(rows.some((r) => /^[^,]+,,,,,ERROR: \S+\/linkage\.yaml:\d+: El YAML no es válido/.test(r))).toBe(true);
  });

  it('heads a workspace whose linkage.yaml does not load with its folder as typed, with no date or empty headers', () => {
    const cwd = workspacesIn('a', 'c');
    edit(join(cwd, 'c'), 'linkage.yaml', (t) => t.replace(/^municipality:/m, 'municipality: [oops'));
    const status = (format: string) => runCli(['status', '-C', 'a', '-C', 'c', '--format', format], { cwd }).stdout;
    const [ok, broken] = status('table').trimEnd().split('\n\n') as [string, string];
    expect(ok.split('\n')[0]).toBe('Villa de Santa Úrsula — Estado al 2026-11-28');
    // Its pinned asOf is in the file that does not load: no date would be the workspace's own.
    expect(broken.split('\n')[0]).toBe('c');
    expect(broken.split('\n')[1]).toMatch(/^c\/linkage\.yaml:\d+: El YAML no es válido/);
    // Every row an error: no header over columns that stay empty.
    expect(broken.split('\n').slice(2)).toEqual([
      'leon-es  ERROR: c/linkage.yaml no se pudo leer: sin él no se sabe en qué paso va el caso.',
    ]);
    // The minutes, as the table: each case with its error, under no table of empty columns.
    const md = status('md').split(/^## /m);
    expect(md[2]?.split('\n')).toEqual([
      'c',
      '',
      expect.stringMatching(/^ERROR: c\/linkage\.yaml:\d+: El YAML no es válido/),
      '',
      '- leon-es: ERROR: c/linkage.yaml no se pudo leer: sin él no se sabe en qué paso va el caso.',
      '',
    ]);
    // A workspace that loads keeps its table.
    expect(md[1]).toMatch(/^\| Caso \| Fase \|/m);
    const rows = status('csv').split('\r\n');
    expect(rows.filter((r) => r.startsWith('c,'))).toHaveLength(2);
    // The json says no date either (the clock's would not be its own), and no name.
    const json = JSON.parse(status('json')) as { workspaces: { name: string | null; today: string | null }[] };
    expect(json.workspaces.map((w) => [w.name, w.today])).toEqual([
      ['Villa de Santa Úrsula', '2026-11-28'],
      [null, null],
    ]);
    expect(rows.join('\n')).not.toContain(cwd);
  });

  it('shows the errors of several workspaces with paths from where the user stands, as check does', () => {
    const cwd = workspacesIn('a', 'c');
    mkdirSync(join(cwd, 'a', 'cases', 'roma-it'));
    writeFileSync(join(cwd, 'a', 'cases', 'roma-it', 'case.yaml'), 'schemaVersion: 1\ncounterpart: [\n');
    edit(join(cwd, 'c'), 'linkage.yaml', (t) => t.replace(/^municipality:/m, 'municipality: [oops'));
    const status = (format: string) => runCli(['status', '-C', 'a', '-C', 'c', '--format', format], { cwd }).stdout;
    // check names the same files so: an editor opens them from here.
    const check = runCli(['check', '-C', 'a', '-C', 'c'], { cwd }).stdout;
    expect(check).toMatch(/^a\/cases\/roma-it\/case\.yaml:3/m);
    expect(check).toMatch(/^c\/linkage\.yaml:\d+/m);
    const table = status('table');
    expect(table).toMatch(/^roma-it\s+ERROR: a\/cases\/roma-it\/case\.yaml:3 El YAML no es válido/m);
    expect(table).toMatch(/^c\/linkage\.yaml:\d+: El YAML no es válido/m);
    expect(table).toMatch(/^leon-es\s+ERROR: c\/linkage\.yaml no se pudo leer/m);
    const md = status('md');
    expect(md).toContain('ERROR: a/cases/roma-it/case.yaml:3 El YAML no es válido');
    expect(md).toMatch(/^ERROR: c\/linkage\.yaml:\d+: El YAML no es válido/m);
    expect(md).toContain('ERROR: c/linkage.yaml no se pudo leer');
    const csv = status('csv');
    expect(csv).toContain(',ERROR: a/cases/roma-it/case.yaml:3 El YAML no es válido');
    expect(csv).toMatch(/^c,,,,,ERROR: c\/linkage\.yaml:\d+: El YAML no es válido/m);
    expect(csv).toContain('c,leon-es,leon-es,,,ERROR: c/linkage.yaml no se pudo leer');
    // The json, as check's: the workspace's folder (absolute), each file from it.
    const json = JSON.parse(status('json'));
    expect(json.workspaces[0].cases.find((c: { slug: string }) => c.slug === 'roma-it').error.file).toBe(
      'cases/roma-it/case.yaml',
    );
    expect(json.workspaces[1].root).toBe(join(cwd, 'c'));
    expect(json.workspaces[1].problems[0].file).toBe('linkage.yaml');
    // One workspace, from its folder: its paths as before.
    const here = runCli(['status'], { cwd: join(cwd, 'a') }).stdout;
    expect(here).toMatch(/^roma-it\s+ERROR: cases\/roma-it\/case\.yaml:3/m);
  });

  it('tells apart two workspaces of one name by their folders as typed, and only those', () => {
    const cwd = workspacesIn('a', 'b', 'other');
    edit(join(cwd, 'other'), 'linkage.yaml', (t) =>
      t.replace('name: Villa de Santa Úrsula', 'name: San Felipe del Río'),
    );
    const status = (format: string) =>
      runCli(['status', '-C', 'a', '-C', 'b', '-C', 'other', '--format', format], { cwd }).stdout;
    const headings = status('table')
      .split('\n')
      .filter((l) => l.includes(' — '));
    expect(headings).toEqual([
      'Villa de Santa Úrsula (a) — Estado al 2026-11-28',
      'Villa de Santa Úrsula (b) — Estado al 2026-11-28',
      'San Felipe del Río — Estado al 2026-11-28',
    ]);
    expect(status('md').match(/^## .*$/gm)).toEqual(headings.map((h) => `## ${h}`));
    const rows = status('csv').split('\r\n');
    expect(rows.map((r) => r.split(',')[0]).slice(1, -1)).toEqual([
      'Villa de Santa Úrsula (a)',
      'Villa de Santa Úrsula (b)',
      'San Felipe del Río',
    ]);
  });

  it('says in the csv as of when each workspace\'s rows are: their "today" may differ', () => {
    const cwd = workspacesIn('a', 'b', 'empty', 'c');
    edit(join(cwd, 'b'), 'linkage.yaml', (t) => t.replace('asOf: 2026-11-28', 'asOf: 2026-12-01'));
    rmSync(join(cwd, 'empty', 'cases', 'leon-es'), { recursive: true });
    edit(join(cwd, 'c'), 'linkage.yaml', (t) => t.replace(/^municipality:/m, 'municipality: [oops'));
    const csv = (lang: string) =>
      runCli(['status', '-C', 'a', '-C', 'b', '-C', 'empty', '-C', 'c', '--format', 'csv', '--ui-lang', lang], {
        cwd,
      }).stdout.split('\r\n');
    const rows = csv('es');
    expect(rows[0]).toBe(
      '\uFEFFEspacio de trabajo,Caso,Ciudad,Fase,Avance,Siguiente paso,Le toca a,Desde,Atrasos,Último contacto,Estado al',
    );
    expect(csv('en')[0]).toMatch(/,Last contact,Status as of$/);
    expect(rows.slice(1, 4).map((r) => r.replace(/,.*,/, ' … '))).toEqual([
      'Villa de Santa Úrsula (a) … 2026-11-28',
      'Villa de Santa Úrsula (b) … 2026-12-01',
      'Villa de Santa Úrsula (empty) … 2026-11-28',
    ]);
    // A linkage.yaml that does not load holds the workspace's asOf: its rows say no date.
    expect(rows.slice(4, -1).map((r) => r.split(',').at(-1))).toEqual(['', '']);
  });

  it('filters one case, and names the cases when it does not exist', () => {
    const root = copyWorkspace('minimal');
    expect(runCli(['status', 'leon-es'], { cwd: root }).stdout).toContain('leon-es');
    const r = runCli(['status', 'lyon-fr'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No hay un caso «lyon-fr»');
    expect(r.stderr).toContain('Casos: leon-es.');
    // The city, as people say it, points to its case, as in the other commands.
    const city = runCli(['status', 'leon'], { cwd: root });
    expect(city.code).toBe(2);
    expect(city.stderr).toContain('esa ciudad es el caso «leon-es»');
    // A near miss is named, and so it is by the commands that load only the case they are given.
    for (const command of ['status', 'review', 'next', 'log']) {
      const typo = runCli([command, 'LEON-E'], { cwd: root });
      expect(typo.code, command).toBe(2);
      expect(typo.stderr, command).toContain('No hay un caso «LEON-E» en');
      expect(typo.stderr, command).toContain('¿Quiso decir «leon-es»?');
      expect(typo.stderr, command).toContain('Casos: leon-es.');
    }
  });

  it('outside a workspace says to run linkage init or pass -C, with exit 2', () => {
    const r = runCli(['status'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No se encontró un espacio de trabajo de linkage');
    expect(r.stderr).toContain('`linkage init`');
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('linkage check', () => {
  it('passes a sound workspace with exit 0', () => {
    const r = runCli(['check'], { cwd: copyWorkspace('minimal') });
    expect(r.stdout).toContain('Todo en orden');
    expect(r.code).toBe(0);
  });

  /** Each bad input: what to do to the minimal workspace, the exit code, and what the message must say. */
  const cases: [string, (root: string) => void, number, RegExp][] = [
    [
      'broken YAML',
      (r) => edit(r, CASE, (t) => t.replace('  country: ES', '  country: [ES')),
      1,
      /cases\/leon-es\/case\.yaml:\d+:\d+ error: El YAML no es válido/,
    ],
    [
      'a wrong type',
      (r) => edit(r, CASE, (t) => t.replace('languages: [es]', 'languages: 3')),
      1,
      /case\.yaml:8:14 \(counterpart\.languages\) error: Se esperaba una lista\.\n {2}→ Escriba los valores entre corchetes/,
    ],
    [
      'an unknown key (a warning, exit 0)',
      (r) => edit(r, CASE, (t) => t.replace('kind: sister-cities', 'kind: sister-cities\nreasosn: []')),
      0,
      /case\.yaml:14:\d+ \(reasosn\) advertencia: Clave desconocida «reasosn»\.\n {2}→ ¿Quiso decir «reasons»\?/,
    ],
    ['an empty file', (r) => writeFileSync(join(r, CASE), ''), 1, /case\.yaml:1:1 error: El archivo está vacío\./],
    [
      'a case folder without its case file',
      (r) => mkdirSync(join(r, 'cases', 'roma-it')),
      1,
      /cases\/roma-it\/case\.yaml error: La carpeta del caso «roma-it» no tiene case\.yaml\./,
    ],
    [
      'a reserved name as a case folder',
      (r) => mkdirSync(join(r, 'cases', 'aux')),
      1,
      /cases\/aux error: «aux» es un nombre reservado en Windows\./,
    ],
    [
      'a file that is not UTF-8',
      (r) => writeFileSync(join(r, CASE), Buffer.from('schemaVersion: 1\nkind: cooperaci\xf3n\n', 'latin1')),
      1,
      /case\.yaml:2:16 error: El archivo no está en UTF-8/,
    ],
    [
      'git conflict markers',
      (r) =>
        edit(r, CASE, (t) =>
          t.replace(
            'kind: sister-cities',
            '<<<<<<< HEAD\nkind: sister-cities\n=======\nkind: cooperation\n>>>>>>> main',
          ),
        ),
      1,
      /case\.yaml:13:1 error: Hay un conflicto de git sin resolver/,
    ],
    [
      'a newer schemaVersion',
      (r) => edit(r, CASE, (t) => t.replace('schemaVersion: 1', 'schemaVersion: 7')),
      2,
      /case\.yaml:2:\d+ \(schemaVersion\) error: Este archivo usa schemaVersion 7[\s\S]*Actualice linkage/,
    ],
    [
      'an unknown time zone, when "today" comes from the clock',
      (r) =>
        edit(r, 'linkage.yaml', (t) =>
          t.replace(/^asOf: .*\n/m, '').replace('timezone: America/Mexico_City', 'timezone: America/Nowhere'),
        ),
      2,
      /linkage\.yaml(?::\d+:\d+)? \(settings\.timezone\)[\s\S]*La zona horaria «America\/Nowhere» de `settings: timezone:` no existe\./,
    ],
    [
      'an unknown time zone, when "today" is pinned by asOf (an error finding, not silence)',
      (r) => edit(r, 'linkage.yaml', (t) => t.replace('timezone: America/Mexico_City', 'timezone: America/Nowhere')),
      1,
      /linkage\.yaml:\d+:\d+ \(settings\.timezone\) error \[iso-codes\]: La zona horaria «America\/Nowhere» de `settings: timezone:` no existe\./,
    ],
    [
      'an alias bomb',
      (r) =>
        writeFileSync(
          join(r, CASE),
          `a: &a [x,x,x,x,x,x,x,x,x]\n${Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`).join('\n')}\n`,
        ),
      1,
      /demasiados alias/,
    ],
    [
      'a deeply nested document',
      (r) => writeFileSync(join(r, CASE), `schemaVersion: 1\nx: ${'['.repeat(3000)}${']'.repeat(3000)}\n`),
      1,
      /anidado a más de 64 niveles/,
    ],
    [
      'a 50 MB file',
      (r) => writeFileSync(join(r, CASE), Buffer.alloc(50 * 1024 * 1024, 'a')),
      1,
      /El archivo pesa 52428800 bytes/,
    ],
  ];

  it.each(cases)('%s', (_name, breakIt, code, expected) => {
    const root = copyWorkspace('minimal');
    breakIt(root);
    const r = runCli(['check'], { cwd: root });
    expect(r.stdout + r.stderr).toMatch(expected);
    expect(r.code).toBe(code);
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });

  it('writes in JSON the fields the README documents, and no others', () => {
    const root = copyWorkspace('minimal');
    edit(root, CASE, (t) => t.replace('languages: [es]', 'languages: 3'));
    const json = JSON.parse(runCli(['check', '--format', 'json'], { cwd: root }).stdout);
    // The README's paragraph on `check --format json`: every field it names in backquotes.
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const paragraph = readme.slice(readme.indexOf('`check --format json` escribe'), readme.indexOf('*JSON output'));
    const documented = new Set([...paragraph.matchAll(/`(\w+)`/g)].map((m) => m[1]));
    const fields = [...Object.keys(json), ...Object.keys(json.problems[0])];
    expect(fields.filter((f) => !documented.has(f))).toEqual([]);
    expect(Object.keys(json)).toEqual(['errors', 'warnings', 'problems']);
    expect(Object.keys(json.problems[0])).toEqual([
      'workspace',
      'file',
      'line',
      'column',
      'path',
      'severity',
      'id',
      'rule',
      'law',
      'message',
      'hint',
      'params',
    ]);
  });

  it('speaks GitHub annotations and JSON', () => {
    const root = copyWorkspace('minimal');
    edit(root, CASE, (t) => t.replace('languages: [es]', 'languages: 3'));
    const gh = runCli(['check', '--format', 'github'], { cwd: root });
    expect(gh.code).toBe(1);
    expect(gh.stdout).toContain(
      '::error file=cases/leon-es/case.yaml,line=8,col=14,title=schema.type.array::Se esperaba una lista.',
    );
    const json = JSON.parse(runCli(['check', '--format', 'json', '--ui-lang', 'en'], { cwd: root }).stdout);
    expect(json.errors).toBe(1);
    expect(json.problems[0]).toMatchObject({
      file: 'cases/leon-es/case.yaml',
      line: 8,
      column: 14,
      message: 'A list was expected.',
    });
  });

  it('names annotation files from the repository root, wherever the step runs', () => {
    // A state office's repository: the workspace in munis/leon, the step run in it (working-directory).
    const repo = tempDir();
    mkdirSync(join(repo, '.git'));
    const ws = join(repo, 'munis', 'leon');
    mkdirSync(dirname(ws), { recursive: true });
    cpSync(copyWorkspace('minimal'), ws, { recursive: true });
    edit(ws, CASE, (t) => t.replace('languages: [es]', 'languages: 3'));
    const annotation = '::error file=munis/leon/cases/leon-es/case.yaml,line=8,col=14,title=schema.type.array::';
    for (const cwd of [ws, join(ws, 'cases', 'leon-es')]) {
      const r = runCli(['check', '--format', 'github'], { cwd });
      expect(r.code, cwd).toBe(1);
      expect(r.stdout, cwd).toContain(annotation);
    }
    expect(runCli(['check', '-C', 'munis/leon', '--format', 'github'], { cwd: repo }).stdout).toContain(annotation);
    expect(runCli(['check', '-C', ws, CASE, '--format', 'github'], { cwd: tempDir() }).stdout).toContain(annotation);
    // A checkout without .git (a download): GITHUB_WORKSPACE is the root.
    rmSync(join(repo, '.git'), { recursive: true });
    const download = runCli(['check', '--format', 'github'], { cwd: ws, env: { GITHUB_WORKSPACE: repo } });
    expect(download.stdout).toContain(annotation);
    // For people, the text says the path from where they stand.
    expect(runCli(['check'], { cwd: ws }).stdout).toContain('cases/leon-es/case.yaml:8:14');
    expect(runCli(['check'], { cwd: ws }).stdout).not.toContain('munis/');
  });

  it('checks only the paths given', () => {
    const root = copyWorkspace('minimal');
    mkdirSync(join(root, 'cases', 'roma-it'));
    expect(runCli(['check', 'cases/leon-es'], { cwd: root }).code).toBe(0);
    expect(runCli(['check', 'cases/roma-it'], { cwd: root }).code).toBe(1);
  });

  it('refuses a path that does not exist (exit 2), naming the case folder or file meant', () => {
    const root = copyWorkspace('minimal');
    // A broken case elsewhere: a mistyped path must not pass (exit 0) while errors exist.
    mkdirSync(join(root, 'cases', 'roma-it'));
    const typo = runCli(['check', 'cases/leon-e'], { cwd: root });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('No existe «cases/leon-e». ¿Quiso decir cases/leon-es?');
    const slug = runCli(['check', 'leon-es'], { cwd: root });
    expect(slug.code).toBe(2);
    expect(slug.stderr).toContain('¿Quiso decir cases/leon-es?');
    // A file mistyped in its folder: the name beside it.
    const file = runCli(['check', 'cases/leon-es/case.yml'], { cwd: root });
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('No existe «cases/leon-es/case.yml». ¿Quiso decir cases/leon-es/case.yaml?');
    const nowhere = runCli(['check', 'no/such/folder', '--ui-lang', 'en'], { cwd: root });
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('"no/such/folder" does not exist');
    expect(nowhere.stderr).not.toMatch(STACK);
    // Given from elsewhere with -C, the near miss is said from the -C folder, as paths are read.
    const name = basename(root);
    const fromAbove = runCli(['-C', name, 'check', `${name}/cases/leon-es`], { cwd: dirname(root) });
    expect(fromAbove.code).toBe(2);
    expect(fromAbove.stderr).toContain(`No existe «${name}/cases/leon-es». ¿Quiso decir cases/leon-es?`);
  });

  it.skipIf(!HAS_GIT)(
    "skips, with a note, a changed-files list's files that check does not read, deleted ones too",
    () => {
      // A state office's repository, its files listed as `git diff --name-only origin/main...` does.
      const repo = tempDir();
      const ws = join(repo, 'munis', 'leon');
      mkdirSync(dirname(ws), { recursive: true });
      cpSync(copyWorkspace('minimal'), ws, { recursive: true });
      cpSync(join(ws, 'cases', 'leon-es'), join(ws, 'cases', 'roma-it'), { recursive: true });
      writeFileSync(join(ws, 'cases', 'leon-es', 'notas.txt'), 'notas\n');
      mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
      writeFileSync(join(repo, '.github', 'workflows', 'otro.yml'), 'on: push\n');
      writeFileSync(join(repo, 'README.md'), '# Oficina\n');
      writeFileSync(join(ws, 'README.md'), '# León\n');
      git(repo, 'init', '-q');
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'uno');
      rmSync(join(ws, 'cases', 'roma-it'), { recursive: true });
      rmSync(join(ws, 'cases', 'leon-es', 'notas.txt'));
      git(repo, 'commit', '-q', '-a', '-m', 'dos');
      const changed = [
        'README.md',
        '.github/workflows/otro.yml',
        'munis/leon/README.md',
        'munis/leon/cases/leon-es/notas.txt',
        'munis/leon/cases/roma-it/case.yaml',
      ];
      const r = runCli(['check', ...changed, '--format', 'github'], { cwd: repo });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('Se omite «README.md»: no es un archivo que `check` revise.');
      expect(r.stderr).toContain('Se omite «.github/workflows/otro.yml»');
      expect(r.stderr).toContain('Se omite «munis/leon/README.md»');
      expect(r.stderr).toContain('Se omite «munis/leon/cases/roma-it/case.yaml»: ya no existe.');
      expect(r.stderr).toContain(
        '«munis/leon/cases/leon-es/notas.txt» ya no existe: se revisa su caso, cases/leon-es.',
      );
      // The deleted file's case is checked: broken, the list fails.
      edit(ws, CASE, (t) => t.replace('languages: [es]', 'languages: 3'));
      expect(runCli(['check', ...changed, '--format', 'github'], { cwd: repo }).code).toBe(1);
      // By hand, a path git never knew (a typo) and a file outside the repository are usage errors.
      const typo = runCli(['check', 'munis/leon/cases/leon-e'], { cwd: repo });
      expect(typo.code).toBe(2);
      expect(typo.stderr).toContain('¿Quiso decir munis/leon/cases/leon-es?');
      const outside = join(tempDir(), 'notas.txt');
      writeFileSync(outside, 'notas\n');
      expect(runCli(['check', outside], { cwd: repo }).code).toBe(2);
    },
  );

  it('refuses a path that holds none of the files check reads (exit 2): it would check nothing', () => {
    const root = copyWorkspace('minimal');
    mkdirSync(join(root, 'cases', 'roma-it'));
    mkdirSync(join(root, 'assets'));
    const r = runCli(['check', 'assets', 'cases/leon-es'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«assets» no es ni contiene un archivo que `check` revise');
    expect(runCli(['check', '.'], { cwd: join(root, 'assets') }).stderr).toContain('«.» no es ni contiene');
    // Said as given, from the -C folder.
    expect(runCli(['check', '-C', root, 'assets'], { cwd: tempDir() }).stderr).toContain('«assets» no es ni contiene');
    expect(runCli(['check', '.'], { cwd: root }).code).toBe(1);
  });

  it('checks a changed evidence file given as a path through the case that records its hash', () => {
    const root = copyWorkspace('demo');
    const scan = 'cases/giessen-de/evidence/acta-cabildo-2025-09-25.pdf';
    expect(runCli(['check', scan], { cwd: root }).code).toBe(0);
    writeFileSync(join(root, scan), 'otro escaneo');
    for (const path of [scan, 'cases/giessen-de/evidence']) {
      const r = runCli(['check', path, '--format', 'github'], { cwd: root });
      expect(r.code, path).toBe(1);
      expect(r.stdout).toMatch(
        /::error file=cases\/giessen-de\/case\.yaml,line=\d+,col=\d+,title=hashes::El archivo de evidencia «evidence\/acta-cabildo-2025-09-25\.pdf» cambió/,
      );
    }
  });

  it.skipIf(!HAS_GIT)(
    'says when git changed only the line endings of evidence, and how to keep it from doing so',
    () => {
      // A workspace without .gitattributes (older than init's), committed where git turns CRLF into LF.
      const root = copyWorkspace('rules/base');
      const scan = 'cases/lyon-fr/evidence/dictamen-sre.txt';
      writeFileSync(join(root, scan), readFileSync(join(root, scan), 'utf8').replace(/\n/g, '\r\n'));
      replaceIn(
        join(root, 'cases/lyon-fr/case.yaml'),
        /(dictamen-sre\.txt\n\s+sha256: )\w+/,
        `$1${sha256(readFileSync(join(root, scan)))}`,
      );
      expect(runCli(['check'], { cwd: root }).code).toBe(0);
      git(root, 'init', '-q');
      git(root, '-c', 'core.autocrlf=input', 'add', '.');
      git(root, 'commit', '-q', '-m', 'Espacio de trabajo');
      const clone = join(tempDir(), 'clone');
      git(root, 'clone', '-q', root, clone);
      const r = runCli(['check', '--format', 'github'], { cwd: clone });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        /::error file=cases\/lyon-fr\/case\.yaml,line=59,col=\d+,title=hashes::El archivo de evidencia «evidence\/dictamen-sre\.txt» es el registrado salvo los finales de línea/,
      );
      expect(r.stdout).toContain('`**/evidence/** -text`');
      expect(r.stdout).toContain('git add --renormalize cases/lyon-fr/evidence/dictamen-sre.txt');
      // Bytes that differ otherwise are still a changed file.
      writeFileSync(join(clone, scan), 'otro escaneo\n');
      expect(runCli(['check'], { cwd: clone }).stdout).toContain('«evidence/dictamen-sre.txt» cambió');
    },
  );

  it('checks evidence that linkage.yaml records through linkage.yaml, not "nothing to check"', () => {
    const root = copyWorkspace('rules/base');
    const scan = 'evidence/nombramiento-enlace.txt';
    const asOf = ['--as-of', '2026-03-15'];
    const clean = runCli(['check', scan, ...asOf], { cwd: root });
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('Todo en orden: 1 archivo revisado.');
    writeFileSync(join(root, scan), 'otro nombramiento');
    for (const path of [scan, 'evidence']) {
      const r = runCli(['check', path, ...asOf, '--format', 'github'], { cwd: root });
      expect(r.code, path).toBe(1);
      expect(r.stdout).toMatch(
        /::error file=linkage\.yaml,line=\d+,col=\d+,title=hashes::El archivo de evidencia «evidence\/nombramiento-enlace\.txt» cambió/,
      );
      // linkage.yaml's findings only: the cases are not checked.
      expect(r.stdout).not.toContain('file=cases/');
    }
    // A folder that holds no evidence of linkage.yaml's still checks nothing.
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'logo.txt'), 'logo');
    expect(runCli(['check', 'assets', ...asOf], { cwd: root }).code).toBe(2);
  });

  it('checks a file that does not load (its errors, exit 1), not "nothing to check"', () => {
    const root = copyWorkspace('demo');
    writeFileSync(join(root, 'cases', 'giessen-de', 'agreement.yaml'), 'title: [\n');
    writeFileSync(join(root, 'cases', 'aurora-us', 'aop', 'plan.yaml'), 'year: 2026\n');
    for (const [path, error] of [
      ['cases/giessen-de/agreement.yaml', /cases\/giessen-de\/agreement\.yaml:\d+:\d+ error: El YAML no es válido/],
      ['cases/aurora-us/aop/plan.yaml', /cases\/aurora-us\/aop\/plan\.yaml.*debe llamarse como su año/],
    ] as const) {
      const r = runCli(['check', path], { cwd: root });
      expect(r.code, path).toBe(1);
      expect(r.stdout).toMatch(error);
      expect(r.stdout).toMatch(/ en 1 archivo\.\n$/);
    }
  });

  it('reads paths from the one -C folder, narrows to them and counts only their files', () => {
    const root = copyWorkspace('minimal');
    mkdirSync(join(root, 'cases', 'roma-it'));
    // From elsewhere, as git -C: the path is the workspace's, and only it is checked.
    const one = runCli(['check', '-C', root, 'cases/leon-es'], { cwd: tempDir() });
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/Todo en orden: 1 archivo revisado\.\n$/);
    const whole = runCli(['check', '-C', root], { cwd: tempDir() });
    expect(whole.code).toBe(1);
    expect(whole.stdout).toMatch(/1 error, 0 advertencias en \d+ archivos\.\n$/);
    const two = runCli(['check', '-C', root, '-C', root, 'cases/leon-es'], { cwd: tempDir() });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('Con rutas, `check` revisa un solo espacio de trabajo');
  });

  it('counts each file once, those with findings and those in case subfolders included', () => {
    const root = copyWorkspace('demo');
    const yamlFiles = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
      );
    // Files with findings, besides the demo's own: a misnamed AOP, an unknown key in another, an
    // agreement that does not load.
    writeFileSync(join(root, 'cases', 'aurora-us', 'aop', 'plan.yaml'), 'year: 2026\n');
    writeFileSync(join(root, 'cases', 'giessen-de', 'agreement.yaml'), 'title: [\n');
    edit(root, 'cases/aurora-us/aop/2024.yaml', (t) => `${t}unknownKey: 1\n`);
    const whole = runCli(['check'], { cwd: root });
    expect(whole.stdout).toContain('cases/aurora-us/aop/plan.yaml');
    expect(whole.stdout).toContain('cases/aurora-us/aop/2024.yaml');
    const files = ['linkage.yaml', ...yamlFiles('cases')];
    const summary = new RegExp(` en ${files.length} archivos\\.\\n$`);
    expect(whole.stdout).toMatch(summary);
    // Again from the memos and the parse cache.
    expect(runCli(['check'], { cwd: root }).stdout).toMatch(summary);
    const one = runCli(['check', 'cases/aurora-us'], { cwd: root });
    const inCase = files.filter((f) => f.startsWith('cases/aurora-us/')).length;
    expect(one.stdout).toMatch(new RegExp(` en ${inCase} archivos\\.\\n$`));
  });

  it('treats an unknown option as a usage error, exit 2', () => {
    const r = runCli(['check', '--formt', 'json'], { cwd: copyWorkspace('minimal') });
    expect(r.code).toBe(2);
  });
});

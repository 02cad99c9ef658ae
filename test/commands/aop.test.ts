import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyWorkspace, replaceIn, runCli, STACK } from '../helpers.js';

const AURORA = 'cases/aurora-us';

describe('linkage aop new', () => {
  it('starts the year after the latest AOP with its unfinished activities, schema-valid and checked clean', () => {
    const root = copyWorkspace('demo');
    const before = (runCli(['check'], { cwd: root }).stdout.match(/0 errores, .*archivos\./) ?? [''])[0];
    expect(before).not.toBe('');
    const r = runCli(['aop', 'new', 'aurora-us'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Programa Operativo Anual 2027 iniciado: ${AURORA}/aop/2027.yaml`);
    expect(r.stdout).toContain('3 actividades no concluidas se retoman de 2026 (A26-3, A26-4, A26-5)');
    const text = readFileSync(join(root, AURORA, 'aop/2027.yaml'), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=../../../schemas/aop.schema.json\n')).toBe(true);
    const aop = parse(text);
    expect(aop.year).toBe(2027);
    expect(aop.approved).toBeUndefined();
    const old = parse(readFileSync(join(root, AURORA, 'aop/2026.yaml'), 'utf8'));
    expect(aop.objectives).toEqual(old.objectives);
    expect(aop.followUp).toEqual(old.followUp);
    expect(
      aop.activities.map((a: { id: string; status: string; start: string; end: string }) => [
        a.id,
        a.status,
        a.start,
        a.end,
      ]),
    ).toEqual([
      ['A26-3', 'in-progress', '2027-01-01', '2027-12-11'],
      ['A26-4', 'in-progress', '2027-01-01', '2027-12-15'],
      ['A26-5', 'planned', '2027-12-07', '2027-12-11'],
    ]);
    // The roof was 70 % built: that is next year's baseline, and no actual yet.
    expect(aop.activities[1].indicators).toEqual([
      expect.objectContaining({ id: 'avance', baseline: 70, target: 100 }),
    ]);
    expect(aop.activities[1].indicators[0].actual).toBeUndefined();
    // The new file passes every rule: check finds what it found before, in one more file.
    const check = runCli(['check'], { cwd: root });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(before.replace(/en (\d+) archivos/, (_, n) => `en ${Number(n) + 1} archivos`));
  });

  it('starts a newly signed case’s first program in its signature year, from the signature day', () => {
    const root = copyWorkspace('demo');
    const r = runCli(['aop', 'new', 'giessen-de', '--ui-lang', 'en'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026 Annual Operational Program started: cases/giessen-de/aop/2026.yaml');
    // Signed on 8 October 2026: the program cannot run from a January the agreement did not exist in.
    expect(parse(readFileSync(join(root, 'cases/giessen-de/aop/2026.yaml'), 'utf8'))).toMatchObject({
      year: 2026,
      period: { start: '2026-10-08', end: '2026-12-31' },
      activities: [],
    });
    expect(runCli(['check'], { cwd: root }).code).toBe(0);
    expect(runCli(['generate', 'aop', 'giessen-de', '--check'], { cwd: root }).code).toBe(0);
  });

  it('names the command that asks for the new program’s activities; `next` alone asks its approval first', () => {
    const root = copyWorkspace('demo');
    const r = runCli(['aop', 'new', 'giessen-de', '--ui-lang', 'en'], { cwd: root });
    const command = /`(linkage next [^`]+)`/.exec(r.stdout)?.[1];
    expect(command).toBe('linkage next giessen-de --step aop');
    // The program's step (on a terminal, its questions), not the results'.
    const next = runCli([...(command ?? '').split(' ').slice(1), '--ui-lang', 'en'], { cwd: root });
    expect(next.stdout).toContain('■ Annual Operational Program');
    // A program not yet agreed: the step stays open on its approval.
    expect(runCli(['next', 'giessen-de', '--ui-lang', 'en'], { cwd: root }).stdout).toContain(
      'in progress; missing: the day the Parties approved each AOP.',
    );
  });

  it('starts the next program the day after the previous one’s period ends', () => {
    const root = copyWorkspace('demo');
    expect(runCli(['aop', 'new', 'giessen-de'], { cwd: root }).code).toBe(0);
    // The first program, signed in October, is agreed to run twelve months from signature.
    const first = join(root, 'cases/giessen-de/aop/2026.yaml');
    replaceIn(first, 'end: 2026-12-31', 'end: 2027-10-07');
    const r = runCli(['aop', 'new', 'giessen-de', '--ui-lang', 'en'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2027 Annual Operational Program started: cases/giessen-de/aop/2027.yaml');
    expect(parse(readFileSync(join(root, 'cases/giessen-de/aop/2027.yaml'), 'utf8'))).toMatchObject({
      year: 2027,
      period: { start: '2027-10-08', end: '2028-10-07' },
    });
    expect(runCli(['check'], { cwd: root }).code).toBe(0);
  });

  it('takes an explicit year, and --dry-run prints the file without writing it', () => {
    const root = copyWorkspace('demo');
    const r = runCli(['aop', 'new', 'aurora-us', '2028', '--dry-run'], { cwd: root });
    expect(r.code).toBe(0);
    expect(parse(r.stdout)).toMatchObject({ year: 2028 });
    // Two years on, the December workshop is still in December.
    expect(r.stdout).toContain('start: 2028-12-07');
    expect(existsSync(join(root, AURORA, 'aop/2028.yaml'))).toBe(false);
  });

  it.each([
    // The file is named once, as the location.
    [['aurora-us', '2026'], 'Error: cases/aurora-us/aop/2026.yaml: El Programa Operativo Anual 2026 ya existe.\n'],
    // Not signed: at `steps:`, where the signature would go.
    [
      ['hofu-jp'],
      'Error: cases/hofu-jp/case.yaml:51:1 (steps.signature): El acuerdo del caso «hofu-jp» aún no está firmado por ambas Partes',
    ],
    // A declined case is closed: no signature to record, as `next` says too.
    [
      ['almeria-es'],
      'Error: cases/almeria-es/case.yaml:66:1 (end): El caso «almeria-es» se cerró sin que se firmara el acuerdo: no tiene Programas Operativos Anuales.\n  → `linkage status almeria-es` muestra cómo terminó.',
    ],
    // Before the signature: at the later of the two signature dates, the one the year is compared with.
    [
      ['aurora-us', '2022'],
      'Error: cases/aurora-us/case.yaml:132:13 (steps.signature.municipality.date): El año 2022 es anterior a la firma del acuerdo (2023-03-22).',
    ],
    [['aurora-us', '27'], '«27» no es un año.'],
    [['aurroa-us'], 'aurroa-us'],
  ])('refuses %j with exit 2 and a clear message, writing nothing', (args, message) => {
    const root = copyWorkspace('demo');
    const before = readFileSync(join(root, AURORA, 'aop/2026.yaml'), 'utf8');
    const r = runCli(['aop', 'new', ...args], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(join(root, AURORA, 'aop/2026.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(root, AURORA, 'aop/2022.yaml'))).toBe(false);
    expect(existsSync(join(root, 'cases/hofu-jp/aop'))).toBe(false);
    expect(existsSync(join(root, 'cases/almeria-es/aop'))).toBe(false);
  });

  it('refuses a year after a fixed term expired, with no `end:` recorded; takes the year it expires in', () => {
    // giessen-de: signed 2026-10-08 for five years, in force until 2031-10-08.
    const root = copyWorkspace('demo');
    const env = { LINKAGE_TODAY: '2032-06-01' };
    const r = runCli(['aop', 'new', 'giessen-de', '2032', '--ui-lang', 'en'], { cwd: root, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'The year 2032 comes after the agreement expired: its term of 5 years from signature (2026-10-08) ended on 2031-10-08.',
    );
    // At the term, with its line and column, as generate says it.
    const at = 'Error: cases/giessen-de/agreement.yaml:36:10 (term.years): ';
    expect(r.stderr).toContain(at);
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(join(root, 'cases/giessen-de/aop/2032.yaml'))).toBe(false);
    const g = runCli(['generate', 'aop', 'giessen-de', '--year', '2032', '--ui-lang', 'en'], { cwd: root, env });
    expect(g.code).toBe(2);
    expect(g.stderr).toContain(`${at}The year 2032 comes after the agreement expired`);
    const last = runCli(['aop', 'new', 'giessen-de', '2031', '--dry-run'], { cwd: root, env });
    expect(last.code).toBe(0);
  });

  it('refuses a year after the recorded `end:`, at its date', () => {
    const root = copyWorkspace('demo');
    const env = { LINKAGE_TODAY: '2028-06-01' };
    const caseFile = join(root, AURORA, 'case.yaml');
    writeFileSync(caseFile, `${readFileSync(caseFile, 'utf8')}end:\n  state: terminated\n  date: 2027-06-30\n`);
    const r = runCli(['aop', 'new', 'aurora-us', '2028', '--ui-lang', 'en'], { cwd: root, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'Error: cases/aurora-us/case.yaml:399:9 (end.date): The year 2028 comes after the agreement ended (2027-06-30).',
    );
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(join(root, AURORA, 'aop/2028.yaml'))).toBe(false);
  });

  it('keeps carried activities inside the agreement’s term when it ends during the year', () => {
    // Aurora gave notice: the agreement ends on 30 June 2027; the 2027 program is still owed.
    const root = copyWorkspace('demo');
    const env = { LINKAGE_TODAY: '2027-04-10' };
    const caseFile = join(root, AURORA, 'case.yaml');
    writeFileSync(
      caseFile,
      `${readFileSync(caseFile, 'utf8')}end:\n  state: terminated\n  date: 2027-06-30\n  notice: { by: counterpart, date: 2027-03-31 }\n`,
    );
    const r = runCli(['aop', 'new', 'aurora-us'], { cwd: root, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const aop = parse(readFileSync(join(root, AURORA, 'aop/2027.yaml'), 'utf8'));
    // From 30 June it is no longer in force: the December workshop cannot start then, nor after; those
    // under way end on the last day in force.
    expect(aop.activities.map((a: { id: string; start: string; end: string }) => [a.id, a.start, a.end])).toEqual([
      ['A26-3', '2027-01-01', '2027-06-29'],
      ['A26-4', '2027-01-01', '2027-06-29'],
      ['A26-5', '2027-06-29', '2027-06-29'],
    ]);
    const check = runCli(['check'], { cwd: root, env });
    expect(check.stdout).not.toContain('[aop-activity-dates]');
    expect(check.code).toBe(0);
  });

  it('refuses to carry over from a previous program that has errors', () => {
    const root = copyWorkspace('demo');
    const file = join(root, AURORA, 'aop/2026.yaml');
    replaceIn(file, 'target: 800', 'target: ochocientos');
    const r = runCli(['aop', 'new', 'aurora-us', '--ui-lang', 'en'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Error: cases/aurora-us/aop/2026.yaml: The previous program has errors');
    expect(existsSync(join(root, AURORA, 'aop/2027.yaml'))).toBe(false);
  });

  it('names a broken previous program or case file once in its error', () => {
    const root = copyWorkspace('demo');
    const aop = join(root, AURORA, 'aop/2026.yaml');
    replaceIn(aop, 'target: 800', 'target: ochocientos');
    const es = runCli(['aop', 'new', 'aurora-us'], { cwd: root });
    expect(es.code).toBe(2);
    expect(es.stderr.split('\n')[0]).toBe(
      'Error: cases/aurora-us/aop/2026.yaml: El programa anterior tiene errores: no se pueden retomar sus actividades.',
    );
    writeFileSync(join(root, 'cases/hofu-jp/case.yaml'), 'schemaVersion: 1\ncounterpart: [\n');
    const en = runCli(['aop', 'new', 'hofu-jp', '--ui-lang', 'en'], { cwd: root });
    expect(en.code).toBe(2);
    expect(en.stderr.split('\n')[0]).toBe('Error: cases/hofu-jp/case.yaml: The case "hofu-jp" cannot be read.');
    expect(en.stderr).not.toMatch(STACK);
  });
});

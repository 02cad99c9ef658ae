import '@inquirer/testing/vitest';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { nextAction } from '../../src/actions/next.js';
import { answerAuroraResults } from '../flows/aop-results.js';
import { answer, pick, screen } from '../flows/driver.js';
import { copyWorkspace, replaceIn, runCli, STACK, tempDir } from '../helpers.js';
import { ENV, equivalent, files, terminal } from './terminal.js';

/** After the year closes: the 2026 results are due, the 2027 program too. */
const LATER = { LINKAGE_TODAY: '2027-02-01' };
const GIESSEN = 'cases/giessen-de/aop/2026.yaml';
const AURORA = 'cases/aurora-us/aop/2026.yaml';

let root: string;
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const write = (name: string, text: string) => {
  writeFileSync(join(root, name), text);
  return name;
};

beforeEach(() => {
  root = copyWorkspace('demo');
  // Two document languages keep the prompts short; the demo also writes German.
  const ws = join(root, 'linkage.yaml');
  replaceIn(ws, 'languages: [es, en, de]', 'languages: [es, en]');
});

/** Giessen's first program, as an answers file for `next giessen-de`. */
const GIESSEN_AOP = `# El POA 2026 de Giessen, acordado en la reunión del 20 de noviembre.
aop:
  year: 2026
  approved: 2026-11-20
  objectives:
    - es: Formar a veinte instructores en el modelo dual.
      en: Train twenty instructors in the dual model.
  followUp:
    es: Reunión trimestral de las Direcciones de Educación.
    en: Quarterly meeting of the education offices.
  activities:
    - id: A26-1
      title: { es: Taller de formación de instructores, en: Trainer workshop }
      area: formacion-dual
      responsible:
        municipality: { es: Dirección de Educación, en: Office of Education }
        counterpart: { es: IHK Gießen-Friedberg, en: IHK Gießen-Friedberg }
      start: 2026-12-01
      end: 2026-12-05
      deliverable: { es: Veinte instructores certificados, en: Twenty certified instructors }
      budget:
        - source: municipal
          amount: 45000
          currency: MXN
      indicators:
        - id: instructores
          name: { es: Instructores certificados, en: Certified instructors }
          unit: { es: instructores, en: instructors }
          baseline: 0
          target: 20
      status: planned
`;

describe('next: an interactive AOP run ends with its non-interactive equivalent', () => {
  it('the aop step: replaying the printed command on a fresh copy writes the same bytes', async () => {
    const fresh = tempDir();
    cpSync(root, fresh, { recursive: true });
    screen.clear();
    const ctx = terminal(root);
    const run = nextAction(ctx, 'giessen-de', {});
    await answer('Objetivo 1 [español]', 'Formar a veinte instructores en el modelo dual.');
    await answer('Objetivo 1 [inglés]', 'Train twenty instructors in the dual model.');
    await answer('¿Agregar otro objetivo?', 'n');
    await answer('Mecanismo de seguimiento y evaluación [español]');
    await answer('Mecanismo de seguimiento y evaluación [inglés]');
    await answer('Fecha en que las Partes acordaron el programa', '2026-11-20');
    for (const [n, title, area] of [
      [1, 'Taller de instructores', 0],
      [2, 'Visita de la IHK', 0],
    ] as const) {
      await answer(n === 1 ? '¿Agregar una actividad?' : '¿Agregar otra actividad?', 's');
      await answer('Clave de la actividad');
      await answer('Nombre de la actividad [español]', title);
      await answer('Nombre de la actividad [inglés]');
      await pick('Área de cooperación', area);
      await answer('Unidad responsable del municipio [español]', 'Dirección de Educación');
      await answer('Unidad responsable del municipio [inglés]', 'Office of Education');
      await answer('Unidad responsable de la contraparte [español]', 'IHK Gießen-Friedberg');
      await answer('Unidad responsable de la contraparte [inglés]');
      await answer('Fecha de inicio', `2026-12-0${n}`);
      await answer('Fecha de término');
      await answer('Entregable [español]', 'Informe');
      await answer('Entregable [inglés]', 'Report');
      await answer('¿Agregar una línea de presupuesto?', 's');
      await pick('¿Quién aporta?', n - 1);
      await answer('Monto', '12,500.50');
      await answer('Moneda', n === 1 ? '' : 'eur');
      await answer('¿Agregar otra línea de presupuesto?', 'n');
      await answer('¿Agregar un indicador?', 's');
      await answer('Indicador [español]', 'Personas formadas');
      await answer('Indicador [inglés]', 'People trained');
      await answer('Unidad de medida [español]', 'personas');
      await answer('Unidad de medida [inglés]', 'people');
      await answer('Línea base');
      await answer('Meta', '20');
      await answer('¿Agregar otro indicador?', 'n');
      await pick('Estado de la actividad', 0);
    }
    await answer('¿Agregar otra actividad?', 'n');
    expect(await run).toBe(0);
    const aop = parse(read(GIESSEN));
    expect(aop.activities.map((a: { id: string }) => a.id)).toEqual(['A26-1', 'A26-2']);
    expect(aop.activities[1].budget).toEqual([{ source: 'counterpart', amount: 12500.5, currency: 'EUR' }]);

    const args = equivalent(ctx.said());
    expect(args).toEqual(['next', 'giessen-de', '--answers', 'out/answers/next-giessen-de.yaml']);
    const saved = parse(read('out/answers/next-giessen-de.yaml'));
    expect(Object.keys(saved)).toEqual(['aop']);
    expect(saved.aop.year).toBe(2026);
    cpSync(join(root, 'out'), join(fresh, 'out'), { recursive: true });
    const replay = runCli(args, { cwd: fresh, env: ENV });
    expect(replay.stderr).toBe('');
    expect(replay.code).toBe(0);
    expect(replay.stdout).toContain('✔ Paso «Programa Operativo Anual» completo.');
    expect(readFileSync(join(fresh, GIESSEN), 'utf8')).toBe(read(GIESSEN));
    expect(files(fresh)).toEqual(files(root));
    expect(runCli(['check'], { cwd: fresh, env: ENV }).code).toBe(0);
  });

  it('the results step: the same, for results recorded in an existing program', async () => {
    const fresh = tempDir();
    cpSync(root, fresh, { recursive: true });
    const before = read(AURORA);
    screen.clear();
    const ctx = terminal(root, LATER);
    const run = nextAction(ctx, 'aurora-us', { step: 'results' });
    await answerAuroraResults((question) => answer(question, '344'));
    expect(await run).toBe(0);
    expect(read(AURORA)).not.toBe(before);

    const args = equivalent(ctx.said());
    expect(args).toEqual(['next', 'aurora-us', '--step', 'results', '--answers', 'out/answers/next-aurora-us.yaml']);
    cpSync(join(root, 'out'), join(fresh, 'out'), { recursive: true });
    const replay = runCli(args, { cwd: fresh, env: LATER });
    expect(replay.stderr).toBe('');
    expect(replay.code).toBe(0);
    expect(readFileSync(join(fresh, AURORA), 'utf8')).toBe(read(AURORA));
    expect(files(fresh)).toEqual(files(root));
  });
});

describe('next --answers with an `aop:` program, without a terminal', () => {
  it('writes the new program from the answers, and the step is done', () => {
    const r = runCli(['next', 'giessen-de', '--answers', write('aop-answers.yaml', GIESSEN_AOP)], {
      cwd: root,
      env: ENV,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ Paso «Programa Operativo Anual» completo.');
    const text = read(GIESSEN);
    expect(text.startsWith('# yaml-language-server: $schema=../../../schemas/aop.schema.json\n')).toBe(true);
    const { aop } = parse(GIESSEN_AOP);
    // Signed on 8 October 2026, the first program runs from that day to the end of the year.
    expect(parse(text)).toEqual({ schemaVersion: 1, ...aop, period: { start: '2026-10-08', end: '2026-12-31' } });
    expect(runCli(['check'], { cwd: root, env: ENV }).code).toBe(0);
    expect(runCli(['generate', 'aop', 'giessen-de', '--check'], { cwd: root, env: ENV }).code).toBe(0);
  });

  it('edits an existing program: lists replace, or with --append are added to', () => {
    const one = 'aop:\n  year: 2026\n  objectives:\n    - { es: Un solo objetivo., en: A single objective. }\n';
    const answers = write('objectives.yaml', one);
    const appended = runCli(['next', 'aurora-us', '--step', 'aop', '--answers', answers, '--append'], {
      cwd: root,
      env: ENV,
    });
    expect(appended.stderr).toBe('');
    expect(appended.stdout).toContain(`Guardado: ${AURORA}`);
    expect(parse(read(AURORA)).objectives).toHaveLength(4);
    // Comments and flow style of the lines it did not touch stay.
    expect(read(AURORA)).toContain('      municipality: { es: Dirección de Asuntos Internacionales');
    runCli(['next', 'aurora-us', '--step', 'aop', '--answers', answers], { cwd: root, env: ENV });
    expect(parse(read(AURORA)).objectives).toEqual([{ es: 'Un solo objetivo.', en: 'A single objective.' }]);
    expect(runCli(['check'], { cwd: root, env: ENV }).code).toBe(0);
  });

  it('without the answers, exits 2 listing the missing facts of the program and its year; writes nothing', () => {
    const r = runCli(['next', 'giessen-de'], { cwd: root, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'Faltan respuestas: Objetivo 1 [español] [aop.objectives[0].es]; Mecanismo de seguimiento y evaluación [español] [aop.followUp.es].',
    );
    expect(r.stderr).toContain('Las respuestas `aop:` de cases/giessen-de/aop/2026.yaml llevan `year: 2026`.');
    expect(r.stderr).not.toMatch(STACK);
    // A program given only in part is not written in part.
    const partial = write(
      'partial.yaml',
      'aop:\n  year: 2026\n  objectives: [{ es: Formar instructores., en: Train trainers. }]\n',
    );
    const half = runCli(['next', 'giessen-de', '--answers', partial], { cwd: root, env: ENV });
    expect(half.code).toBe(2);
    expect(half.stderr).toContain(
      'Faltan respuestas: Mecanismo de seguimiento y evaluación [español] [aop.followUp.es].',
    );
    expect(existsSync(join(root, GIESSEN))).toBe(false);
    // --yes takes the proposed objective and follow-up.
    const yes = runCli(['next', 'giessen-de', '--yes'], { cwd: root, env: ENV });
    expect(yes.code).toBe(0);
    expect(parse(read(GIESSEN)).followUp.en).toBe(
      'Yearly meeting of the Parties to evaluate the program and set new directions; report to the SRE.',
    );
  });

  it('refuses a bad value with the answers file, line and field (exit 2), writing nothing', () => {
    // The schema first: a key the program does not have.
    const key = GIESSEN_AOP.replace('start: 2026-12-01', 'start: 2026-12-01\n      extra: 1');
    const r = runCli(['next', 'giessen-de', '--answers', write('key.yaml', key)], { cwd: root, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toContain('Error: key.yaml: Las respuestas no son válidas.');
    expect(r.stderr).toContain('key.yaml:19:7 (aop.activities[0].extra): Clave desconocida «extra».');
    // Then the rules of `check`: a currency that is no ISO 4217 code, a date outside the program's year.
    const bad = GIESSEN_AOP.replace('currency: MXN', 'currency: MNX').replace('end: 2026-12-05', 'end: 2027-01-05');
    const rules = runCli(['next', 'giessen-de', '--answers', write('bad.yaml', bad)], { cwd: root, env: ENV });
    expect(rules.code).toBe(2);
    expect(rules.stderr).toMatch(
      /bad\.yaml:19:7 \(aop\.activities\[0\]\.end\): La actividad «A26-1» tiene `end: 2027-01-05`/,
    );
    expect(rules.stderr).toMatch(
      /bad\.yaml:24:11 \(aop\.activities\[0\]\.budget\[0\]\.currency\): «MNX» no es un código/,
    );
    const day = runCli(
      [
        'next',
        'giessen-de',
        '--answers',
        write('day.yaml', GIESSEN_AOP.replace('2026-12-01', '2026-12-32')),
        '--ui-lang',
        'en',
      ],
      { cwd: root, env: ENV },
    );
    expect(day.code).toBe(2);
    expect(day.stderr).toMatch(/day\.yaml:18:7 \(aop\.activities\[0\]\.start\): /);
    const year = runCli(['next', 'giessen-de', '--answers', write('year.yaml', 'aop:\n  year: dos mil\n')], {
      cwd: root,
      env: ENV,
    });
    expect(year.stderr).toContain('year.yaml:2:3 (aop.year): Falta el año del programa');
    expect(existsSync(join(root, GIESSEN))).toBe(false);
  });
});

describe('next --answers: an activity outside the agreement’s term', () => {
  it('refuses one that starts after the agreement ends, in the program’s year (exit 2), writing nothing', () => {
    // Aurora gave notice: the agreement ends on 30 June 2027, and the 2027 program is still owed.
    writeFileSync(
      join(root, 'cases/aurora-us/case.yaml'),
      `${read('cases/aurora-us/case.yaml')}end:\n  state: terminated\n  date: 2027-06-30\n  notice: { by: counterpart, date: 2027-03-31 }\n`,
    );
    const fair = GIESSEN_AOP.replace('year: 2026', 'year: 2027')
      .replace('id: A26-1', 'id: A27-9')
      .replace('area: formacion-dual', 'area: migrantes')
      .replace('start: 2026-12-01', 'start: 2027-09-01')
      .replace('end: 2026-12-05', 'end: 2027-09-05');
    const env = { ...ENV, LINKAGE_TODAY: '2027-04-10' };
    const r = runCli(['next', 'aurora-us', '--step', 'aop', '--answers', write('fair.yaml', fair)], { cwd: root, env });
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toMatch(
      /fair\.yaml:18:7 \(aop\.activities\[0\]\.start\): La actividad «A27-9» empieza el 2027-09-01, cuando el acuerdo ya no está en vigor \(desde el 2027-06-30\)/,
    );
    expect(r.code).toBe(2);
    expect(existsSync(join(root, 'cases/aurora-us/aop/2027.yaml'))).toBe(false);
  });
});

describe('next --answers: the results step', () => {
  it('records each indicator result, what was spent and the evaluation date from an `aop:` answers file', () => {
    const aop = parse(read(AURORA));
    const planned = aop.activities.map((a: { budget: { amount: number }[] }) => a.budget.map((b) => b.amount));
    for (const a of aop.activities) {
      for (const i of a.indicators ?? []) i.actual ??= i.target - 1;
      for (const b of a.budget ?? []) b.executed = b.amount;
    }
    const results = { evaluated: '2027-01-28', narrative: { es: 'Casi todas las metas.', en: 'Almost every target.' } };
    const answers = write('results.yaml', stringify({ aop: { year: 2026, activities: aop.activities, results } }));
    const r = runCli(['next', 'aurora-us', '--step', 'results', '--answers', answers], { cwd: root, env: LATER });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Guardado: ${AURORA}`);
    // The workshop's status (still planned) and the narrative's next steps were not given: listed, the
    // rest saved. The activities in progress may stay so: they carry over.
    expect(r.stdout).toContain(
      'Aún falta: Estado de la actividad A26-5 al cierre de 2026 [aop.activities[4].status]; Siguientes pasos [español] [aop.results.nextSteps.es].',
    );
    const after = parse(read(AURORA));
    expect(after.activities[2].indicators[1].actual).toBe(359);
    expect(after.activities.map((a: { budget: { executed: number }[] }) => a.budget.map((b) => b.executed))).toEqual(
      planned,
    );
    expect(after.results).toEqual(results);
    const check = runCli(['check'], { cwd: root, env: LATER });
    expect(check.stdout).toContain('0 errores');
    // Given in the answers, the workshop's status is recorded, and no longer missing.
    aop.activities[4].status = 'done';
    const done = write('done.yaml', stringify({ aop: { year: 2026, activities: aop.activities } }));
    const recorded = runCli(['next', 'aurora-us', '--step', 'results', '--answers', done], { cwd: root, env: LATER });
    expect(recorded.stderr).toBe('');
    expect(recorded.stdout).toContain('Aún falta: Siguientes pasos [español] [aop.results.nextSteps.es].');
    expect(parse(read(AURORA)).activities.map((a: { status: string }) => a.status)).toEqual([
      'done',
      'done',
      'in-progress',
      'in-progress',
      'done',
    ]);
    // A bad evaluation date is refused at its line.
    const bad = write('bad-results.yaml', 'aop:\n  year: 2026\n  results:\n    evaluated: 28/01/2027\n');
    const refused = runCli(['next', 'aurora-us', '--step', 'results', '--answers', bad], { cwd: root, env: LATER });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/bad-results\.yaml:4:5 \(aop\.results\.evaluated\): Fecha no válida/);
  });
});

describe('the results step of a closed year with an activity still planned', () => {
  it('is not done: status shows it under way and next asks for the activity’s status', () => {
    replaceIn(join(root, 'cases/aurora-us/aop/2025.yaml'), /(id: A25-2[\s\S]*?status: )done/, '$1planned');
    const status = runCli(['status'], { cwd: root });
    expect(status.stdout).toMatch(/aurora-us .* 11\/12 +Medición de resultados/);
    expect(status.stdout).toContain('resultados 2025 vencidos el 2026-03-02');
    // Without a terminal, next names the answer it needs: how the activity ended the year.
    const next = runCli(['next', 'aurora-us'], { cwd: root });
    expect(next.code).toBe(2);
    expect(next.stderr).toContain(
      'Faltan respuestas: Estado de la actividad A25-2 al cierre de 2025 [aop.activities[1].status].',
    );
    expect(runCli(['check'], { cwd: root }).code).toBe(0);
  });
});

import '@inquirer/testing/vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCheck } from '../../src/commands/check.js';
import { nextFlow } from '../../src/flows/next.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { copyWorkspace, flat, pdfText, replaceIn, runCli } from '../helpers.js';
import { answerAuroraResults } from './aop-results.js';
import { answer, collector, ctrlC, flowBase, pick, prompt, rejected, retype, screen, TODAY } from './driver.js';

let root: string;

/** `linkage next <slug> [--step …]` on the demo, the test answering through `script`. */
async function next(slug: string, script: () => Promise<void>, step?: string) {
  screen.clear();
  const out = collector();
  const run = nextFlow({ ...flowBase(root), ws: loadWorkspace(root), slug, out, ...(step ? { step } : {}) });
  await script();
  const result = await run;
  return { said: out.text(), result };
}

beforeEach(() => {
  root = copyWorkspace('demo');
  // Two document languages keep the scripts short; the demo also writes German.
  const ws = join(root, 'linkage.yaml');
  replaceIn(ws, 'languages: [es, en, de]', 'languages: [es, en]');
});

const AOP = () => join(root, 'cases/giessen-de/aop/2026.yaml');
const aopYaml = () => parse(readFileSync(AOP(), 'utf8'));
const errors = async (today = TODAY) => (await runCheck({ roots: [root], asOf: today })).errors;

/** The program's opening: one objective, the proposed follow-up and the day the Parties agreed it (none yet). */
async function opening(approved = ''): Promise<void> {
  await answer('Objetivo 1 [español]', 'Formar a veinte instructores en el modelo dual.');
  await answer('Objetivo 1 [inglés]', 'Train twenty instructors in the dual model.');
  await answer('¿Agregar otro objetivo?', 'n');
  await answer('Mecanismo de seguimiento y evaluación [español]');
  await answer('Mecanismo de seguimiento y evaluación [inglés]');
  await answer('Fecha en que las Partes acordaron el programa', approved);
}

/** An activity up to its title. */
async function activityStart(): Promise<void> {
  await answer('¿Agregar una actividad?', 's');
  await answer('Clave de la actividad');
  await answer('Nombre de la actividad [español]', 'Taller de formación de instructores');
  await answer('Nombre de la actividad [inglés]', 'Trainer workshop');
}

/** The rest of the activity: area, units, dates (one outside the period), budget (a bad currency), indicator. */
async function activityRest(): Promise<void> {
  await pick('Área de cooperación', 0);
  await answer('Unidad responsable del municipio [español]', 'Dirección de Educación');
  await answer('Unidad responsable del municipio [inglés]', 'Office of Education');
  await answer('Unidad responsable de la contraparte [español]', 'IHK Gießen-Friedberg');
  await answer('Unidad responsable de la contraparte [inglés]');
  // Before the signature (8 October 2026): outside the first program's period.
  await answer('Fecha de inicio', '2026-03-10');
  await rejected('fuera del año del programa (2026-10-08 a 2026-12-31)');
  retype('2026-12-01');
  await answer('Fecha de término', '2026-11-30');
  await rejected('termina (2026-11-30) antes de empezar (2026-12-01)');
  retype('2026-12-05');
  await answer('Entregable [español]', 'Veinte instructores certificados');
  await answer('Entregable [inglés]', 'Twenty certified instructors');
  await answer('¿Agregar una línea de presupuesto?', 's');
  await pick('¿Quién aporta?', 0);
  await answer('Monto', '45,000');
  await answer('Moneda', 'mnx');
  await rejected('«MNX» no es un código de moneda ISO 4217 vigente. ¿Quiso decir «MXN»?');
  retype('MXN');
  await answer('¿Agregar otra línea de presupuesto?', 'n');
  await answer('¿Agregar un indicador?', 's');
  await answer('Indicador [español]', 'Instructores certificados');
  await answer('Indicador [inglés]', 'Certified instructors');
  await answer('Unidad de medida [español]', 'instructores');
  await answer('Unidad de medida [inglés]', 'instructors');
  await answer('Línea base', '0');
  await answer('Meta', 'veinte');
  await rejected('Escriba un número');
  retype('20');
  await answer('¿Agregar otro indicador?', 'n');
  await pick('Estado de la actividad', 0);
  await answer('¿Agregar otra actividad?', 'n');
}

const ACTIVITY = {
  id: 'A26-1',
  title: { es: 'Taller de formación de instructores', en: 'Trainer workshop' },
  area: 'formacion-dual',
  responsible: {
    municipality: { es: 'Dirección de Educación', en: 'Office of Education' },
    counterpart: { es: 'IHK Gießen-Friedberg', en: 'IHK Gießen-Friedberg' },
  },
  start: '2026-12-01',
  end: '2026-12-05',
  deliverable: { es: 'Veinte instructores certificados', en: 'Twenty certified instructors' },
  budget: [{ source: 'municipal', amount: 45000, currency: 'MXN' }],
  indicators: [
    {
      id: 'instructores-certificados',
      name: { es: 'Instructores certificados', en: 'Certified instructors' },
      unit: { es: 'instructores', en: 'instructors' },
      baseline: 0,
      target: 20,
    },
  ],
  status: 'planned',
};

describe('next: the aop step', () => {
  it('creates the year’s program, asks objectives and follow-up, then activities; bad answers are asked again', async () => {
    expect(existsSync(AOP())).toBe(false);
    const r = await next('giessen-de', async () => {
      await opening();
      await activityStart();
      await activityRest();
    });
    const text = readFileSync(AOP(), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=../../../schemas/aop.schema.json\n')).toBe(true);
    expect(aopYaml()).toEqual({
      schemaVersion: 1,
      year: 2026,
      period: { start: '2026-10-08', end: '2026-12-31' },
      objectives: [
        { es: 'Formar a veinte instructores en el modelo dual.', en: 'Train twenty instructors in the dual model.' },
      ],
      followUp: {
        es: 'Reunión anual de las Partes para evaluar el programa y fijar nuevas líneas de acción; informe a la SRE.',
        en: 'Yearly meeting of the Parties to evaluate the program and set new directions; report to the SRE.',
      },
      activities: [ACTIVITY],
    });
    expect(r.said).toContain('Programa Operativo Anual 2026: cases/giessen-de/aop/2026.yaml');
    // Not agreed yet: a draft, whose approval is what the step still waits for.
    expect(r.said).toContain(
      '… Paso «Programa Operativo Anual» en curso; falta: el día en que las Partes aprobaron cada POA.',
    );
    expect(r.said).toContain('`linkage generate aop giessen-de`');
    expect(await errors()).toBe(0);
    // The next run asks that program's approval, not a new program.
    const agreed = await next('giessen-de', async () => {
      await answer('Fecha en que las Partes acordaron el programa', '2026-11-27');
      await answer('¿Agregar otra actividad?', 'n');
    });
    expect(agreed.said).toContain('Programa Operativo Anual 2026: cases/giessen-de/aop/2026.yaml');
    expect(agreed.said).toContain('✔ Paso «Programa Operativo Anual» completo.');
    expect(aopYaml()).toMatchObject({ approved: '2026-11-27', activities: [ACTIVITY] });
    // Results come when the year closes.
    const results = await next('giessen-de', async () => {}, 'results');
    expect(results.said).toContain(
      'Los resultados del Programa Operativo Anual 2026 se registran al cerrar el año; vencen el 2027-03-02.',
    );
  });

  it('records the day the Parties agreed the program: the step’s date, read by the 60-day rule', async () => {
    const r = await next('giessen-de', async () => {
      await opening('2026-11-27');
      await answer('¿Agregar una actividad?', 'n');
    });
    expect(r.said).toContain('✔ Paso «Programa Operativo Anual» completo.');
    expect(aopYaml().approved).toBe('2026-11-27');
    // Gießen signed on 2026-10-26: agreed within the 60 days, so the first-program rule is satisfied.
    expect(await errors()).toBe(0);
  });

  it('Ctrl+C keeps every answer (the half-entered activity in a draft) and the next run resumes there', async () => {
    screen.clear();
    const run = nextFlow({ ...flowBase(root), ws: loadWorkspace(root), slug: 'giessen-de', out: collector() });
    await opening();
    await activityStart();
    await prompt('Área de cooperación');
    screen.keypress({ name: 'c', ctrl: true });
    await run.catch(() => undefined);
    // The program is written once whole: until then every answer waits in the draft.
    expect(existsSync(AOP())).toBe(false);
    expect(existsSync(join(root, '.linkage-cache/drafts/cases__giessen-de__aop__2026.yaml.json'))).toBe(true);
    expect(await errors()).toBe(0);

    const r = await next('giessen-de', activityRest);
    expect(r.said).toMatch(/Se retoman \d+ respuestas que quedaron guardadas para cases\/giessen-de\/aop\/2026.yaml/);
    expect(aopYaml().objectives).toEqual([
      { es: 'Formar a veinte instructores en el modelo dual.', en: 'Train twenty instructors in the dual model.' },
    ]);
    expect(aopYaml().activities).toEqual([ACTIVITY]);
    expect(existsSync(join(root, '.linkage-cache/drafts/cases__giessen-de__aop__2026.yaml.json'))).toBe(false);
    expect(await errors()).toBe(0);
  });
});

describe('next: the aop step of a later year', () => {
  it('starts from last year’s program: its objectives offered in turn, its unfinished activities carried', async () => {
    const today = '2027-01-15';
    screen.clear();
    const out = collector();
    const run = nextFlow({ ...flowBase(root), today, ws: loadWorkspace(root), slug: 'aurora-us', out });
    await answer('Objetivo 1 [español] (Convertir los contactos comerciales en ventas');
    await answer('Objetivo 1 [inglés]');
    await answer('Objetivo 2 [español] (Concluir el segundo proyecto comunitario', 'Concluir el techado de La Loma.');
    await answer('Objetivo 2 [inglés]', 'Finish the La Loma roof.');
    await answer('Objetivo 3 [español]');
    await answer('Objetivo 3 [inglés]');
    await answer('¿Agregar otro objetivo?', 'n');
    await answer('Mecanismo de seguimiento y evaluación [español]');
    await answer('Mecanismo de seguimiento y evaluación [inglés]');
    await answer('Fecha en que las Partes acordaron el programa');
    await answer('¿Agregar otra actividad?', 'n');
    await run;
    expect(out.text()).toContain('Se parte del programa 2026');
    const aop = parse(readFileSync(join(root, 'cases/aurora-us/aop/2027.yaml'), 'utf8'));
    expect(aop.objectives[1]).toEqual({ es: 'Concluir el techado de La Loma.', en: 'Finish the La Loma roof.' });
    expect(aop.activities.map((a: { id: string }) => a.id)).toEqual(['A26-3', 'A26-4', 'A26-5']);
    expect(await errors(today)).toBe(0);
  });
});

describe('next: the results step', () => {
  it('asks each missing indicator result, what each budget line spent, the narrative and the evaluation', async () => {
    const today = '2027-02-01';
    const file = join(root, 'cases/aurora-us/aop/2026.yaml');
    const before = parse(readFileSync(file, 'utf8'));
    screen.clear();
    const out = collector();
    const run = nextFlow({
      ...flowBase(root),
      today,
      ws: loadWorkspace(root),
      slug: 'aurora-us',
      out,
      step: 'results',
    });
    await answerAuroraResults(async (question) => {
      await answer(question, 'muchos');
      await rejected('Escriba un número');
      retype('344');
    });
    await run;
    const after = parse(readFileSync(file, 'utf8'));
    expect(after.activities[2].indicators[1].actual).toBe(344);
    expect(after.activities[4].indicators[0].actual).toBe(12);
    expect(after.activities.map((a: { budget: { executed?: number }[] }) => a.budget.map((b) => b.executed))).toEqual([
      [98500, 4000],
      [36000, 5200],
      [28000],
      [350000, 350000],
      [40000, 0],
    ]);
    expect(after.results).toEqual({
      evaluated: '2027-01-28',
      narrative: { es: 'Se cumplieron casi todas las metas.', en: 'Almost every target was met.' },
      nextSteps: { es: 'Concluir la obra de La Loma.', en: 'Finish the La Loma works.' },
    });
    // How each activity ended: the workshop, planned, was recorded as done.
    expect(after.activities.map((a: { status: string }) => a.status)).toEqual([
      'done',
      'done',
      'in-progress',
      'in-progress',
      'done',
    ]);
    // What was there stays: targets, recorded actuals, the planned amounts.
    expect(after.activities[0].indicators).toEqual(before.activities[0].indicators);
    expect(out.text()).toContain('Resultados del Programa Operativo Anual 2026: cases/aurora-us/aop/2026.yaml');
    expect(out.text()).toContain('`linkage generate aop-report aurora-us`');
    expect(await errors(today)).toBe(0);
    // The report says so; the next program carries only the two in progress.
    const env = { LINKAGE_TODAY: today };
    expect(runCli(['generate', 'aop-report', 'aurora-us'], { cwd: root, env }).code).toBe(0);
    const report = flat(pdfText(join(root, 'out/aop-report-aurora-us-2026-es-en.pdf')));
    expect(report).toContain('concluyeron 3 de las 5 actividades de su programa');
    expect(report).toMatch(/A26-5\. Taller de certificación sanitaria .* Estado: Concluida\./);
    expect(report).not.toContain('Programada');
    expect(runCli(['aop', 'new', 'aurora-us'], { cwd: root, env }).code).toBe(0);
    const carried = parse(readFileSync(join(root, 'cases/aurora-us/aop/2027.yaml'), 'utf8'));
    expect(carried.activities.map((a: { id: string }) => a.id)).toEqual(['A26-3', 'A26-4']);
  });

  it('Ctrl+C: the next run does not ask again the statuses already answered', async () => {
    const today = '2027-02-01';
    const results = () =>
      nextFlow({
        ...flowBase(root),
        today,
        ws: loadWorkspace(root),
        slug: 'aurora-us',
        out: collector(),
        step: 'results',
      });
    screen.clear();
    const run = results();
    await answer('El municipio (MXN; programado 105,000)');
    await answer('La contraparte (USD; programado 4,000)');
    await answer('Estado de la actividad A26-1 al cierre de 2026');
    await answer('El municipio (MXN; programado 36,000)');
    await answer('Un tercero (USD; programado 5,200)');
    await pick('Estado de la actividad A26-2 al cierre de 2026', 1);
    await prompt('Resultado de «Estudiantes participantes»');
    ctrlC();
    await run.catch(() => undefined);
    // The resumed run's first question is the next one unanswered.
    screen.clear();
    const resumed = results();
    await answer('Resultado de «Estudiantes participantes» (estudiantes; meta 360)', '344');
    expect(await screen.getFullOutput()).not.toContain('Estado de la actividad');
    ctrlC();
    await resumed.catch(() => undefined);
    const after = parse(readFileSync(join(root, 'cases/aurora-us/aop/2026.yaml'), 'utf8'));
    expect(after.activities.slice(0, 2).map((a: { status: string }) => a.status)).toEqual(['done', 'postponed']);
  });

  it('offers «Concluida» for an activity that met its targets, «Pospuesta» for one that did not start', async () => {
    const today = '2027-02-01';
    const file = join(root, 'cases/aurora-us/aop/2026.yaml');
    // The twelve schools were linked after all.
    replaceIn(file, 'target: 12\n        actual: 11', 'target: 12\n        actual: 12');
    screen.clear();
    const run = nextFlow({
      ...flowBase(root),
      today,
      ws: loadWorkspace(root),
      slug: 'aurora-us',
      out: collector(),
      step: 'results',
    });
    const spent = async (...lines: string[]) => {
      for (const line of lines) await answer(line);
    };
    await spent('El municipio (MXN; programado 105,000)', 'La contraparte (USD; programado 4,000)');
    await answer('Estado de la actividad A26-1 al cierre de 2026 (registrada: Concluida)');
    await spent('El municipio (MXN; programado 36,000)', 'Un tercero (USD; programado 5,200)');
    await answer('Estado de la actividad A26-2 al cierre de 2026 (registrada: Concluida)');
    await answer('Resultado de «Estudiantes participantes» (estudiantes; meta 360)', '372');
    await spent('El municipio (MXN; programado 28,000)');
    // Both targets met: «Concluida» is offered for the activity in progress, and Enter takes it.
    const classrooms = 'Estado de la actividad A26-3 al cierre de 2026 (registrada: En curso; alcanzó todas sus metas)';
    expect(await prompt(classrooms)).toContain('❯ Concluida');
    await answer(classrooms);
    await spent('El municipio (MXN; programado 350,000)', 'Un tercero (MXN; programado 350,000)');
    await answer('Estado de la actividad A26-4');
    // The workshop did not take place: no result, nothing spent.
    await answer('Resultado de «Empresas capacitadas» (empresas; meta 15)', '0');
    await answer('El municipio (MXN; programado 45,000)', '0');
    await answer('En especie (USD; programado 2,500)', '0');
    const workshop = 'Estado de la actividad A26-5 al cierre de 2026 (registrada: Programada; sin resultados ni gasto)';
    expect(await prompt(workshop)).toContain('❯ Pospuesta');
    await answer(workshop);
    await answer('Logros del año, en lenguaje claro para publicarse [español]', 'Casi todo.');
    await answer('Logros del año, en lenguaje claro para publicarse [inglés]', 'Almost everything.');
    await answer('Siguientes pasos [español]', 'Dar el taller.');
    await answer('Siguientes pasos [inglés]', 'Give the workshop.');
    await answer('Fecha de la evaluación con la contraparte', '2027-01-28');
    await run;
    const after = parse(readFileSync(file, 'utf8'));
    expect(after.activities.map((a: { status: string }) => a.status)).toEqual([
      'done',
      'done',
      'done',
      'in-progress',
      'postponed',
    ]);
    expect(await errors(today)).toBe(0);
  });
});

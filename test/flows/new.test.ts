import '@inquirer/testing/vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCheck } from '../../src/commands/check.js';
import { mayorTitle } from '../../src/flows/case-steps.js';
import { logFlow } from '../../src/flows/log.js';
import { candidatesFlow, newFlow } from '../../src/flows/new.js';
import { nextFlow } from '../../src/flows/next.js';
import { isInterrupt } from '../../src/ui/prompts.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { copyWorkspace, replaceIn } from '../helpers.js';
import { answer, collector, ctrlC, flowBase, pick, prompt, rejected, retype, screen, TODAY } from './driver.js';

const base = (root: string) => ({ ...flowBase(root), out: collector() });
const read = (root: string, slug: string) => parse(readFileSync(join(root, 'cases', slug, 'case.yaml'), 'utf8'));

describe('new on a terminal', () => {
  it('asks the country, names, languages, nature and kind, then the counterpart step; Ctrl+C before the file exists keeps a draft, and its country is offered again', async () => {
    const root = copyWorkspace('minimal');
    let run = newFlow({ ...base(root), ws: loadWorkspace(root, { only: [] }), city: 'Kraków' });
    await answer('País de Kraków', 'uk');
    await rejected('«UK» ya no se usa; el código vigente es «GB».');
    retype('xq');
    await rejected('«XQ» no es un código de país ISO 3166-1');
    retype('pl');
    await answer('Nombre de la ciudad [inglés]'); // Kraków, by default
    await answer('Idiomas de la contraparte', 'pl, iw');
    await rejected('«iw» ya no se usa; el código vigente es «he».');
    retype('pl');
    await prompt('¿Qué es la contraparte?');
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);
    expect(existsSync(join(root, 'cases', 'krakow-pl'))).toBe(false);
    expect(existsSync(join(root, '.linkage-cache', 'drafts', 'cases__krakow-pl__case.yaml.json'))).toBe(true);

    // The same command again: the country answered is offered (it names the draft), the other answers
    // are kept; the kind is a cooperation, so its topic is asked.
    screen.clear();
    const out = collector();
    run = newFlow({ ...base(root), out, ws: loadWorkspace(root, { only: [] }), city: 'Kraków' });
    expect(await prompt('País de Kraków')).toMatch(/País de Kraków.*\(PL\)/);
    screen.keypress('enter');
    await pick('¿Qué es la contraparte?', 0);
    await pick('Tipo de vínculo', 1);
    await answer('Tema de la cooperación: «en materia de …» [español]', 'gestión del agua');
    await answer('Tema de la cooperación: «en materia de …» [inglés]', 'water management');
    await answer('Nombre de quien encabeza el gobierno de Kraków', 'Aleksander Miszalski');
    await pick('Aleksander Miszalski: ¿su cargo', 1);
    await answer('Su cargo [español]'); // Alcalde de Kraków
    await answer('Su cargo [inglés]'); // Mayor of Kraków
    await answer('¿Agregar un contacto de trabajo en Kraków?', 'n');
    // Reasons and areas: "add another" loops, areas chosen from the PMD priorities.
    await pick('¿Por qué esta ciudad?', 0);
    await answer('Explique la razón en una o dos frases [español]', 'Comparten acuíferos sobreexplotados.');
    await answer('Explique la razón en una o dos frases [inglés]', 'Both have over-exploited aquifers.');
    await answer('¿Agregar otra razón?', 's');
    await pick('¿Por qué esta ciudad?', 2);
    await answer('Explique la razón en una o dos frases [español]', 'Universidades agrícolas.');
    await answer('Explique la razón en una o dos frases [inglés]', 'Farming universities.');
    await answer('¿Agregar otra razón?', 'n');
    await pick('Prioridad del PMD a la que sirve el área', 0);
    await answer('Área de oportunidad [español]'); // the priority's title by default
    await answer('Área de oportunidad [inglés]');
    await answer('¿Agregar otra área de oportunidad?', 's');
    await pick('Prioridad del PMD a la que sirve el área', 0);
    await answer('Área de oportunidad [español]', 'Reúso de agua tratada');
    await answer('Área de oportunidad [inglés]', 'Reuse of treated water');
    await answer('¿Agregar otra área de oportunidad?', 'n');
    await answer('Fecha en que se eligió a la contraparte', '2026-11-02');
    const result = await run;

    const c = read(root, 'krakow-pl');
    expect(c.counterpart).toEqual({
      city: { es: 'Kraków', en: 'Kraków' },
      country: 'PL',
      languages: ['pl'],
      nature: 'foreign-local-government',
      mayor: { name: 'Aleksander Miszalski', gender: 'm', title: { es: 'Alcalde de Kraków', en: 'Mayor of Kraków' } },
    });
    expect(c.kind).toBe('cooperation');
    expect(c.topic).toEqual({ es: 'gestión del agua', en: 'water management' });
    expect(c.reasons.map((r: { type: string }) => r.type)).toEqual(['shared-problem', 'complementary-strengths']);
    expect(c.areas).toEqual([
      {
        id: 'agua-y-saneamiento',
        title: { es: 'Agua y saneamiento', en: 'Water and sanitation' },
        priority: 'PMD-2024-1.1',
      },
      {
        id: 'reuso-de-agua-tratada',
        title: { es: 'Reúso de agua tratada', en: 'Reuse of treated water' },
        priority: 'PMD-2024-1.1',
      },
    ]);
    expect(c.steps.counterpart.date).toBe('2026-11-02');
    expect(out.text()).toContain('`linkage generate letter krakow-pl`');
    expect(result.answers).toEqual(Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'schemaVersion')));
    expect(existsSync(join(root, '.linkage-cache', 'drafts', 'cases__krakow-pl__case.yaml.json'))).toBe(false);
    expect((await runCheck({ roots: [root], asOf: TODAY })).errors).toBe(0);
  });

  it('a slug typed for a taken name is kept after Ctrl+C: the next run offers it, with the answers given under it', async () => {
    const root = copyWorkspace('minimal');
    // Resumed without --country (the country offered again), then with it.
    for (const [slug, country] of [['leon-bis'], ['leon-ter', 'ES']] as const) {
      screen.clear();
      const run = newFlow({ ...base(root), ws: loadWorkspace(root, { only: [] }), city: 'León' });
      await answer('País de León', 'es');
      await answer('Identificador del caso', slug);
      await answer('Nombre de la ciudad [inglés]', 'Leon');
      await prompt('Idiomas de la contraparte');
      ctrlC();
      expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);
      expect(existsSync(join(root, '.linkage-cache', 'drafts', `cases__${slug}__case.yaml.json`))).toBe(true);

      // The same command again: the slug typed is offered, and Enter finds the answers given under it.
      screen.clear();
      const again = newFlow({
        ...base(root),
        ws: loadWorkspace(root, { only: [] }),
        city: 'León',
        ...(country ? { country } : {}),
      });
      if (!country) await answer('País de León');
      expect(await prompt('Identificador del caso')).toContain(`(${slug})`);
      screen.keypress('enter');
      await prompt('Idiomas de la contraparte');
      ctrlC();
      expect(isInterrupt(await again.catch((e: unknown) => e))).toBe(true);
      expect(existsSync(join(root, '.linkage-cache', 'drafts', 'cases__leon-es-2__case.yaml.json'))).toBe(false);
    }
  });

  it('Ctrl+C at an optional question (the city in English) asks it again in the next run: it was not left blank', async () => {
    const root = copyWorkspace('minimal');
    screen.clear();
    const run = newFlow({ ...base(root), ws: loadWorkspace(root, { only: [] }), city: 'Oporto', country: 'PT' });
    await prompt('Nombre de la ciudad [inglés]');
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);

    screen.clear();
    const again = newFlow({ ...base(root), ws: loadWorkspace(root, { only: [] }), city: 'Oporto', country: 'PT' });
    await answer('Nombre de la ciudad [inglés]', 'Porto');
    await answer('Idiomas de la contraparte', 'pt');
    await pick('¿Qué es la contraparte?');
    await pick('Tipo de vínculo');
    await prompt('Nombre de quien encabeza el gobierno de Oporto');
    ctrlC();
    expect(isInterrupt(await again.catch((e: unknown) => e))).toBe(true);
    expect(read(root, 'oporto-pt').counterpart.city).toEqual({ es: 'Oporto', en: 'Porto' });
  });

  it('Ctrl+C inside an item of an "add another" loop (a contact) goes on, next run, with that item and the offer of another', async () => {
    const root = copyWorkspace('minimal');
    screen.clear();
    let run: Promise<unknown> = newFlow({
      ...base(root),
      ws: loadWorkspace(root, { only: [] }),
      city: 'Oporto',
      country: 'PT',
    });
    // `linkage next oporto-pt`, as the interrupted `new` says once the case exists.
    const start = () => {
      screen.clear();
      return nextFlow({ ...base(root), ws: loadWorkspace(root), slug: 'oporto-pt' });
    };
    await answer('Nombre de la ciudad [inglés]');
    await answer('Idiomas de la contraparte', 'pt');
    await pick('¿Qué es la contraparte?');
    await pick('Tipo de vínculo');
    await answer('Nombre de quien encabeza el gobierno de Oporto', 'Pedro Duarte');
    await pick('Pedro Duarte: ¿su cargo', 1);
    await answer('Su cargo [español]');
    await answer('Su cargo [inglés]');
    await answer('¿Agregar un contacto de trabajo en Oporto?', 's');
    await answer('Nombre del contacto', 'Ana Sousa');
    await prompt('Correo electrónico');
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);
    expect(read(root, 'oporto-pt').counterpart.contacts).toEqual([{ name: 'Ana Sousa' }]);

    // The contact's email and role, then another contact: the loop was not done.
    run = start();
    await answer('Correo electrónico', 'ana.sousa@cm-porto.pt');
    await answer('Su papel en el vínculo [español]');
    await prompt('¿Agregar otro contacto?');
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);
    expect(read(root, 'oporto-pt').counterpart.contacts).toEqual([
      { name: 'Ana Sousa', email: 'ana.sousa@cm-porto.pt' },
    ]);

    // Interrupted at «another?»: asked again; a «no» ends the loop, and a run interrupted later goes on past it.
    run = start();
    await answer('¿Agregar otro contacto?', 'n');
    await prompt('¿Por qué esta ciudad?');
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);
    run = start();
    await prompt('¿Por qué esta ciudad?');
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);
  });

  it('asks the new city’s own questions even after a Phase 1 step was interrupted: that step waits for `linkage next`, which the end names', async () => {
    const root = copyWorkspace('minimal');
    replaceIn(join(root, 'linkage.yaml'), /^participation:\n(?: .*\n)+/m, '');
    // Phase 1 (as init runs it), interrupted in «Involucrar a la ciudadanía» after its first answer.
    const phase1 = nextFlow({ ...base(root), ws: loadWorkspace(root) });
    await answer('Nombre de la persona u organización', 'Cámara de Comercio');
    await prompt('Sector');
    ctrlC();
    expect(isInterrupt(await phase1.catch((e: unknown) => e))).toBe(true);

    screen.clear();
    const out = collector();
    const run = newFlow({ ...base(root), out, ws: loadWorkspace(root, { only: [] }), city: 'Kraków', country: 'PL' });
    await answer('Nombre de la ciudad [inglés]');
    await answer('Idiomas de la contraparte', 'pl');
    await pick('¿Qué es la contraparte?');
    await pick('Tipo de vínculo');
    await answer('Nombre de quien encabeza el gobierno de Kraków', 'Aleksander Miszalski');
    await pick('Aleksander Miszalski: ¿su cargo', 1);
    await answer('Su cargo [español]');
    await answer('Su cargo [inglés]');
    await answer('¿Agregar un contacto de trabajo en Kraków?', 'n');
    await pick('¿Por qué esta ciudad?', 0);
    await answer('Explique la razón en una o dos frases [español]', 'Comparten acuíferos sobreexplotados.');
    await answer('Explique la razón en una o dos frases [inglés]', 'Both have over-exploited aquifers.');
    await answer('¿Agregar otra razón?', 'n');
    await pick('Prioridad del PMD a la que sirve el área', 0);
    await answer('Área de oportunidad [español]');
    await answer('Área de oportunidad [inglés]');
    await answer('¿Agregar otra área de oportunidad?', 'n');
    await answer('Fecha en que se eligió a la contraparte', '2026-11-02');
    await run;
    expect(read(root, 'krakow-pl').steps.counterpart.date).toBe('2026-11-02');
    const said = out.text();
    expect(said).not.toContain('Involucrar a la ciudadanía ·');
    expect(said).toContain(
      'La Fase 1 quedó a medias en «Involucrar a la ciudadanía»: lo ya respondido sigue guardado y `linkage next` la retoma.',
    );
    // Nothing of linkage.yaml was asked: its saved answer is not said to be resumed.
    expect(said).not.toContain('Se retoma');

    // It does: the name answered before is kept, the next question is the sector, once said so.
    screen.clear();
    const resumedOut = collector();
    const resumed = nextFlow({ ...base(root), out: resumedOut, ws: loadWorkspace(root) });
    await prompt('Sector');
    expect(resumedOut.text().match(/Se retoma 1 respuesta que quedó guardada para linkage\.yaml\./g)).toHaveLength(1);
    ctrlC();
    expect(isInterrupt(await resumed.catch((e: unknown) => e))).toBe(true);
  });

  it('offers «Municipio mexicano» as the nature of a counterpart in Mexico, not a foreign government', async () => {
    const root = copyWorkspace('minimal');
    const run = newFlow({ ...base(root), ws: loadWorkspace(root, { only: [] }), city: 'Zapopan', country: 'MX' });
    await answer('Nombre de la ciudad [inglés]');
    await answer('Idiomas de la contraparte', 'es');
    await pick('¿Qué es la contraparte?'); // Enter: the default
    await pick('Tipo de vínculo');
    await prompt('Nombre de quien encabeza el gobierno de Zapopan');
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);
    expect(read(root, 'zapopan-mx').counterpart.nature).toBe('mexican-municipality');
  });

  it('offers the language most spoken in the country, which Enter takes and typing replaces; a Spanish default says so', async () => {
    const root = copyWorkspace('minimal');
    let run = newFlow({ ...base(root), ws: loadWorkspace(root, { only: [] }), city: 'Lyon', country: 'FR' });
    // The English name defaults to the Spanish one, and says so.
    expect(await prompt('Nombre de la ciudad [inglés]')).toContain(
      'Nombre de la ciudad [inglés] (Enter: igual que en español) (Lyon)',
    );
    screen.keypress('enter');
    expect(await prompt('Idiomas de la contraparte')).toMatch(/Idiomas de la contraparte .*\(fr\)/);
    screen.keypress('enter');
    await pick('¿Qué es la contraparte?');
    await pick('Tipo de vínculo');
    await prompt('Nombre de quien encabeza el gobierno de Lyon');
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);
    expect(read(root, 'lyon-fr').counterpart.languages).toEqual(['fr']);

    // Québec: the country says English, the city speaks French.
    screen.clear();
    run = newFlow({ ...base(root), ws: loadWorkspace(root, { only: [] }), city: 'Québec', country: 'CA' });
    await answer('Nombre de la ciudad [inglés]');
    expect(await prompt('Idiomas de la contraparte')).toMatch(/\(en\)/);
    screen.type('fr, en');
    screen.keypress('enter');
    await pick('¿Qué es la contraparte?');
    await pick('Tipo de vínculo');
    await prompt('Nombre de quien encabeza el gobierno de Québec');
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);
    expect(read(root, 'quebec-ca').counterpart.languages).toEqual(['fr', 'en']);
  });
});

describe('new: further candidate cities', () => {
  /** The questions of one sister-city candidate of the minimal fixture, after its country. */
  async function answerCity(city: string, mayor: string, chosen: string): Promise<void> {
    await answer('Nombre de la ciudad [inglés]');
    await answer('Idiomas de la contraparte', 'pt');
    await pick('¿Qué es la contraparte?', 0);
    await pick('Tipo de vínculo', 0);
    await answer(`Nombre de quien encabeza el gobierno de ${city}`, mayor);
    await pick(`${mayor}: ¿su cargo`, 1);
    await answer('Su cargo [español]');
    await answer('Su cargo [inglés]');
    await answer(`¿Agregar un contacto de trabajo en ${city}?`, 'n');
    await pick('¿Por qué esta ciudad?', 0);
    await answer('Explique la razón en una o dos frases [español]', 'Comparten acuíferos.');
    await answer('Explique la razón en una o dos frases [inglés]', 'Shared aquifers.');
    await answer('¿Agregar otra razón?', 'n');
    await pick('Prioridad del PMD a la que sirve el área', 0);
    await answer('Área de oportunidad [español]');
    await answer('Área de oportunidad [inglés]');
    await answer('¿Agregar otra área de oportunidad?', 'n');
    await answer('Fecha en que se eligió a la contraparte', chosen);
  }

  it('after the first case, asks for another candidate city and opens its case through the same questions', async () => {
    const root = copyWorkspace('minimal');
    screen.clear();
    const created: string[] = [];
    const named: string[] = [];
    const run = candidatesFlow({
      ...base(root),
      ws: loadWorkspace(root, { only: [] }),
      city: 'Oporto',
      country: 'PT',
      onCreated: (plan) => created.push(plan.slug),
      onCandidate: (city) => named.push(city),
    });
    await answerCity('Oporto', 'Pedro Duarte', '2026-11-02');
    await answer('¿Registrar otra ciudad candidata?', 's');
    await answer('Nombre de la ciudad candidata', 'Braga');
    await answer('País de Braga', 'pt');
    await answerCity('Braga', 'João Rodrigues', '2026-11-03');
    await answer('¿Registrar otra ciudad candidata?', 'n');
    const results = await run;

    expect(results.map((r) => [r.city, r.slug, r.country])).toEqual([
      ['Oporto', 'oporto-pt', 'PT'],
      ['Braga', 'braga-pt', 'PT'],
    ]);
    expect(created).toEqual(['oporto-pt', 'braga-pt']);
    expect(named).toEqual(['Braga']);
    const braga = read(root, 'braga-pt');
    expect(braga.counterpart.city).toEqual({ es: 'Braga', en: 'Braga' });
    expect(braga.counterpart.mayor.name).toBe('João Rodrigues');
    // Each candidate stands at the end of the `counterpart` step: chosen, the letter next.
    expect(braga.steps).toEqual({ counterpart: { date: '2026-11-03' } });
    expect(read(root, 'oporto-pt').steps).toEqual({ counterpart: { date: '2026-11-02' } });
    expect(results[1]?.answers).toEqual(
      Object.fromEntries(Object.entries(braga).filter(([k]) => k !== 'schemaVersion')),
    );
    expect((await runCheck({ roots: [root], asOf: TODAY })).errors).toBe(0);
  });

  it('Ctrl+C while collecting a further candidate keeps the cases already created and that city’s answers', async () => {
    const root = copyWorkspace('minimal');
    screen.clear();
    const run = candidatesFlow({ ...base(root), ws: loadWorkspace(root, { only: [] }), city: 'Oporto', country: 'PT' });
    await answerCity('Oporto', 'Pedro Duarte', '2026-11-02');
    await answer('¿Registrar otra ciudad candidata?', 's');
    await answer('Nombre de la ciudad candidata', 'Braga');
    await answer('País de Braga', 'pt');
    await answer('Nombre de la ciudad [inglés]');
    await prompt('Idiomas de la contraparte');
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);
    expect(read(root, 'oporto-pt').steps).toEqual({ counterpart: { date: '2026-11-02' } });
    expect(existsSync(join(root, 'cases', 'braga-pt'))).toBe(false);
    expect(existsSync(join(root, '.linkage-cache', 'drafts', 'cases__braga-pt__case.yaml.json'))).toBe(true);
  });
});

describe('log and the steps that repeat', () => {
  it('adds contact-log entries and a mission in "add another" loops', async () => {
    const root = copyWorkspace('minimal');
    let run = logFlow({ ...base(root), ws: loadWorkspace(root), slug: 'leon-es' });
    await answer('Fecha del contacto', '2026-11-20');
    await pick('Medio', 2); // video
    await answer('Con quién', 'Concejalía de Relaciones Institucionales');
    await answer('Qué se trató [español]', 'Preparación de la carta.');
    await answer('Qué se trató [inglés]', 'Preparing the letter.');
    await answer('Fecha para dar seguimiento', '2026-12-10');
    await answer('¿Anotar otro contacto?', 's');
    await answer('Fecha del contacto'); // today
    await pick('Medio', 0);
    await answer('Con quién'); // the last one, by default
    await answer('Qué se trató [español]', 'Envío de borrador.');
    await answer('Qué se trató [inglés]');
    await answer('Fecha para dar seguimiento');
    await answer('¿Anotar otro contacto?', 'n');
    const logged = await run;
    expect(logged.added).toBe(2);
    expect(read(root, 'leon-es').contactLog).toEqual([
      {
        date: '2026-11-20',
        channel: 'video',
        who: 'Concejalía de Relaciones Institucionales',
        summary: { es: 'Preparación de la carta.', en: 'Preparing the letter.' },
        followUpOn: '2026-12-10',
      },
      {
        date: TODAY,
        channel: 'email',
        who: 'Concejalía de Relaciones Institucionales',
        summary: { es: 'Envío de borrador.', en: 'Envío de borrador.' },
      },
    ]);

    screen.clear();
    run = logFlow({ ...base(root), ws: loadWorkspace(root), slug: 'leon-es', mission: true });
    await answer('Clave de la misión'); // mision-2026-1
    await pick('¿Viaje o visita?', 1);
    await answer('Fecha de inicio', '2026-11-10');
    await answer('Fecha de término', '2026-11-09');
    await rejected('Debe ser posterior al 2026-11-10.');
    retype('2026-11-12');
    await answer('Lugar [español]', 'Villa de Santa Úrsula');
    await answer('Lugar [inglés]');
    await answer('Propósito [español]', 'Visita técnica al acuífero.');
    await answer('Propósito [inglés]', 'Technical visit to the aquifer.');
    await answer('Nombre', 'Marta Gil');
    await answer('Cargo o papel [español]');
    await answer('¿Agregar a otra persona de la delegación?', 's');
    await answer('Nombre', 'Luis Prado');
    await answer('Cargo o papel [español]', 'Técnico');
    await answer('Cargo o papel [inglés]', 'Technician');
    await answer('¿Agregar a otra persona de la delegación?', 'n');
    await answer('¿Anotar un costo?', 's');
    await pick('¿Quién lo paga?', 0);
    await answer('Monto', '12500.50');
    await answer('Moneda', 'mxn');
    await answer('¿Anotar otro costo?', 'n');
    await answer('Resultados [español]');
    await answer('¿Anotar otra misión?', 'n');
    const mission = await run;
    expect(mission.answers.missions).toEqual([
      {
        id: 'mision-2026-1',
        direction: 'inbound',
        start: '2026-11-10',
        end: '2026-11-12',
        place: { es: 'Villa de Santa Úrsula', en: 'Villa de Santa Úrsula' },
        purpose: { es: 'Visita técnica al acuífero.', en: 'Technical visit to the aquifer.' },
        travellers: [{ name: 'Marta Gil' }, { name: 'Luis Prado', role: { es: 'Técnico', en: 'Technician' } }],
        costs: [{ source: 'municipal', amount: 12500.5, currency: 'MXN' }],
      },
    ]);
    expect((await runCheck({ roots: [root], asOf: TODAY })).errors).toBe(0);
  });

  it("asks a workspace's local step by its declared facts (the demo's committee opinion)", async () => {
    const root = copyWorkspace('demo');
    // giessen-de and mildura-au are past it; make a case that stands right before it.
    const file = join(root, 'cases', 'krakow-pl', 'case.yaml');
    const text = readFileSync(file, 'utf8').replace(
      '  counterpart:\n    date: 2026-10-20\n',
      '  counterpart:\n    date: 2026-10-20\n  letter:\n    date: 2026-10-22\n  response:\n    date: 2026-11-02\n    outcome: accepted\n  draft:\n    date: 2026-11-10\n',
    );
    (await import('node:fs')).writeFileSync(file, text);
    // With the draft set aside (skipped), the committee's opinion comes next, asked by its own labels.
    replaceIn(file, 'contactLog:', 'skipped:\n  draft:\n    reason: Texto en negociación\ncontactLog:');
    screen.clear();
    const out2 = collector();
    const run2 = nextFlow({ ...base(root), out: out2, ws: loadWorkspace(root), slug: 'krakow-pl' });
    await answer('Fecha del dictamen', '2026-11-20');
    await answer('Folio del dictamen', 'CAI/07/2026');
    await run2;
    expect(out2.text()).toContain('Dictamen de la Comisión de Asuntos Internacionales');
    expect(read(root, 'krakow-pl').steps.comision).toEqual({ date: '2026-11-20', folio: 'CAI/07/2026' });
  });

  it('says a closed case is closed and asks nothing', async () => {
    const root = copyWorkspace('demo');
    const out = collector();
    const result = await nextFlow({ ...base(root), out, ws: loadWorkspace(root), slug: 'almeria-es' });
    expect(result.idle).toBe(true);
    expect(out.text()).toBe('El caso almeria-es está cerrado (Declinado, 2025-07-03): no hay pasos que registrar.\n');
  });
});

describe('the default title of the counterpart mayor', () => {
  const city = (name: string) => () => name;
  it('is in the counterpart language, not the Spanish, where the title is known', () => {
    expect(mayorTitle(city('Saint-Étienne'), 'm')).toMatchObject({
      es: 'Alcalde de Saint-Étienne',
      en: 'Mayor of Saint-Étienne',
      fr: 'Maire de Saint-Étienne',
    });
    expect(mayorTitle(city('Angers'), 'f').fr).toBe("Maire d'Angers");
    expect(mayorTitle(city('Gießen'), 'f').de).toBe('Bürgermeisterin von Gießen');
    expect(mayorTitle(city('Bologna'), 'm').it).toBe('Sindaco di Bologna');
  });
});

import '@inquirer/testing/vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCheck } from '../../src/commands/check.js';
import { nextFlow } from '../../src/flows/next.js';
import { isInterrupt, loadPrompter } from '../../src/ui/prompts.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { copyWorkspace, flat, pdfText, replaceIn, runCli } from '../helpers.js';
import {
  answer,
  collector,
  ctrlC,
  flowBase,
  LEON_AGREEMENT,
  leonBase,
  pick,
  prompt,
  rejected,
  retype,
  runNext,
  screen,
  TODAY,
} from './driver.js';

let root: string;
const caseYaml = () => parse(readFileSync(join(root, 'cases', 'leon-es', 'case.yaml'), 'utf8'));
/** One `linkage next leon-es`, with the test answering; returns what it said. */
const next = (script: () => Promise<void>, options: { step?: string } = {}) => runNext(root, script, options);
const AGREEMENT = LEON_AGREEMENT;

/** León's letter (2026-10-05) and its accepting answer (2026-10-20), then the draft (2026-10-25), recorded by hand; returns case.yaml. */
function recordedUpTo(last: 'response' | 'draft'): string {
  const file = join(root, 'cases', 'leon-es', 'case.yaml');
  const steps = [
    '  letter:\n    date: 2026-10-05\n',
    '  response:\n    date: 2026-10-20\n    outcome: accepted\n',
    ...(last === 'draft' ? ['  draft:\n    date: 2026-10-25\n'] : []),
  ];
  writeFileSync(file, `${readFileSync(file, 'utf8')}${steps.join('')}`);
  return file;
}

/** The council session of 2026-11-05 (no. 12, the first type) and its vote, up to «¿obliga … más allá?». */
async function councilVote(votes: { for: string; against: string; members?: string }, binds?: string): Promise<void> {
  await answer('¿Ya se aprobó', 's');
  await answer('Fecha de la sesión de cabildo', '2026-11-05');
  await answer('Número de la sesión', '12');
  await pick('Tipo de sesión', 0);
  await answer('Votos a favor', votes.for);
  await answer('Votos en contra', votes.against);
  await answer('Abstenciones');
  await answer('Integrantes del Ayuntamiento', votes.members);
  await answer('¿El acuerdo obliga al municipio más allá', binds);
}

beforeEach(() => {
  root = copyWorkspace('minimal');
});

describe('next, step by step, on a case chosen on 2026-10-01', () => {
  it('walks letter → response → draft → council → SRE rounds → signature → registration, and check passes', async () => {
    // letter: it waits until the letter is sent.
    let r = await next(async () => {
      await answer('¿Ya se envió la Carta de Intención a León?', 'n');
    });
    expect(r.said).toContain('`linkage generate letter leon-es`');
    expect(caseYaml().steps.letter).toBeUndefined();

    r = await next(async () => {
      await answer('¿Ya se envió la Carta de Intención a León?', 's');
      await answer('Fecha de envío', '2026-10-05');
      await pick('¿Por qué medio?', 2); // diplomatic
      await answer('Fecha para dar seguimiento'); // 45 days after, by default
    });
    expect(caseYaml().steps.letter).toEqual({ date: '2026-10-05', channel: 'diplomatic', followUpOn: '2026-11-19' });
    expect(r.said).toContain('✔ Paso «Carta de Intención» completo.');
    // 45 days after 2026-10-05 is before today (2026-11-28): already overdue.
    expect(r.said).toContain(
      'Sigue: «Respuesta de la contraparte» (Vinculación); le toca a: Contraparte; vencido desde el 2026-11-19.',
    );

    // response: a date before the letter is asked again.
    r = await next(async () => {
      await answer('¿Ya respondió León?', 's');
      await answer('Fecha de la respuesta', '2026-10-04');
      // The letter's date named in words, with its line in case.yaml (as check places it).
      await rejected(/es anterior al 2026-10-05 \(fecha de envío, «Carta de Intención», línea \d+\)/);
      retype('2026-10-20');
      await pick('¿Qué respondió?', 0);
      await answer('Resumen de la respuesta [español]', 'Acepta negociar.');
      await answer('Resumen de la respuesta [inglés]', 'Agrees to negotiate.');
    });
    expect(caseYaml().steps.response).toEqual({
      date: '2026-10-20',
      outcome: 'accepted',
      summary: { es: 'Acepta negociar.', en: 'Agrees to negotiate.' },
    });
    expect(r.said).toContain('`linkage generate agreement leon-es`');

    // draft: the text's version is recorded from agreement.yaml, written as negotiated.
    writeFileSync(join(root, 'cases', 'leon-es', 'agreement.yaml'), AGREEMENT);
    r = await next(async () => {
      await answer('Fecha del proyecto de acuerdo', '2026-10-25');
    });
    const agreement = parse(readFileSync(join(root, 'cases', 'leon-es', 'agreement.yaml'), 'utf8'));
    expect(agreement.versions).toHaveLength(1);
    expect(agreement.versions[0].date).toBe('2026-10-25');
    const hash = agreement.versions[0].hash as string;
    expect(r.said).toContain(`Se registró la versión del texto ${hash.slice(0, 12)}`);

    // council: the majority is asked only because the agreement binds beyond the term.
    r = await next(async () => {
      await answer('¿Ya se aprobó el acuerdo en sesión de cabildo?', 's');
      await answer('Fecha de la sesión de cabildo', '2026-11-05');
      await answer('Número de la sesión', '12');
      await pick('Tipo de sesión', 1);
      await answer('Votos a favor', '9');
      await answer('Votos en contra');
      await answer('Abstenciones');
      await answer('Integrantes del Ayuntamiento', '11');
      await answer('¿El acuerdo obliga al municipio más allá', 's');
      await pick('Mayoría que exige la ley estatal', 0);
      await pick('Versión del texto que aprobó el cabildo', 0);
    });
    expect(caseYaml().steps.council).toEqual({
      date: '2026-11-05',
      session: '12',
      sessionType: 'extraordinaria',
      hash,
      votes: { for: 9, against: 0, abstentions: 0, members: 11 },
      bindsBeyondTerm: true,
      majority: 'two-thirds',
    });
    // After the council, the request for the SRE's opinion.
    expect(r.said).toContain('`linkage generate opinion-request leon-es`');

    // sre-opinion, round 1: the dictamen comes with observations, so they are asked.
    r = await next(async () => {
      await answer('¿Ya se envió el acuerdo a la SRE para su dictamen?', 's');
      await answer('Fecha de envío a la SRE', '2026-11-06');
      await answer('Número de oficio', 'PM/100/2026');
      await pick('Versión del texto enviada', 0);
      await pick('¿Por qué vía?', 0);
      await answer('Fecha para dar seguimiento'); // 60 days after
      await answer('Fecha del acuse de recibo'); // not yet
      await answer('¿Ya llegó el dictamen de la SRE?', 's');
      await answer('Fecha del dictamen', '2026-11-20');
      await answer('Número de oficio', 'CJ/DGCP/900/2026');
      await pick('Sentido del dictamen', 1);
      await answer('Artículo al que se refiere', 'objeto');
      await answer('Observación 1 [español]', 'Precise el objeto.');
      await answer('Observación 1 [inglés]', 'Make the purpose precise.');
      await answer('¿La SRE hizo otra observación?', 'n');
    });
    let rounds = caseYaml().steps['sre-opinion'].rounds;
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ submitted: '2026-11-06', followUpOn: '2027-01-05', route: 'direct', hash });
    expect(rounds[0].dictamen).toEqual({
      date: '2026-11-20',
      oficio: 'CJ/DGCP/900/2026',
      outcome: 'observations',
      observations: [
        { id: 'obs-1', article: 'objeto', text: { es: 'Precise el objeto.', en: 'Make the purpose precise.' } },
      ],
    });

    // Round 2: each observation answered (how, in words, and when), then the new submission and a
    // favourable dictamen.
    r = await next(async () => {
      await pick('¿Cómo se atendió?', 2);
      await answer(
        'Respuesta a la observación: por qué el texto la atiende o por qué se mantiene [español]',
        'El objeto ya enumera las áreas.',
      );
      await answer(
        'Respuesta a la observación: por qué el texto la atiende o por qué se mantiene [inglés]',
        'The purpose already lists the areas.',
      );
      await answer('Fecha de la respuesta');
      await answer('¿Ya se envió el texto revisado a la SRE?', 's');
      await answer('Fecha de envío a la SRE');
      await answer('Número de oficio', 'PM/120/2026');
      await pick('Versión del texto enviada', 0);
      await pick('¿Por qué vía?', 0);
      await answer('Fecha para dar seguimiento');
      await answer('Fecha del acuse de recibo');
      await answer('¿Ya llegó el dictamen de la SRE?', 's');
      await answer('Fecha del dictamen');
      await answer('Número de oficio');
      await pick('Sentido del dictamen', 0);
    });
    rounds = caseYaml().steps['sre-opinion'].rounds;
    expect(rounds).toHaveLength(2);
    expect(rounds[0].dictamen.observations[0].answer).toEqual({
      resolution: 'clarified',
      text: { es: 'El objeto ya enumera las áreas.', en: 'The purpose already lists the areas.' },
      date: TODAY,
    });
    expect(rounds[1].dictamen).toEqual({ date: TODAY, outcome: 'favourable' });
    // The request for the second round quotes that answer after the observation.
    const generated = runCli(['generate', 'opinion-request', 'leon-es'], { cwd: root, env: { LINKAGE_TODAY: TODAY } });
    expect(generated.stderr).toBe('');
    expect(flat(pdfText(join(root, 'out', 'opinion-request-leon-es-es.pdf')))).toContain(
      '1. Observación (artículo objeto): Precise el objeto. Respuesta: El objeto ya enumera las áreas.',
    );
    expect(r.said).toContain('✔ Paso «Dictamen de la SRE» completo.');

    // signature: not signed yet, so nothing is recorded and check sees no signature under way.
    r = await next(async () => {
      await answer('¿Ya firmó el municipio el acuerdo?', 'n');
    });
    expect(caseYaml().steps.signature).toBeUndefined();
    const report = await runCheck({ roots: [root], asOf: TODAY });
    expect(report.workspaces[0]?.problems.filter((p) => p.path?.[1] === 'signature')).toEqual([]);

    // signature: the officials in office are offered as signers.
    r = await next(async () => {
      await answer('¿Ya firmó el municipio el acuerdo?', 's');
      await pick('Versión del texto que se firmó', 0);
      await answer('Lugar de firma del municipio [español]');
      await answer('Lugar de firma del municipio [inglés]');
      await answer('Fecha de firma del municipio');
      await answer('¿Firmaron María Teresa Núñez Olvera?', 's');
      await answer('¿Ya firmó León?', 's');
      // A place typed in Spanish is the English default too, not the city's name alone.
      await answer('Lugar de firma de la contraparte [español]', 'León, Castilla y León');
      expect(await prompt('Lugar de firma de la contraparte [inglés]')).toContain('León, Castilla y León');
      screen.keypress('enter');
      await answer('Fecha de firma de la contraparte');
      await answer('Ejemplares originales firmados');
      // The counterpart's own approval, asked only when it needed one.
      await answer('¿La firma de León requirió la aprobación de su propio órgano de gobierno', 's');
      await answer('Órgano que lo aprobó [español]', 'Pleno del Ayuntamiento de León');
      await answer('Órgano que lo aprobó [inglés]', 'León City Council plenary');
      await answer('Fecha de la aprobación', 'ayer');
      await rejected('AAAA-MM-DD');
      retype('2026-11-27');
      await answer('Referencia del acuerdo de aprobación', 'Acuerdo 45/2026');
    });
    expect(caseYaml().steps.signature).toEqual({
      hash,
      municipality: {
        place: { es: 'Villa de Santa Úrsula, Guanajuato', en: 'Villa de Santa Úrsula, Guanajuato' },
        date: TODAY,
        signers: [
          {
            name: 'María Teresa Núñez Olvera',
            gender: 'f',
            title: { es: 'Presidenta Municipal', en: 'Municipal President' },
          },
        ],
      },
      counterpart: { place: { es: 'León, Castilla y León', en: 'León, Castilla y León' }, date: TODAY },
      originals: 2,
      counterpartApproval: {
        body: { es: 'Pleno del Ayuntamiento de León', en: 'León City Council plenary' },
        date: '2026-11-27',
        reference: 'Acuerdo 45/2026',
      },
    });
    expect(r.said).toContain('`linkage generate registration leon-es`');

    // registration: sent, the acuse not yet back: the step stays in progress, and check passes.
    r = await next(async () => {
      await answer('¿Ya se envió a la SRE la copia del acuerdo firmado', 's');
      await answer('Fecha de envío de la copia');
      await answer('Número de oficio', 'PM/130/2026');
      await answer('Fecha para dar seguimiento');
      await answer('¿Ya llegó el acuse de la SRE?', 'n');
    });
    expect(r.said).toContain('Se espera a: SRE, desde el 2026-11-28.');
    expect(r.said).toContain('… Paso «Registro ante la SRE» en curso; falta: fecha del acuse.');
    expect((await runCheck({ roots: [root], asOf: TODAY })).errors).toBe(0);

    r = await next(async () => {
      await answer('¿Ya llegó el acuse de la SRE?', 's');
      // It arrived: Enter takes today, so the question must not offer Enter for "not yet".
      expect(await prompt('Fecha del acuse de recibo')).not.toContain('Enter si aún no llega');
      await answer('Fecha del acuse de recibo');
      await answer('Número de registro', 'RAI-0001/2026');
    });
    expect(caseYaml().steps.registration).toEqual({
      date: TODAY,
      oficio: 'PM/130/2026',
      followUpOn: '2026-12-28',
      acuse: TODAY,
      registryNumber: 'RAI-0001/2026',
    });
    expect(r.said).toContain('Sigue: «Programa Operativo Anual»');
    expect(await runCheck({ roots: [root], asOf: TODAY })).toMatchObject({ errors: 0 });
  });

  it('an answer whose write finds the file changed underneath is kept in the draft and named on the next run', async () => {
    const file = join(root, 'cases', 'leon-es', 'case.yaml');
    screen.clear();
    const run = nextFlow({ ...leonBase(root), out: collector() });
    await answer('¿Ya se envió la Carta de Intención a León?', 's');
    await answer('Fecha de envío', '2026-10-05');
    await prompt('¿Por qué medio?');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# a colleague's note\n`);
    screen.keypress('enter');
    await expect(run).rejects.toMatchObject({ id: 'file.changed', exitCode: 2 });

    screen.clear();
    const out = collector();
    const again = nextFlow({ ...leonBase(root), out });
    await prompt(/./);
    expect(out.text()).toContain(
      'cases/leon-es/case.yaml cambió desde que se guardó 1 respuesta para él; no se retoma, para no escribirla donde ya no va. Era: steps.letter.channel: "email"',
    );
    ctrlC();
    expect(isInterrupt(await again.catch((e: unknown) => e))).toBe(true);
  });

  it('does not ask the majority when the agreement does not bind beyond the term', async () => {
    recordedUpTo('draft');
    writeFileSync(join(root, 'cases', 'leon-es', 'agreement.yaml'), AGREEMENT);
    await next(async () => {}); // records the text version
    await next(async () => {
      await councilVote({ for: '6', against: '5' }, 'n');
      // The next question is the text version, not the majority.
      const scr = await prompt('Versión del texto que aprobó el cabildo');
      expect(scr).not.toContain('Mayoría');
      screen.keypress('enter');
    });
    const council = caseYaml().steps.council;
    expect(council.bindsBeyondTerm).toBe(false);
    expect(council.majority).toBeUndefined();
  });

  it('proposes that a fixed term outliving the administration binds beyond it, and asks the majority', async () => {
    recordedUpTo('draft');
    // Five years from 2026 end long after the administration (to 2027-10-09).
    writeFileSync(
      join(root, 'cases', 'leon-es', 'agreement.yaml'),
      `${AGREEMENT}term:\n  type: fixed\n  years: 5\n  noticeDays: 60\n`,
    );
    await next(async () => {}); // records the text version
    await next(async () => {
      await councilVote({ for: '9', against: '2', members: '11' }); // binding beyond: the default
      await pick('Mayoría que exige la ley estatal', 0);
      await pick('Versión del texto que aprobó el cabildo', 0);
    });
    expect(caseYaml().steps.council).toMatchObject({ bindsBeyondTerm: true, majority: 'two-thirds' });
  });

  it('judges the vote against its majority once the members, the term and the majority are answered', async () => {
    const file = recordedUpTo('draft');
    // Five years from 2026 end long after the administration: two thirds is proposed.
    writeFileSync(
      join(root, 'cases', 'leon-es', 'agreement.yaml'),
      `${AGREEMENT}term:\n  type: fixed\n  years: 5\n  noticeDays: 60\n`,
    );
    await next(async () => {}); // records the text version
    const undecided = readFileSync(file, 'utf8');
    const vote = (binds: string) => councilVote({ for: '12', against: '8', members: '20' }, binds);
    // 12 of 20 is a majority, and the council says the agreement does not bind beyond its term: five
    // years from 2026 do all the same (the term prevails), so 14 of 20 are still needed, said once.
    const simple = await next(async () => {
      await vote('n');
      await pick('Versión del texto que aprobó el cabildo', 0);
    });
    expect(
      simple.said.split('no alcanza las dos terceras partes: 12 votos a favor; se necesitan 14 de 20'),
    ).toHaveLength(2);
    expect(caseYaml().steps.council).toMatchObject({ votes: { for: 12, against: 8 }, bindsBeyondTerm: false });
    // It does bind, by two thirds: 14 of 20 are needed, said once, when the majority is known.
    writeFileSync(file, undecided);
    const twoThirds = await next(async () => {
      await vote('s');
      await pick('Mayoría que exige la ley estatal', 0);
      await pick('Versión del texto que aprobó el cabildo', 0);
    });
    expect(
      twoThirds.said.split('no alcanza las dos terceras partes: 12 votos a favor; se necesitan 14 de 20'),
    ).toHaveLength(2);
  });

  it('starts the draft from the SRE model when there is no agreement.yaml: asks its term, records its version', async () => {
    recordedUpTo('response');
    const r = await next(async () => {
      await answer('Fecha del proyecto de acuerdo', '2026-10-25');
      await pick('Vigencia del acuerdo', 0);
      await answer('Días de aviso para darlo por terminado', '90');
    });
    expect(r.said).toContain('cases/leon-es/agreement.yaml');
    // Its note wrapped like the step's help, not cut mid-word by the terminal.
    const note = r.said.split('\n').filter((l) => /parte del modelo|negociado con la contraparte|articles:/.test(l));
    expect(note.length).toBeGreaterThan(1);
    for (const line of note) expect(line.length).toBeLessThanOrEqual(96);
    expect(r.said).toContain('✔ Paso «Proyecto de acuerdo» completo.');
    const agreement = parse(readFileSync(join(root, 'cases', 'leon-es', 'agreement.yaml'), 'utf8'));
    expect(agreement).toMatchObject({
      model: 'sister-cities',
      term: { type: 'indefinite', noticeDays: 90 },
      versions: [{ date: '2026-10-25' }],
    });
    // The text the council will approve has no blanks.
    const report = await runCheck({ roots: [root], asOf: TODAY });
    const blanks = report.workspaces.flatMap((w) => w.problems).filter((p) => p.file.endsWith('agreement.yaml'));
    expect(blanks).toEqual([]);
  });

  it('a corrected draft date moves the version the draft recorded, the text being the same', async () => {
    recordedUpTo('response');
    await next(async () => {
      await answer('Fecha del proyecto de acuerdo', '2026-10-21');
      await pick('Vigencia del acuerdo', 0);
      await answer('Días de aviso para darlo por terminado', '90');
    });
    // The date was mistyped: corrected with --step draft, the term and notice kept.
    const r = await next(
      async () => {
        await prompt('Fecha del proyecto de acuerdo');
        retype('2026-10-25');
        await pick('Vigencia del acuerdo', 0);
        await answer('Días de aviso para darlo por terminado');
      },
      { step: 'draft' },
    );
    expect(caseYaml().steps.draft.date).toBe('2026-10-25');
    const agreement = parse(readFileSync(join(root, 'cases', 'leon-es', 'agreement.yaml'), 'utf8'));
    expect(agreement.versions).toHaveLength(1);
    expect(agreement.versions[0].date).toBe('2026-10-25');
    expect(r.said).toContain('pasa del 2026-10-21 al 2026-10-25');
  });

  it('revisits a completed step with --step, its answers as defaults', async () => {
    const r = await next(
      async () => {
        await answer('Nombre de quien encabeza el gobierno de León', ''); // keeps the recorded name
        await pick('¿su cargo se escribe', 0); // the recorded gender is the default
        await answer('Su cargo [español]', 'Alcalde de León');
        await answer('Su cargo [inglés]', 'Mayor of León');
        await answer('¿Agregar un contacto de trabajo en León?', 's');
        await answer('Nombre del contacto', 'Ana Ruiz');
        await answer('Correo electrónico', 'ana.ruiz@aytoleon.es');
        await answer('Su papel en el vínculo [español]');
        await answer('¿Agregar otro contacto?', 'n');
        await answer('¿Agregar otra razón?', 'n');
        await answer('¿Agregar otra área de oportunidad?', 'n');
        await answer('Fecha en que se eligió a la contraparte');
      },
      { step: 'counterpart' },
    );
    const c = caseYaml();
    expect(c.counterpart.mayor).toEqual({
      name: 'José Antonio Diez',
      gender: 'm',
      title: { es: 'Alcalde de León', en: 'Mayor of León' },
    });
    expect(c.counterpart.contacts).toEqual([{ name: 'Ana Ruiz', email: 'ana.ruiz@aytoleon.es' }]);
    expect(c.steps.counterpart.date).toBe('2026-10-01');
    expect(r.result.answers).toMatchObject({ counterpart: { contacts: [{ name: 'Ana Ruiz' }] } });
  });
});

describe('the areas of opportunity', () => {
  /** The minimal fixture with the previous administration and its plan recorded before the one in office. */
  const ENDED = [
    'administrations:',
    '  - id: "2021-2024"',
    '    period: { start: 2021-10-10, end: 2024-10-09 }',
    '    officials:',
    '      - { role: president, name: Ramón Aguilar Soto, gender: m }',
    '    pmd:',
    '      title: { es: Plan Municipal de Desarrollo 2021–2024, en: Municipal Development Plan 2021–2024 }',
    '      priorities:',
    '        - id: PMD-2021-2.4',
    '          title: { es: Agua potable para todos, en: Drinking water for all }',
    '',
  ].join('\n');

  /** Revisits the counterpart step up to the priority picker of a second area; the picker's screen. */
  async function priorityPicker(): Promise<{ screen: string; said: string }> {
    let shown = '';
    const r = await next(
      async () => {
        await answer('Nombre de quien encabeza el gobierno de León', '');
        await pick('¿su cargo se escribe', 0);
        await answer('Su cargo [español]', 'Alcalde de León');
        await answer('Su cargo [inglés]', 'Mayor of León');
        await answer('¿Agregar un contacto de trabajo en León?', 'n');
        await answer('¿Agregar otra razón?', 'n');
        await answer('¿Agregar otra área de oportunidad?', 's');
        shown = await prompt('Prioridad del PMD a la que sirve el área');
        screen.keypress('enter');
        await answer('Área de oportunidad [español]', 'Agua potable');
        await answer('Área de oportunidad [inglés]', 'Drinking water');
        await answer('¿Agregar otra área de oportunidad?', 'n');
        await answer('Fecha en que se eligió a la contraparte');
      },
      { step: 'counterpart' },
    );
    return { screen: shown, said: r.said };
  }

  it('offers the priorities of the plan in force, not those of an administration that ended', async () => {
    replaceIn(join(root, 'linkage.yaml'), 'administrations:\n', ENDED);
    const { screen: picker, said } = await priorityPicker();
    expect(picker).toContain('PMD-2024-1.1');
    expect(picker).not.toContain('PMD-2021-2.4');
    expect(caseYaml().areas[1]).toMatchObject({ priority: 'PMD-2024-1.1' });
    expect(said).not.toContain('PMD-2021');
  });

  it('with no priorities in the plan in force, offers those recorded, the latest plan first', async () => {
    replaceIn(join(root, 'linkage.yaml'), 'administrations:\n', ENDED);
    replaceIn(
      join(root, 'linkage.yaml'),
      /\n {4}pmd:\n {6}title:\n(?: {8}.+\n)+ {6}priorities:\n(?: {8}.+\n| {10}.+\n)+/,
      '\n',
    );
    const { screen: picker } = await priorityPicker();
    expect(picker).toContain('PMD-2021-2.4');
  });
});

describe('next in the English UI', () => {
  /** `linkage next <slug>` on a copy of the demo in English, answering `reply` to `question`; what it printed. */
  async function englishNext(
    slug: string,
    question: string,
    reply: string,
    edit: (demo: string) => void = () => {},
  ): Promise<string> {
    const demo = copyWorkspace('demo');
    edit(demo);
    screen.clear();
    const out = collector();
    const run = nextFlow({
      ...flowBase(demo),
      lang: 'en',
      prompter: () => loadPrompter('en'),
      ws: loadWorkspace(demo),
      slug,
      out,
    });
    await answer(question, reply);
    await run;
    return out.text();
  }

  it('names the counterpart by its English name where the case records one (Kraków, not Cracovia)', async () => {
    const text = await englishNext('krakow-pl', 'Has the Letter of Intent been sent to Kraków?', 'n');
    expect(text).not.toContain('Cracovia');
  });

  it('gives no deadline to a request for the SRE opinion not yet sent, as status gives none', async () => {
    // Leamington after the council (2026-05-14), its request not sent: the 90 days of
    // settings.followUpDays.sre-opinion are for following up the SRE once it has the request.
    const unsent = (demo: string) =>
      replaceIn(join(demo, 'cases', 'leamington-ca', 'case.yaml'), /\n {2}sre-opinion:\n(?: {4,}.*\n)+/, '\n');
    const text = await englishNext('leamington-ca', 'Has the agreement been sent to the SRE', 'n', unsent);
    expect(text).toContain('Whose move: Municipality.');
    expect(text).not.toContain('due 2026-08-12');
  });

  it('says a next step whose date has passed is overdue since it, as status does, not due as if ahead', async () => {
    // Hōfu's answer was to be followed up on 2026-09-15; today is 2026-11-28.
    const text = await englishNext('hofu-jp', 'Has Hōfu answered', 'n');
    expect(text).toContain('whose move: Counterpart; overdue since 2026-09-15.');
    expect(text).not.toContain('due 2026-09-15');
  });

  it('says whose move it is as status does: the SRE, once the request for its opinion went out', async () => {
    const text = await englishNext('leamington-ca', "Has the SRE's opinion arrived?", 'n');
    expect(text).toContain('Whose move: SRE.');
    expect(text).not.toContain('Whose move: Municipality.');
  });
});

describe('a new SRE round after observations', () => {
  /** The demo with Leamington's round 1 back with one observation, the text changed to meet it. */
  function observedDemo(): string {
    const demo = copyWorkspace('demo');
    const file = join(demo, 'cases', 'leamington-ca', 'case.yaml');
    replaceIn(
      file,
      /\n {2}sre-opinion:\n(?: {4,}.*\n)+/,
      `\n  sre-opinion:\n    rounds:\n      - submitted: 2026-11-02\n        oficio: PM/DAI/0500/2026\n        hash: "8709bed6973d95c468925bde2ed1c5341c2a807d96d300f2eaa833b332effe5d"\n        dictamen:\n          date: 2026-11-20\n          oficio: DGCP/1234/2026\n          outcome: observations\n          observations:\n            - id: obs-1\n              article: Sexto\n              text: { es: Reduzca el plazo de aviso., en: Shorten the notice period. }\n`,
    );
    replaceIn(join(demo, 'cases', 'leamington-ca', 'agreement.yaml'), 'noticeDays: 90', 'noticeDays: 60');
    return demo;
  }
  /** One `linkage next leamington-ca`, driven by the test up to its Ctrl+C. */
  async function interrupted(demo: string, script: () => Promise<void>): Promise<void> {
    screen.clear();
    const run = nextFlow({ ...flowBase(demo), ws: loadWorkspace(demo), slug: 'leamington-ca', out: collector() });
    await script();
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);
  }

  it('offers the current text, not the version the SRE objected to, once an accepted observation changed it', async () => {
    await interrupted(observedDemo(), async () => {
      await pick('¿Cómo se atendió?', 0); // accepted: the text changed
      await answer('Respuesta a la observación'); // not written yet
      await answer('Fecha de la respuesta');
      await answer('¿Ya se envió el texto revisado a la SRE?', 's');
      await answer('Fecha de envío a la SRE');
      await answer('Número de oficio', 'PM/DAI/0520/2026');
      const shown = await prompt('Versión del texto enviada');
      expect(shown).toContain('❯ El texto actual de agreement.yaml');
      expect(shown).not.toContain('❯ 2026-03-23');
    });
  });

  it('keeps the Spanish answer to an observation through a Ctrl+C, and asks the English next', async () => {
    const demo = observedDemo();
    const question = 'Respuesta a la observación: por qué el texto la atiende o por qué se mantiene';
    await interrupted(demo, async () => {
      await pick('¿Cómo se atendió?', 0);
      await answer(`${question} [español]`, 'Se redujo el plazo a 60 días.');
      await prompt(`${question} [inglés]`);
    });
    await interrupted(demo, async () => {
      // The resolution and the Spanish stand; the English offers the Spanish until translated.
      expect(await prompt(`${question} [inglés]`)).toContain('(Se redujo el plazo a 60 días.)');
      screen.type('The notice period was cut to 60 days.');
      screen.keypress('enter');
      await answer('Fecha de la respuesta', '2026-11-25');
      await prompt('¿Ya se envió el texto revisado a la SRE?');
    });
    const yaml = parse(readFileSync(join(demo, 'cases', 'leamington-ca', 'case.yaml'), 'utf8'));
    expect(yaml.steps['sre-opinion'].rounds[0].dictamen.observations[0].answer).toEqual({
      resolution: 'accepted',
      text: { es: 'Se redujo el plazo a 60 días.', en: 'The notice period was cut to 60 days.' },
      date: '2026-11-25',
    });
  });
});

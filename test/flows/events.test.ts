// What happens to a case outside the step sequence, driven through the real flows: the counterpart's
// representations (`linkage log --representation`), the end of a case (`next --step end`) and an
// amendment (`next --step amendment`). The counterpart's own approval is asked in the signature step
// (test/flows/case.test.ts).
import '@inquirer/testing/vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ActionContext } from '../../src/actions/context.js';
import { nextAction } from '../../src/actions/next.js';
import type { AnswersSource } from '../../src/commands/answers.js';
import { runCheck } from '../../src/commands/check.js';
import { logFlow } from '../../src/flows/log.js';
import { nextFlow } from '../../src/flows/next.js';
import { isInterrupt } from '../../src/ui/prompts.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { copyWorkspace, replaceIn } from '../helpers.js';
import {
  answer,
  collector,
  ctrlC,
  LEON_AGREEMENT,
  leonBase,
  paste,
  pick,
  prompt,
  rejected,
  retype,
  runNext,
  screen,
  TODAY,
} from './driver.js';

let root: string;
const caseFile = () => join(root, 'cases', 'leon-es', 'case.yaml');
const caseYaml = () => parse(readFileSync(caseFile(), 'utf8'));
const errors = async () => (await runCheck({ roots: [root], asOf: TODAY })).errors;

const base = () => leonBase(root);
/** `linkage next leon-es [--step …]` with the test answering; returns what it said. */
const next = (script: () => Promise<void>, step?: string) => runNext(root, script, step ? { step } : {});
const AGREEMENT = LEON_AGREEMENT;

beforeEach(() => {
  root = copyWorkspace('minimal');
});

/** `linkage log leon-es`: a contact's date and channel given, then Ctrl+C at «Con quién». */
async function contactInterrupted(): Promise<void> {
  screen.clear();
  const run = logFlow({ ...base(), out: collector() });
  await answer('Fecha del contacto', '2026-11-25');
  await pick('Medio', 1);
  await prompt('Con quién');
  ctrlC();
  expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);
}

describe('linkage log, interrupted', () => {
  it('a contact interrupted after two answers is taken up again where it stopped, and counted', async () => {
    const before = (caseYaml().contactLog ?? []).length;
    await contactInterrupted();
    expect((caseYaml().contactLog ?? []).length).toBe(before);

    screen.clear();
    const out = collector();
    const second = logFlow({ ...base(), out });
    // No date asked again: the questions go on from the one the interruption left.
    await answer('Con quién', 'Oficina de Relaciones Internacionales de León');
    await answer('Qué se trató [español]', 'Calendario de la visita.');
    await answer('Qué se trató [inglés]', 'Schedule of the visit.');
    await answer('Fecha para dar seguimiento');
    await answer('¿Anotar otro contacto?', 'n');
    const result = await second;
    expect(out.text()).toContain('Se retoman 2 respuestas');
    expect(result.added).toBe(1);
    const log = caseYaml().contactLog as { date: string; channel: string; who: string }[];
    expect(log).toHaveLength(before + 1);
    expect(log.at(-1)).toMatchObject({ date: '2026-11-25', who: 'Oficina de Relaciones Internacionales de León' });
    expect(existsSync(join(root, '.linkage-cache', 'drafts', 'cases__leon-es__case.yaml.json'))).toBe(false);
    expect(await errors()).toBe(0);
  });

  it('answers saved for a file that changed since are not resumed, and are said with their values', async () => {
    await contactInterrupted();
    writeFileSync(caseFile(), `${readFileSync(caseFile(), 'utf8')}# a colleague's note\n`);
    screen.clear();
    const out = collector();
    const second = logFlow({ ...base(), out });
    await prompt('Fecha del contacto');
    expect(out.text()).toContain('cases/leon-es/case.yaml cambió desde que se guardaron 2 respuestas');
    expect(out.text()).toMatch(/contactLog\[\d+\]\.date: "2026-11-25"/);
    ctrlC();
    expect(isInterrupt(await second.catch((e: unknown) => e))).toBe(true);
  });
});

describe('linkage log, a pasted summary', () => {
  it('keeps every line of a pasted paragraph, offers it whole in English, and writes it as a block', async () => {
    screen.clear();
    const run = logFlow({ ...base(), out: collector() });
    await answer('Fecha del contacto', '2026-11-25');
    await pick('Medio', 1);
    await answer('Con quién', 'Ana');
    await prompt('Qué se trató [español]');
    paste('Acordamos el calendario.\nLa visita será en marzo.\nFalta el presupuesto.\n', false);
    await prompt('Qué se trató [español] Acordamos el calendario.↵La visita será en marzo.↵Falta el presupuesto.↵');
    screen.keypress('enter');
    await prompt(
      'Qué se trató [inglés] (Enter: igual que en español) (Acordamos el calendario.↵La visita será en marzo.↵Falta el presupuesto.)',
    );
    paste('We agreed the schedule.\nThe visit is in March.');
    screen.keypress('enter');
    await answer('Fecha para dar seguimiento');
    await answer('¿Anotar otro contacto?', 'n');
    await run;
    const text = readFileSync(caseFile(), 'utf8');
    expect(text).toContain(
      '      es: |-\n        Acordamos el calendario.\n        La visita será en marzo.\n        Falta el presupuesto.\n',
    );
    expect(caseYaml().contactLog.at(-1).summary).toEqual({
      es: 'Acordamos el calendario.\nLa visita será en marzo.\nFalta el presupuesto.',
      en: 'We agreed the schedule.\nThe visit is in March.',
    });
    expect(await errors()).toBe(0);
  });
});

describe('linkage log --representation', () => {
  it('adds the Mexican embassy and the counterpart consulate in an "add another" loop, names by default', async () => {
    screen.clear();
    const out = collector();
    const run = logFlow({ ...base(), out, representation: true });
    await pick('¿De quién es la representación?', 0); // Mexico's
    await pick('Tipo de representación', 0); // embassy
    await answer('Nombre de la representación [español]'); // «Embajada de México en España»
    await answer('Nombre de la representación [inglés]'); // «Embassy of Mexico in Spain»
    await answer('Ciudad donde está [español]', 'Madrid');
    await answer('Ciudad donde está [inglés]');
    await answer('Correo electrónico de la oficina', 'embamex.es');
    await rejected('Correo electrónico no válido.');
    retype('embaespana@sre.gob.mx');
    await answer('Teléfono de la oficina', '+34 913 692 814');
    await answer('Persona de contacto en la representación', 'Laura Méndez');
    await answer('Correo electrónico (dato personal', 'lmendez@sre.gob.mx');
    await answer('¿Anotar otra representación?', 's');
    await pick('¿De quién es la representación?', 1); // the counterpart's
    await pick('Tipo de representación', 1); // consulate
    await answer('Nombre de la representación [español]');
    await answer('Nombre de la representación [inglés]');
    await answer('Ciudad donde está [español]', 'Ciudad de México');
    await answer('Ciudad donde está [inglés]', 'Mexico City');
    await answer('Correo electrónico de la oficina');
    await answer('Teléfono de la oficina');
    await answer('Persona de contacto en la representación');
    await answer('¿Anotar otra representación?', 'n');
    const result = await run;
    expect(result.added).toBe(2);
    expect(out.text()).toContain('Representaciones diplomáticas');
    const expected = [
      {
        side: 'mexico',
        type: 'embassy',
        name: { es: 'Embajada de México en España', en: 'Embassy of Mexico in Spain' },
        city: { es: 'Madrid', en: 'Madrid' },
        office: { email: 'embaespana@sre.gob.mx', phone: '+34 913 692 814' },
        contact: { name: 'Laura Méndez', email: 'lmendez@sre.gob.mx' },
      },
      {
        side: 'counterpart',
        type: 'consulate',
        name: { es: 'Consulado de España en México', en: 'Consulate of Spain in Mexico' },
        city: { es: 'Ciudad de México', en: 'Mexico City' },
      },
    ];
    expect(caseYaml().representations).toEqual(expected);
    expect(result.answers).toEqual({ representations: expected });
    expect(await errors()).toBe(0);
  });
});

describe('linkage log --representation, without a terminal', () => {
  it('adds the representations of an answers file, validated like check', async () => {
    const value = {
      representations: [{ side: 'mexico', type: 'consulate', name: { es: 'Consulado de México en Barcelona' } }],
    };
    const source: AnswersSource = { value, file: 'rep.yaml', text: '' };
    const result = await logFlow({ ...base(), prompter: undefined, batch: true, out: collector(), answers: source });
    result.session.flush();
    expect(result.added).toBe(1);
    expect(caseYaml().representations).toEqual(value.representations);
    expect(await errors()).toBe(0);
  });
});

describe('linkage next --step end', () => {
  /** `--step end`: terminated, on the counterpart's notice, then Ctrl+C at the notice's date. */
  async function terminationInterruptedAtNoticeDate(): Promise<void> {
    screen.clear();
    const run = nextFlow({ ...base(), out: collector(), step: 'end' });
    await pick('¿Cómo terminó el caso?', 2); // terminated
    await pick('¿Quién dio el aviso de terminación?', 1); // the counterpart
    await prompt('Fecha del aviso');
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);
  }

  it('a date it cannot read is refused with what is wrong, and today as the example', async () => {
    const r = await runNext(
      root,
      async () => {
        await pick('¿Cómo terminó el caso?', 0); // declined
        await answer('Fecha (AAAA-MM-DD)', 'ayer');
        await rejected('Fecha no válida. Escriba la fecha como AAAA-MM-DD; hoy, por ejemplo, es 2026-03-02.');
        retype('2026-13-01');
        await rejected('2026-13-01 no existe, el año no tiene mes 13');
        retype('2026-03-01');
        await answer('Motivo [español]', 'León prioriza otros vínculos.');
        await answer('Motivo [inglés]', 'León gives priority to other linkages.');
      },
      { step: 'end', today: '2026-03-02' },
    );
    expect(r.said).not.toContain('2026-11-28');
    expect(JSON.stringify(caseYaml().end)).toContain('2026-03-01');
  });

  it('records a declined case; `next` then says it is closed', async () => {
    const r = await next(async () => {
      await pick('¿Cómo terminó el caso?', 0); // declined
      await answer('Fecha (AAAA-MM-DD)', '2030-01-01');
      await rejected('es posterior a hoy (2026-11-28)');
      retype('2026-11-20');
      await answer('Motivo [español]', 'León prioriza otros vínculos.');
      await answer('Motivo [inglés]', 'León gives priority to other linkages.');
    }, 'end');
    expect(r.said).toContain('■ Fin del vínculo');
    expect(r.said).toContain('Se registró el fin del caso.');
    expect(caseYaml().end).toEqual({
      state: 'declined',
      date: '2026-11-20',
      reason: { es: 'León prioriza otros vínculos.', en: 'León gives priority to other linkages.' },
    });
    expect(r.result.answers).toEqual({ end: caseYaml().end });
    expect(await errors()).toBe(0);
    const again = await next(async () => {});
    expect(again.result.idle).toBe(true);
    expect(again.said).toMatch(/leon-es/);
  });

  it('asks the notice only for a termination; Ctrl+C keeps the answers and a new run finishes them', async () => {
    await terminationInterruptedAtNoticeDate();
    // An end without its date cannot stand in the file: the answers wait in the draft.
    expect(caseYaml().end).toBeUndefined();
    expect(existsSync(join(root, '.linkage-cache', 'drafts', 'cases__leon-es__case.yaml.json'))).toBe(true);
    expect(await errors()).toBe(0);

    // The next run resumes at the first unanswered question: the notice's date.
    const r = await next(async () => {
      await answer('Fecha del aviso', '2026-11-27');
      await answer('Número de oficio', 'ALC/55/2026');
      // A termination takes effect when the notice period runs out: the date may be ahead.
      await answer('Fecha en que surte efecto la terminación', '2027-02-28');
      await answer('Motivo [español]', 'Cambio de prioridades.');
      await answer('Motivo [inglés]', 'Change of priorities.');
    }, 'end');
    expect(r.said).toContain('Se retoman 2 respuestas');
    expect(caseYaml().end).toEqual({
      state: 'terminated',
      date: '2027-02-28',
      reason: { es: 'Cambio de prioridades.', en: 'Change of priorities.' },
      notice: { by: 'counterpart', date: '2026-11-27', oficio: 'ALC/55/2026' },
    });
    expect(await errors()).toBe(0);

    // Revisited as withdrawn: the notice, which only a termination has, goes.
    await next(async () => {
      await prompt('¿Cómo terminó el caso?');
      screen.keypress('up'); // withdrawn, just above «terminated», the default
      screen.keypress('enter');
      await answer('Fecha (AAAA-MM-DD)', '2026-11-27');
      await answer('Motivo [español]');
      await answer('Motivo [inglés]');
    }, 'end');
    expect(caseYaml().end).toEqual({
      state: 'withdrawn',
      date: '2026-11-27',
      reason: { es: 'Cambio de prioridades.', en: 'Change of priorities.' },
    });
    expect(await errors()).toBe(0);
  });

  it('an end interrupted is taken up by `next` alone, not left for `--step end`', async () => {
    await terminationInterruptedAtNoticeDate();

    // Not the letter, the case's next step: the end, at the notice's date.
    const r = await next(async () => {
      await answer('Fecha del aviso', '2026-11-27');
      await answer('Número de oficio');
      await answer('Fecha en que surte efecto la terminación', '2027-02-28');
      await answer('Motivo [español]', 'Cambio de prioridades.');
      await answer('Motivo [inglés]', 'Change of priorities.');
    });
    expect(r.said).toContain('■ Fin del vínculo');
    expect(r.said).toContain('Se registró el fin del caso.');
    expect(caseYaml().end).toMatchObject({ state: 'terminated', notice: { by: 'counterpart', date: '2026-11-27' } });
    // Ended normally, the run leaves no step to resume: `next` goes on with the case.
    const again = await next(async () => {
      await answer('¿Ya se envió la Carta de Intención a León?', 'n');
    });
    expect(again.said).not.toContain('■ Fin del vínculo');
  });

  it('offers as the termination date the day the notice period of the agreement runs out', async () => {
    writeFileSync(
      join(root, 'cases', 'leon-es', 'agreement.yaml'),
      `${AGREEMENT}term:\n  type: indefinite\n  noticeDays: 90\n`,
    );
    await next(async () => {
      await pick('¿Cómo terminó el caso?', 2); // terminated
      await pick('¿Quién dio el aviso de terminación?', 1); // the counterpart
      await answer('Fecha del aviso', '2026-11-27');
      await answer('Número de oficio');
      expect(await prompt('Fecha en que surte efecto la terminación')).toContain('(2027-02-25)');
      screen.keypress('enter');
      await answer('Motivo [español]');
    }, 'end');
    expect(caseYaml().end).toEqual({
      state: 'terminated',
      date: '2027-02-25',
      notice: { by: 'counterpart', date: '2026-11-27' },
    });
  });

  it('without a terminal, takes the end from --answers (and says what is missing otherwise)', async () => {
    const chunks: string[] = [];
    const stream = { write: (s: string) => chunks.push(s), isTTY: false } as unknown as NodeJS.WriteStream;
    const ctx: ActionContext = {
      cwd: root,
      workspaces: [],
      color: false,
      lang: 'es',
      env: { LINKAGE_TODAY: TODAY },
      stdout: stream,
      stderr: stream,
      isTTY: false,
    };
    const before = readFileSync(caseFile(), 'utf8');
    await expect(nextAction(ctx, 'leon-es', { step: 'end' })).rejects.toMatchObject({
      id: 'answers.missing',
      exitCode: 2,
    });
    expect(readFileSync(caseFile(), 'utf8')).toBe(before);

    const file = join(root, 'end.yaml');
    writeFileSync(file, 'end:\n  state: expired\n  date: 2026-11-01\n  reason:\n    es: Venció la vigencia.\n');
    expect(await nextAction(ctx, 'leon-es', { step: 'end', answers: file })).toBe(0);
    expect(caseYaml().end).toEqual({ state: 'expired', date: '2026-11-01', reason: { es: 'Venció la vigencia.' } });
    expect(chunks.join('')).toContain('Guardado: cases/leon-es/case.yaml');
    // The file keeps its comment and its keys in order.
    expect(readFileSync(caseFile(), 'utf8').startsWith(before)).toBe(true);
    expect(await errors()).toBe(0);

    // Without --step, an answers file that closes the case is saved too (nothing is left to ask).
    root = copyWorkspace('minimal');
    writeFileSync(file, 'end:\n  state: withdrawn\n  date: 2026-11-20\n');
    chunks.length = 0;
    expect(await nextAction({ ...ctx, cwd: root }, 'leon-es', { answers: file })).toBe(0);
    expect(caseYaml().end).toEqual({ state: 'withdrawn', date: '2026-11-20' });
    expect(chunks.join('')).toContain('Guardado: cases/leon-es/case.yaml');
    expect(await errors()).toBe(0);
  });

  it('needs a case', async () => {
    await expect(nextFlow({ ...base(), slug: undefined, out: collector(), step: 'end' })).rejects.toMatchObject({
      id: 'prompts.event-needs-case',
    });
  });
});

describe('linkage next --step amendment', () => {
  it('is refused before the agreement is signed', async () => {
    writeFileSync(join(root, 'cases', 'leon-es', 'agreement.yaml'), AGREEMENT);
    const before = readFileSync(caseFile(), 'utf8');
    const r = await next(async () => {}, 'amendment');
    expect(r.said).toContain('El acuerdo aún no está firmado');
    expect(readFileSync(caseFile(), 'utf8')).toBe(before);
  });

  it('records an amendment: its text version, its own SRE rounds, its signature and its registration; Ctrl+C resumes it at the first unanswered fact', async () => {
    root = copyWorkspace('rules/base');
    const dir = join(root, 'cases', 'lyon-fr');
    const yamlOf = (name: string) => parse(readFileSync(join(dir, name), 'utf8'));
    const signed = yamlOf('agreement.yaml').versions[0].hash as string;
    const amend = (from: string, to: string) => replaceIn(join(dir, 'agreement.yaml'), from, to);
    amend('por negociación directa.', 'por negociación directa o mediación.');
    const run = async (script: () => Promise<void>) => {
      screen.clear();
      const out = collector();
      const flow = nextFlow({ ...base(), ws: loadWorkspace(root), slug: 'lyon-fr', out, step: 'amendment' });
      await script();
      await flow;
      return out.text();
    };
    let said = await run(async () => {
      await answer('Clave de la modificación'); // modificacion-1
      await answer('Fecha de la propuesta de modificación', '2026-11-15');
      await answer('Qué cambia [español]', 'Se agrega la mediación.');
      await answer('Qué cambia [inglés]', 'Mediation is added.');
      await answer('¿Ya se envió la modificación «modificacion-1» a la SRE para su dictamen?', 'n');
    });
    let versions = yamlOf('agreement.yaml').versions;
    expect(versions).toHaveLength(2);
    const hash = versions[1].hash as string;
    expect(hash).not.toBe(signed);
    expect(versions[1].date).toBe('2026-11-15');
    expect(yamlOf('case.yaml').amendments).toEqual([
      {
        id: 'modificacion-1',
        date: '2026-11-15',
        summary: { es: 'Se agrega la mediación.', en: 'Mediation is added.' },
        hash,
      },
    ]);
    expect(said).toContain(`La modificación «modificacion-1» queda ligada a la versión del texto ${hash.slice(0, 12)}`);
    expect(said).toContain('Envíe el texto modificado a la SRE (DGCP)');
    // The version and the amendment that names it are saved together: no warning in between.
    expect(said).not.toContain('⚠');
    expect(said).not.toContain('Se registró la modificación.');
    expect(await errors()).toBe(0);

    // Unsigned, the same amendment is taken up again: it goes to the SRE, comes back favourable, is signed.
    said = await run(async () => {
      await answer('¿Ya se envió la modificación «modificacion-1» a la SRE para su dictamen?', 's');
      await answer('Fecha de envío a la SRE', '2026-11-18');
      await answer('Número de oficio', 'PM/DAI/0800/2026');
      await pick('Versión del texto enviada', 0); // the amendment's own version, offered first
      await pick('¿Por qué vía?', 0);
      await answer('Fecha para dar seguimiento'); // 60 days after submission
      await answer('Fecha del acuse de recibo');
      await answer('¿Ya llegó el dictamen de la SRE?', 's');
      await answer('Fecha del dictamen', '2026-11-25');
      await answer('Número de oficio');
      await pick('Sentido del dictamen', 0); // favourable
      await answer('Fecha en que las Partes firmaron la modificación', '2026-11-27');
      await answer('¿Ya se envió a la SRE la copia de la modificación «modificacion-1» firmada para su registro?', 'n');
    });
    expect(said).toContain('Envío número 1 a la SRE.');
    // Signed, its copy is owed to the SRE's registry: the letter to send it with is offered.
    expect(said).toContain('`linkage generate registration lyon-fr`');
    expect(said).not.toContain('Se registró la modificación.');
    const first = yamlOf('case.yaml').amendments;
    expect(first).toHaveLength(1);
    expect(first[0].rounds).toEqual([
      {
        submitted: '2026-11-18',
        oficio: 'PM/DAI/0800/2026',
        hash,
        route: 'direct',
        followUpOn: '2027-01-17',
        dictamen: { date: '2026-11-25', outcome: 'favourable' },
      },
    ]);
    expect(first[0].signed).toBe('2026-11-27');
    expect(first[0].registration).toBeUndefined();
    expect(await errors()).toBe(0);

    // Its registration is taken up: the copy sent, then the SRE's acuse, on the next run.
    said = await run(async () => {
      await answer('¿Ya se envió a la SRE la copia de la modificación «modificacion-1» firmada para su registro?', 's');
      await answer('Fecha de envío de la copia'); // today
      await answer('Número de oficio', 'PM/DAI/0850/2026');
      await answer('Fecha para dar seguimiento'); // the registration step's interval
      await answer('¿Ya llegó el acuse de la SRE?', 'n');
    });
    expect(said).toContain(`Se espera a: SRE, desde el ${TODAY}.`);
    expect(yamlOf('case.yaml').amendments[0].registration).toEqual({
      date: TODAY,
      oficio: 'PM/DAI/0850/2026',
      followUpOn: '2026-12-28',
    });
    said = await run(async () => {
      await answer('¿Ya llegó el acuse de la SRE?', 's');
      await answer('Fecha del acuse de recibo'); // today
      await answer('Número de registro', 'RAI-0007/2026');
    });
    expect(said).toContain('Se registró la modificación.');
    expect(yamlOf('case.yaml').amendments[0].registration).toMatchObject({
      acuse: TODAY,
      registryNumber: 'RAI-0007/2026',
    });
    expect(await errors()).toBe(0);

    // A second amendment: a taken id is asked again; its SRE round comes back with an observation.
    amend('o mediación.', 'o mediación de un tercero.');
    said = await run(async () => {
      await answer('Clave de la modificación', 'modificacion-1');
      await rejected('«modificacion-1» ya se usa');
      retype('modificacion-2');
      await answer('Fecha de la propuesta de modificación', '2026-11-20');
      await answer('Qué cambia [español]', 'Precisa la mediación.');
      await answer('Qué cambia [inglés]');
      await answer('¿Ya se envió la modificación «modificacion-2» a la SRE para su dictamen?', 's');
      await answer('Fecha de envío a la SRE', '2026-11-21');
      await answer('Número de oficio', 'PM/DAI/0801/2026');
      await pick('Versión del texto enviada', 0);
      await pick('¿Por qué vía?', 1);
      await answer('Fecha para dar seguimiento');
      await answer('Fecha del acuse de recibo');
      await answer('¿Ya llegó el dictamen de la SRE?', 's');
      await answer('Fecha del dictamen', '2026-11-24');
      await answer('Número de oficio');
      await pick('Sentido del dictamen', 1); // with observations
      await answer('Artículo al que se refiere', 'controversias');
      await answer('Observación 1 [español]', 'Precise quién designa al tercero.');
      await answer('Observación 1 [inglés]', 'State who appoints the third party.');
      await answer('¿La SRE hizo otra observación?', 'n');
    });
    expect(said).toContain('`linkage next lyon-fr --step amendment` registrará la nueva ronda');
    expect(said).not.toContain('⚠');
    let amendments = yamlOf('case.yaml').amendments;
    expect(amendments).toHaveLength(2);
    expect(amendments[1]).toMatchObject({ id: 'modificacion-2', date: '2026-11-20' });
    expect(amendments[1].rounds[0].dictamen.observations).toEqual([
      {
        id: 'obs-1',
        article: 'controversias',
        text: { es: 'Precise quién designa al tercero.', en: 'State who appoints the third party.' },
      },
    ]);
    expect(amendments[1].signed).toBeUndefined();
    versions = yamlOf('agreement.yaml').versions;
    expect(versions.map((v: { hash: string }) => v.hash)).toEqual([signed, hash, amendments[1].hash]);
    expect(await errors()).toBe(0);

    // The observation answered, the revised text resent; Ctrl+C at the dictamen's outcome.
    screen.clear();
    const flow = nextFlow({ ...base(), ws: loadWorkspace(root), slug: 'lyon-fr', out: collector(), step: 'amendment' });
    await pick('¿Cómo se atendió?', 0); // accepted
    await answer('Respuesta a la observación'); // its text left for later: the rest is kept
    await answer('Fecha de la respuesta', '2026-11-25');
    await answer('¿Ya se envió el texto revisado a la SRE?', 's');
    await answer('Fecha de envío a la SRE', '2026-11-26');
    await answer('Número de oficio', 'PM/DAI/0802/2026');
    await pick('Versión del texto enviada', 0);
    await pick('¿Por qué vía?', 1);
    await answer('Fecha para dar seguimiento');
    await answer('Fecha del acuse de recibo');
    await answer('¿Ya llegó el dictamen de la SRE?', 's');
    await answer('Fecha del dictamen', '2026-11-27');
    await answer('Número de oficio', 'CJ/DGCP/0900/2026');
    await prompt('Sentido del dictamen');
    ctrlC();
    expect(isInterrupt(await flow.catch((e: unknown) => e))).toBe(true);
    // Every earlier answer is on disk (the unfinished dictamen waits in the draft).
    amendments = yamlOf('case.yaml').amendments;
    expect(amendments).toHaveLength(2);
    expect(amendments[1].rounds[0].dictamen.observations[0].answer).toEqual({
      resolution: 'accepted',
      date: '2026-11-25',
    });
    expect(amendments[1].rounds[1]).toMatchObject({ submitted: '2026-11-26', oficio: 'PM/DAI/0802/2026' });

    // The next run resumes at the first unanswered fact: the outcome; then the signature.
    said = await run(async () => {
      await pick('Sentido del dictamen', 0);
      await answer('Fecha en que las Partes firmaron la modificación', '2026-11-28');
      await answer('¿Ya se envió a la SRE la copia de la modificación «modificacion-2» firmada para su registro?', 's');
      await answer('Fecha de envío de la copia');
      await answer('Número de oficio', 'PM/DAI/0851/2026');
      await answer('Fecha para dar seguimiento');
      await answer('¿Ya llegó el acuse de la SRE?', 's');
      await answer('Fecha del acuse de recibo');
      await answer('Número de registro');
    });
    expect(said).toContain('Se registró la modificación.');
    amendments = yamlOf('case.yaml').amendments;
    expect(amendments.map((a: { id: string }) => a.id)).toEqual(['modificacion-1', 'modificacion-2']);
    expect(amendments[1].rounds[1].dictamen).toEqual({
      date: '2026-11-27',
      oficio: 'CJ/DGCP/0900/2026',
      outcome: 'favourable',
    });
    expect(amendments[1].signed).toBe('2026-11-28');
    expect(await errors()).toBe(0);

    // Signed and its registration acknowledged, the next `--step amendment` starts a third one.
    screen.clear();
    const third = nextFlow({
      ...base(),
      ws: loadWorkspace(root),
      slug: 'lyon-fr',
      out: collector(),
      step: 'amendment',
    });
    await answer('Clave de la modificación', 'modificacion-3');
    await prompt('Fecha de la propuesta de modificación');
    ctrlC();
    expect(isInterrupt(await third.catch((e: unknown) => e))).toBe(true);
    expect(yamlOf('case.yaml').amendments).toHaveLength(2);

    // `next` alone takes it up where it stopped, as `--step amendment` would.
    screen.clear();
    const resumed = nextFlow({ ...base(), ws: loadWorkspace(root), slug: 'lyon-fr', out: collector() });
    await answer('Fecha de la propuesta de modificación', '2026-11-28');
    await answer('Qué cambia [español]', 'Se agrega el arbitraje.');
    await answer('Qué cambia [inglés]', 'Arbitration is added.');
    await answer('¿Ya se envió la modificación «modificacion-3» a la SRE para su dictamen?', 'n');
    await resumed;
    expect(yamlOf('case.yaml').amendments.map((a: { id: string }) => a.id)).toEqual([
      'modificacion-1',
      'modificacion-2',
      'modificacion-3',
    ]);
  });
});

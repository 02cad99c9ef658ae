import '@inquirer/testing/vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initAction } from '../../src/actions/init.js';
import { newAction } from '../../src/actions/new.js';
import { nextAction } from '../../src/actions/next.js';
import { answer, clearLine, ctrlC, pick, prompt, rejected, screen } from '../flows/driver.js';
import {
  amendedAurora,
  BIN,
  copyWorkspace,
  FIXTURES,
  flat,
  pdfText,
  replaceIn,
  runCli,
  STACK,
  tempDir,
} from '../helpers.js';
import { ENV, equivalent, files, terminal } from './terminal.js';

const demoCase = (root: string, slug: string) => readFileSync(join(root, 'cases', slug, 'case.yaml'), 'utf8');

describe('next without a terminal', () => {
  it('lists what is missing and exits 2, writing nothing', () => {
    const root = copyWorkspace('demo');
    const before = demoCase(root, 'krakow-pl');
    const r = runCli(['next', 'krakow-pl'], { cwd: root, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Faltan respuestas: Fecha de envío [steps.letter.date]');
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).toBe('');
    expect(demoCase(root, 'krakow-pl')).toBe(before);
  });

  it('at the draft step, names the agreement’s term where an answers file gives it, and writes nothing', () => {
    const root = copyWorkspace('minimal');
    const file = join(root, 'cases', 'leon-es', 'case.yaml');
    replaceIn(file, '    date: 2026-10-01\n', '    date: 2026-10-01\n  draft:\n    date: 2026-10-25\n');
    const before = readFileSync(file, 'utf8');
    const r = runCli(['next', 'leon-es', '--step', 'draft'], { cwd: root, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Vigencia del acuerdo [agreement.term.type]');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(join(root, 'cases', 'leon-es', 'agreement.yaml'))).toBe(false);
  });

  it('with several cases and no case named, lists them (exit 2); a closed case says so (exit 0)', () => {
    const root = copyWorkspace('demo');
    const r = runCli(['next'], { cwd: root, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'Casos: almeria-es, aurora-us, giessen-de, hofu-jp, krakow-pl, leamington-ca, mildura-au.',
    );
    const closed = runCli(['next', 'almeria-es'], { cwd: root, env: ENV });
    expect(closed.code).toBe(0);
    expect(closed.stdout).toContain('El caso almeria-es está cerrado (Declinado, 2025-07-03)');
    // Standing in a case folder names the case.
    const here = runCli(['next'], { cwd: join(root, 'cases', 'almeria-es', 'evidence'), env: ENV });
    expect(here.stdout).toContain('El caso almeria-es está cerrado');
  });

  it('applies an answers file shaped like case.yaml, keeping comments; a bad date is refused with its line', () => {
    const root = copyWorkspace('demo');
    const bad = join(root, 'bad.yaml');
    writeFileSync(bad, 'steps:\n  letter:\n    date: 2026-11-31\n');
    const refused = runCli(['next', 'krakow-pl', '--answers', bad], { cwd: root, env: ENV });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/bad\.yaml:3:5 \(steps\.letter\.date\): Fecha no válida/);
    const answers = join(root, 'a.yaml');
    writeFileSync(answers, 'steps:\n  letter:\n    date: 2026-11-25\n    channel: email\n');
    const r = runCli(['next', 'krakow-pl', '--answers', answers], { cwd: root, env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Guardado: cases/krakow-pl/case.yaml');
    const text = demoCase(root, 'krakow-pl');
    expect(text).toContain('  letter:\n    date: 2026-11-25\n    channel: email\n');
    expect(text).toContain('# La Carta de Intención está en preparación');
    expect(runCli(['check'], { cwd: root, env: ENV }).code).toBe(0);
  });

  it('refuses a list that would drop recorded facts (a round given without its submission); the whole list is taken', () => {
    const root = copyWorkspace('demo');
    const before = demoCase(root, 'leamington-ca');
    const dictamen =
      '        dictamen:\n          date: 2026-11-10\n          oficio: ASJ/DGCP/1200/2026\n          outcome: favourable\n';
    const partial = join(root, 'dictamen.yaml');
    writeFileSync(partial, `steps:\n  sre-opinion:\n    rounds:\n      - ${dictamen.trimStart()}`);
    const refused = runCli(['next', 'leamington-ca', '--answers', partial], { cwd: root, env: ENV });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'dictamen.yaml:3:5 (steps.sre-opinion.rounds): Esta lista reemplazaría la de steps.sre-opinion.rounds, y se perdería lo registrado: 16 datos (steps.sre-opinion.rounds[0].submitted, steps.sre-opinion.rounds[0].oficio, steps.sre-opinion.rounds[0].hash, …).',
    );
    expect(refused.stderr).not.toMatch(STACK);
    expect(demoCase(root, 'leamington-ca')).toBe(before);

    // The round as recorded, with its dictamen: taken, the submission kept.
    const round = /( {6}- submitted: 2026-06-08\n(?: {8}.*\n)+)/.exec(before)?.[1];
    expect(round).toBeDefined();
    const whole = join(root, 'round.yaml');
    writeFileSync(whole, `steps:\n  sre-opinion:\n    rounds:\n${round}${dictamen}`);
    const taken = runCli(['next', 'leamington-ca', '--answers', whole], { cwd: root, env: ENV });
    expect(taken.stderr).toBe('');
    expect(taken.code).toBe(0);
    const rounds = parse(demoCase(root, 'leamington-ca')).steps['sre-opinion'].rounds;
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ submitted: '2026-06-08', oficio: 'PM/DAI/0412/2026', acuse: '2026-06-11' });
    expect(rounds[0].dictamen).toEqual({ date: '2026-11-10', oficio: 'ASJ/DGCP/1200/2026', outcome: 'favourable' });
  });

  it('revisiting a done step asks nothing again: what is recorded is not missing, and the file is left as it is', () => {
    const root = copyWorkspace('demo');
    const before = demoCase(root, 'aurora-us');
    for (const step of ['signature', 'council']) {
      const r = runCli(['next', 'aurora-us', '--step', step], { cwd: root, env: ENV });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('completo.');
      expect(r.stdout).not.toContain('Aún falta');
      expect(r.stdout).not.toContain('Guardado');
    }
    expect(demoCase(root, 'aurora-us')).toBe(before);
  });

  it('--step amendment: an answers file that signs the last, cleared, amendment closes it, not opens another', () => {
    const { root, hash } = amendedAurora();
    const amendment = (signed: string) =>
      `amendments:\n  - id: modificacion-1\n    date: 2026-11-10\n${signed}    summary: { es: Se precisa el objeto., en: The purpose is made precise. }\n    hash: ${hash}\n    rounds:\n      - submitted: 2026-11-12\n        oficio: PM/DAI/0800/2026\n        hash: ${hash}\n        dictamen: { date: 2026-11-20, outcome: favourable }\n`;
    const cleared = join(root, 'cleared.yaml');
    writeFileSync(cleared, amendment(''));
    const first = runCli(['next', 'aurora-us', '--step', 'amendment', '--answers', cleared], { cwd: root, env: ENV });
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('falta firmarla');
    // Whose move is an actor, as in every step's header, not the name of Phase 2.
    expect(first.stdout).toContain('Le toca: Municipio (el área de enlace).');
    expect(first.stdout).not.toContain('Le toca: Vinculación');
    const signed = join(root, 'signed.yaml');
    writeFileSync(signed, amendment('    signed: 2026-11-25\n'));
    const r = runCli(['next', 'aurora-us', '--step', 'amendment', '--answers', signed], { cwd: root, env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Signed, what it still lacks is its copy sent for registration, not a new amendment's facts.
    expect(r.stdout).toContain('Aún falta: Fecha de envío de la copia [amendments[0].registration.date].');
    expect(r.stdout).not.toContain('amendments[1]');
    const amendments = parse(demoCase(root, 'aurora-us')).amendments;
    expect(amendments).toHaveLength(1);
    expect(amendments[0].signed).toBe('2026-11-25');
    expect(runCli(['check'], { cwd: root, env: ENV }).code).toBe(0);
  });

  it('--step amendment offers the oficio the amendment is waiting for: its opinion request, then its registration', () => {
    const { root, hash } = amendedAurora();
    const amendment = (more: string) =>
      `amendments:\n  - id: modificacion-1\n    date: 2026-11-10\n    summary: { es: Se precisa el objeto., en: The purpose is made precise. }\n    hash: ${hash}\n${more}`;
    const answers = join(root, 'answers.yaml');
    writeFileSync(answers, amendment(''));
    const proposed = runCli(['next', 'aurora-us', '--step', 'amendment', '--answers', answers], {
      cwd: root,
      env: ENV,
    });
    expect(proposed.stderr).toBe('');
    expect(proposed.stdout).toContain(
      'Documento: la solicitud de dictamen a la SRE → `linkage generate opinion-request aurora-us`',
    );
    writeFileSync(
      answers,
      amendment(
        `    rounds:\n      - submitted: 2026-11-12\n        hash: ${hash}\n        dictamen: { date: 2026-11-20, outcome: favourable }\n    signed: 2026-11-25\n`,
      ),
    );
    const signed = runCli(['next', 'aurora-us', '--step', 'amendment', '--answers', answers], { cwd: root, env: ENV });
    expect(signed.stderr).toBe('');
    expect(signed.stdout).toContain(
      'Documento: el oficio de registro ante la SRE → `linkage generate registration aurora-us`',
    );
    // The commands offered make the amendment's oficios.
    expect(runCli(['generate', 'registration', 'aurora-us'], { cwd: root, env: ENV }).stdout).toContain(
      'registration-aurora-us-modificacion-1-es.pdf',
    );
  });

  it("a signed amendment's registration is followed as the agreement's: status, check, calendar, handover, and --step amendment records it", () => {
    const { root, hash } = amendedAurora();
    // Signed on 2026-10-25; the demo follows a registration up 60 days on (settings.followUpDays).
    const amendment = (registration: string) =>
      `amendments:\n  - id: modificacion-1\n    date: 2026-10-10\n    summary: { es: Se precisa el objeto., en: The purpose is made precise. }\n    hash: ${hash}\n    rounds:\n      - submitted: 2026-10-12\n        oficio: PM/DAI/0700/2026\n        hash: ${hash}\n        dictamen: { date: 2026-10-20, outcome: favourable }\n    signed: 2026-10-25\n${registration}`;
    const answers = join(root, 'answers.yaml');
    const record = (registration: string) => {
      writeFileSync(answers, amendment(registration));
      const r = runCli(['next', 'aurora-us', '--step', 'amendment', '--answers', answers], { cwd: root, env: ENV });
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    const row = (asOf: string) =>
      runCli(['status', 'aurora-us', '--as-of', asOf], { cwd: root })
        .stdout.split('\n')
        .find((l) => l.startsWith('aurora-us'));

    // Signed: the copy is the municipality's move, not yet late; nothing else is pending.
    const signed = record('');
    expect(signed).toContain('Aún falta: Fecha de envío de la copia [amendments[0].registration.date]');
    expect(signed).toContain(
      'Queda pendiente: Registro de la modificación modificacion-1 ante la SRE; le toca a Municipio desde el 2026-10-25.',
    );
    expect(signed).not.toContain('al día');
    expect(row('2026-11-28')).toMatch(
      /^aurora-us\s+4 Instrumentación\s+\S+ 12\/12\s+Registro de la modificación modificacion-1 ante la SRE\s+Municipio\s+2026-10-25$/,
    );
    // The calendar and the handover list it ahead.
    const calendar = runCli(['calendar', '--out', '-'], { cwd: root, env: ENV }).stdout.replace(/\r\n /g, '');
    expect(calendar).toContain('UID:aurora-us:amendment-registration.modificacion-1@');
    expect(calendar).toContain('SUMMARY:Envío a registro de la modificación modificacion-1 — Aurora (aurora-us)');
    expect(runCli(['generate', 'handover'], { cwd: root, env: ENV }).code).toBe(0);
    expect(flat(pdfText(join(root, 'out', 'handover-es.pdf')))).toContain(
      '24 dic 2026 Aurora Envío a registro de la modificación modificacion-1',
    );
    // Past its follow-up: late in status, warned by check (which still exits 0).
    expect(row('2026-12-28')).toContain('envío a registro de la modificación modificacion-1 vencido el 2026-12-24');
    const late = runCli(['check', '--as-of', '2026-12-28'], { cwd: root });
    expect(late.code).toBe(0);
    expect(late.stdout).toContain(
      '(amendments.0.signed) advertencia [late]: La modificación modificacion-1 se firmó el 2026-10-25',
    );

    // Sent: the SRE's acuse is awaited, followed up the same interval on.
    const sent = record('    registration:\n      date: 2026-11-02\n      oficio: PM/DAI/0850/2026\n');
    expect(sent).toContain('Aún falta: Fecha del acuse de recibo [amendments[0].registration.acuse]');
    expect(parse(demoCase(root, 'aurora-us')).amendments[0].registration).toEqual({
      date: '2026-11-02',
      oficio: 'PM/DAI/0850/2026',
    });
    expect(row('2026-11-28')).toMatch(
      /Acuse de la SRE del registro de la modificación modificacion-1\s+SRE\s+2026-11-02$/,
    );
    expect(row('2027-01-02')).toContain(
      'acuse de la SRE del registro de la modificación modificacion-1 vencido el 2027-01-01',
    );

    // Acknowledged, with its registry number: the case is up to date again.
    const acknowledged = record(
      '    registration:\n      date: 2026-11-02\n      oficio: PM/DAI/0850/2026\n      acuse: 2026-11-20\n      registryNumber: RAI-0418/2023-M1\n',
    );
    expect(acknowledged).toContain('Se registró la modificación.');
    expect(row('2026-11-28')).toMatch(/12\/12\s+al día$/);
    expect(runCli(['check'], { cwd: root, env: ENV }).code).toBe(0);
  });

  it('answers a mistyped --step with the step meant', () => {
    const root = copyWorkspace('demo');
    const r = runCli(['next', 'leamington-ca', '--step', 'signatur'], { cwd: root, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No hay un paso «signatur». ¿Quiso decir «signature»?');
    expect(r.stderr).not.toMatch(STACK);
  });

  it('does not load inquirer when there is nothing to ask', () => {
    const root = copyWorkspace('demo');
    const trace = join(tempDir(), 'trace.txt');
    const register = join(import.meta.dirname, '..', 'e2e', 'trace', 'register.mjs');
    // Without the code cache, the files of dist/ load through require(), which the trace sees.
    const r = spawnSync(process.execPath, ['--import', register, BIN, 'next', 'almeria-es'], {
      cwd: root,
      env: { ...process.env, ...ENV, LINKAGE_TRACE: trace, NO_COLOR: '1', LINKAGE_CODE_CACHE: '0' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const loaded = readFileSync(trace, 'utf8').trim().split('\n');
    expect(loaded.filter((u) => u.includes('/node_modules/@inquirer'))).toEqual([]);
    // Bundled, inquirer is a file of its own (dist/lazy/inquirer.cjs): its error classes give it away.
    const built = loaded.filter((u) => u.startsWith('file:') && u.includes('/dist/'));
    expect(built.some((u) => u.endsWith('/dist/cli.cjs'))).toBe(true);
    expect(built.filter((u) => readFileSync(fileURLToPath(u), 'utf8').includes('CancelPromptError'))).toEqual([]);
  });
});

/** Ctrl+C at the prompt on screen: the run exits 130 naming `command`, which resumes it. */
async function interruptedWith(run: Promise<unknown>, command: string): Promise<void> {
  ctrlC();
  await expect(run).rejects.toMatchObject({ id: 'interrupted', params: { command }, exitCode: 130 });
}

describe('an interactive run interrupted', () => {
  it('keeps what was answered and names the command that resumes it, its case included', async () => {
    const root = copyWorkspace('minimal');
    const ctx = terminal(root);
    const run = nextAction(ctx, 'leon-es', {});
    await answer('¿Ya se envió la Carta de Intención a León?', 's');
    await interruptedWith(run, 'linkage next leon-es');
  });

  it('with --step: the command that resumes it revisits that step, where the answers wait', async () => {
    const root = copyWorkspace('minimal');
    const ctx = terminal(root);
    const run = nextAction(ctx, 'leon-es', { step: 'letter' });
    await answer('¿Ya se envió la Carta de Intención a León?', 's');
    await interruptedWith(run, 'linkage next leon-es --step letter');
  });

  it('new in a folder named with a space: the folder comes quoted in the command that resumes it', async () => {
    const parent = tempDir();
    const root = join(parent, 'mi municipio');
    cpSync(copyWorkspace('minimal'), root, { recursive: true });
    screen.clear();
    const ctx = { ...terminal(parent), workspaces: ['mi municipio'] };
    const run = newAction(ctx, 'Lyon', { country: 'FR' });
    await answer('Nombre de la ciudad [inglés]');
    await answer('Idiomas de la contraparte', 'fr');
    await pick('¿Qué es la contraparte?', 0);
    await pick('Tipo de vínculo', 0);
    await prompt('Nombre de quien encabeza el gobierno');
    await interruptedWith(run, 'linkage next -C "mi municipio" lyon-fr');
  });

  it('init with a partial answers file: the command that resumes it gives the file again', async () => {
    const parent = tempDir();
    const partial = join(parent, 'partial.yaml');
    cpSync(join(FIXTURES, 'answers', 'init-partial.yaml'), partial);
    screen.clear();
    const ctx = terminal(parent);
    const run = initAction(ctx, 'ws', { answers: 'partial.yaml' });
    await pick('Estado', 13);
    await prompt('Abreviatura del estado');
    await interruptedWith(run, 'linkage init ws --answers partial.yaml');
  });

  it('init in a folder: the command that resumes it names that folder, not the one it was run from', async () => {
    const parent = tempDir();
    screen.clear();
    const ctx = terminal(parent);
    const run = initAction(ctx, 'ws', {});
    await answer('Nombre del municipio', 'Tlacotalpan');
    await interruptedWith(run, 'linkage init ws');
  });
});

describe('an interactive run whose file changes underneath', () => {
  it('says the answer it could not save with the refusal: another run may overwrite the draft', async () => {
    const root = copyWorkspace('minimal');
    const file = join(root, 'cases', 'leon-es', 'case.yaml');
    const ctx = terminal(root);
    const run = nextAction(ctx, 'leon-es', {});
    await answer('¿Ya se envió la Carta de Intención a León?', 's');
    await prompt('Fecha de envío');
    replaceIn(file, /^kind: (.*)$/m, 'kind: $1 # editado a mano');
    await answer('Fecha de envío', '2026-10-05');
    await expect(run).rejects.toMatchObject({
      id: 'file.changed',
      details: [expect.stringContaining('steps.letter.date: "2026-10-05"')],
    });
  });
});

describe('an interactive run ends with its non-interactive equivalent', () => {
  it('next: replaying the printed command on a fresh copy writes the same bytes', async () => {
    const root = copyWorkspace('minimal');
    const fresh = tempDir();
    cpSync(root, fresh, { recursive: true });
    const ctx = terminal(root);
    const run = nextAction(ctx, 'leon-es', {});
    await answer('¿Ya se envió la Carta de Intención a León?', 's');
    await answer('Fecha de envío', '2026-10-05');
    await pick('¿Por qué medio?', 1);
    await answer('Fecha para dar seguimiento', '2026-11-01');
    expect(await run).toBe(0);
    const args = equivalent(ctx.said());
    expect(args).toEqual(['next', 'leon-es', '--answers', 'out/answers/next-leon-es.yaml']);
    cpSync(join(root, 'out'), join(fresh, 'out'), { recursive: true });
    const replay = runCli(args, { cwd: fresh, env: ENV });
    expect(replay.stderr).toBe('');
    expect(replay.code).toBe(0);
    expect(files(fresh)).toEqual(files(root));
  });

  it("asks a case's texts in Spanish, English and the counterpart's own workspace language", async () => {
    const root = copyWorkspace('demo');
    screen.clear();
    const run = nextAction(terminal(root), 'giessen-de', { step: 'amendment' });
    await answer('Clave de la modificación');
    await answer('Fecha de la propuesta de modificación', '2026-11-15');
    await answer('Qué cambia [español]', 'Se precisa el objeto.');
    await answer('Qué cambia [inglés]', 'The purpose is made precise.');
    await answer('Qué cambia [alemán]', 'Der Gegenstand wird präzisiert.');
    await prompt('¿Ya se envió la modificación');
    ctrlC();
    await expect(run).rejects.toMatchObject({ exitCode: 130 });
  });

  it('next --step amendment: the replay records the amended text as a version, as the run did', async () => {
    const { root } = amendedAurora();
    const fresh = tempDir();
    cpSync(root, fresh, { recursive: true });
    screen.clear();
    const ctx = terminal(root);
    const run = nextAction(ctx, 'aurora-us', { step: 'amendment' });
    await answer('Clave de la modificación');
    await answer('Fecha de la propuesta de modificación', '2026-11-15');
    await answer('Qué cambia [español]', 'Se precisa el objeto.');
    await answer('Qué cambia [inglés]', 'The purpose is made precise.');
    // Aurora reads English: no German text, although the workspace has a German partner.
    await answer('¿Ya se envió la modificación «modificacion-1» a la SRE para su dictamen?', 's');
    await answer('Fecha de envío a la SRE', '2026-11-18');
    await answer('Número de oficio', 'PM/DAI/0800/2026');
    await pick('Versión del texto enviada', 0); // the amended text, just recorded
    await pick('¿Por qué vía?', 0);
    await answer('Fecha para dar seguimiento');
    await answer('Fecha del acuse de recibo');
    await answer('¿Ya llegó el dictamen de la SRE?', 'n');
    expect(await run).toBe(0);
    const versions = parse(readFileSync(join(root, 'cases', 'aurora-us', 'agreement.yaml'), 'utf8')).versions;
    expect(versions).toHaveLength(2);
    expect(versions[1].date).toBe('2026-11-15');
    const args = equivalent(ctx.said());
    expect(args).toEqual(['next', 'aurora-us', '--step', 'amendment', '--answers', 'out/answers/next-aurora-us.yaml']);
    // The answers name the new text by its hash, in the amendment and in its round.
    const answers = parse(readFileSync(join(root, 'out', 'answers', 'next-aurora-us.yaml'), 'utf8'));
    expect(answers.amendments[0].hash).toBe(versions[1].hash);
    expect(answers.amendments[0].rounds[0].hash).toBe(versions[1].hash);
    cpSync(join(root, 'out'), join(fresh, 'out'), { recursive: true });
    const replay = runCli(args, { cwd: fresh, env: ENV });
    expect(replay.stderr).toBe('');
    expect(replay.code).toBe(0);
    expect(replay.stdout).toContain(`Se registró la versión del texto ${versions[1].hash.slice(0, 12)}`);
    expect(files(fresh)).toEqual(files(root));
  });

  it('next at the draft step: the agreement started from the model, with its term, replays to the same bytes', async () => {
    const root = copyWorkspace('minimal');
    replaceIn(
      join(root, 'cases', 'leon-es', 'case.yaml'),
      '    date: 2026-10-01\n',
      '    date: 2026-10-01\n  letter:\n    date: 2026-10-05\n  response:\n    date: 2026-10-20\n    outcome: accepted\n',
    );
    const fresh = tempDir();
    cpSync(root, fresh, { recursive: true });
    screen.clear();
    const ctx = terminal(root);
    const run = nextAction(ctx, 'leon-es', {});
    await answer('Fecha del proyecto de acuerdo', '2026-10-25');
    await pick('Vigencia del acuerdo', 1);
    await answer('Años de vigencia', '5');
    await answer('Días de aviso para darlo por terminado', '60');
    expect(await run).toBe(0);
    const args = equivalent(ctx.said());
    expect(args).toEqual(['next', 'leon-es', '--answers', 'out/answers/next-leon-es.yaml']);
    const answers = parse(readFileSync(join(root, 'out', 'answers', 'next-leon-es.yaml'), 'utf8'));
    expect(answers.agreement).toEqual({ term: { type: 'fixed', years: 5, noticeDays: 60 } });
    cpSync(join(root, 'out'), join(fresh, 'out'), { recursive: true });
    const replay = runCli(args, { cwd: fresh, env: ENV });
    expect(replay.stderr).toBe('');
    expect(replay.code).toBe(0);
    expect(files(fresh)).toEqual(files(root));
  });

  it('init and new: the same, from an empty folder', async () => {
    const parent = tempDir();
    screen.clear();
    let ctx = terminal(parent);
    let run = initAction(ctx, 'ws', {});
    await answer('Nombre del municipio', 'Tlacotalpan');
    await pick('Estado', 29);
    await answer('Abreviatura del estado');
    await answer('Clave INEGI', '30173');
    await answer('Inicio de la administración', '2025-01-01');
    await answer('Fin de la administración');
    await answer('Nombre corto de la administración');
    await answer('Presidenta o el Presidente Municipal', 'Rosa Elena Prieto');
    await pick('Rosa Elena Prieto: ¿su cargo', 0);
    await answer('Síndica o el Síndico');
    await answer('Secretaria o el Secretario');
    await answer('Idiomas de los documentos', 'es');
    await answer('Escudo para el membrete');
    await answer('Lema del membrete');
    await answer('Área de enlace de asuntos internacionales', 'Dirección de Turismo');
    await answer('Persona designada como enlace', 'Iván Rosas');
    await pick('Iván Rosas: ¿su cargo', 1);
    await answer('Cargo del enlace');
    await answer('Correo electrónico (dato personal');
    await answer('Fecha del nombramiento', '2025-02-01');
    await answer('Número de oficio del nombramiento', 'PM/001/2025');
    await answer('Correo electrónico de la oficina de enlace');
    await answer('Teléfono de la oficina de enlace');
    await answer('Nombre de la persona u organización', 'Cámara de Comercio de Tlacotalpan');
    await pick('Sector', 0);
    await pick('¿Persona u organización?', 0);
    await answer('Su papel en la actividad internacional');
    await answer('Participa desde');
    await answer('¿Agregar otra persona u organización?');
    await answer('Título del Plan Municipal de Desarrollo');
    await answer('Clave de la prioridad');
    await answer('Prioridad PMD-2025-1', 'Turismo cultural');
    await answer('¿Agregar otra prioridad del PMD?');
    await answer('Ubicación del municipio', 'Cuenca del Papaloapan.');
    await answer('Población total', '13000');
    await answer('Año de esa cifra');
    await answer('Fuente de la cifra');
    await answer('Economía', 'Turismo y pesca.');
    await answer('Fortaleza', 'Patrimonio de la Humanidad');
    await answer('¿Agregar otra fortaleza?');
    await answer('¿Agregar un potencial del municipio?');
    await answer('Experiencia internacional');
    await answer('¿Agregar una comunidad de migrantes');
    expect(await run).toBe(0);
    const root = join(parent, 'ws');
    const initArgs = equivalent(ctx.said());
    expect(initArgs).toEqual(['init', 'ws', '--answers', 'ws/out/answers/init.yaml']);

    screen.clear();
    ctx = terminal(root);
    run = newAction(ctx, 'Santa Cruz de Tenerife', { country: 'ES' });
    await answer('Idiomas de la contraparte', 'es');
    await pick('¿Qué es la contraparte?', 0);
    await pick('Tipo de vínculo', 0);
    await answer('Nombre de quien encabeza el gobierno', 'José Manuel Bermúdez');
    await pick('José Manuel Bermúdez: ¿su cargo', 1);
    await answer('Su cargo');
    await answer('¿Agregar un contacto de trabajo');
    await pick('¿Por qué esta ciudad?', 2);
    await answer('Explique la razón', 'Ciudades portuarias con patrimonio.');
    await answer('¿Agregar otra razón?');
    await pick('Prioridad del PMD', 0);
    await answer('Área de oportunidad');
    await answer('¿Agregar otra área de oportunidad?');
    await answer('Fecha en que se eligió a la contraparte');
    await answer('¿Registrar otra ciudad candidata?'); // no, by default
    expect(await run).toBe(0);
    const newArgs = equivalent(ctx.said());
    expect(newArgs).toEqual([
      'new',
      'Santa Cruz de Tenerife',
      '--country',
      'ES',
      '--answers',
      'out/answers/new-santa-cruz-de-tenerife-es.yaml',
    ]);

    // Replayed without a terminal on a fresh folder: the same bytes in every file.
    const other = tempDir();
    cpSync(join(root, 'out'), join(other, 'saved'), { recursive: true });
    const init = runCli(['init', 'ws', '--answers', 'saved/answers/init.yaml'], { cwd: other, env: ENV });
    expect(init.stderr).toBe('');
    const made = runCli([...newArgs.slice(0, -1), '../saved/answers/new-santa-cruz-de-tenerife-es.yaml'], {
      cwd: join(other, 'ws'),
      env: ENV,
    });
    expect(made.stderr).toBe('');
    expect(files(join(other, 'ws'))).toEqual(files(root));
    expect(runCli(['check'], { cwd: root, env: ENV }).code).toBe(0);
  });
});

describe('a new liaison', () => {
  const LUIS_PHONE = '+52 462 623 0145';

  it('from an answers file: the previous person’s own fields go, the office and the comments stay', () => {
    const root = copyWorkspace('demo');
    const answers = join(root, 'a.yaml');
    writeFileSync(
      answers,
      [
        'liaison:',
        '  person:',
        '    name: Adriana Lozano Pérez',
        '    gender: f',
        '    email: adriana.lozano@sanpedrohuertas.gob.mx',
        '  appointed: 2024-10-15',
        '  oficio: PM/0101/2024',
        '',
      ].join('\n'),
    );
    const r = runCli(['next', '--step', 'liaison', '--answers', answers, '-C', root], { env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, 'linkage.yaml'), 'utf8');
    const saved = parse(text).liaison;
    expect(saved.person).toEqual({
      name: 'Adriana Lozano Pérez',
      gender: 'f',
      email: 'adriana.lozano@sanpedrohuertas.gob.mx',
    });
    expect(text).not.toContain(LUIS_PHONE);
    expect(saved.office.phone).toBe('+52 462 623 0140');
    expect(saved.area.es).toBe('Dirección de Asuntos Internacionales y Atención al Migrante');
    expect(text).toContain('# El enlace fue nombrado por la administración 2021–2024');
    expect(runCli(['check', '-C', root], { env: ENV }).code).toBe(0);
  });

  it('the same person in an answers file keeps the fields it does not give', () => {
    const root = copyWorkspace('demo');
    const answers = join(root, 'a.yaml');
    writeFileSync(answers, 'liaison:\n  person:\n    name: Luis Fernando Cabrera Solís\n  oficio: PM/0101/2024\n');
    const r = runCli(['next', '--step', 'liaison', '--answers', answers, '-C', root], { env: ENV });
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(root, 'linkage.yaml'), 'utf8')).liaison.person.phone).toBe(LUIS_PHONE);
  });

  it("a corrected spelling of the same person's name keeps the fields it does not give", () => {
    const root = copyWorkspace('demo');
    const answers = join(root, 'a.yaml');
    writeFileSync(answers, 'liaison:\n  person:\n    name: Luís Fernando  Cabrera Solis\n');
    const r = runCli(['next', '--step', 'liaison', '--answers', answers, '-C', root], { env: ENV });
    expect(r.code).toBe(0);
    const person = parse(readFileSync(join(root, 'linkage.yaml'), 'utf8')).liaison.person;
    expect(person.name).toBe('Luís Fernando  Cabrera Solis');
    expect(person.phone).toBe(LUIS_PHONE);
  });

  it('asked on a terminal: nothing of the previous person is offered or kept', async () => {
    const root = copyWorkspace('demo');
    screen.clear();
    const ctx = terminal(root);
    const run = nextAction(ctx, undefined, { step: 'liaison' });
    for (const lang of ['español', 'inglés', 'alemán'])
      await answer(`Área de enlace de asuntos internacionales [${lang}]`);
    await answer('Persona designada como enlace', 'Adriana Lozano Pérez');
    // Luis Cabrera's gender is not the one highlighted.
    expect(await prompt('Adriana Lozano Pérez: ¿su cargo')).toContain('❯ Femenino');
    screen.keypress('enter');
    // Luis Cabrera's title ("Direktor…") is not offered; left blank, no language is asked.
    expect(await prompt('Cargo del enlace [español]')).not.toContain('Director');
    screen.keypress('enter');
    await answer('Correo electrónico (dato personal');
    expect(screen.getScreen()).not.toContain('luis.cabrera');
    await answer('Fecha del nombramiento');
    await answer('Número de oficio');
    await answer('Correo electrónico de la oficina');
    await answer('Teléfono de la oficina');
    expect(await run).toBe(0);
    const saved = parse(readFileSync(join(root, 'linkage.yaml'), 'utf8')).liaison;
    expect(saved.person).toEqual({ name: 'Adriana Lozano Pérez', gender: 'f' });
    expect(saved.office.phone).toBe('+52 462 623 0140');
  });
});

describe('a new counterpart mayor', () => {
  const caseFile = (root: string) => join(root, 'cases', 'aurora-us', 'case.yaml');
  const KAREN_FORMER = [
    '    - name: Karen L. Ostrowski',
    '      gender: f',
    '      title:',
    '        es: Alcaldesa de Aurora',
    '        en: Mayor of Aurora',
    '      from: 2025-05-19',
    '      to: 2026-08-31',
    '',
  ].join('\n');
  /** Whom the letter to Aurora dated `date` is addressed to. */
  const letterTo = (root: string, date: string) => {
    const out = join(root, `letter-${date}`);
    const r = runCli(['generate', 'letter', 'aurora-us', '--lang', 'es', '--date', date, '--out', out], {
      cwd: root,
      env: ENV,
    });
    expect(r.stderr).toBe('');
    return flat(pdfText(join(out, 'letter-aurora-us-es.pdf')));
  };

  it("from an answers file: the notice of the former mayor comes under the step's header, not before it", () => {
    const root = copyWorkspace('demo');
    const answers = join(root, 'a.yaml');
    writeFileSync(answers, 'counterpart:\n  mayor:\n    name: Michael A. Novak\n    gender: m\n    from: 2026-09-01\n');
    const r = runCli(['next', 'aurora-us', '--step', 'counterpart', '--answers', answers, '-C', root], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const header = r.stdout.indexOf('■ Elegir la contraparte');
    const notice = r.stdout.indexOf('Karen L. Ostrowski queda entre los titulares anteriores');
    expect(header).toBeGreaterThanOrEqual(0);
    expect(notice).toBeGreaterThan(header);
  });

  it('from an answers file: the previous mayor moves to formerMayors until the day before, nothing of hers stays', () => {
    const root = copyWorkspace('demo');
    const answers = join(root, 'a.yaml');
    writeFileSync(answers, 'counterpart:\n  mayor:\n    name: Michael A. Novak\n    gender: m\n    from: 2026-09-01\n');
    const r = runCli(['next', 'aurora-us', '--step', 'counterpart', '--answers', answers, '-C', root], { env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Karen L. Ostrowski queda entre los titulares anteriores, en el cargo hasta el 2026-08-31.',
    );
    const text = readFileSync(caseFile(root), 'utf8');
    const counterpart = parse(text).counterpart;
    expect(counterpart.mayor).toEqual({ name: 'Michael A. Novak', gender: 'm', from: '2026-09-01' });
    expect(counterpart.formerMayors.map((m: { name: string }) => m.name)).toEqual([
      'Daniel R. Whitaker',
      'Karen L. Ostrowski',
    ]);
    // Appended as the file writes its records, the comments kept.
    expect(text).toContain(`        en: Mayor of Aurora\n      to: 2025-05-18\n${KAREN_FORMER}  office:\n`);
    expect(text).toContain('# Alcaldesa desde mayo de 2025');
    expect(runCli(['check', '-C', root], { env: ENV }).code).toBe(0);
    expect(letterTo(root, '2026-06-01')).toContain('Karen L. Ostrowski Alcaldesa de Aurora');
    expect(letterTo(root, '2026-09-02')).toContain('Michael A. Novak');
  });

  it('from an answers file, a date out of order names the earlier date in words and by its line and file', () => {
    const root = copyWorkspace('demo');
    const answers = join(root, 'a.yaml');
    writeFileSync(
      answers,
      'steps:\n  response:\n    date: 2020-01-01\n    outcome: accepted\n    summary: { es: Acepta., en: Accepts. }\n',
    );
    const r = runCli(['next', 'hofu-jp', '--answers', answers, '-C', root], { env: ENV });
    expect(r.code).toBe(2);
    const line = demoCase(root, 'hofu-jp').split('\n').indexOf('    date: 2026-07-15') + 1;
    expect(line).toBeGreaterThan(0);
    // The refusal is placed in the answers file; the line it names is case.yaml's, and it says so.
    expect(r.stderr).toContain(`${answers}:3:5 (steps.response.date)`);
    expect(r.stderr).toContain(
      `es anterior al 2026-07-15 (fecha de envío, «Carta de Intención», línea ${line} de cases/hofu-jp/case.yaml)`,
    );
    expect(r.stderr).toContain(`no puede ser anterior a la de la línea ${line} de cases/hofu-jp/case.yaml.`);
    expect(r.stderr).not.toContain('{otherLine}');
  });

  it('from an answers file without the date the new mayor took office: says so, exit 2, writes nothing', () => {
    const root = copyWorkspace('demo');
    const before = readFileSync(caseFile(root), 'utf8');
    const answers = join(root, 'a.yaml');
    writeFileSync(answers, 'counterpart:\n  mayor:\n    name: Otro Nombre\n');
    const r = runCli(['next', 'aurora-us', '--step', 'counterpart', '--answers', answers, '-C', root], { env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'a.yaml:2:3 (counterpart.mayor.from): Falta la fecha en que Otro Nombre asumió el cargo (`counterpart.mayor.from`): Karen L. Ostrowski pasa a `formerMayors` hasta el día anterior.',
    );
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(caseFile(root), 'utf8')).toBe(before);

    // A date before hers: refused too.
    writeFileSync(answers, 'counterpart:\n  mayor:\n    name: Otro Nombre\n    from: 2025-05-19\n');
    const early = runCli(['next', 'aurora-us', '--step', 'counterpart', '--answers', answers, '-C', root], {
      env: ENV,
    });
    expect(early.code).toBe(2);
    expect(early.stderr).toContain(
      'a.yaml:4:5 (counterpart.mayor.from): Otro Nombre asumió el cargo después de Karen L. Ostrowski: escriba el 2025-05-20 o una fecha posterior.',
    );
    expect(readFileSync(caseFile(root), 'utf8')).toBe(before);
  });

  it("a corrected spelling of the mayor's name is the same person: her record stays", () => {
    const root = copyWorkspace('demo');
    const answers = join(root, 'a.yaml');
    writeFileSync(answers, 'counterpart:\n  mayor:\n    name: Karen L.  Óstrowski\n');
    const r = runCli(['next', 'aurora-us', '--step', 'counterpart', '--answers', answers, '-C', root], { env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const counterpart = parse(readFileSync(caseFile(root), 'utf8')).counterpart;
    expect(counterpart.mayor).toMatchObject({ name: 'Karen L.  Óstrowski', gender: 'f', from: '2025-05-19' });
    expect(counterpart.formerMayors).toHaveLength(1);
  });

  it('on a terminal, interrupted at the date: her record is untouched, and the step resumed asks the date', async () => {
    const root = copyWorkspace('demo');
    const before = readFileSync(caseFile(root), 'utf8');
    screen.clear();
    const first = nextAction(terminal(root), 'aurora-us', { step: 'counterpart' });
    await answer('Nombre de quien encabeza el gobierno de Aurora', 'Michael A. Novak');
    await prompt('Fecha en que Michael A. Novak asumió el cargo');
    ctrlC();
    await expect(first).rejects.toMatchObject({ exitCode: 130 });
    expect(readFileSync(caseFile(root), 'utf8')).toBe(before);

    screen.clear();
    const resumed = nextAction(terminal(root), 'aurora-us', { step: 'counterpart' });
    await answer('Nombre de quien encabeza el gobierno de Aurora');
    await answer('Fecha en que Michael A. Novak asumió el cargo', '2026-09-01');
    await pick('Michael A. Novak: ¿su cargo', 1);
    await answer('Su cargo [español]');
    await answer('Su cargo [inglés]');
    await answer('¿Agregar otro contacto?', 'n');
    await answer('¿Agregar otra razón?', 'n');
    await answer('¿Agregar otra área de oportunidad?', 'n');
    await answer('Fecha en que se eligió a la contraparte');
    expect(await resumed).toBe(0);
    const text = readFileSync(caseFile(root), 'utf8');
    expect(parse(text).counterpart.mayor).toMatchObject({ name: 'Michael A. Novak', gender: 'm', from: '2026-09-01' });
    expect(text).toContain(`      to: 2025-05-18\n${KAREN_FORMER}  office:\n`);
    expect(runCli(['check'], { cwd: root, env: ENV }).code).toBe(0);
  });

  it('asked on a terminal: the date is asked, nothing of hers is offered or kept, and the replay writes the same', async () => {
    const root = copyWorkspace('demo');
    const fresh = tempDir();
    cpSync(root, fresh, { recursive: true });
    screen.clear();
    const ctx = terminal(root);
    const run = nextAction(ctx, 'aurora-us', { step: 'counterpart' });
    await answer('Nombre de quien encabeza el gobierno de Aurora', 'Michael A. Novak');
    const asked =
      'Fecha en que Michael A. Novak asumió el cargo (AAAA-MM-DD; Karen L. Ostrowski lo ocupó hasta el día anterior)';
    expect(await prompt(asked)).not.toContain('2025-05-19');
    screen.type('2025-05-01');
    screen.keypress('enter');
    await rejected(
      'Michael A. Novak asumió el cargo después de Karen L. Ostrowski: escriba el 2025-05-20 o una fecha posterior.',
    );
    clearLine();
    screen.type('2026-09-01');
    screen.keypress('enter');
    await pick('Michael A. Novak: ¿su cargo', 1);
    // Her title is not offered: the default is the one for him.
    const title = await prompt('Su cargo [español]');
    expect(title).toContain('Alcalde de Aurora');
    expect(title).not.toContain('Alcaldesa');
    screen.keypress('enter');
    await answer('Su cargo [inglés]');
    await answer('¿Agregar otro contacto?', 'n');
    await answer('¿Agregar otra razón?', 'n');
    await answer('¿Agregar otra área de oportunidad?', 'n');
    await answer('Fecha en que se eligió a la contraparte');
    expect(await run).toBe(0);
    expect(ctx.said()).toContain(
      'Karen L. Ostrowski queda entre los titulares anteriores, en el cargo hasta el 2026-08-31.',
    );
    const text = readFileSync(caseFile(root), 'utf8');
    expect(parse(text).counterpart.mayor).toEqual({
      name: 'Michael A. Novak',
      gender: 'm',
      title: { es: 'Alcalde de Aurora', en: 'Mayor of Aurora' },
      from: '2026-09-01',
    });
    expect(text).toContain(`      to: 2025-05-18\n${KAREN_FORMER}  office:\n`);
    expect(runCli(['check'], { cwd: root, env: ENV }).code).toBe(0);

    const args = equivalent(ctx.said());
    cpSync(join(root, 'out'), join(fresh, 'out'), { recursive: true });
    const replay = runCli(args, { cwd: fresh, env: ENV });
    expect(replay.stderr).toBe('');
    expect(replay.code).toBe(0);
    expect(files(fresh)).toEqual(files(root));
  });
});

describe('a new SRE addressee', () => {
  it('from an answers file: nothing of the previous person stays under the new name, in linkage.yaml or the oficio', () => {
    const root = copyWorkspace('demo');
    const answers = join(root, 'a.yaml');
    writeFileSync(
      answers,
      'settings:\n  sre:\n    dgcp:\n      addressee:\n        name: Roberto Salinas Ortega\n        gender: m\n',
    );
    const r = runCli(['next', '--step', 'liaison', '--answers', answers, '-C', root], { env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const sre = parse(readFileSync(join(root, 'linkage.yaml'), 'utf8')).settings.sre;
    expect(sre.dgcp.addressee).toEqual({ name: 'Roberto Salinas Ortega', gender: 'm' });
    expect(sre.dgcp.address).toBe('Plaza Juárez 20, Col. Centro, Alcaldía Cuauhtémoc, 06010 Ciudad de México');
    expect(sre.stateOffice.addressee.name).toBe('Arturo Benjamín Lozano Herrera');
    expect(runCli(['check', '-C', root], { env: ENV }).code).toBe(0);
    const out = join(root, 'oficio');
    const gen = runCli(['generate', 'opinion-request', 'leamington-ca', '--lang', 'es', '--out', out], {
      cwd: root,
      env: ENV,
    });
    expect(gen.stderr).toBe('');
    const text = flat(pdfText(join(out, 'opinion-request-leamington-ca-es.pdf')));
    expect(text).toContain('Roberto Salinas Ortega');
    expect(text).not.toContain('Directora General');
  });

  it('a corrected spelling of the same name keeps the fields the answers leave out', () => {
    const root = copyWorkspace('demo');
    const answers = join(root, 'a.yaml');
    writeFileSync(
      answers,
      'settings:\n  sre:\n    dgcp:\n      addressee:\n        name: Maria Elena Vázquez  Corona\n',
    );
    const r = runCli(['next', '--step', 'liaison', '--answers', answers, '-C', root], { env: ENV });
    expect(r.code).toBe(0);
    const addressee = parse(readFileSync(join(root, 'linkage.yaml'), 'utf8')).settings.sre.dgcp.addressee;
    expect(addressee).toMatchObject({ name: 'Maria Elena Vázquez  Corona', gender: 'f' });
    expect(addressee.title.es).toBe('Directora General de Coordinación Política');
  });
});

// The built binary in a real pseudo-terminal (tmux): `init`, `new` and one `next` answered through
// the real prompts, then the YAML written and `linkage check`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { displayWidth } from '../../src/ui/text.js';
import { BIN, copyWorkspace, replaceIn, runCli, tempDir } from '../helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const TODAY = '2026-11-28';
// A server of our own, so that the user's tmux is never touched, on a socket in a temp folder.
const SOCKET = join(tempDir('linkage-tmux-'), 'socket');
let SESSION = '';
let sessions = 0;

const tmux = (...args: string[]) => execFileSync('tmux', ['-S', SOCKET, ...args], { encoding: 'utf8' });
const screenText = () => tmux('capture-pane', '-p', '-t', SESSION);

/**
 * Starts `linkage …` in a fresh terminal, 200×50 unless told; `env`: more variables (`TERM=dumb`). The new session starts before the previous one is
 * killed: a server left without sessions exits, and a client that reaches it while it does fails
 * with "server exited unexpectedly" (seen once in CI).
 */
function start(cwd: string, args: string[], columns = 200, env = ''): void {
  const previous = SESSION;
  SESSION = `s${++sessions}`;
  const command = `env LINKAGE_TODAY=${TODAY} NO_COLOR=1 ${env} ${process.execPath} ${BIN} ${args.map((a) => `'${a}'`).join(' ')}; echo "EXIT=$?"; sleep 30`;
  tmux('new-session', '-d', '-x', String(columns), '-y', '50', '-s', SESSION, '-c', cwd, command);
  if (previous) tmux('kill-session', '-t', previous);
}

/** Waits until the screen's last prompt line (or any line) shows `text`. */
async function waitFor(text: string, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const scr = screenText();
    if (scr.includes(text)) return scr;
    if (Date.now() > deadline) throw new Error(`"${text}" never showed; the screen was:\n${scr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits for the active question `text` ("? text") and answers it with `keys` then Enter. */
async function answer(text: string, ...keys: string[]): Promise<void> {
  await waitFor(`? ${text}`);
  for (const k of keys) tmux('send-keys', '-t', SESSION, '-l', k);
  tmux('send-keys', '-t', SESSION, 'Enter');
  // The question is done when its line turns into "✔ text".
  await waitFor(`✔ ${text}`);
}

async function pick(text: string, downs: number): Promise<void> {
  await waitFor(`? ${text}`);
  for (let i = 0; i < downs; i++) tmux('send-keys', '-t', SESSION, 'Down');
  tmux('send-keys', '-t', SESSION, 'Enter');
  await waitFor(`✔ ${text}`);
}

afterEach(() => {
  spawnSync('tmux', ['-S', SOCKET, 'kill-server']);
  SESSION = '';
});

describe.skipIf(!hasTmux)('the guided prompts in a real terminal', () => {
  it('init, new and next answered by keystrokes write valid YAML that check accepts', async () => {
    const parent = tempDir();
    start(parent, ['init', 'ws']);
    await answer('Nombre del municipio', 'Tlacotalpan');
    await pick('Estado', 29);
    await answer('Abreviatura del estado');
    await answer('Clave INEGI del municipio (5 dígitos, empieza por 30)', '30173');
    await answer('Inicio de la administración actual', '2025-01-01');
    await answer('Fin de la administración');
    await answer('Nombre corto de la administración');
    await answer('Nombre de la Presidenta o el Presidente Municipal', 'Rosa Elena Prieto');
    await pick('Rosa Elena Prieto: ¿su cargo', 0);
    await answer('Nombre de la Síndica o el Síndico');
    await answer('Nombre de la Secretaria o el Secretario');
    await answer('Idiomas de los documentos', 'es');
    await answer('Escudo para el membrete');
    await answer('Lema del membrete');
    await answer('Área de enlace de asuntos internacionales', 'Dirección de Turismo');
    await answer('Persona designada como enlace', 'Iván Rosas');
    await pick('Iván Rosas: ¿su cargo', 1);
    await answer('Cargo del enlace');
    // A bad email is asked again, never saved.
    await waitFor('? Correo electrónico');
    tmux('send-keys', '-t', SESSION, '-l', 'ivan@');
    tmux('send-keys', '-t', SESSION, 'Enter');
    await waitFor('Correo electrónico no válido');
    for (let i = 0; i < 5; i++) tmux('send-keys', '-t', SESSION, 'BSpace');
    await answer('Correo electrónico', 'ivan@tlacotalpan.gob.mx');
    await answer('Fecha del nombramiento', '2025-02-01');
    await answer('Número de oficio del nombramiento', 'PM/001/2025');
    // The office's own contact, which the letters print (without it, check warns: liaison-contact).
    await answer('Correo electrónico de la oficina de enlace', 'turismo@tlacotalpan.gob.mx');
    await answer('Teléfono de la oficina de enlace');
    await answer('Nombre de la persona u organización', 'Cámara de Comercio de Tlacotalpan');
    await pick('Sector', 0);
    await pick('¿Persona u organización?', 0);
    await answer('Su papel en la actividad internacional');
    await answer('Participa desde');
    await answer('¿Agregar otra persona u organización?', 'n');
    await answer('Título del Plan Municipal de Desarrollo');
    await answer('Clave de la prioridad', 'PMD-2025-3.1');
    await answer('Prioridad PMD-2025-3.1', 'Turismo cultural');
    await answer('¿Agregar otra prioridad del PMD?', 'n');
    await answer('Ubicación del municipio', 'Cuenca baja del río Papaloapan.');
    await answer('Población total', '13000');
    await answer('Año de esa cifra');
    await answer('Fuente de la cifra');
    await answer('Economía', 'Turismo y pesca.');
    await answer('Fortaleza', 'Patrimonio de la Humanidad');
    await answer('¿Agregar otra fortaleza?', 'n');
    await answer('¿Agregar un potencial del municipio?', 'n');
    await answer('Experiencia internacional');
    await answer('¿Agregar una comunidad de migrantes', 'n');
    let scr = await waitFor('EXIT=');
    expect(scr).toContain('La Fase 1 (Identificación) está completa.');
    // Run from the parent folder: the commands it suggests name the workspace, to be pasted here.
    expect(scr).toContain('Documento: el Perfil Municipal → `linkage generate profile -C ws`');
    expect(scr).toContain('`linkage new <ciudad> -C ws`');
    expect(scr).toContain('Lo mismo, sin preguntas: linkage init ws --answers ws/out/answers/init.yaml');
    expect(scr).toContain('EXIT=0');
    const root = join(parent, 'ws');

    start(root, ['new', 'Santa Cruz de Tenerife', '--country', 'ES']);
    await answer('Idiomas de la contraparte', 'es');
    await pick('¿Qué es la contraparte?', 0);
    await pick('Tipo de vínculo', 0);
    await answer('Nombre de quien encabeza el gobierno de Santa Cruz de Tenerife', 'José Manuel Bermúdez');
    await pick('José Manuel Bermúdez: ¿su cargo', 1);
    await answer('Su cargo');
    await answer('¿Agregar un contacto de trabajo', 'n');
    await pick('¿Por qué esta ciudad?', 2);
    await answer('Explique la razón', 'Ciudades portuarias con patrimonio colonial.');
    await answer('¿Agregar otra razón?', 'n');
    await pick('Prioridad del PMD', 0);
    await answer('Área de oportunidad');
    await answer('¿Agregar otra área de oportunidad?', 'n');
    await answer('Fecha en que se eligió a la contraparte', '2026-11-20');
    await answer('¿Registrar otra ciudad candidata?', 'n');
    scr = await waitFor('EXIT=');
    expect(scr).toContain('Documento: la Carta de Intención → `linkage generate letter santa-cruz-de-tenerife-es`');
    expect(scr).toContain('EXIT=0');

    start(root, ['next', 'santa-cruz-de-tenerife-es']);
    await waitFor('■ Carta de Intención · Fase 2, Vinculación');
    await answer('¿Ya se envió la Carta de Intención a Santa Cruz de Tenerife?', 's');
    await answer('Fecha de envío', '2026-11-25');
    await pick('¿Por qué medio?', 0);
    await answer('Fecha para dar seguimiento');
    scr = await waitFor('EXIT=');
    expect(scr).toContain('✔ Paso «Carta de Intención» completo.');
    expect(scr).toContain(
      'Sigue: «Respuesta de la contraparte» (Vinculación); le toca a: Contraparte; a más tardar el 2027-01-09.',
    );
    expect(scr).toContain('EXIT=0');

    const ws = parse(readFileSync(join(root, 'linkage.yaml'), 'utf8'));
    expect(ws.municipality).toEqual({
      name: 'Tlacotalpan',
      state: 'Veracruz de Ignacio de la Llave',
      stateAbbr: 'Ver.',
      inegiCode: '30173',
    });
    expect(ws.liaison).toEqual({
      area: 'Dirección de Turismo',
      person: { name: 'Iván Rosas', gender: 'm', email: 'ivan@tlacotalpan.gob.mx' },
      appointed: '2025-02-01',
      oficio: 'PM/001/2025',
      office: { email: 'turismo@tlacotalpan.gob.mx' },
    });
    const c = parse(readFileSync(join(root, 'cases', 'santa-cruz-de-tenerife-es', 'case.yaml'), 'utf8'));
    expect(c.counterpart.mayor).toEqual({
      name: 'José Manuel Bermúdez',
      gender: 'm',
      title: 'Alcalde de Santa Cruz de Tenerife',
    });
    expect(c.areas).toEqual([{ id: 'turismo-cultural', title: 'Turismo cultural', priority: 'PMD-2025-3.1' }]);
    expect(c.steps).toEqual({
      counterpart: { date: '2026-11-20' },
      letter: { date: '2026-11-25', channel: 'email', followUpOn: '2027-01-09' },
    });
    const check = runCli(['check'], { cwd: root, env: { LINKAGE_TODAY: TODAY } });
    expect(check.stdout).toContain('Todo en orden');
    expect(check.code).toBe(0);
  }, 120_000);
});

describe.skipIf(!hasTmux)('the status table in a real terminal', () => {
  it('fits 80 columns: long cells wrap within their column at spaces, the slug whole, no row wrapped by the terminal', async () => {
    start(copyWorkspace('demo'), ['status'], 80);
    await waitFor('EXIT=0');
    // -J joins what the terminal wrapped: a line wider than the terminal would show here whole.
    const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION).split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    const slugs = ['almeria-es', 'aurora-us', 'giessen-de', 'hofu-jp', 'krakow-pl', 'leamington-ca', 'mildura-au'];
    for (const slug of slugs)
      expect(lines.some((l) => l.startsWith(`${slug} `) || l.startsWith(`${slug}│`))).toBe(true);
    const hofu = lines.findIndex((l) => l.startsWith('hofu-jp '));
    // Too narrow for two spaces between columns: a rule, so that neighbouring cells do not run together.
    expect(lines[hofu]).toMatch(/^hofu-jp +│2 Vinculación +│2\/12 +│Respuesta de la +│Contraparte│2026-07-15$/);
    expect(lines.find((l) => l.startsWith('leamington-ca'))).toMatch(/│Dictamen de la SRE│SRE +│/);
    // The rest of the next step goes on in its column, whole words; the late items below the row.
    const column = (lines[hofu] as string).indexOf('Respuesta');
    expect(lines[hofu + 1]?.slice(column).replace(/[ │]+$/, '')).toBe('contraparte');
    expect(
      lines
        .slice(hofu + 2, hofu + 4)
        .join(' ')
        .replace(/[\s│]+/g, ' '),
    ).toBe(' Atrasos: seguimiento de «Respuesta de la contraparte» vencido el 2026-09-15');
  });

  it('with nothing late, gives the late column’s room to the next step; a phase is never broken', async () => {
    start(copyWorkspace('demo'), ['status', '--as-of', '2026-09-01'], 84);
    await waitFor('EXIT=0');
    const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION).split('\n');
    const header = lines.find((l) => l.startsWith('Caso ')) as string;
    expect(header).not.toContain('Atrasos');
    expect(lines.find((l) => l.startsWith('giessen-de '))).toMatch(/[ │]4 Instrumentación[ │]/);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(84);
  });

  it('too narrow for the table (60 columns, a long folder name): one block per case, no word cut', async () => {
    const root = copyWorkspace('demo');
    cpSync(join(root, 'cases', 'krakow-pl'), join(root, 'cases', 'ciudad-con-un-nombre-muy-largo-de-verdad-pl'), {
      recursive: true,
    });
    start(root, ['status'], 60);
    await waitFor('EXIT=0');
    const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION).split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    const hofu = lines.findIndex((l) => l.startsWith('hofu-jp · 2 Vinculación · 2/12'));
    expect(hofu).toBeGreaterThan(0);
    expect(lines.slice(hofu + 1, hofu + 4)).toEqual([
      '  Siguiente paso: Respuesta de la contraparte',
      '  Le toca a: Contraparte',
      '  Desde: 2026-07-15',
    ]);
    expect(lines.some((l) => l.startsWith('ciudad-con-un-nombre-muy-largo-de-verdad-pl'))).toBe(true);
  });
});

describe.skipIf(!hasTmux)('templates list in a real terminal', () => {
  /** The demo with the agreement's templates in the workspace, its Spanish one written for an older context. */
  const overridden = () => {
    const root = copyWorkspace('demo');
    expect(runCli(['templates', 'eject', 'agreement'], { cwd: root }).code).toBe(0);
    replaceIn(join(root, 'templates', 'es', 'agreement.hbs'), 'linkage: agreement v1', 'linkage: agreement v0');
    return root;
  };

  for (const columns of [80, 50])
    it(`fits ${columns} columns, a workspace template and an outdated one among the built-in: no line wider, no word cut`, async () => {
      const root = overridden();
      // Piped, every row on one line: its words are the ones the terminal must show whole.
      const piped = runCli(['templates', 'list'], { cwd: root }).stdout;
      expect(piped).toMatch(/agreement\s+es\s+templates\/es\/agreement\.hbs\s+del espacio de trabajo\s+\S+\s+escrita/);
      const words = new Set(piped.split(/\s+/).filter(Boolean));
      start(root, ['templates', 'list'], columns);
      await waitFor('EXIT=0');
      const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION)
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.startsWith('EXIT='));
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      for (const word of lines.flatMap((l) => l.split(/[\s·]+/)).filter(Boolean)) expect(words, word).toContain(word);
      const text = lines.join(' ').replace(/\s+/g, ' ');
      expect(text).toContain('escrita para la versión 0 del contexto; la actual es 1');
      for (const path of ['templates/es/agreement.hbs', 'templates/es/opinion-request.hbs', 'templates/en/letter.hbs'])
        expect(text).toContain(path);
    });
});

describe.skipIf(!hasTmux)('check in a real terminal', () => {
  it('100 columns: a finding’s message and hint wrap at spaces under their text, paths and code whole', async () => {
    const root = copyWorkspace('demo');
    start(root, ['check'], 100);
    await waitFor('EXIT=');
    const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION).split('\n');
    const said = lines.slice(
      0,
      lines.findIndex((l) => l.startsWith('EXIT=')),
    );
    for (const line of said) expect(displayWidth(line), line).toBeLessThanOrEqual(100);
    // The same words as piped, none cut: piped, each finding's message and hint are one line.
    const piped = runCli(['check'], { cwd: root, env: { LINKAGE_TODAY: TODAY } }).stdout;
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(said.join('\n'))).toEqual(words(piped));
    expect(said.length).toBeGreaterThan(piped.trim().split('\n').length);
    // A finding starts at the margin; its message goes on under it, its hint under the hint's text.
    const finding = said.findIndex((l) => l.startsWith('cases/aurora-us/case.yaml:62:15 (areas.0.priority) '));
    const hint = said.findIndex((l, i) => i > finding && l.startsWith('  → '));
    for (const line of said.slice(finding + 1, hint)) expect(line).toMatch(/^ {2}\S/);
    expect(said[hint + 1]).toMatch(/^ {4}\S/);
    expect(said.slice(hint, hint + 3).join('\n')).toContain('`areas: priority:`');
    expect(said.at(-1)).toBe('0 errores, 4 advertencias en 16 archivos.');
  });
});

describe.skipIf(!hasTmux)('calendar in a real terminal', () => {
  it('50 columns, in colour: a case left out shows its findings as check does, the hint under its text', async () => {
    const root = copyWorkspace('demo');
    // A date that does not exist: an error with a hint, so the case is left out.
    replaceIn(join(root, 'cases', 'krakow-pl', 'case.yaml'), 'date: 2026-10-20', 'date: 2026-02-30');
    start(root, ['calendar', '--out', 'cal.ics'], 50, 'NO_COLOR= FORCE_COLOR=1');
    await waitFor('EXIT=0');
    const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION).split('\n');
    const said = lines.slice(0, lines.indexOf('EXIT=0'));
    for (const line of said) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
    const finding = said.findIndex((l) => l.startsWith('  cases/krakow-pl/case.yaml:54:11'));
    const hint = said.findIndex((l, i) => i > finding && l.startsWith('  → '));
    expect(finding).toBeGreaterThan(0);
    // The message goes on under the finding, the hint's next line under the hint's text.
    for (const line of said.slice(finding + 1, hint)) expect(line).toMatch(/^ {2}\S/);
    expect(said[hint + 1]).toMatch(/^ {4}\S/);
    expect(
      said
        .slice(hint, hint + 3)
        .join(' ')
        .replace(/\s+/g, ' '),
    ).toContain('→ Revise el mes y el día: la fecha se escribe AAAA-MM-DD (año, mes, día).');
  });
});

describe.skipIf(!hasTmux)('the lines a command writes after the prompts', () => {
  it('120 columns: wrap at spaces, a path longer than a line whole on a line of its own', async () => {
    const dir = join(tempDir(), `ws-${'muy-largo-'.repeat(13)}`);
    cpSync(copyWorkspace('demo'), dir, { recursive: true });
    start(tempDir(), ['log', 'krakow-pl', '-C', dir], 120);
    await answer('Fecha del contacto');
    await answer('Medio');
    await answer('Con quién');
    await answer('Qué se trató [español]', 'Llamada');
    await answer('Qué se trató [inglés]');
    await answer('Fecha para dar seguimiento');
    await answer('¿Anotar otro contacto?');
    await waitFor('EXIT=0');
    // -J joins what the terminal wrapped: a line wider than the terminal would show here whole.
    const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION).split('\n');
    const said = lines.slice(
      lines.findIndex((l) => l.startsWith('1 entrada agregada')),
      lines.indexOf('EXIT=0'),
    );
    // A path wider than the terminal is one word, whole, alone on its line; every other line fits.
    for (const line of said) if (line.includes(' ')) expect(displayWidth(line), line).toBeLessThanOrEqual(120);
    expect(said).toContain(dir);
    const text = said.join(' ').replace(/\s+/g, ' ');
    expect(text).toMatch(/^1 entrada agregada a \S+\/ws-(muy-largo-){13}\/cases\/krakow-pl\/case\.yaml\. /);
    expect(text).toMatch(
      / Lo mismo, sin preguntas: linkage log krakow-pl --answers \S+\/out\/answers\/log-krakow-pl\.yaml -C /,
    );
    expect(text.endsWith(` -C ${dir}`)).toBe(true);
  }, 30_000);
});

describe.skipIf(!hasTmux)('the guided prompts in a narrow terminal', () => {
  it('200 columns: a step’s explanation keeps to lines of 96 columns, easy to read', async () => {
    // Hofu's step: its explanation is 131 columns long.
    start(copyWorkspace('demo'), ['next', 'hofu-jp'], 200);
    await waitFor('? ');
    const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION).split('\n');
    const header = lines.slice(
      0,
      lines.findIndex((l) => l.startsWith('?')),
    );
    expect(header.join(' ')).toContain('La ciudad elegida acepta, declina o no responde.');
    for (const line of header) expect(displayWidth(line), line).toBeLessThanOrEqual(96);
  });

  it('50 columns: a step’s explanation wraps at spaces within the terminal, no word cut', async () => {
    start(copyWorkspace('demo'), ['next', 'krakow-pl'], 50);
    await waitFor('? ¿Ya se envió la Carta de Intención');
    // -J joins what the terminal wrapped: a line wider than the terminal would show here whole.
    const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION).split('\n');
    const header = lines.slice(
      0,
      lines.findIndex((l) => l.startsWith('?')),
    );
    expect(header.join(' ')).toContain('La Presidencia Municipal dirige a la alcaldía');
    for (const line of header) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
    expect(header.some((l) => / elegida /.test(` ${l} `))).toBe(true);
  });

  it('50 columns: a refused answer’s message wraps at spaces under the question, no word cut', async () => {
    start(copyWorkspace('demo'), ['next', 'krakow-pl'], 50);
    await answer('¿Ya se envió la Carta de Intención a Cracovia?', 's');
    await waitFor('? Fecha de envío');
    tmux('send-keys', '-t', SESSION, '-l', '2026-13-45');
    tmux('send-keys', '-t', SESSION, 'Enter');
    await waitFor('Fecha no válida');
    const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION).split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
    const said = lines.slice(lines.findIndex((l) => l.startsWith('> Fecha no válida')));
    expect(said.join(' ').replace(/\s+/g, ' ').trim()).toBe(
      '> Fecha no válida: 2026-13-45 no existe, el año no tiene mes 13. El mes va en medio, del 01 al 12: la fecha se escribe AAAA-MM-DD (año, mes, día).',
    );
    // Its lines go on under its text, after the «> ».
    expect(said[1]).toMatch(/^ {2}\S/);
  });

  it('50 columns: a step’s header and its notes wrap at spaces, under their own text', async () => {
    start(copyWorkspace('demo'), ['next', 'giessen-de'], 50);
    await waitFor('? Objetivo 1');
    const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION).split('\n');
    const header = lines.slice(
      0,
      lines.findIndex((l) => l.startsWith('?')),
    );
    for (const line of header) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
    const title = header.findIndex((l) => l.startsWith('■ '));
    expect(header.slice(title, title + 2)).toEqual(['■ Programa Operativo Anual · Fase 4,', '  Instrumentación']);
    const note = header.findIndex((l) => l.startsWith('  Programa Operativo Anual 2026:'));
    expect(header[note + 1]).toBe('  cases/giessen-de/aop/2026.yaml');
  });

  it('50 columns: a default with no room after its question starts its own line at the margin', async () => {
    start(copyWorkspace('demo'), ['next', 'giessen-de'], 50);
    await waitFor('? Objetivo 1');
    const lines = tmux('capture-pane', '-p', '-t', SESSION).split('\n');
    const question = lines.indexOf('? Objetivo 1 [español]');
    expect(lines[question + 1]).toMatch(/^\(Poner en marcha /);
    // Broken at a space within the terminal, no word cut.
    expect(lines.slice(question + 1, question + 3).join(' ')).toBe(
      '(Poner en marcha la cooperación en las áreas del acuerdo.)',
    );
    // Taken, the answer stays below the question, broken at a space too.
    tmux('send-keys', '-t', SESSION, 'Enter');
    await waitFor('? Objetivo 1 [inglés]');
    const after = tmux('capture-pane', '-p', '-t', SESSION).split('\n');
    const done = after.indexOf('✔ Objetivo 1 [español]');
    expect(after.slice(done + 1, done + 3)).toEqual(['Poner en marcha la cooperación en las áreas del', 'acuerdo.']);
  });

  it('80 columns: the line that Ctrl+C leaves wraps at spaces within the terminal; exit 130', async () => {
    start(copyWorkspace('demo'), ['new', 'Almería'], 80);
    await answer('País de Almería', 'es');
    await waitFor('? Identificador del caso');
    tmux('send-keys', '-t', SESSION, 'C-c');
    await waitFor('EXIT=');
    const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION).split('\n');
    expect(lines).toContain('EXIT=130');
    const said = lines.slice(
      lines.findIndex((l) => l.startsWith('Interrumpido')),
      lines.indexOf('EXIT=130'),
    );
    expect(said.join(' ')).toBe(
      'Interrumpido. Lo ya respondido quedó guardado; repita el mismo `linkage new` para continuar.',
    );
    for (const line of said) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('50 columns: questions wrap at spaces, their default and answer after them, no word cut; an answered line keeps no «Enter:» hint', async () => {
    start(copyWorkspace('demo'), ['new', 'Lyon', '--country', 'FR'], 50);
    // The English name defaults to the Spanish, and says so while it is asked; typed over, the hint goes.
    await waitFor('? Nombre de la ciudad [inglés] (Enter: igual que\nen español) (Lyon)');
    await answer('Nombre de la ciudad [inglés]', 'Lyons');
    await answer('Nombre de la ciudad [alemán]');
    await answer('Idiomas de la contraparte');
    await pick('¿Qué es la contraparte?', 0);
    await waitFor('? Tipo de vínculo');
    const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION).split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
    const text = lines.join(' ').replace(/\s+/g, ' ');
    expect(lines).toContain('✔ Nombre de la ciudad [inglés] Lyons');
    expect(text).not.toContain('✔ Nombre de la ciudad [inglés] (Enter');
    expect(text).toContain('✔ Idiomas de la contraparte (códigos ISO 639 separados por comas, p. ej. de, en) fr');
    expect(text).toContain('✔ ¿Qué es la contraparte? Gobierno local extranjero (ciudad, municipio, región)');
  });
});

describe.skipIf(!hasTmux)('a paste into the prompts of a real terminal', () => {
  it('a paragraph pasted, marked by the terminal or not, is one answer that keeps its lines', async () => {
    const root = copyWorkspace('demo');
    const file = join(tempDir(), 'paste.txt');
    start(root, ['log', 'krakow-pl']);
    await answer('Fecha del contacto');
    await pick('Medio', 0);
    await answer('Con quién', 'Ana');
    await waitFor('? Qué se trató [español]');
    // -p: as a terminal pastes for a program that asked for bracketed paste (the prompt did).
    writeFileSync(file, 'Acordamos el calendario.\nLa visita será en marzo.\nFalta el presupuesto.\n');
    tmux('load-buffer', file);
    tmux('paste-buffer', '-p', '-t', SESSION);
    await waitFor('? Qué se trató [español] Acordamos el calendario.↵La visita será en marzo.↵Falta el presupuesto.↵');
    tmux('send-keys', '-t', SESSION, 'Enter');
    await waitFor('? Qué se trató [inglés] (Enter: igual que en español) (Acordamos el calendario.↵La visita');
    // Without -p: the lines come unmarked, each ended by a CR, as from a terminal without bracketed paste.
    writeFileSync(file, 'We agreed the schedule.\nThe visit is in March.');
    tmux('load-buffer', file);
    tmux('paste-buffer', '-t', SESSION);
    await waitFor(
      '? Qué se trató [inglés] (Enter: igual que en español) We agreed the schedule.↵The visit is in March.',
    );
    tmux('send-keys', '-t', SESSION, 'Enter');
    await answer('Fecha para dar seguimiento');
    await answer('¿Anotar otro contacto?', 'n');
    const scr = await waitFor('EXIT=');
    expect(scr).toContain('EXIT=0');
    expect(scr).toContain(
      '✔ Qué se trató [español] Acordamos el calendario.\n  La visita será en marzo.\n  Falta el presupuesto.',
    );
    const c = parse(readFileSync(join(root, 'cases', 'krakow-pl', 'case.yaml'), 'utf8'));
    expect(c.contactLog.at(-1).summary).toEqual({
      es: 'Acordamos el calendario.\nLa visita será en marzo.\nFalta el presupuesto.',
      en: 'We agreed the schedule.\nThe visit is in March.',
    });
    // Bracketed paste is off again: a paste now (echoed by the terminal, under `sleep`) comes unmarked.
    writeFileSync(file, 'despues');
    tmux('load-buffer', file);
    tmux('paste-buffer', '-p', '-t', SESSION);
    expect(await waitFor('despues')).not.toContain('[200~');
  });
});

describe.skipIf(!hasTmux)('a dumb terminal (TERM=dumb)', () => {
  it('is no terminal for the prompts: no question it could not edit, exit 2 naming the answers and --answers', async () => {
    // Node's readline does no editing on a dumb terminal (Backspace, the arrows), while the prompts
    // drew with escape codes: a mistyped date could not be corrected, only Ctrl+C got out.
    const root = copyWorkspace('demo');
    start(root, ['next', 'krakow-pl'], 200, 'TERM=dumb');
    const scr = await waitFor('EXIT=');
    expect(scr).not.toContain('? ');
    expect(scr).toContain('Faltan respuestas: Fecha de envío [steps.letter.date].');
    expect(scr).toContain('--answers <archivo.yaml>');
    expect(scr).toContain('EXIT=2');
  });

  it('50 columns, answers from a file: the lines said wrap at spaces as a run with questions wraps them', async () => {
    const answers = 'steps:\n  letter:\n    date: 2026-11-27\n';
    const root = copyWorkspace('demo');
    writeFileSync(join(root, 'a.yaml'), answers);
    start(root, ['next', 'krakow-pl', '--answers', 'a.yaml'], 50, 'TERM=dumb');
    await waitFor('EXIT=0');
    // -J joins what the terminal wrapped: a line wider than the terminal would show here whole.
    const lines = tmux('capture-pane', '-p', '-J', '-t', SESSION).split('\n');
    const said = lines.slice(0, lines.indexOf('EXIT=0'));
    for (const line of said) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
    // The same words as piped, none cut.
    const piped = copyWorkspace('demo');
    writeFileSync(join(piped, 'a.yaml'), answers);
    const run = runCli(['next', 'krakow-pl', '--answers', 'a.yaml'], { cwd: piped, env: { LINKAGE_TODAY: TODAY } });
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(said.join('\n'))).toEqual(words(run.stdout));
    // A line led by a mark goes on under its text.
    const step = said.findIndex((l) => l.startsWith('… Paso «Respuesta de la contraparte»'));
    expect(said[step + 1]).toMatch(/^ {2}\S/);
  });

  it('is shown no colour: its escape codes would be printed as they are', async () => {
    // NO_COLOR empty: colour as on any terminal, but for TERM=dumb (-e: the screen with its colours).
    start(copyWorkspace('demo'), ['check'], 200, 'NO_COLOR= TERM=dumb');
    await waitFor('EXIT=');
    const scr = tmux('capture-pane', '-p', '-e', '-t', SESSION);
    expect(scr).toContain('advertencia');
    expect(scr).not.toContain('\u001b[');
    // The same on a terminal that shows colours: coloured.
    start(copyWorkspace('demo'), ['check'], 200, 'NO_COLOR= TERM=xterm-256color');
    await waitFor('EXIT=');
    expect(tmux('capture-pane', '-p', '-e', '-t', SESSION)).toContain('\u001b[');
  });
});

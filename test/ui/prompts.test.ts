import '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { t, type UiLang } from '../../src/ui/i18n.js';
import { isInterrupt, loadPrompter } from '../../src/ui/prompts.js';
import { displayWidth } from '../../src/ui/text.js';
import { clearLine, ctrlC, paste, prompt, rejected, screen } from '../flows/driver.js';

// The yes/no prompt and the help line of a list speak the catalog's words, in either UI language.
describe.each<[UiLang, string, string]>([
  ['es', 'x', 's'],
  ['en', 'x', 'y'],
])('the prompts in the %s UI', (lang, bad, yes) => {
  it('hints the default, asks again in the catalog words after a bad answer, and says the answer without the hint', async () => {
    const p = await loadPrompter(lang);
    const asked = p.confirm({ message: 'Q?', default: true });
    await prompt(`Q? ${t(lang, 'prompts.confirm.default-yes')}`);
    screen.type(bad);
    screen.keypress('enter');
    await rejected(t(lang, 'prompts.confirm.invalid'));
    clearLine();
    screen.type(yes);
    screen.keypress('enter');
    expect(await asked).toBe(true);
    expect(screen.getScreen()).toContain(`Q? ${t(lang, 'prompts.yes')}`);
    expect(screen.getScreen()).not.toContain(t(lang, 'prompts.confirm.default-yes'));

    screen.clear();
    const no = p.confirm({ message: 'R?' });
    await prompt(`R? ${t(lang, 'prompts.confirm.default-no')}`);
    screen.keypress('enter');
    expect(await no).toBe(false);
  });

  it('names what the keys do under a list', async () => {
    const p = await loadPrompter(lang);
    const chosen = p.select({
      message: 'Pick',
      choices: [
        { value: 1, name: 'one' },
        { value: 2, name: 'two' },
      ],
    });
    await prompt('Pick');
    expect(screen.getScreen()).toContain(`↑↓ ${t(lang, 'prompts.key.navigate')} • ⏎ ${t(lang, 'prompts.key.select')}`);
    screen.keypress('enter');
    expect(await chosen).toBe(1);
  });

  it('has the words the catalog gives', () => {
    const words = ['prompts.confirm.default-yes', 'prompts.confirm.default-no', 'prompts.confirm.invalid'].map((id) =>
      t(lang, id),
    );
    expect(words).toEqual(
      lang === 'es'
        ? ['(S/n)', '(s/N)', 'Responda «s» (sí) o «n» (no).']
        : ['(Y/n)', '(y/N)', 'Answer "y" (yes) or "n" (no).'],
    );
  });
});

// A pasted paragraph is one answer: the terminal marks the paste (bracketed paste, which the prompt
// switches on while it is open), or sends it in one burst; each line break used to be an Enter.
describe('a pasted text', () => {
  const PARAGRAPH = 'Primera línea del acuerdo.\nSegunda línea: ñandú, 漢字.\n\nOtro párrafo.\n';
  const KEPT = 'Primera línea del acuerdo.\nSegunda línea: ñandú, 漢字.\n\nOtro párrafo.';

  it.each([
    ['bracketed', true],
    ['unmarked', false],
  ])('%s, arrives whole in a free text, shown on one line with ↵ until Enter', async (_, bracketed) => {
    const p = await loadPrompter('es');
    const asked = p.input({ message: 'Qué se trató', multiline: true });
    await prompt('Qué se trató');
    screen.type('Dijo: ');
    paste(PARAGRAPH, bracketed);
    // Nothing taken yet: the line shows the paste, its breaks as ↵, and waits for Enter.
    expect(screen.getScreen()).toBe(
      '? Qué se trató Dijo: Primera línea del acuerdo.↵Segunda línea: ñandú, 漢字.↵↵Otro párrafo.↵',
    );
    screen.keypress('enter');
    expect(await asked).toBe(`Dijo: ${KEPT}`);
    // The answer is shown as it is kept, a line for each line.
    expect(screen.getScreen()).toBe(
      '✔ Qué se trató Dijo: Primera línea del acuerdo.\n  Segunda línea: ñandú, 漢字.\n\n  Otro párrafo.',
    );
  });

  it('offers a text of several lines as the default of the next question, and keeps its lines', async () => {
    const p = await loadPrompter('es');
    const asked = p.input({ message: 'In English', default: KEPT, multiline: true });
    await prompt('In English (Primera línea del acuerdo.↵Segunda línea: ñandú, 漢字.↵↵Otro párrafo.)');
    screen.keypress('enter');
    expect(await asked).toBe(KEPT);
  });

  it('in a field of one line, its lines are joined by spaces', async () => {
    const p = await loadPrompter('es');
    const asked = p.input({ message: 'Con quién' });
    await prompt('Con quién');
    paste('Oficina de Relaciones\nInternacionales\n');
    await prompt('Con quién Oficina de Relaciones Internacionales');
    screen.keypress('enter');
    expect((await asked).trim()).toBe('Oficina de Relaciones Internacionales');
  });

  it('goes where the cursor is; the line is edited after it as any other (Backspace over ↵, 漢 and ñ)', async () => {
    const p = await loadPrompter('es');
    const asked = p.input({ message: 'Texto', multiline: true });
    await prompt('Texto');
    screen.type('añ漢z');
    screen.keypress('left');
    paste('1\n2');
    await prompt('Texto añ漢1↵2z');
    screen.keypress('backspace');
    await prompt('Texto añ漢1↵z');
    screen.keypress('end');
    for (let i = 0; i < 5; i++) screen.keypress('backspace');
    await prompt(/^\? Texto a$/);
    screen.type('ño');
    screen.keypress('enter');
    expect(await asked).toBe('año');
  });

  it('with Windows line ends (CR LF, passed on by the terminal as they are), has one line break for each', async () => {
    const p = await loadPrompter('es');
    const asked = p.input({ message: 'Texto', multiline: true });
    await prompt('Texto');
    screen.input.write('\x1b[200~Uno.\r\nDos.\r\n\r\nTres.\r\n\x1b[201~');
    await prompt('Texto Uno.↵Dos.↵↵Tres.↵');
    screen.keypress('enter');
    expect(await asked).toBe('Uno.\nDos.\n\nTres.');
  });

  it('keeps its tabs in a free text (a table’s cells), a space in a field of one line; a tab pasted is never the Tab that takes the default', async () => {
    const p = await loadPrompter('es');
    const free = p.input({ message: 'Texto', default: 'Propuesto', multiline: true });
    await prompt('Texto (Propuesto)');
    paste('\tMes\tVisitas\nMarzo\t12');
    screen.keypress('enter');
    expect(await free).toBe('\tMes\tVisitas\nMarzo\t12');
    const line = p.input({ message: 'Con quién', default: 'Propuesto' });
    await prompt('Con quién (Propuesto)');
    paste('\tOficina\tde enlace');
    screen.keypress('enter');
    expect(await line).toBe(' Oficina de enlace');
  });

  it('is not an Enter pressed twice: that answers once, what was typed', async () => {
    const p = await loadPrompter('es');
    const asked = p.input({ message: 'Texto', multiline: true });
    await prompt('Texto');
    screen.type('hola');
    screen.keypress('enter');
    screen.keypress('enter');
    expect(await asked).toBe('hola');
  });

  it('bracketed paste is on while a text is asked, and off after it, Ctrl+C included', async () => {
    const p = await loadPrompter('es');
    const switched = async () => {
      const raw = await screen.getFullOutput({ raw: true });
      return { on: raw.lastIndexOf('\x1b[?2004h'), off: raw.lastIndexOf('\x1b[?2004l') };
    };
    const asked = p.input({ message: 'Texto' });
    await prompt('Texto');
    expect(await switched()).toMatchObject({ on: expect.any(Number), off: -1 });
    expect((await switched()).on).toBeGreaterThan(-1);
    screen.keypress('enter');
    await asked;
    let s = await switched();
    expect(s.off).toBeGreaterThan(s.on);

    screen.clear();
    const stopped = p.input({ message: 'Otro' });
    await prompt('Otro');
    ctrlC();
    expect(isInterrupt(await stopped.catch((e: unknown) => e))).toBe(true);
    s = await switched();
    expect(s.on).toBeGreaterThan(-1);
    expect(s.off).toBeGreaterThan(s.on);
  });
});

// A typed answer longer than the room after its question: inquirer would leave the terminal to fold
// the answered line anywhere, mid-word («Internaciona / les» at 100 columns).
describe('an answer typed after its question', () => {
  it('is shown broken at spaces within the terminal once answered, no word cut', async () => {
    const p = await loadPrompter('es', 50);
    const asked = p.input({ message: 'Área de enlace de asuntos internacionales' });
    await prompt('Área de enlace de asuntos internacionales');
    screen.type('Dirección de Turismo y Relaciones Internacionales');
    screen.keypress('enter');
    expect(await asked).toBe('Dirección de Turismo y Relaciones Internacionales');
    const lines = screen.getScreen().split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(50);
    expect(lines).toEqual([
      '✔ Área de enlace de asuntos internacionales',
      'Dirección de Turismo y Relaciones',
      'Internacionales',
    ]);
  });
});

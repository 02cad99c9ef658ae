import '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { t, type UiLang } from '../../src/ui/i18n.js';
import { loadPrompter } from '../../src/ui/prompts.js';
import { clearLine, prompt, rejected, screen } from '../flows/driver.js';

// The yes/no prompt and the help line of a list speak the catalog's words, in either UI language.
describe.each<[UiLang, string, string]>([
  ['es', 'x', 's'],
  ['en', 'x', 'y'],
])('the prompts in the %s UI', (lang, bad, yes) => {
  it('hints the default, asks again in the catalog words after a bad answer, and says the answer', async () => {
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
    expect(screen.getScreen()).toContain(`Q? ${t(lang, 'prompts.confirm.default-yes')} ${t(lang, 'prompts.yes')}`);

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

// `--help` in the user's language. src/cli.ts gives each command, option and argument a catalog id
// as its description; commander's own words (titles, [options], <file>) are translated here too.
import { type Argument, Help, type HelpConfiguration, type Option } from 'commander';
import { t, type UiLang } from './i18n.js';
import { catalog } from './messages/index.js';

/** Commander's indent of an item (an option, a command) in a list, and its gap after the term. */
const ITEM_INDENT = 2;
const ITEM_GAP = 2;
/** The indent of a description put under its term. */
const UNDER_INDENT = 6;

/** The help's texts in the language `lang()` gives when help is shown (after the options were read). */
export function helpIn(lang: () => UiLang): HelpConfiguration {
  const say = (text: string) => (catalog[text] ? t(lang(), text) : text);
  // `[case]`, `<file>`, `[path...]`: the placeholder's word, when the catalog has it.
  const words = (s: string) =>
    s.replace(/([[<])([a-z-]+)((?:\.\.\.)?[\]>])/g, (whole, open: string, word: string, close: string) =>
      catalog[`help.word.${word}`] ? `${open}${say(`help.word.${word}`)}${close}` : whole,
    );
  const extra = (item: Option | Argument, description: string) => {
    const notes: string[] = [];
    if (item.argChoices) notes.push(t(lang(), 'help.choices', { values: item.argChoices.join(', ') }));
    const shown = typeof item.defaultValue === 'string' && item.defaultValue !== '';
    if (shown) notes.push(t(lang(), 'help.default', { value: item.defaultValue as string }));
    return notes.length > 0 ? `${description} (${notes.join('; ')})` : description;
  };
  return {
    styleTitle: (title) => say(`help.title.${title}`),
    styleUsage: words,
    styleSubcommandTerm: words,
    styleOptionTerm: words,
    // The list of arguments names them bare (`case`), the usage line in brackets.
    styleArgumentTerm: (term) => (catalog[`help.word.${term}`] ? say(`help.word.${term}`) : words(term)),
    commandDescription: (cmd) => say(cmd.description()),
    subcommandDescription: (cmd) => say(cmd.description()),
    optionDescription: (option) => extra(option, say(option.description ?? '')),
    argumentDescription: (argument) => extra(argument, say(argument.description ?? '')),
    // Commander stops wrapping descriptions when the column of terms leaves them fewer than
    // `minWidthToWrap` columns (the Spanish "generate [opciones] [documento] [caso]" at 80): then each
    // description goes on its own lines, under its term, wrapped to the terminal.
    formatItem: (term, termWidth, description, helper) => {
      const width = helper.helpWidth ?? 80;
      if (!description || width - termWidth - ITEM_INDENT - ITEM_GAP >= helper.minWidthToWrap)
        return Help.prototype.formatItem.call(helper, term, termWidth, description, helper);
      const under = ' '.repeat(UNDER_INDENT);
      return `${' '.repeat(ITEM_INDENT)}${term}\n${helper.boxWrap(description, width - UNDER_INDENT).replace(/^/gm, under)}`;
    },
  };
}

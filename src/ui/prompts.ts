// Every prompt goes through here. Inquirer is imported lazily, the first time something is asked, so
// a run with nothing to ask (or no terminal) never loads it. Tests drive these same prompts with
// @inquirer/testing, which mocks the @inquirer/prompts module that ./inquirer.js re-exports (and
// linkage's own text prompt, ./text-prompt.js, through test/flows/driver.ts).
import { requireWithCodeCache } from '../code-cache.js';
import { bundled, lazyFile } from '../workspace/lazy.js';
import { t, type UiLang } from './i18n.js';
import type * as Inquirer from './inquirer.js';
import { displayWidth, fitAfter, wrapLine, wrapText } from './text.js';

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export interface InputQuestion {
  message: string;
  default?: string;
  /** True, or the message that asks again. */
  validate?: (value: string) => true | string;
  /** A text that keeps the line breaks of a pasted one (free text for documents); otherwise they become spaces. */
  multiline?: boolean;
  /** What Enter does, after the question while it is asked; the answered line has the question and the answer. */
  hint?: string;
}

export interface Prompter {
  input(q: InputQuestion): Promise<string>;
  select<T>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
}

/** Ctrl+C at a prompt: inquirer rejects with an ExitPromptError. */
export const isInterrupt = (error: unknown): boolean => error instanceof Error && error.name === 'ExitPromptError';

/** The message for each key action that inquirer's select names in its help line. */
const KEY_HELP: Record<string, string> = { navigate: 'prompts.key.navigate', select: 'prompts.key.select' };

const YES = /^(s|si|sí|y|yes)$/i;
const NO = /^(n|no)$/i;

/**
 * A question as lines that fit `columns`, broken at spaces: inquirer breaks a line too long for the
 * terminal anywhere, mid-word. What inquirer shows after the last line (the default in parentheses)
 * goes to a line of its own, the question ending in a line break, when it does not fit there.
 */
function fitMessage(message: string, columns: number | undefined, after = ''): string {
  if (!columns) return message;
  // «? » before the question; after it, a space, what follows, and a space before the answer.
  const width = Math.max(10, columns - 2);
  const lines = wrapText(message, width);
  const fits = after === '' || displayWidth(lines.at(-1) as string) + displayWidth(after) + 2 <= width;
  return `${lines.join('\n')}${fits ? '' : '\n'}`;
}

/** The question fitted to `columns` with its hint while asked (see fitMessage), and without once answered. */
function hinted(message: string, hint: string | undefined, columns: number | undefined, after = '') {
  if (hint === undefined) return { message: fitMessage(message, columns, after) };
  return { message: fitMessage(`${message} ${hint}`, columns, after), answered: fitMessage(message, columns) };
}

/**
 * An answer's refusal, broken at spaces to fit `columns` under the question, its lines after the
 * first under its text: inquirer shows it after a «> » of its own, and would break it mid-word.
 */
function fitRefusal(validate: (value: string) => true | string, columns: number | undefined) {
  return (value: string): true | string => {
    const said = validate(value);
    return said === true || !columns ? said : wrapLine(`> ${said}`, columns).join('\n').slice(2);
  };
}

/** The inquirer prompts with the interface in `lang`; `columns`: the terminal's width. */
export async function loadPrompter(lang: UiLang, columns?: number): Promise<Prompter> {
  // In the bundle, a file of its own (dist/lazy/inquirer.cjs) that no other command reads.
  const inquirer = bundled
    ? requireWithCodeCache<typeof Inquirer>(lazyFile('inquirer.cjs'))
    : await import('./inquirer.js');
  const selectTheme = {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${key} ${KEY_HELP[action] ? t(lang, KEY_HELP[action]) : action}`).join(' • '),
    },
  };
  return {
    input: (q) =>
      inquirer.text({
        // A default of several lines shows on one, a ↵ for each break.
        ...hinted(q.message, q.hint, columns, q.default ? `(${q.default.replaceAll('\n', '↵')})` : ''),
        ...(q.default !== undefined && q.default !== '' ? { default: q.default } : {}),
        ...(columns ? { columns } : {}),
        ...(q.validate ? { validate: fitRefusal(q.validate, columns) } : {}),
        ...(q.multiline ? { multiline: true } : {}),
      }),
    select: <T>(q: { message: string; choices: Choice<T>[]; default?: T }) => {
      const message = fitMessage(q.message, columns);
      return inquirer.select<T>({
        message,
        choices: q.choices.map((c) => ({
          value: c.value,
          name: c.name,
          short: fitAfter(message, c.name, columns),
          ...(c.description ? { description: c.description } : {}),
        })),
        ...(q.default !== undefined ? { default: q.default } : {}),
        pageSize: 10,
        theme: selectTheme,
      });
    },
    // A yes/no typed in Spanish or English: «s», «si», «sí», «n», «no», Enter for the default.
    confirm: async (q) => {
      const def = q.default ?? false;
      const hint = t(lang, def ? 'prompts.confirm.default-yes' : 'prompts.confirm.default-no');
      const answer = await inquirer.text({
        ...hinted(q.message, hint, columns, t(lang, 'prompts.yes')),
        validate: fitRefusal(
          (v) =>
            v.trim() === '' || YES.test(v.trim()) || NO.test(v.trim()) ? true : t(lang, 'prompts.confirm.invalid'),
          columns,
        ),
        transformer: (v, { isFinal }) => (isFinal ? t(lang, toBool(v, def) ? 'prompts.yes' : 'prompts.no') : v),
      });
      return toBool(answer, def);
    },
  };
}

function toBool(v: string, def: boolean): boolean {
  const t = v.trim();
  if (t === '') return def;
  return YES.test(t);
}

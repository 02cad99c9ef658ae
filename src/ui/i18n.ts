import type { Params } from '../errors.js';
import { catalog } from './messages/index.js';
import type { UiLang } from './messages/types.js';

export type { UiLang };

/**
 * `{name}` is the parameter; `{name|one|other}` the word for one of it, or for any other number. A
 * parameter with an English form of its own (`nameEn`: a title the workspace records in both) gives
 * it to English messages, so that both languages name the same placeholders.
 */
const fill = (text: string, params: Params, lang: UiLang) => {
  const value = (name: string) => (lang === 'en' ? (params[`${name}En`] ?? params[name]) : params[name]);
  return text
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      params[name] === undefined ? whole : Number(params[name]) === 1 ? one : other,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = value(name);
      return v !== undefined ? String(v) : whole;
    });
};

/**
 * A catalog message in the UI language, with its hint. An unknown id is a bug, said plainly.
 * `{globals}` follows each command a message suggests: the -C and --as-of that make it act on the
 * same workspace from where the user stands (commandLine of workspaceArgs). A caller that has none to
 * give (the run needs none, or its reader is elsewhere, as a calendar's) leaves it empty.
 */
export function message(lang: UiLang, id: string, given: Params = {}): { text: string; hint?: string } {
  const entry = catalog[id];
  const params = { globals: '', ...given };
  if (!entry) return { text: `${id} ${JSON.stringify(given)}` };
  const hint = entry.hint ? fill(entry.hint[lang], params, lang) : undefined;
  return { text: fill(entry[lang], params, lang), ...(hint ? { hint } : {}) };
}

export const t = (lang: UiLang, id: string, params: Params = {}) => message(lang, id, params).text;

/** --ui-lang, then LINKAGE_LANG, then the workspace setting, then Spanish. The OS locale is ignored. */
export function resolveUiLang(
  flag: string | undefined,
  env: string | undefined,
  workspace: string | undefined,
): UiLang {
  for (const v of [flag, env, workspace]) if (v === 'es' || v === 'en') return v;
  return 'es';
}

// Pieces every document's context shares: text in the document's language (escaped for Markdown),
// officials in office on the document's date, dates and names the way each language writes them.
import { UserError } from '../../errors.js';
import { longDate } from '../../intl.js';
import { administrationOn, officialOn } from '../../process/administrations.js';
import type { Workspace } from '../../workspace/load.js';
import type { AdministrationData, LangTextValue, WorkspaceFile } from '../../workspace/schema.js';
import type { CommonCtx, PersonContext } from './schema.js';

type Static<T> = { [K in keyof T]: T[K] extends { static: infer S } ? S : never };
export type CommonContext = Static<typeof CommonCtx>;

/** Where a value came from, so that a missing translation names its file and field. */
export interface Source {
  file: string;
  path: (string | number)[];
}

/** Backslash-escapes every ASCII punctuation mark, so "50% *urgente*" prints as typed. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&'"%$:;=?@^,/]/g, '\\$&')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((para) => para.replace(/\s*\n\s*/g, ' ').trim())
    .join('\n\n');
}

/** The text of a language map in `lang`, escaped; a missing translation is an error naming the field. */
export function pick(value: LangTextValue, lang: string, source: Source): string {
  const map = typeof value === 'string' ? { es: value } : value;
  const text = map[lang];
  if (text === undefined) {
    // Spanish is what every other language is a translation of: its absence is said as such.
    const id = lang === 'es' ? 'document.missing-spanish' : 'document.missing-translation';
    throw new UserError(id, { lang, field: source.path.join('.') }, 2, {
      file: source.file,
      path: source.path,
    });
  }
  return escapeMarkdown(text);
}

/** A language map's text in `lang`, unescaped (for chart labels, drawn as written). */
export function raw(value: LangTextValue, lang: string, source: Source): string {
  // pick() checks the translation exists and names the field when it does not.
  pick(value, lang, source);
  return typeof value === 'string' ? value : (value[lang] as string);
}

/**
 * linkage's own words in a document's language, from a table of the languages it has words in; in any
 * other (German, Polish…, a workspace's template) the Spanish: the document's other language, never
 * English mixed in. Every built-in word of a document falls back through here.
 */
export const say = <T>(words: { es: T } & Partial<Record<string, T>>, lang: string): T => words[lang] ?? words.es;

/** A built-in label of an enum value, or the value itself when the table lacks it. */
export const label = (table: Record<string, { es: string; en: string }>, key: string, lang: string) => {
  const entry = table[key];
  return entry ? say(entry, lang) : key;
};

type PartyNames = Partial<Record<string, string>>;

/** The caption over a Party's signatures in each language linkage has a "For" in, with its name there. */
const FOR_PARTY = {
  es: (names: PartyNames) => names.es && `Por ${names.es}`,
  en: (names: PartyNames) => names.en && `For ${names.en}`,
  de: (names: PartyNames) => names.de && `Für ${names.de}`,
};

/**
 * "Por el Municipio de X" / "For the City of Y" above a Party's signatures, from its names by language.
 * In a language with no "For" of linkage's (Polish…), the Spanish caption whole, "Por" and the Spanish
 * name, as the letter's salutation is: never a bare name, nor "Por" before a name in another language.
 */
export const partyCaption = (names: PartyNames, lang: string): string =>
  escapeMarkdown(say(FOR_PARTY, lang)(names) ?? '');

export const pickOrNull = (value: LangTextValue | undefined, lang: string, source: Source): string | null =>
  value === undefined ? null : pick(value, lang, source);

export const plain = (text: string | undefined | null): string | null => (text == null ? null : escapeMarkdown(text));

type Role = 'president' | 'sindico' | 'secretary' | 'regidor' | 'other';
type Gender = 'f' | 'm' | 'x';

/** Titles of Mexican municipal office, by role and gender (domain.md's terms). */
const TITLES: Record<Exclude<Role, 'other'>, Record<'es' | 'en', Record<Gender, string>>> = {
  president: {
    es: { f: 'Presidenta Municipal', m: 'Presidente Municipal', x: 'Titular de la Presidencia Municipal' },
    en: { f: 'Municipal President', m: 'Municipal President', x: 'Municipal President' },
  },
  sindico: {
    es: { f: 'Síndica Municipal', m: 'Síndico Municipal', x: 'Titular de la Sindicatura Municipal' },
    en: { f: 'Municipal Trustee', m: 'Municipal Trustee', x: 'Municipal Trustee' },
  },
  secretary: {
    es: {
      f: 'Secretaria del Ayuntamiento',
      m: 'Secretario del Ayuntamiento',
      x: 'Titular de la Secretaría del Ayuntamiento',
    },
    en: {
      f: 'Secretary of the Municipal Council',
      m: 'Secretary of the Municipal Council',
      x: 'Secretary of the Municipal Council',
    },
  },
  regidor: {
    es: { f: 'Regidora', m: 'Regidor', x: 'Integrante del Ayuntamiento' },
    en: { f: 'Councillor', m: 'Councillor', x: 'Councillor' },
  },
};

/** A foreign mayor's office, also in German: a German letter's address and salutation name it. */
const MAYOR: Record<'es' | 'en' | 'de', Record<Gender, string>> = {
  es: { f: 'Alcaldesa', m: 'Alcalde', x: 'Titular de la Alcaldía' },
  en: { f: 'Mayor', m: 'Mayor', x: 'Mayor' },
  de: { f: 'Bürgermeisterin', m: 'Bürgermeister', x: 'Bürgermeister:in' },
};

/**
 * The built-in title for a role. In a language with no built-in terms (Polish…), the Spanish, a proper
 * title ("Presidenta Municipal", "Alcalde"), by gender as in Spanish: never none, as say() falls back.
 */
export function roleTitle(role: Role | 'mayor', gender: Gender | undefined, lang: string): string | undefined {
  if (role === 'other') return undefined;
  return say(role === 'mayor' ? MAYOR : TITLES[role], lang)[gender ?? 'x'];
}

export function person(
  p: { name: string; honorific?: string; gender?: Gender; title?: LangTextValue },
  fallbackTitle: string | undefined,
  lang: string,
  source: Source,
): PersonContext {
  const title =
    p.title !== undefined
      ? pick(p.title, lang, { ...source, path: [...source.path, 'title'] })
      : escapeMarkdown(fallbackTitle ?? '');
  const name = escapeMarkdown(p.name);
  const honorific = p.honorific ? escapeMarkdown(p.honorific) : null;
  return { name, honorific, title, fullName: honorific ? `${honorific} ${name}` : name };
}

/** "Zapopan, Jal., a 28 de noviembre de 2026" / "Zapopan, Jalisco, November 28, 2026". */
export function placeAndDate(config: WorkspaceFile, date: string | null, lang: string): string {
  const m = config.municipality;
  const place = `${m.seat ?? m.name}, ${lang === 'es' ? (m.stateAbbr ?? m.state) : m.state}`;
  if (date === null) return `${place}, ${undatedLabel(lang)}`;
  return lang === 'es' ? `${place}, a ${longDate(date, lang)}` : `${place}, ${longDate(date, lang)}`;
}

/** Where an undated draft's date goes: in a language with no words of linkage's for it, the Spanish. */
export const undatedLabel = (lang: string) => say({ es: 'fecha por definir', en: 'date to be set' }, lang);

/**
 * The municipality's council by its name in a document's language: letterhead, templates and metadata.
 * In a language with no words of linkage's for it, the Spanish: the institution's proper name, as a
 * Mexican document abroad keeps "H. Ayuntamiento de …" (never an English name in a German letter).
 */
export const councilName = (name: string, lang: string): string =>
  say({ es: `H. Ayuntamiento de ${name}`, en: `Municipal Council of ${name}` }, lang);

/** The parts every document shares, for one language and the document's date. */
export function commonContext(
  ws: Workspace,
  doc: { id: string; title: string; date: string | null; draft: boolean; today: string },
  lang: string,
): CommonContext {
  const config = ws.config as WorkspaceFile;
  const on = doc.date ?? doc.today;
  const { admin } = administrationOn(config, on);
  const m = config.municipality;
  const president = officialOn(config, 'president', on);
  const l = config.liaison;
  return {
    lang,
    document: {
      id: doc.id,
      title: doc.title,
      date: doc.date,
      placeAndDate: escapeMarkdown(placeAndDate(config, doc.date, lang)),
      draft: doc.draft,
    },
    municipality: {
      name: escapeMarkdown(m.name),
      state: escapeMarkdown(m.state),
      council: escapeMarkdown(councilName(m.name, lang)),
      // A proper name like the council's: Spanish in a language with no words of linkage's for it.
      fullName: escapeMarkdown(
        say({ es: `Municipio de ${m.name}, ${m.state}`, en: `Municipality of ${m.name}, ${m.state}` }, lang),
      ),
      inegiCode: m.inegiCode,
      office: {
        email: plain(m.office?.email),
        phone: plain(m.office?.phone),
        address: plain(m.office?.address),
        web: plain(m.office?.web),
      },
    },
    administration: { id: escapeMarkdown(admin.id), period: escapeMarkdown(periodLabel(admin)) },
    president: president
      ? person(president.official, roleTitle('president', president.official.gender, lang), lang, president.source)
      : {
          name: '____',
          honorific: null,
          title: escapeMarkdown(roleTitle('president', 'x', lang) as string),
          fullName: '____',
        },
    liaison: l
      ? {
          area: pick(l.area, lang, { file: 'linkage.yaml', path: ['liaison', 'area'] }),
          person: person(l.person, undefined, lang, { file: 'linkage.yaml', path: ['liaison', 'person'] }),
          email: plain(l.office?.email),
          phone: plain(l.office?.phone),
          address: plain(l.office?.address),
        }
      : null,
  };
}

/** "2024–2027". */
export const periodLabel = (admin: AdministrationData) =>
  `${admin.period.start.slice(0, 4)}–${admin.period.end.slice(0, 4)}`;

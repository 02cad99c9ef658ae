// The model's texts are templates with `{key}` placeholders, filled per language from the workspace,
// the case and agreement.yaml. A value that is not recorded yet prints as a blank, and is reported.
import { countryName } from '../intl.js';
import { inLanguage, langMap } from '../workspace/hash.js';
import type { AgreementFile, CaseFile, LangTextValue, WorkspaceFile } from '../workspace/schema.js';
import { counted, DAYS, letteredList, lowerFirst, lowerWords, YEARS } from './words.js';

/** What a draft shows where a fact is not recorded yet. */
export const BLANK = '____';

export const PLACEHOLDERS = [
  'municipality',
  'state',
  'counterpart',
  'counterpartFull',
  'city',
  'country',
  'countryInText',
  'topic',
  'topicLower',
  'areas',
  'liaison',
  'duration',
  'noticeDays',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Each placeholder's value in a language, or undefined when the fact is not recorded. */
export type PlaceholderValues = Record<Placeholder, (lang: string) => string | undefined>;

export interface Filled {
  text: string;
  missing: readonly Placeholder[];
}

const NONE: readonly Placeholder[] = [];

const isPlaceholder = (key: string): key is Placeholder => (PLACEHOLDERS as readonly string[]).includes(key);

/** Fills `{key}` in a template; unknown keys stay as written, missing values become the blank. */
export function fill(template: string, lang: string, values: PlaceholderValues): Filled {
  // Most of the model's texts have no placeholder: no regex, no list (`check` fills every case's text).
  if (!template.includes('{')) return { text: template, missing: NONE };
  const missing: Placeholder[] = [];
  const text = template.replace(/\{([A-Za-z]+)\}/g, (whole, key: string) => {
    if (!isPlaceholder(key)) return whole;
    const value = values[key](lang);
    if (value === undefined) {
      if (!missing.includes(key)) missing.push(key);
      return BLANK;
    }
    return value;
  });
  return { text, missing };
}

/** The placeholders a template uses. */
export const placeholdersIn = (template: string): string[] =>
  [...template.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1] as string);

/** A descriptive text in a language: only its own translation counts. */
const textIn = (value: LangTextValue | undefined, lang: string) =>
  value === undefined ? undefined : langMap(value)[lang];

/** A country's name inside a sentence: English puts "the" before the ones that take it. */
function countryInText(code: string, lang: string): string {
  const name = countryName(code, lang);
  if (
    lang === 'en' &&
    /^(United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Czech|Dominican Republic|Central African)|Islands$/.test(
      name,
    )
  )
    return `the ${name}`;
  return name;
}

/** "la Dirección de …" / "el Departamento de …": the article a Spanish office name takes. */
function withArticle(office: string, lang: string): string {
  if (lang === 'en') return `the ${office}`;
  if (lang !== 'es') return office;
  const first = office.split(/\s+/)[0] ?? '';
  const feminine = /^(?!Área)(.*(a|ción|sión|dad|tud|ía))$/i.test(first);
  return `${feminine ? 'la' : 'el'} ${office}`;
}

const COUNTERPART_DEFAULT: Record<string, (city: string) => string> = {
  es: (city) => `la Ciudad de ${city}`,
  en: (city) => `the City of ${city}`,
};
const OTHER_AREAS: Record<string, string> = {
  es: 'las demás que las Partes acuerden por escrito',
  en: 'any others that the Parties agree in writing',
};
const DURATION: Record<string, { indefinite: string; fixed: (years: string) => string }> = {
  es: {
    indefinite: 'tendrá una vigencia indefinida',
    fixed: (years) =>
      `tendrá una vigencia de ${years}, prorrogable por periodos iguales mediante acuerdo escrito de las Partes`,
  },
  en: {
    indefinite: 'shall remain in force indefinitely',
    fixed: (years) =>
      `shall remain in force for ${years}, which may be extended for equal periods by written agreement of the Parties`,
  },
};

export interface PlaceholderSources {
  config: WorkspaceFile | null;
  case: CaseFile | null;
  agreement: AgreementFile | null;
}

/** Where each placeholder's value comes from. */
export function placeholderValues({ config, case: c, agreement }: PlaceholderSources): PlaceholderValues {
  const m = config?.municipality;
  const cp = c?.counterpart;
  const values: PlaceholderValues = {
    municipality: () => m?.name,
    state: () => m?.state,
    city: (lang) => inLanguage(cp?.city, lang),
    country: (lang) => (cp ? countryName(cp.country, lang) : undefined),
    countryInText: (lang) => (cp ? countryInText(cp.country, lang) : undefined),
    counterpart: (lang) => {
      const own = inLanguage(agreement?.counterpartParty, lang);
      if (own !== undefined) return own;
      const city = values.city(lang);
      return city === undefined ? undefined : COUNTERPART_DEFAULT[lang]?.(city);
    },
    counterpartFull: (lang) => {
      const party = values.counterpart(lang);
      if (party === undefined) return undefined;
      const region = inLanguage(cp?.region, lang);
      return [party, region, values.country(lang)].filter((p) => p !== undefined).join(', ');
    },
    topic: (lang) => textIn(c?.topic, lang),
    topicLower: (lang) => {
      const topic = textIn(c?.topic, lang);
      return topic === undefined ? undefined : lowerWords(topic, lang);
    },
    areas: (lang) => {
      const other = OTHER_AREAS[lang];
      const titles = (c?.areas ?? []).map((a) => textIn(a.title, lang));
      if (other === undefined || titles.length === 0 || titles.some((t) => t === undefined)) return undefined;
      return letteredList([...(titles as string[]).map((t) => lowerFirst(t, lang)), other], lang);
    },
    liaison: (lang) => {
      const area = inLanguage(config?.liaison?.area, lang);
      return area === undefined ? undefined : withArticle(area, lang);
    },
    duration: (lang) => {
      const term = agreement?.term;
      const words = DURATION[lang];
      if (!term || !words) return undefined;
      if (term.type === 'indefinite') return words.indefinite;
      const years = term.years === undefined ? undefined : counted(term.years, YEARS, lang);
      return years === undefined ? undefined : words.fixed(years);
    },
    noticeDays: (lang) => {
      const days = agreement?.term?.noticeDays;
      return days === undefined ? undefined : counted(days, DAYS, lang);
    },
  };
  return values;
}

import { lowerWords } from '../../agreement/words.js';
import { countryName } from '../../intl.js';
import { inLanguage } from '../../workspace/hash.js';
import type { CaseBundle, Workspace } from '../../workspace/load.js';
import { caseFilePath } from '../../workspace/root.js';
import type { CaseFile, WorkspaceFile } from '../../workspace/schema.js';
import { type CommonContext, escapeMarkdown, person, pick, roleTitle, say } from './common.js';
import type { LetterContextData } from './schema.js';

type Areas = LetterContextData['areas'];

/** The case's areas of opportunity, each with the PMD priority it serves. */
export function areasContext(config: WorkspaceFile, bundle: CaseBundle, lang: string): Areas {
  const c = bundle.case as CaseFile;
  const file = caseFilePath(bundle.slug);
  return (c.areas ?? []).map((a, i) => {
    let priority: Areas[number]['priority'] = null;
    config.administrations.forEach((admin, ai) => {
      const pi = admin.pmd?.priorities.findIndex((p) => p.id === a.priority) ?? -1;
      const p = pi >= 0 ? admin.pmd?.priorities[pi] : undefined;
      if (p && !priority) {
        const src = ['administrations', ai, 'pmd', 'priorities', pi];
        priority = {
          id: escapeMarkdown(p.id),
          title: pick(p.title, lang, { file: 'linkage.yaml', path: [...src, 'title'] }),
          strategies: (p.strategies ?? []).map((s, si) =>
            pick(s, lang, { file: 'linkage.yaml', path: [...src, 'strategies', si] }),
          ),
        };
      }
    });
    return { id: escapeMarkdown(a.id), title: pick(a.title, lang, { file, path: ['areas', i, 'title'] }), priority };
  });
}

export function cityName(bundle: CaseBundle, lang: string): string {
  // A city's name is a proper noun: without a form in this language, its Spanish or own form serves.
  return escapeMarkdown(inLanguage((bundle.case as CaseFile).counterpart.city, lang) ?? bundle.slug);
}

export function letterContext(
  common: CommonContext,
  ws: Workspace,
  bundle: CaseBundle,
  lang: string,
): LetterContextData {
  const config = ws.config as WorkspaceFile;
  const c = bundle.case as CaseFile;
  const file = caseFilePath(bundle.slug);
  // The letter goes to the mayor in office on its date (Aurora's 2022 letter, not today's mayor).
  const addressee = mayorOn(c, common.document.date);
  const mayorIn = (l: string) =>
    addressee
      ? person(addressee.mayor, roleTitle('mayor', addressee.mayor.gender, l), l, { file, path: addressee.path })
      : null;
  const mayor = mayorIn(lang);
  const city = cityName(bundle, lang);
  // A language linkage has no letter wording for: the salutation and closing in Spanish, the letter's
  // other language, as its footer and draft mark are; never English mixed in, nor a bare title.
  const words = LETTER_WORDS.has(lang) ? lang : 'es';
  // A proper noun, like the city's: without a form in this language, its own serves.
  const region = inLanguage(c.counterpart.region, lang);
  return {
    ...common,
    counterpart: {
      city,
      region: region === undefined ? null : escapeMarkdown(region),
      country: escapeMarkdown(countryName(c.counterpart.country, lang)),
      mayor,
      salutation: salutation(addressee?.mayor, mayorIn(words), cityName(bundle, words), c.counterpart.country, words),
      closing: closing(c.counterpart.country, words),
    },
    kind: c.kind,
    // Inside the letter's sentence, as the agreement's recitals have it: «en materia de formación
    // profesional dual», not the title's capitals.
    topic: c.topic === undefined ? null : lowerWords(pick(c.topic, lang, { file, path: ['topic'] }), lang),
    reasons: (c.reasons ?? []).map((r, i) => ({
      type: r.type,
      text: pick(r.text, lang, { file, path: ['reasons', i, 'text'] }),
    })),
    areas: areasContext(config, bundle, lang),
  };
}

type Mayor = NonNullable<CaseFile['counterpart']['mayor']>;

/**
 * The counterpart's mayor in office on `date` (the current one for an undated document) and where
 * case.yaml records them; undefined when the case records no mayor for that date.
 */
export function mayorOn(c: CaseFile, date: string | null): { mayor: Mayor; path: (string | number)[] } | undefined {
  const current = c.counterpart.mayor;
  if (current && (date === null || current.from === undefined || current.from <= date)) {
    return { mayor: current, path: ['counterpart', 'mayor'] };
  }
  if (date === null) return undefined;
  // Of the terms not over by `date`, the one that ends first: terms recorded without `from` follow
  // one another by their ends, whatever order they are listed in.
  const former = c.counterpart.formerMayors ?? [];
  let i = -1;
  former.forEach((m, k) => {
    if ((m.from === undefined || m.from <= date) && date <= m.to && (i < 0 || m.to < (former[i]?.to as string))) i = k;
  });
  const mayor = former[i];
  return mayor ? { mayor, path: ['counterpart', 'formerMayors', i] } : undefined;
}

/** The languages linkage words a letter's salutation and closing in. */
const LETTER_WORDS = new Set(['es', 'en', 'de']);

/** Where letters in English put a colon after the salutation and close with "Sincerely,". */
const NORTH_AMERICA = new Set(['US', 'CA']);

/**
 * Spanish: "Honorable Alcaldesa Anna Kowalska:" with the built-in title; with the city's own title for
 * its office ("Presidente de la Ciudad de Cracovia"), the office alone: "Honorable Presidente de la …:".
 * English, as the counterpart's staff write it: the office word of the title and the surname, "Dear
 * Mayor Whitaker:" in the US and Canada, "Dear Lord Mayor Vollmer," elsewhere; "Dear Mayor," with no
 * mayor recorded. German, likewise with the office word: "Sehr geehrte Frau Oberbürgermeisterin Vollmer,";
 * "Sehr geehrte Damen und Herren," with no mayor recorded.
 */
function salutation(
  recorded: Mayor | undefined,
  mayor: LetterContextData['counterpart']['mayor'],
  city: string,
  country: string,
  lang: string,
): string {
  if (lang === 'en') {
    // "Lord Mayor of Giessen" → "Lord Mayor"; "Mayor of Mildura Rural City Council" → "Mayor".
    const office = mayor ? (mayor.title.split(/\s+of\s+/)[0] ?? mayor.title) : 'Mayor';
    const whom = recorded ? `${office} ${escapeMarkdown(surname(recorded.name))}` : office;
    return `Dear ${whom}${NORTH_AMERICA.has(country) ? ':' : ','}`;
  }
  if (lang === 'de') {
    if (!mayor || !recorded) return 'Sehr geehrte Damen und Herren,';
    // "Oberbürgermeisterin der Universitätsstadt Gießen" → "Oberbürgermeisterin".
    const office = mayor.title.split(/\s+(?:der|des|von|vom)\s+/)[0] ?? mayor.title;
    const name = escapeMarkdown(surname(recorded.name));
    if (recorded.gender === 'f') return `Sehr geehrte Frau ${office} ${name},`;
    if (recorded.gender === 'm') return `Sehr geehrter Herr ${office} ${name},`;
    return `Guten Tag ${mayor.fullName},`;
  }
  // Spanish, the words of every language linkage has none for (LETTER_WORDS).
  if (!mayor) return `Honorable Alcaldía de ${city}:`;
  return `Honorable ${recorded?.title !== undefined ? mayor.title : `${mayor.title} ${mayor.fullName}`}:`;
}

/** The last word of a name that is not a generational suffix: "Daniel R. Whitaker Jr." → "Whitaker". */
function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && /^(Jr|Sr)\.?$|^[IVX]+$/.test(words.at(-1) as string)) words.pop();
  return words.at(-1) as string;
}

/** The word over the signature: "Atentamente"; "Sincerely," or "Yours sincerely,"; "Mit freundlichen Grüßen". */
function closing(country: string, lang: string): string {
  const en = NORTH_AMERICA.has(country) ? 'Sincerely,' : 'Yours sincerely,';
  return say({ es: 'Atentamente', en, de: 'Mit freundlichen Grüßen' }, lang);
}

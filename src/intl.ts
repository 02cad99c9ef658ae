// Names, dates and numbers the way each language writes them, through Intl (no hand-made tables).

const LOCALES: Record<string, string> = { es: 'es-MX', en: 'en-US' };

/** The locale for a document language: Mexican Spanish, US English, else the code itself. */
export const localeOf = (lang: string) => LOCALES[lang] ?? lang;

/** "28 de noviembre de 2026" / "November 28, 2026". */
export function longDate(date: string, lang: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

export const countryName = (code: string, lang: string) =>
  new Intl.DisplayNames([localeOf(lang)], { type: 'region', fallback: 'code' }).of(code) ?? code;

export const languageName = (code: string, lang: string) =>
  new Intl.DisplayNames([localeOf(lang)], { type: 'language', fallback: 'code' }).of(code) ?? code;

export const formatNumber = (value: number, lang: string) => new Intl.NumberFormat(localeOf(lang)).format(value);

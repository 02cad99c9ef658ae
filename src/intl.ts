// Names, dates and numbers the way each language writes them, through Intl (no hand-made tables).

const LOCALES: Record<string, string> = { es: 'es-MX', en: 'en-US' };

/** The locale for a document language: Mexican Spanish, US English, else the code itself. */
export const localeOf = (lang: string) => LOCALES[lang] ?? lang;

/** One formatter per language and kind: building one costs ≈50 µs and native memory that waits for a GC. */
function memo<T>(make: (locale: string) => T): (lang: string) => T {
  const made = new Map<string, T>();
  return (lang) => {
    let f = made.get(lang);
    if (f === undefined) {
      f = make(localeOf(lang));
      made.set(lang, f);
    }
    return f;
  };
}

const dateFormat = memo(
  (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const shortFormat = memo(
  (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
);
const regionNames = memo((locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
const languageNames = memo((locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }));
const numberFormat = memo((locale) => new Intl.NumberFormat(locale));

/** "28 de noviembre de 2026" / "November 28, 2026". */
export const longDate = (date: string, lang: string): string => dateFormat(lang).format(new Date(`${date}T12:00:00Z`));

const shortDates = new Map<string, string>();

/** "28 nov 2026" / "Nov 28, 2026": for tables (a report of many cases repeats the same days). */
export function shortDate(date: string, lang: string): string {
  const key = `${lang} ${date}`;
  let text = shortDates.get(key);
  if (text === undefined) {
    text = shortFormat(lang).format(new Date(`${date}T12:00:00Z`));
    shortDates.set(key, text);
  }
  return text;
}

/** «España», «Spain»: a country's name in `lang`, or its code (also for one that is no region code). */
export function countryName(code: string, lang: string): string {
  try {
    return regionNames(lang).of(code) ?? code;
  } catch {
    return code;
  }
}

/** «inglés», «English»: a language's name in `lang`, or its code (also for a code that is no language tag). */
export function languageName(code: string, lang: string): string {
  try {
    return languageNames(lang).of(code) ?? code;
  } catch {
    // Intl refuses a code that is not a well-formed tag ("x", "1a"): it is shown as written.
    return code;
  }
}

/**
 * «polaco (pl)», «Polish (pl)»: a language's name in `lang` and its code, to read as words ("lee polaco
 * (pl)"); the code alone when it has no name.
 */
export function languageWithName(code: string, lang: string): string {
  const name = languageName(code, lang);
  return name === code ? code : `${name} (${code})`;
}

export const formatNumber = (value: number, lang: string) => numberFormat(lang).format(value);

const moneyFormat = new Map<string, Intl.NumberFormat>();

/** "MXN 105,000.00" / "USD 4,000.00": the ISO 4217 code, not a symbol that several currencies share. */
export function formatMoney(amount: number, currency: string, lang: string): string {
  const key = `${lang}|${currency}`;
  let f = moneyFormat.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency, currencyDisplay: 'code' });
    moneyFormat.set(key, f);
  }
  return f.format(amount);
}

const rangeFormat = memo(
  (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
);

/**
 * "13–14 de jun de 2026" / "Jun 13 – 14, 2026": a span of days, short enough for a table cell; with
 * `month: 'long'`, "13–14 de junio de 2026" / "June 13 – 14, 2026", as longDate writes a day. Across
 * months of one year, Intl writes short Spanish without the "de" before the year ("7 de sep – 11 de
 * dic 2026"), which every other Spanish span has: it is put back.
 */
export function dateRange(start: string, end: string, lang: string, month: 'short' | 'long' = 'short'): string {
  const format = month === 'long' ? dateFormat(lang) : rangeFormat(lang);
  const parts = format.formatRangeToParts(new Date(`${start}T12:00:00Z`), new Date(`${end}T12:00:00Z`));
  const spanish = localeOf(lang).split('-')[0] === 'es' && parts.some((p) => p.source === 'endRange');
  return parts
    .map((p, i) =>
      spanish && p.type === 'literal' && p.value === ' ' && parts[i + 1]?.type === 'year' ? ' de ' : p.value,
    )
    .join('');
}

const percentFormat = memo((locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));

/**
 * "108 %" / "108%": a part as a whole share of a whole, or null when there is no whole to compare
 * with. Spanish keeps the space the RAE asks for (Intl's es-MX drops it); other languages write it
 * their own way (English without the space, German with it).
 */
export function formatShare(part: number, whole: number, lang: string): string | null {
  if (!(whole > 0)) return null;
  const share = Math.round((part / whole) * 100);
  return lang === 'es' ? `${formatNumber(share, lang)} %` : percentFormat(lang).format(share / 100);
}

// Numbers and lists the way the agreement writes them: "noventa (90) días", "ninety (90) days",
// lettered lists "a) …;" ending ", y" / ", and", language names joined "español e inglés".
import { rememberedByText } from '../workspace/hash.js';

const ES_SMALL = [
  'cero',
  'un',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiún',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const ES_TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const ES_HUNDREDS = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];
const EN_SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Spanish words for 0–999 999, in the form that goes before a masculine noun ("un", "veintiún"). */
function spanish(n: number): string {
  if (n < 30) return ES_SMALL[n] as string;
  if (n < 100) {
    const r = n % 10;
    return `${ES_TENS[Math.floor(n / 10)]}${r ? ` y ${ES_SMALL[r]}` : ''}`;
  }
  if (n === 100) return 'cien';
  if (n < 1000) {
    const r = n % 100;
    return `${ES_HUNDREDS[Math.floor(n / 100)]}${r ? ` ${spanish(r)}` : ''}`;
  }
  const thousands = Math.floor(n / 1000);
  const r = n % 1000;
  return `${thousands === 1 ? 'mil' : `${spanish(thousands)} mil`}${r ? ` ${spanish(r)}` : ''}`;
}

/** English words for 0–999 999 ("one hundred eighty", as US legal drafting writes them). */
function english(n: number): string {
  if (n < 20) return EN_SMALL[n] as string;
  if (n < 100) {
    const r = n % 10;
    return `${EN_TENS[Math.floor(n / 10)]}${r ? `-${EN_SMALL[r]}` : ''}`;
  }
  if (n < 1000) {
    const r = n % 100;
    return `${EN_SMALL[Math.floor(n / 100)]} hundred${r ? ` ${english(r)}` : ''}`;
  }
  const r = n % 1000;
  return `${english(Math.floor(n / 1000))} thousand${r ? ` ${english(r)}` : ''}`;
}

const DE_SMALL = [
  'null',
  'eins',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
];
const DE_TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

/** German words for 0–999 999, written as one word ("einundzwanzig", "eintausendfünfhundert"). */
function german(n: number): string {
  if (n < 20) return DE_SMALL[n] as string;
  // "eins" counts alone; before "und", "hundert" or "tausend" one is "ein".
  const one = (k: number) => (k === 1 ? 'ein' : german(k).replace(/eins$/, 'ein'));
  if (n < 100) {
    const r = n % 10;
    return `${r ? `${one(r)}und` : ''}${DE_TENS[Math.floor(n / 10)]}`;
  }
  if (n < 1000) {
    const r = n % 100;
    return `${one(Math.floor(n / 100))}hundert${r ? german(r) : ''}`;
  }
  const r = n % 1000;
  return `${one(Math.floor(n / 1000))}tausend${r ? german(r) : ''}`;
}

/** The number in words, or undefined in a language without built-in words or out of range. */
export function numberWords(n: number, lang: string): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n >= 1_000_000) return undefined;
  if (lang === 'es') return spanish(n);
  if (lang === 'en') return english(n);
  if (lang === 'de') return german(n);
  return undefined;
}

const ES_ORDINAL_UNITS = [
  '',
  'primer[oa]?',
  'segund[oa]',
  'tercer[oa]?',
  'cuart[oa]',
  'quint[oa]',
  'sext[oa]',
  's[eé]p?tim[oa]',
  'octav[oa]',
  'noven[oa]',
];
const ES_ORDINAL_TENS = ['', 'décim', 'vigésim', 'trigésim', 'cuadragésim', 'quincuagésim', 'sexagésim', 'septuagésim'];
const EN_ORDINALS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** A Spanish ordinal of 1–79 as a pattern, with or without accents, joined or not («decimosegundo», «Décimo Segundo»). */
function spanishOrdinal(n: number): string | undefined {
  const [tens, units] = [ES_ORDINAL_TENS[Math.floor(n / 10)], ES_ORDINAL_UNITS[n % 10] as string];
  if (tens === undefined) return undefined;
  if (!tens) return units;
  const ten = `${tens.replace('é', '[eé]')}[oa]`;
  const both = units ? `${ten}\\s*${units}` : ten;
  return n === 11 ? `(?:und[eé]cim[oa]|${both})` : n === 12 ? `(?:duod[eé]cim[oa]|${both})` : both;
}

/** An English ordinal of 1–99 ("third", "twelfth", "twenty-first"). */
function englishOrdinal(n: number): string {
  if (n < 13) return EN_ORDINALS[n] as string;
  if (n < 20) return `${EN_SMALL[n]}th`;
  const [tens, r] = [EN_TENS[Math.floor(n / 10)] as string, n % 10];
  return r ? `${tens}[-\\s]${EN_ORDINALS[r]}` : tens.replace(/y$/, 'ieth');
}

/** German ordinals that are not the number's word with -t (under 20) or -st: «erste», «dritte», «siebte», «achte». */
const DE_ORDINAL_STEMS: Record<number, string> = { 1: 'erst', 3: 'dritt', 7: 'sieb(?:en)?t', 8: 'acht' };

/** A German ordinal of 1–99 with its ending ("dritte", "zwölften", "einundzwanzigsten"). */
function germanOrdinal(n: number): string {
  return `${DE_ORDINAL_STEMS[n] ?? `${german(n)}${n < 20 ? 't' : 'st'}`}e[nrsm]?`;
}

/**
 * The ordinal of 1–99 as a pattern (Spanish up to 79): «Artículo Tercero», "the third year", «der
 * dritte Artikel» name the figure another version gives in digits ("Article 3").
 */
function ordinalPattern(n: number, lang: string): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  if (lang === 'es') return spanishOrdinal(n);
  if (lang === 'en') return englishOrdinal(n);
  if (lang === 'de') return germanOrdinal(n);
  return undefined;
}

export type Noun = { es: [string, string]; en: [string, string] };
export const DAYS: Noun = { es: ['día', 'días'], en: ['day', 'days'] };
export const YEARS: Noun = { es: ['año', 'años'], en: ['year', 'years'] };

/** "noventa (90) días" / "ninety (90) days"; undefined in a language without built-in words. */
export function counted(n: number, noun: Noun, lang: string): string | undefined {
  const words = numberWords(n, lang);
  if (words === undefined || (lang !== 'es' && lang !== 'en')) return undefined;
  const [one, many] = noun[lang];
  return `${words} (${n}) ${n === 1 ? one : many}`;
}

/** Spanish writes "e" for "y" before a word that starts with the sound /i/ (i-, hi-, not hie-). */
const spanishAnd = (next: string) => (/^h?[iíIÍ](?![aeoáéó])/.test(next) ? 'e' : 'y');

/** "a, b y c" / "a, b and c" / "a, b und c". */
export function joinAnd(items: string[], lang: string): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] as string;
  const and = lang === 'es' ? spanishAnd(last) : lang === 'de' ? 'und' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}

/**
 * A lettered list, one item a line: "a) …;" and the last but one ending ", y" / ", and", the last
 * with a full stop. The Spanish and English agreements list areas and modalities this way.
 */
export function letteredList(items: string[], lang: string): string {
  const and = lang === 'es' ? 'y' : 'and';
  return items
    .map((item, i) => {
      const end = i === items.length - 1 ? '.' : i === items.length - 2 ? `, ${and}` : ';';
      return `${String.fromCharCode(97 + (i % 26))}) ${item}${end}`;
    })
    .join('\n');
}

/**
 * A text as a sentence of its own: a full stop added when it ends without one (nor with "?", "!" or
 * "…", a closing quote or bracket after them allowed), so the next sentence does not run into it.
 */
export function asSentence(text: string): string {
  const t = text.trimEnd();
  return t === '' || /[.!?…][»"”’')\]]*$/u.test(t) ? t : `${t}.`;
}

/** "Agua y medio ambiente" → "agua y medio ambiente", for a title inside a sentence; acronyms stay. */
export function lowerFirst(text: string, lang: string): string {
  if (lang !== 'es' && lang !== 'en') return text; // German nouns, for one, keep their capital
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase(lang) + text.slice(1) : text;
}

/**
 * "Formación Profesional Dual" → "formación profesional dual": a topic written as a title, inside a
 * sentence. Every capitalised word is lowered (acronyms stay); in other languages the text stays.
 */
export function lowerWords(text: string, lang: string): string {
  if (lang !== 'es' && lang !== 'en') return text;
  return text.replace(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+/gu, (word) => word.toLocaleLowerCase(lang));
}

const HAS_DIGIT = /[0-9０-９]/;

/**
 * The figures a text holds, in numeric order, each by its value: a separator followed by three digits
 * groups thousands (1,500, 1.500 and 1 500 with a no-break, narrow or thin space are one figure; with a
 * plain or thin space, only after one to three digits, so "2027 500" stays a year and a figure), any other
 * splits (08.10.2027 is 8, 10 and 2027, as 08/10/2027 is; 17.00 is 17 and 0, as 17:00 is). Full-width
 * digits read as ASCII, leading zeros go, and a zero is no figure (cents of a round sum, minutes of an
 * hour): «$1,500.00 (… pesos 00/100 M.N.)» holds 1500 alone, as "MXN 1,500" does.
 */
export const figuresOf: (text: string) => readonly string[] = rememberedByText(figuresIn);

function figuresIn(text: string): string[] {
  // `check` asks this of every article in every language, and the model's articles come back in
  // every case (remembered above): most hold no figure at all, and few a full-width digit or a "/100"
  // (the lookbehind is tried at every position of the text).
  if (!HAS_DIGIT.test(text)) return [];
  const wide = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const ascii = wide.includes('/100') ? wide.replace(/(?<=\d\d)\/100(?!\d)/g, '') : wide;
  const found = ascii.match(/\d{1,3}(?:[ \u2009]\d{3}(?!\d))+|\d+(?:[.,\u00a0\u202f]\d{3}(?!\d))*/g) ?? [];
  return found
    .map((f) => f.replace(/\D/g, '').replace(/^0+/, ''))
    .filter((f) => f !== '')
    .sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
}

/**
 * Whether a text writes the figure in words, as a whole word in a language with built-in words
 * («cinco años», "five years", «neunzig Tage»; Spanish one also «uno», «una») or as an ordinal
 * («Artículo Tercero»): an agreement may spell a figure out in one version and give its digits in another.
 */
export function saysInWords(text: string, figure: string, lang: string): boolean {
  const n = Number(figure);
  const words = numberWords(n, lang);
  if (words === undefined) return false;
  const cardinal = lang === 'es' && n === 1 ? 'un[oa]?' : words.replace(/\s+/g, '\\s+');
  const ordinal = ordinalPattern(n, lang);
  const either = ordinal ? `(?:${cardinal}|${ordinal})` : cardinal;
  // German may leave out the "ein" of "einhundert", "eintausend", and write ß as ss (Switzerland).
  const spelled =
    lang === 'de' ? either.replace(/ein(?=hundert|tausend)/g, '(?:ein)?').replace(/ß/g, '(?:ß|ss)') : either;
  return new RegExp(`(?<![\\p{L}\\p{N}])${spelled}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

// The closing formula: where and when each Party signed (apart or together), how many originals, in
// which languages, and that the texts are equally authentic (domain.md, "The agreement", 5).

import { languageName, longDate } from '../intl.js';
import { inLanguage } from '../workspace/hash.js';
import type { AgreementFile, CaseFile, LangTextValue } from '../workspace/schema.js';
import type { LangMap } from './model.js';
import { BLANK } from './placeholders.js';
import { joinAnd, numberWords } from './words.js';

export interface SigningPlace {
  /** The place as recorded in `steps.signature.<party>.place`, per language; null when not yet. */
  place: LangMap | null;
  /** YYYY-MM-DD, or null when not signed yet. */
  date: string | null;
}

export interface Closing {
  municipality: SigningPlace;
  counterpart: SigningPlace;
  /** Both Parties signed, in different places or on different days: the formula names each. */
  apart: boolean;
  /** `steps.signature.originals`, else agreement.yaml `originals`; null when neither says. */
  originals: number | null;
  /**
   * The authentic languages: `steps.signature.languages`, else Spanish and the counterpart's (a
   * working translation is not one of them).
   */
  languages: string[];
  /** The whole sentence in Spanish, English and German, with blanks for what is not recorded yet. */
  sentence: LangMap;
}

const placeMap = (value: LangTextValue | undefined): LangMap | null =>
  value === undefined ? null : typeof value === 'string' ? { es: value } : { ...value };

/** Each Party's place and date when they signed apart (joined by `and`), else the one known. */
function signedWhere(c: Omit<Closing, 'sentence'>, at: (p: SigningPlace) => string, and: string): string {
  const first = c.municipality.date || c.municipality.place || !(c.counterpart.date || c.counterpart.place);
  return c.apart ? `${at(c.municipality)}${and}${at(c.counterpart)}` : at(first ? c.municipality : c.counterpart);
}

function sentenceEs(c: Omit<Closing, 'sentence'>): string {
  const at = (p: SigningPlace) =>
    `en ${inLanguage(p.place ?? undefined, 'es') ?? BLANK}, el ${p.date ? longDate(p.date, 'es') : BLANK}`;
  const where = signedWhere(c, at, ', y ');
  const n = c.originals;
  const copies =
    n === null
      ? `${BLANK} ejemplares originales`
      : n === 1
        ? 'un ejemplar original'
        : `${numberWords(n, 'es') ?? n} ejemplares originales`;
  const names = c.languages.map((l) => languageName(l, 'es'));
  const langs = `${names.length === 1 ? 'idioma' : 'idiomas'} ${joinAnd(names, 'es')}`;
  const authentic =
    names.length === 2
      ? ', siendo ambos textos igualmente auténticos'
      : names.length > 2
        ? ', siendo todos los textos igualmente auténticos'
        : '';
  return `Firmado ${where}, en ${copies}, en ${langs}${authentic}.`;
}

function sentenceEn(c: Omit<Closing, 'sentence'>): string {
  const at = (p: SigningPlace) =>
    `at ${inLanguage(p.place ?? undefined, 'en') ?? BLANK}, on ${p.date ? longDate(p.date, 'en') : BLANK},`;
  const where = signedWhere(c, at, ' and ');
  const n = c.originals;
  const copies =
    n === null ? `${BLANK} originals` : n === 1 ? 'one original' : `${numberWords(n, 'en') ?? n} originals`;
  const names = c.languages.map((l) => languageName(l, 'en'));
  const langs = `the ${joinAnd(names, 'en')} ${names.length === 1 ? 'language' : 'languages'}`;
  const authentic =
    names.length === 2
      ? ', both texts being equally authentic'
      : names.length > 2
        ? ', all texts being equally authentic'
        : '';
  return `Signed ${where} in ${copies}, in ${langs}${authentic}.`;
}

function sentenceDe(c: Omit<Closing, 'sentence'>): string {
  // "in Gießen, Hessen, am …": a place with a region closes the apposition with a comma.
  const at = (p: SigningPlace) => {
    const place = inLanguage(p.place ?? undefined, 'de') ?? BLANK;
    return `in ${place}${place.includes(',') ? ',' : ''} am ${p.date ? longDate(p.date, 'de') : BLANK}`;
  };
  const where = signedWhere(c, at, ' und ');
  const n = c.originals;
  const copies =
    n === null ? `${BLANK} Urschriften` : n === 1 ? 'einer Urschrift' : `${numberWords(n, 'de') ?? n} Urschriften`;
  const names = c.languages.map((l) => languageName(l, 'de'));
  const langs = `${names.length === 1 ? 'der Sprache' : 'den Sprachen'} ${joinAnd(names, 'de')}`;
  const authentic = names.length > 1 ? ', wobei jeder Wortlaut gleichermaßen verbindlich ist' : '';
  return `Unterzeichnet ${where}, in ${copies} in ${langs}${authentic}.`;
}

/**
 * The closing data of a case's agreement; `unrecorded` are the languages it is signed in while
 * `steps.signature.languages` does not say.
 */
export function closingOf(c: CaseFile | null, agreement: AgreementFile | null, unrecorded: string[]): Closing {
  const sig = c?.steps?.signature;
  const municipality: SigningPlace = {
    place: placeMap(sig?.municipality?.place),
    date: sig?.municipality?.date ?? null,
  };
  const counterpart: SigningPlace = { place: placeMap(sig?.counterpart?.place), date: sig?.counterpart?.date ?? null };
  const bothSigned = municipality.date !== null && counterpart.date !== null;
  const samePlace =
    inLanguage(municipality.place ?? undefined, 'es') === inLanguage(counterpart.place ?? undefined, 'es');
  const base = {
    municipality,
    counterpart,
    apart: bothSigned && (!samePlace || municipality.date !== counterpart.date),
    originals: sig?.originals ?? agreement?.originals ?? null,
    languages: sig?.languages ?? unrecorded,
  };
  return { ...base, sentence: { es: sentenceEs(base), en: sentenceEn(base), de: sentenceDe(base) } };
}

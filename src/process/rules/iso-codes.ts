// Country, language and currency codes name real things (the schema only checks their shape).
// Node's ICU data knows the names; the lists below remove what it knows that ISO does not assign.

import { langMap } from '../../workspace/hash.js';
import { WORKSPACE_FILE } from '../../workspace/load.js';
import type { LangTextValue } from '../../workspace/schema.js';
import { agreementFile, caseFile, documentsFile, type FieldPath, profileLocation } from './locate.js';
import type { Finding, Rule } from './types.js';

// Made on first use: Intl's first use loads ICU data (≈20 ms), which `generate` and `next` mostly
// never need from this rule.
let regionNames: Intl.DisplayNames | undefined;
let languageNames: Intl.DisplayNames | undefined;
let currencies: Set<string> | undefined;

/**
 * Region codes CLDR names that ISO 3166-1 does not assign to a country: exceptionally reserved
 * (AC, CP, CQ, DG, EA, EU, EZ, IC, TA, UN), user-assigned (QO, XA, XB, XK, ZZ).
 */
const NOT_ISO_3166 = new Set([
  'AC',
  'CP',
  'CQ',
  'DG',
  'EA',
  'EU',
  'EZ',
  'IC',
  'TA',
  'UN',
  'QO',
  'XA',
  'XB',
  'XK',
  'ZZ',
]);
/** ISO 639 special codes: not a language a document or a city speaks. */
const NOT_A_LANGUAGE = new Set(['mul', 'und', 'mis', 'zxx']);
/** ISO 639-1 codes withdrawn in favour of another. */
const WITHDRAWN_639_1: Record<string, string> = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv', mo: 'ro', sh: 'sr' };

type Verdict = { ok: true } | { ok: false; suggestion?: string; unverified?: boolean };

export function checkCountry(code: string): Verdict {
  if (NOT_ISO_3166.has(code)) return { ok: false };
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  if (regionNames.of(code) === undefined) return { ok: false };
  // Withdrawn codes (UK, DD, YU, SU…) are canonicalised by ICU to their successor.
  let canonical: string | undefined;
  try {
    canonical = new Intl.Locale(`und-${code}`).region;
  } catch {
    return { ok: false };
  }
  if (canonical !== code) return { ok: false, ...(canonical ? { suggestion: canonical } : {}) };
  return { ok: true };
}

export function checkLanguage(code: string): Verdict {
  const successor = WITHDRAWN_639_1[code];
  if (successor) return { ok: false, suggestion: successor };
  if (NOT_A_LANGUAGE.has(code) || /^q[a-t][a-z]$/.test(code)) return { ok: false };
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  if (languageNames.of(code) !== undefined) return { ok: true };
  // ICU names every ISO 639-1 code but only some ISO 639-3 ones (not Yucatec Maya, yua): a
  // three-letter code it does not know may still be right.
  return code.length === 3 ? { ok: false, unverified: true } : { ok: false };
}

export function checkCurrency(code: string): Verdict {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  if (currencies.has(code)) return { ok: true };
  // A swapped letter (MNX for MXN) is the usual slip.
  const swapped = [...currencies].find(
    (c) => c.length === code.length && [...c].sort().join('') === [...code].sort().join(''),
  );
  return { ok: false, ...(swapped ? { suggestion: swapped } : {}) };
}

type Kind = 'country' | 'language' | 'currency';
const CHECK: Record<Kind, (code: string) => Verdict> = {
  country: checkCountry,
  language: checkLanguage,
  currency: checkCurrency,
};

// Asking ICU is slow next to a lookup, and a workspace repeats the same few codes in every case.
const verdicts = new Map<string, Verdict>();
function verdictOf(kind: Kind, code: string): Verdict {
  const key = `${kind}:${code}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = CHECK[kind](code);
    verdicts.set(key, verdict);
  }
  return verdict;
}

class Codes {
  readonly findings: Finding[] = [];
  add(kind: Kind, code: unknown, file: string, path: FieldPath) {
    if (typeof code !== 'string') return;
    const verdict = verdictOf(kind, code);
    if (verdict.ok) return;
    const id = verdict.unverified
      ? `rule.iso-codes.${kind}-unverified`
      : verdict.suggestion
        ? `rule.iso-codes.${kind}-suggestion`
        : `rule.iso-codes.${kind}`;
    this.findings.push({
      id,
      params: { code, ...(verdict.suggestion ? { suggestion: verdict.suggestion } : {}) },
      file,
      path,
      ...(verdict.unverified ? { severity: 'warning' as const } : {}),
    });
  }
  /** The language keys of a free text that is a language map. */
  keys(text: LangTextValue | undefined, file: string, path: FieldPath) {
    if (text === undefined || typeof text === 'string') return;
    for (const key of Object.keys(langMap(text))) this.add('language', key, file, [...path, key]);
  }
}

/**
 * Countries are ISO 3166-1 alpha-2 codes that exist, languages ISO 639 codes (a three-letter code
 * unknown to Node's data is a warning), currencies ISO 4217 codes in use.
 */
export const isoCodes: Rule = {
  id: 'iso-codes',
  severity: 'error',
  workspace: (ctx) => {
    const codes = new Codes();
    for (const [i, l] of (ctx.ws.config?.settings?.languages ?? []).entries()) {
      codes.add('language', l, WORKSPACE_FILE, ['settings', 'languages', i]);
    }
    for (const [i, m] of (ctx.ws.profile?.migrantCommunities ?? []).entries()) {
      const at = profileLocation(ctx.ws, ['migrantCommunities', i, 'country']);
      codes.add('country', m.country, at.file, at.path);
    }
    return codes.findings;
  },
  case: (_ctx, bundle) => {
    const c = bundle.case;
    const codes = new Codes();
    const file = caseFile(bundle);
    if (c) {
      codes.add('country', c.counterpart.country, file, ['counterpart', 'country']);
      for (const [i, l] of c.counterpart.languages.entries())
        codes.add('language', l, file, ['counterpart', 'languages', i]);
      for (const [i, l] of (c.steps?.signature?.languages ?? []).entries()) {
        codes.add('language', l, file, ['steps', 'signature', 'languages', i]);
      }
      for (const [i, m] of (c.missions ?? []).entries()) {
        for (const [k, cost] of (m.costs ?? []).entries()) {
          codes.add('currency', cost.currency, file, ['missions', i, 'costs', k, 'currency']);
        }
      }
    }
    for (const aop of bundle.aops) {
      for (const [i, a] of (aop.data?.activities ?? []).entries()) {
        for (const [k, b] of (a.budget ?? []).entries()) {
          codes.add('currency', b.currency, aop.file, ['activities', i, 'budget', k, 'currency']);
        }
      }
      for (const [i, t] of (aop.data?.budgetTotals ?? []).entries()) {
        codes.add('currency', t.currency, aop.file, ['budgetTotals', i, 'currency']);
      }
    }
    const agreement = bundle.agreement;
    if (agreement) {
      const f = agreementFile(bundle);
      codes.keys(agreement.title, f, ['title']);
      for (const [i, r] of (agreement.recitals ?? []).entries()) codes.keys(r, f, ['recitals', i]);
      for (const [i, a] of agreement.articles.entries()) {
        codes.keys(a.heading, f, ['articles', i, 'heading']);
        codes.keys(a.text, f, ['articles', i, 'text']);
      }
    }
    for (const [i, d] of (bundle.documents?.documents ?? []).entries()) {
      for (const [k, l] of d.langs.entries())
        codes.add('language', l, documentsFile(bundle), ['documents', i, 'langs', k]);
    }
    return codes.findings;
  },
};

// Country, language and currency codes, and linkage.yaml's time zone, name real things (the schema
// only checks their shape). Node's ICU data knows the names; the lists below remove what it knows
// that ISO does not assign.

import { WORKSPACE_FILE } from '../../workspace/load.js';
import type { LangTextValue } from '../../workspace/schema.js';
import { isTimeZone } from '../dates.js';
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

/** The verdict on a code that is a string and wrong, else undefined. */
function wrong(kind: Kind, code: unknown): Exclude<Verdict, { ok: true }> | undefined {
  if (typeof code !== 'string') return undefined;
  const verdict = verdictOf(kind, code);
  return verdict.ok ? undefined : verdict;
}

/**
 * The findings of one file's codes. A list's or a language map's items get their path only when one
 * is wrong: `check` asks about every language of every article of every agreement.
 */
class Codes {
  readonly findings: Finding[] = [];
  add(kind: Kind, code: unknown, file: string, path: FieldPath) {
    const verdict = wrong(kind, code);
    if (verdict) this.report(kind, code as string, verdict, file, path);
  }
  /** Each code of a list at `path`. */
  list(kind: Kind, codes: readonly unknown[] | undefined, file: string, path: FieldPath) {
    if (!codes) return;
    for (let i = 0; i < codes.length; i++) {
      const verdict = wrong(kind, codes[i]);
      if (verdict) this.report(kind, codes[i] as string, verdict, file, [...path, i]);
    }
  }
  /** The language keys of a free text that is a language map. */
  keys(text: LangTextValue | undefined, file: string, path: FieldPath) {
    if (text === undefined || typeof text === 'string') return;
    for (const key in text) {
      const verdict = wrong('language', key);
      if (verdict) this.report('language', key, verdict, file, [...path, key]);
    }
  }
  private report(kind: Kind, code: string, verdict: Exclude<Verdict, { ok: true }>, file: string, path: FieldPath) {
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
}

/**
 * Countries are ISO 3166-1 alpha-2 codes that exist, languages ISO 639 codes (a three-letter code
 * unknown to Node's data is a warning), currencies ISO 4217 codes in use, the time zone an IANA one
 * (said here too because a pinned "today" never reads the clock in it, which would refuse it).
 */
export const isoCodes: Rule = {
  id: 'iso-codes',
  severity: 'error',
  workspace: (ctx) => {
    const codes = new Codes();
    codes.list('language', ctx.ws.config?.settings?.languages, WORKSPACE_FILE, ['settings', 'languages']);
    const timezone = ctx.ws.config?.settings?.timezone;
    if (timezone !== undefined && !isTimeZone(timezone)) {
      codes.findings.push({
        id: 'settings.bad-timezone',
        params: { value: timezone },
        file: WORKSPACE_FILE,
        path: ['settings', 'timezone'],
      });
    }
    const communities = ctx.ws.profile?.migrantCommunities ?? [];
    for (let i = 0; i < communities.length; i++) {
      const at = profileLocation(ctx.ws, ['migrantCommunities', i, 'country']);
      codes.add('country', communities[i]?.country, at.file, at.path);
    }
    return codes.findings;
  },
  case: (_ctx, bundle) => {
    const c = bundle.case;
    const codes = new Codes();
    const file = caseFile(bundle);
    if (c) {
      codes.add('country', c.counterpart.country, file, ['counterpart', 'country']);
      codes.list('language', c.counterpart.languages, file, ['counterpart', 'languages']);
      codes.list('language', c.steps?.signature?.languages, file, ['steps', 'signature', 'languages']);
      const missions = c.missions ?? [];
      for (let i = 0; i < missions.length; i++) {
        const costs = missions[i]?.costs ?? [];
        for (let k = 0; k < costs.length; k++) {
          codes.add('currency', costs[k]?.currency, file, ['missions', i, 'costs', k, 'currency']);
        }
      }
    }
    for (const aop of bundle.aops) {
      const activities = aop.data?.activities ?? [];
      for (let i = 0; i < activities.length; i++) {
        const budget = activities[i]?.budget ?? [];
        for (let k = 0; k < budget.length; k++) {
          codes.add('currency', budget[k]?.currency, aop.file, ['activities', i, 'budget', k, 'currency']);
        }
      }
      const totals = aop.data?.budgetTotals ?? [];
      for (let i = 0; i < totals.length; i++) {
        codes.add('currency', totals[i]?.currency, aop.file, ['budgetTotals', i, 'currency']);
      }
    }
    const agreement = bundle.agreement;
    if (agreement) {
      const f = agreementFile(bundle);
      codes.keys(agreement.title, f, ['title']);
      const recitals = agreement.recitals ?? [];
      for (let i = 0; i < recitals.length; i++) codes.keys(recitals[i], f, ['recitals', i]);
      const articles = agreement.articles;
      for (let i = 0; i < articles.length; i++) {
        const a = articles[i];
        codes.keys(a?.heading, f, ['articles', i, 'heading']);
        codes.keys(a?.text, f, ['articles', i, 'text']);
      }
    }
    const documents = bundle.documents?.documents ?? [];
    for (let i = 0; i < documents.length; i++) {
      codes.list('language', documents[i]?.langs, documentsFile(bundle), ['documents', i, 'langs']);
    }
    return codes.findings;
  },
};

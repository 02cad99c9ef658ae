// No clause submits the agreement to courts, arbitration or a foreign jurisdiction, nor names a
// governing law other than public international law (domain.md, "The law").
import { articleTextPath, type EffectiveArticle } from '../../agreement/effective.js';
import { findForeignJurisdiction, SCANNED_LANGUAGES } from '../../agreement/jurisdiction.js';
import { effectiveOf } from './agreement-text.js';
import { agreementFile, LSCT_ARTS_2_II_8_9 } from './locate.js';
import type { Finding, Rule } from './types.js';

/** The model's dispute-settlement article: where a person reads a version the rule cannot. */
const DISPUTES = 'controversias';

/**
 * An article of the effective text, in any language, that submits to courts, arbitration or a
 * jurisdiction, or names a governing law: one finding per article and language, quoting the phrase.
 * The expressions cover Spanish, English, French and German; a version in another language (once
 * the agreement is signed in it, when its languages are recorded) is every bit as authentic, so a
 * warning says, once per case, that nobody has read it for such a clause.
 */
export const foreignJurisdiction: Rule = {
  id: 'foreign-jurisdiction',
  severity: 'error',
  law: LSCT_ARTS_2_II_8_9,
  case: (ctx, bundle) => {
    if (!bundle.agreement) return [];
    const findings: Finding[] = [];
    const unscanned: string[] = [];
    const articles = effectiveOf(ctx, bundle).articles;
    for (const article of articles) {
      for (const [lang, text] of Object.entries(article.text)) {
        if (!SCANNED_LANGUAGES.includes(lang) && !unscanned.includes(lang)) unscanned.push(lang);
        const match = findForeignJurisdiction(text);
        if (!match) continue;
        findings.push({
          params: { article: article.id, number: article.number, lang, phrase: match.phrase },
          file: agreementFile(bundle),
          path: articleTextPath(article, lang) ?? ['model'],
        });
      }
    }
    const signed = bundle.case?.steps?.signature?.languages;
    const unread = signed ? unscanned.filter((lang) => signed.includes(lang)) : unscanned;
    const first = unread[0];
    if (first !== undefined) {
      const holding = (a: EffectiveArticle) => a.text[first] !== undefined;
      const article = articles.find((a) => a.id === DISPUTES && holding(a)) ?? articles.find(holding);
      findings.push({
        id: 'rule.foreign-jurisdiction.not-scanned',
        severity: 'warning',
        params: { langs: unread.join(', '), article: article?.id ?? DISPUTES },
        file: agreementFile(bundle),
        path: (article && articleTextPath(article, first)) ?? ['model'],
      });
    }
    return findings;
  },
};

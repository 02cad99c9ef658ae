// No clause submits the agreement to courts, arbitration or a foreign jurisdiction, nor names a
// governing law other than public international law (domain.md, "The law").
import { articleTextPath } from '../../agreement/effective.js';
import { findForeignJurisdiction } from '../../agreement/jurisdiction.js';
import { effectiveOf } from './agreement-text.js';
import { agreementFile, LSCT_ARTS_2_II_8_9 } from './locate.js';
import type { Finding, Rule } from './types.js';

/**
 * An article of the effective text, in any language, that submits to courts, arbitration or a
 * jurisdiction, or names a governing law: one finding per article and language, quoting the phrase.
 */
export const foreignJurisdiction: Rule = {
  id: 'foreign-jurisdiction',
  severity: 'error',
  law: LSCT_ARTS_2_II_8_9,
  case: (ctx, bundle) => {
    if (!bundle.agreement) return [];
    const findings: Finding[] = [];
    for (const article of effectiveOf(ctx, bundle).articles) {
      for (const [lang, text] of Object.entries(article.text)) {
        const match = findForeignJurisdiction(text);
        if (!match) continue;
        findings.push({
          params: { article: article.id, number: article.number, lang, phrase: match.phrase },
          file: agreementFile(bundle),
          path: articleTextPath(article, lang) ?? ['model'],
        });
      }
    }
    return findings;
  },
};

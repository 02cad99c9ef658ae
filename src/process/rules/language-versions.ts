// Every language version of the agreement has the same articles (domain.md, "The agreement": the
// texts are equally authentic, so none may have an article the others lack).
import { agreementLanguages, articleTextPath, type EffectiveArticle } from '../../agreement/effective.js';
import { figuresOf, saysInWords } from '../../agreement/words.js';
import { effectiveOf } from './agreement-text.js';
import { agreementFile, caseFile, type FieldPath } from './locate.js';
import type { Finding, Rule } from './types.js';

/** Where an article lives in agreement.yaml: its entry, else the list (a model article as it stands). */
const entryPath = (a: EffectiveArticle): FieldPath => (a.index === null ? ['articles'] : ['articles', a.index]);

/** The figures of `a` that `b` lacks, and those of `b` that `a` lacks (counting repeats). */
function figuresApart(a: readonly string[], b: readonly string[]): [string[], string[]] {
  const rest = [...b];
  const onlyA: string[] = [];
  for (const f of a) {
    const k = rest.indexOf(f);
    if (k >= 0) rest.splice(k, 1);
    else onlyA.push(f);
  }
  return [onlyA, rest];
}

/**
 * The agreement's languages are those of its text plus those it is signed in
 * (`steps.signature.languages`); each must have text for every article, and a heading where it has
 * text. A language that only a few articles have is most likely a stray override: the finding then
 * points at it. Equally authentic versions of an article hold the same figures (a term, a notice
 * period, a sum): a warning names those that differ from the first language's.
 */
export const languageVersions: Rule = {
  id: 'language-versions',
  severity: 'error',
  case: (ctx, bundle) => {
    if (!bundle.agreement) return [];
    const eff = effectiveOf(ctx, bundle);
    const file = agreementFile(bundle);
    const findings: Finding[] = [];
    const total = eff.articles.length;
    const languages = agreementLanguages(eff, bundle.case);
    // Spanish comes first: a text that has none is no version the municipality can sign.
    if (total > 0 && !languages.includes('es'))
      findings.push({ id: 'rule.language-versions.no-spanish', params: {}, file, path: ['articles'] });
    languages.forEach((lang) => {
      const having = eff.articles.filter((a) => a.text[lang] !== undefined);
      const lacking = eff.articles.filter((a) => a.text[lang] === undefined);
      if (having.length === 0) {
        const k = bundle.case?.steps?.signature?.languages?.indexOf(lang) ?? -1;
        findings.push({
          id: 'rule.language-versions.no-text',
          params: { lang },
          file: caseFile(bundle),
          path: ['steps', 'signature', 'languages', ...(k >= 0 ? [k] : [])],
        });
        return;
      }
      if (lacking.length > 0) {
        const stray = having.length < lacking.length ? having.find((a) => articleTextPath(a, lang)) : undefined;
        findings.push({
          params: {
            lang,
            count: lacking.length,
            total,
            missing: lacking.map((a) => a.id).join(', '),
            present: having.map((a) => a.id).join(', '),
          },
          file,
          path: stray ? (articleTextPath(stray, lang) as FieldPath) : entryPath(lacking[0] as EffectiveArticle),
        });
      }
      for (const a of having) {
        if (a.heading[lang] !== undefined) continue;
        findings.push({
          id: 'rule.language-versions.heading',
          params: { lang, article: a.id },
          file,
          path: a.index === null ? ['articles'] : ['articles', a.index, 'heading'],
        });
      }
    });
    const [base, ...others] = languages;
    for (const a of eff.articles) {
      const baseText = base === undefined ? undefined : a.text[base];
      if (base === undefined || baseText === undefined) continue;
      const baseFigures = figuresOf(baseText);
      for (const lang of others) {
        const text = a.text[lang];
        if (text === undefined) continue;
        // A figure one version gives in digits and the other only in words is the same figure.
        const [apartBase, apartHere] = figuresApart(baseFigures, figuresOf(text));
        const onlyBase = apartBase.filter((f) => !saysInWords(text, f, lang));
        const onlyHere = apartHere.filter((f) => !saysInWords(baseText, f, base));
        if (onlyBase.length === 0 && onlyHere.length === 0) continue;
        findings.push({
          id: 'rule.language-versions.figures',
          severity: 'warning',
          params: {
            article: a.id,
            number: a.number,
            lang,
            base,
            baseFigures: onlyBase.join(', ') || '—',
            figures: onlyHere.join(', ') || '—',
          },
          file,
          path: articleTextPath(a, lang) ?? articleTextPath(a, base) ?? entryPath(a),
        });
      }
    }
    return findings;
  },
};

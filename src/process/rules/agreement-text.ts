// agreement.yaml's articles make a text: overrides, additions and omissions that fit the model, and
// the facts the model's placeholders need (domain.md, "The agreement").
import { articleTextPath, type EffectiveAgreement, effectiveAgreement } from '../../agreement/effective.js';
import { agreementModel } from '../../agreement/model.js';
import type { Placeholder } from '../../agreement/placeholders.js';
import { figuresOf, saysInWords } from '../../agreement/words.js';
import { type CaseBundle, WORKSPACE_FILE } from '../../workspace/load.js';
import type { AgreementFile } from '../../workspace/schema.js';
import { agreementFile, caseFile, dotted, type FieldPath } from './locate.js';
import type { Finding, Rule, RuleContext } from './types.js';

const cache = new WeakMap<CaseBundle, { config: unknown; eff: EffectiveAgreement }>();

/** The effective text of a case's agreement, computed once per loaded bundle for all the rules. */
export function effectiveOf(ctx: RuleContext, bundle: CaseBundle): EffectiveAgreement {
  const hit = cache.get(bundle);
  if (hit && hit.config === ctx.ws.config) return hit.eff;
  const eff = effectiveAgreement(ctx.ws.config, bundle);
  cache.set(bundle, { config: ctx.ws.config, eff });
  return eff;
}

/** Where the fact behind each placeholder is recorded. */
function factOf(bundle: CaseBundle, placeholder: Placeholder): { file: string; path: FieldPath } {
  switch (placeholder) {
    case 'municipality':
      return { file: WORKSPACE_FILE, path: ['municipality', 'name'] };
    case 'state':
      return { file: WORKSPACE_FILE, path: ['municipality', 'state'] };
    case 'liaison':
      return { file: WORKSPACE_FILE, path: ['liaison', 'area'] };
    case 'counterpart':
    case 'counterpartFull':
    case 'city':
      return { file: caseFile(bundle), path: ['counterpart', 'city'] };
    case 'country':
    case 'countryInText':
      return { file: caseFile(bundle), path: ['counterpart', 'country'] };
    case 'topic':
    case 'topicLower':
      return { file: caseFile(bundle), path: ['topic'] };
    case 'areas':
      return { file: caseFile(bundle), path: ['areas'] };
    case 'duration':
      return { file: agreementFile(bundle), path: ['term'] };
    case 'noticeDays':
      return { file: agreementFile(bundle), path: ['term', 'noticeDays'] };
  }
}

/**
 * Errors for article entries that do not fit (a new article without heading or text, `after` naming
 * no article, `omit` of an article the model lacks, `after`/`omit` without `model:`, a repeated id);
 * a warning for each fact the model's text needs and the case has not recorded.
 */
export const agreementText: Rule = {
  id: 'agreement-text',
  severity: 'error',
  case: (ctx, bundle) => {
    const agreement = bundle.agreement;
    if (!agreement) return [];
    const eff = effectiveOf(ctx, bundle);
    const file = agreementFile(bundle);
    const known = agreementModel(eff.variant)
      .articles.map((a) => a.id)
      .join(', ');
    const findings: Finding[] = eff.issues.map((issue) => ({
      id: issue.id === 'incomplete' ? 'rule.agreement-text' : `rule.agreement-text.${issue.id}`,
      params: { ...issue.params, known, variant: eff.variant },
      file,
      path: issue.path,
    }));
    // One warning per missing fact, naming the languages and the places of the text that need it.
    const byFact = new Map<string, { at: { file: string; path: FieldPath }; langs: Set<string>; where: Set<string> }>();
    for (const m of eff.missing) {
      const at = factOf(bundle, m.placeholder);
      const key = `${at.file}#${dotted(at.path)}`;
      const entry = byFact.get(key) ?? { at, langs: new Set<string>(), where: new Set<string>() };
      entry.langs.add(m.lang);
      entry.where.add(m.where);
      byFact.set(key, entry);
    }
    for (const { at, langs, where } of byFact.values()) {
      findings.push({
        id: 'rule.agreement-text.missing',
        params: { field: dotted(at.path), langs: [...langs].join(', '), where: [...where].join(', ') },
        ...at,
        severity: 'warning',
      });
    }
    findings.push(...termFigures(eff, agreement.term, file));
    return findings;
  },
};

/** The model's article on entry into force, duration and termination, which `term:` fills in. */
const TERM_ARTICLE = 'vigencia';

/**
 * The negotiated text of the article on the term (agreement.yaml gives it) states the years and the
 * notice days that `term:` records: those drive the expiry, the notice deadline and the check of a
 * termination, so a text that says otherwise would have linkage compute dates the agreement does
 * not set. One warning per language whose text lacks a figure.
 */
function termFigures(eff: EffectiveAgreement, term: AgreementFile['term'], file: string): Finding[] {
  const article = eff.articles.find((a) => a.id === TERM_ARTICLE);
  if (!article || !term) return [];
  const wanted = [...(term.type === 'fixed' && term.years !== undefined ? [term.years] : []), term.noticeDays].map(
    String,
  );
  return Object.entries(article.text).flatMap(([lang, text]): Finding[] => {
    const path = articleTextPath(article, lang);
    if (!path) return [];
    const said = figuresOf(text);
    const missing = wanted.filter((f) => !said.includes(f) && !saysInWords(text, f, lang));
    if (missing.length === 0) return [];
    return [
      {
        id: 'rule.agreement-text.term-figures',
        severity: 'warning',
        params: { number: article.number, lang, figures: missing.join(', ') },
        file,
        path,
      },
    ];
  });
}

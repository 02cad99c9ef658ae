// A signed text drawn from the model is written out whole into agreement.yaml: the model's articles
// fill their placeholders from linkage.yaml and case.yaml as they stand today, and from linkage's own
// model, so a renamed liaison office or a new release of linkage would otherwise change a text that
// both Parties signed (LSCT art. 7: it changes only through an amendment, which the SRE reviews).
import type { AgreementFile, LangTextValue } from '../workspace/schema.js';
import type { EffectiveAgreement } from './effective.js';

type Article = AgreementFile['articles'][number];

/**
 * agreement.yaml holding `eff` as it stands, without `model:`: every article in order (the file's own
 * entries keep their form, the model's languages added), and the title, parties clause and recitals
 * the model supplied. Its effective text, and so its hash, is `eff`'s.
 */
export function frozenAgreement(agreement: AgreementFile, eff: EffectiveAgreement): AgreementFile {
  const articles = eff.articles.map((a): Article => {
    const own = a.index === null ? undefined : agreement.articles[a.index];
    const keepBare = own !== undefined && typeof own.text === 'string' && a.fromModel.text.length === 0;
    const text: LangTextValue = keepBare ? (own.text as string) : a.text;
    return Object.keys(a.heading).length > 0 ? { id: a.id, heading: a.heading, text } : { id: a.id, text };
  });
  const frozen: AgreementFile = {
    ...agreement,
    title: agreement.title ?? eff.title,
    parties: agreement.parties ?? eff.parties,
    recitals: agreement.recitals ?? eff.recitals,
    articles,
  };
  delete frozen.model;
  return frozen;
}

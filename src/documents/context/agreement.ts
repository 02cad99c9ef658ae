// The agreement's context: its effective text (the model with the negotiated overrides) in one
// language, the closing formula and the signature blocks of both Parties.

import { type EffectiveAgreement, effectiveAgreement } from '../../agreement/effective.js';
import { articleLabel } from '../../agreement/model.js';
import { languageName, localeOf, longDate } from '../../intl.js';
import { officialOn } from '../../process/administrations.js';
import { signatureDate } from '../../process/steps.js';
import { inLanguage } from '../../workspace/hash.js';
import type { CaseBundle, Workspace } from '../../workspace/load.js';
import { caseFilePath } from '../../workspace/root.js';
import type { CaseFile, WorkspaceFile } from '../../workspace/schema.js';
import { type CommonContext, escapeMarkdown, partyCaption, person, roleTitle } from './common.js';
import { cityName, mayorOn } from './letter.js';
import type { AgreementContextData, PersonContext } from './schema.js';

/** Text of a language map in `lang`, escaped; the article-text set must have it (checked by the rules). */
function textOf(map: Record<string, string>, lang: string): string {
  return escapeMarkdown(map[lang] ?? '');
}

/**
 * An article's text as Markdown: each line its own paragraph, and a line that starts "a) " an item of
 * a lettered list (the model writes the areas and the AOP contents that way). User text is escaped.
 */
export function articleBody(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const item = /^([a-z])\)\s+(.*)$/.exec(line);
      return item ? `${item[1]}) ${escapeMarkdown(item[2] as string)}` : escapeMarkdown(line);
    })
    .join('\n\n');
}

export function agreementContext(
  common: CommonContext,
  ws: Workspace,
  bundle: CaseBundle,
  lang: string,
  eff: EffectiveAgreement = effectiveAgreement(ws.config, bundle),
): AgreementContextData {
  const config = ws.config as WorkspaceFile;
  const c = bundle.case as CaseFile;
  const signed = signatureDate(c);
  const on = signed ?? common.document.date ?? '9999-12-31';
  const closing = eff.closing;
  const place = (p: { place: Record<string, string> | null; date: string | null }) => ({
    place: p.place ? escapeMarkdown(inLanguage(p.place, lang) ?? '') : null,
    date: p.date ? longDate(p.date, lang) : null,
  });

  const file = caseFilePath(bundle.slug);
  // Once the signature is recorded, the agreement shows who signed, with their recorded titles.
  // A recorded signer without a title: the Mayor's built-in one for the counterpart, none for ours.
  const recorded = (party: 'municipality' | 'counterpart') =>
    (c.steps?.signature?.[party]?.signers ?? []).map((s, i) =>
      person(s, party === 'counterpart' ? roleTitle('mayor', s.gender, lang) : undefined, lang, {
        file,
        path: ['steps', 'signature', party, 'signers', i],
      }),
    );
  const coSignerRoles = bundle.agreement?.coSigners ?? config.settings?.coSigners ?? [];
  const signedForMunicipality = recorded('municipality');
  const municipalSigners: PersonContext[] = signedForMunicipality.length
    ? signedForMunicipality
    : (['president', ...coSignerRoles] as const).flatMap((role) => {
        const found = officialOn(config, role, on);
        return found ? [person(found.official, roleTitle(role, found.official.gender, lang), lang, found.source)] : [];
      });
  const signedForCounterpart = recorded('counterpart');
  // Before the signers are recorded: the mayor in office on the signature's or the document's date.
  const mayor = mayorOn(c, signed ?? common.document.date);
  const counterpartSigners: PersonContext[] = signedForCounterpart.length
    ? signedForCounterpart
    : mayor
      ? [person(mayor.mayor, roleTitle('mayor', mayor.mayor.gender, lang), lang, { file, path: mayor.path })]
      : [];

  return {
    ...common,
    agreement: {
      title: textOf(eff.title, lang),
      parties: textOf(eff.parties, lang),
      recitals: eff.recitals.map((r) => textOf(r, lang)),
      preambleEnd: textOf(eff.preambleEnd, lang),
      articles: eff.articles.map((a) => ({
        id: a.id,
        number: a.number,
        label: articleLabel(a.number, lang) ?? String(a.number),
        heading: textOf(a.heading, lang),
        body: articleBody(a.text[lang] ?? ''),
      })),
      closing: {
        sentence: closing.sentence[lang] ? escapeMarkdown(closing.sentence[lang] as string) : null,
        apart: closing.apart,
        municipality: place(closing.municipality),
        counterpart: place(closing.counterpart),
        originals: closing.originals,
        languages: closing.languages.map((l) => escapeMarkdown(languageName(l, lang))),
        languageList: escapeMarkdown(
          new Intl.ListFormat(localeOf(lang), { type: 'conjunction' }).format(
            closing.languages.map((l) => languageName(l, lang)),
          ),
        ),
      },
      hash: eff.hash,
      shortHash: eff.hash.slice(0, 12),
    },
    counterpart: { city: cityName(bundle, lang) },
    signatures: {
      municipality: { caption: partyCaption(eff.partyNames.municipality, lang), signers: municipalSigners },
      counterpart: { caption: partyCaption(eff.partyNames.counterpart, lang), signers: counterpartSigners },
    },
  };
}

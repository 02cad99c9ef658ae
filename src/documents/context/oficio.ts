// The two oficios to the SRE: the request for its opinion before signature (LSCT art. 7) and the
// copy of the signed agreement for its registry. Official letters to a Mexican authority: number,
// Asunto, "Atentamente", c.c.p.
import { effectiveAgreement } from '../../agreement/effective.js';
import { BLANK } from '../../agreement/placeholders.js';
import { asSentence } from '../../agreement/words.js';
import { countryName, languageName, longDate } from '../../intl.js';
import {
  clearsSignature,
  keptObservations,
  registrationOf,
  requestRound,
  returnedObservations,
  signatureDate,
  sreRounds,
} from '../../process/steps.js';
import { inLanguage } from '../../workspace/hash.js';
import type { CaseBundle, Workspace } from '../../workspace/load.js';
import { caseFilePath } from '../../workspace/root.js';
import type { CaseFile, WorkspaceFile } from '../../workspace/schema.js';
import { type CommonContext, escapeMarkdown, pick, pickOrNull, raw } from './common.js';
import { cityName } from './letter.js';
import type { OpinionRequestContextData, RegistrationContextData } from './schema.js';

type Oficio = Pick<
  OpinionRequestContextData,
  'oficio' | 'addressee' | 'via' | 'law' | 'attachments' | 'ccp' | 'agreementTitle' | 'counterpart'
>;

const DGCP_DEFAULT = 'Dirección General de Coordinación Política';

/** The Ley sobre la Celebración de Tratados in the DOF: its publication and its reforms (domain.md). */
const LSCT_PUBLISHED = '1992-01-02';
const LSCT_REFORMS = ['2021-05-20', '2025-11-14'];

/**
 * The law as an oficio cites it (domain.md: with its dates): its publication and its last reform on
 * the oficio's date, so that a request of 2022 cites no reform of 2025; undated, the law as in force.
 */
export function lsctCitation(date: string | null): string {
  const last = LSCT_REFORMS.filter((d) => date === null || d <= date).at(-1);
  const published = `Ley sobre la Celebración de Tratados, publicada en el Diario Oficial de la Federación el ${longDate(LSCT_PUBLISHED, 'es')}`;
  return last ? `${published} y reformada por última vez el ${longDate(last, 'es')}` : published;
}

function oficioBase(
  common: CommonContext,
  ws: Workspace,
  bundle: CaseBundle,
  subject: string,
  number: string | undefined,
  route: 'direct' | 'state' | undefined,
): Oficio {
  const config = ws.config as WorkspaceFile;
  const c = bundle.case as CaseFile;
  const sre = config.settings?.sre;
  const lang = common.lang;
  const at = (...path: (string | number)[]) => ({ file: 'linkage.yaml', path: ['settings', 'sre', ...path] });
  const office = sre?.dgcp?.office ? pick(sre.dgcp.office, lang, at('dgcp', 'office')) : DGCP_DEFAULT;
  const who = sre?.dgcp?.addressee;
  const viaState = (route ?? sre?.route) === 'state';
  const stateOffice = sre?.stateOffice?.office ? pick(sre.stateOffice.office, lang, at('stateOffice', 'office')) : null;
  const eff = effectiveAgreement(config, bundle);
  const title = escapeMarkdown(inLanguage(eff.title, lang) ?? '');
  return {
    oficio: { number: escapeMarkdown(number ?? BLANK), subject },
    addressee: {
      fullName: who ? escapeMarkdown(who.honorific ? `${who.honorific} ${who.name}` : who.name) : `${office}`,
      title: who?.title ? pick(who.title, lang, at('dgcp', 'addressee', 'title')) : null,
      office,
      address: sre?.dgcp?.address ? escapeMarkdown(sre.dgcp.address) : null,
    },
    via: viaState && stateOffice ? { office: stateOffice } : null,
    law: lsctCitation(common.document.date),
    attachments: [],
    ccp: [
      ...(common.liaison ? [`${common.liaison.person.fullName}, ${common.liaison.area}`] : []),
      ...(viaState && stateOffice ? [stateOffice] : []),
      'Archivo',
    ],
    agreementTitle: title,
    counterpart: { city: cityName(bundle, lang), country: escapeMarkdown(countryName(c.counterpart.country, lang)) },
  };
}

/** The number the SRE's registry gave the agreement, that an amendment's oficio cites; null before. */
function registryNumber(c: CaseFile): string | null {
  const n = c.steps?.registration?.registryNumber;
  return n ? escapeMarkdown(n) : null;
}

/**
 * The request for the SRE's opinion on the agreement's text or, given an amendment's index, on the
 * amended text: an amendment goes to the SRE like the agreement, before it is signed (LSCT art. 7).
 */
export function opinionRequestContext(
  common: CommonContext,
  ws: Workspace,
  bundle: CaseBundle,
  oficioNumber: string | undefined,
  amendmentIndex?: number,
): OpinionRequestContextData {
  const config = ws.config as WorkspaceFile;
  const c = bundle.case as CaseFile;
  const lang = common.lang;
  const { rounds, path: roundsPath } = sreRounds(c, amendmentIndex);
  // The round this request is: one still to send, or the recorded one with its own facts.
  const { index, round } = requestRound(c, amendmentIndex);
  const previous = index > 0 ? rounds[index - 1] : undefined;
  const eff = effectiveAgreement(config, bundle);
  const hash = round?.hash ?? eff.hash;
  const version = bundle.agreement?.versions?.find((v) => v.hash === hash);
  // A round that submits again a text an earlier round submitted: the letter says so, not "a new version".
  const sameAs = rounds.findIndex((r) => r.hash === hash);
  // Only the very text the last dictamen observed is kept, and an earlier one (A, B, then A again) is
  // a return to it in answer to the observations on B: as check's resubmitted-text reads them.
  const kept = keptObservations(rounds, index, hash) !== undefined;
  const returned = returnedObservations(rounds, index, hash) !== undefined;
  const file = caseFilePath(bundle.slug);
  const amendment = amendmentIndex === undefined ? undefined : c.amendments?.[amendmentIndex];
  const signed = signatureDate(c);
  // The council's session approved the agreement's text, not an amendment's.
  const council = amendment ? undefined : c.steps?.council;
  // The council approved an earlier text than the one submitted (a round after the SRE's
  // observations): the letter says which, by its date, rather than that it approved this one.
  const approvedOther = (approved: string | undefined) => {
    if (approved === undefined || approved === hash) return null;
    const v = bundle.agreement?.versions?.find((x) => x.hash === approved);
    return { date: v ? longDate(v.date, lang) : null };
  };
  const about = amendment ? 'la modificación del acuerdo' : 'el acuerdo';
  const base = oficioBase(
    common,
    ws,
    bundle,
    `Solicitud de dictamen sobre ${about} con ${cityName(bundle, lang)}, ${escapeMarkdown(countryName(c.counterpart.country, lang))}`,
    oficioNumber ?? round?.oficio,
    round?.route,
  );
  const own = round?.attachments?.map((a, i) =>
    pick(a, lang, { file, path: [...roundsPath, index, 'attachments', i] }),
  );
  const text = amendment ? 'Texto del acuerdo con la modificación' : 'Texto del acuerdo';
  const attachments = own ?? [
    ...eff.languages.map((l) => `${text} en ${escapeMarkdown(languageName(l, lang))}`),
    ...(council?.date
      ? [
          `Certificación del acta de la sesión de Cabildo${council.session ? ` núm. ${escapeMarkdown(council.session)}` : ''} del ${longDate(council.date, lang)}`,
        ]
      : []),
  ];
  return {
    ...common,
    ...base,
    attachments,
    text: {
      hash,
      shortHash: hash.slice(0, 12),
      version: version ? longDate(version.date, lang) : null,
      sameAs: sameAs < 0 || sameAs >= index ? null : sameAs + 1,
      kept,
      returned,
    },
    council: council?.date
      ? {
          date: longDate(council.date, lang),
          otherVersion: approvedOther(council.hash),
          session: council.session ? escapeMarkdown(council.session) : null,
          votesFor: council.votes?.for ?? null,
          members: council.votes?.members ?? config.settings?.council?.members ?? null,
        }
      : null,
    amendment:
      amendment && amendmentIndex !== undefined
        ? {
            summary: pick(amendment.summary, lang, { file, path: ['amendments', amendmentIndex, 'summary'] }),
            signed: signed ? longDate(signed, lang) : null,
            registry: registryNumber(c),
          }
        : null,
    round: index + 1,
    previous: previous
      ? {
          oficio: previous.dictamen?.oficio ? escapeMarkdown(previous.dictamen.oficio) : null,
          date: previous.dictamen?.date ? longDate(previous.dictamen.date, lang) : null,
          observations: previous.dictamen?.outcome === 'observations',
          answers: (previous.dictamen?.observations ?? []).map((o, k) => {
            const at = [...roundsPath, index - 1, 'dictamen', 'observations', k];
            return {
              article: o.article ? escapeMarkdown(o.article) : null,
              // Its answer follows in the same paragraph: the observation ends as a sentence.
              observation: escapeMarkdown(asSentence(raw(o.text, lang, { file, path: [...at, 'text'] }))),
              answer: pickOrNull(o.answer?.text, lang, { file, path: [...at, 'answer', 'text'] }) ?? BLANK,
            };
          }),
        }
      : null,
  };
}

/**
 * The copy of the signed agreement or, given an amendment's index, of the signed amendment, sent to
 * the SRE for its registry (LSCT art. 7).
 */
export function registrationContext(
  common: CommonContext,
  ws: Workspace,
  bundle: CaseBundle,
  oficioNumber: string | undefined,
  amendmentIndex?: number,
): RegistrationContextData {
  const c = bundle.case as CaseFile;
  const lang = common.lang;
  const sig = c.steps?.signature;
  const eff = effectiveAgreement(ws.config, bundle);
  const file = caseFilePath(bundle.slug);
  const signing = (party: 'municipality' | 'counterpart') => ({
    place: pickOrNull(sig?.[party]?.place, lang, { file, path: ['steps', 'signature', party, 'place'] }),
    date: sig?.[party]?.date ? longDate(sig[party]?.date as string, lang) : null,
  });
  const municipality = signing('municipality');
  const counterpart = signing('counterpart');
  const amendment = amendmentIndex === undefined ? undefined : c.amendments?.[amendmentIndex];
  // The copy for the registry goes the way the request for the opinion went (the amendment's, for it).
  const cleared = [...sreRounds(c, amendmentIndex).rounds].reverse().find(clearsSignature);
  const dictamen = cleared?.dictamen;
  const base = oficioBase(
    common,
    ws,
    bundle,
    `Registro ${amendment ? 'de la modificación del acuerdo' : 'del acuerdo'} con ${cityName(bundle, lang)}, ${escapeMarkdown(countryName(c.counterpart.country, lang))}`,
    oficioNumber ?? registrationOf(c, amendmentIndex).registration?.oficio,
    cleared?.route,
  );
  const title = escapeMarkdown(eff.title[lang] ?? '');
  return {
    ...common,
    ...base,
    // The counterpart as the agreement names it: «la Ciudad Universitaria de Gießen».
    counterpart: { ...base.counterpart, party: escapeMarkdown(eff.partyNames.counterpart[lang] ?? '') },
    attachments: [amendment ? `Copia de la modificación del ${title}, firmada` : `Copia del ${title}, firmado`],
    amendment: amendment?.signed
      ? {
          signed: longDate(amendment.signed, lang),
          registry: registryNumber(c),
        }
      : null,
    signature: {
      municipality,
      counterpart,
      together: municipality.place === counterpart.place && municipality.date === counterpart.date,
    },
    dictamen: dictamen
      ? {
          oficio: dictamen.oficio ? escapeMarkdown(dictamen.oficio) : null,
          date: dictamen.date ? longDate(dictamen.date, lang) : null,
          required: dictamen.outcome !== 'not-required',
        }
      : null,
  };
}

// The documents linkage writes: their scope, the step that issues them, and how their context is built.
import { join } from 'node:path';
import { effectiveAgreement } from '../agreement/effective.js';
import { UserError } from '../errors.js';
import { unreachableLiaison } from '../process/rules/liaison-contact.js';
import { caseClosure, deriveWorkspaceSteps } from '../process/status.js';
import {
  keptButChanged,
  keptObservations,
  openAmendment,
  registrationOf,
  requestRound,
  returnedObservations,
  signatureClearance,
  signatureDate,
  sreRounds,
  unregisteredAmendment,
} from '../process/steps.js';
import type { AopEntry, CaseBundle, Workspace } from '../workspace/load.js';
import { caseFilePath } from '../workspace/root.js';
import type { CaseFile } from '../workspace/schema.js';
import type { EditableYaml } from '../workspace/write.js';
import { agreementContext } from './context/agreement.js';
import { aopContext, aopOf, aopReportContext, latestWithResults } from './context/aop.js';
import type { CommonContext } from './context/common.js';
import { handoverContext } from './context/handover.js';
import { letterContext } from './context/letter.js';
import { opinionRequestContext, registrationContext } from './context/oficio.js';
import { profileContext } from './context/profile.js';
import { statusContext } from './context/status.js';

export interface BuildOptions {
  /** An oficio's number, given on the command line (--oficio) when not yet recorded. */
  oficio?: string;
  /** The AOP a per-year document is about (planned by `generate`). */
  aop?: AopEntry;
  /** The amendment an oficio is about, by its index in case.yaml (planned by `generate`). */
  amendment?: number;
  /** A report over several workspaces (-C a -C b): all of them, the first being `ws`. */
  workspaces?: Workspace[];
  /** The workspace's today: a results report on a program still under way says it is preliminary. */
  today: string;
}

/** What issuing a document records in case.yaml, besides its entry in documents.yaml. */
export interface RecordFacts {
  date: string;
  oficio?: string;
  /** The hash of the agreement's current text. */
  hash: string;
  /** The amendment the document is about, by its index; undefined for the agreement itself. */
  amendment?: number;
}

export interface DocumentDef {
  id: string;
  /** A workspace document may still take a case (the profile then leads with its areas). */
  scope: 'workspace' | 'case';
  title: { es: string; en: string };
  /** Languages the document always has (an oficio to the SRE is in Spanish). */
  fixedLangs?: string[];
  /** The step that issuing the document records. */
  step?: string;
  /** Body text size in points, when not the layout's default (a letter should fit one page). */
  fontSize?: number;
  /**
   * The recorded date of the document, if its step (or, for an AOP document, its program; for an
   * amendment's oficio, the amendment) has one.
   */
  recordedDate?: (bundle: CaseBundle, aop: AopEntry | undefined, amendment: number | undefined) => string | undefined;
  /** Writes the step's facts when the document is issued (--record); the oficios need a number. */
  record?: (edit: EditableYaml, bundle: CaseBundle, facts: RecordFacts) => void;
  needsOficio?: boolean;
  /** The oficio number the case already holds for this document (or the amendment's), if any. */
  recordedOficio?: (bundle: CaseBundle, amendment: number | undefined) => string | undefined;
  /**
   * Why the case's process has not reached this document (about the agreement, or the amendment with
   * that index): `generate all` leaves it out, and asking for it by name is refused with this error,
   * located in the workspace at `root`.
   */
  notReached?: (bundle: CaseBundle, amendment: number | undefined, root: string) => UserError | undefined;
  /**
   * Why the case's facts would make this document contradict itself (about the agreement, or the
   * amendment with that index): asked for by name it is refused with this error; `generate all` leaves
   * it out and says why.
   */
  contradicted?: (ws: Workspace, bundle: CaseBundle, amendment: number | undefined) => UserError | undefined;
  /**
   * What `generate` says with the draft (about the agreement, or the amendment with that index; of a
   * workspace document, `bundle` is the case it was given, if any): a fact the document needs that the
   * workspace lacks, such as a blank ("____") it would print. Unlike `contradicted`, never a refusal.
   */
  warnings?: (
    ws: Workspace,
    bundle: CaseBundle | undefined,
    amendment: number | undefined,
  ) => { id: string; params: Record<string, string | number> }[];
  /**
   * An oficio to the SRE that an amendment goes through as the agreement did (LSCT art. 7): it is about
   * the agreement or about one amendment (`--amendment <id>`). This gives the amendment it is about
   * when none is named (the one whose oficio is due), by its index; undefined: the agreement.
   */
  amendment?: (c: CaseFile) => number | undefined;
  /**
   * A workspace document `all` makes only once the workspace reached it (the Profile, once its step
   * is done); asked for by name, its draft is made.
   */
  ready?: (ws: Workspace, today: string) => boolean;
  /** Its text comes from agreement.yaml: a case whose agreement.yaml does not load cannot have it. */
  readsAgreement?: boolean;
  /** A draft of this document carries a watermark ("PROYECTO / DRAFT", in its languages) unless --final. */
  draftWatermark?: boolean;
  /**
   * A document about one year's AOP: the case's AOP of `year`, or the default one when no year is
   * given. Its file name carries the year.
   */
  aop?: (bundle: CaseBundle, year: number | undefined) => AopEntry | undefined;
  /** A report of the workspace as it stands: dated today unless --date, never about one case. */
  report?: boolean;
  /**
   * A draft without a recorded date is dated today, not "fecha por definir" (a letter to a mayor
   * abroad, a results report as of today).
   */
  datedToday?: boolean;
  /** May cover several workspaces at once (repeated -C). */
  manyWorkspaces?: boolean;
  build: (
    common: CommonContext,
    ws: Workspace,
    bundle: CaseBundle | undefined,
    lang: string,
    options: BuildOptions,
  ) => object;
}

export const DOCUMENTS: DocumentDef[] = [
  {
    id: 'profile',
    scope: 'workspace',
    title: { es: 'Perfil Municipal', en: 'Municipal Profile' },
    warnings: liaisonWarning,
    // Given a case, the profile that went with its Letter of Intent bears the letter's date.
    recordedDate: (bundle) => bundle.case?.steps?.letter?.date,
    ready: (ws, today) => deriveWorkspaceSteps(ws, today).find((s) => s.id === 'profile')?.state === 'done',
    build: (common, ws, bundle, lang) => profileContext(common, ws, bundle, lang),
  },
  {
    id: 'letter',
    scope: 'case',
    title: { es: 'Carta de Intención', en: 'Letter of Intent' },
    step: 'letter',
    datedToday: true,
    fontSize: 10.5,
    warnings: liaisonWarning,
    recordedDate: (bundle) => bundle.case?.steps?.letter?.date,
    record: (edit, _bundle, { date }) => {
      if (edit.doc.getIn(['steps', 'letter', 'date']) === undefined) edit.doc.setIn(['steps', 'letter', 'date'], date);
    },
    build: (common, ws, bundle, lang) => letterContext(common, ws, bundle as CaseBundle, lang),
  },
  {
    id: 'agreement',
    scope: 'case',
    readsAgreement: true,
    title: { es: 'Acuerdo interinstitucional', en: 'Inter-institutional agreement' },
    step: 'signature',
    draftWatermark: true,
    notReached: agreementNotReached,
    recordedDate: (bundle) => signatureDate(bundle.case),
    build: (common, ws, bundle, lang) => agreementContext(common, ws, bundle as CaseBundle, lang),
  },
  {
    id: 'opinion-request',
    scope: 'case',
    readsAgreement: true,
    title: { es: 'Solicitud de dictamen a la SRE', en: "Request for the SRE's opinion" },
    fixedLangs: ['es'],
    step: 'sre-opinion',
    needsOficio: true,
    // A letter to an authority, in the letter's type: it fits its page with its c.c.p.
    fontSize: 10.5,
    amendment: openAmendment,
    notReached: requestNotReached,
    contradicted: requestKeptButChanged,
    warnings: (ws, bundle, amendment) => [
      ...liaisonWarning(ws),
      ...(bundle ? requestBlankAnswers(ws, bundle, amendment) : []),
    ],
    recordedDate: (bundle, _aop, amendment) => requestRound(bundle.case, amendment).round?.submitted,
    recordedOficio: (bundle, amendment) => requestRound(bundle.case, amendment).round?.oficio,
    // The request's round (requestRound) gets the facts it lacks; after observations or an unfavourable
    // dictamen that is a new round. An amendment's rounds are its own.
    record: (edit, bundle, { date, oficio, hash, amendment }) => {
      const { index, round } = requestRound(bundle.case, amendment);
      const at = [...sreRounds(bundle.case, amendment).path, index];
      if (!round) edit.doc.setIn(at, edit.doc.createNode({ submitted: date, oficio, hash }));
      else {
        if (!round.submitted) edit.doc.setIn([...at, 'submitted'], date);
        if (!round.oficio) edit.doc.setIn([...at, 'oficio'], oficio);
        if (!round.hash) edit.doc.setIn([...at, 'hash'], hash);
      }
    },
    build: (common, ws, bundle, _lang, options) =>
      opinionRequestContext(common, ws, bundle as CaseBundle, options.oficio, options.amendment),
  },
  {
    id: 'registration',
    scope: 'case',
    readsAgreement: true,
    title: { es: 'Envío para registro a la SRE', en: 'Copy for the SRE registry' },
    fixedLangs: ['es'],
    step: 'registration',
    needsOficio: true,
    // A letter to an authority, in the letter's type: it fits its page with its c.c.p.
    fontSize: 10.5,
    amendment: unregisteredAmendment,
    notReached: registrationNotReached,
    recordedDate: (bundle, _aop, amendment) => registrationOf(bundle.case, amendment).registration?.date,
    recordedOficio: (bundle, amendment) => registrationOf(bundle.case, amendment).registration?.oficio,
    record: (edit, bundle, { date, oficio, amendment }) => {
      const { registration: r, path } = registrationOf(bundle.case, amendment);
      if (!r?.date) edit.doc.setIn([...path, 'date'], date);
      if (!r?.oficio) edit.doc.setIn([...path, 'oficio'], oficio);
    },
    build: (common, ws, bundle, _lang, options) =>
      registrationContext(common, ws, bundle as CaseBundle, options.oficio, options.amendment),
  },
  {
    id: 'aop',
    scope: 'case',
    title: { es: 'Programa Operativo Anual', en: 'Annual Operational Program' },
    aop: (bundle, year) => aopOf(bundle, year),
    // Dated the day the Parties approved it, as its text says.
    recordedDate: (_bundle, aop) => aop?.data?.approved,
    build: (common, ws, bundle, lang, options) =>
      aopContext(common, ws, bundle as CaseBundle, options.aop as AopEntry, lang),
  },
  {
    id: 'aop-report',
    scope: 'case',
    title: {
      es: 'Informe de resultados del Programa Operativo Anual',
      en: 'Annual Operational Program results report',
    },
    aop: (bundle, year) => (year === undefined ? latestWithResults(bundle) : aopOf(bundle, year)),
    // It reports what is recorded as of the day it is made: dated that day, unless --date.
    datedToday: true,
    build: (common, ws, bundle, lang, options) =>
      aopReportContext(common, ws, bundle as CaseBundle, options.aop as AopEntry, lang, options.today),
  },
  {
    id: 'status',
    scope: 'workspace',
    title: { es: 'Informe de estado de las vinculaciones', en: 'Status report of the linkages' },
    // For the municipality's own meetings: Spanish unless --lang asks for more.
    fixedLangs: ['es'],
    fontSize: 9,
    report: true,
    manyWorkspaces: true,
    build: (common, ws, _bundle, lang, options) =>
      statusContext(common, options.workspaces ?? [ws], common.document.date as string, lang),
  },
  {
    id: 'handover',
    scope: 'workspace',
    title: { es: 'Informe de entrega-recepción de las vinculaciones', en: 'Handover report of the linkages' },
    // Annex to the acta de entrega-recepción, a Mexican municipal record: Spanish unless --lang.
    fixedLangs: ['es'],
    fontSize: 10,
    report: true,
    build: (common, ws, _bundle, lang) => handoverContext(common, ws, common.document.date as string, lang),
  },
];

/**
 * An opinion request asks about a negotiated text (agreement.yaml, or its amendment) of a case still
 * open. A request already sent stays, whatever became of the case.
 */
function requestNotReached(bundle: CaseBundle, amendment: number | undefined): UserError | undefined {
  const c = bundle.case;
  if (!c || sreRounds(c, amendment).rounds.length > 0) return undefined;
  if (caseClosure(c)) return new UserError('document.request-closed', { slug: bundle.slug });
  if (!bundle.agreement) return new UserError('document.request-no-text', { slug: bundle.slug });
  return undefined;
}

/**
 * A request that submits again the text the last dictamen observed says the municipality keeps it and
 * answers those observations: it cannot also answer one of them "accepted, the text changed"
 * (keptButChanged, as `check`'s resubmitted-text). Located at the round's hash, or at that answer
 * while the round is not recorded.
 */
function requestKeptButChanged(
  ws: Workspace,
  bundle: CaseBundle,
  amendment: number | undefined,
): UserError | undefined {
  const { rounds, path } = sreRounds(bundle.case, amendment);
  const { index, round } = requestRound(bundle.case, amendment);
  const k = keptButChanged(rounds, index, round?.hash ?? currentAgreementHash(ws, bundle));
  if (k === undefined) return undefined;
  const observation = rounds[index - 1]?.dictamen?.observations?.[k]?.id ?? String(k + 1);
  return new UserError('document.request-kept-accepted', { round: index + 1, earlier: index, observation }, 2, {
    file: join(ws.root, caseFilePath(bundle.slug)),
    path: round?.hash
      ? [...path, index, 'hash']
      : [...path, index - 1, 'dictamen', 'observations', k, 'answer', 'resolution'],
  });
}

/**
 * A document that tells its reader how to reach the liaison (the office's email and phone): generate
 * warns, as check does (liaison-contact), when the office has neither.
 */
function liaisonWarning(ws: Workspace) {
  return unreachableLiaison(ws.config) ? [{ id: 'rule.liaison-contact', params: {} }] : [];
}

/**
 * The answers a request quotes (to the observations on the text it keeps, or on the text it goes back
 * from) that have no text: the letter prints "____" after "Respuesta:". Each named, with its field.
 */
function requestBlankAnswers(ws: Workspace, bundle: CaseBundle, amendment: number | undefined) {
  const { rounds, path } = sreRounds(bundle.case, amendment);
  const { index, round } = requestRound(bundle.case, amendment);
  const hash = round?.hash ?? currentAgreementHash(ws, bundle);
  const quoted = keptObservations(rounds, index, hash) ?? returnedObservations(rounds, index, hash) ?? [];
  return quoted.flatMap((o, k) =>
    o.answer?.text !== undefined
      ? []
      : [
          {
            id: 'document.request-blank-answer',
            params: {
              round: index + 1,
              earlier: index,
              observation: o.id ?? String(k + 1),
              path: [...path, index - 1, 'dictamen', 'observations', k, 'answer', 'text'].join('.'),
              file: caseFilePath(bundle.slug),
            },
          },
        ],
  );
}

/** A case closed before any text of its own (declined after the letter) has no agreement to show. */
function agreementNotReached(bundle: CaseBundle): UserError | undefined {
  const c = bundle.case;
  if (!c || bundle.agreement || signatureDate(c) || !caseClosure(c)) return undefined;
  return new UserError('document.agreement-closed', { slug: bundle.slug });
}

/**
 * The registration letter says where and when each Party signed: it waits for both. An amendment's
 * waits for the amendment's signature. Either waits for the dictamen that cleared the text it sends.
 */
function registrationNotReached(
  bundle: CaseBundle,
  amendment: number | undefined,
  root: string,
): UserError | undefined {
  const file = join(root, caseFilePath(bundle.slug));
  const a = amendment === undefined ? undefined : bundle.case?.amendments?.[amendment];
  if (amendment !== undefined && !a?.signed) {
    return new UserError('document.registration-amendment-unsigned', { slug: bundle.slug, id: a?.id ?? '' }, 2, {
      file,
      path: ['amendments', amendment],
    });
  }
  const s = bundle.case?.steps?.signature;
  if (!a && !(s?.municipality?.place && s.municipality.date && s.counterpart?.place && s.counterpart.date)) {
    return new UserError('document.registration-unsigned', { slug: bundle.slug }, 2, {
      file,
      path: ['steps', 'signature'],
    });
  }
  // The SRE's dictamen comes before signature (LSCT art. 7), on the signed text, an amendment's in its
  // own rounds: the letter would send it a text signed without one, and say it was signed on it.
  const { rounds, path } = sreRounds(bundle.case, amendment);
  const issue = signatureClearance(rounds, a ? a.hash : s?.hash);
  if (!issue) return undefined;
  const params = { slug: bundle.slug, ...(a ? { id: a.id } : {}) };
  const which = a ? 'registration-amendment' : 'registration';
  if (issue.issue === 'no-dictamen')
    return new UserError(`document.${which}-no-dictamen`, params, 2, { file, path: path.slice(0, -1) });
  return new UserError(
    `document.${which}-other-text`,
    { ...params, signed: issue.signed.slice(0, 12), cleared: issue.cleared.slice(0, 12) },
    2,
    { file, path: amendment === undefined ? ['steps', 'signature', 'hash'] : ['amendments', amendment, 'hash'] },
  );
}

export const documentIds = () => DOCUMENTS.map((d) => d.id);
export const findDocument = (id: string) => DOCUMENTS.find((d) => d.id === id);

/** The hash of a case's current agreement text (what an opinion request asks about). */
export const currentAgreementHash = (ws: Workspace, bundle: CaseBundle) => effectiveAgreement(ws.config, bundle).hash;

// The linkage process as data (product.md §3): phases, steps, the facts that complete each step,
// who acts, the document produced and the follow-up interval. Status is derived from these; a
// workspace adds local steps and may put `sre-opinion` before `council`.
import { inLanguage } from '../workspace/hash.js';
import type { AopEntry, CaseBundle, Workspace } from '../workspace/load.js';
import type { CaseFile, LocalStepData, SreRoundData, WorkspaceFile } from '../workspace/schema.js';
import { administrationOn } from './administrations.js';
import { aopSpan } from './aop.js';
import { addDays, addMonths, maxDate, yearOf } from './dates.js';

export type Actor = 'municipio' | 'contraparte' | 'sre' | 'cabildo' | 'estado';
export type Phase = 1 | 2 | 3 | 4;
export type Bilingual = { es: string; en: string };

export const PHASES: Record<Phase, { title: Bilingual; sre2009: Bilingual }> = {
  1: { title: { es: 'Identificación', en: 'Identification' }, sre2009: { es: 'Iniciación', en: 'Initiation' } },
  2: { title: { es: 'Vinculación', en: 'Linking' }, sre2009: { es: 'Iniciación', en: 'Initiation' } },
  3: { title: { es: 'Formalización', en: 'Formalization' }, sre2009: { es: 'Formalización', en: 'Formalization' } },
  4: {
    title: { es: 'Instrumentación', en: 'Instrumentation' },
    sre2009: { es: 'Operatividad del acuerdo', en: 'Operation of the agreement' },
  },
};

export interface StepContext {
  ws: Workspace;
  bundle?: CaseBundle;
  today: string;
}

export interface FactDef {
  /** Field path in the step's file (for messages, prompts and locating). */
  path: (string | number)[];
  label: Bilingual;
  present: (ctx: StepContext) => boolean;
}

export interface StepDef {
  id: string;
  phase: Phase;
  scope: 'workspace' | 'case';
  title: Bilingual;
  /**
   * What the municipality does, where the title names a thing ("Carta de Intención"): a pending
   * commitment that is the municipality's own move reads as an action ("Enviar la Carta de Intención").
   */
  action?: Bilingual;
  help: Bilingual;
  actor: Actor;
  /** Facts that complete the step: all present → done, some → in-progress. */
  facts: FactDef[];
  /** Overrides the fact count where completion is not "all facts present". */
  complete?: (ctx: StepContext) => boolean;
  /** The file the facts live in. */
  file: 'workspace' | 'case' | 'agreement' | 'aop';
  document?: string;
  /** Days after the previous step's date by which this step is due (a follow-up, never a legal term). */
  followUpDays?: number;
  /** The date the step was completed, for "since when". */
  date?: (ctx: StepContext) => string | undefined;
  /** When the municipality has done its part and waits on someone else: who, and since when. */
  waiting?: (ctx: StepContext) => { actor: Actor; since: string } | undefined;
  /**
   * When the step is the municipality's own move with a follow-up interval: since when it is owed
   * (the interval counts from that day, as from `waiting`'s).
   */
  owedSince?: (ctx: StepContext) => string | undefined;
  /**
   * Since when the step is its actor's move, when that is not the day the last step was done (a
   * year's program is owed from the start of its year, not from the previous year's last act).
   */
  movedSince?: (ctx: StepContext) => string | undefined;
  local?: boolean;
}

type Data = Record<string, unknown>;

/** Reads a dotted path; `-1` picks the last item of a list. */
export function getPath(data: unknown, path: (string | number)[]): unknown {
  let cur: unknown = data;
  for (let i = 0; i < path.length; i++) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const key = path[i] as string | number;
    if (typeof key === 'number' && Array.isArray(cur)) cur = cur[key < 0 ? cur.length + key : key];
    else cur = (cur as Data)[key];
  }
  return cur;
}

/**
 * Whether a fact's value is there: not empty text, list or mapping. (Status asks it of every fact of
 * every step of every case: an own key is looked for, not listed.)
 */
function filled(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (typeof v !== 'object') return true;
  if (Array.isArray(v)) return v.length > 0;
  for (const key in v) if (Object.hasOwn(v, key)) return true;
  return false;
}

const caseData = (ctx: Pick<StepContext, 'bundle'>): CaseFile | null => ctx.bundle?.case ?? null;
const wsData = (ctx: StepContext): WorkspaceFile | null => ctx.ws.config;

function caseFact(path: (string | number)[], label: Bilingual): FactDef {
  return { path, label, present: (ctx) => filled(getPath(caseData(ctx), path)) };
}
function wsFact(path: (string | number)[], label: Bilingual): FactDef {
  return { path, label, present: (ctx) => filled(getPath(wsData(ctx), path)) };
}

export const lastRound = (c: CaseFile | null): SreRoundData | undefined => c?.steps?.['sre-opinion']?.rounds.at(-1);

/** A dictamen that asks for the text again: observations, or an unfavourable opinion on a text to revise. */
export const reopensRound = (round: SreRoundData | undefined): boolean =>
  round?.dictamen?.outcome === 'observations' || round?.dictamen?.outcome === 'unfavourable';

/**
 * The SRE rounds of a text and where they live in case.yaml: the agreement's own (the `sre-opinion`
 * step), or, given its index, an amendment's, which goes to the SRE the same way before it is signed.
 */
export function sreRounds(
  c: CaseFile | null,
  amendment?: number,
): { rounds: SreRoundData[]; path: (string | number)[] } {
  return amendment === undefined
    ? { rounds: c?.steps?.['sre-opinion']?.rounds ?? [], path: ['steps', 'sre-opinion', 'rounds'] }
    : { rounds: c?.amendments?.[amendment]?.rounds ?? [], path: ['amendments', amendment, 'rounds'] };
}

/**
 * The amendment under way, by its index: the last one while it is not signed, as `next --step
 * amendment` takes it up. Undefined before the agreement itself is signed (a change is then a new draft).
 */
export function openAmendment(c: CaseFile | null): number | undefined {
  const amendments = c?.amendments ?? [];
  if (!signatureDate(c) || amendments.length === 0 || amendments.at(-1)?.signed) return undefined;
  return amendments.length - 1;
}

/**
 * The amendment whose signed copy is still to go to the SRE's registry, by its index: the last one,
 * once signed, while no copy of it has been sent.
 */
export function unregisteredAmendment(c: CaseFile | null): number | undefined {
  const amendments = c?.amendments ?? [];
  const last = amendments.at(-1);
  return last?.signed && !last.registration?.date ? amendments.length - 1 : undefined;
}

/** The registration facts of the agreement, or of the amendment with that index, and where they live. */
export function registrationOf(
  c: CaseFile | null,
  amendment?: number,
): {
  registration: NonNullable<NonNullable<CaseFile['steps']>['registration']> | undefined;
  path: (string | number)[];
} {
  return amendment === undefined
    ? { registration: c?.steps?.registration, path: ['steps', 'registration'] }
    : { registration: c?.amendments?.[amendment]?.registration, path: ['amendments', amendment, 'registration'] };
}

/**
 * The SRE round an opinion request belongs to (of the agreement, or of the amendment with that index):
 * a new round when there is none or the last one's dictamen asks for the text again, else the last
 * one (its index and facts) — waiting for its dictamen, or cleared by it: a favourable or
 * not-required dictamen calls for no further request.
 */
export function requestRound(
  c: CaseFile | null,
  amendment?: number,
): { index: number; round: SreRoundData | undefined } {
  const { rounds } = sreRounds(c, amendment);
  const last = rounds.at(-1);
  return last && !reopensRound(last)
    ? { index: rounds.length - 1, round: last }
    : { index: rounds.length, round: undefined };
}

/** A round whose dictamen clears the text for signature (LSCT art. 7): favourable, or not required. */
export const clearsSignature = (r: SreRoundData | undefined): r is SreRoundData =>
  r?.dictamen?.outcome === 'favourable' || r?.dictamen?.outcome === 'not-required';

/** The text a dictamen speaks of: its own hash, else the hash of the text submitted in its round. */
export const dictamenHash = (r: SreRoundData) => r.dictamen?.hash ?? r.hash;

/**
 * The observations round `index` of `rounds` answers while it keeps the text they were about: it
 * submits (`hash`) the very text the dictamen before it observed. Undefined when that round sends
 * another text (even one an earlier round sent: A, B, then A again answers the observations on B) or
 * follows no observations. `check` (resubmitted-text) and the opinion request both ask this.
 */
export function keptObservations(
  rounds: SreRoundData[],
  index: number,
  hash: string | undefined,
): Observations | undefined {
  const before = observationsBefore(rounds, index, hash);
  return before && before.about === hash ? before.observations : undefined;
}

/**
 * The observations round `index` of `rounds` answers by going back to a text an earlier round
 * submitted that is not the one they were about (A, B, then A again answers the observations on B):
 * the opinion request says the municipality returns to that text "y responde a ellas". Undefined when
 * the round keeps the observed text (keptObservations), sends a text no round sent, or follows no
 * observations.
 */
export function returnedObservations(
  rounds: SreRoundData[],
  index: number,
  hash: string | undefined,
): Observations | undefined {
  const before = observationsBefore(rounds, index, hash);
  if (!before || before.about === hash || !rounds.slice(0, index).some((r) => r.hash === hash)) return undefined;
  return before.observations;
}

type Observations = NonNullable<NonNullable<SreRoundData['dictamen']>['observations']>;

/**
 * The observations of the dictamen before round `index` of `rounds`, and the text they were about;
 * undefined when that dictamen made none, or when round `index` names no text (`hash`).
 */
function observationsBefore(
  rounds: SreRoundData[],
  index: number,
  hash: string | undefined,
): { about: string | undefined; observations: Observations } | undefined {
  const previous = rounds[index - 1];
  if (hash === undefined || !previous?.dictamen || previous.dictamen.outcome !== 'observations') return undefined;
  return { about: dictamenHash(previous), observations: previous.dictamen.observations ?? [] };
}

/**
 * A round that keeps the observed text (keptObservations) cannot answer one of those observations
 * `accepted` ("the text was changed"): its letter would say both. That observation's index, else
 * undefined.
 */
export function keptButChanged(rounds: SreRoundData[], index: number, hash: string | undefined): number | undefined {
  const k = keptObservations(rounds, index, hash)?.findIndex((o) => o.answer?.resolution === 'accepted') ?? -1;
  return k < 0 ? undefined : k;
}

/**
 * Whether `rounds` clear the signature of the text with hash `signedHash` (LSCT art. 7): 'no-dictamen'
 * when no dictamen in them is favourable (or not required); 'other-text', with both hashes, when those
 * that name a text all name another; undefined when cleared, or when there is no hash to compare.
 */
export function signatureClearance(
  rounds: SreRoundData[],
  signedHash: string | undefined,
): { issue: 'no-dictamen' } | { issue: 'other-text'; signed: string; cleared: string } | undefined {
  const clearing = rounds.filter(clearsSignature);
  if (clearing.length === 0) return { issue: 'no-dictamen' };
  if (signedHash === undefined) return undefined;
  const hashes = clearing.map(dictamenHash).filter((h) => h !== undefined);
  // Without any hash on the dictamen the text cannot be compared; required-facts asks for the hash.
  const cleared = hashes.at(-1);
  if (cleared === undefined || hashes.includes(signedHash)) return undefined;
  return { issue: 'other-text', signed: signedHash, cleared };
}

/** The favourable (or not-required) dictamen that clears signature, if the last round has one. */
export function clearingDictamen(c: CaseFile | null) {
  const last = lastRound(c);
  return clearsSignature(last) ? last.dictamen : undefined;
}

/**
 * The texts the SRE cleared for signature, by the hash each dictamen speaks of (undefined when it
 * names none): the agreement's, when its last round's dictamen is favourable or not required, then
 * each amendment's, by the same reading of its own rounds.
 */
export function clearedTexts(c: CaseFile | null): (string | undefined)[] {
  const series = [c?.steps?.['sre-opinion']?.rounds ?? [], ...(c?.amendments ?? []).map((a) => a.rounds ?? [])];
  return series.flatMap((rounds) => {
    const last = rounds.at(-1);
    return clearsSignature(last) ? [dictamenHash(last)] : [];
  });
}

/** The day the agreement was signed: the later of both Parties' dates, once both have signed. */
export const signatureDate = (c: CaseFile | null): string | undefined => {
  const s = c?.steps?.signature;
  const ours = s?.municipality?.date;
  const theirs = s?.counterpart?.date;
  return ours && theirs ? maxDate([ours, theirs]) : undefined;
};

/**
 * The day a fixed-term agreement expires: signature plus its years. agreement.yaml's current `term` is
 * the one that counts (an amendment that extends it changes the text). Undefined for an indefinite term.
 */
export function termExpiry(ctx: Pick<StepContext, 'bundle'>): string | undefined {
  const signed = signatureDate(caseData(ctx));
  const term = ctx.bundle?.agreement?.term;
  if (!signed || term?.type !== 'fixed' || term.years === undefined) return undefined;
  return addMonths(signed, 12 * term.years);
}

/** The day the agreement stops being in force: its recorded `end:`, or its fixed term's expiry, whichever comes first. */
export function agreementEnd(ctx: Pick<StepContext, 'bundle'>): string | undefined {
  const ended = caseData(ctx)?.end?.date;
  const expiry = termExpiry(ctx);
  if (ended === undefined || (expiry !== undefined && expiry < ended)) return expiry;
  return ended;
}

/** Years from the signature year up to today's year, or the year the agreement ended: one AOP each. */
export function yearsInForce(ctx: StepContext): number[] {
  const signed = signatureDate(caseData(ctx));
  if (!signed) return [];
  const end = agreementEnd(ctx);
  const endYear = end !== undefined ? Math.min(yearOf(end), yearOf(ctx.today)) : yearOf(ctx.today);
  const years: number[] = [];
  for (let y = yearOf(signed); y <= endYear; y++) years.push(y);
  return years;
}

/**
 * The years in force that owe a program: all but those whose due day (aopDue) comes on or after the
 * day the agreement ends (a termination, a fixed term's expiry: the first day it is no longer in
 * force), as status.ts instrumentationDue.
 */
export function aopYears(ctx: StepContext): number[] {
  const end = agreementEnd(ctx);
  return yearsInForce(ctx).filter((y) => owesAop(end, aopDue(ctx, y) as string));
}

/**
 * Whether a program due on `due` is owed while the agreement's first day no longer in force is `end`
 * (agreementEnd): one due on or after that day is not.
 */
export const owesAop = (end: string | undefined, due: string): boolean => end === undefined || end > due;

const aopFor = (ctx: StepContext, year: number): AopEntry | undefined => ctx.bundle?.aops.find((a) => a.year === year);

/** The first year whose program is owed: none written, or a draft not yet approved. */
export const owedAopYear = (ctx: StepContext): number | undefined =>
  aopYears(ctx).find((y) => !aopFor(ctx, y)?.data?.approved);

/**
 * A year's results are recorded: evaluated, every indicator with its actual, and every activity with
 * how it ended (no longer `planned`: done, cancelled, postponed or carrying on in progress).
 */
export function aopHasResults(entry: AopEntry | undefined): boolean {
  const aop = entry?.data;
  if (!aop?.results?.evaluated) return false;
  return aop.activities.every(
    (a) => a.status !== 'planned' && (a.indicators ?? []).every((i) => i.actual !== undefined),
  );
}

/** The last day of a year's program: its `period`'s end when it has one (it may run into the next year). */
const programEnd = (ctx: StepContext, year: number) => aopSpan(aopFor(ctx, year)?.data ?? { year }).end;

/** Closed years in force: those whose program ended before today. */
export const closedYears = (ctx: StepContext) => yearsInForce(ctx).filter((y) => programEnd(ctx, y) < ctx.today);

/** Days within which an AOP is agreed: `settings.followUpDays.aop`, else the model agreement's 60. */
export const aopDays = ({ ws }: Pick<StepContext, 'ws'>) => ws.config?.settings?.followUpDays?.aop ?? 60;

/**
 * The day a year's AOP falls due: the first (the signature year's) that many days after signature,
 * each later one that many days into its year, or after the previous program's `period` ends when
 * that is later. Undefined while the agreement is not signed.
 */
export function aopDue(ctx: StepContext, year: number): string | undefined {
  const signed = signatureDate(caseData(ctx));
  if (!signed) return undefined;
  if (year === yearOf(signed)) return addDays(signed, aopDays(ctx));
  const starts = maxDate([`${year}-01-01`, addDays(programEnd(ctx, year - 1), 1)]) as string;
  return addDays(starts, aopDays(ctx));
}

/** The day a closed year's results fall due: as many days after its program ends (into the next year by default). */
export const resultsDue = (ctx: StepContext, year: number) => addDays(programEnd(ctx, year), aopDays(ctx) + 1);

const b = (es: string, en: string): Bilingual => ({ es, en });

export const BUILTIN_STEPS: StepDef[] = [
  {
    id: 'liaison',
    phase: 1,
    scope: 'workspace',
    file: 'workspace',
    actor: 'municipio',
    title: b('Designar enlace', 'Designate the liaison'),
    help: b(
      'El municipio designa un área o persona a cargo de los asuntos internacionales: enlace con la SRE, con las ciudades socias y con las dependencias municipales.',
      'The municipality designates an office or official in charge of international affairs: the link with the SRE, partner cities and municipal departments.',
    ),
    facts: [
      wsFact(['liaison', 'area'], b('área de enlace', 'liaison office')),
      wsFact(['liaison', 'person', 'name'], b('persona designada', 'designated person')),
      wsFact(['liaison', 'appointed'], b('fecha de nombramiento', 'appointment date')),
      wsFact(['liaison', 'oficio'], b('oficio de nombramiento', 'appointment oficio')),
    ],
    date: (ctx) => wsData(ctx)?.liaison?.appointed,
  },
  {
    id: 'participation',
    phase: 1,
    scope: 'workspace',
    file: 'workspace',
    actor: 'municipio',
    title: b('Involucrar a la ciudadanía', 'Involve citizens'),
    help: b(
      'Empresarios, académicos, clubes sociales y sindicatos dan continuidad a la actividad internacional más allá de cada administración y ayudan a comunicarla.',
      'Business, academia, social clubs and unions give international activity continuity beyond each administration and help to communicate it.',
    ),
    facts: [wsFact(['participation'], b('participantes por sector', 'participants by sector'))],
    date: (ctx) =>
      wsData(ctx)
        ?.participation?.map((p) => p.since)
        .filter((d): d is string => !!d)
        .sort()[0],
  },
  {
    id: 'profile',
    phase: 1,
    scope: 'workspace',
    file: 'workspace',
    actor: 'municipio',
    document: 'profile',
    title: b('Perfil Municipal y prioridades', 'Municipal Profile and priorities'),
    action: b(
      'Elaborar el Perfil Municipal y fijar las prioridades',
      'Prepare the Municipal Profile and set the priorities',
    ),
    help: b(
      'El Perfil Municipal ayuda a la ciudad a conocerse y fija sus prioridades a partir del Plan Municipal de Desarrollo; acompañará a la Carta de Intención.',
      'The Municipal Profile helps the city know itself and sets its priorities from the Municipal Development Plan; it goes with the Letter of Intent.',
    ),
    facts: [
      {
        path: ['profile', 'location'],
        label: b('ubicación', 'location'),
        present: (ctx) => filled(ctx.ws.profile?.location),
      },
      {
        path: ['profile', 'population'],
        label: b('población', 'population'),
        present: (ctx) => filled(ctx.ws.profile?.population),
      },
      {
        path: ['profile', 'economy'],
        label: b('economía', 'economy'),
        present: (ctx) => filled(ctx.ws.profile?.economy),
      },
      {
        path: ['profile', 'strengths'],
        label: b('fortalezas', 'strengths'),
        present: (ctx) => filled(ctx.ws.profile?.strengths),
      },
      {
        path: ['administrations', -1, 'pmd', 'priorities'],
        label: b('prioridades del PMD', 'PMD priorities'),
        // The plan of the administration in office: an incoming one recorded ahead has none yet.
        present: (ctx) => {
          const config = wsData(ctx);
          if (!config?.administrations.length) return false;
          return filled(administrationOn(config, ctx.today).admin.pmd?.priorities);
        },
      },
    ],
  },
  {
    id: 'counterpart',
    phase: 2,
    scope: 'case',
    file: 'case',
    actor: 'municipio',
    title: b('Elegir la contraparte', 'Choose the counterpart'),
    help: b(
      'Se elige la ciudad socia por un problema compartido, una comunidad migrante o fortalezas complementarias, y las áreas de oportunidad ligadas a las prioridades del PMD.',
      'The partner city is chosen for a shared problem, a migrant community or complementary strengths, with areas of opportunity tied to PMD priorities.',
    ),
    facts: [
      caseFact(['counterpart', 'mayor', 'name'], b('nombre de la alcaldesa o alcalde', "the mayor's name")),
      caseFact(['reasons'], b('razones', 'reasons')),
      caseFact(['areas'], b('áreas de oportunidad', 'areas of opportunity')),
      caseFact(['steps', 'counterpart', 'date'], b('fecha de elección', 'date chosen')),
    ],
    date: (ctx) => caseData(ctx)?.steps?.counterpart?.date,
  },
  {
    id: 'letter',
    phase: 2,
    scope: 'case',
    file: 'case',
    actor: 'municipio',
    document: 'letter',
    title: b('Carta de Intención', 'Letter of Intent'),
    action: b('Enviar la Carta de Intención', 'Send the Letter of Intent'),
    help: b(
      'La Presidencia Municipal dirige a la alcaldía elegida una Carta de Intención, no vinculante, con el Perfil Municipal anexo.',
      "The Municipal President sends the chosen city's mayor a non-binding Letter of Intent, with the Municipal Profile attached.",
    ),
    facts: [caseFact(['steps', 'letter', 'date'], b('fecha de envío', 'date sent'))],
    date: (ctx) => caseData(ctx)?.steps?.letter?.date,
  },
  {
    id: 'response',
    phase: 2,
    scope: 'case',
    file: 'case',
    actor: 'contraparte',
    followUpDays: 45,
    title: b('Respuesta de la contraparte', "The counterpart's answer"),
    help: b(
      'La ciudad elegida acepta, declina o no responde. Sin respuesta, dé seguimiento por el contacto o por la representación diplomática.',
      'The chosen city accepts, declines or does not answer. Without an answer, follow up through the contact or the diplomatic representation.',
    ),
    facts: [
      caseFact(['steps', 'response', 'date'], b('fecha de la respuesta', 'date of the answer')),
      caseFact(['steps', 'response', 'outcome'], b('resultado', 'outcome')),
    ],
    date: (ctx) => caseData(ctx)?.steps?.response?.date,
    waiting: (ctx) => {
      const steps = caseData(ctx)?.steps;
      const letter = steps?.letter?.date;
      return letter && !steps?.response ? { actor: 'contraparte', since: letter } : undefined;
    },
  },
  {
    id: 'draft',
    phase: 3,
    scope: 'case',
    file: 'case',
    actor: 'municipio',
    document: 'agreement',
    title: b('Proyecto de acuerdo', 'Draft agreement'),
    action: b('Negociar el proyecto de acuerdo', 'Negotiate the draft agreement'),
    help: b(
      'Se negocia con la contraparte un acuerdo interinstitucional a partir del modelo de la SRE, en ambos idiomas.',
      'An inter-institutional agreement based on the SRE model is negotiated with the counterpart, in both languages.',
    ),
    facts: [
      caseFact(['steps', 'draft', 'date'], b('fecha del proyecto', 'date of the draft')),
      {
        path: ['versions'],
        label: b('versión del texto con su hash (agreement.yaml)', 'text version with its hash (agreement.yaml)'),
        present: (ctx) => filled(ctx.bundle?.agreement?.versions),
      },
    ],
    date: (ctx) => caseData(ctx)?.steps?.draft?.date,
  },
  {
    id: 'council',
    phase: 3,
    scope: 'case',
    file: 'case',
    actor: 'cabildo',
    title: b('Aprobación del Cabildo', 'Council approval'),
    help: b(
      'El H. Ayuntamiento aprueba en sesión el texto del acuerdo, con la mayoría que exija la ley estatal. La aprobación del Cabildo por sí sola no basta: falta el procedimiento ante la SRE.',
      'The Municipal Council approves the text in session, with the majority that state law requires. Council approval alone is not enough: the SRE procedure is still needed.',
    ),
    facts: [
      caseFact(['steps', 'council', 'date'], b('fecha de la sesión', 'session date')),
      caseFact(['steps', 'council', 'session'], b('número de sesión', 'session number')),
      caseFact(['steps', 'council', 'votes'], b('votación', 'vote')),
      caseFact(['steps', 'council', 'hash'], b('hash del texto aprobado', 'hash of the approved text')),
    ],
    date: (ctx) => caseData(ctx)?.steps?.council?.date,
  },
  {
    id: 'sre-opinion',
    phase: 3,
    scope: 'case',
    file: 'case',
    actor: 'municipio',
    document: 'opinion-request',
    followUpDays: 60,
    title: b('Dictamen de la SRE', "The SRE's opinion"),
    action: b('Solicitar el dictamen de la SRE', "Request the SRE's opinion"),
    help: b(
      'Antes de firmar, el municipio informa a la SRE (DGCP) del acuerdo que pretende celebrar y solicita su dictamen de procedencia (Ley sobre la Celebración de Tratados, art. 7).',
      'Before signing, the municipality informs the SRE (DGCP) of the agreement it intends to conclude and asks for its opinion (Law on the Conclusion of Treaties, art. 7).',
    ),
    facts: [
      caseFact(
        ['steps', 'sre-opinion', 'rounds', -1, 'submitted'],
        b('fecha de envío a la SRE', 'date sent to the SRE'),
      ),
      caseFact(['steps', 'sre-opinion', 'rounds', -1, 'oficio'], b('número de oficio', 'reference number')),
      caseFact(['steps', 'sre-opinion', 'rounds', -1, 'hash'], b('hash del texto enviado', 'hash of the text sent')),
      caseFact(
        ['steps', 'sre-opinion', 'rounds', -1, 'dictamen', 'date'],
        b('fecha del dictamen', 'date of the opinion'),
      ),
      {
        path: ['steps', 'sre-opinion', 'rounds', -1, 'dictamen', 'outcome'],
        label: b('dictamen favorable', 'favorable opinion'),
        present: (ctx) => clearingDictamen(caseData(ctx)) !== undefined,
      },
    ],
    date: (ctx) => lastRound(caseData(ctx))?.dictamen?.date,
    waiting: (ctx) => {
      const round = lastRound(caseData(ctx));
      if (round?.submitted && !round.dictamen) return { actor: 'sre', since: round.submitted };
      return undefined;
    },
  },
  {
    id: 'signature',
    phase: 3,
    scope: 'case',
    file: 'case',
    actor: 'municipio',
    title: b('Firma', 'Signature'),
    action: b('Firmar el acuerdo', 'Sign the agreement'),
    help: b(
      'Las Partes firman el texto con dictamen favorable, cada una en su lugar y fecha. La contraparte registra su propia aprobación.',
      'The Parties sign the text that has a favorable opinion, each at its own place and date. The counterpart records its own approval.',
    ),
    facts: [
      caseFact(['steps', 'signature', 'hash'], b('hash del texto firmado', 'hash of the signed text')),
      caseFact(
        ['steps', 'signature', 'municipality', 'place'],
        b('lugar de firma del municipio', "municipality's place of signature"),
      ),
      caseFact(
        ['steps', 'signature', 'municipality', 'date'],
        b('fecha de firma del municipio', "municipality's date of signature"),
      ),
      caseFact(
        ['steps', 'signature', 'counterpart', 'place'],
        b('lugar de firma de la contraparte', "counterpart's place of signature"),
      ),
      caseFact(
        ['steps', 'signature', 'counterpart', 'date'],
        b('fecha de firma de la contraparte', "counterpart's date of signature"),
      ),
    ],
    date: (ctx) => signatureDate(caseData(ctx)),
    waiting: (ctx) => {
      const s = caseData(ctx)?.steps?.signature;
      if (s?.municipality?.date && !s.counterpart?.date) return { actor: 'contraparte', since: s.municipality.date };
      return undefined;
    },
  },
  {
    id: 'registration',
    phase: 3,
    scope: 'case',
    file: 'case',
    actor: 'municipio',
    document: 'registration',
    followUpDays: 30,
    title: b('Registro ante la SRE', 'Registration with the SRE'),
    action: b(
      'Enviar el acuerdo firmado a la SRE para su registro',
      'Send the signed agreement to the SRE for registration',
    ),
    help: b(
      'Firmado el acuerdo, se envía copia a la SRE para su inscripción en el Registro de acuerdos interinstitucionales.',
      'Once signed, a copy is sent to the SRE for inscription in the registry of inter-institutional agreements.',
    ),
    facts: [
      caseFact(['steps', 'registration', 'date'], b('fecha de envío', 'date sent')),
      caseFact(['steps', 'registration', 'oficio'], b('número de oficio', 'reference number')),
      caseFact(['steps', 'registration', 'acuse'], b('fecha del acuse', 'acknowledgment date')),
    ],
    date: (ctx) => caseData(ctx)?.steps?.registration?.date,
    // Once both Parties have signed, sending the copy is the municipality's move. The law sets no
    // deadline (LSCT art. 7): the interval is a follow-up the workspace may change.
    owedSince: (ctx) => {
      const c = caseData(ctx);
      return c?.steps?.registration?.date ? undefined : signatureDate(c);
    },
    // Sent, it waits on the SRE's acknowledgment; the same interval is the follow-up of that wait.
    waiting: (ctx) => {
      const r = caseData(ctx)?.steps?.registration;
      return r?.date && !r.acuse ? { actor: 'sre', since: r.date } : undefined;
    },
  },
  {
    id: 'aop',
    phase: 4,
    scope: 'case',
    file: 'aop',
    actor: 'municipio',
    document: 'aop',
    followUpDays: 60,
    title: b('Programa Operativo Anual', 'Annual Operational Program'),
    action: b('Acordar el Programa Operativo Anual', 'Agree the Annual Operational Program'),
    help: b(
      'Las Partes acuerdan un Programa Operativo Anual: el primero dentro de los 60 días siguientes a la firma, y uno por cada año de vigencia.',
      'The Parties agree an Annual Operational Program: the first within 60 days of signature, and one for every year in force.',
    ),
    facts: [
      {
        path: ['aop'],
        label: b('un POA por cada año de vigencia', 'an AOP for every year in force'),
        present: (ctx) => yearsInForce(ctx).length > 0 && aopYears(ctx).every((y) => aopFor(ctx, y)?.data),
      },
      {
        path: ['aop', 'approved'],
        label: b('el día en que las Partes aprobaron cada POA', 'the day the Parties approved each AOP'),
        // Of the programs written (one still to write is the fact above; one that does not load is its
        // own error), every one approved.
        present: (ctx) => {
          const written = aopYears(ctx).flatMap((y) => aopFor(ctx, y)?.data ?? []);
          return written.length > 0 && written.every((aop) => aop.approved);
        },
      },
    ],
    // The program owed first (none, or a draft) is owed from the day its 60 days start counting.
    movedSince: (ctx) => {
      const year = owedAopYear(ctx);
      return year === undefined ? undefined : addDays(aopDue(ctx, year) as string, -aopDays(ctx));
    },
    // Done once each program is agreed: a draft without `approved:` is the step's work still to do.
    complete: (ctx) => yearsInForce(ctx).length > 0 && aopYears(ctx).every((y) => aopFor(ctx, y)?.data?.approved),
    date: (ctx) =>
      ctx.bundle?.aops
        .map((a) => a.data?.approved)
        .filter((d): d is string => !!d)
        .sort()
        .at(-1),
  },
  {
    id: 'results',
    phase: 4,
    scope: 'case',
    file: 'aop',
    actor: 'municipio',
    document: 'aop-report',
    title: b('Medición de resultados', 'Measuring results'),
    action: b('Medir los resultados del POA', 'Measure the AOP results'),
    help: b(
      'Al cerrar cada año, se registra el resultado de cada indicador del POA y se evalúa con la contraparte.',
      'When each year closes, the result of every AOP indicator is recorded and evaluated with the counterpart.',
    ),
    facts: [
      {
        path: ['aop'],
        label: b('resultados de cada año cerrado', 'results of every closed year'),
        present: (ctx) => closedYears(ctx).length > 0 && closedYears(ctx).every((y) => aopHasResults(aopFor(ctx, y))),
      },
    ],
    date: (ctx) =>
      ctx.bundle?.aops
        .map((a) => a.data?.results?.evaluated)
        .filter((d): d is string => !!d)
        .sort()
        .at(-1),
  },
  {
    id: 'communication',
    phase: 4,
    scope: 'case',
    file: 'case',
    actor: 'municipio',
    title: b('Comunicación a la sociedad', 'Telling society'),
    action: b('Comunicar a la sociedad los resultados', 'Tell society the results'),
    help: b(
      'Los resultados se comunican a la sociedad: la actividad internacional está siempre bajo su escrutinio.',
      'Results are told to society: international activity is always under its scrutiny.',
    ),
    facts: [
      {
        path: ['steps', 'communication'],
        label: b('difusión posterior a la última evaluación', 'communication after the latest evaluation'),
        present: (ctx) => {
          const last = caseData(ctx)
            ?.steps?.communication?.map((c) => c.date)
            .sort()
            .at(-1);
          const evaluated = ctx.bundle?.aops
            .map((a) => a.data?.results?.evaluated)
            .filter((d): d is string => !!d)
            .sort()
            .at(-1);
          return last !== undefined && evaluated !== undefined && last >= evaluated;
        },
      },
    ],
    date: (ctx) =>
      caseData(ctx)
        ?.steps?.communication?.map((c) => c.date)
        .sort()
        .at(-1),
  },
];

function localStep(def: LocalStepData, after: StepDef | undefined): StepDef {
  return {
    id: def.id,
    phase: after?.phase ?? 3,
    scope: after?.scope ?? 'case',
    file: after?.scope === 'workspace' ? 'workspace' : 'case',
    actor: def.actor,
    local: true,
    title: bilingual(def.title),
    help: def.help ? bilingual(def.help) : { es: '', en: '' },
    followUpDays: def.followUpDays,
    facts: def.facts.map((f) => {
      const path = ['steps', def.id, f.key];
      return {
        path,
        label: f.label ? bilingual(f.label) : { es: f.key, en: f.key },
        present: (ctx: StepContext) =>
          filled(getPath(after?.scope === 'workspace' ? wsData(ctx) : caseData(ctx), path)),
      };
    }),
    date: (ctx) => {
      const dateKey = def.facts.find((f) => f.type === 'date')?.key;
      const data = after?.scope === 'workspace' ? wsData(ctx) : caseData(ctx);
      const v = dateKey ? getPath(data, ['steps', def.id, dateKey]) : undefined;
      return typeof v === 'string' ? v : undefined;
    },
  };
}

/** A language map's Spanish and English texts, each falling back to the Spanish one. */
export function bilingual(text: string | Record<string, string>): Bilingual {
  return { es: inLanguage(text, 'es') ?? '', en: inLanguage(text, 'en') ?? '' };
}

/** The steps in the workspace's order: built-ins, the council/SRE order it chose, its local steps. */
export function stepsFor(config: Pick<WorkspaceFile, 'settings' | 'localSteps'> | null): StepDef[] {
  const steps = [...BUILTIN_STEPS];
  if (config?.settings?.order === 'sre-first') {
    const c = steps.findIndex((s) => s.id === 'council');
    const s = steps.findIndex((s) => s.id === 'sre-opinion');
    [steps[c], steps[s]] = [steps[s] as StepDef, steps[c] as StepDef];
  }
  for (const def of config?.localSteps ?? []) {
    const at = steps.findIndex((s) => s.id === def.after);
    const after = steps[at];
    steps.splice(at < 0 ? steps.length : at + 1, 0, localStep(def, after));
  }
  return steps;
}

export function followUpDays(step: StepDef, config: WorkspaceFile | null): number | undefined {
  return config?.settings?.followUpDays?.[step.id] ?? step.followUpDays;
}

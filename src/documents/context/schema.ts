// What each document's template receives: one context per language, versioned. scripts/build.mjs
// emits these as schemas/context/<document>.schema.json. Every optional field is present as null,
// so Handlebars' strict mode catches a mistyped field and nothing else.
import { type Static, Type as T, type TSchema } from '@sinclair/typebox';

const strict = <P extends Record<string, TSchema>>(props: P, options: { $id?: string } = {}) =>
  T.Object(props, { additionalProperties: false, ...options });
const nullable = <S extends TSchema>(s: S) => T.Union([s, T.Null()]);
const str = T.String();

/** A person as a document prints them. */
export const PersonCtx = strict({
  name: str,
  honorific: nullable(str),
  /** The title that follows the person's gender: Presidenta Municipal / Presidente Municipal. */
  title: str,
  /** "Lic. María Teresa Núñez", or just the name. */
  fullName: str,
});

export const CommonCtx = {
  /** The document's language (ISO 639-1). */
  lang: str,
  document: strict({
    id: str,
    title: str,
    /** The date in ISO form, or null for an undated draft. */
    date: nullable(str),
    /** "San Pedro de las Huertas, Gto., a 28 de noviembre de 2026", or the undated placeholder. */
    placeAndDate: str,
    draft: T.Boolean(),
  }),
  municipality: strict({
    name: str,
    state: str,
    /** "H. Ayuntamiento de San Pedro de las Huertas". */
    council: str,
    /** "Municipio de San Pedro de las Huertas, Guanajuato". */
    fullName: str,
    inegiCode: str,
    office: strict({ email: nullable(str), phone: nullable(str), address: nullable(str), web: nullable(str) }),
  }),
  administration: strict({ id: str, period: str }),
  president: PersonCtx,
  liaison: nullable(
    strict({
      area: str,
      person: PersonCtx,
      email: nullable(str),
      phone: nullable(str),
      address: nullable(str),
    }),
  ),
};

const Priority = strict({ id: str, title: str, strategies: T.Array(str) });
const Area = strict({ id: str, title: str, priority: nullable(Priority) });

export const ProfileContext = strict(
  {
    ...CommonCtx,
    profile: strict({
      location: nullable(str),
      geography: nullable(str),
      population: nullable(
        strict({
          total: str,
          year: str,
          source: nullable(str),
          /** "2020, INEGI"; the source alone when it names the year ("INEGI, Censo … 2020"). */
          citation: str,
        }),
      ),
      economy: nullable(str),
      sectors: T.Array(str),
      strengths: T.Array(str),
      potential: T.Array(str),
      internationalExperience: nullable(str),
      migrantCommunities: T.Array(
        strict({ place: str, country: str, population: nullable(str), description: nullable(str) }),
      ),
      keyFigures: T.Array(
        strict({ label: str, value: str, unit: nullable(str), year: nullable(str), source: nullable(str) }),
      ),
      /** Each series as a ready `:::chart` block (its data are numbers, not user text). */
      charts: T.Array(strict({ title: str, block: str })),
    }),
    priorities: strict({ plan: nullable(str), items: T.Array(Priority) }),
    participation: T.Array(strict({ name: str, sector: str, role: nullable(str) })),
    linkages: T.Array(strict({ city: str, country: str, kind: str, stage: str })),
    /** When the profile goes with a letter: the counterpart and the areas proposed to it. */
    focus: nullable(strict({ city: str, country: str, areas: T.Array(Area) })),
  },
  { $id: 'profile-context' },
);

export const LetterContext = strict(
  {
    ...CommonCtx,
    counterpart: strict({
      city: str,
      /** The state, province or region, for the address ("Aurora, Illinois, United States"). */
      region: nullable(str),
      country: str,
      /** The mayor, or null when not yet known (the salutation then addresses the office). */
      mayor: nullable(PersonCtx),
      /** "Honorable Alcaldesa Anna Kowalska:" / "Dear Mayor Kowalska:" (a comma outside North America). */
      salutation: str,
      /** Over the signature: "Atentamente" / "Sincerely," (US, Canada) or "Yours sincerely,". */
      closing: str,
    }),
    kind: str,
    /** The topic of a cooperation agreement as it reads inside a sentence: «formación profesional dual». */
    topic: nullable(str),
    reasons: T.Array(strict({ type: str, text: str })),
    areas: T.Array(Area),
  },
  { $id: 'letter-context' },
);

/** An article: its number, "ARTÍCULO n", its heading, and its text as Markdown (lettered lists kept). */
const ArticleCtx = strict({ id: str, number: T.Number(), label: str, heading: str, body: str });
const SigningCtx = strict({ place: nullable(str), date: nullable(str) });
const PartySignatures = strict({ caption: str, signers: T.Array(PersonCtx) });

const AgreementBody = strict({
  title: str,
  parties: str,
  recitals: T.Array(str),
  preambleEnd: str,
  articles: T.Array(ArticleCtx),
  closing: strict({
    /** The whole formula in es, en or de; null in another language, whose template composes it. */
    sentence: nullable(str),
    apart: T.Boolean(),
    municipality: SigningCtx,
    counterpart: SigningCtx,
    originals: nullable(T.Number()),
    languages: T.Array(str),
    /** "Spanisch und Deutsch": the languages joined the way the document's language joins a list. */
    languageList: str,
  }),
  hash: str,
  shortHash: str,
});

export const AgreementContext = strict(
  {
    ...CommonCtx,
    agreement: AgreementBody,
    counterpart: strict({ city: str }),
    signatures: strict({ municipality: PartySignatures, counterpart: PartySignatures }),
  },
  { $id: 'agreement-context' },
);

/** The parallel layout: two language versions side by side, paired by article. */
export const ParallelAgreementContext = strict(
  {
    ...CommonCtx,
    left: AgreementContext,
    right: AgreementContext,
    pairs: T.Array(strict({ left: ArticleCtx, right: ArticleCtx })),
    langs: T.Array(str),
  },
  { $id: 'agreement-parallel-context' },
);

/** An oficio to a Mexican authority: number, subject (Asunto), addressee, attachments, copies. */
const OficioCtx = {
  oficio: strict({ number: str, subject: str }),
  addressee: strict({ fullName: str, title: nullable(str), office: str, address: nullable(str) }),
  /** Sent through the state's coordination office. */
  via: nullable(strict({ office: str })),
  /**
   * The law the oficio rests on, with its dates: "Ley sobre la Celebración de Tratados, publicada en el
   * Diario Oficial de la Federación el 2 de enero de 1992 y reformada por última vez el …" (its last
   * reform on the oficio's date).
   */
  law: str,
  attachments: T.Array(str),
  ccp: T.Array(str),
  agreementTitle: str,
  counterpart: strict({ city: str, country: str }),
};

export const OpinionRequestContext = strict(
  {
    ...CommonCtx,
    ...OficioCtx,
    /**
     * The text submitted; `sameAs`, the number of the earliest round before this one that submitted the
     * same text, else null; `kept`, it is the very text the last dictamen observed (the municipality
     * keeps it and answers the observations), not an earlier one gone back to (A, B, then A again);
     * `returned`, it is such an earlier one, gone back to in answer to the last dictamen's observations.
     */
    text: strict({
      hash: str,
      shortHash: str,
      version: nullable(str),
      sameAs: nullable(T.Number()),
      kept: T.Boolean(),
      returned: T.Boolean(),
    }),
    /**
     * The council's session that approved the text; `otherVersion` when the text it approved is not
     * the one submitted (a round after observations), with that version's long date when known.
     */
    council: nullable(
      strict({
        date: str,
        otherVersion: nullable(strict({ date: nullable(str) })),
        session: nullable(str),
        votesFor: nullable(T.Number()),
        members: nullable(T.Number()),
      }),
    ),
    /**
     * The amendment the request is about, or null for the agreement itself: what it changes, the long
     * date the agreement it modifies was signed, and that agreement's number in the SRE's registry.
     */
    amendment: nullable(strict({ summary: str, signed: nullable(str), registry: nullable(str) })),
    round: T.Number(),
    /**
     * The round before, when this is not the first; `observations`: its dictamen asked for changes, and
     * `answers` lists them, each with its article (when it names one) and the municipality's answer
     * (a blank to fill when none is recorded).
     */
    previous: nullable(
      strict({
        oficio: nullable(str),
        date: nullable(str),
        observations: T.Boolean(),
        answers: T.Array(strict({ article: nullable(str), observation: str, answer: str })),
      }),
    ),
  },
  { $id: 'opinion-request-context' },
);

export const RegistrationContext = strict(
  {
    ...CommonCtx,
    ...OficioCtx,
    /** The counterpart with `party`, its name in the agreement: «la Ciudad Universitaria de Gießen». */
    counterpart: strict({ city: str, country: str, party: str }),
    /** `together`: both Parties signed at the same place on the same date. */
    signature: strict({ municipality: SigningCtx, counterpart: SigningCtx, together: T.Boolean() }),
    /** The dictamen that cleared signature; `required: false` when the SRE said none was required. */
    dictamen: nullable(strict({ oficio: nullable(str), date: nullable(str), required: T.Boolean() })),
    /**
     * The signed amendment the copy is of, or null for the agreement itself: the long date the Parties
     * signed it, and the agreement's number in the SRE's registry.
     */
    amendment: nullable(strict({ signed: str, registry: nullable(str) })),
  },
  { $id: 'registration-context' },
);

/** What both AOP documents say about the program's frame: the agreement it serves and the parties. */
const AopFrame = {
  counterpart: strict({ city: str, country: str }),
  agreement: strict({ title: str, signed: nullable(str) }),
  aop: strict({
    year: T.Number(),
    /** "1 de enero al 31 de diciembre de 2026", or the program's own period. */
    period: str,
    approved: nullable(str),
    objectives: T.Array(str),
    followUp: str,
    resources: nullable(str),
    otherInformation: nullable(str),
  }),
};

/** A party's signature on the program: its coordinator, or its head when none is named. */
const AopSigner = strict({ caption: str, signer: nullable(PersonCtx) });

export const AopContext = strict(
  {
    ...CommonCtx,
    ...AopFrame,
    activities: T.Array(
      strict({
        id: str,
        title: str,
        area: str,
        responsible: strict({ municipality: str, counterpart: str }),
        dates: str,
        deliverable: str,
        status: str,
        budget: T.Array(strict({ source: str, amount: str, description: nullable(str) })),
        indicators: T.Array(strict({ name: str, unit: str, baseline: nullable(str), target: str })),
      }),
    ),
    /** Sums of the activities' budget lines per source and currency. */
    budgetTotals: T.Array(strict({ source: str, amount: str })),
    /** The calendar as a `:::chart` block of type gantt (JSON, drawn by the layout). */
    calendar: str,
    signatures: strict({ municipality: AopSigner, counterpart: AopSigner }),
  },
  { $id: 'aop-context' },
);

export const AopReportContext = strict(
  {
    ...CommonCtx,
    ...AopFrame,
    results: strict({ evaluated: nullable(str), narrative: nullable(str), nextSteps: nullable(str) }),
    /** A program whose period is not over yet: its report is preliminary, as of this long date. */
    preliminary: nullable(strict({ asOf: str })),
    summary: strict({
      activities: T.Number(),
      done: T.Number(),
      indicators: T.Number(),
      withResult: T.Number(),
      met: T.Number(),
    }),
    activities: T.Array(
      strict({
        id: str,
        title: str,
        area: str,
        status: str,
        deliverable: str,
        indicators: T.Array(
          strict({
            name: str,
            unit: str,
            baseline: nullable(str),
            target: str,
            actual: nullable(str),
            /** The result as a share of the target, "108 %"; null without a result or a target of 0. */
            percent: nullable(str),
            met: T.Boolean(),
          }),
        ),
        /** Results against targets as a `:::chart` block (JSON), or null when no indicator has a result. */
        chart: nullable(str),
      }),
    ),
    budget: T.Array(
      strict({ source: str, currency: str, planned: str, executed: nullable(str), percent: nullable(str) }),
    ),
    communication: T.Array(strict({ date: str, channel: str, summary: str, url: nullable(str) })),
  },
  { $id: 'aop-report-context' },
);

/** A step's progress: `done/total` steps and the phase it is in ("3 · Formalización"). */
const ProgressCtx = strict({ done: T.Number(), total: T.Number(), phase: str });
/** A pending item and its date; `late` when the date has passed (an activity still open after its end). */
const Dated = strict({ title: str, due: nullable(str), late: T.Boolean() });

/** The status report: one section per workspace, its open cases as rows, its closed ones apart. */
export const StatusContext = strict(
  {
    ...CommonCtx,
    /** "28 de noviembre de 2026": the day the status is derived for. */
    asOf: str,
    /** Several workspaces (-C a -C b): each gets its own heading. */
    many: T.Boolean(),
    workspaces: T.Array(
      strict({
        municipality: str,
        state: str,
        period: str,
        /** The municipality's own Phase 1 steps still open (empty when complete). */
        phase1: T.Array(str),
        summary: strict({ cases: T.Number(), active: T.Number(), closed: T.Number(), late: T.Number() }),
        active: T.Array(
          strict({
            city: str,
            country: str,
            kind: str,
            progress: ProgressCtx,
            /** Whose move it is: Municipio, Contraparte, SRE, Cabildo…; null when nothing is pending. */
            move: nullable(str),
            since: nullable(str),
            next: T.Array(Dated),
            /** Late items, each with the date it fell due. */
            late: T.Array(strict({ title: str, due: str })),
            /** Something is late: in `late`, or a next step past its date. */
            flagged: T.Boolean(),
            lastContact: nullable(str),
          }),
        ),
        closed: T.Array(
          strict({
            city: str,
            country: str,
            state: str,
            date: nullable(str),
            progress: ProgressCtx,
            lastContact: nullable(str),
          }),
        ),
        /** Cases whose files could not be read: the case folder and the file at fault. */
        unreadable: T.Array(strict({ slug: str, file: str })),
      }),
    ),
  },
  { $id: 'status-context' },
);

const Named = strict({ name: str, title: str });

/** The acta de entrega-recepción: what the incoming administration receives, and where it is. */
export const HandoverContext = strict(
  {
    ...CommonCtx,
    asOf: str,
    /** The administration in office on the document's date, which hands over. */
    outgoing: strict({ id: str, period: str, officials: T.Array(Named) }),
    /** The next administration recorded in linkage.yaml, or null when not yet recorded. */
    incoming: nullable(
      strict({
        id: str,
        period: str,
        start: str,
        officials: T.Array(Named),
        /** The president-elect, for the signature. */
        president: nullable(PersonCtx),
        plan: nullable(str),
        priorities: T.Array(strict({ id: str, title: str })),
      }),
    ),
    summary: strict({ inForce: T.Number(), inProcess: T.Number(), closed: T.Number() }),
    /** Every case not closed: in force (signed) first, then in process. */
    cases: T.Array(
      strict({
        city: str,
        country: str,
        kind: str,
        /** "En vigor desde el 22 mar 2023" / "En trámite". */
        situation: str,
        progress: ProgressCtx,
        move: nullable(str),
        since: nullable(str),
        late: T.Array(strict({ title: str, due: str })),
      }),
    ),
    closed: T.Array(strict({ city: str, country: str, state: str, date: nullable(str) })),
    /** Pending commitments of every case, by date (undated last); late ones flagged. */
    commitments: T.Array(strict({ due: nullable(str), city: str, title: str, late: T.Boolean() })),
    /** Areas tied to a plan no longer in force, with the closest priority of the plan in force. */
    remap: T.Array(
      strict({ city: str, area: str, priority: str, suggestion: nullable(strict({ id: str, title: str })) }),
    ),
    contacts: T.Array(
      strict({
        city: str,
        country: str,
        body: nullable(str),
        mayor: nullable(str),
        office: nullable(str),
        /** Each contact on one line: name, title, role, email, phone. */
        people: T.Array(str),
        /** Embassies and consulates, each on one line, with whose they are. */
        representations: T.Array(str),
      }),
    ),
    participants: T.Array(strict({ name: str, sector: str, role: nullable(str), contact: nullable(str) })),
    lastContacts: T.Array(
      strict({
        city: str,
        country: str,
        date: nullable(str),
        channel: nullable(str),
        who: nullable(str),
        summary: nullable(str),
      }),
    ),
    /** Evidence and issued documents: workspace-relative path, SHA-256 and whether it was recorded. */
    files: T.Array(
      strict({
        group: str,
        items: T.Array(
          strict({ what: str, path: str, sha256: nullable(str), recorded: T.Boolean(), present: T.Boolean() }),
        ),
      }),
    ),
  },
  { $id: 'handover-context' },
);

export type PersonContext = Static<typeof PersonCtx>;
export type AgreementContextData = Static<typeof AgreementContext>;
export type ParallelAgreementContextData = Static<typeof ParallelAgreementContext>;
export type OpinionRequestContextData = Static<typeof OpinionRequestContext>;
export type RegistrationContextData = Static<typeof RegistrationContext>;
export type ProfileContextData = Static<typeof ProfileContext>;
export type LetterContextData = Static<typeof LetterContext>;
export type AopContextData = Static<typeof AopContext>;
export type AopReportContextData = Static<typeof AopReportContext>;

export type StatusContextData = Static<typeof StatusContext>;
export type HandoverContextData = Static<typeof HandoverContext>;

/** Each document's context schema and its version; a template names the version it was written for. */
export const documentContexts = {
  profile: { schema: ProfileContext, version: 1 },
  letter: { schema: LetterContext, version: 1 },
  agreement: { schema: AgreementContext, version: 1 },
  'agreement-parallel': { schema: ParallelAgreementContext, version: 1 },
  'opinion-request': { schema: OpinionRequestContext, version: 7 },
  registration: { schema: RegistrationContext, version: 3 },
  aop: { schema: AopContext, version: 1 },
  'aop-report': { schema: AopReportContext, version: 1 },
  status: { schema: StatusContext, version: 1 },
  handover: { schema: HandoverContext, version: 1 },
} as const;

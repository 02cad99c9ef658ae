// The data model of product.md §2, schemaVersion 1. These TypeBox definitions are the single source:
// scripts/build.mjs emits them as JSON Schemas into schemas/ and compiles them to standalone validators.
import { type Static, Type as T, type TSchema } from '@sinclair/typebox';

export { SCHEMA_VERSION } from './schema-version.js';

import { SECTORS } from './sectors.js';

const opt = T.Optional;
/** A closed list of strings, emitted as a JSON Schema enum (clearer errors than anyOf of consts). */
const en = <const V extends string[]>(...values: V) => T.Unsafe<V[number]>({ type: 'string', enum: values });
const date = (description?: string) => T.String({ format: 'date', ...(description ? { description } : {}) });
const id = T.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
  maxLength: 80,
  description: 'an identifier: letters, digits, dot, hyphen or underscore',
});
const langCode = T.String({ pattern: '^[a-z]{2,3}$', description: 'ISO 639-1 (or 639-3) code' });
const countryCode = T.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code' });
const currency = T.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code' });
const sha256 = T.String({ pattern: '^[0-9a-f]{64}$', description: 'a SHA-256 hash: 64 hexadecimal characters' });
const relPath = T.String({ minLength: 1, description: 'workspace- or case-relative path with /' });
const privateEmail = T.String({ format: 'email', 'x-private': true });
const privatePhone = T.String({ minLength: 5, 'x-private': true });
const schemaVersion = T.Integer({ minimum: 1, description: 'schemaVersion: 1' });
const strict = <P extends Record<string, TSchema>>(props: P, extra: object = {}) =>
  T.Object(props, { additionalProperties: false, ...extra });

/**
 * Free text that reaches a document: a language map; a bare string means Spanish. Written as one
 * schema over both types (minLength applies to a string, the rest to a map) rather than an anyOf of
 * two: under an anyOf the validators built an error object for the failed string branch of every
 * language map they met, and threw it away (a cold 1k check validates ≈60,000 of them). `x-langtext`
 * and `x-langtext-entry` mark where a failure is reported as "a text or a language map", or as "a
 * text" for one language's entry (validate.ts).
 */
const langTextShape = {
  type: ['string', 'object'],
  minLength: 1,
  minProperties: 1,
  patternProperties: { '^[a-z]{2,3}$': { type: 'string', minLength: 1, 'x-langtext-entry': true } },
  // A key that is no language code (`EN`, `english`) would keep its text out of every document.
  additionalProperties: false,
  'x-langtext': true,
};
/** Spanish comes first: a language map without `es` would pass here and stop every document. */
export const LangText = T.Unsafe<string | Record<string, string>>({
  $id: '#/$defs/LangText',
  ...langTextShape,
  properties: { es: langTextShape.patternProperties['^[a-z]{2,3}$'] },
  required: ['es'],
});
const text = () => T.Unsafe<string | Record<string, string>>({ $ref: '#/$defs/LangText' });
/**
 * An article's heading or text in agreement.yaml: with `model:` it may override one language of the
 * model's article and keep the others (`text: { de: … }`), so it needs no `es` of its own; the
 * language-versions rule asks the whole text for Spanish.
 */
const textPart = () => T.Unsafe<string | Record<string, string>>({ ...langTextShape });

export const Gender = en('f', 'm', 'x');

/** An institution's own contacts are public. */
const OfficeContact = strict({
  email: opt(T.String({ format: 'email' })),
  phone: opt(T.String({ minLength: 5 })),
  address: opt(T.String()),
  web: opt(T.String({ format: 'uri' })),
});

/** A person: their own email and phone are private data. */
const honorific = opt(T.String({ minLength: 1, description: 'printed before the name: Lic., Mtra., Dr.' }));

const Person = strict({
  honorific,
  name: T.String({ minLength: 1 }),
  gender: opt(Gender),
  title: opt(text()),
  email: opt(privateEmail),
  phone: opt(privatePhone),
});

export const EvidenceRef = strict({
  path: relPath,
  sha256: opt(sha256),
  description: opt(text()),
});
const evidence = opt(T.Array(EvidenceRef));

const Official = strict({
  role: en('president', 'sindico', 'secretary', 'regidor', 'other'),
  honorific,
  name: T.String({ minLength: 1 }),
  gender: Gender,
  title: opt(text()),
  from: opt(date('first day in office, when not the whole period')),
  to: opt(date('last day in office, when not the whole period')),
  email: opt(privateEmail),
  phone: opt(privatePhone),
});

const Priority = strict({
  id: T.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }),
  title: text(),
  strategies: opt(T.Array(text())),
});

export const Administration = strict({
  id: id,
  period: strict({ start: date(), end: date() }),
  officials: T.Array(Official, { minItems: 1 }),
  pmd: opt(
    strict({
      title: opt(text()),
      published: opt(date()),
      priorities: T.Array(Priority),
    }),
  ),
});

const Participant = strict({
  name: T.String({ minLength: 1 }),
  sector: en(...SECTORS),
  kind: opt(en('person', 'organization')),
  role: opt(text()),
  since: opt(date()),
  contact: opt(Person),
  office: opt(OfficeContact),
});

const Figure = strict({
  label: text(),
  value: T.Number(),
  unit: opt(text()),
  year: opt(T.Integer()),
  source: opt(T.String()),
});

const profileBody = {
  location: opt(text()),
  geography: opt(text()),
  population: opt(strict({ total: T.Integer({ minimum: 0 }), year: T.Integer(), source: opt(T.String()) })),
  economy: opt(text()),
  sectors: opt(T.Array(text())),
  strengths: opt(T.Array(text())),
  potential: opt(T.Array(text())),
  internationalExperience: opt(text()),
  migrantCommunities: opt(
    T.Array(
      strict({
        place: T.String({ minLength: 1 }),
        country: countryCode,
        population: opt(T.Integer({ minimum: 0 })),
        description: opt(text()),
      }),
    ),
  ),
  keyFigures: opt(T.Array(Figure)),
  series: opt(
    T.Array(
      strict({
        title: text(),
        unit: opt(text()),
        points: T.Array(strict({ label: T.String(), value: T.Number() }), { minItems: 1 }),
      }),
    ),
  ),
};
export const Profile = strict(profileBody);
export const ProfileFile = strict({ schemaVersion, ...profileBody }, { $id: 'profile' });

const FactType = en('date', 'text', 'number', 'boolean', 'oficio', 'evidence');

export const LocalStep = strict({
  id: T.String({ pattern: '^[a-z][a-z0-9-]*$' }),
  title: text(),
  help: opt(text()),
  after: T.String({ description: 'the step this one follows' }),
  actor: en('municipio', 'contraparte', 'sre', 'cabildo', 'estado'),
  facts: T.Array(strict({ key: T.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }), type: FactType, label: opt(text()) }), {
    minItems: 1,
  }),
  followUpDays: opt(T.Integer({ minimum: 1 })),
});

const SreOffice = strict({
  office: opt(text()),
  addressee: opt(Person),
  address: opt(T.String()),
});

export const Settings = strict({
  languages: opt(T.Array(langCode, { minItems: 1, uniqueItems: true })),
  uiLang: opt(en('es', 'en')),
  timezone: opt(T.String({ minLength: 1 })),
  pageSize: opt(en('A4', 'Letter')),
  letterhead: opt(strict({ coatOfArms: opt(relPath), motto: opt(text()) })),
  fonts: opt(T.Array(strict({ path: relPath, name: opt(T.String()) }))),
  sre: opt(
    strict({
      dgcp: opt(SreOffice),
      legal: opt(SreOffice),
      stateOffice: opt(SreOffice),
      route: opt(en('direct', 'state')),
    }),
  ),
  council: opt(
    strict({
      members: opt(T.Integer({ minimum: 1 })),
      majority: opt(en('simple', 'two-thirds')),
      beyondTermMajority: opt(en('simple', 'two-thirds')),
    }),
  ),
  order: opt(en('council-first', 'sre-first')),
  coSigners: opt(T.Array(en('sindico', 'secretary'))),
  contactWarningMonths: opt(T.Integer({ minimum: 1 })),
  followUpDays: opt(T.Record(T.String({ pattern: '^[a-z][a-z0-9-]*$' }), T.Integer({ minimum: 1 }))),
});

export const Workspace = strict(
  {
    schemaVersion: schemaVersion,
    asOf: opt(date('pinned "today" for a demo or a training workspace')),
    municipality: strict({
      name: T.String({ minLength: 1 }),
      state: T.String({ minLength: 1 }),
      stateAbbr: opt(T.String()),
      inegiCode: T.String({ pattern: '^[0-9]{5}$' }),
      seat: opt(T.String({ description: 'place name printed in dates, when not the municipality name' })),
      office: opt(OfficeContact),
    }),
    administrations: T.Array(Administration, { minItems: 1 }),
    liaison: opt(
      strict({
        area: text(),
        person: Person,
        office: opt(OfficeContact),
        appointed: opt(date()),
        oficio: opt(T.String({ minLength: 1 })),
        evidence,
      }),
    ),
    participation: opt(T.Array(Participant)),
    profile: opt(Profile),
    localSteps: opt(T.Array(LocalStep)),
    /** Facts of local steps placed in Phase 1 (the municipality's own, not a case's). */
    steps: opt(
      T.Record(
        T.String({ pattern: '^[a-z][a-z0-9-]*$' }),
        T.Record(T.String(), T.Union([T.String(), T.Number(), T.Boolean(), T.Array(EvidenceRef)])),
      ),
    ),
    settings: opt(Settings),
  },
  { $id: 'workspace' },
);

const Signer = strict({
  honorific,
  name: T.String({ minLength: 1 }),
  gender: opt(Gender),
  title: opt(text()),
});

/** The counterpart's mayor: with `from`, a document dated before it names a former mayor, not this one. */
const Mayor = strict({ ...Signer.properties, from: opt(date('first day in office')) });
const FormerMayor = strict({ ...Mayor.properties, to: date('last day in office') });

const Dictamen = strict({
  date: opt(date()),
  oficio: opt(T.String({ minLength: 1 })),
  outcome: opt(en('favourable', 'observations', 'unfavourable', 'not-required')),
  hash: opt(sha256),
  observations: opt(
    T.Array(
      strict({
        id: id,
        article: opt(T.String()),
        text: text(),
        answer: opt(
          strict({
            date: opt(date()),
            resolution: opt(en('accepted', 'rejected', 'clarified')),
            text: opt(text()),
          }),
        ),
      }),
    ),
  ),
  evidence,
});

export const SreRound = strict({
  submitted: opt(date()),
  oficio: opt(T.String({ minLength: 1 })),
  hash: opt(sha256),
  route: opt(en('direct', 'state')),
  attachments: opt(T.Array(text())),
  acuse: opt(date('acknowledgment of receipt')),
  followUpOn: opt(date()),
  evidence,
  dictamen: opt(Dictamen),
});

/** Who pays: the seed's sources of resources. */
const fundingSource = en('municipal', 'counterpart', 'third-party', 'in-kind');

const Money = strict({
  source: fundingSource,
  amount: T.Number({ minimum: 0 }),
  currency: currency,
  description: opt(text()),
});

const Representation = strict({
  side: en('mexico', 'counterpart'),
  type: en('embassy', 'consulate', 'other'),
  name: text(),
  city: opt(text()),
  office: opt(OfficeContact),
  contact: opt(Person),
});

/** The copy of a signed text sent to the SRE for its registry: the agreement's, or an amendment's. */
const Registration = strict({
  date: opt(date('date the copy was sent')),
  oficio: opt(T.String({ minLength: 1 })),
  acuse: opt(date()),
  registryNumber: opt(T.String()),
  followUpOn: opt(date()),
  evidence,
});

export const Case = strict(
  {
    schemaVersion: schemaVersion,
    counterpart: strict({
      city: text(),
      country: countryCode,
      region: opt(text()),
      languages: T.Array(langCode, { minItems: 1 }),
      nature: en('foreign-local-government', 'international-organization', 'private', 'mexican-municipality'),
      body: opt(text()),
      mayor: opt(Mayor),
      formerMayors: opt(T.Array(FormerMayor)),
      office: opt(OfficeContact),
      contacts: opt(T.Array(strict({ ...Person.properties, role: opt(text()) }))),
      population: opt(T.Integer({ minimum: 0 })),
    }),
    kind: en('sister-cities', 'cooperation'),
    topic: opt(text()),
    reasons: opt(
      T.Array(
        strict({
          type: en('shared-problem', 'migrant-community', 'complementary-strengths', 'other'),
          text: text(),
        }),
      ),
    ),
    areas: opt(T.Array(strict({ id: id, title: text(), priority: T.String({ minLength: 1 }) }))),
    steps: opt(
      strict(
        {
          counterpart: opt(strict({ date: opt(date('the day the counterpart was chosen')), evidence })),
          letter: opt(
            strict({
              date: opt(date()),
              channel: opt(en('email', 'post', 'diplomatic', 'hand')),
              followUpOn: opt(date()),
              evidence,
            }),
          ),
          response: opt(
            strict({
              date: opt(date()),
              outcome: opt(en('accepted', 'declined', 'no-answer')),
              summary: opt(text()),
              evidence,
            }),
          ),
          draft: opt(strict({ date: opt(date()), evidence })),
          council: opt(
            strict({
              date: opt(date('date of the council session')),
              session: opt(T.String({ minLength: 1 })),
              sessionType: opt(en('ordinaria', 'extraordinaria')),
              hash: opt(sha256),
              votes: opt(
                strict({
                  for: T.Integer({ minimum: 0 }),
                  against: T.Integer({ minimum: 0 }),
                  abstentions: opt(T.Integer({ minimum: 0 })),
                  members: opt(T.Integer({ minimum: 1 })),
                }),
              ),
              bindsBeyondTerm: opt(T.Boolean()),
              majority: opt(en('simple', 'two-thirds')),
              evidence,
            }),
          ),
          'sre-opinion': opt(strict({ rounds: T.Array(SreRound) })),
          signature: opt(
            strict({
              hash: opt(sha256),
              municipality: opt(strict({ place: opt(text()), date: opt(date()), signers: opt(T.Array(Signer)) })),
              counterpart: opt(strict({ place: opt(text()), date: opt(date()), signers: opt(T.Array(Signer)) })),
              originals: opt(T.Integer({ minimum: 1 })),
              languages: opt(T.Array(langCode, { minItems: 1 })),
              counterpartApproval: opt(
                strict({ body: text(), date: opt(date()), reference: opt(T.String()), evidence }),
              ),
              evidence,
            }),
          ),
          registration: opt(Registration),
          communication: opt(
            T.Array(
              strict({
                date: date(),
                channel: text(),
                summary: text(),
                url: opt(T.String({ format: 'uri' })),
                evidence,
              }),
            ),
          ),
        },
        {
          // A local step declared in linkage.yaml keeps its facts here under its own id; the
          // unknown-step rule flags ids that no step declares.
          additionalProperties: T.Record(
            T.String(),
            T.Union([T.String(), T.Number(), T.Boolean(), T.Array(EvidenceRef)]),
          ),
        },
      ),
    ),
    skipped: opt(T.Record(T.String(), strict({ reason: text(), date: opt(date()) }))),
    end: opt(
      strict({
        state: en('declined', 'withdrawn', 'terminated', 'expired'),
        date: date(),
        reason: opt(text()),
        notice: opt(strict({ by: en('municipality', 'counterpart'), date: date(), oficio: opt(T.String()) })),
        evidence,
      }),
    ),
    amendments: opt(
      T.Array(
        strict({
          id: id,
          date: opt(date()),
          summary: text(),
          hash: opt(sha256),
          rounds: opt(T.Array(SreRound)),
          signed: opt(date()),
          /** The signed amendment's copy for the SRE's registry, as the agreement's (LSCT art. 7). */
          registration: opt(Registration),
          evidence,
        }),
      ),
    ),
    contactLog: opt(
      T.Array(
        strict({
          date: date(),
          channel: en('email', 'phone', 'video', 'meeting', 'visit', 'letter', 'other'),
          who: T.String({ minLength: 1 }),
          summary: text(),
          followUpOn: opt(date()),
        }),
      ),
    ),
    representations: opt(T.Array(Representation)),
    missions: opt(
      T.Array(
        strict({
          id: id,
          direction: en('outbound', 'inbound'),
          start: date(),
          end: date(),
          place: text(),
          purpose: text(),
          activity: opt(T.String({ minLength: 1, description: 'the AOP activity id this mission serves' })),
          travellers: T.Array(strict({ name: T.String({ minLength: 1 }), role: opt(text()) })),
          costs: opt(T.Array(Money)),
          results: opt(text()),
          evidence,
        }),
      ),
    ),
  },
  { $id: 'case' },
);

/**
 * An article. Without `model:` the articles are the whole text and each gives its heading and text.
 * With `model:` an entry overrides the model's article of the same id (per language: giving only
 * `en` keeps the model's `es`), adds a new one (placed after `after`, else at the end), or drops one
 * (`omit: true`); the agreement-text rule reports entries that do not fit.
 */
const Article = strict({
  id: T.String({ pattern: '^[a-z][a-z0-9-]*$' }),
  heading: opt(textPart()),
  text: opt(textPart()),
  after: opt(
    T.String({ pattern: '^[a-z][a-z0-9-]*$', description: 'with `model:`, the id of the article this one follows' }),
  ),
  omit: opt(T.Boolean({ description: 'with `model:`, leaves this article of the model out' })),
});

export const Agreement = strict(
  {
    schemaVersion: schemaVersion,
    /** The built-in model the articles start from; without it `articles` is the whole text. */
    model: opt(en('sister-cities', 'cooperation')),
    title: opt(text()),
    /** The parties clause, when not the model's ("… en adelante denominados «las Partes»"). */
    parties: opt(text()),
    /** The counterpart as the text names it, with its article: «la Ciudad de Aurora», «the City of Aurora». */
    counterpartParty: opt(text()),
    term: opt(
      strict({
        type: en('indefinite', 'fixed'),
        years: opt(T.Integer({ minimum: 1 })),
        noticeDays: T.Integer({ minimum: 1, description: 'days of written notice to terminate' }),
      }),
    ),
    coSigners: opt(T.Array(en('sindico', 'secretary'))),
    originals: opt(T.Integer({ minimum: 1 })),
    recitals: opt(T.Array(text())),
    /** With `model:` it may be empty (the model as it stands); without, it is the whole text. */
    articles: T.Array(Article),
    versions: opt(
      T.Array(
        strict({
          hash: sha256,
          date: date(),
          note: opt(text()),
        }),
      ),
    ),
  },
  { $id: 'agreement' },
);

const Indicator = strict({
  id: id,
  name: text(),
  unit: text(),
  baseline: opt(T.Number()),
  target: T.Number(),
  actual: opt(T.Number()),
});

/** A line of an activity's budget: what was planned and, once spent, what was executed. */
const BudgetLine = strict({
  source: fundingSource,
  amount: T.Number({ minimum: 0 }),
  currency: currency,
  executed: opt(T.Number({ minimum: 0, description: 'the amount actually spent, recorded with the results' })),
  description: opt(text()),
});

export const Aop = strict(
  {
    schemaVersion: schemaVersion,
    year: T.Integer({ minimum: 1992, maximum: 2200 }),
    period: opt(
      strict(
        { start: date(), end: date() },
        { description: 'when the program does not run on the calendar year, e.g. a first AOP signed in October' },
      ),
    ),
    approved: opt(date()),
    evidence,
    objectives: T.Array(text(), { minItems: 1 }),
    followUp: text(),
    resources: opt(text()),
    otherInformation: opt(text()),
    activities: T.Array(
      strict({
        id: id,
        title: text(),
        area: T.String({ minLength: 1 }),
        responsible: strict({ municipality: text(), counterpart: text() }),
        start: date(),
        end: date(),
        deliverable: text(),
        budget: opt(T.Array(BudgetLine)),
        indicators: opt(T.Array(Indicator)),
        status: en('planned', 'in-progress', 'done', 'postponed', 'cancelled'),
        evidence,
      }),
    ),
    budgetTotals: opt(
      T.Array(
        strict({
          source: fundingSource,
          currency: currency,
          amount: T.Number({ minimum: 0 }),
        }),
        {
          description:
            "the program's stated totals per source and currency; each must equal the sum of its activities' lines",
        },
      ),
    ),
    results: opt(
      strict({
        evaluated: opt(date()),
        narrative: opt(text()),
        nextSteps: opt(text()),
        evidence,
      }),
    ),
  },
  { $id: 'aop' },
);

export const Documents = strict(
  {
    schemaVersion: schemaVersion,
    documents: T.Array(
      strict({
        document: T.String({ minLength: 1 }),
        file: relPath,
        template: T.String({ minLength: 1 }),
        templateVersion: T.Integer({ minimum: 1 }),
        langs: T.Array(langCode, { minItems: 1 }),
        sha256: sha256,
        date: date(),
        step: opt(T.String()),
      }),
    ),
  },
  { $id: 'documents' },
);

export type LangTextValue = Static<typeof LangText>;
export type WorkspaceFile = Static<typeof Workspace>;
export type AdministrationData = Static<typeof Administration>;
export type ProfileData = Static<typeof Profile>;
export type LocalStepData = Static<typeof LocalStep>;
export type SettingsData = Static<typeof Settings>;
export type CaseFile = Static<typeof Case>;
export type SreRoundData = Static<typeof SreRound>;
export type EvidenceRefData = Static<typeof EvidenceRef>;
export type AgreementFile = Static<typeof Agreement>;
export type AopFile = Static<typeof Aop>;
export type DocumentsFile = Static<typeof Documents>;

/** Every file kind, with its JSON Schema and where it lives. */
export const fileKinds = {
  workspace: Workspace,
  profile: ProfileFile,
  case: Case,
  agreement: Agreement,
  aop: Aop,
  documents: Documents,
} as const;
export type FileKind = keyof typeof fileKinds;

// The data model of product.md §2, schemaVersion 1. These TypeBox definitions are the single source:
// scripts/build.mjs emits them as JSON Schemas into schemas/ and compiles them to standalone validators.
import { type Static, Type as T, type TSchema } from '@sinclair/typebox';

export { SCHEMA_VERSION } from './schema-version.js';

import { SECTORS } from './sectors.js';

const opt = T.Optional;
/** A closed list of strings, emitted as a JSON Schema enum (clearer errors than anyOf of consts). */
const en = <const V extends string[]>(...values: V) => T.Unsafe<V[number]>({ type: 'string', enum: values });
/**
 * What a property holds, for people who edit the YAML by hand (VS Code's YAML extension shows it on hover
 * and completion): the id of its words in the catalog (src/ui/messages/: the prompts' `q.*` and `field.*`
 * where they say it, schema-docs.ts otherwise). scripts/build.mjs writes it into schemas/ as a Spanish ·
 * English description (schema-json.ts), never into the validators; `values` is the catalog prefix of an
 * enum's labels (`enum.majority` for `enum.majority.simple`…). A test asks it of every property.
 */
const doc = <S extends TSchema>(id: string, schema: S, values?: string): S => ({
  ...schema,
  'x-doc': id,
  ...(values ? { 'x-doc-values': values } : {}),
});
const date = (docId: string) => doc(docId, T.String({ format: 'date' }));
const id = T.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$', maxLength: 80 });
const langCode = T.String({ pattern: '^[a-z]{2,3}$' });
const countryCode = T.String({ pattern: '^[A-Z]{2}$' });
const currency = T.String({ pattern: '^[A-Z]{3}$' });
const sha256 = T.String({ pattern: '^[0-9a-f]{64}$' });
const relPath = T.String({ minLength: 1 });
const privateEmail = doc('doc.person.email', T.String({ format: 'email', 'x-private': true }));
const privatePhone = doc('doc.person.phone', T.String({ minLength: 5, 'x-private': true }));
const schemaVersion = doc('doc.schemaVersion', T.Integer({ minimum: 1 }));
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
  patternProperties: {
    '^[a-z]{2,3}$': { type: 'string', minLength: 1, 'x-langtext-entry': true, 'x-doc': 'doc.langtext.entry' },
  },
  // A key that is no language code (`EN`, `english`) would keep its text out of every document.
  additionalProperties: false,
  'x-langtext': true,
};
/** Spanish comes first: a language map without `es` would pass here and stop every document. */
export const LangText = T.Unsafe<string | Record<string, string>>({
  $id: '#/$defs/LangText',
  ...langTextShape,
  properties: { es: doc('doc.langtext.es', T.Unsafe(langTextShape.patternProperties['^[a-z]{2,3}$'])) },
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
const gender = doc('doc.gender', Gender, 'enum.gender');

/** An institution's own contacts are public. */
const OfficeContact = doc(
  'doc.office',
  strict({
    email: opt(doc('doc.office.email', T.String({ format: 'email' }))),
    phone: opt(doc('doc.office.phone', T.String({ minLength: 5 }))),
    address: opt(doc('doc.office.address', T.String())),
    web: opt(doc('doc.office.web', T.String({ format: 'uri' }))),
  }),
);

/** A person: their own email and phone are private data. */
const honorific = opt(doc('doc.honorific', T.String({ minLength: 1 })));
const personName = doc('doc.person.name', T.String({ minLength: 1 }));
const personTitle = opt(doc('doc.person.title', text()));

const Person = strict({
  honorific,
  name: personName,
  gender: opt(gender),
  title: personTitle,
  email: opt(privateEmail),
  phone: opt(privatePhone),
});

export const EvidenceRef = doc(
  'doc.evidence.item',
  strict({
    path: doc('doc.evidence.path', relPath),
    sha256: opt(doc('doc.evidence.sha256', sha256)),
    description: opt(doc('doc.evidence.description', text())),
  }),
);
const evidence = opt(doc('doc.evidence', T.Array(EvidenceRef)));
/** One fact of a local step, under the name its step gives it. */
const localFact = doc('doc.step.fact', T.Union([T.String(), T.Number(), T.Boolean(), T.Array(EvidenceRef)]));

/** Who signs beside the Municipal President. */
const coSigners = opt(
  doc('doc.coSigners', T.Array(doc('doc.coSigners', en('sindico', 'secretary'), 'doc.official-role'))),
);

const Official = strict({
  role: doc('doc.official.role', en('president', 'sindico', 'secretary', 'regidor', 'other'), 'doc.official-role'),
  honorific,
  name: personName,
  gender: gender,
  title: personTitle,
  from: opt(date('doc.official.from')),
  to: opt(date('doc.official.to')),
  email: opt(privateEmail),
  phone: opt(privatePhone),
});

const Priority = strict({
  id: doc('q.pmd.id', T.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' })),
  title: doc('doc.priority.title', text()),
  strategies: opt(doc('doc.priority.strategies', T.Array(text()))),
});

export const Administration = strict({
  id: doc('q.admin.id', id),
  period: doc('doc.admin.period', strict({ start: date('doc.admin.start'), end: date('q.admin.end') })),
  officials: doc('doc.admin.officials', T.Array(Official, { minItems: 1 })),
  pmd: opt(
    doc(
      'doc.pmd',
      strict({
        title: opt(doc('q.pmd.title', text())),
        published: opt(date('doc.pmd.published')),
        priorities: doc('doc.pmd.priorities', T.Array(Priority)),
      }),
    ),
  ),
});

const Participant = strict({
  name: doc('q.participation.name', T.String({ minLength: 1 })),
  sector: doc('doc.participant.sector', en(...SECTORS), 'enum.sector'),
  kind: opt(doc('doc.participant.kind', en('person', 'organization'), 'enum.participant')),
  role: opt(doc('doc.participant.role', text())),
  since: opt(date('doc.participant.since')),
  contact: opt(doc('doc.contact-person', Person)),
  office: opt(OfficeContact),
});

const figureUnit = opt(doc('doc.figure.unit', text()));
const Figure = strict({
  label: doc('doc.figure.label', text()),
  value: doc('doc.figure.value', T.Number()),
  unit: figureUnit,
  year: opt(doc('doc.figure.year', T.Integer())),
  source: opt(doc('q.profile.population-source', T.String())),
});

const profileBody = {
  location: opt(doc('q.profile.location', text())),
  geography: opt(doc('doc.profile.geography', text())),
  population: opt(
    doc(
      'doc.profile.population',
      strict({
        total: doc('q.profile.population', T.Integer({ minimum: 0 })),
        year: doc('q.profile.population-year', T.Integer()),
        source: opt(doc('q.profile.population-source', T.String())),
      }),
    ),
  ),
  economy: opt(doc('q.profile.economy', text())),
  sectors: opt(doc('doc.profile.sectors', T.Array(text()))),
  strengths: opt(doc('doc.profile.strengths', T.Array(text()))),
  potential: opt(doc('doc.profile.potential', T.Array(text()))),
  internationalExperience: opt(doc('doc.profile.internationalExperience', text())),
  migrantCommunities: opt(
    doc(
      'doc.profile.migrants',
      T.Array(
        strict({
          place: doc('q.profile.migrants.place', T.String({ minLength: 1 })),
          country: doc('q.country', countryCode),
          population: opt(doc('doc.migrants.population', T.Integer({ minimum: 0 }))),
          description: opt(doc('doc.migrants.description', text())),
        }),
      ),
    ),
  ),
  keyFigures: opt(doc('doc.profile.keyFigures', T.Array(Figure))),
  series: opt(
    doc(
      'doc.profile.series',
      T.Array(
        strict({
          title: doc('doc.series.title', text()),
          unit: figureUnit,
          points: doc(
            'doc.series.points',
            T.Array(
              strict({
                label: doc('doc.series.point-label', T.String()),
                value: doc('doc.figure.value', T.Number()),
              }),
              { minItems: 1 },
            ),
          ),
        }),
      ),
    ),
  ),
};
export const Profile = strict(profileBody);
export const ProfileFile = strict({ schemaVersion, ...profileBody }, { $id: 'profile' });

const FactType = en('date', 'text', 'number', 'boolean', 'oficio', 'evidence');
const stepDays = T.Integer({ minimum: 1 });

export const LocalStep = strict({
  id: doc('doc.local-step.id', T.String({ pattern: '^[a-z][a-z0-9-]*$' })),
  title: doc('doc.local-step.title', text()),
  help: opt(doc('doc.local-step.help', text())),
  after: doc('doc.local-step.after', T.String()),
  actor: doc('doc.local-step.actor', en('municipio', 'contraparte', 'sre', 'cabildo', 'estado'), 'doc.actor'),
  facts: doc(
    'doc.local-step.facts',
    T.Array(
      strict({
        key: doc('doc.fact.key', T.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]*$' })),
        type: doc('doc.fact.type', FactType, 'doc.fact-type'),
        label: opt(doc('doc.fact.label', text())),
      }),
      { minItems: 1 },
    ),
  ),
  followUpDays: opt(doc('doc.local-step.followUpDays', stepDays)),
});

const SreOffice = strict({
  office: opt(doc('doc.sre-office.office', text())),
  addressee: opt(doc('doc.sre-office.addressee', Person)),
  address: opt(doc('doc.office.address', T.String())),
});

/** The simple or the two-thirds majority of the council. */
const majority = (docId: string) => doc(docId, en('simple', 'two-thirds'), 'enum.majority');
/** How a text goes to the SRE: directly, or through the state's office. */
const route = (docId: string) => doc(docId, en('direct', 'state'), 'enum.route');

export const Settings = strict({
  languages: opt(doc('doc.settings.languages', T.Array(langCode, { minItems: 1, uniqueItems: true }))),
  uiLang: opt(doc('doc.settings.uiLang', en('es', 'en'), 'doc.ui-lang')),
  timezone: opt(doc('doc.settings.timezone', T.String({ minLength: 1 }))),
  pageSize: opt(doc('doc.settings.pageSize', en('A4', 'Letter'), 'doc.page-size')),
  letterhead: opt(
    doc(
      'doc.settings.letterhead',
      strict({
        coatOfArms: opt(doc('doc.letterhead.coat', relPath)),
        motto: opt(doc('doc.letterhead.motto', text())),
      }),
    ),
  ),
  fonts: opt(
    doc(
      'doc.settings.fonts',
      T.Array(strict({ path: doc('doc.font.path', relPath), name: opt(doc('doc.font.name', T.String())) })),
    ),
  ),
  sre: opt(
    doc(
      'doc.settings.sre',
      strict({
        dgcp: opt(doc('doc.sre.dgcp', SreOffice)),
        legal: opt(doc('doc.sre.legal', SreOffice)),
        stateOffice: opt(doc('doc.sre.stateOffice', SreOffice)),
        route: opt(route('doc.settings.sre-route')),
      }),
    ),
  ),
  council: opt(
    doc(
      'doc.settings.council',
      strict({
        members: opt(doc('q.council.members', T.Integer({ minimum: 1 }))),
        majority: opt(majority('q.council.majority')),
        beyondTermMajority: opt(majority('doc.settings.beyondTermMajority')),
      }),
    ),
  ),
  order: opt(doc('doc.settings.order', en('council-first', 'sre-first'), 'doc.order')),
  coSigners,
  contactWarningMonths: opt(doc('doc.settings.contactWarningMonths', T.Integer({ minimum: 1 }))),
  followUpDays: opt(
    doc(
      'doc.settings.followUpDays',
      T.Record(T.String({ pattern: '^[a-z][a-z0-9-]*$' }), doc('doc.followUpDays.step', stepDays)),
    ),
  ),
});

export const Workspace = strict(
  {
    schemaVersion: schemaVersion,
    asOf: opt(date('doc.asOf')),
    municipality: doc(
      'doc.municipality',
      strict({
        name: doc('q.municipality.name', T.String({ minLength: 1 })),
        state: doc('doc.municipality.state', T.String({ minLength: 1 })),
        stateAbbr: opt(doc('q.municipality.stateAbbr', T.String())),
        inegiCode: doc('q.municipality.inegi', T.String({ pattern: '^[0-9]{5}$' })),
        seat: opt(doc('doc.municipality.seat', T.String())),
        office: opt(OfficeContact),
      }),
    ),
    administrations: doc('doc.administrations', T.Array(Administration, { minItems: 1 })),
    liaison: opt(
      doc(
        'doc.liaison',
        strict({
          area: doc('q.liaison.area', text()),
          person: doc('q.liaison.name', Person),
          office: opt(OfficeContact),
          appointed: opt(date('q.liaison.appointed')),
          oficio: opt(doc('q.liaison.oficio', T.String({ minLength: 1 }))),
          evidence,
        }),
      ),
    ),
    participation: opt(doc('doc.participation', T.Array(Participant))),
    profile: opt(doc('doc.profile', Profile)),
    localSteps: opt(doc('doc.localSteps', T.Array(LocalStep))),
    /** Facts of local steps placed in Phase 1 (the municipality's own, not a case's). */
    steps: opt(
      doc(
        'doc.workspace.steps',
        T.Record(
          T.String({ pattern: '^[a-z][a-z0-9-]*$' }),
          doc('doc.workspace.step', T.Record(T.String(), localFact)),
        ),
      ),
    ),
    settings: opt(doc('doc.settings', Settings)),
  },
  { $id: 'workspace' },
);

const Signer = strict({
  honorific,
  name: personName,
  gender: opt(gender),
  title: personTitle,
});

/** The counterpart's mayor: with `from`, a document dated before it names a former mayor, not this one. */
const Mayor = strict({ ...Signer.properties, from: opt(date('doc.mayor.from')) });
const FormerMayor = strict({ ...Mayor.properties, to: date('doc.mayor.to') });

const followUpOn = opt(date('q.followUpOn'));
const oficio = (docId: string) => opt(doc(docId, T.String({ minLength: 1 })));

const Dictamen = strict({
  date: opt(date('q.dictamen.date')),
  oficio: oficio('doc.dictamen.oficio'),
  outcome: opt(
    doc('q.dictamen.outcome', en('favourable', 'observations', 'unfavourable', 'not-required'), 'enum.dictamen'),
  ),
  hash: opt(doc('doc.dictamen.hash', sha256)),
  observations: opt(
    doc(
      'doc.dictamen.observations',
      T.Array(
        strict({
          id: doc('doc.observation.id', id),
          article: opt(doc('doc.observation.article', T.String())),
          text: doc('doc.observation.text', text()),
          answer: opt(
            doc(
              'doc.observation.answer',
              strict({
                date: opt(date('q.observation.answered')),
                resolution: opt(doc('field.resolution', en('accepted', 'rejected', 'clarified'), 'enum.resolution')),
                text: opt(doc('doc.answer.text', text())),
              }),
            ),
          ),
        }),
      ),
    ),
  ),
  evidence,
});

export const SreRound = strict({
  submitted: opt(date('q.sre.submitted')),
  oficio: oficio('doc.sre.oficio'),
  hash: opt(doc('q.sre.hash', sha256)),
  route: opt(route('doc.sre.route')),
  attachments: opt(doc('doc.sre.attachments', T.Array(text()))),
  acuse: opt(date('q.registration.acuse')),
  followUpOn,
  evidence,
  dictamen: opt(doc('doc.dictamen', Dictamen)),
});
const rounds = opt(doc('field.rounds', T.Array(SreRound)));

/** Who pays: the seed's sources of resources. */
const fundingSource = doc('field.source', en('municipal', 'counterpart', 'third-party', 'in-kind'), 'enum.source');
const moneyDescription = opt(doc('doc.money.description', text()));

const Money = strict({
  source: fundingSource,
  amount: doc('q.mission.cost.amount', T.Number({ minimum: 0 })),
  currency: doc('q.mission.cost.currency', currency),
  description: moneyDescription,
});

const Representation = strict({
  side: doc('doc.representation.side', en('mexico', 'counterpart'), 'enum.side'),
  type: doc('q.representation.type', en('embassy', 'consulate', 'other'), 'enum.representation'),
  name: doc('q.representation.name', text()),
  city: opt(doc('doc.representation.city', text())),
  office: opt(OfficeContact),
  contact: opt(doc('doc.contact-person', Person)),
});

/** The copy of a signed text sent to the SRE for its registry: the agreement's, or an amendment's. */
const Registration = strict({
  date: opt(date('q.registration.date')),
  oficio: oficio('doc.sre.oficio'),
  acuse: opt(date('q.registration.acuse')),
  registryNumber: opt(doc('doc.registration.number', T.String())),
  followUpOn,
  evidence,
});

/** A signature of one side: where, when, who. */
const sideSignature = (docId: string, placeId: string, dateId: string) =>
  opt(
    doc(
      docId,
      strict({
        place: opt(doc(placeId, text())),
        date: opt(date(dateId)),
        signers: opt(doc('doc.signature.signers', T.Array(Signer))),
      }),
    ),
  );

export const Case = strict(
  {
    schemaVersion: schemaVersion,
    counterpart: doc(
      'doc.counterpart',
      strict({
        city: doc('q.counterpart.city', text()),
        country: doc('q.country', countryCode),
        region: opt(doc('doc.counterpart.region', text())),
        languages: doc('doc.counterpart.languages', T.Array(langCode, { minItems: 1 })),
        nature: doc(
          'doc.counterpart.nature',
          en('foreign-local-government', 'international-organization', 'private', 'mexican-municipality'),
          'enum.nature',
        ),
        body: opt(doc('doc.counterpart.body', text())),
        mayor: opt(doc('doc.counterpart.mayor', Mayor)),
        formerMayors: opt(doc('doc.counterpart.formerMayors', T.Array(FormerMayor))),
        office: opt(OfficeContact),
        contacts: opt(
          doc(
            'doc.counterpart.contacts',
            T.Array(strict({ ...Person.properties, role: opt(doc('doc.contact.role', text())) })),
          ),
        ),
        population: opt(doc('doc.counterpart.population', T.Integer({ minimum: 0 }))),
      }),
    ),
    kind: doc('q.kind', en('sister-cities', 'cooperation'), 'enum.kind'),
    topic: opt(doc('q.topic', text())),
    reasons: opt(
      doc(
        'doc.reasons',
        T.Array(
          strict({
            type: doc(
              'doc.reason.type',
              en('shared-problem', 'migrant-community', 'complementary-strengths', 'other'),
              'enum.reason',
            ),
            text: doc('q.reason.text', text()),
          }),
        ),
      ),
    ),
    areas: opt(
      doc(
        'doc.areas',
        T.Array(
          strict({
            id: doc('doc.area.id', id),
            title: doc('q.area.title', text()),
            priority: doc('q.area.priority', T.String({ minLength: 1 })),
          }),
        ),
      ),
    ),
    steps: opt(
      doc(
        'doc.case.steps',
        strict(
          {
            counterpart: opt(doc('doc.step.counterpart', strict({ date: opt(date('q.counterpart.date')), evidence }))),
            letter: opt(
              doc(
                'doc.step.letter',
                strict({
                  date: opt(date('q.letter.date')),
                  channel: opt(doc('doc.letter.channel', en('email', 'post', 'diplomatic', 'hand'), 'enum.channel')),
                  followUpOn,
                  evidence,
                }),
              ),
            ),
            response: opt(
              doc(
                'doc.step.response',
                strict({
                  date: opt(date('q.response.date')),
                  outcome: opt(doc('doc.response.outcome', en('accepted', 'declined', 'no-answer'), 'enum.outcome')),
                  summary: opt(doc('doc.response.summary', text())),
                  evidence,
                }),
              ),
            ),
            draft: opt(doc('doc.step.draft', strict({ date: opt(date('q.draft.date')), evidence }))),
            council: opt(
              doc(
                'doc.step.council',
                strict({
                  date: opt(date('q.council.date')),
                  session: opt(doc('q.council.session', T.String({ minLength: 1 }))),
                  sessionType: opt(doc('q.council.sessionType', en('ordinaria', 'extraordinaria'), 'enum.session')),
                  hash: opt(doc('q.council.hash', sha256)),
                  votes: opt(
                    doc(
                      'field.votes',
                      strict({
                        for: doc('q.council.for', T.Integer({ minimum: 0 })),
                        against: doc('q.council.against', T.Integer({ minimum: 0 })),
                        abstentions: opt(doc('q.council.abstentions', T.Integer({ minimum: 0 }))),
                        members: opt(doc('q.council.members', T.Integer({ minimum: 1 }))),
                      }),
                    ),
                  ),
                  bindsBeyondTerm: opt(doc('doc.council.binds', T.Boolean())),
                  majority: opt(majority('q.council.majority')),
                  evidence,
                }),
              ),
            ),
            'sre-opinion': opt(doc('doc.dictamen', strict({ rounds: doc('field.rounds', T.Array(SreRound)) }))),
            signature: opt(
              doc(
                'doc.step.signature',
                strict({
                  hash: opt(doc('q.signature.hash', sha256)),
                  municipality: sideSignature(
                    'doc.signature.municipality',
                    'q.signature.place-municipality',
                    'q.signature.date-municipality',
                  ),
                  counterpart: sideSignature(
                    'doc.signature.counterpart',
                    'q.signature.place-counterpart',
                    'q.signature.date-counterpart',
                  ),
                  originals: opt(doc('q.signature.originals', T.Integer({ minimum: 1 }))),
                  languages: opt(doc('doc.signature.languages', T.Array(langCode, { minItems: 1 }))),
                  counterpartApproval: opt(
                    doc(
                      'field.counterpartApproval',
                      strict({
                        body: doc('q.approval.body', text()),
                        date: opt(date('doc.approval.date')),
                        reference: opt(doc('doc.approval.reference', T.String())),
                        evidence,
                      }),
                    ),
                  ),
                  evidence,
                }),
              ),
            ),
            registration: opt(doc('doc.step.registration', Registration)),
            communication: opt(
              doc(
                'doc.step.communication',
                T.Array(
                  strict({
                    date: date('q.communication.date'),
                    channel: doc('q.communication.channel', text()),
                    summary: doc('q.communication.summary', text()),
                    url: opt(doc('doc.communication.url', T.String({ format: 'uri' }))),
                    evidence,
                  }),
                ),
              ),
            ),
          },
          {
            // A local step declared in linkage.yaml keeps its facts here under its own id; the
            // unknown-step rule flags ids that no step declares.
            additionalProperties: doc('doc.case.localStep', T.Record(T.String(), localFact)),
          },
        ),
      ),
    ),
    skipped: opt(
      doc(
        'doc.skipped',
        T.Record(
          T.String(),
          doc(
            'doc.skipped.step',
            strict({ reason: doc('doc.skipped.reason', text()), date: opt(date('doc.skipped.date')) }),
          ),
        ),
      ),
    ),
    end: opt(
      doc(
        'doc.end',
        strict({
          state: doc('doc.end.state', en('declined', 'withdrawn', 'terminated', 'expired'), 'enum.end-state'),
          date: date('doc.end.date'),
          reason: opt(doc('field.reason', text())),
          notice: opt(
            doc(
              'doc.end.notice',
              strict({
                by: doc('doc.notice.by', en('municipality', 'counterpart'), 'enum.notice-by'),
                date: date('q.end.notice.date'),
                oficio: opt(doc('doc.notice.oficio', T.String())),
              }),
            ),
          ),
          evidence,
        }),
      ),
    ),
    amendments: opt(
      doc(
        'doc.amendments',
        T.Array(
          strict({
            id: doc('q.amendment.id', id),
            date: opt(date('q.amendment.date')),
            summary: doc('q.amendment.summary', text()),
            hash: opt(doc('doc.amendment.hash', sha256)),
            rounds,
            signed: opt(date('doc.amendment.signed')),
            /** The signed amendment's copy for the SRE's registry, as the agreement's (LSCT art. 7). */
            registration: opt(doc('doc.amendment.registration', Registration)),
            evidence,
          }),
        ),
      ),
    ),
    contactLog: opt(
      doc(
        'field.contactLog',
        T.Array(
          strict({
            date: date('q.log.date'),
            channel: doc(
              'q.log.channel',
              en('email', 'phone', 'video', 'meeting', 'visit', 'letter', 'other'),
              'enum.contact',
            ),
            who: doc('q.log.who', T.String({ minLength: 1 })),
            summary: doc('q.log.summary', text()),
            followUpOn: opt(date('doc.log.followUpOn')),
          }),
        ),
      ),
    ),
    representations: opt(doc('doc.representations', T.Array(Representation))),
    missions: opt(
      doc(
        'doc.missions',
        T.Array(
          strict({
            id: doc('q.mission.id', id),
            direction: doc('doc.mission.direction', en('outbound', 'inbound'), 'enum.direction'),
            start: date('q.mission.start'),
            end: date('q.mission.end'),
            place: doc('q.mission.place', text()),
            purpose: doc('q.mission.purpose', text()),
            activity: opt(doc('doc.mission.activity', T.String({ minLength: 1 }))),
            travellers: doc(
              'field.travellers',
              T.Array(
                strict({
                  name: doc('q.mission.traveller', T.String({ minLength: 1 })),
                  role: opt(doc('doc.traveller.role', text())),
                }),
              ),
            ),
            costs: opt(doc('doc.mission.costs', T.Array(Money))),
            results: opt(doc('doc.mission.results', text())),
            evidence,
          }),
        ),
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
  id: doc('doc.article.id', T.String({ pattern: '^[a-z][a-z0-9-]*$' })),
  heading: opt(doc('doc.article.heading', textPart())),
  text: opt(doc('doc.article.text', textPart())),
  after: opt(doc('doc.article.after', T.String({ pattern: '^[a-z][a-z0-9-]*$' }))),
  omit: opt(doc('doc.article.omit', T.Boolean())),
});

export const Agreement = strict(
  {
    schemaVersion: schemaVersion,
    /** The built-in model the articles start from; without it `articles` is the whole text. */
    model: opt(doc('doc.agreement.model', en('sister-cities', 'cooperation'), 'enum.kind')),
    title: opt(doc('doc.agreement.title', text())),
    /** The parties clause, when not the model's ("… en adelante denominados «las Partes»"). */
    parties: opt(doc('doc.agreement.parties', text())),
    /** The counterpart as the text names it, with its article: «la Ciudad de Aurora», «the City of Aurora». */
    counterpartParty: opt(doc('doc.agreement.counterpartParty', text())),
    term: opt(
      doc(
        'q.draft.term',
        strict({
          type: doc('doc.term.type', en('indefinite', 'fixed'), 'enum.term'),
          years: opt(doc('q.draft.years', T.Integer({ minimum: 1 }))),
          noticeDays: doc('q.draft.noticeDays', T.Integer({ minimum: 1 })),
        }),
      ),
    ),
    coSigners,
    originals: opt(doc('doc.agreement.originals', T.Integer({ minimum: 1 }))),
    recitals: opt(doc('doc.agreement.recitals', T.Array(text()))),
    /** With `model:` it may be empty (the model as it stands); without, it is the whole text. */
    articles: doc('doc.agreement.articles', T.Array(Article)),
    versions: opt(
      doc(
        'doc.agreement.versions',
        T.Array(
          strict({
            hash: doc('doc.version.hash', sha256),
            date: date('doc.version.date'),
            note: opt(doc('field.note', text())),
          }),
        ),
      ),
    ),
  },
  { $id: 'agreement' },
);

const Indicator = strict({
  id: doc('doc.indicator.id', id),
  name: doc('q.aop.indicator.name', text()),
  unit: doc('q.aop.indicator.unit', text()),
  baseline: opt(doc('q.aop.indicator.baseline', T.Number())),
  target: doc('q.aop.indicator.target', T.Number()),
  actual: opt(doc('doc.indicator.actual', T.Number())),
});

const aopAmount = doc('q.aop.budget.amount', T.Number({ minimum: 0 }));
const aopCurrency = doc('q.aop.budget.currency', currency);

/** A line of an activity's budget: what was planned and, once spent, what was executed. */
const BudgetLine = strict({
  source: fundingSource,
  amount: aopAmount,
  currency: aopCurrency,
  executed: opt(doc('doc.budget.executed', T.Number({ minimum: 0 }))),
  description: moneyDescription,
});

export const Aop = strict(
  {
    schemaVersion: schemaVersion,
    year: doc('doc.aop.year', T.Integer({ minimum: 1992, maximum: 2200 })),
    period: opt(doc('doc.aop.period', strict({ start: date('doc.period.start'), end: date('doc.period.end') }))),
    approved: opt(date('doc.aop.approved')),
    evidence,
    objectives: doc('doc.aop.objectives', T.Array(text(), { minItems: 1 })),
    followUp: doc('q.aop.followUp', text()),
    resources: opt(doc('doc.aop.resources', text())),
    otherInformation: opt(doc('doc.aop.otherInformation', text())),
    activities: doc(
      'doc.aop.activities',
      T.Array(
        strict({
          id: doc('q.aop.activity.id', id),
          title: doc('q.aop.activity.title', text()),
          area: doc('q.aop.activity.area', T.String({ minLength: 1 })),
          responsible: doc(
            'doc.activity.responsible',
            strict({
              municipality: doc('q.aop.activity.responsible.municipality', text()),
              counterpart: doc('q.aop.activity.responsible.counterpart', text()),
            }),
          ),
          start: date('q.aop.activity.start'),
          end: date('q.aop.activity.end'),
          deliverable: doc('q.aop.activity.deliverable', text()),
          budget: opt(doc('doc.activity.budget', T.Array(BudgetLine))),
          indicators: opt(doc('doc.activity.indicators', T.Array(Indicator))),
          status: doc(
            'q.aop.activity.status',
            en('planned', 'in-progress', 'done', 'postponed', 'cancelled'),
            'enum.activity-status',
          ),
          evidence,
        }),
      ),
    ),
    budgetTotals: opt(
      doc('doc.aop.budgetTotals', T.Array(strict({ source: fundingSource, currency: aopCurrency, amount: aopAmount }))),
    ),
    results: opt(
      doc(
        'doc.aop.results',
        strict({
          evaluated: opt(date('q.aop.evaluated')),
          narrative: opt(doc('q.aop.narrative', text())),
          nextSteps: opt(doc('q.aop.nextSteps', text())),
          evidence,
        }),
      ),
    ),
  },
  { $id: 'aop' },
);

export const Documents = strict(
  {
    schemaVersion: schemaVersion,
    documents: doc(
      'doc.documents',
      T.Array(
        strict({
          document: doc('doc.documents.document', T.String({ minLength: 1 })),
          file: doc('doc.documents.file', relPath),
          template: doc('doc.documents.template', T.String({ minLength: 1 })),
          templateVersion: doc('doc.documents.templateVersion', T.Integer({ minimum: 1 })),
          langs: doc('doc.documents.langs', T.Array(langCode, { minItems: 1 })),
          sha256: doc('doc.documents.sha256', sha256),
          date: date('doc.documents.date'),
          step: opt(doc('doc.documents.step', T.String())),
        }),
      ),
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

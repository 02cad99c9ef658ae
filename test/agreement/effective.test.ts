import { describe, expect, it } from 'vitest';
import { agreementLanguages, articleTextPath, effectiveAgreement, textVersion } from '../../src/agreement/effective.js';
import { agreementModel } from '../../src/agreement/model.js';
import { BLANK } from '../../src/agreement/placeholders.js';
import { textHash } from '../../src/workspace/hash.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import type { AgreementFile, CaseFile } from '../../src/workspace/schema.js';
import { REPO } from '../helpers.js';

const demo = loadWorkspace(REPO, { cache: false });
const config = demo.config;

const osaka: CaseFile = {
  schemaVersion: 1,
  counterpart: {
    city: { es: 'Osaka', en: 'Osaka' },
    country: 'JP',
    languages: ['ja'],
    nature: 'foreign-local-government',
  },
  kind: 'cooperation',
  topic: { es: 'Formación Técnica Dual', en: 'Dual Technical Training' },
  areas: [
    { id: 'formacion', title: { es: 'Formación técnica', en: 'Technical training' }, priority: 'PMD-2024-2.4' },
    {
      id: 'empresas',
      title: { es: 'Vinculación con empresas', en: 'Links with businesses' },
      priority: 'PMD-2024-2.1',
    },
  ],
};
const term: AgreementFile['term'] = { type: 'fixed', years: 3, noticeDays: 60 };
const agreement = (over: Partial<AgreementFile> = {}): AgreementFile => ({
  schemaVersion: 1,
  model: 'cooperation',
  term,
  articles: [],
  ...over,
});
const ids = (a: { articles: { id: string }[] }) => a.articles.map((x) => x.id);
const MODEL_IDS = agreementModel('cooperation').articles.map((a) => a.id);

describe('the effective text of a model-based agreement', () => {
  const eff = effectiveAgreement(config, { case: osaka, agreement: agreement() });

  it('is the model, numbered in order, with every placeholder filled from the case and workspace', () => {
    expect(eff.model).toBe('cooperation');
    expect(eff.languages).toEqual(['es', 'en']);
    expect(ids(eff)).toEqual(MODEL_IDS);
    expect(eff.articles.map((a) => a.number)).toEqual(MODEL_IDS.map((_, i) => i + 1));
    expect(eff.missing).toEqual([]);
    expect(eff.issues).toEqual([]);
    const all = JSON.stringify([eff.title, eff.parties, eff.recitals, eff.articles]);
    expect(all).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(all).not.toContain(BLANK);
  });

  it('fills the title, the parties and the recitals', () => {
    expect(eff.title.es).toBe(
      'Acuerdo de Cooperación en materia de Formación Técnica Dual entre el Municipio de San Pedro de las Huertas, Estado de Guanajuato, de los Estados Unidos Mexicanos, y la Ciudad de Osaka, Japón',
    );
    expect(eff.title.en).toBe(
      'Cooperation Agreement on Dual Technical Training between the Municipality of San Pedro de las Huertas, State of Guanajuato, United Mexican States, and the City of Osaka, Japan',
    );
    expect(eff.parties.es).toMatch(
      /^El Municipio de San Pedro de las Huertas, .* y la Ciudad de Osaka, Japón, en adelante denominados «las Partes»;$/,
    );
    expect(eff.recitals[1]?.es).toBe('Manifestando su interés en cooperar en materia de formación técnica dual;');
    expect(eff.recitals[0]?.en).toBe(
      'Recognizing the bonds of friendship and cooperation between the United Mexican States and Japan;',
    );
    expect(eff.partyNames).toEqual({
      municipality: {
        es: 'el Municipio de San Pedro de las Huertas',
        en: 'the Municipality of San Pedro de las Huertas',
        de: 'das Municipio San Pedro de las Huertas',
      },
      counterpart: { es: 'la Ciudad de Osaka', en: 'the City of Osaka' },
    });
  });

  it('fills the articles: topic, lettered areas, liaison, term and notice', () => {
    const text = (id: string, lang: string) => eff.articles.find((a) => a.id === id)?.text[lang];
    expect(text('objeto', 'es')).toContain('en materia de formación técnica dual, sobre la base de la igualdad');
    expect(text('objeto', 'en')).toContain('between the Parties on dual technical training, on the basis');
    expect(text('areas', 'es')).toBe(
      'Las Partes cooperarán en las siguientes áreas:\na) formación técnica;\nb) vinculación con empresas, y\nc) las demás que las Partes acuerden por escrito.',
    );
    expect(text('areas', 'en')).toBe(
      'The Parties shall cooperate in the following areas:\na) technical training;\nb) links with businesses, and\nc) any others that the Parties agree in writing.',
    );
    expect(text('coordinadores', 'es')).toContain(
      'Por el Municipio de San Pedro de las Huertas, la Dirección de Asuntos Internacionales y Atención al Migrante; por la Ciudad de Osaka, la oficina que designe su Alcalde.',
    );
    expect(text('coordinadores', 'en')).toContain(
      'For the Municipality of San Pedro de las Huertas, the Office of International Affairs and Migrant Services; for the City of Osaka,',
    );
    expect(text('vigencia', 'es')).toContain(
      'tendrá una vigencia de tres (3) años, prorrogable por periodos iguales mediante acuerdo escrito de las Partes. Cualquiera de las Partes podrá darlo por terminado mediante comunicación escrita dirigida a la otra Parte con sesenta (60) días de anticipación.',
    );
    expect(text('vigencia', 'en')).toContain('shall remain in force for three (3) years, which may be extended');
    expect(text('vigencia', 'en')).toContain('to the other Party sixty (60) days in advance.');
    const indefinite = effectiveAgreement(config, {
      case: osaka,
      agreement: agreement({ term: { type: 'indefinite', noticeDays: 90 } }),
    });
    expect(indefinite.articles.at(-1)?.text.es).toContain('y tendrá una vigencia indefinida. Cualquiera');
  });

  it('hashes the effective articles', () => {
    expect(eff.hash).toBe(textHash(eff.articles));
    expect(eff.hash).not.toBe(
      effectiveAgreement(config, { case: osaka, agreement: agreement({ model: 'sister-cities' }) }).hash,
    );
  });

  it('uses the sister-cities variant when asked', () => {
    const sister = effectiveAgreement(config, { case: osaka, agreement: agreement({ model: 'sister-cities' }) });
    expect(sister.title.es).toMatch(/^Acuerdo de Hermanamiento entre/);
    expect(sister.articles[0]?.text.es).toContain('establecer una relación de ciudades hermanas');
  });
});

describe('overrides by id', () => {
  it('replaces a language and keeps the model’s others', () => {
    const eff = effectiveAgreement(config, {
      case: osaka,
      agreement: agreement({
        articles: [{ id: 'financiamiento', text: { en: 'Each Party shall bear its own costs.' } }],
      }),
    });
    const a = eff.articles.find((x) => x.id === 'financiamiento');
    expect(a?.text.en).toBe('Each Party shall bear its own costs.');
    expect(a?.text.es).toBe(agreementModel('cooperation').articles.find((x) => x.id === 'financiamiento')?.text.es);
    expect(a?.heading).toEqual({ es: 'Financiamiento', en: 'Funding' });
    expect(a?.index).toBe(0);
    expect(a?.fromModel).toEqual({ heading: ['es', 'en'], text: ['es'] });
    expect(articleTextPath(a as NonNullable<typeof a>, 'en')).toEqual(['articles', 0, 'text', 'en']);
    expect(articleTextPath(a as NonNullable<typeof a>, 'es')).toBeUndefined();
    expect(ids(eff)).toEqual(MODEL_IDS);
  });

  it('reads a bare string as Spanish, and a heading alone', () => {
    const eff = effectiveAgreement(config, {
      case: osaka,
      agreement: agreement({
        articles: [
          { id: 'objeto', text: 'Objeto propio.' },
          { id: 'personal', heading: { en: 'Staff' } },
        ],
      }),
    });
    const objeto = eff.articles[0];
    expect(objeto?.text.es).toBe('Objeto propio.');
    expect(objeto?.text.en).toContain('The purpose of this Agreement');
    expect(articleTextPath(objeto as NonNullable<typeof objeto>, 'es')).toEqual(['articles', 0, 'text']);
    expect(eff.articles.find((x) => x.id === 'personal')?.heading).toEqual({ es: 'Personal', en: 'Staff' });
  });

  it('adds new articles after the one named, in file order, else at the end', () => {
    const added = (id: string, after?: string) => ({
      id,
      heading: { es: `H ${id}`, en: `H ${id}` },
      text: { es: `T ${id}`, en: `T ${id}` },
      ...(after ? { after } : {}),
    });
    const eff = effectiveAgreement(config, {
      case: osaka,
      agreement: agreement({
        articles: [
          added('visitas', 'modalidades'),
          added('becas', 'modalidades'),
          added('anexos'),
          added('difusion', 'anexos'),
        ],
      }),
    });
    expect(ids(eff)).toEqual([
      'objeto',
      'areas',
      'modalidades',
      'visitas',
      'becas',
      ...MODEL_IDS.slice(3),
      'anexos',
      'difusion',
    ]);
    expect(eff.articles.find((a) => a.id === 'visitas')?.number).toBe(4);
    expect(eff.issues).toEqual([]);
  });

  it('moves a model article with `after`, and omits one with `omit: true`', () => {
    const eff = effectiveAgreement(config, {
      case: osaka,
      agreement: agreement({
        articles: [
          { id: 'propiedad-intelectual', omit: true },
          { id: 'coordinadores', after: 'seguimiento' },
        ],
      }),
    });
    expect(ids(eff)).toEqual([
      'objeto',
      'areas',
      'modalidades',
      'programas-operativos',
      'seguimiento',
      'coordinadores',
      'financiamiento',
      'personal',
      'controversias',
      'modificaciones',
      'vigencia',
    ]);
    expect(eff.articles.at(-1)?.number).toBe(11);
  });

  it('reports entries that do not fit, located in agreement.yaml', () => {
    const eff = effectiveAgreement(config, {
      case: osaka,
      agreement: agreement({
        articles: [
          { id: 'nuevo', text: { es: 'Sin encabezado.' } },
          { id: 'otro', heading: { es: 'Otro' }, text: { es: 'Texto.' }, after: 'no-existe' },
          { id: 'inexistente', omit: true },
          { id: 'objeto', text: { es: 'Uno.' } },
          { id: 'objeto', text: { es: 'Dos.' } },
        ],
      }),
    });
    expect(eff.issues).toEqual([
      { id: 'incomplete', path: ['articles', 0], params: { article: 'nuevo', field: 'heading' } },
      { id: 'omit-unknown', path: ['articles', 2, 'omit'], params: { article: 'inexistente' } },
      { id: 'duplicate-id', path: ['articles', 4, 'id'], params: { article: 'objeto' } },
      { id: 'unknown-after', path: ['articles', 1, 'after'], params: { article: 'otro', after: 'no-existe' } },
    ]);
    expect(ids(eff).slice(-2)).toEqual(['nuevo', 'otro']);
    expect(eff.articles[0]?.text.es).toBe('Uno.');
  });

  it('blanks and reports the facts the model needs and the case lacks', () => {
    const bare: CaseFile = { ...osaka, areas: [], topic: { es: 'Agua' } };
    const eff = effectiveAgreement(config, { case: bare, agreement: agreement({ term: undefined }) });
    const missing = eff.missing.map((m) => `${m.placeholder}:${m.lang}:${m.where}`);
    expect(missing).toEqual(
      expect.arrayContaining([
        'topic:en:title',
        'topicLower:en:recitals',
        'topicLower:en:articles.objeto',
        'areas:es:articles.areas',
        'areas:en:articles.areas',
        'duration:es:articles.vigencia',
        'noticeDays:en:articles.vigencia',
      ]),
    );
    expect(missing.some((m) => m.startsWith('topic:es'))).toBe(false);
    expect(eff.articles.find((a) => a.id === 'areas')?.text.es).toBe(
      `Las Partes cooperarán en las siguientes áreas:\n${BLANK}`,
    );
  });
});

describe('an agreement without `model:`', () => {
  it('is its articles as they stand, and says so', () => {
    const a = agreement({
      model: undefined,
      articles: [
        { id: 'objeto', heading: 'Objeto', text: { es: 'Texto.', fr: 'Texte.' } },
        { id: 'fin', heading: { es: 'Fin' }, text: 'Fin.', omit: true },
      ],
    });
    const eff = effectiveAgreement(config, { case: osaka, agreement: a });
    expect(eff.model).toBeNull();
    expect(eff.variant).toBe('cooperation');
    expect(ids(eff)).toEqual(['objeto', 'fin']);
    expect(eff.languages).toEqual(['es', 'fr']);
    expect(eff.hash).toBe(textHash(a.articles as Parameters<typeof textHash>[0]));
    expect(eff.issues).toEqual([
      { id: 'needs-model', path: ['articles', 1, 'omit'], params: { article: 'fin', key: 'omit' } },
    ]);
  });
});

describe('with no agreement.yaml', () => {
  it('is the model of the case’s kind, so a draft renders for any case', () => {
    const eff = effectiveAgreement(config, { case: { ...osaka, kind: 'sister-cities' }, agreement: null });
    expect(eff.model).toBe('sister-cities');
    expect(ids(eff)).toEqual(agreementModel('sister-cities').articles.map((a) => a.id));
    expect(eff.missing.map((m) => m.placeholder)).toEqual(['duration', 'noticeDays', 'duration', 'noticeDays']);
  });
});

describe('the demo workspace', () => {
  const RECORDED: Record<string, string> = {
    'aurora-us': 'f195773214b02c8e2fa354c638682a0560a54a423981e7b41441de435c237a9b',
    'giessen-de': '452dabdb34056708aa28d75c7452aa922f769d11059389504317139efdcf8fba',
    'leamington-ca': '8709bed6973d95c468925bde2ed1c5341c2a807d96d300f2eaa833b332effe5d',
    'mildura-au': 'f8178ac8421e45d14d81304adedb4d8d996f6d11c2d6da1538167c8adc6b1cb2',
  };

  it.each(Object.entries(RECORDED))('%s: the effective text hashes to the last recorded version', (slug, hash) => {
    const bundle = demo.cases.find((c) => c.slug === slug);
    expect(bundle?.agreement).toBeTruthy();
    const eff = effectiveAgreement(config, bundle as NonNullable<typeof bundle>);
    expect(eff.issues).toEqual([]);
    expect(eff.missing).toEqual([]);
    expect(eff.hash).toBe(hash);
    expect(bundle?.agreement?.versions?.at(-1)?.hash).toBe(hash);
  });

  it('leamington-ca is the sister-cities model with its negotiated overrides', () => {
    const bundle = demo.cases.find((c) => c.slug === 'leamington-ca');
    const eff = effectiveAgreement(config, bundle as NonNullable<typeof bundle>);
    expect(eff.model).toBe('sister-cities');
    expect(bundle?.agreement?.articles.map((a) => a.id)).toEqual(['areas']);
    expect(ids(eff)).toEqual(agreementModel('sister-cities').articles.map((a) => a.id));
    expect(eff.articles.find((a) => a.id === 'coordinadores')?.text.es).toContain(
      'por el Municipio de Leamington, la oficina que designe su Alcalde',
    );
  });

  it('giessen-de keeps its three language versions and closes in the signed ones', () => {
    const bundle = demo.cases.find((c) => c.slug === 'giessen-de');
    const eff = effectiveAgreement(config, bundle as NonNullable<typeof bundle>);
    expect(eff.languages).toEqual(['es', 'en', 'de']);
    expect(agreementLanguages(eff, bundle?.case ?? null)).toEqual(['es', 'en', 'de']);
    expect(eff.articles.every((a) => a.heading.de && a.text.de)).toBe(true);
    expect(eff.closing.languages).toEqual(['es', 'de']);
    expect(eff.closing.apart).toBe(false);
    expect(eff.closing.sentence.es).toBe(
      'Firmado en Gießen, Hesse, el 8 de octubre de 2026, en dos ejemplares originales, en idiomas español y alemán, siendo ambos textos igualmente auténticos.',
    );
    expect(eff.partyNames.counterpart.de).toBe('die Universitätsstadt Gießen');
  });

  it('aurora-us closes with each Party’s place and date, signed apart', () => {
    const bundle = demo.cases.find((c) => c.slug === 'aurora-us');
    const eff = effectiveAgreement(config, bundle as NonNullable<typeof bundle>);
    expect(eff.closing.apart).toBe(true);
    expect(eff.closing.sentence).toEqual({
      es: 'Firmado en San Pedro de las Huertas, Guanajuato, el 22 de marzo de 2023, y en Aurora, Illinois, el 15 de marzo de 2023, en dos ejemplares originales, en idiomas español e inglés, siendo ambos textos igualmente auténticos.',
      en: 'Signed at San Pedro de las Huertas, Guanajuato, on March 22, 2023, and at Aurora, Illinois, on March 15, 2023, in two originals, in the Spanish and English languages, both texts being equally authentic.',
      de: 'Unterzeichnet in San Pedro de las Huertas, Guanajuato, am 22. März 2023 und in Aurora, Illinois, am 15. März 2023, in zwei Urschriften in den Sprachen Spanisch und Englisch, wobei jeder Wortlaut gleichermaßen verbindlich ist.',
    });
  });

  it('a case not signed yet closes with blanks', () => {
    const bundle = demo.cases.find((c) => c.slug === 'mildura-au');
    const eff = effectiveAgreement(config, bundle as NonNullable<typeof bundle>);
    expect(eff.closing.sentence).toEqual({
      es: `Firmado en ${BLANK}, el ${BLANK}, en dos ejemplares originales, en idiomas español e inglés, siendo ambos textos igualmente auténticos.`,
      en: `Signed at ${BLANK}, on ${BLANK}, in two originals, in the Spanish and English languages, both texts being equally authentic.`,
      de: `Unterzeichnet in ${BLANK} am ${BLANK}, in zwei Urschriften in den Sprachen Spanisch und Englisch, wobei jeder Wortlaut gleichermaßen verbindlich ist.`,
    });
  });
});

describe('textVersion', () => {
  const a = agreement();
  const hash = effectiveAgreement(config, { case: osaka, agreement: a }).hash;

  it('says the current text is the last version', () => {
    const v = textVersion(
      config,
      { case: osaka, agreement: { ...a, versions: [{ hash, date: '2026-01-10' }] } },
      '2026-03-01',
    );
    expect(v).toEqual({ hash, last: { hash, date: '2026-01-10' }, current: true, earlier: false, append: null });
  });

  it('gives the entry to append after a change of text, also when it goes back to an earlier one', () => {
    const other = 'c'.repeat(64);
    const changed = textVersion(
      config,
      { case: osaka, agreement: { ...a, versions: [{ hash: other, date: '2026-01-10' }] } },
      '2026-03-01',
    );
    expect(changed).toMatchObject({ current: false, earlier: false, append: { hash, date: '2026-03-01' } });
    const back = textVersion(
      config,
      {
        case: osaka,
        agreement: {
          ...a,
          versions: [
            { hash, date: '2026-01-10' },
            { hash: other, date: '2026-02-01' },
          ],
        },
      },
      '2026-03-01',
    );
    expect(back).toMatchObject({ current: false, earlier: true, append: { hash, date: '2026-03-01' } });
  });

  it('changes when a fact the model uses changes', () => {
    const moreAreas: CaseFile = {
      ...osaka,
      areas: [...(osaka.areas ?? []), { id: 'agua', title: { es: 'Agua', en: 'Water' }, priority: 'PMD-2024-4.1' }],
    };
    expect(effectiveAgreement(config, { case: moreAreas, agreement: a }).hash).not.toBe(hash);
  });
});

import { describe, expect, it } from 'vitest';
import { agreementModel, articleLabel, MODEL_VARIANTS } from '../../src/agreement/model.js';
import { PLACEHOLDERS, placeholdersIn } from '../../src/agreement/placeholders.js';
import {
  asSentence,
  counted,
  DAYS,
  joinAnd,
  letteredList,
  lowerFirst,
  lowerWords,
  numberWords,
  YEARS,
} from '../../src/agreement/words.js';

const ORDER = [
  'objeto',
  'areas',
  'modalidades',
  'programas-operativos',
  'coordinadores',
  'seguimiento',
  'financiamiento',
  'personal',
  'propiedad-intelectual',
  'controversias',
  'modificaciones',
  'vigencia',
];

describe('the built-in model', () => {
  it.each(MODEL_VARIANTS)('%s has the twelve articles in domain.md’s order, each in Spanish and English', (variant) => {
    const model = agreementModel(variant);
    expect(model.languages).toEqual(['es', 'en']);
    expect(model.articles.map((a) => a.id)).toEqual(ORDER);
    for (const a of model.articles) {
      expect(Object.keys(a.heading).sort()).toEqual(['en', 'es']);
      expect(Object.keys(a.text).sort()).toEqual(['en', 'es']);
    }
    for (const part of [model.title, model.parties, model.preambleEnd, ...model.recitals]) {
      expect(Object.keys(part).sort()).toEqual(['en', 'es']);
    }
  });

  it('uses only known placeholders, and the same ones in both languages', () => {
    for (const variant of MODEL_VARIANTS) {
      const model = agreementModel(variant);
      const parts = [
        model.title,
        model.parties,
        ...model.recitals,
        ...model.articles.flatMap((a) => [a.heading, a.text]),
      ];
      for (const part of parts) {
        const es = placeholdersIn(part.es as string);
        expect(placeholdersIn(part.en as string)).toEqual(es);
        for (const key of es) expect(PLACEHOLDERS).toContain(key);
      }
    }
  });

  it('names the variants as domain.md does', () => {
    expect(agreementModel('sister-cities').title.es).toMatch(
      /^Acuerdo de Hermanamiento entre el Municipio de \{municipality\}/,
    );
    expect(agreementModel('sister-cities').title.en).toMatch(/^Sister-City Agreement between the Municipality of/);
    expect(agreementModel('cooperation').title.es).toMatch(/^Acuerdo de Cooperación en materia de \{topic\} entre/);
    expect(agreementModel('cooperation').title.en).toMatch(/^Cooperation Agreement on \{topic\} between/);
    expect(agreementModel('cooperation').parties.es).toContain('en adelante denominados «las Partes»');
    expect(agreementModel('cooperation').parties.en).toContain('hereinafter referred to as “the Parties”');
    const recitals = agreementModel('sister-cities').recitals.map((r) => r.es);
    expect(recitals.map((r) => r?.split(' ')[0])).toEqual(['Reconociendo', 'Manifestando', 'Convencidos']);
    expect(agreementModel('sister-cities').preambleEnd).toEqual({
      es: 'Han acordado lo siguiente:',
      en: 'Have agreed as follows:',
    });
  });

  it('carries the content domain.md requires', () => {
    const text = (id: string, lang: string) =>
      agreementModel('sister-cities').articles.find((a) => a.id === id)?.text[lang] ?? '';
    expect(text('programas-operativos', 'es')).toMatch(/a\) los objetivos[\s\S]*f\) cualquier otra información/);
    expect(text('programas-operativos', 'es')).toContain('dentro de los sesenta (60) días siguientes a la firma');
    expect(text('programas-operativos', 'en')).toContain('within sixty (60) days of the signature');
    expect(text('seguimiento', 'es')).toContain('una vez al año');
    expect(text('seguimiento', 'es')).toContain('a la Secretaría de Relaciones Exteriores');
    expect(text('seguimiento', 'en')).toContain('Ministry of Foreign Affairs of Mexico (SRE)');
    expect(text('financiamiento', 'es')).toContain('con sujeción a la disponibilidad de sus recursos presupuestarios');
    expect(text('personal', 'es')).toContain('no se creará relación de carácter laboral');
    expect(text('controversias', 'es')).toContain('mediante negociaciones directas');
    expect(text('modificaciones', 'es')).toContain('mutuo consentimiento de las Partes, expresado por escrito');
    expect(text('vigencia', 'es')).toContain('entrará en vigor en la fecha de su firma y {duration}');
    expect(text('vigencia', 'es')).toContain('con {noticeDays} de anticipación');
    expect(text('vigencia', 'es')).toContain('no afectará la conclusión de las actividades');
  });

  it('returns a fresh copy each time', () => {
    const a = agreementModel('cooperation');
    (a.articles[0] as { text: Record<string, string> }).text.es = 'cambiado';
    expect(agreementModel('cooperation').articles[0]?.text.es).not.toBe('cambiado');
  });

  it('labels articles by number', () => {
    expect(articleLabel(1, 'es')).toBe('ARTÍCULO 1');
    expect(articleLabel(12, 'en')).toBe('ARTICLE 12');
    expect(articleLabel(3, 'de')).toBe('Artikel 3');
    expect(articleLabel(3, 'pl')).toBeUndefined();
  });
});

describe('words', () => {
  it('ends a text as a sentence: one full stop, none after a stop, a question or a closing quote', () => {
    expect(asSentence('Precise el objeto del artículo')).toBe('Precise el objeto del artículo.');
    expect(asSentence('Precise el objeto. ')).toBe('Precise el objeto.');
    expect(asSentence('¿Cuál es el área?')).toBe('¿Cuál es el área?');
    expect(asSentence('Diga «sujeto a presupuesto.»')).toBe('Diga «sujeto a presupuesto.»');
    expect(asSentence('Véase el artículo 7 (LSCT)')).toBe('Véase el artículo 7 (LSCT).');
  });

  it('writes numbers in Spanish, English and German', () => {
    const es = [1, 2, 5, 15, 21, 30, 31, 60, 90, 100, 120, 180, 365, 1000, 2500].map((n) => numberWords(n, 'es'));
    expect(es).toEqual([
      'un',
      'dos',
      'cinco',
      'quince',
      'veintiún',
      'treinta',
      'treinta y un',
      'sesenta',
      'noventa',
      'cien',
      'ciento veinte',
      'ciento ochenta',
      'trescientos sesenta y cinco',
      'mil',
      'dos mil quinientos',
    ]);
    const en = [1, 15, 21, 60, 90, 100, 180, 365, 2500].map((n) => numberWords(n, 'en'));
    expect(en).toEqual([
      'one',
      'fifteen',
      'twenty-one',
      'sixty',
      'ninety',
      'one hundred',
      'one hundred eighty',
      'three hundred sixty-five',
      'two thousand five hundred',
    ]);
    const de = [2, 13, 21, 90, 100, 365, 1500].map((n) => numberWords(n, 'de'));
    expect(de).toEqual([
      'zwei',
      'dreizehn',
      'einundzwanzig',
      'neunzig',
      'einhundert',
      'dreihundertfünfundsechzig',
      'eintausendfünfhundert',
    ]);
    expect(numberWords(5, 'pl')).toBeUndefined();
    expect(numberWords(1.5, 'es')).toBeUndefined();
  });

  it('counts days and years', () => {
    expect(counted(90, DAYS, 'es')).toBe('noventa (90) días');
    expect(counted(90, DAYS, 'en')).toBe('ninety (90) days');
    expect(counted(1, YEARS, 'es')).toBe('un (1) año');
    expect(counted(5, YEARS, 'en')).toBe('five (5) years');
  });

  it('letters a list, joins names and lowers a title inside a sentence', () => {
    expect(letteredList(['agua', 'cultura', 'las demás'], 'es')).toBe('a) agua;\nb) cultura, y\nc) las demás.');
    expect(letteredList(['water', 'others'], 'en')).toBe('a) water, and\nb) others.');
    expect(joinAnd(['español', 'inglés'], 'es')).toBe('español e inglés');
    expect(joinAnd(['español', 'alemán', 'inglés'], 'es')).toBe('español, alemán e inglés');
    expect(joinAnd(['español', 'francés'], 'es')).toBe('español y francés');
    expect(joinAnd(['Spanish', 'English'], 'en')).toBe('Spanish and English');
    expect(joinAnd(['Spanisch', 'Deutsch'], 'de')).toBe('Spanisch und Deutsch');
    expect(lowerFirst('Gestión del agua', 'es')).toBe('gestión del agua');
    expect(lowerFirst('TIC y gobierno digital', 'es')).toBe('TIC y gobierno digital');
    expect(lowerFirst('Wasserwirtschaft', 'de')).toBe('Wasserwirtschaft');
    expect(lowerWords('Formación Profesional Dual', 'es')).toBe('formación profesional dual');
    expect(lowerWords('Dual Vocational Training (TVET)', 'en')).toBe('dual vocational training (TVET)');
  });
});

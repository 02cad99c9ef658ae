import { describe, expect, it } from 'vitest';
import { closingOf } from '../../src/agreement/closing.js';
import type { CaseFile } from '../../src/workspace/schema.js';

const signed = (signature: NonNullable<NonNullable<CaseFile['steps']>['signature']>): CaseFile => ({
  schemaVersion: 1,
  counterpart: { city: 'Almería', country: 'ES', languages: ['es'], nature: 'foreign-local-government' },
  kind: 'sister-cities',
  steps: { signature },
});

describe('the closing formula', () => {
  it('names one place and date when both Parties sign together', () => {
    const c = closingOf(
      signed({
        municipality: { place: 'Almería', date: '2026-05-04' },
        counterpart: { place: 'Almería', date: '2026-05-04' },
        originals: 1,
      }),
      null,
      ['es'],
    );
    expect(c.apart).toBe(false);
    expect(c.sentence.es).toBe('Firmado en Almería, el 4 de mayo de 2026, en un ejemplar original, en idioma español.');
    expect(c.sentence.en).toBe('Signed at Almería, on May 4, 2026, in one original, in the Spanish language.');
    expect(c.sentence.de).toBe('Unterzeichnet in Almería am 4. Mai 2026, in einer Urschrift in der Sprache Spanisch.');
  });

  it('says all texts are equally authentic in three languages, the originals from agreement.yaml', () => {
    const c = closingOf(signed({ languages: ['es', 'de', 'en'] }), { schemaVersion: 1, articles: [], originals: 3 }, [
      'es',
    ]);
    expect(c.languages).toEqual(['es', 'de', 'en']);
    expect(c.originals).toBe(3);
    expect(c.sentence.es).toContain(
      'en tres ejemplares originales, en idiomas español, alemán e inglés, siendo todos los textos igualmente auténticos.',
    );
    expect(c.sentence.en).toContain(
      'in three originals, in the Spanish, German and English languages, all texts being equally authentic.',
    );
  });

  it('names each place and date when they sign apart, the municipality first', () => {
    const c = closingOf(
      signed({
        municipality: {
          place: { es: 'San Pedro de las Huertas, Gto.', en: 'San Pedro de las Huertas, Guanajuato' },
          date: '2026-05-10',
        },
        counterpart: { place: 'Almería', date: '2026-05-04' },
      }),
      null,
      ['es', 'en'],
    );
    expect(c.apart).toBe(true);
    expect(c.sentence.es).toMatch(
      /^Firmado en San Pedro de las Huertas, Gto\., el 10 de mayo de 2026, y en Almería, el 4 de mayo de 2026, en ____ ejemplares originales/,
    );
    expect(c.sentence.en).toMatch(
      /^Signed at San Pedro de las Huertas, Guanajuato, on May 10, 2026, and at Almería, on May 4, 2026, in ____ originals/,
    );
  });
});

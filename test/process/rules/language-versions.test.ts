import { describe, expect, it } from 'vitest';
import { OSAKA_AGREEMENT, withModelAgreement } from '../../agreement/fixtures.js';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

const LYON_AGREEMENT = 'cases/lyon-fr/agreement.yaml';

describe('language-versions', () => {
  it('passes when every language has every article', () => {
    expect(findings(check(copyBase()), 'language-versions')).toEqual([]);
    expect(findings(check(withModelAgreement()), 'language-versions')).toEqual([]);
  });

  it('errs on an article with text in Spanish but not in French', () => {
    const root = copyBase();
    edit(root, LYON_AGREEMENT, (d) => d.deleteIn(['articles', 1, 'text', 'fr']));
    const problems = check(root);
    expect(findings(problems, 'language-versions')).toEqual([
      { id: 'rule.language-versions', severity: 'error', file: LYON_AGREEMENT, path: ['articles', 1] },
    ]);
    expect(paramsOf(problems, 'rule.language-versions')).toEqual({
      lang: 'fr',
      count: 1,
      total: 2,
      missing: 'controversias',
      present: 'objeto',
    });
  });

  it('points at an override in a language the rest of the text does not have', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.setIn(['articles', 0, 'text', 'fr'], 'Chaque Partie prend en charge ses propres frais.'),
    );
    const problems = check(root);
    expect(findings(problems, 'language-versions')).toEqual([
      {
        id: 'rule.language-versions',
        severity: 'error',
        file: OSAKA_AGREEMENT,
        path: ['articles', 0, 'text', 'fr'],
      },
      // The override gives a French text but no French heading, and the model has none.
      {
        id: 'rule.language-versions.heading',
        severity: 'error',
        file: OSAKA_AGREEMENT,
        path: ['articles', 0, 'heading'],
      },
    ]);
    expect(paramsOf(problems, 'rule.language-versions')).toMatchObject({ lang: 'fr', count: 11, total: 12 });
  });

  it('warns of an article whose figures differ between two versions, naming what each says', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.addIn(['articles'], {
        id: 'vigencia',
        text: {
          es: 'El presente Acuerdo entrará en vigor en la fecha de su firma y tendrá una vigencia de cinco (5) años. Cualquiera de las Partes podrá darlo por terminado con noventa (90) días de anticipación.',
          en: 'This Agreement shall enter into force on the date of its signature and shall remain in force for three (3) years. Either Party may terminate it sixty (60) days in advance.',
        },
      }),
    );
    const problems = check(root);
    expect(findings(problems, 'language-versions')).toEqual([
      {
        id: 'rule.language-versions.figures',
        severity: 'warning',
        file: OSAKA_AGREEMENT,
        path: ['articles', 3, 'text', 'en'],
      },
    ]);
    expect(paramsOf(problems, 'rule.language-versions.figures')).toEqual({
      article: 'vigencia',
      number: 12,
      lang: 'en',
      base: 'es',
      baseFigures: '5, 90',
      figures: '3, 60',
    });
  });

  it('reads a figure the same whatever its thousands separator or digits, and a date in either order', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.setIn(['articles', 1, 'text'], {
        es: 'Las Partes organizarán, a partir del 1 de marzo de 2027, visitas para 1,500 personas.',
        en: 'Starting on March 1, ２０２７, the Parties shall organize visits for 1\u202f500 people.',
      }),
    );
    expect(findings(check(root), 'language-versions')).toEqual([]);
  });

  it('reads dates and times written with dots, leading zeros and a sum with its cents as the same figures', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.setIn(['articles', 1, 'text'], {
        es: 'La reunión anual se celebrará el 08/10/2027 a las 17:00 horas; cada Parte aportará $1,500.00 (mil quinientos pesos 00/100 M.N.).',
        en: 'The annual meeting shall be held on 8.10.2027 at 17.00; each Party shall contribute MXN 1,500 (one thousand five hundred Mexican pesos).',
      }),
    );
    expect(findings(check(root), 'language-versions')).toEqual([]);
    // A figure that differs is still told, by its value.
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.setIn(['articles', 1, 'text', 'en'], 'The annual meeting shall be held on 8.11.2027 at 18.00; MXN 1,500.'),
    );
    expect(paramsOf(check(root), 'rule.language-versions.figures')).toMatchObject({
      baseFigures: '10, 17',
      figures: '11, 18',
    });
  });

  it('reads a figure one version spells out and the other gives in digits as the same', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.setIn(['articles', 1, 'text'], {
        es: 'Las Partes se reunirán una vez al año durante cinco años, con un aviso de noventa días.',
        en: 'The Parties shall meet once a year for five (5) years, with ninety (90) days’ notice.',
      }),
    );
    expect(findings(check(root), 'language-versions')).toEqual([]);
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.setIn(['articles', 1, 'text', 'en'], 'The Parties shall meet once a year for three (3) years.'),
    );
    expect(paramsOf(check(root), 'rule.language-versions.figures')).toMatchObject({ baseFigures: '—', figures: '3' });
  });

  it('reads a figure grouped with a plain or a thin space as the same figure', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.setIn(['articles', 1, 'text'], {
        es: 'Las Partes organizarán visitas para 1 500 personas, con 12 000 pesos por Parte, en 2027.',
        en: 'The Parties shall organize visits for 1\u2009500 people, with 12,000 pesos per Party, in 2027.',
      }),
    );
    expect(findings(check(root), 'language-versions')).toEqual([]);
    // A year and a figure apart stay two figures: only up to three digits open a group.
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.setIn(['articles', 1, 'text', 'en'], 'In 2027 500 people shall visit, with 12,000 pesos per Party.'),
    );
    expect(paramsOf(check(root), 'rule.language-versions.figures')).toMatchObject({
      baseFigures: '1500',
      figures: '500',
    });
  });

  it('reads an article cross-reference written as an ordinal the same as its number', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.setIn(['articles', 1, 'text'], {
        es: 'Conforme al Artículo Tercero y al Artículo Decimosegundo, y en el vigésimo primer aniversario.',
        en: 'Under Article 3 and Article 12, and on the 21st anniversary.',
        de: 'Gemäß Artikel 3 und dem zwölften Artikel, und am einundzwanzigsten Jahrestag.',
      }),
    );
    expect(paramsOf(check(root), 'rule.language-versions.figures')).toBeUndefined();
    // An ordinal that names another article is still told.
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.setIn(['articles', 1, 'text', 'en'], 'Under Article 4 and Article 12, and on the 21st anniversary.'),
    );
    expect(paramsOf(check(root), 'rule.language-versions.figures')).toMatchObject({ baseFigures: '—', figures: '4' });
  });

  it('reads German number words above twelve', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.setIn(['articles', 1, 'text'], {
        es: 'Con un aviso de 90 días, para 1,500 personas durante 25 años.',
        en: 'With ninety (90) days’ notice, for 1,500 people over 25 years.',
        de: 'Mit einer Frist von neunzig Tagen, für eintausendfünfhundert Personen über fünfundzwanzig Jahre.',
      }),
    );
    expect(paramsOf(check(root), 'rule.language-versions.figures')).toBeUndefined();
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.setIn(['articles', 1, 'text', 'de'], 'Mit einer Frist von sechzig Tagen, für 1.500 Personen über 25 Jahre.'),
    );
    expect(paramsOf(check(root), 'rule.language-versions.figures')).toMatchObject({
      lang: 'de',
      baseFigures: '90',
      figures: '—',
    });
  });

  it('errs on a signature language with no text at all', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['steps', 'signature', 'languages'], ['es', 'fr', 'en']));
    const problems = check(root);
    expect(findings(problems, 'language-versions')).toEqual([
      {
        id: 'rule.language-versions.no-text',
        severity: 'error',
        file: LYON,
        path: ['steps', 'signature', 'languages', 2],
      },
    ]);
    expect(paramsOf(problems, 'rule.language-versions.no-text')).toEqual({ lang: 'en' });
  });

  it('errs on a text without Spanish, and takes an override without it in a model-based text', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['steps', 'signature', 'languages'], ['fr']));
    edit(root, LYON_AGREEMENT, (d) => {
      for (const i of [0, 1]) {
        d.deleteIn(['articles', i, 'heading', 'es']);
        d.deleteIn(['articles', i, 'text', 'es']);
      }
    });
    const problems = check(root);
    expect(findings(problems, 'language-versions')).toEqual([
      { id: 'rule.language-versions.no-spanish', severity: 'error', file: LYON_AGREEMENT, path: ['articles'] },
    ]);
    const model = withModelAgreement();
    edit(model, OSAKA_AGREEMENT, (d) =>
      d.setIn(['articles', 0, 'text'], { en: 'Each Party shall bear its own costs.' }),
    );
    expect(check(model).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('errs on a text without a heading in its language', () => {
    const root = copyBase();
    edit(root, LYON_AGREEMENT, (d) => d.setIn(['articles', 0, 'heading'], { es: 'Objeto' }));
    expect(findings(check(root), 'language-versions')).toEqual([
      {
        id: 'rule.language-versions.heading',
        severity: 'error',
        file: LYON_AGREEMENT,
        path: ['articles', 0, 'heading'],
      },
    ]);
  });
});

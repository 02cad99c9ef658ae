import { describe, expect, it } from 'vitest';
import { OSAKA_AGREEMENT, withModelAgreement } from '../../agreement/fixtures.js';
import { check, copyBase, edit, findings, paramsOf } from './helpers.js';

const LYON_AGREEMENT = 'cases/lyon-fr/agreement.yaml';
const LSCT = 'law.lsct-2-ii-8-9';

describe('foreign-jurisdiction', () => {
  it('passes on the base workspace, and on the model’s own dispute clause', () => {
    expect(findings(check(copyBase()), 'foreign-jurisdiction')).toEqual([]);
    expect(findings(check(withModelAgreement()), 'foreign-jurisdiction')).toEqual([]);
  });

  it('errs on an article that submits to arbitration, pointing at its text and quoting the phrase', () => {
    const root = copyBase();
    edit(root, LYON_AGREEMENT, (d) =>
      d.setIn(
        ['articles', 1, 'text', 'es'],
        'Las diferencias que no se resuelvan por negociación directa se someterán a arbitraje ante la Cámara de Comercio Internacional.',
      ),
    );
    const problems = check(root);
    expect(findings(problems, 'foreign-jurisdiction')).toEqual([
      {
        id: 'rule.foreign-jurisdiction',
        severity: 'error',
        file: LYON_AGREEMENT,
        path: ['articles', 1, 'text', 'es'],
        law: LSCT,
      },
    ]);
    expect(paramsOf(problems, 'rule.foreign-jurisdiction')).toEqual({
      article: 'controversias',
      number: 2,
      lang: 'es',
      phrase: 'arbitraje',
    });
  });

  it('checks every language, with the article’s number in the effective text', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.addIn(['articles'], {
        id: 'controversias',
        text: { en: 'This Agreement shall be governed by the laws of Japan.' },
      }),
    );
    const problems = check(root);
    expect(findings(problems, 'foreign-jurisdiction')).toEqual([
      {
        id: 'rule.foreign-jurisdiction',
        severity: 'error',
        file: OSAKA_AGREEMENT,
        path: ['articles', 3, 'text', 'en'],
        law: LSCT,
      },
    ]);
    // The model's 12 articles, one added and one left out: the dispute clause is the tenth.
    expect(paramsOf(problems, 'rule.foreign-jurisdiction')).toMatchObject({
      article: 'controversias',
      number: 10,
      lang: 'en',
      phrase: 'governed by the laws of',
    });
  });

  it('points at `text` when the text is a bare (Spanish) string, and finds one phrase per language', () => {
    const root = copyBase();
    edit(root, LYON_AGREEMENT, (d) => {
      d.setIn(['articles', 0, 'text'], 'Las Partes se someten a la jurisdicción de los tribunales de Lyon.');
      d.setIn(['articles', 0, 'heading'], 'Objeto');
    });
    edit(root, 'cases/lyon-fr/case.yaml', (d) => d.setIn(['steps', 'signature', 'languages'], ['es']));
    expect(findings(check(root), 'foreign-jurisdiction')).toEqual([
      {
        id: 'rule.foreign-jurisdiction',
        severity: 'error',
        file: LYON_AGREEMENT,
        path: ['articles', 0, 'text'],
        law: LSCT,
      },
    ]);
  });

  it('flags a French and a German clause: the counterpart’s version is equally authentic', () => {
    const root = copyBase();
    edit(root, LYON_AGREEMENT, (d) => {
      d.setIn(
        ['articles', 1, 'text', 'fr'],
        "Tout différend sera soumis à l'arbitrage de la Chambre de commerce internationale.",
      );
      d.setIn(['articles', 0, 'text', 'de'], 'Ausschließlicher Gerichtsstand ist Lyon.');
    });
    const problems = check(root);
    expect(findings(problems, 'foreign-jurisdiction')).toEqual([
      {
        id: 'rule.foreign-jurisdiction',
        severity: 'error',
        file: LYON_AGREEMENT,
        path: ['articles', 0, 'text', 'de'],
        law: LSCT,
      },
      {
        id: 'rule.foreign-jurisdiction',
        severity: 'error',
        file: LYON_AGREEMENT,
        path: ['articles', 1, 'text', 'fr'],
        law: LSCT,
      },
    ]);
    expect(
      problems.filter((p) => p.rule === 'foreign-jurisdiction').map((p) => [p.params?.lang, p.params?.phrase]),
    ).toEqual([
      ['de', 'Ausschließlicher Gerichtsstand'],
      ['fr', 'arbitrage'],
    ]);
  });

  it('leaves alone a French clause that settles differences amicably, by direct negotiation', () => {
    const root = copyBase();
    edit(root, LYON_AGREEMENT, (d) =>
      d.setIn(
        ['articles', 1, 'text', 'fr'],
        "Tout différend sera réglé par règlement à l'amiable ou par voie de négociation directe entre les Parties, et ne sera soumis à aucun tribunal ni à l'arbitrage.",
      ),
    );
    expect(findings(check(root), 'foreign-jurisdiction')).toEqual([]);
  });

  it('warns once per case of versions in a language it has no expressions for, at the dispute clause', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) => {
      d.addIn(['articles'], {
        id: 'objeto',
        text: { ja: '本協定は、両当事者間の協力の基盤を定めることを目的とする。', pl: 'Cel.' },
      });
      d.addIn(['articles'], {
        id: 'controversias',
        text: {
          ja: '本協定に関する紛争は、国際商業会議所の仲裁により解決する。',
          pl: 'Spory rozstrzyga sąd arbitrażowy.',
        },
      });
    });
    const problems = check(root);
    expect(findings(problems, 'foreign-jurisdiction')).toEqual([
      {
        id: 'rule.foreign-jurisdiction.not-scanned',
        severity: 'warning',
        file: OSAKA_AGREEMENT,
        path: ['articles', 4, 'text', 'ja'],
        law: LSCT,
      },
    ]);
    expect(paramsOf(problems, 'rule.foreign-jurisdiction.not-scanned')).toEqual({
      langs: 'ja, pl',
      article: 'controversias',
    });
  });

  it('does not warn of a working version in such a language when the signed languages are recorded', () => {
    const root = copyBase();
    edit(root, LYON_AGREEMENT, (d) => d.setIn(['articles', 1, 'text', 'ja'], '紛争は直接交渉により解決する。'));
    expect(findings(check(root), 'foreign-jurisdiction')).toEqual([]);
  });
});

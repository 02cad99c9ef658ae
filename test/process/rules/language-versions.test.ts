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

import { describe, expect, it } from 'vitest';
import { effectiveAgreement } from '../../../src/agreement/effective.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import { OSAKA_AGREEMENT, OSAKA_CASE, withModelAgreement } from '../../agreement/fixtures.js';
import { check, copyBase, edit, findings, paramsOf } from './helpers.js';

const LYON_AGREEMENT = 'cases/lyon-fr/agreement.yaml';

describe('agreement-text', () => {
  it('passes on the base workspace and on a model-based agreement that fits', () => {
    expect(findings(check(copyBase()), 'agreement-text')).toEqual([]);
    expect(findings(check(withModelAgreement()), 'agreement-text')).toEqual([]);
  });

  it('errs on a new article without a heading, with the model’s ids in the hint', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) => d.deleteIn(['articles', 1, 'heading']));
    const problems = check(root);
    expect(findings(problems, 'agreement-text')).toEqual([
      { id: 'rule.agreement-text', severity: 'error', file: OSAKA_AGREEMENT, path: ['articles', 1] },
    ]);
    expect(paramsOf(problems, 'rule.agreement-text')).toMatchObject({
      article: 'visitas',
      field: 'heading',
      variant: 'cooperation',
    });
  });

  it('errs on `after` naming no article, `omit` of an article the model lacks, and a repeated id', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) => {
      d.setIn(['articles', 1, 'after'], 'modalidad');
      d.setIn(['articles', 2, 'id'], 'propiedad');
      d.addIn(['articles'], { id: 'financiamiento', text: { es: 'Otra vez.' } });
    });
    const problems = check(root);
    expect(findings(problems, 'agreement-text')).toEqual([
      {
        id: 'rule.agreement-text.omit-unknown',
        severity: 'error',
        file: OSAKA_AGREEMENT,
        path: ['articles', 2, 'omit'],
      },
      { id: 'rule.agreement-text.duplicate-id', severity: 'error', file: OSAKA_AGREEMENT, path: ['articles', 3, 'id'] },
      {
        id: 'rule.agreement-text.unknown-after',
        severity: 'error',
        file: OSAKA_AGREEMENT,
        path: ['articles', 1, 'after'],
      },
    ]);
    expect(paramsOf(problems, 'rule.agreement-text.unknown-after')).toMatchObject({ after: 'modalidad' });
  });

  it('errs on `omit` or `after` in an agreement without `model:`', () => {
    const root = copyBase();
    edit(root, LYON_AGREEMENT, (d) => d.setIn(['articles', 1, 'omit'], true));
    expect(findings(check(root), 'agreement-text')).toEqual([
      { id: 'rule.agreement-text.needs-model', severity: 'error', file: LYON_AGREEMENT, path: ['articles', 1, 'omit'] },
    ]);
  });

  it('warns when a negotiated article on the term does not say the years and notice days `term:` records', () => {
    const root = withModelAgreement();
    // Osaka's `term:` is three years and 60 days' notice, and the negotiated article says so.
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.addIn(['articles'], {
        id: 'vigencia',
        text: {
          es: 'El presente Acuerdo entrará en vigor en la fecha de su firma y tendrá una vigencia de tres (3) años. Cualquiera de las Partes podrá darlo por terminado con sesenta (60) días de anticipación.',
          en: 'This Agreement shall enter into force on the date of its signature and shall remain in force for three (3) years. Either Party may terminate it sixty (60) days in advance.',
        },
      }),
    );
    expect(findings(check(root), 'agreement-text')).toEqual([]);
    // `term:` changed, the text not: the expiry and notice dates linkage computes are not the text's.
    edit(root, OSAKA_AGREEMENT, (d) => d.set('term', { type: 'fixed', years: 5, noticeDays: 30 }));
    const problems = check(root);
    expect(findings(problems, 'agreement-text')).toEqual(
      ['es', 'en'].map((lang) => ({
        id: 'rule.agreement-text.term-figures',
        severity: 'warning',
        file: OSAKA_AGREEMENT,
        path: ['articles', 3, 'text', lang],
      })),
    );
    expect(paramsOf(problems, 'rule.agreement-text.term-figures')).toEqual({
      number: 12,
      lang: 'es',
      figures: '5, 30',
    });
  });

  it('takes the years and notice days written in words alone as said', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) =>
      d.addIn(['articles'], {
        id: 'vigencia',
        text: {
          es: 'El presente Acuerdo entrará en vigor en la fecha de su firma y tendrá una vigencia de tres años. Cualquiera de las Partes podrá darlo por terminado con sesenta días de anticipación.',
          en: 'This Agreement shall enter into force on the date of its signature and shall remain in force for three years. Either Party may terminate it sixty days in advance.',
        },
      }),
    );
    expect(findings(check(root), 'agreement-text')).toEqual([]);
    // Words that are not the recorded figures are still told.
    edit(root, OSAKA_AGREEMENT, (d) => d.set('term', { type: 'fixed', years: 5, noticeDays: 30 }));
    expect(paramsOf(check(root), 'rule.agreement-text.term-figures')).toMatchObject({ figures: '5, 30' });
  });

  it('warns, where to record it, on a fact the model’s text needs', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) => d.delete('term'));
    edit(root, OSAKA_CASE, (d) => d.delete('areas'));
    const problems = check(root);
    expect(findings(problems, 'agreement-text')).toEqual([
      { id: 'rule.agreement-text.missing', severity: 'warning', file: OSAKA_CASE, path: ['areas'] },
      { id: 'rule.agreement-text.missing', severity: 'warning', file: OSAKA_AGREEMENT, path: ['term'] },
      { id: 'rule.agreement-text.missing', severity: 'warning', file: OSAKA_AGREEMENT, path: ['term', 'noticeDays'] },
    ]);
    expect(paramsOf(problems, 'rule.agreement-text.missing')).toEqual({
      field: 'areas',
      langs: 'es, en',
      where: 'articles.areas',
    });
  });

  it('warns on a fact recorded in Spanish only, for the English text', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_CASE, (d) => d.set('topic', 'Formación técnica dual'));
    const problems = check(root);
    expect(findings(problems, 'agreement-text')).toEqual([
      { id: 'rule.agreement-text.missing', severity: 'warning', file: OSAKA_CASE, path: ['topic'] },
    ]);
    expect(paramsOf(problems, 'rule.agreement-text.missing')).toEqual({
      field: 'topic',
      langs: 'en',
      where: 'title, recitals, articles.objeto',
    });
  });
});

describe('agreement-versions on a model-based agreement', () => {
  it('compares the last version with the effective text, which follows the case’s facts', () => {
    const root = withModelAgreement();
    const ws = loadWorkspace(root, { cache: false });
    const bundle = ws.cases.find((c) => c.slug === 'osaka-jp');
    const hash = effectiveAgreement(ws.config, bundle as NonNullable<typeof bundle>).hash;
    edit(root, OSAKA_AGREEMENT, (d) => d.set('versions', [{ hash, date: '2026-03-01' }]));
    expect(findings(check(root), 'agreement-versions')).toEqual([]);
    // A new area changes the model's article on areas: a new text, so a new version to record.
    edit(root, OSAKA_CASE, (d) =>
      d.addIn(['areas'], {
        id: 'agua',
        title: { es: 'Gestión del agua', en: 'Water management' },
        priority: 'PMD-2024-4.1',
      }),
    );
    const problems = check(root);
    expect(findings(problems, 'agreement-versions')).toEqual([
      { id: 'rule.agreement-versions', severity: 'warning', file: OSAKA_AGREEMENT, path: ['versions', 0, 'hash'] },
    ]);
    expect(paramsOf(problems, 'rule.agreement-versions')?.hash).not.toBe(hash);
  });
});

describe('agreement-text on an empty article list', () => {
  it('accepts `model:` with no overrides, and errs without a model', () => {
    const root = withModelAgreement();
    edit(root, OSAKA_AGREEMENT, (d) => d.set('articles', []));
    expect(findings(check(root), 'agreement-text')).toEqual([]);
    edit(root, OSAKA_AGREEMENT, (d) => d.delete('model'));
    const problems = check(root);
    expect(findings(problems, 'agreement-text')).toEqual([
      { id: 'rule.agreement-text.no-articles', severity: 'error', file: OSAKA_AGREEMENT, path: ['articles'] },
    ]);
    expect(paramsOf(problems, 'rule.agreement-text.no-articles')).toMatchObject({ variant: 'cooperation' });
  });
});

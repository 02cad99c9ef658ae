import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AOP_ARTICLE } from '../../../src/process/rules/aop-first.js';
import { runRules } from '../../../src/process/rules/index.js';
import { t } from '../../../src/ui/i18n.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

const FIRST = 'cases/lyon-fr/aop/2025.yaml';

describe('aop-first', () => {
  it('passes when the first AOP was approved within 60 days of signature', () => {
    // Signed 2025-06-16 (the later signature), due 2025-08-15, approved 2025-07-28.
    expect(findings(check(copyBase()), 'aop-first')).toEqual([]);
  });

  it('warns when the first AOP is missing past its due day, at the signature date', () => {
    const root = copyBase();
    rmSync(join(root, FIRST));
    const problems = check(root);
    expect(findings(problems, 'aop-first')).toEqual([
      {
        id: 'rule.aop-first',
        severity: 'warning',
        file: LYON,
        path: ['steps', 'signature', 'counterpart', 'date'],
        law: AOP_ARTICLE,
      },
    ]);
    expect(paramsOf(problems, 'rule.aop-first')).toEqual({
      year: 2025,
      signed: '2025-06-16',
      due: '2025-08-15',
      days: 60,
      slug: 'lyon-fr',
    });
    // `late` no longer says the same thing.
    expect(findings(problems, 'late')).toEqual([]);
  });

  it('owes no first AOP when the agreement ended before its due day', () => {
    const root = copyBase();
    rmSync(join(root, FIRST));
    // Signed 2025-06-16, due 2025-08-15.
    edit(root, LYON, (d) => d.set('end', { state: 'withdrawn', date: '2025-07-31' }));
    expect(findings(check(root), 'aop-first')).toEqual([]);
  });

  it('says nothing while the first AOP is not yet due', () => {
    const root = copyBase();
    rmSync(join(root, FIRST));
    expect(findings(check(root, '2025-08-15'), 'aop-first')).toEqual([]);
  });

  it('follows settings.followUpDays.aop', () => {
    const root = copyBase();
    rmSync(join(root, FIRST));
    edit(root, 'linkage.yaml', (d) => d.setIn(['settings', 'followUpDays', 'aop'], 90));
    expect(findings(check(root, '2025-09-14'), 'aop-first')).toEqual([]);
    const problems = check(root, '2025-09-15');
    expect(paramsOf(problems, 'rule.aop-first')).toMatchObject({ due: '2025-09-14', days: 90 });
  });

  it('warns when the first AOP was approved after its due day', () => {
    const root = copyBase();
    edit(root, FIRST, (d) => d.set('approved', '2025-08-20'));
    const problems = check(root);
    expect(findings(problems, 'aop-first')).toEqual([
      { id: 'rule.aop-first.approved', severity: 'warning', file: FIRST, path: ['approved'], law: AOP_ARTICLE },
    ]);
    expect(paramsOf(problems, 'rule.aop-first.approved')).toMatchObject({ approved: '2025-08-20', due: '2025-08-15' });
  });

  it('writes one day in the singular (settings.followUpDays.aop: 1), many in the plural', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.setIn(['settings', 'followUpDays', 'aop'], 1));
    // Signed 2025-06-16: due the next day; approved 2025-07-28, late.
    const late = paramsOf(check(root), 'rule.aop-first.approved') ?? {};
    expect(t('es', 'rule.aop-first.approved', late)).toBe(
      'El primer Programa Operativo Anual se aprobó el 2025-07-28, después del plazo de 1 día desde la firma (2025-06-16), que vencía el 2025-06-17.',
    );
    expect(t('en', 'rule.aop-first.approved', late)).toContain('after the 1 day from signature (2025-06-16)');
    rmSync(join(root, FIRST));
    const missing = paramsOf(check(root), 'rule.aop-first') ?? {};
    expect(t('es', 'rule.aop-first', missing)).toBe(
      'Falta el primer Programa Operativo Anual (2025): debía acordarse en un plazo de 1 día desde la firma (2025-06-16), a más tardar el 2025-06-17.',
    );
    expect(t('en', 'rule.aop-first', missing)).toContain('it was due within 1 day of signature (2025-06-16)');
    edit(root, 'linkage.yaml', (d) => d.setIn(['settings', 'followUpDays', 'aop'], 60));
    const sixty = paramsOf(check(root), 'rule.aop-first') ?? {};
    expect(t('es', 'rule.aop-first', sixty)).toContain('en un plazo de 60 días desde la firma');
    expect(t('en', 'rule.aop-first', sixty)).toContain('within 60 days of signature');
  });

  it('does not call an AOP that fails the schema missing', () => {
    const root = copyBase();
    edit(root, FIRST, (d) => d.deleteIn(['activities', 0, 'indicators', 0, 'unit']));
    const ws = loadWorkspace(root, { cache: false });
    const problems = runRules({ ws, today: '2026-03-15', verifyHashes: false });
    expect(problems.filter((p) => p.rule === 'aop-first' || p.rule === 'late')).toEqual([]);
  });
});

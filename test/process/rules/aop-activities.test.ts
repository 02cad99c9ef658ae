import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, paramsOf } from './helpers.js';

const AOP_2026 = 'cases/lyon-fr/aop/2026.yaml';

describe('aop-activities', () => {
  it('passes a program with activities', () => {
    expect(findings(check(copyBase()), 'aop-activities')).toEqual([]);
  });

  it('warns on a program saved without any activity', () => {
    const root = copyBase();
    edit(root, AOP_2026, (d) => d.set('activities', []));
    const problems = check(root);
    expect(findings(problems, 'aop-activities')).toEqual([
      { id: 'rule.aop-activities', severity: 'warning', file: AOP_2026, path: ['activities'] },
    ]);
    expect(paramsOf(problems, 'rule.aop-activities')).toEqual({ year: 2026, slug: 'lyon-fr' });
  });
});

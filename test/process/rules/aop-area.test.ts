import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

const AOP_2026 = 'cases/lyon-fr/aop/2026.yaml';
const AREA = ['activities', 0, 'area'];

describe('aop-area', () => {
  it('passes when every activity names one of the case’s areas', () => {
    const root = copyBase();
    expect(findings(check(root), 'aop-area')).toEqual([]);
    edit(root, AOP_2026, (d) => d.setIn(AREA, 'cultura'));
    expect(findings(check(root), 'aop-area')).toEqual([]);
  });

  it('errs on an area the agreement does not have, suggesting the nearest', () => {
    const root = copyBase();
    edit(root, AOP_2026, (d) => d.setIn(AREA, 'agau'));
    const problems = check(root);
    expect(findings(problems, 'aop-area')).toEqual([
      { id: 'rule.aop-area.suggestion', severity: 'error', file: AOP_2026, path: AREA },
    ]);
    expect(paramsOf(problems, 'rule.aop-area.suggestion')).toEqual({
      area: 'agau',
      suggestion: 'agua',
      valid: 'agua, cultura',
      slug: 'lyon-fr',
    });
  });

  it('lists the areas when nothing is near', () => {
    const root = copyBase();
    edit(root, AOP_2026, (d) => d.setIn(AREA, 'seguridad-publica'));
    expect(findings(check(root), 'aop-area')).toEqual([
      { id: 'rule.aop-area', severity: 'error', file: AOP_2026, path: AREA },
    ]);
  });

  it('says so when the case has no areas at all', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.delete('areas'));
    expect(findings(check(root), 'aop-area').map((f) => [f.id, f.file])).toEqual([
      ['rule.aop-area.no-areas', 'cases/lyon-fr/aop/2025.yaml'],
      ['rule.aop-area.no-areas', AOP_2026],
    ]);
  });
});

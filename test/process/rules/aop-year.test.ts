import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, paramsOf } from './helpers.js';

describe('aop-year', () => {
  it('passes when each AOP file holds its own year', () => {
    expect(findings(check(copyBase()), 'aop-year')).toEqual([]);
  });

  it('errs when the year inside differs from the file name', () => {
    const root = copyBase();
    edit(root, 'cases/lyon-fr/aop/2026.yaml', (d) => d.set('year', 2027));
    const problems = check(root);
    expect(findings(problems, 'aop-year')).toEqual([
      { id: 'rule.aop-year', severity: 'error', file: 'cases/lyon-fr/aop/2026.yaml', path: ['year'] },
    ]);
    expect(paramsOf(problems, 'rule.aop-year')).toEqual({ year: 2027, fileYear: 2026 });
  });

  it('errs on a copied file that was renamed but not edited', () => {
    const root = copyBase();
    renameSync(join(root, 'cases/lyon-fr/aop/2026.yaml'), join(root, 'cases/lyon-fr/aop/2027.yaml'));
    expect(findings(check(root), 'aop-year').map((f) => f.file)).toEqual(['cases/lyon-fr/aop/2027.yaml']);
  });
});

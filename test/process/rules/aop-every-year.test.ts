import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AOP_ARTICLE } from '../../../src/process/rules/aop-first.js';
import { check, copyBase, edit, findings, LYON, paramsOf, write } from './helpers.js';

const AOP_2026 = 'cases/lyon-fr/aop/2026.yaml';

describe('aop-every-year', () => {
  it('passes when every year in force has its AOP', () => {
    expect(findings(check(copyBase()), 'aop-every-year')).toEqual([]);
  });

  it('warns on a year without its AOP once it is due (60 days into the year)', () => {
    const root = copyBase();
    rmSync(join(root, AOP_2026));
    expect(findings(check(root, '2026-03-02'), 'aop-every-year')).toEqual([]);
    const problems = check(root, '2026-03-03');
    expect(findings(problems, 'aop-every-year')).toEqual([
      { id: 'rule.aop-every-year', severity: 'warning', file: AOP_2026, path: undefined, law: AOP_ARTICLE },
    ]);
    expect(paramsOf(problems, 'rule.aop-every-year')).toEqual({ year: 2026, due: '2026-03-02', slug: 'lyon-fr' });
    expect(findings(problems, 'late')).toEqual([]);
  });

  it('warns on a later year’s AOP approved after its due day, as aop-first does for the first', () => {
    const root = copyBase();
    edit(root, AOP_2026, (d) => d.set('approved', '2026-03-02'));
    expect(findings(check(root), 'aop-every-year')).toEqual([]);
    edit(root, AOP_2026, (d) => d.set('approved', '2026-03-03'));
    const problems = check(root);
    expect(findings(problems, 'aop-every-year')).toEqual([
      { id: 'rule.aop-every-year.approved', severity: 'warning', file: AOP_2026, path: ['approved'], law: AOP_ARTICLE },
    ]);
    expect(paramsOf(problems, 'rule.aop-every-year.approved')).toEqual({
      year: 2026,
      approved: '2026-03-03',
      due: '2026-03-02',
    });
  });

  it('waits for the previous program when its period runs into the year', () => {
    // The first program, signed in June, runs twelve months: the next is due 60 days after it ends.
    const root = copyBase();
    rmSync(join(root, AOP_2026));
    edit(root, 'cases/lyon-fr/aop/2025.yaml', (d) =>
      d.set('period', d.createNode({ start: '2025-07-01', end: '2026-06-30' })),
    );
    expect(findings(check(root, '2026-08-30'), 'aop-every-year')).toEqual([]);
    const problems = check(root, '2026-08-31');
    expect(paramsOf(problems, 'rule.aop-every-year')).toEqual({ year: 2026, due: '2026-08-30', slug: 'lyon-fr' });
  });

  it('owes no AOP for a year whose due day came after the agreement ended', () => {
    const root = copyBase();
    rmSync(join(root, AOP_2026));
    // Withdrawn on 2026-01-15: the 2026 AOP would have been due on 2026-03-02.
    edit(root, LYON, (d) => d.set('end', { state: 'withdrawn', date: '2026-01-15' }));
    expect(findings(check(root), 'aop-every-year')).toEqual([]);
    // Ended on 2026-03-10, after the due day: the AOP was owed.
    edit(root, LYON, (d) => d.setIn(['end', 'date'], '2026-03-10'));
    expect(findings(check(root), 'aop-every-year')).toEqual([
      { id: 'rule.aop-every-year', severity: 'warning', file: AOP_2026, path: undefined, law: AOP_ARTICLE },
    ]);
  });

  it('errs on an AOP for a year before signature', () => {
    const root = copyBase();
    write(
      root,
      'cases/lyon-fr/aop/2024.yaml',
      'schemaVersion: 1\nyear: 2024\nobjectives: [Preparar]\nfollowUp: Reuniones.\nactivities: []\n',
    );
    const problems = check(root);
    expect(findings(problems, 'aop-every-year')).toEqual([
      {
        id: 'rule.aop-every-year.before-signature',
        severity: 'error',
        file: 'cases/lyon-fr/aop/2024.yaml',
        path: ['year'],
        law: AOP_ARTICLE,
      },
    ]);
    expect(paramsOf(problems, 'rule.aop-every-year.before-signature')).toEqual({ year: 2024, signed: '2025-06-16' });
  });

  it('errs on an AOP for a year after the agreement ended', () => {
    const root = copyBase();
    edit(root, LYON, (d) =>
      d.set('end', {
        state: 'terminated',
        date: '2025-12-31',
        notice: { by: 'counterpart', date: '2025-10-01' },
      }),
    );
    expect(findings(check(root), 'aop-every-year')).toEqual([
      { id: 'rule.aop-every-year.after-end', severity: 'error', file: AOP_2026, path: ['year'], law: AOP_ARTICLE },
    ]);
  });

  it('errs on an AOP for a year after a fixed term expired, as after a recorded end', () => {
    const root = copyBase();
    // Signed 2025-06-16 for one year: it expired on 2026-06-16, so 2026 is its last year.
    edit(root, 'cases/lyon-fr/agreement.yaml', (d) => d.set('term', { type: 'fixed', years: 1, noticeDays: 90 }));
    write(
      root,
      'cases/lyon-fr/aop/2027.yaml',
      'schemaVersion: 1\nyear: 2027\nobjectives: [Seguir]\nfollowUp: Reuniones.\nactivities: []\n',
    );
    const problems = check(root);
    expect(findings(problems, 'aop-every-year')).toEqual([
      {
        id: 'rule.aop-every-year.after-expiry',
        severity: 'error',
        file: 'cases/lyon-fr/aop/2027.yaml',
        path: ['year'],
        law: AOP_ARTICLE,
      },
    ]);
    expect(paramsOf(problems, 'rule.aop-every-year.after-expiry')).toEqual({
      year: 2027,
      expired: '2026-06-16',
      signed: '2025-06-16',
      years: 1,
    });
  });
});

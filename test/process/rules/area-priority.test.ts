import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

const PRIORITY = ['areas', 0, 'priority'];

describe('area-priority', () => {
  it('passes when every area names a PMD priority, of any administration', () => {
    const root = copyBase();
    expect(findings(check(root), 'area-priority')).toEqual([]);
    edit(root, 'linkage.yaml', (d) =>
      d.addIn(['administrations'], {
        id: '2021-2024',
        period: { start: '2021-10-01', end: '2024-09-30' },
        officials: [{ role: 'president', name: 'Jorge Ramírez Olvera', gender: 'm' }],
        pmd: { priorities: [{ id: 'PMD-2021-5.3', title: 'Atención a migrantes' }] },
      }),
    );
    edit(root, LYON, (d) => d.setIn(PRIORITY, 'PMD-2021-5.3'));
    expect(findings(check(root), 'area-priority')).toEqual([]);
  });

  it('errs on a priority no PMD has, suggesting the nearest one', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(PRIORITY, 'pmd-2024-4.1'));
    const problems = check(root);
    expect(findings(problems, 'area-priority')).toEqual([
      { id: 'rule.area-priority.suggestion', severity: 'error', file: LYON, path: PRIORITY },
    ]);
    expect(paramsOf(problems, 'rule.area-priority.suggestion')).toEqual({
      priority: 'pmd-2024-4.1',
      suggestion: 'PMD-2024-4.1',
      valid: 'PMD-2024-2.1, PMD-2024-3.2, PMD-2024-4.1',
    });
  });

  it('lists the valid ids when nothing is near', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(PRIORITY, 'agua'));
    expect(findings(check(root), 'area-priority')).toEqual([
      { id: 'rule.area-priority', severity: 'error', file: LYON, path: PRIORITY },
    ]);
  });

  it('says so when linkage.yaml has no PMD priorities at all', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.deleteIn(['administrations', 0, 'pmd']));
    const found = findings(check(root), 'area-priority');
    expect(found).toContainEqual({ id: 'rule.area-priority.no-pmd', severity: 'error', file: LYON, path: PRIORITY });
  });

  it('errs on two areas with the same id', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['areas', 1, 'id'], 'agua'));
    expect(findings(check(root), 'area-priority')).toEqual([
      { id: 'rule.area-priority.duplicate', severity: 'error', file: LYON, path: ['areas', 1, 'id'] },
    ]);
  });
});

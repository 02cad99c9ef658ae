import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

const PRIORITY = ['areas', 0, 'priority'];
const RULE = 'area-plan-in-force';

/** The administration before the base's 2024–2027 one, with its own plan. */
const previous = {
  id: '2021-2024',
  period: { start: '2021-10-01', end: '2024-09-30' },
  officials: [{ role: 'president', name: 'Jorge Ramírez Olvera', gender: 'm' }],
  pmd: {
    priorities: [
      { id: 'PMD-2021-4.1', title: 'Gestión integral del agua' },
      { id: 'PMD-2021-9.9', title: 'Ferias patronales' },
    ],
  },
};

/** The incoming administration, recorded before it takes office. */
const incoming = {
  id: '2027-2030',
  period: { start: '2027-10-01', end: '2030-09-30' },
  officials: [{ role: 'president', name: 'Ximena Rangel Soto', gender: 'f' }],
  pmd: { priorities: [{ id: 'PMD-2027-1.1', title: 'Agua para todos' }] },
};

describe('area-plan-in-force', () => {
  it('passes when every area is tied to the plan in force, or to an incoming one', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => {
      d.addIn(['administrations'], previous);
      d.addIn(['administrations'], incoming);
    });
    expect(findings(check(root), RULE)).toEqual([]);
    edit(root, LYON, (d) => d.setIn(PRIORITY, 'PMD-2027-1.1'));
    expect(findings(check(root), RULE)).toEqual([]);
  });

  it('warns on an area tied to an ended plan, naming the closest priority of the plan in force', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.addIn(['administrations'], previous));
    edit(root, LYON, (d) => d.setIn(PRIORITY, 'PMD-2021-4.1'));
    const problems = check(root);
    expect(findings(problems, RULE)).toEqual([
      { id: 'rule.area-plan-in-force.suggestion', severity: 'warning', file: LYON, path: PRIORITY },
    ]);
    expect(paramsOf(problems, 'rule.area-plan-in-force.suggestion')).toEqual({
      area: 'agua',
      priority: 'PMD-2021-4.1',
      administration: '2021-2024',
      end: '2024-09-30',
      current: '2024-2027',
      suggestion: 'PMD-2024-4.1',
      title: 'Agua y medio ambiente',
      priorities:
        'PMD-2024-2.1 Empleo, inversión y economía local; PMD-2024-3.2 Educación, cultura y juventud; PMD-2024-4.1 Agua y medio ambiente',
      // The English message's: a plan that records its titles only in Spanish is named in Spanish.
      titleEn: 'Agua y medio ambiente',
      prioritiesEn:
        'PMD-2024-2.1 Empleo, inversión y economía local; PMD-2024-3.2 Educación, cultura y juventud; PMD-2024-4.1 Agua y medio ambiente',
    });
  });

  it('lists the plan in force when no priority is near', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.addIn(['administrations'], previous));
    edit(root, LYON, (d) => d.setIn(PRIORITY, 'PMD-2021-9.9'));
    expect(findings(check(root), RULE)).toEqual([
      { id: 'rule.area-plan-in-force', severity: 'warning', file: LYON, path: PRIORITY },
    ]);
  });

  it('asks for the current plan when the administration in office has none', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => {
      d.addIn(['administrations'], previous);
      d.deleteIn(['administrations', 0, 'pmd']);
    });
    edit(root, LYON, (d) => {
      d.setIn(PRIORITY, 'PMD-2021-4.1');
      d.setIn(['areas', 1, 'priority'], 'PMD-2021-4.1');
    });
    const found = findings(check(root), RULE);
    expect(found).toEqual([
      { id: 'rule.area-plan-in-force.no-plan', severity: 'warning', file: LYON, path: PRIORITY },
      { id: 'rule.area-plan-in-force.no-plan', severity: 'warning', file: LYON, path: ['areas', 1, 'priority'] },
    ]);
  });

  it('asks for the incoming administration when none recorded is in office', () => {
    const root = copyBase();
    const found = findings(check(root, '2027-10-01'), RULE);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.id).toBe('rule.area-plan-in-force.no-administration');
  });

  it('warns once the plan ends: the same areas are fine the day before', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.addIn(['administrations'], previous));
    edit(root, LYON, (d) => d.setIn(PRIORITY, 'PMD-2021-4.1'));
    expect(findings(check(root, '2024-09-30'), RULE)).toEqual([]);
    expect(findings(check(root, '2024-10-01'), RULE)).toHaveLength(1);
  });

  it('leaves closed cases alone', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.addIn(['administrations'], previous));
    edit(root, LYON, (d) => {
      d.setIn(PRIORITY, 'PMD-2021-4.1');
      d.setIn(['end'], { state: 'terminated', date: '2026-03-01' });
    });
    expect(findings(check(root), RULE)).toEqual([]);
  });
});

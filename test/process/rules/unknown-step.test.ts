import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

const COMISION = {
  id: 'comision',
  title: 'Dictamen de la Comisión',
  after: 'draft',
  actor: 'cabildo',
  facts: [
    { key: 'date', type: 'date' },
    { key: 'folio', type: 'oficio' },
  ],
};

describe('unknown-step', () => {
  it('passes for built-in steps and declared local steps', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.set('localSteps', [COMISION]));
    edit(root, LYON, (d) => d.setIn(['steps', 'comision'], { date: '2025-02-20', folio: 'CAI/001/2025' }));
    expect(findings(check(root), 'unknown-step')).toEqual([]);
  });

  it('warns on a step id nobody declares, with "did you mean"', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.set('localSteps', [COMISION]));
    edit(root, LYON, (d) => d.setIn(['steps', 'comission'], { date: '2025-02-20' }));
    const problems = check(root);
    expect(findings(problems, 'unknown-step')).toEqual([
      { id: 'rule.unknown-step.suggestion', severity: 'warning', file: LYON, path: ['steps', 'comission'] },
    ]);
    expect(paramsOf(problems, 'rule.unknown-step.suggestion')).toMatchObject({
      id: 'comission',
      suggestion: 'comision',
    });
  });

  it('warns on undeclared local steps, unknown skipped ids and undeclared facts', () => {
    const root = copyBase();
    edit(root, LYON, (d) => {
      d.setIn(['steps', 'comision'], { date: '2025-02-20' });
      d.setIn(['skipped', 'regidores'], { reason: 'No aplica.' });
    });
    expect(findings(check(root), 'unknown-step')).toEqual([
      { id: 'rule.unknown-step', severity: 'warning', file: LYON, path: ['steps', 'comision'] },
      { id: 'rule.unknown-step', severity: 'warning', file: LYON, path: ['skipped', 'regidores'] },
    ]);
    edit(root, 'linkage.yaml', (d) => d.set('localSteps', [COMISION]));
    edit(root, LYON, (d) => {
      d.deleteIn(['skipped']);
      d.setIn(['steps', 'comision', 'fecha'], '2025-02-20');
    });
    expect(findings(check(root), 'unknown-step')).toEqual([
      { id: 'rule.unknown-step.fact', severity: 'warning', file: LYON, path: ['steps', 'comision', 'fecha'] },
    ]);
  });

  it('warns on a local step placed after a step that does not exist, or reusing a built-in id', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) =>
      d.set('localSteps', [
        { ...COMISION, after: 'drafts' },
        { ...COMISION, id: 'council', after: 'draft' },
      ]),
    );
    expect(findings(check(root), 'unknown-step')).toEqual([
      {
        id: 'rule.unknown-step.after.suggestion',
        severity: 'warning',
        file: 'linkage.yaml',
        path: ['localSteps', 0, 'after'],
      },
      { id: 'rule.unknown-step.builtin', severity: 'warning', file: 'linkage.yaml', path: ['localSteps', 1, 'id'] },
    ]);
  });
});

import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, LYON, OSAKA, paramsOf, write } from './helpers.js';

describe('required-facts', () => {
  it('passes on the base workspace', () => {
    expect(findings(check(copyBase()), 'required-facts')).toEqual([]);
  });

  it('warns on a step in progress, listing what is missing', () => {
    const root = copyBase();
    edit(root, OSAKA, (d) => d.setIn(['steps', 'response'], { date: '2026-03-01' }));
    const problems = check(root);
    expect(findings(problems, 'required-facts')).toEqual([
      {
        id: 'rule.required-facts.case-in-progress',
        severity: 'warning',
        file: OSAKA,
        path: ['steps', 'response', 'outcome'],
      },
    ]);
    expect(paramsOf(problems, 'rule.required-facts.case-in-progress')).toMatchObject({
      step: 'response',
      stepTitle: 'Respuesta de la contraparte',
      missing: 'resultado (steps.response.outcome)',
      // For the hint's `linkage next <case>`: the workspace's own steps have none.
      slug: 'osaka-jp',
    });
  });

  it('warns on a program not yet approved, at its file', () => {
    const root = copyBase();
    const AOP = 'cases/lyon-fr/aop/2026.yaml';
    edit(root, AOP, (d) => d.delete('approved'));
    const problems = check(root);
    expect(findings(problems, 'required-facts')).toEqual([
      { id: 'rule.required-facts.case-in-progress', severity: 'warning', file: AOP, path: ['approved'] },
    ]);
    expect(paramsOf(problems, 'rule.required-facts.case-in-progress')).toMatchObject({
      step: 'aop',
      missing: 'el día en que las Partes aprobaron cada POA (approved)',
    });
  });

  it('errs on a step that later steps show done but lacks facts', () => {
    const root = copyBase();
    edit(root, LYON, (d) => {
      d.deleteIn(['steps', 'council', 'session']);
      d.deleteIn(['steps', 'sre-opinion', 'rounds', 0, 'oficio']);
    });
    const problems = check(root);
    expect(findings(problems, 'required-facts')).toEqual([
      { id: 'rule.required-facts', severity: 'error', file: LYON, path: ['steps', 'council', 'session'] },
      {
        id: 'rule.required-facts',
        severity: 'error',
        file: LYON,
        path: ['steps', 'sre-opinion', 'rounds', 0, 'oficio'],
      },
    ]);
  });

  it('points at agreement.yaml for the draft’s text versions', () => {
    const root = copyBase();
    edit(root, 'cases/lyon-fr/agreement.yaml', (d) => d.delete('versions'));
    expect(findings(check(root), 'required-facts')).toEqual([
      { id: 'rule.required-facts', severity: 'error', file: 'cases/lyon-fr/agreement.yaml', path: ['versions'] },
    ]);
  });

  it('leaves a registration waiting for its acuse to the late rule (Phase 4 does not imply it)', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.deleteIn(['steps', 'registration', 'acuse']));
    const problems = check(root);
    expect(findings(problems, 'required-facts')).toEqual([]);
    expect(problems.map((p) => p.id)).toContain('rule.late.registration-acuse');
  });

  it('warns on Phase 1 in progress in linkage.yaml', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.deleteIn(['liaison', 'oficio']));
    const problems = check(root);
    expect(findings(problems, 'required-facts')).toEqual([
      { id: 'rule.required-facts.in-progress', severity: 'warning', file: 'linkage.yaml', path: ['liaison', 'oficio'] },
    ]);
  });

  it('points into profile.yaml when the profile lives there', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.delete('profile'));
    write(
      root,
      'profile.yaml',
      'schemaVersion: 1\nlocation: En el Bajío.\npopulation: { total: 148372, year: 2020 }\nstrengths: [Agua]\n',
    );
    expect(findings(check(root), 'required-facts')).toEqual([
      { id: 'rule.required-facts.in-progress', severity: 'warning', file: 'profile.yaml', path: ['economy'] },
    ]);
    // And back in linkage.yaml, the same fact is under `profile:`.
    renameSync(join(root, 'profile.yaml'), join(root, 'profile.yaml.bak'));
    edit(root, 'linkage.yaml', (d) =>
      d.set('profile', { location: 'En el Bajío.', population: { total: 1, year: 2020 }, strengths: ['Agua'] }),
    );
    expect(findings(check(root), 'required-facts')).toEqual([
      {
        id: 'rule.required-facts.in-progress',
        severity: 'warning',
        file: 'linkage.yaml',
        path: ['profile', 'economy'],
      },
    ]);
  });
});

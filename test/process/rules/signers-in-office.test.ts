import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

const SIGNERS = ['steps', 'signature', 'municipality', 'signers'];

/** Lyon signed by the municipality on 2025-06-02 by these people. */
function signedBy(...names: string[]) {
  const root = copyBase();
  edit(root, LYON, (d) => d.setIn(SIGNERS, d.createNode(names.map((name) => ({ name })))));
  return check(root);
}

describe('signers-in-office', () => {
  it('passes the president, síndico and secretary in office on the day, whatever the case of the names', () => {
    expect(
      findings(
        signedBy('Claudia Núñez Villaseñor', 'RODRIGO ESQUIVEL MUÑOZ', 'Ana Lucía Ortega Peña'),
        'signers-in-office',
      ),
    ).toEqual([]);
  });

  it('knows a name written without its accents, as a signature list in capitals often has it', () => {
    expect(findings(signedBy('CLAUDIA NUNEZ VILLASENOR', 'Rodrigo Esquivel Munoz'), 'signers-in-office')).toEqual([]);
    // The secretary out of office that day is still found, accents or not.
    expect(findings(signedBy('Claudia Nunez Villasenor', 'JOAQUIN IBARRA CRUZ'), 'signers-in-office')).toEqual([
      { id: 'rule.signers-in-office', severity: 'error', file: LYON, path: [...SIGNERS, 1, 'name'] },
    ]);
  });

  it('errs on an official who was not in office on the day the municipality signed', () => {
    // The secretary who took office on 2025-07-01 cannot have signed on 2025-06-02.
    const problems = signedBy('Claudia Núñez Villaseñor', 'Joaquín Ibarra Cruz');
    expect(findings(problems, 'signers-in-office')).toEqual([
      { id: 'rule.signers-in-office', severity: 'error', file: LYON, path: [...SIGNERS, 1, 'name'] },
    ]);
    expect(paramsOf(problems, 'rule.signers-in-office')).toEqual({
      name: 'Joaquín Ibarra Cruz',
      date: '2025-06-02',
      from: '2025-07-01',
      to: '2027-09-30',
    });
  });

  it('warns when the president in office on the day is not among the signers; names it does not know pass', () => {
    const problems = signedBy('Rodrigo Esquivel Muñoz', 'María Regidora Pérez');
    expect(findings(problems, 'signers-in-office')).toEqual([
      { id: 'rule.signers-in-office.president', severity: 'warning', file: LYON, path: SIGNERS },
    ]);
    expect(paramsOf(problems, 'rule.signers-in-office.president')).toEqual({
      date: '2025-06-02',
      president: 'Claudia Núñez Villaseñor',
    });
  });

  it('errs on a counterpart signer who was not its mayor yet, or no longer, on the day it signed', () => {
    const root = copyBase();
    const counterpartSigners = ['steps', 'signature', 'counterpart', 'signers'];
    // Lyon signed on 2025-06-16; Claire Martin took office on 2026-03-20, after Grégory Doucet.
    edit(root, LYON, (d) => {
      d.setIn(['counterpart', 'mayor', 'from'], '2026-03-20');
      d.setIn(
        ['counterpart', 'formerMayors'],
        d.createNode([{ name: 'Grégory Doucet', from: '2020-07-04', to: '2026-03-19' }]),
      );
      d.setIn(counterpartSigners, d.createNode([{ name: 'Claire Martin' }]));
    });
    const problems = check(root);
    expect(findings(problems, 'signers-in-office')).toEqual([
      {
        id: 'rule.signers-in-office.counterpart',
        severity: 'error',
        file: LYON,
        path: [...counterpartSigners, 0, 'name'],
      },
    ]);
    expect(paramsOf(problems, 'rule.signers-in-office.counterpart')).toEqual({
      name: 'Claire Martin',
      date: '2025-06-16',
      from: '2026-03-20',
      to: '…',
    });
    edit(root, LYON, (d) => d.setIn(counterpartSigners, d.createNode([{ name: 'Grégory Doucet' }])));
    expect(findings(check(root), 'signers-in-office')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, LYON, OSAKA, paramsOf } from './helpers.js';

const LSCT_7 = 'law.lsct-7';
const OTHER = 'a'.repeat(64);

describe('process-order', () => {
  it('passes on the base workspace', () => {
    expect(findings(check(copyBase()), 'process-order')).toEqual([]);
  });

  it('refuses a letter before the liaison and the profile are done', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => {
      d.deleteIn(['liaison', 'oficio']);
      d.deleteIn(['profile', 'economy']);
    });
    const problems = check(root);
    expect(findings(problems, 'process-order')).toEqual([
      { id: 'rule.process-order.phase-1', severity: 'error', file: LYON, path: ['steps', 'letter', 'date'] },
      { id: 'rule.process-order.phase-1', severity: 'error', file: OSAKA, path: ['steps', 'letter', 'date'] },
    ]);
    expect(paramsOf(problems, 'rule.process-order.phase-1')).toMatchObject({
      step: 'letter',
      missing: 'liaison, profile',
    });
  });

  it('does not hold a letter to the plan of an administration that took office after it', () => {
    const root = copyBase();
    // The incoming administration, recorded before its Municipal Development Plan exists.
    edit(root, 'linkage.yaml', (d) =>
      d.addIn(['administrations'], {
        id: '2027-2030',
        period: { start: '2027-10-01', end: '2030-09-30' },
        officials: [{ role: 'president', name: 'Mariana Robles Tapia', gender: 'f' }],
      }),
    );
    expect(findings(check(root), 'process-order')).toEqual([]);
    expect(findings(check(root, '2027-11-15'), 'process-order')).toEqual([]);
    // A letter sent under it, before its plan's priorities are recorded, is out of order.
    edit(root, OSAKA, (d) => {
      d.setIn(['steps', 'counterpart', 'date'], '2027-10-20');
      d.setIn(['steps', 'letter', 'date'], '2027-11-02');
      d.deleteIn(['steps', 'letter', 'followUpOn']);
    });
    expect(findings(check(root, '2027-11-15'), 'process-order')).toEqual([
      { id: 'rule.process-order.phase-1', severity: 'error', file: OSAKA, path: ['steps', 'letter', 'date'] },
    ]);
  });

  it('does not hold a letter to a liaison appointed after it', () => {
    const root = copyBase();
    // A new liaison, appointed 2026-03-01, whose appointment oficio is still to come.
    edit(root, 'linkage.yaml', (d) => {
      d.setIn(['liaison', 'person', 'name'], 'Sofía Herrera Luna');
      d.setIn(['liaison', 'appointed'], '2026-03-01');
      d.deleteIn(['liaison', 'oficio']);
    });
    expect(findings(check(root), 'process-order')).toEqual([]);
    // A letter sent after that appointment needs the liaison complete.
    edit(root, OSAKA, (d) => d.setIn(['steps', 'letter', 'date'], '2026-03-05'));
    expect(findings(check(root), 'process-order')).toEqual([
      { id: 'rule.process-order.phase-1', severity: 'error', file: OSAKA, path: ['steps', 'letter', 'date'] },
    ]);
  });

  it('reports a step with no facts while a later one has some', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.deleteIn(['steps', 'response']));
    const problems = check(root);
    expect(findings(problems, 'process-order')).toEqual([
      { id: 'rule.process-order', severity: 'error', file: LYON, path: ['steps', 'draft', 'date'] },
    ]);
    expect(paramsOf(problems, 'rule.process-order')).toMatchObject({ step: 'response', later: 'draft' });
  });

  it('refuses steps after a counterpart that declined or did not answer', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['steps', 'response', 'outcome'], 'declined'));
    const problems = check(root);
    expect(findings(problems, 'process-order')).toEqual([
      {
        id: 'rule.process-order.after-declined',
        severity: 'error',
        file: LYON,
        path: ['steps', 'response', 'outcome'],
      },
    ]);
    expect(paramsOf(problems, 'rule.process-order.after-declined')).toEqual({
      later: 'draft',
      laterTitle: 'Proyecto de acuerdo',
      laterTitleEn: 'Draft agreement',
    });
    edit(root, LYON, (d) => d.setIn(['steps', 'response', 'outcome'], 'no-answer'));
    expect(findings(check(root), 'process-order')).toEqual([
      {
        id: 'rule.process-order.after-no-answer',
        severity: 'error',
        file: LYON,
        path: ['steps', 'response', 'outcome'],
      },
    ]);
    // A case that ends at the answer is in order.
    edit(root, OSAKA, (d) => d.setIn(['steps', 'response'], { date: '2026-03-01', outcome: 'declined' }));
    expect(findings(check(root), 'process-order').filter((f) => f.file === OSAKA)).toEqual([]);
  });

  it('counts a skipped step as done', () => {
    const root = copyBase();
    edit(root, LYON, (d) => {
      d.deleteIn(['steps', 'response']);
      d.setIn(['skipped', 'response'], { reason: 'La aceptación constó en la reunión de alcaldes.' });
    });
    expect(findings(check(root), 'process-order')).toEqual([]);
  });

  it('follows the workspace order: council first by default, SRE first when chosen', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.deleteIn(['steps', 'council']));
    expect(findings(check(root), 'process-order')).toEqual([
      {
        id: 'rule.process-order',
        severity: 'error',
        file: LYON,
        path: ['steps', 'sre-opinion', 'rounds', 0, 'submitted'],
      },
    ]);
    edit(root, 'linkage.yaml', (d) => d.setIn(['settings', 'order'], 'sre-first'));
    const problems = check(root);
    expect(findings(problems, 'process-order')).toEqual([
      { id: 'rule.process-order', severity: 'error', file: LYON, path: ['steps', 'signature', 'hash'] },
    ]);
    expect(paramsOf(problems, 'rule.process-order')).toMatchObject({ step: 'council', later: 'signature' });
  });

  it('places local steps in the order', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) =>
      d.set('localSteps', [
        {
          id: 'comision',
          title: 'Dictamen de la Comisión',
          after: 'draft',
          actor: 'cabildo',
          facts: [{ key: 'date', type: 'date' }],
        },
      ]),
    );
    const problems = check(root);
    expect(findings(problems, 'process-order')).toEqual([
      { id: 'rule.process-order', severity: 'error', file: LYON, path: ['steps', 'council', 'date'] },
    ]);
    expect(paramsOf(problems, 'rule.process-order')).toMatchObject({
      step: 'comision',
      later: 'council',
    });
    edit(root, LYON, (d) => d.setIn(['steps', 'comision'], { date: '2025-02-20' }));
    expect(findings(check(root), 'process-order')).toEqual([]);
  });

  it('refuses a signature without a favourable dictamen (LSCT art. 7)', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['steps', 'sre-opinion', 'rounds', 0, 'dictamen', 'outcome'], 'observations'));
    expect(findings(check(root), 'process-order')).toEqual([
      {
        id: 'rule.process-order.no-dictamen',
        severity: 'error',
        file: LYON,
        path: ['steps', 'signature', 'hash'],
        law: LSCT_7,
      },
    ]);
  });

  it('refuses a signature with no SRE round at all, once and citing art. 7', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.deleteIn(['steps', 'sre-opinion']));
    expect(findings(check(root), 'process-order')).toEqual([
      {
        id: 'rule.process-order.no-dictamen',
        severity: 'error',
        file: LYON,
        path: ['steps', 'signature', 'hash'],
        law: LSCT_7,
      },
    ]);
  });

  it('accepts a dictamen that says no opinion is required', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['steps', 'sre-opinion', 'rounds', 0, 'dictamen', 'outcome'], 'not-required'));
    expect(findings(check(root), 'process-order')).toEqual([]);
  });

  it('refuses a signed text other than the one the dictamen cleared', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['steps', 'signature', 'hash'], OTHER));
    const problems = check(root);
    expect(findings(problems, 'process-order')).toEqual([
      {
        id: 'rule.process-order.other-text',
        severity: 'error',
        file: LYON,
        path: ['steps', 'signature', 'hash'],
        law: LSCT_7,
      },
    ]);
    expect(paramsOf(problems, 'rule.process-order.other-text')).toMatchObject({
      signed: 'aaaaaaaaaaaa',
      cleared: '8ce74b63ea37',
    });
  });

  it('refuses registration before both Parties signed (LSCT art. 7)', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.deleteIn(['steps', 'signature', 'counterpart']));
    expect(findings(check(root), 'process-order')).toEqual([
      {
        id: 'rule.process-order.registration-before-signature',
        severity: 'error',
        file: LYON,
        path: ['steps', 'registration', 'date'],
        law: LSCT_7,
      },
    ]);
  });

  it('refuses a signed amendment without its own dictamen', () => {
    const root = copyBase();
    edit(root, LYON, (d) =>
      d.set('amendments', [
        { id: 'anexo-1', summary: 'Se agrega el área de turismo.', hash: OTHER, signed: '2026-02-10' },
      ]),
    );
    expect(findings(check(root), 'process-order')).toEqual([
      {
        id: 'rule.process-order.no-dictamen-amendment',
        severity: 'error',
        file: LYON,
        path: ['amendments', 0, 'signed'],
        law: LSCT_7,
      },
    ]);
  });

  it("refuses an amendment's registration before the amendment is signed (LSCT art. 7)", () => {
    const root = copyBase();
    edit(root, LYON, (d) =>
      d.set('amendments', [
        {
          id: 'anexo-1',
          summary: 'Se agrega el área de turismo.',
          hash: OTHER,
          registration: { date: '2026-02-20', oficio: 'DAI/010/2026' },
        },
      ]),
    );
    const problems = check(root);
    expect(findings(problems, 'process-order')).toEqual([
      {
        id: 'rule.process-order.registration-before-signature-amendment',
        severity: 'error',
        file: LYON,
        path: ['amendments', 0, 'registration', 'date'],
        law: LSCT_7,
      },
    ]);
    expect(paramsOf(problems, 'rule.process-order.registration-before-signature-amendment')).toMatchObject({
      amendment: 'anexo-1',
    });
    // Only its oficio recorded: the finding is there.
    edit(root, LYON, (d) => d.deleteIn(['amendments', 0, 'registration', 'date']));
    expect(findings(check(root), 'process-order')).toEqual([
      {
        id: 'rule.process-order.registration-before-signature-amendment',
        severity: 'error',
        file: LYON,
        path: ['amendments', 0, 'registration', 'oficio'],
        law: LSCT_7,
      },
    ]);
  });
});

describe('process-order on amendments', () => {
  const amendment = (dictamenHash: string) => ({
    id: 'anexo-1',
    summary: 'Se agrega el área de turismo.',
    hash: OTHER,
    date: '2026-01-05',
    rounds: [
      {
        submitted: '2026-01-10',
        oficio: 'DAI/002/2026',
        hash: OTHER,
        dictamen: { date: '2026-02-01', outcome: 'favourable', hash: dictamenHash },
      },
    ],
    signed: '2026-02-10',
  });

  it('passes a signed amendment cleared on its own text', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.set('amendments', [amendment(OTHER)]));
    expect(findings(check(root), 'process-order')).toEqual([]);
  });

  it('refuses a signed amendment cleared on another text', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.set('amendments', [amendment('d'.repeat(64))]));
    expect(findings(check(root), 'process-order')).toEqual([
      {
        id: 'rule.process-order.other-text-amendment',
        severity: 'error',
        file: LYON,
        path: ['amendments', 0, 'signed'],
        law: LSCT_7,
      },
    ]);
  });
});

describe('signed-text-differs', () => {
  it('passes when the council approved the signed text', () => {
    expect(findings(check(copyBase()), 'signed-text-differs')).toEqual([]);
  });

  it('warns when the signed text is not the one the council approved', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['steps', 'council', 'hash'], OTHER));
    const problems = check(root);
    expect(findings(problems, 'signed-text-differs')).toEqual([
      { id: 'rule.signed-text-differs', severity: 'warning', file: LYON, path: ['steps', 'signature', 'hash'] },
    ]);
    // The council's hash is no recorded version either: that is agreement-versions' error, not this one.
    expect(findings(problems, 'agreement-versions').map((f) => f.path)).toEqual([['steps', 'council', 'hash']]);
  });
});

import { describe, expect, it } from 'vitest';
import { incomingAdministration } from '../../helpers.js';
import { check, copyBase, edit, findings, LYON, OSAKA, paramsOf } from './helpers.js';

/**
 * Out of order with a date no step names (`order`), a step's (`-step`), an SRE round's (`-round`) or
 * an amendment's round's (`-amendment`), named in words.
 */
type Of = '' | '-step' | '-round' | '-amendment';
const order = (file: string, path: (string | number)[], of: Of = '') => ({
  id: `rule.event-dates.order${of}`,
  severity: 'error',
  file,
  path,
});

const LSCT_7 = 'law.lsct-7';
/** An order the law sets (the SRE's dictamen before signature, registration after it): cited. */
const lawOrder = (file: string, path: (string | number)[], of: Of = '') => ({
  ...order(file, path, of),
  law: LSCT_7,
});

describe('event-dates', () => {
  it('passes on the base workspace, planned dates in the future included', () => {
    const root = copyBase();
    edit(root, LYON, (d) =>
      d.addIn(['missions'], {
        id: 'visita-2026',
        direction: 'inbound',
        start: '2026-06-01',
        end: '2026-06-05',
        place: 'San Pedro de las Huertas',
        purpose: 'Visita de la delegación de Lyon.',
        travellers: [{ name: 'Claire Martin' }],
      }),
    );
    expect(findings(check(root), 'event-dates')).toEqual([]);
  });

  it('refuses an event after today', () => {
    const root = copyBase();
    edit(root, OSAKA, (d) => d.setIn(['steps', 'letter', 'date'], '2026-04-01'));
    const problems = check(root);
    expect(findings(problems, 'event-dates')).toEqual([
      { id: 'rule.event-dates', severity: 'error', file: OSAKA, path: ['steps', 'letter', 'date'] },
    ]);
    expect(paramsOf(problems, 'rule.event-dates')).toEqual({
      date: '2026-04-01',
      today: '2026-03-15',
      field: 'steps.letter.date',
    });
  });

  it('refuses events before the step they follow', () => {
    const root = copyBase();
    edit(root, LYON, (d) => {
      d.setIn(['steps', 'response', 'date'], '2024-11-10'); // before the letter
      d.setIn(['steps', 'sre-opinion', 'rounds', 0, 'dictamen', 'date'], '2025-03-18'); // before submission
      d.setIn(['steps', 'signature', 'municipality', 'date'], '2025-03-16'); // before the dictamen
      d.setIn(['steps', 'registration', 'date'], '2025-06-10'); // before the counterpart signed
      d.setIn(['steps', 'registration', 'acuse'], '2025-06-09'); // before it was sent
    });
    const problems = check(root);
    expect(findings(problems, 'event-dates')).toEqual([
      order(LYON, ['steps', 'response', 'date'], '-step'),
      order(LYON, ['steps', 'sre-opinion', 'rounds', 0, 'dictamen', 'date'], '-round'),
      lawOrder(LYON, ['steps', 'signature', 'municipality', 'date'], '-round'),
      lawOrder(LYON, ['steps', 'registration', 'date'], '-step'),
      order(LYON, ['steps', 'registration', 'acuse'], '-step'),
    ]);
    // The earlier date as people know it, with the step's title, and its field for the line.
    expect(paramsOf(problems, 'rule.event-dates.order-step')).toEqual({
      date: '2024-11-10',
      field: 'steps.response.date',
      other: '2024-11-20',
      otherField: 'steps.letter.date',
      otherLabel: 'fecha de envío',
      otherLabelEn: 'date sent',
      otherStep: 'letter',
      otherStepTitle: 'Carta de Intención',
      otherStepTitleEn: 'Letter of Intent',
    });
    expect(problems.find((p) => p.id === 'rule.event-dates.order-step')?.other).toEqual(['steps', 'letter', 'date']);
    // An SRE round counted from 1.
    expect(paramsOf(problems, 'rule.event-dates.order-round')).toMatchObject({
      otherLabel: 'fecha de envío a la SRE',
      otherStepTitle: 'Dictamen de la SRE',
      round: 1,
    });
  });

  it('cites the law on an amendment signed before its dictamen or sent for registration before it was signed', () => {
    const root = copyBase();
    edit(root, LYON, (d) =>
      d.set('amendments', [
        {
          id: 'a1',
          summary: 'Agrega el área de turismo.',
          date: '2025-07-01',
          rounds: [{ submitted: '2025-07-10', dictamen: { date: '2025-09-01', outcome: 'favourable' } }],
          signed: '2025-08-15', // before the dictamen
          registration: { date: '2025-08-10' }, // before the signature
        },
      ]),
    );
    const problems = check(root);
    expect(findings(problems, 'event-dates')).toEqual([
      lawOrder(LYON, ['amendments', 0, 'signed'], '-amendment'),
      lawOrder(LYON, ['amendments', 0, 'registration', 'date']),
    ]);
    // The dictamen as the SRE round's field is named, in round 1 of the amendment by its id, by its line.
    expect(paramsOf(problems, 'rule.event-dates.order-amendment')).toEqual({
      date: '2025-08-15',
      field: 'amendments.0.signed',
      other: '2025-09-01',
      otherField: 'amendments.0.rounds.0.dictamen.date',
      otherLabel: 'fecha del dictamen',
      otherLabelEn: 'date of the opinion',
      round: 1,
      amendment: 'a1',
    });
    expect(problems.find((p) => p.id === 'rule.event-dates.order-amendment')?.other).toEqual([
      'amendments',
      0,
      'rounds',
      0,
      'dictamen',
      'date',
    ]);
  });

  it('does not cite the law on a signature before the council, which the state law governs', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['steps', 'council', 'date'], '2025-06-15'));
    expect(findings(check(root), 'event-dates')).toContainEqual(
      order(LYON, ['steps', 'signature', 'municipality', 'date'], '-step'),
    );
  });

  it('refuses a draft agreement dated before the counterpart accepted to negotiate it', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['steps', 'draft', 'date'], '2025-01-09'));
    const problems = check(root);
    expect(findings(problems, 'event-dates')).toEqual([order(LYON, ['steps', 'draft', 'date'], '-step')]);
    expect(paramsOf(problems, 'rule.event-dates.order-step')).toMatchObject({
      other: '2025-01-10',
      otherField: 'steps.response.date',
    });
  });

  it('refuses a text version dated before the counterpart accepted to negotiate the text', () => {
    const root = copyBase();
    const agreement = LYON.replace('case.yaml', 'agreement.yaml');
    edit(root, agreement, (d) => d.setIn(['versions', 0, 'date'], '2025-01-09'));
    const problems = check(root);
    expect(findings(problems, 'event-dates')).toEqual([order(agreement, ['versions', 0, 'date'])]);
    expect(paramsOf(problems, 'rule.event-dates.order')).toMatchObject({
      other: '2025-01-10',
      otherField: 'steps.response.date',
    });
  });

  it('refuses a new SRE round submitted before the previous dictamen', () => {
    const root = copyBase();
    edit(root, LYON, (d) => {
      d.setIn(['steps', 'sre-opinion', 'rounds', 0, 'dictamen', 'outcome'], 'observations');
      d.addIn(['steps', 'sre-opinion', 'rounds'], {
        submitted: '2025-05-01',
        oficio: 'DAI/050/2025',
        dictamen: { date: '2025-05-20', outcome: 'favourable' },
      });
    });
    expect(findings(check(root), 'event-dates')).toEqual([
      order(LYON, ['steps', 'sre-opinion', 'rounds', 1, 'submitted'], '-round'),
    ]);
  });

  it('refuses an amendment dated before the agreement it changes was signed', () => {
    const root = copyBase();
    const amendment = { id: 'a1', summary: 'Agrega el área de turismo.', signed: '2025-06-20' };
    // Proposed and signed after the agreement's signature (2025-06-16): in order.
    edit(root, LYON, (d) => d.set('amendments', [{ ...amendment, date: '2025-06-16' }]));
    expect(findings(check(root), 'event-dates')).toEqual([]);
    // Proposed before it; and, with no proposal date, signed before it.
    edit(root, LYON, (d) =>
      d.set('amendments', [
        { ...amendment, date: '2025-06-10' },
        { ...amendment, id: 'a2', signed: '2025-06-15' },
      ]),
    );
    expect(findings(check(root), 'event-dates')).toEqual([
      order(LYON, ['amendments', 0, 'date'], '-step'),
      order(LYON, ['amendments', 1, 'signed'], '-step'),
    ]);
  });

  it('refuses spans that end before they start', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['missions', 0, 'end'], '2025-10-01'));
    edit(root, 'cases/lyon-fr/aop/2026.yaml', (d) => d.setIn(['activities', 0, 'end'], '2026-03-31'));
    edit(root, 'linkage.yaml', (d) => {
      d.setIn(['administrations', 0, 'officials', 3, 'from'], '2025-07-01');
      d.setIn(['administrations', 0, 'officials', 2, 'from'], '2025-07-15');
    });
    const problems = check(root);
    expect(findings(problems, 'event-dates')).toEqual([
      {
        id: 'rule.event-dates.range-term',
        severity: 'error',
        file: 'linkage.yaml',
        path: ['administrations', 0, 'officials', 2, 'to'],
      },
      { id: 'rule.event-dates.range-mission', severity: 'error', file: LYON, path: ['missions', 0, 'end'] },
    ]);
    // The finding points at the end; the start is named in words, counted from 1, and by its line.
    expect(paramsOf(problems, 'rule.event-dates.range-term')).toEqual({
      date: '2025-06-30',
      field: 'administrations.0.officials.2.to',
      other: '2025-07-15',
      otherField: 'administrations.0.officials.2.from',
      name: 'Ana Lucía Ortega Peña',
      admin: '2024-2027',
    });
    expect(paramsOf(problems, 'rule.event-dates.range-mission')).toEqual({
      date: '2025-10-01',
      field: 'missions.0.end',
      other: '2025-10-06',
      otherField: 'missions.0.start',
      n: 1,
      mission: 'lyon-2025',
    });
    expect(problems.find((p) => p.id === 'rule.event-dates.range-mission')?.other).toEqual(['missions', 0, 'start']);
    // An activity's dates are aop-activity-dates' to judge, once.
    expect(findings(check(root), 'aop-activity-dates')).toHaveLength(1);
  });

  it('refuses an administration that ends before it starts', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.setIn(['administrations', 0, 'period', 'end'], '2024-10-01'));
    const problems = check(root);
    expect(findings(problems, 'event-dates')).toEqual([
      {
        id: 'rule.event-dates.period',
        severity: 'error',
        file: 'linkage.yaml',
        path: ['administrations', 0, 'period', 'end'],
      },
    ]);
    // The administration by its id, and its start by its line.
    expect(paramsOf(problems, 'rule.event-dates.period')).toMatchObject({ admin: '2024-2027' });
    expect(problems[0]?.other).toEqual(['administrations', 0, 'period', 'start']);
  });

  it('refuses an incoming administration that starts before the outgoing one ends', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.addIn(['administrations'], incomingAdministration()));
    expect(findings(check(root), 'event-dates')).toEqual([]);
    // The last day of the outgoing term: two Municipal Presidents that day.
    edit(root, 'linkage.yaml', (d) => d.setIn(['administrations', 1, 'period', 'start'], '2027-09-30'));
    const problems = check(root);
    expect(findings(problems, 'event-dates')).toEqual([
      {
        id: 'rule.event-dates.overlap',
        severity: 'error',
        file: 'linkage.yaml',
        path: ['administrations', 1, 'period', 'start'],
      },
    ]);
    expect(paramsOf(problems, 'rule.event-dates.overlap')).toEqual({
      date: '2027-09-30',
      field: 'administrations.1.period.start',
      other: '2027-09-30',
      otherField: 'administrations.0.period.end',
      admin: '2027-2030',
      otherAdmin: '2024-2027',
    });
    expect(problems.find((p) => p.id === 'rule.event-dates.overlap')?.other).toEqual([
      'administrations',
      0,
      'period',
      'end',
    ]);
  });

  it('warns of days between two administrations, when none is in office', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) =>
      d.addIn(['administrations'], incomingAdministration({ period: { start: '2027-10-03', end: '2030-09-30' } })),
    );
    const problems = check(root);
    expect(findings(problems, 'event-dates')).toEqual([
      {
        id: 'rule.event-dates.gap',
        severity: 'warning',
        file: 'linkage.yaml',
        path: ['administrations', 1, 'period', 'start'],
      },
    ]);
    expect(paramsOf(problems, 'rule.event-dates.gap')).toEqual({
      date: '2027-10-03',
      field: 'administrations.1.period.start',
      other: '2027-09-30',
      otherField: 'administrations.0.period.end',
      from: '2027-10-01',
      to: '2027-10-02',
      admin: '2027-2030',
      otherAdmin: '2024-2027',
    });
    expect(problems.find((p) => p.id === 'rule.event-dates.gap')?.other).toEqual([
      'administrations',
      0,
      'period',
      'end',
    ]);
  });

  it('allows a termination by notice to take effect in the future, but not other end states', () => {
    const root = copyBase();
    edit(root, LYON, (d) =>
      d.set('end', { state: 'terminated', date: '2026-06-13', notice: { by: 'counterpart', date: '2026-03-15' } }),
    );
    expect(findings(check(root), 'event-dates')).toEqual([]);
    edit(root, LYON, (d) => d.set('end', { state: 'withdrawn', date: '2026-06-13' }));
    expect(findings(check(root), 'event-dates')).toEqual([
      { id: 'rule.event-dates', severity: 'error', file: LYON, path: ['end', 'date'] },
    ]);
  });

  it('checks the date facts of local steps', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) =>
      d.set('localSteps', [
        {
          id: 'comision',
          title: 'Dictamen de la Comisión',
          after: 'draft',
          actor: 'cabildo',
          facts: [
            { key: 'date', type: 'date' },
            { key: 'folio', type: 'oficio' },
          ],
        },
      ]),
    );
    edit(root, LYON, (d) => d.setIn(['steps', 'comision'], { date: '2025-01-20', folio: 'CAI/001/2025' }));
    expect(findings(check(root), 'event-dates')).toEqual([order(LYON, ['steps', 'comision', 'date'])]);
    edit(root, LYON, (d) => d.setIn(['steps', 'comision', 'date'], 'el lunes'));
    expect(findings(check(root), 'event-dates')).toEqual([
      { id: 'rule.event-dates.not-a-date', severity: 'error', file: LYON, path: ['steps', 'comision', 'date'] },
    ]);
  });
});

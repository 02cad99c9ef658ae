import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { deriveCaseStatus } from '../../../src/process/status.js';
import { textHash } from '../../../src/workspace/hash.js';
import { type CaseBundle, loadWorkspace } from '../../../src/workspace/load.js';
import type { Problem } from '../../../src/workspace/problems.js';
import { check, copyBase, edit, findings, LYON, OSAKA, paramsOf, write } from './helpers.js';

/** An amendment of Lyon's agreement, and its first round sent to the SRE on 2026-01-10. */
const LYON_AMENDMENT = {
  id: 'anexo-1',
  summary: 'Se agrega el área de turismo.',
  hash: 'e'.repeat(64),
  date: '2026-01-05',
};
const SENT = { submitted: '2026-01-10', oficio: 'DAI/002/2026', hash: 'e'.repeat(64) };

describe('late', () => {
  it('passes on the base workspace', () => {
    expect(findings(check(copyBase()), 'late')).toEqual([]);
  });

  it('warns when the counterpart’s answer is past its follow-up date', () => {
    const problems = check(copyBase(), '2026-04-20');
    expect(findings(problems, 'late')).toEqual([
      { id: 'rule.late.response', severity: 'warning', file: OSAKA, path: ['steps', 'letter', 'followUpOn'] },
    ]);
    expect(paramsOf(problems, 'rule.late.response')).toMatchObject({ due: '2026-04-15', step: 'response' });
  });

  it('warns when the SRE’s opinion is overdue (the step’s interval without followUpOn)', () => {
    const root = copyBase();
    const articles = [{ id: 'objeto', heading: 'Objeto', text: 'Cooperar en formación técnica.' }];
    const hash = textHash(articles);
    write(
      root,
      'cases/osaka-jp/agreement.yaml',
      stringify({ schemaVersion: 1, articles, versions: [{ hash, date: '2026-02-12' }] }),
    );
    edit(root, OSAKA, (d) => {
      d.setIn(['steps', 'response'], { date: '2026-02-10', outcome: 'accepted' });
      d.setIn(['steps', 'draft'], { date: '2026-02-12' });
      d.setIn(['steps', 'council'], {
        date: '2026-02-13',
        session: 'Ordinaria 20',
        votes: { for: 15, against: 0 },
        hash: hash,
      });
      d.setIn(['steps', 'sre-opinion', 'rounds'], [{ submitted: '2026-02-14', oficio: 'DAI/010/2026', hash: hash }]);
      d.set('contactLog', [{ date: '2026-06-01', channel: 'email', who: 'Luis Cabrera', summary: 'Seguimiento.' }]);
    });
    const problems = check(root, '2026-06-20');
    expect(findings(problems, 'late')).toEqual([
      {
        id: 'rule.late.sre-opinion',
        severity: 'warning',
        file: OSAKA,
        path: ['steps', 'sre-opinion', 'rounds', 0, 'submitted'],
      },
    ]);
    expect(paramsOf(problems, 'rule.late.sre-opinion')).toMatchObject({ due: '2026-04-15' });
  });

  it('warns when the signed agreement was never sent for registration, after the step’s interval', () => {
    // Lyon: signed by both Parties on 2025-06-02 and 2025-06-16; the registration follows up 30 days on.
    const root = copyBase();
    edit(root, LYON, (d) => d.deleteIn(['steps', 'registration']));
    expect(findings(check(root, '2025-07-16'), 'late')).toEqual([]);
    const problems = check(root, '2025-07-17');
    expect(findings(problems, 'late')).toEqual([
      {
        id: 'rule.late.registration',
        severity: 'warning',
        file: LYON,
        path: ['steps', 'signature', 'counterpart', 'date'],
      },
    ]);
    expect(paramsOf(problems, 'rule.late.registration')).toMatchObject({
      due: '2025-07-16',
      signed: '2025-06-16',
      step: 'registration',
    });
    // As of the fixture's day, nine months on, it is still reported; the workspace sets the interval.
    expect(paramsOf(check(root), 'rule.late.registration')).toMatchObject({ due: '2025-07-16' });
    edit(root, 'linkage.yaml', (d) => d.setIn(['settings', 'followUpDays', 'registration'], 365));
    expect(findings(check(root), 'late')).toEqual([]);
  });

  it('warns when the copy sent for registration has no acuse past its follow-up: the SRE’s move, not a missing fact', () => {
    // Lyon: the copy went to the SRE on 2025-06-30; the step follows up 30 days on, or on `followUpOn`.
    const root = copyBase();
    edit(root, LYON, (d) => d.deleteIn(['steps', 'registration', 'acuse']));
    expect(findings(check(root, '2025-07-30'), 'late')).toEqual([]);
    const problems = check(root, '2025-07-31');
    expect(findings(problems, 'late')).toEqual([
      { id: 'rule.late.registration-acuse', severity: 'warning', file: LYON, path: ['steps', 'registration', 'date'] },
    ]);
    expect(paramsOf(problems, 'rule.late.registration-acuse')).toMatchObject({
      due: '2025-07-30',
      sent: '2025-06-30',
    });
    expect(findings(problems, 'required-facts')).toEqual([]);
    // A follow-up date of its own moves the day, and is where the warning points.
    edit(root, LYON, (d) => d.setIn(['steps', 'registration', 'followUpOn'], '2025-09-01'));
    expect(findings(check(root, '2025-09-01'), 'late')).toEqual([]);
    expect(findings(check(root, '2025-09-02'), 'late')).toEqual([
      {
        id: 'rule.late.registration-acuse',
        severity: 'warning',
        file: LYON,
        path: ['steps', 'registration', 'followUpOn'],
      },
    ]);
  });

  it('warns when the SRE has not answered an amendment past its follow-up; status shows it late too', () => {
    // Lyon (signed): an amendment sent on 2026-01-10; the SRE's opinion is followed up 60 days on.
    const root = copyBase();
    const lyon = (problems: Problem[]) => findings(problems, 'late').filter((f) => f.file === LYON);
    const amendment = { ...LYON_AMENDMENT, rounds: [SENT] };
    edit(root, LYON, (d) => d.set('amendments', d.createNode([amendment])));
    expect(lyon(check(root, '2026-03-11'))).toEqual([]);
    const problems = check(root, '2026-03-12');
    expect(lyon(problems)).toEqual([
      {
        id: 'rule.late.amendment',
        severity: 'warning',
        file: LYON,
        path: ['amendments', 0, 'rounds', 0, 'submitted'],
      },
    ]);
    expect(paramsOf(problems, 'rule.late.amendment')).toMatchObject({ due: '2026-03-11', amendment: 'anexo-1' });
    const ws = loadWorkspace(root, { cache: false });
    const bundle = ws.cases.find((c) => c.slug === 'lyon-fr') as CaseBundle;
    expect(deriveCaseStatus(ws, bundle, '2026-03-12').late).toContainEqual({
      kind: 'amendment',
      due: '2026-03-11',
      id: 'anexo-1',
    });
    // The SRE's move since the amendment was sent, as the agreement's own opinion waits.
    expect(deriveCaseStatus(ws, bundle, '2026-03-12').amendment).toEqual({
      id: 'anexo-1',
      waits: 'opinion',
      actor: 'sre',
      since: '2026-01-10',
      due: '2026-03-11',
    });
    // Its own follow-up date moves the day; a dictamen ends the wait.
    edit(root, LYON, (d) => d.setIn(['amendments', 0, 'rounds', 0, 'followUpOn'], '2026-04-01'));
    expect(lyon(check(root, '2026-04-01'))).toEqual([]);
    expect(lyon(check(root, '2026-04-02')).map((f) => f.path)).toEqual([['amendments', 0, 'rounds', 0, 'followUpOn']]);
    edit(root, LYON, (d) =>
      d.setIn(['amendments', 0, 'rounds', 0, 'dictamen'], d.createNode({ date: '2026-04-03', outcome: 'favourable' })),
    );
    expect(lyon(check(root, '2026-05-01'))).toEqual([]);
  });

  it('warns when a signed amendment is not sent for registration, or not acknowledged, past the registration’s interval', () => {
    // Lyon (signed): an amendment cleared and signed on 2026-02-10; its copy is owed from that day, and
    // followed up the registration step's 30 days on, as the agreement's copy is.
    const root = copyBase();
    const lyon = (problems: Problem[]) => findings(problems, 'late').filter((f) => f.file === LYON);
    const amendment = {
      ...LYON_AMENDMENT,
      rounds: [{ ...SENT, dictamen: { date: '2026-02-01', outcome: 'favourable' } }],
      signed: '2026-02-10',
    };
    edit(root, LYON, (d) => d.set('amendments', d.createNode([amendment])));
    const status = (today: string) => {
      const ws = loadWorkspace(root, { cache: false });
      return deriveCaseStatus(ws, ws.cases.find((c) => c.slug === 'lyon-fr') as CaseBundle, today);
    };
    expect(lyon(check(root, '2026-03-12'))).toEqual([]);
    expect(status('2026-03-12').amendment).toEqual({
      id: 'anexo-1',
      waits: 'registration',
      actor: 'municipio',
      since: '2026-02-10',
      due: '2026-03-12',
    });
    let problems = check(root, '2026-03-13');
    expect(lyon(problems)).toEqual([
      { id: 'rule.late.amendment-registration', severity: 'warning', file: LYON, path: ['amendments', 0, 'signed'] },
    ]);
    expect(paramsOf(problems, 'rule.late.amendment-registration')).toMatchObject({
      due: '2026-03-12',
      signed: '2026-02-10',
      amendment: 'anexo-1',
    });
    expect(status('2026-03-13').late).toContainEqual({
      kind: 'amendment-registration',
      due: '2026-03-12',
      id: 'anexo-1',
    });
    // Sent: the SRE's acuse is awaited, followed up the same interval on.
    edit(root, LYON, (d) =>
      d.setIn(['amendments', 0, 'registration'], d.createNode({ date: '2026-03-14', oficio: 'DAI/020/2026' })),
    );
    expect(lyon(check(root, '2026-04-13'))).toEqual([]);
    expect(status('2026-04-13').amendment).toEqual({
      id: 'anexo-1',
      waits: 'acuse',
      actor: 'sre',
      since: '2026-03-14',
      due: '2026-04-13',
    });
    problems = check(root, '2026-04-14');
    expect(lyon(problems)).toEqual([
      {
        id: 'rule.late.amendment-acuse',
        severity: 'warning',
        file: LYON,
        path: ['amendments', 0, 'registration', 'date'],
      },
    ]);
    expect(paramsOf(problems, 'rule.late.amendment-acuse')).toMatchObject({ due: '2026-04-13', sent: '2026-03-14' });
    // Its follow-up date moves the day and is where the warning points; the acuse ends the wait.
    edit(root, LYON, (d) => d.setIn(['amendments', 0, 'registration', 'followUpOn'], '2026-05-01'));
    expect(lyon(check(root, '2026-05-01'))).toEqual([]);
    expect(lyon(check(root, '2026-05-02')).map((f) => f.path)).toEqual([
      ['amendments', 0, 'registration', 'followUpOn'],
    ]);
    edit(root, LYON, (d) => d.setIn(['amendments', 0, 'registration', 'acuse'], '2026-05-04'));
    expect(lyon(check(root, '2026-06-01'))).toEqual([]);
    expect(status('2026-06-01').amendment).toBeUndefined();
  });

  it('warns on months without contact, and leaves a missing AOP or year’s results to the aop rules', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.deleteIn(['contactLog', 1]));
    const problems = check(root, '2027-03-10');
    expect(findings(problems, 'late')).toEqual([
      { id: 'rule.late.contact', severity: 'warning', file: LYON, path: ['contactLog', 0, 'date'] },
      { id: 'rule.late.response', severity: 'warning', file: OSAKA, path: ['steps', 'letter', 'followUpOn'] },
      { id: 'rule.late.contact', severity: 'warning', file: OSAKA, path: ['steps', 'letter', 'date'] },
    ]);
    expect(paramsOf(problems, 'rule.late.contact')).toEqual({
      due: '2026-06-03',
      today: '2027-03-10',
      months: 6,
      slug: 'lyon-fr',
    });
    // The same facts, reported once each, where they lie.
    expect(problems.filter((p) => p.rule?.startsWith('aop-')).map((p) => [p.id, p.file])).toEqual([
      ['rule.aop-every-year', 'cases/lyon-fr/aop/2027.yaml'],
      ['rule.aop-results', 'cases/lyon-fr/aop/2026.yaml'],
      ['rule.aop-results.planned', 'cases/lyon-fr/aop/2026.yaml'],
      ['rule.aop-results.evaluated', 'cases/lyon-fr/aop/2026.yaml'],
    ]);
  });

  it('warns on a contact-log follow-up past its date', () => {
    const root = copyBase();
    edit(root, LYON, (d) => d.setIn(['contactLog', 1, 'followUpOn'], '2026-03-01'));
    expect(findings(check(root), 'late')).toEqual([
      { id: 'rule.late.contact-follow-up', severity: 'warning', file: LYON, path: ['contactLog', 1, 'followUpOn'] },
    ]);
  });

  it('counts the counterpart’s answer and its signature as contact: the silence runs from the latest', () => {
    const root = copyBase();
    // Osaka answered on 2026-05-10, three months after the letter: no silence until 2026-11-10.
    edit(root, OSAKA, (d) => d.setIn(['steps', 'response'], d.createNode({ date: '2026-05-10', outcome: 'accepted' })));
    const osaka = (problems: Problem[]) => findings(problems, 'late').filter((f) => f.file === OSAKA);
    expect(osaka(check(root, '2026-09-01'))).toEqual([]);
    let problems = check(root, '2026-12-01');
    expect(osaka(problems)).toEqual([
      { id: 'rule.late.contact', severity: 'warning', file: OSAKA, path: ['steps', 'response', 'date'] },
    ]);
    expect(problems.find((p) => p.file === OSAKA && p.id === 'rule.late.contact')?.params?.due).toBe('2026-11-10');
    // Lyon: the letter (2024-11-20) came after the only contact, but Lyon signed on 2025-06-16.
    edit(root, LYON, (d) => {
      d.deleteIn(['contactLog', 1]);
      d.setIn(['contactLog', 0, 'date'], '2024-11-04');
    });
    problems = check(root, '2026-01-01');
    expect(findings(problems, 'late').filter((f) => f.file === LYON)).toEqual([
      { id: 'rule.late.contact', severity: 'warning', file: LYON, path: ['steps', 'signature', 'counterpart', 'date'] },
    ]);
    expect(paramsOf(problems, 'rule.late.contact')?.due).toBe('2025-12-16');
  });

  it('points at the latest entry’s follow-up, not an earlier entry that names the same day', () => {
    const root = copyBase();
    edit(root, LYON, (d) => {
      d.setIn(['contactLog', 0, 'followUpOn'], '2026-03-01');
      d.setIn(['contactLog', 1, 'followUpOn'], '2026-03-01');
    });
    expect(findings(check(root), 'late')).toEqual([
      { id: 'rule.late.contact-follow-up', severity: 'warning', file: LYON, path: ['contactLog', 1, 'followUpOn'] },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { AMENDED, check, copyBase, edit, findings, LYON, paramsOf, withObservedAmendment } from './helpers.js';

const OBSERVATIONS = ['steps', 'sre-opinion', 'rounds', 0, 'dictamen', 'observations'];
const answer = (date: string) => ({ date, resolution: 'accepted', text: 'Se corrigió el artículo.' });

/** Lyon with a first round of observations before its favourable round. */
function withObservations(observations: object[]) {
  const root = copyBase();
  edit(root, LYON, (d) => {
    const favourable = d.getIn(['steps', 'sre-opinion', 'rounds', 0]);
    d.setIn(
      ['steps', 'sre-opinion', 'rounds'],
      [
        {
          submitted: '2025-03-20',
          oficio: 'DAI/045/2025',
          hash: '8ce74b63ea371b38ffadb5f7060ecf64e83d1afb48c4d3d62c266f64b4eecdc6',
          dictamen: {
            date: '2025-04-10',
            outcome: 'observations',
            hash: '8ce74b63ea371b38ffadb5f7060ecf64e83d1afb48c4d3d62c266f64b4eecdc6',
            observations,
          },
        },
        favourable,
      ],
    );
  });
  return root;
}

describe('unanswered-observations', () => {
  it('passes when every observation was answered before signing', () => {
    expect(findings(check(copyBase()), 'unanswered-observations')).toEqual([]);
    const root = withObservations([
      { id: 'obs-1', article: 'controversias', text: 'Precisar.', answer: answer('2025-04-20') },
    ]);
    expect(findings(check(root), 'unanswered-observations')).toEqual([]);
  });

  it('errs on a signature while an observation has no answer', () => {
    const root = withObservations([
      { id: 'obs-1', text: 'Precisar.', answer: answer('2025-04-20') },
      { id: 'obs-2', article: 'objeto', text: 'Suprimir el arbitraje.' },
    ]);
    const problems = check(root);
    expect(findings(problems, 'unanswered-observations')).toEqual([
      { id: 'rule.unanswered-observations', severity: 'error', file: LYON, path: [...OBSERVATIONS, 1] },
    ]);
    expect(paramsOf(problems, 'rule.unanswered-observations')).toEqual({
      observation: 'obs-2',
      round: 1,
      date: '2025-06-02',
    });
  });

  it('counts an answer without its resolution as no answer', () => {
    const root = withObservations([{ id: 'obs-1', text: 'Precisar.', answer: { date: '2025-04-20' } }]);
    expect(findings(check(root), 'unanswered-observations')).toEqual([
      { id: 'rule.unanswered-observations', severity: 'error', file: LYON, path: [...OBSERVATIONS, 0, 'answer'] },
    ]);
  });

  it('errs on an answer dated after the first signature', () => {
    const root = withObservations([{ id: 'obs-1', text: 'Precisar.', answer: answer('2025-06-10') }]);
    const problems = check(root);
    expect(findings(problems, 'unanswered-observations')).toEqual([
      {
        id: 'rule.unanswered-observations.answered-late',
        severity: 'error',
        file: LYON,
        path: [...OBSERVATIONS, 0, 'answer', 'date'],
      },
    ]);
    expect(paramsOf(problems, 'rule.unanswered-observations.answered-late')).toMatchObject({
      answered: '2025-06-10',
      date: '2025-06-02',
    });
  });

  it('counts either Party’s signature: the first one', () => {
    const root = withObservations([{ id: 'obs-1', text: 'Precisar.' }]);
    edit(root, LYON, (d) => {
      d.deleteIn(['steps', 'signature', 'municipality']);
      d.deleteIn(['steps', 'registration']);
    });
    const problems = check(root);
    expect(findings(problems, 'unanswered-observations').map((f) => f.id)).toEqual(['rule.unanswered-observations']);
    expect(paramsOf(problems, 'rule.unanswered-observations')?.date).toBe('2025-06-16');
  });

  it('says nothing before anyone signs', () => {
    const root = withObservations([{ id: 'obs-1', text: 'Precisar.' }]);
    edit(root, LYON, (d) => {
      d.deleteIn(['steps', 'signature']);
      d.deleteIn(['steps', 'registration']);
    });
    expect(findings(check(root), 'unanswered-observations')).toEqual([]);
  });

  it('errs on a signed amendment whose own round has an unanswered observation', () => {
    const root = withObservedAmendment({
      dictamen: { hash: AMENDED },
      later: [
        {
          submitted: '2026-02-01',
          hash: AMENDED,
          dictamen: { date: '2026-02-05', outcome: 'favourable', hash: AMENDED },
        },
      ],
      amendment: { signed: '2026-02-10' },
    });
    const problems = check(root);
    expect(findings(problems, 'unanswered-observations')).toEqual([
      {
        id: 'rule.unanswered-observations.amendment',
        severity: 'error',
        file: LYON,
        path: ['amendments', 0, 'rounds', 0, 'dictamen', 'observations', 0],
      },
    ]);
    expect(paramsOf(problems, 'rule.unanswered-observations.amendment')).toMatchObject({
      amendment: 'anexo-1',
      observation: 'obs-1',
      round: 1,
    });
  });
});

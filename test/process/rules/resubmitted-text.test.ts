import { describe, expect, it, vi } from 'vitest';
import { ruleContext } from '../../../src/process/rules/index.js';
import { resubmittedText } from '../../../src/process/rules/resubmitted-text.js';
import { textHash } from '../../../src/workspace/hash.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import { AMENDED, check, copyBase, edit, findings, LYON, paramsOf, TODAY, withObservedAmendment } from './helpers.js';

// Every agreement text's hash is counted: the rule should take the current one's only when it matters.
vi.mock('../../../src/workspace/hash.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/workspace/hash.js')>();
  return { ...real, textHash: vi.fn(real.textHash) };
});

/** The text Lyon submitted and signed (the base fixture's). */
const SIGNED = '8ce74b63ea371b38ffadb5f7060ecf64e83d1afb48c4d3d62c266f64b4eecdc6';
/** An earlier draft of it. */
const DRAFT = 'd'.repeat(64);
const ROUNDS = ['steps', 'sre-opinion', 'rounds'];

/**
 * Lyon with a first round, of the text `observed`, that got `observations`, before its favourable
 * round (which submits SIGNED).
 */
function withObservedRound(observed: string, observations: object[]) {
  const root = copyBase();
  edit(root, LYON, (d) => {
    const favourable = d.getIn([...ROUNDS, 0]);
    d.setIn(ROUNDS, [
      {
        submitted: '2025-02-10',
        oficio: 'DAI/020/2025',
        hash: observed,
        dictamen: { date: '2025-03-05', outcome: 'observations', hash: observed, observations },
      },
      favourable,
    ]);
  });
  return root;
}

describe('resubmitted-text', () => {
  it('passes when the round after observations submits a revised text', () => {
    expect(findings(check(copyBase()), 'resubmitted-text')).toEqual([]);
    const root = withObservedRound(DRAFT, [{ id: 'obs-1', text: 'Precisar.' }]);
    expect(findings(check(root), 'resubmitted-text')).toEqual([]);
  });

  it('warns when a round submits again the text the SRE observed while an observation has no answer', () => {
    const root = withObservedRound(SIGNED, [
      { id: 'obs-1', text: 'Precisar.', answer: { date: '2025-03-10', resolution: 'clarified', text: 'Ya está.' } },
      { id: 'obs-2', text: 'Suprimir el arbitraje.' },
    ]);
    const problems = check(root);
    expect(findings(problems, 'resubmitted-text')).toEqual([
      { id: 'rule.resubmitted-text', severity: 'warning', file: LYON, path: [...ROUNDS, 1, 'hash'] },
    ]);
    expect(paramsOf(problems, 'rule.resubmitted-text')).toEqual({ round: 2, earlier: 1, observation: 'obs-2' });
  });

  it('warns when an observation is answered as accepted (the text changed) but the text is the same', () => {
    const root = withObservedRound(SIGNED, [
      { id: 'obs-1', text: 'Precisar.', answer: { date: '2025-03-10', resolution: 'accepted' } },
    ]);
    const problems = check(root);
    expect(findings(problems, 'resubmitted-text')).toEqual([
      { id: 'rule.resubmitted-text.accepted', severity: 'warning', file: LYON, path: [...ROUNDS, 1, 'hash'] },
    ]);
    expect(paramsOf(problems, 'rule.resubmitted-text.accepted')).toEqual({
      round: 2,
      earlier: 1,
      observation: 'obs-1',
    });
  });

  it('passes a round that goes back to a text observed two rounds before, the last observations answered accepted', () => {
    // SIGNED (observed, answered accepted) → DRAFT (observed, answered accepted: back to SIGNED) →
    // SIGNED: the SRE observed DRAFT last, and the text did change; the opinion request is made too.
    const accepted = { date: '2025-03-10', resolution: 'accepted', text: 'Se cambió.' };
    const root = copyBase();
    edit(root, LYON, (d) => {
      const favourable = d.getIn([...ROUNDS, 0]);
      const observed = (hash: string, date: string) => ({
        submitted: date,
        hash,
        dictamen: {
          date,
          outcome: 'observations',
          hash,
          observations: [{ id: 'obs-1', text: 'Precisar.', answer: accepted }],
        },
      });
      d.setIn(ROUNDS, [observed(SIGNED, '2025-01-10'), observed(DRAFT, '2025-02-10'), favourable]);
    });
    expect(findings(check(root), 'resubmitted-text')).toEqual([]);
  });

  it('warns, at the answer, when the next round (not recorded yet) would send back the observed text answered accepted', () => {
    // The SRE observed SIGNED, agreement.yaml's current text; no round after it yet: the opinion
    // request would submit SIGNED again, and refuses while obs-1 says the text changed.
    const answered = (answer?: object) =>
      withObservedRound(SIGNED, [{ id: 'obs-1', text: 'Precisar.', ...(answer ? { answer } : {}) }]);
    const root = answered({ date: '2025-03-10', resolution: 'accepted', text: 'Se cambió.' });
    edit(root, LYON, (d) => d.deleteIn([...ROUNDS, 1]));
    const problems = check(root);
    expect(findings(problems, 'resubmitted-text')).toEqual([
      {
        id: 'rule.resubmitted-text.next',
        severity: 'warning',
        file: LYON,
        path: [...ROUNDS, 0, 'dictamen', 'observations', 0, 'answer', 'resolution'],
      },
    ]);
    expect(paramsOf(problems, 'rule.resubmitted-text.next')).toEqual({ round: 2, earlier: 1, observation: 'obs-1' });
    // Not yet answered: the usual state right after the dictamen, before the text is revised.
    const unanswered = answered();
    edit(unanswered, LYON, (d) => d.deleteIn([...ROUNDS, 1]));
    expect(findings(check(unanswered), 'resubmitted-text')).toEqual([]);
    // Revised since (agreement.yaml's text is no longer the one observed): the answer is true.
    const revised = withObservedRound(DRAFT, [
      { id: 'obs-1', text: 'Precisar.', answer: { date: '2025-03-10', resolution: 'accepted', text: 'Se cambió.' } },
    ]);
    edit(revised, LYON, (d) => d.deleteIn([...ROUNDS, 1]));
    expect(findings(check(revised), 'resubmitted-text')).toEqual([]);
  });

  it('passes when the municipality keeps the text and answers every observation explaining why', () => {
    const root = withObservedRound(SIGNED, [
      { id: 'obs-1', text: 'Precisar.', answer: { date: '2025-03-10', resolution: 'clarified', text: 'Ya está.' } },
      { id: 'obs-2', text: 'Suprimir.', answer: { date: '2025-03-10', resolution: 'rejected', text: 'No aplica.' } },
    ]);
    expect(findings(check(root), 'resubmitted-text')).toEqual([]);
  });

  it("warns on an amendment's round that submits again the amended text the SRE observed", () => {
    const root = withObservedAmendment({ later: [{ submitted: '2026-02-01', hash: AMENDED }] });
    const problems = check(root);
    expect(findings(problems, 'resubmitted-text')).toEqual([
      {
        id: 'rule.resubmitted-text.amendment',
        severity: 'warning',
        file: LYON,
        path: ['amendments', 0, 'rounds', 1, 'hash'],
      },
    ]);
    expect(paramsOf(problems, 'rule.resubmitted-text.amendment')).toEqual({
      amendment: 'anexo-1',
      round: 2,
      earlier: 1,
      observation: 'obs-1',
    });
  });

  it("warns when an amendment's round goes back to an earlier text and an observation it answers has no resolution", () => {
    const root = copyBase();
    const [a, b] = ['a'.repeat(64), 'b'.repeat(64)];
    const observed = (hash: string, id: string, answer?: object) => ({
      submitted: '2026-01-10',
      hash,
      dictamen: {
        date: '2026-01-25',
        outcome: 'observations',
        observations: [{ id, text: 'Precisar el área.', ...(answer ? { answer } : {}) }],
      },
    });
    const rounds = (answer: object) => [
      observed(a, 'obs-a1', { date: '2026-01-30', resolution: 'accepted', text: 'Se precisó.' }),
      observed(b, 'obs-b1', answer),
      { submitted: '2026-03-01', hash: a },
    ];
    const amendment = { id: 'anexo-1', summary: 'Se agrega el área de turismo.', hash: a };
    edit(root, LYON, (d) => d.set('amendments', [{ ...amendment, rounds: rounds({ date: '2026-02-20' }) }]));
    const problems = check(root);
    expect(findings(problems, 'resubmitted-text')).toEqual([
      {
        id: 'rule.resubmitted-text.amendment.returned',
        severity: 'warning',
        file: LYON,
        path: ['amendments', 0, 'rounds', 1, 'dictamen', 'observations', 0, 'answer'],
      },
    ]);
    expect(paramsOf(problems, 'rule.resubmitted-text.amendment.returned')).toEqual({
      amendment: 'anexo-1',
      round: 3,
      first: 1,
      earlier: 2,
      observation: 'obs-b1',
    });
    const answered = { date: '2026-02-20', resolution: 'accepted', text: 'Se volvió a la redacción anterior.' };
    edit(root, LYON, (d) => d.set('amendments', [{ ...amendment, rounds: rounds(answered) }]));
    expect(findings(check(root), 'resubmitted-text')).toEqual([]);
  });

  it("warns, at the answer, when an amendment's next round would send back the observed text answered accepted", () => {
    // The amendment's text is agreement.yaml's current one (SIGNED, in the fixture), observed and not
    // sent again yet, while obs-1 says it was changed.
    const root = copyBase();
    edit(root, LYON, (d) =>
      d.set('amendments', [
        {
          id: 'anexo-1',
          summary: 'Se agrega el área de turismo.',
          rounds: [
            {
              submitted: '2026-01-10',
              hash: SIGNED,
              dictamen: {
                date: '2026-01-25',
                outcome: 'observations',
                observations: [
                  { id: 'obs-1', text: 'Precisar el área.', answer: { date: '2026-02-01', resolution: 'accepted' } },
                ],
              },
            },
          ],
        },
      ]),
    );
    const problems = check(root);
    expect(findings(problems, 'resubmitted-text')).toEqual([
      {
        id: 'rule.resubmitted-text.amendment.next',
        severity: 'warning',
        file: LYON,
        path: ['amendments', 0, 'rounds', 0, 'dictamen', 'observations', 0, 'answer', 'resolution'],
      },
    ]);
    expect(paramsOf(problems, 'rule.resubmitted-text.amendment.next')).toEqual({
      amendment: 'anexo-1',
      round: 2,
      earlier: 1,
      observation: 'obs-1',
    });
  });

  it('takes the current text’s hash only for a case whose last round got observations', () => {
    // The hash of a text without one of its own (the SRE model filled) costs a check of many cases
    // +9 % instructions when taken for each (1f0028a): Lyon's last round is favourable, Osaka has none.
    const hashesTaken = (root: string) => {
      const ws = loadWorkspace(root, { cache: false });
      const ctx = ruleContext({ ws, today: TODAY, verifyHashes: true });
      vi.mocked(textHash).mockClear();
      const found = ws.cases.flatMap((bundle) => resubmittedText.case?.(ctx, bundle) ?? []);
      return { found, calls: vi.mocked(textHash).mock.calls.length };
    };
    expect(hashesTaken(copyBase())).toEqual({ found: [], calls: 0 });
    // Lyon waiting for its next round after observations: its current text is compared, hashed once.
    const observed = copyBase();
    edit(observed, LYON, (d) =>
      d.setIn([...ROUNDS, 0, 'dictamen'], { date: '2025-03-05', outcome: 'observations', observations: [] }),
    );
    expect(hashesTaken(observed)).toEqual({ found: [], calls: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { votesNeeded } from '../../../src/process/rules/council-majority.js';
import { check, copyBase, edit, findings, LYON, paramsOf } from './helpers.js';

const CPEUM = 'law.cpeum-115-ii-b';
const FOR = ['steps', 'council', 'votes', 'for'];
const AGREEMENT = 'cases/lyon-fr/agreement.yaml';

function withVotes(votes: object, council: object = {}) {
  const root = copyBase();
  edit(root, LYON, (d) => {
    d.setIn(['steps', 'council', 'votes'], votes);
    for (const [k, v] of Object.entries(council)) d.setIn(['steps', 'council', k], v);
  });
  return check(root);
}

describe('votesNeeded', () => {
  it('simple: more than half of those who voted', () => {
    expect(votesNeeded('simple', 15, 15)).toBe(8);
    expect(votesNeeded('simple', 14, 15)).toBe(8);
    expect(votesNeeded('simple', 13, undefined)).toBe(7);
  });
  it('two-thirds: two thirds of the members, rounded up', () => {
    expect(votesNeeded('two-thirds', 12, 15)).toBe(10);
    expect(votesNeeded('two-thirds', 12, 16)).toBe(11);
    expect(votesNeeded('two-thirds', 12, 18)).toBe(12);
    expect(votesNeeded('two-thirds', 9, undefined)).toBe(6);
  });
});

describe('council-majority', () => {
  it('passes on the base workspace (two thirds of 15 for an agreement beyond the term)', () => {
    expect(findings(check(copyBase()), 'council-majority')).toEqual([]);
  });

  it('errs below two thirds when the agreement binds beyond the term, citing art. 115', () => {
    const problems = withVotes({ for: 9, against: 5, abstentions: 1 });
    expect(findings(problems, 'council-majority')).toEqual([
      { id: 'rule.council-majority.two-thirds', severity: 'error', file: LYON, path: FOR, law: CPEUM },
    ]);
    expect(paramsOf(problems, 'rule.council-majority.two-thirds')).toEqual({
      for: 9,
      needed: 10,
      voted: 15,
      members: 15,
    });
  });

  it('errs below a simple majority of those who voted, citing no article', () => {
    const problems = withVotes({ for: 7, against: 7, abstentions: 1 }, { bindsBeyondTerm: false });
    expect(findings(problems, 'council-majority')).toEqual([
      { id: 'rule.council-majority', severity: 'error', file: LYON, path: FOR },
    ]);
    expect(findings(withVotes({ for: 8, against: 7 }, { bindsBeyondTerm: false }), 'council-majority')).toEqual([]);
  });

  it('reads from the agreement’s term whether it binds beyond the council’s, when the case does not say', () => {
    const root = copyBase();
    // Lyon's session is on 2025-03-14, under the 2024-2027 administration; 9 of 15 is a simple majority only.
    edit(root, LYON, (d) => {
      d.deleteIn(['steps', 'council', 'bindsBeyondTerm']);
      d.setIn(['steps', 'council', 'votes'], { for: 9, against: 5, abstentions: 1 });
    });
    expect(findings(check(root), 'council-majority')).toEqual([]);
    const twoThirds = [
      { id: 'rule.council-majority.two-thirds', severity: 'error', file: LYON, path: FOR, law: CPEUM },
    ];
    edit(root, AGREEMENT, (d) => d.set('term', { type: 'indefinite', noticeDays: 90 }));
    expect(findings(check(root), 'council-majority')).toEqual(twoThirds);
    // Three years from the session outlast the administration (2027-09-30); two do not.
    edit(root, AGREEMENT, (d) => d.set('term', { type: 'fixed', years: 3, noticeDays: 90 }));
    expect(findings(check(root), 'council-majority')).toEqual(twoThirds);
    edit(root, AGREEMENT, (d) => d.setIn(['term', 'years'], 2));
    expect(findings(check(root), 'council-majority')).toEqual([]);
  });

  it('does not let a recorded `bindsBeyondTerm: false` undo a term that outlasts the administration', () => {
    const root = copyBase();
    // 9 of 15: a simple majority, short of two thirds.
    edit(root, LYON, (d) => {
      d.setIn(['steps', 'council', 'bindsBeyondTerm'], false);
      d.setIn(['steps', 'council', 'votes'], { for: 9, against: 5, abstentions: 1 });
    });
    edit(root, AGREEMENT, (d) => d.set('term', { type: 'indefinite', noticeDays: 90 }));
    const problems = check(root);
    expect(findings(problems, 'council-majority')).toEqual([
      {
        id: 'rule.council-majority.binds-beyond-term',
        severity: 'warning',
        file: LYON,
        path: ['steps', 'council', 'bindsBeyondTerm'],
        law: CPEUM,
      },
      { id: 'rule.council-majority.two-thirds', severity: 'error', file: LYON, path: FOR, law: CPEUM },
    ]);
    expect(paramsOf(problems, 'rule.council-majority.binds-beyond-term')).toEqual({ end: '2027-09-30' });
    edit(root, AGREEMENT, (d) => d.set('term', { type: 'fixed', years: 3, noticeDays: 90 }));
    const fixed = check(root);
    expect(findings(fixed, 'council-majority').map((f) => f.id)).toEqual([
      'rule.council-majority.binds-beyond-term-fixed',
      'rule.council-majority.two-thirds',
    ]);
    expect(paramsOf(fixed, 'rule.council-majority.binds-beyond-term-fixed')).toEqual({ end: '2027-09-30', years: 3 });
    // A fixed term within the administration: the record stands, and 9 of 15 is enough.
    edit(root, AGREEMENT, (d) => d.set('term', { type: 'fixed', years: 2, noticeDays: 90 }));
    expect(findings(check(root), 'council-majority')).toEqual([]);
  });

  it('says a recorded majority is the one the vote is checked against, when `bindsBeyondTerm: false` is contradicted', () => {
    const root = copyBase();
    // 9 of 15 with a simple majority recorded: the record decides the vote (state laws differ).
    edit(root, LYON, (d) => {
      d.setIn(['steps', 'council', 'bindsBeyondTerm'], false);
      d.setIn(['steps', 'council', 'majority'], 'simple');
      d.setIn(['steps', 'council', 'votes'], { for: 9, against: 5, abstentions: 1 });
    });
    edit(root, AGREEMENT, (d) => d.set('term', { type: 'indefinite', noticeDays: 90 }));
    const problems = check(root);
    expect(findings(problems, 'council-majority').map((f) => f.id)).toEqual([
      'rule.council-majority.binds-beyond-term-recorded',
    ]);
    expect(paramsOf(problems, 'rule.council-majority.binds-beyond-term-recorded')).toEqual({
      end: '2027-09-30',
      majority: 'simple',
    });
    edit(root, AGREEMENT, (d) => d.set('term', { type: 'fixed', years: 3, noticeDays: 90 }));
    expect(paramsOf(check(root), 'rule.council-majority.binds-beyond-term-fixed-recorded')).toEqual({
      end: '2027-09-30',
      years: 3,
      majority: 'simple',
    });
  });

  it('applies the majority the case records over the workspace’s', () => {
    expect(findings(withVotes({ for: 8, against: 7 }, { majority: 'simple' }), 'council-majority')).toEqual([]);
    expect(
      findings(
        withVotes({ for: 9, against: 1 }, { bindsBeyondTerm: false, majority: 'two-thirds' }),
        'council-majority',
      ),
    ).toEqual([{ id: 'rule.council-majority.two-thirds', severity: 'error', file: LYON, path: FOR, law: CPEUM }]);
  });

  it('counts the members the vote records before the workspace setting', () => {
    expect(findings(withVotes({ for: 12, against: 2, members: 18 }), 'council-majority')).toEqual([]);
    expect(findings(withVotes({ for: 11, against: 2, members: 18 }), 'council-majority').map((f) => f.id)).toEqual([
      'rule.council-majority.two-thirds',
    ]);
  });

  it('errs when more people voted than the council has members', () => {
    const problems = withVotes({ for: 12, against: 3, abstentions: 2 });
    expect(findings(problems, 'council-majority')).toEqual([
      { id: 'rule.council-majority.too-many', severity: 'error', file: LYON, path: ['steps', 'council', 'votes'] },
    ]);
    expect(paramsOf(problems, 'rule.council-majority.too-many')).toEqual({ voted: 17, members: 15 });
  });
});

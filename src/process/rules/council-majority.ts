// The council's vote reaches the majority its rule requires (product.md §3, domain.md).
import type { AgreementFile, WorkspaceFile } from '../../workspace/schema.js';
import { administrationIn } from '../administrations.js';
import { addMonths } from '../dates.js';
import { CPEUM_ART_115_II_B, caseFile } from './locate.js';
import type { Finding, Rule } from './types.js';

export type Majority = 'simple' | 'two-thirds';

/**
 * The votes needed. Simple majority: more than half of the members who voted (for + against +
 * abstentions). Two-thirds: two thirds of the council's members, rounded up; the council's size
 * is `votes.members`, else `settings.council.members`, else those who voted.
 */
export function votesNeeded(rule: Majority, voted: number, members: number | undefined): number {
  if (rule === 'simple') return Math.floor(voted / 2) + 1;
  const base = members ?? voted;
  return Math.floor((2 * base + 2) / 3); // ⌈2·base/3⌉ in integers
}

/**
 * Whether the agreement binds the municipality beyond the council's term, when the case does not
 * say: an indefinite term does; a fixed one does when, counted from the session, it outlasts the
 * administration then in office.
 */
export function outlivesCouncil(
  config: WorkspaceFile | null | undefined,
  term: AgreementFile['term'],
  session: string | undefined,
): boolean {
  if (term?.type === 'indefinite') return true;
  if (term?.type !== 'fixed' || term.years === undefined || session === undefined) return false;
  const admin = administrationIn(config, session);
  return admin !== undefined && addMonths(session, 12 * term.years) > admin.period.end;
}

/**
 * The majority rule for the council step: the one the case records, else two-thirds (or the
 * workspace's beyond-term rule) when the agreement binds the municipality beyond the council's
 * term (`bindsBeyondTerm`, else as its term in agreement.yaml says), else the workspace's rule,
 * else simple.
 */
export const councilMajority: Rule = {
  id: 'council-majority',
  severity: 'error',
  case: (ctx, bundle) => {
    const council = bundle.case?.steps?.council;
    const votes = council?.votes;
    if (!council || !votes) return [];
    const settings = ctx.ws.config?.settings?.council;
    const term = bundle.agreement?.term;
    const outlives = outlivesCouncil(ctx.ws.config, term, council.date);
    // A recorded `false` cannot undo what the agreement's own term says: only a `true` adds to it.
    const binds = council.bindsBeyondTerm === true || outlives;
    const file = caseFile(bundle);
    const findings: Finding[] = [];
    const end = council.date ? administrationIn(ctx.ws.config, council.date)?.period.end : undefined;
    if (council.bindsBeyondTerm === false && outlives && term && end) {
      // A majority the case records is the one the vote is checked against (state laws differ).
      const recorded = council.majority;
      findings.push({
        id: `rule.council-majority.binds-beyond-term${term.type === 'fixed' ? '-fixed' : ''}${recorded ? '-recorded' : ''}`,
        severity: 'warning',
        params: {
          end,
          ...(term.type === 'fixed' ? { years: term.years ?? 0 } : {}),
          ...(recorded ? { majority: recorded } : {}),
        },
        file,
        path: ['steps', 'council', 'bindsBeyondTerm'],
        law: CPEUM_ART_115_II_B,
      });
    }
    const rule: Majority =
      council.majority ?? (binds ? (settings?.beyondTermMajority ?? 'two-thirds') : (settings?.majority ?? 'simple'));
    const voted = votes.for + votes.against + (votes.abstentions ?? 0);
    const members = votes.members ?? settings?.members;
    if (members !== undefined && voted > members) {
      findings.push({
        id: 'rule.council-majority.too-many',
        params: { voted, members },
        file,
        path: ['steps', 'council', 'votes'],
      });
    }
    const needed = votesNeeded(rule, voted, members);
    if (votes.for < needed) {
      findings.push({
        id: rule === 'two-thirds' ? 'rule.council-majority.two-thirds' : 'rule.council-majority',
        params: { for: votes.for, needed, voted, members: members ?? voted },
        file,
        path: ['steps', 'council', 'votes', 'for'],
        ...(rule === 'two-thirds' ? { law: CPEUM_ART_115_II_B } : {}),
      });
    }
    return findings;
  },
};

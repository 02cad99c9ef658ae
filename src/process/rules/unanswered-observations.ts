// The SRE's observations are answered before anyone signs (domain.md, "The SRE's procedure": the
// Consultoría Jurídica may send observations, a revision loop with each round recorded).
import type { CaseBundle } from '../../workspace/load.js';
import type { SreRoundData } from '../../workspace/schema.js';
import { caseFile, type FieldPath } from './locate.js';
import type { Finding, Rule } from './types.js';

/** Observations of `rounds` without an answer (and its resolution), or answered after `signed`. */
function check(
  bundle: CaseBundle,
  rounds: SreRoundData[],
  base: FieldPath,
  signed: string,
  extra: Record<string, string>,
): Finding[] {
  const findings: Finding[] = [];
  rounds.forEach((round, r) => {
    round.dictamen?.observations?.forEach((obs, k) => {
      const path: FieldPath = [...base, r, 'dictamen', 'observations', k];
      const params = { observation: obs.id, round: r + 1, date: signed, ...extra };
      if (!obs.answer?.resolution) {
        findings.push({
          id: extra.amendment ? 'rule.unanswered-observations.amendment' : 'rule.unanswered-observations',
          params,
          file: caseFile(bundle),
          path: obs.answer ? [...path, 'answer'] : path,
        });
      } else if (obs.answer.date && obs.answer.date > signed) {
        findings.push({
          id: 'rule.unanswered-observations.answered-late',
          params: { ...params, answered: obs.answer.date },
          file: caseFile(bundle),
          path: [...path, 'answer', 'date'],
        });
      }
    });
  });
  return findings;
}

/**
 * Once either Party has signed (the first of `steps.signature.municipality.date` and
 * `counterpart.date`), every observation of every SRE round has an answer with its resolution, dated
 * no later than that signature. The same for a signed amendment and its own rounds.
 */
export const unansweredObservations: Rule = {
  id: 'unanswered-observations',
  severity: 'error',
  case: (_ctx, bundle) => {
    const c = bundle.case;
    if (!c) return [];
    const sig = c.steps?.signature;
    const first = [sig?.municipality?.date, sig?.counterpart?.date].filter((d): d is string => !!d).sort()[0];
    const findings: Finding[] = [];
    if (first)
      findings.push(
        ...check(bundle, c.steps?.['sre-opinion']?.rounds ?? [], ['steps', 'sre-opinion', 'rounds'], first, {}),
      );
    c.amendments?.forEach((a, i) => {
      if (a.signed)
        findings.push(...check(bundle, a.rounds ?? [], ['amendments', i, 'rounds'], a.signed, { amendment: a.id }));
    });
    return findings;
  },
};

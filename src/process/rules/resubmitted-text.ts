// A round after the SRE's observations sends a revised text or, when the municipality keeps the text,
// answers each observation explaining why (domain.md, "The SRE's procedure": the Consultoría Jurídica
// may send observations, a revision loop with each round recorded).
import type { CaseBundle } from '../../workspace/load.js';
import type { SreRoundData } from '../../workspace/schema.js';
import { dictamenHash } from '../steps.js';
import { caseFile, type FieldPath } from './locate.js';
import type { Finding, Rule } from './types.js';

/**
 * The rounds of `rounds` that submit again the text an earlier round's observations were about, while
 * one of those observations has no answer with its resolution, or one answered `accepted` ("the text
 * was changed"): one finding per such round, at its hash, naming the first such observation.
 */
function check(bundle: CaseBundle, rounds: SreRoundData[], base: FieldPath, amendment?: string): Finding[] {
  const findings: Finding[] = [];
  // The text each round's observations were about; undefined for a round without observations.
  const observed = rounds.map((x) => (x.dictamen?.outcome === 'observations' ? dictamenHash(x) : undefined));
  rounds.forEach((round, r) => {
    if (!round.hash) return;
    const e = observed.slice(0, r).lastIndexOf(round.hash);
    const observations = e < 0 ? [] : (rounds[e]?.dictamen?.observations ?? []);
    const obs = observations.find((o) => !o.answer?.resolution || o.answer.resolution === 'accepted');
    if (!obs) return;
    const accepted = obs.answer?.resolution === 'accepted';
    findings.push({
      id: amendment
        ? accepted
          ? 'rule.resubmitted-text.amendment.accepted'
          : 'rule.resubmitted-text.amendment'
        : accepted
          ? 'rule.resubmitted-text.accepted'
          : 'rule.resubmitted-text',
      params: { round: r + 1, earlier: e + 1, observation: obs.id, ...(amendment ? { amendment } : {}) },
      file: caseFile(bundle),
      path: [...base, r, 'hash'],
    });
  });
  return findings;
}

/**
 * A round (of the agreement or of an amendment) whose submitted text is the one an earlier round's
 * observations were about, unless every one of those observations has an answer that keeps the text
 * (rejected or clarified): the SRE would otherwise get back the text it observed, unexplained.
 */
export const resubmittedText: Rule = {
  id: 'resubmitted-text',
  severity: 'warning',
  case: (_ctx, bundle) => {
    const c = bundle.case;
    if (!c) return [];
    return [
      ...check(bundle, c.steps?.['sre-opinion']?.rounds ?? [], ['steps', 'sre-opinion', 'rounds']),
      ...(c.amendments ?? []).flatMap((a, i) => check(bundle, a.rounds ?? [], ['amendments', i, 'rounds'], a.id)),
    ];
  },
};

// A round after the SRE's observations sends a revised text or, when the municipality keeps the text,
// answers each observation explaining why (domain.md, "The SRE's procedure": the Consultoría Jurídica
// may send observations, a revision loop with each round recorded).
import type { Params } from '../../errors.js';
import type { CaseBundle } from '../../workspace/load.js';
import type { SreRoundData } from '../../workspace/schema.js';
import { keptButChanged, keptObservations, returnedObservations } from '../steps.js';
import { effectiveOf } from './agreement-text.js';
import { caseFile, type FieldPath } from './locate.js';
import type { Finding, Rule } from './types.js';

/**
 * The rounds of `rounds` that submit again the text the dictamen before them observed
 * (keptObservations), while one of those observations is answered `accepted` ("the text was changed";
 * the opinion request refuses these, keptButChanged) or has no answer with its resolution: one finding
 * per such round, at its hash, naming that observation. And those that go back to an earlier text
 * (returnedObservations) while an observation they answer has no answer: at that observation.
 */
function check(
  bundle: CaseBundle,
  rounds: SreRoundData[],
  base: FieldPath,
  current: () => string,
  amendment?: string,
): Finding[] {
  const findings: Finding[] = [];
  // Each finding's id names its variant, after `.amendment` for an amendment's rounds, whose id it names.
  const push = (variant: string | undefined, params: Params, path: FieldPath) =>
    findings.push({
      id: ['rule.resubmitted-text', amendment && 'amendment', variant].filter(Boolean).join('.'),
      params: { ...params, ...(amendment ? { amendment } : {}) },
      file: caseFile(bundle),
      path,
    });
  rounds.forEach((round, r) => {
    // A return to an earlier text (A, B, then A again) answers the observations on B: its letter gives
    // each one's answer, at that observation.
    const returned = returnedObservations(rounds, r, round.hash) ?? [];
    const u = returned.findIndex((o) => !o.answer?.resolution);
    const unanswered = returned[u];
    if (unanswered) {
      const path: FieldPath = [...base, r - 1, 'dictamen', 'observations', u];
      const first = rounds.findIndex((o) => o.hash === round.hash) + 1;
      push(
        'returned',
        { round: r + 1, first, earlier: r, observation: unanswered.id },
        unanswered.answer ? [...path, 'answer'] : path,
      );
    }
    const observations = keptObservations(rounds, r, round.hash) ?? [];
    const k = keptButChanged(rounds, r, round.hash);
    const obs = k === undefined ? observations.find((o) => !o.answer?.resolution) : observations[k];
    if (!obs) return;
    const variant = k === undefined ? undefined : 'accepted';
    push(variant, { round: r + 1, earlier: r, observation: obs.id }, [...base, r, 'hash']);
  });
  // The round about to be sent, after a dictamen with observations and not recorded yet, submits
  // agreement.yaml's current text: the opinion request refuses it as it does a recorded one, at the
  // answer (an unanswered observation is the usual state before the text is revised or the answers
  // written, and the letter leaves it blank to fill). The current text's hash is asked only then: a
  // check makes it for no other case without a text of its own.
  const last = rounds.at(-1);
  if (last?.dictamen?.outcome !== 'observations') return findings;
  const k = keptButChanged(rounds, rounds.length, current());
  const observation = k === undefined ? undefined : last.dictamen.observations?.[k];
  if (k === undefined || !observation) return findings;
  const answer: FieldPath = [...base, rounds.length - 1, 'dictamen', 'observations', k, 'answer', 'resolution'];
  push('next', { round: rounds.length + 1, earlier: rounds.length, observation: observation.id }, answer);
  return findings;
}

/**
 * A round (of the agreement or of an amendment) whose submitted text is the one the dictamen before it
 * observed, unless every one of those observations has an answer that keeps the text
 * (rejected or clarified): the SRE would otherwise get back the text it observed, unexplained. The
 * round not recorded yet counts too, with agreement.yaml's current text, as the opinion request takes it.
 * A recorded round that goes back to an earlier text answers the observations on the one before it: each
 * needs its answer, which the letter quotes.
 */
export const resubmittedText: Rule = {
  id: 'resubmitted-text',
  severity: 'warning',
  case: (ctx, bundle) => {
    const c = bundle.case;
    if (!c) return [];
    const current = () => effectiveOf(ctx, bundle).hash;
    return [
      ...check(bundle, c.steps?.['sre-opinion']?.rounds ?? [], ['steps', 'sre-opinion', 'rounds'], current),
      ...(c.amendments ?? []).flatMap((a, i) =>
        check(bundle, a.rounds ?? [], ['amendments', i, 'rounds'], current, a.id),
      ),
    ];
  },
};

// A step is done when its facts are recorded (product.md §2): an error when a later step shows it
// was done but its facts are missing, a warning while it is half-way, so CI tolerates work in progress.

import type { CaseBundle } from '../../workspace/load.js';
import { deriveWorkspaceSteps, type StepStatus } from '../status.js';
import { caseStatus } from './derived.js';
import { dotted, factLocation, stepParams } from './locate.js';
import type { Finding, Rule, RuleContext } from './types.js';

const someFacts = (s: StepStatus) => s.state === 'done' || s.missing.length < s.step.facts.length;

function missingFacts(ctx: RuleContext, bundle: CaseBundle | undefined, status: StepStatus, implied: boolean): Finding {
  const located = status.missing.map((f) => factLocation(ctx.ws, bundle, status.step, f));
  const first = located[0] as (typeof located)[number];
  // A case's facts are asked for by `linkage next <case>`, the workspace's by `linkage next`: each its own hint.
  const inProgress = bundle ? 'rule.required-facts.case-in-progress' : 'rule.required-facts.in-progress';
  return {
    id: implied ? 'rule.required-facts' : inProgress,
    params: {
      ...stepParams([status.step]),
      ...(bundle ? { slug: bundle.slug } : {}),
      // Each fact by its label, with where it goes: "dictamen favorable (steps.sre-opinion.…)".
      missing: located.map((l, k) => `${status.missing[k]?.label.es} (${dotted(l.path)})`).join(', '),
      missingEn: located.map((l, k) => `${status.missing[k]?.label.en} (${dotted(l.path)})`).join(', '),
    },
    file: first.file,
    path: first.path,
    severity: implied ? 'error' : 'warning',
  };
}

/**
 * A step that later steps show to be done (they have facts) but that lacks some of its own facts
 * is an error naming them; a step in progress with nothing recorded after it is a warning, unless it
 * waits on someone else (the SRE's dictamen, the counterpart's signature). Later
 * means Phases 2–3: the yearly Phase 4 does not prove a registration acuse came back.
 */
export const requiredFacts: Rule = {
  id: 'required-facts',
  severity: 'error',
  workspace: (ctx) =>
    deriveWorkspaceSteps(ctx.ws, ctx.today)
      .filter((s) => s.state === 'in-progress' && s.missing.length > 0)
      .map((s) => missingFacts(ctx, undefined, s, false)),
  case: (ctx, bundle) => {
    const steps = caseStatus(ctx, bundle).steps;
    const stepContext = { ws: ctx.ws, bundle, today: ctx.today };
    return steps.flatMap((s, i) => {
      if (s.state !== 'in-progress' || s.missing.length === 0) return [];
      const implied = steps.some((later, j) => j > i && later.step.phase <= 3 && someFacts(later));
      // Waiting on the counterpart or the SRE, the municipality has nothing left to record: not a warning.
      if (!implied && s.step.waiting?.(stepContext)) return [];
      return [missingFacts(ctx, bundle, s, implied)];
    });
  },
};

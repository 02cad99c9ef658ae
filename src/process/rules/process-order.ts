// The order of the process (product.md §3): Phase 1 before the letter, each step after the ones
// before it, the SRE's opinion on the very text that is signed, registration after signature.
import type { Params } from '../../errors.js';
import type { CaseBundle } from '../../workspace/load.js';
import type { SreRoundData } from '../../workspace/schema.js';
import { openedAfter } from '../status.js';
import { type StepContext, signatureClearance, signatureDate } from '../steps.js';
import { workspaceDerivation } from './derived.js';
import { caseFile, chainSteps, firstPresent, hasFacts, LSCT_ART_7, short, stepParams } from './locate.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** The facts of a registration that say its copy went to the SRE (or came back acknowledged). */
const REGISTRATION_FACTS = ['date', 'oficio', 'acuse', 'registryNumber'] as const;

/** The process-order finding (its id and hashes) when `rounds` do not clear the signed text. */
function clearanceIssue(
  rounds: SreRoundData[],
  signedHash: string | undefined,
): { id: string; params: Params } | undefined {
  const issue = signatureClearance(rounds, signedHash);
  if (!issue) return undefined;
  return issue.issue === 'no-dictamen'
    ? { id: 'rule.process-order.no-dictamen', params: {} }
    : { id: 'rule.process-order.other-text', params: { signed: short(issue.signed), cleared: short(issue.cleared) } };
}

function caseOrder(ctx: RuleContext, bundle: CaseBundle): Finding[] {
  const c = bundle.case;
  if (!c) return [];
  const file = caseFile(bundle);
  const sctx: StepContext = { ws: ctx.ws, bundle, today: ctx.today };
  const findings: Finding[] = [];
  const chain = chainSteps(ctx.steps);
  const withFacts = chain.map((s) => hasFacts(s, sctx));

  // 1. Nothing from the letter on before the municipality's own Phase 1 (liaison and profile).
  const letterAt = chain.findIndex((s) => s.id === 'letter');
  const firstAfterLetter = letterAt < 0 ? -1 : withFacts.findIndex((has, i) => has && i >= letterAt);
  if (firstAfterLetter >= 0) {
    const step = chain[firstAfterLetter] as (typeof chain)[number];
    // A liaison appointed, or an administration that took office, after this case's letter (or yet
    // to) was no prerequisite of it.
    const since = step.date?.(sctx);
    const open = workspaceDerivation(ctx).workspaceSteps.filter(
      (s) => (s.id === 'liaison' || s.id === 'profile') && s.state !== 'done' && !openedAfter(s, ctx.ws.config, since),
    );
    if (open.length > 0) {
      findings.push({
        id: 'rule.process-order.phase-1',
        params: {
          ...stepParams([step]),
          ...stepParams(
            open.map((s) => s.step),
            'missing',
          ),
        },
        ...firstPresent(ctx.ws, bundle, step, sctx),
      });
    }
  }

  // 2. A step with no facts (and not skipped) while a later one has some. The two pairs that the
  // law speaks of get their own message below, so they are not reported twice.
  chain.forEach((step, i) => {
    if (withFacts[i] || c.skipped?.[step.id]) return;
    const j = withFacts.findIndex((has, k) => has && k > i);
    if (j < 0) return;
    const later = chain[j] as (typeof chain)[number];
    if (step.id === 'sre-opinion' && later.id === 'signature') return;
    if (step.id === 'signature' && later.id === 'registration') return;
    findings.push({
      params: { ...stepParams([step]), ...stepParams([later], 'later'), slug: bundle.slug },
      ...firstPresent(ctx.ws, bundle, later, sctx),
    });
  });

  // 3. A counterpart that declined, or never answered, closes the case (status.ts caseClosure): no
  // step after its answer happened. Either the answer or the later facts are wrong.
  const outcome = c.steps?.response?.outcome;
  const responseAt = chain.findIndex((s) => s.id === 'response');
  if ((outcome === 'declined' || outcome === 'no-answer') && responseAt >= 0) {
    const j = withFacts.findIndex((has, k) => has && k > responseAt);
    const later = chain[j];
    if (later) {
      findings.push({
        id: `rule.process-order.after-${outcome}`,
        params: stepParams([later], 'later'),
        file,
        path: ['steps', 'response', 'outcome'],
      });
    }
  }

  // 4. LSCT art. 7: the SRE's dictamen before signature, on the signed text; registration after.
  const sig = c.steps?.signature;
  const sigStep = chain.find((s) => s.id === 'signature');
  if (sig && sigStep && hasFacts(sigStep, sctx)) {
    const issue = clearanceIssue(c.steps?.['sre-opinion']?.rounds ?? [], sig.hash);
    if (issue) {
      const at =
        issue.id === 'rule.process-order.other-text'
          ? { file, path: ['steps', 'signature', 'hash'] }
          : firstPresent(ctx.ws, bundle, sigStep, sctx);
      findings.push({ ...issue, ...at, law: LSCT_ART_7 });
    }
  }
  (c.amendments ?? []).forEach((amendment, i) => {
    if (!amendment.signed) return;
    const issue = clearanceIssue(amendment.rounds ?? [], amendment.hash);
    if (issue) {
      findings.push({
        id: `${issue.id}-amendment`,
        params: { ...issue.params, amendment: amendment.id },
        file,
        path: ['amendments', i, 'signed'],
        law: LSCT_ART_7,
      });
    }
  });
  // An amendment's copy goes to the registry once the amendment is signed, as the agreement's does.
  (c.amendments ?? []).forEach((amendment, i) => {
    const fact = REGISTRATION_FACTS.find((k) => amendment.registration?.[k] !== undefined);
    if (amendment.signed || fact === undefined) return;
    findings.push({
      id: 'rule.process-order.registration-before-signature-amendment',
      params: { amendment: amendment.id },
      file,
      path: ['amendments', i, 'registration', fact],
      law: LSCT_ART_7,
    });
  });
  const regStep = chain.find((s) => s.id === 'registration');
  if (regStep && hasFacts(regStep, sctx) && signatureDate(c) === undefined) {
    findings.push({
      id: 'rule.process-order.registration-before-signature',
      params: {},
      ...firstPresent(ctx.ws, bundle, regStep, sctx),
      law: LSCT_ART_7,
    });
  }
  return findings;
}

/**
 * Steps happen in order: no letter before the liaison and the profile, no step before the ones
 * ahead of it (skipped steps count as done), none after a counterpart declined or did not answer, no signature without the SRE's favourable dictamen on
 * the signed text and no registration before signature, of the agreement or of an amendment (Ley
 * sobre la Celebración de Tratados, art. 7). The article is cited on the findings it grounds, not on the whole rule.
 */
export const processOrder: Rule = {
  id: 'process-order',
  severity: 'error',
  case: caseOrder,
};

/** The text signed is not the one the council approved: the council approved something else. */
export const signedTextDiffers: Rule = {
  id: 'signed-text-differs',
  severity: 'warning',
  case: (_ctx, bundle) => {
    const steps = bundle.case?.steps;
    const signed = steps?.signature?.hash;
    const approved = steps?.council?.hash;
    if (!signed || !approved || signed === approved) return [];
    return [
      {
        params: { signed: short(signed), approved: short(approved) },
        file: caseFile(bundle),
        path: ['steps', 'signature', 'hash'],
      },
    ];
  },
};

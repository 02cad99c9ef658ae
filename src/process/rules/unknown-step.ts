// Step ids in the data name steps that exist: a typo under `steps:` would silently record nothing.
import { WORKSPACE_FILE } from '../../workspace/load.js';
import type { CaseFile, LocalStepData } from '../../workspace/schema.js';
import { closest } from '../../workspace/validate.js';
import { BUILTIN_STEPS } from '../steps.js';
import { caseFile, type FieldPath } from './locate.js';
import type { Finding, Rule } from './types.js';

/** A finding of this rule without its file: what the answers of `new` and `init` are refused for, too. */
export type StepFinding = Required<Pick<Finding, 'id' | 'params' | 'path'>> & Pick<Finding, 'atKey'>;

function unknown(id: string, known: string[], path: FieldPath, base: string, params = {}): StepFinding {
  const suggestion = closest(id, known);
  return {
    id: suggestion ? `${base}.suggestion` : base,
    params: { id, known: known.join(', '), ...(suggestion ? { suggestion } : {}), ...params },
    path,
  };
}

/** A step or a fact a case names as a key that the process does not have: said at that key. */
const unknownKey = (...args: Parameters<typeof unknown>): StepFinding => ({ ...unknown(...args), atKey: true });

/**
 * linkage.yaml's local steps: each has an id of its own and follows a step that exists. `after`: the
 * message of one that follows no step; check's says where the step goes meanwhile, init's refuses.
 */
export function localStepFindings(locals: readonly LocalStepData[], after = 'rule.unknown-step.after'): StepFinding[] {
  const findings: StepFinding[] = [];
  const builtin = BUILTIN_STEPS.map((s) => s.id);
  const known = [...builtin, ...locals.map((l) => l.id)];
  locals.forEach((def, i) => {
    if (builtin.includes(def.id))
      findings.push({ id: 'rule.unknown-step.builtin', params: { id: def.id }, path: ['localSteps', i, 'id'] });
    if (!known.includes(def.after)) findings.push(unknown(def.after, known, ['localSteps', i, 'after'], after));
  });
  return findings;
}

/**
 * A case's `steps:` and `skipped:`: built-in steps or the local steps `locals` declares; a local
 * step's keys are its declared facts.
 */
export function caseStepFindings(c: Pick<CaseFile, 'steps' | 'skipped'>, all: readonly LocalStepData[]): StepFinding[] {
  const builtin = BUILTIN_STEPS.map((s) => s.id);
  // A local step that reuses a built-in id is reported in linkage.yaml; its facts are the built-in's.
  const locals = all.filter((l) => !builtin.includes(l.id));
  const known = [...builtin, ...locals.map((l) => l.id)];
  const findings: StepFinding[] = [];
  for (const [id, value] of Object.entries(c.steps ?? {})) {
    const local = locals.find((l) => l.id === id);
    if (!known.includes(id)) findings.push(unknownKey(id, known, ['steps', id], 'rule.unknown-step'));
    else if (local && value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = local.facts.map((f) => f.key);
      for (const key of Object.keys(value)) {
        if (!keys.includes(key))
          findings.push(unknownKey(key, keys, ['steps', id, key], 'rule.unknown-step.fact', { step: id }));
      }
    }
  }
  for (const id of Object.keys(c.skipped ?? {})) {
    if (!known.includes(id)) findings.push(unknownKey(id, known, ['skipped', id], 'rule.unknown-step'));
  }
  return findings;
}

/**
 * Keys under a case's `steps:` and `skipped:` are built-in steps or local steps declared in
 * linkage.yaml `localSteps`; a local step's keys are its declared facts; a local step follows a
 * step that exists and does not reuse a built-in id.
 */
export const unknownStep: Rule = {
  id: 'unknown-step',
  severity: 'warning',
  workspace: (ctx) => localStepFindings(ctx.ws.config?.localSteps ?? []).map((f) => ({ ...f, file: WORKSPACE_FILE })),
  case: (ctx, bundle) => {
    if (!bundle.case) return [];
    const file = caseFile(bundle);
    return caseStepFindings(bundle.case, ctx.ws.config?.localSteps ?? []).map((f) => ({ ...f, file }));
  },
};

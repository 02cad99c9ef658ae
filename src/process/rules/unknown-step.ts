// Step ids in the data name steps that exist: a typo under `steps:` would silently record nothing.
import { WORKSPACE_FILE } from '../../workspace/load.js';
import { closest } from '../../workspace/validate.js';
import { BUILTIN_STEPS } from '../steps.js';
import { caseFile, type FieldPath } from './locate.js';
import type { Finding, Rule } from './types.js';

function unknown(id: string, known: string[], file: string, path: FieldPath, base: string, params = {}): Finding {
  const suggestion = closest(id, known);
  return {
    id: suggestion ? `${base}.suggestion` : base,
    params: { id, known: known.join(', '), ...(suggestion ? { suggestion } : {}), ...params },
    file,
    path,
  };
}

/**
 * Keys under a case's `steps:` and `skipped:` are built-in steps or local steps declared in
 * linkage.yaml `localSteps`; a local step's keys are its declared facts; a local step follows a
 * step that exists and does not reuse a built-in id.
 */
export const unknownStep: Rule = {
  id: 'unknown-step',
  severity: 'warning',
  workspace: (ctx) => {
    const findings: Finding[] = [];
    const builtin = BUILTIN_STEPS.map((s) => s.id);
    const locals = ctx.ws.config?.localSteps ?? [];
    const known = [...builtin, ...locals.map((l) => l.id)];
    locals.forEach((def, i) => {
      if (builtin.includes(def.id)) {
        findings.push({
          id: 'rule.unknown-step.builtin',
          params: { id: def.id },
          file: WORKSPACE_FILE,
          path: ['localSteps', i, 'id'],
        });
      }
      if (!known.includes(def.after)) {
        findings.push(unknown(def.after, known, WORKSPACE_FILE, ['localSteps', i, 'after'], 'rule.unknown-step.after'));
      }
    });
    return findings;
  },
  case: (ctx, bundle) => {
    const c = bundle.case;
    if (!c) return [];
    const builtin = BUILTIN_STEPS.map((s) => s.id);
    // A local step that reuses a built-in id is reported in linkage.yaml; its facts are the built-in's.
    const locals = (ctx.ws.config?.localSteps ?? []).filter((l) => !builtin.includes(l.id));
    const known = [...builtin, ...locals.map((l) => l.id)];
    const file = caseFile(bundle);
    const findings: Finding[] = [];
    for (const [id, value] of Object.entries(c.steps ?? {})) {
      const local = locals.find((l) => l.id === id);
      if (!known.includes(id)) findings.push(unknown(id, known, file, ['steps', id], 'rule.unknown-step'));
      else if (local && value && typeof value === 'object' && !Array.isArray(value)) {
        const keys = local.facts.map((f) => f.key);
        for (const key of Object.keys(value)) {
          if (!keys.includes(key))
            findings.push(unknown(key, keys, file, ['steps', id, key], 'rule.unknown-step.fact', { step: id }));
        }
      }
    }
    for (const id of Object.keys(c.skipped ?? {})) {
      if (!known.includes(id)) findings.push(unknown(id, known, file, ['skipped', id], 'rule.unknown-step'));
    }
    return findings;
  },
};

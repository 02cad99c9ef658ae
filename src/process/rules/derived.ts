// Several rules read the same derived status of a case; deriving it once per run keeps `check`
// on a thousand cases within its time budget. Keyed on the loaded objects, so nothing outlives them.
import type { CaseBundle } from '../../workspace/load.js';
import { type CaseStatus, deriveCaseStatus, deriveWorkspace, type WorkspaceDerivation } from '../status.js';
import type { RuleContext } from './types.js';

const memo = new WeakMap<CaseBundle, { ws: RuleContext['ws']; today: string; status: CaseStatus }>();
const shared = new WeakMap<RuleContext['ws'], { today: string; derivation: WorkspaceDerivation }>();

/** What every case of the workspace shares (its steps, the state of its Phase 1), derived once per day. */
export function workspaceDerivation(ctx: RuleContext): WorkspaceDerivation {
  let common = shared.get(ctx.ws);
  if (!common || common.today !== ctx.today) {
    common = { today: ctx.today, derivation: deriveWorkspace(ctx.ws, ctx.today) };
    shared.set(ctx.ws, common);
  }
  return common.derivation;
}

export function caseStatus(ctx: RuleContext, bundle: CaseBundle): CaseStatus {
  const hit = memo.get(bundle);
  if (hit && hit.ws === ctx.ws && hit.today === ctx.today) return hit.status;
  const status = deriveCaseStatus(ctx.ws, bundle, ctx.today, workspaceDerivation(ctx));
  memo.set(bundle, { ws: ctx.ws, today: ctx.today, status });
  return status;
}

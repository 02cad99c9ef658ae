// What status and check derive of each case on a cold load, the same on whichever thread parses the
// case (workspace/parallel.ts): a stored status, or the case's check findings, located.
import { type CaseFindings, caseFindings, ruleContext } from '../process/rules/index.js';
import { deriveCaseStatus, deriveWorkspace, type StoredStatus, storeStatus } from '../process/status.js';
import type { CaseBundle, Deriver, LoadOptions, Workspace } from '../workspace/load.js';
import type { DeriveSpec } from '../workspace/parallel.js';
import { workspaceToday } from './common.js';

const DERIVERS: Record<DeriveSpec['task'], (ws: Workspace, today: string) => (bundle: CaseBundle) => unknown> = {
  // None for a broken case: the main thread locates its error from the file as it is.
  status: (ws, today): ((bundle: CaseBundle) => StoredStatus | undefined) => {
    const shared = deriveWorkspace(ws, today);
    return (bundle) => {
      const status = deriveCaseStatus(ws, bundle, today, shared);
      return status.error ? undefined : storeStatus(status, shared);
    };
  },
  // None for a case that does not load: only loadable cases are checked.
  check: (ws, today): ((bundle: CaseBundle) => CaseFindings | undefined) => {
    const full = ruleContext({ ws, today, verifyHashes: true });
    return (bundle) => (bundle.case ? caseFindings(full, bundle) : undefined);
  },
};

/** The deriver of a task; it derives nothing when linkage.yaml does not load or "today" cannot be told. */
export const caseDeriver =
  (spec: DeriveSpec): Deriver =>
  (ws) => {
    if (!ws.config) return undefined;
    let today: string;
    try {
      today = workspaceToday(ws, spec.asOf, spec.env);
    } catch {
      // A bad --as-of, say: the command reports it.
      return undefined;
    }
    return { today, deriveCase: DERIVERS[spec.task](ws, today) };
  };

/** loadWorkspace's `derive` option for a command. */
export function deriveOption(
  task: DeriveSpec['task'],
  options: { asOf?: string; env?: NodeJS.ProcessEnv },
): NonNullable<LoadOptions['derive']> {
  const spec: DeriveSpec = {
    task,
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    env: options.env ?? process.env,
  };
  return { spec, deriver: caseDeriver(spec) };
}

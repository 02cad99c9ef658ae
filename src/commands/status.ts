import { UserError } from '../errors.js';
import {
  type CaseStatus,
  deriveCaseStatus,
  deriveWorkspace,
  restoreStatus,
  type StepStatus,
  type StoredStatus,
  storeStatus,
} from '../process/status.js';
import { loadWorkspace } from '../workspace/load.js';
import { locateProblems } from '../workspace/locate.js';
import { caseKey, openMemo } from '../workspace/memo.js';
import type { Problem } from '../workspace/problems.js';
import { workspaceToday } from './common.js';

export interface StatusOptions {
  roots: string[];
  caseSlug?: string;
  asOf?: string;
  env?: NodeJS.ProcessEnv;
}

export interface WorkspaceStatus {
  root: string;
  name: string;
  today: string;
  phase1: StepStatus[];
  cases: CaseStatus[];
  /** Problems of linkage.yaml itself (a broken file still lets the report print). */
  problems: Problem[];
}

export interface StatusResult {
  workspaces: WorkspaceStatus[];
}

export function runStatus(options: StatusOptions): StatusResult {
  const workspaces = options.roots.map((root) => {
    const ws = loadWorkspace(root, options.caseSlug ? { only: [options.caseSlug] } : {});
    if (options.caseSlug && ws.cases.length === 0) {
      throw new UserError('cli.unknown-case', { slug: options.caseSlug, root, cases: listCases(root) });
    }
    const today = workspaceToday(ws, options.asOf, options.env);
    const shared = deriveWorkspace(ws, today);
    // A case whose files are unchanged gets its status from the memo: its fields are never parsed.
    const memo = openMemo(root, STATUS_MEMO, true, isStoredStatus);
    const cases = ws.cases.map((bundle) => {
      const key = caseKey(ws, bundle, today);
      const stored = key ? memo.get(bundle.slug, key) : undefined;
      const restored = stored && restoreStatus(stored, shared);
      if (restored) return restored;
      const status = deriveCaseStatus(ws, bundle, today, shared);
      // A broken case is not stored: its error is located afresh, from the file as it is now.
      if (key && !status.error) memo.set(bundle.slug, key, storeStatus(status, shared));
      // Only broken cases are located: it reads their file again.
      if (status.error) status.error = locateProblems(root, [status.error])[0];
      return status;
    });
    if (!options.caseSlug) memo.prune();
    memo.save();
    return {
      root,
      name: ws.config?.municipality.name ?? root,
      today,
      phase1: shared.workspaceSteps,
      cases,
      problems: locateProblems(
        root,
        ws.problems.filter((p) => p.severity === 'error'),
      ),
    };
  });
  return { workspaces };
}

const STATUS_MEMO = 'status-v1.json';

const isArray = Array.isArray;
/** The shape restoreStatus relies on; anything else in the memo is derived afresh. */
function isStoredStatus(v: unknown): v is StoredStatus {
  const s = v as StoredStatus | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.slug === 'string' &&
    typeof s.city === 'string' &&
    typeof s.progress === 'object' &&
    isArray(s.late) &&
    isArray(s.steps) &&
    s.steps.every((x) => isArray(x) && typeof x[0] === 'string' && typeof x[1] === 'string' && isArray(x[2])) &&
    isArray(s.next) &&
    s.next.every((x) => isArray(x) && (x[0] === 'case' || x[0] === 'workspace') && Number.isInteger(x[1]))
  );
}

function listCases(root: string): string {
  return (
    loadWorkspace(root)
      .cases.map((c) => c.slug)
      .join(', ') || '—'
  );
}

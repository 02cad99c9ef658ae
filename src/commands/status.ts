import {
  bareStatus,
  type CaseStatus,
  deriveCaseStatus,
  deriveWorkspace,
  restoreStatus,
  restoreSteps,
  type StepStatus,
  type StoredStatus,
  type StoredSteps,
  storeStatus,
  storeSteps,
  type WorkspaceDerivation,
} from '../process/status.js';
import { stepsFor } from '../process/steps.js';
import { type CaseBundle, derivedFor, loadWorkspace, WORKSPACE_FILE } from '../workspace/load.js';
import { locateProblems } from '../workspace/locate.js';
import { caseKey, openMemo } from '../workspace/memo.js';
import type { Problem } from '../workspace/problems.js';
import type { WorkspaceFile } from '../workspace/schema.js';
import { acrossWorkspaces } from './across.js';
import { checkTodayInputs, namedCase, workspaceToday } from './common.js';
import { type CaseDerivation, deriveOption } from './derive.js';

export interface StatusOptions {
  roots: string[];
  caseSlug?: string;
  asOf?: string;
  env?: NodeJS.ProcessEnv;
}

export interface WorkspaceStatus {
  root: string;
  /** The municipality's name; none when linkage.yaml does not load (the report names its folder). */
  name?: string;
  today: string;
  phase1: StepStatus[];
  cases: CaseStatus[];
  /** Problems of linkage.yaml itself (a broken file still lets the report print). */
  problems: Problem[];
}

export interface StatusResult {
  workspaces: WorkspaceStatus[];
}

export async function runStatus(options: StatusOptions): Promise<StatusResult> {
  checkTodayInputs(options.asOf, options.env);
  const workspaces = await acrossWorkspaces(
    'status',
    options.roots.map((root) => ({ root })),
    options,
    ({ root }) => statusOfWorkspace(root, options).status,
    restoreWorkspaceStatus,
    { env: options.env, coldOnly: true },
  );
  return { workspaces };
}

function statusOfWorkspace(root: string, options: StatusOptions) {
  const ws = loadWorkspace(root, {
    ...(options.caseSlug ? { only: [options.caseSlug] } : {}),
    derive: deriveOption('status', options, statusDerivation),
  });
  // A case that is not there: named as every other command names it (the city someone typed points to
  // its case, a near miss to the case meant).
  if (options.caseSlug && ws.cases.length === 0) namedCase(ws, options.caseSlug);
  const today = workspaceToday(ws, options.asOf, options.env);
  const shared = deriveWorkspace(ws, today);
  // A case whose files are unchanged gets its status from the memo: its fields are never parsed.
  const memo = openMemo(root, STATUS_MEMO, true, isStoredStatus);
  /** Each case's status as the memo keeps it, where there is one (what a workspace worker sends). */
  const stored: (StoredStatus | undefined)[] = [];
  const cases = ws.cases.map((bundle, i) => {
    // Without linkage.yaml's value, a case's steps (Phase 1 first, the local ones, the intervals)
    // cannot be told: a row derived against no workspace would show a signed case in Phase 1.
    if (!ws.config) return withoutWorkspace(root, bundle);
    const key = caseKey(ws, bundle, today);
    const known = memo.recall(bundle.slug, key, () => derivedFor(ws, bundle, today) as StoredStatus | undefined);
    const restored = known && restoreStatus(known, shared);
    if (restored) {
      stored[i] = known;
      return restored;
    }
    const status = deriveCaseStatus(ws, bundle, today, shared);
    // A broken case is not stored: its error is located afresh, from the file as it is now.
    if (!status.error) {
      stored[i] = storeStatus(status, shared);
      if (key) memo.set(bundle.slug, key, stored[i]);
    }
    // Only broken cases are located: it reads their file again.
    if (status.error) status.error = locateProblems(root, [status.error])[0];
    return status;
  });
  if (!options.caseSlug) memo.prune();
  memo.save();
  const status: WorkspaceStatus = {
    root,
    ...(ws.config ? { name: ws.config.municipality.name } : {}),
    today,
    phase1: ws.config ? shared.workspaceSteps : [],
    cases,
    problems: locateProblems(
      root,
      ws.problems.filter((p) => p.severity === 'error'),
    ),
  };
  const { settings, localSteps } = ws.config ?? {};
  return {
    status,
    stored,
    shared,
    steps: { ...(settings ? { settings } : {}), ...(localSteps ? { localSteps } : {}) },
  };
}

/**
 * A case's row while linkage.yaml does not load: its slug, and why there is nothing more (its own
 * error, located, when its files have one).
 */
function withoutWorkspace(root: string, bundle: CaseBundle): CaseStatus {
  const own = bundle.problems.find((p) => p.severity === 'error');
  return {
    ...bareStatus(bundle),
    error: own
      ? (locateProblems(root, [own])[0] as Problem)
      : { severity: 'error', id: 'status.no-workspace', params: {}, file: WORKSPACE_FILE },
  };
}

/** A case's status as stored; none for a broken case, whose error is located from the file as it is. */
export const statusDerivation: CaseDerivation = (ws, today) => {
  const shared = deriveWorkspace(ws, today);
  return (bundle) => {
    const status = deriveCaseStatus(ws, bundle, today, shared);
    return status.error ? undefined : storeStatus(status, shared);
  };
};

/** A workspace's status as plain data, for another thread: steps by reference, as in the memo. */
interface StoredWorkspaceStatus extends Omit<WorkspaceStatus, 'phase1' | 'cases'> {
  /** What the workspace's steps come from (stepsFor). */
  steps: Pick<WorkspaceFile, 'settings' | 'localSteps'>;
  phase1: StoredSteps;
  cases: (StoredStatus & { error?: Problem })[];
}

/** What a workspace worker sends back for a workspace. */
export function storedStatusOfWorkspace(root: string, options: StatusOptions): StoredWorkspaceStatus {
  const { status, stored, shared, steps } = statusOfWorkspace(root, options);
  return {
    ...status,
    steps,
    phase1: storeSteps(status.phase1),
    cases: status.cases.map(
      (c, i) => stored[i] ?? { ...storeStatus(c, shared), ...(c.error ? { error: c.error } : {}) },
    ),
  };
}

function restoreWorkspaceStatus(stored: StoredWorkspaceStatus): WorkspaceStatus {
  const shared: WorkspaceDerivation = { steps: stepsFor(stored.steps), workspaceSteps: [] };
  const restore = <T>(value: T | undefined): T => {
    // The same code derived it from the same linkage.yaml: its steps always fit.
    if (value === undefined) throw new Error('A status from a workspace worker does not fit its steps');
    return value;
  };
  shared.workspaceSteps = restore(restoreSteps(stored.phase1, shared));
  const { steps: _, ...rest } = stored;
  return { ...rest, phase1: shared.workspaceSteps, cases: stored.cases.map((c) => restore(restoreStatus(c, shared))) };
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
    typeof s.cityIn?.es === 'string' &&
    typeof s.cityIn.en === 'string' &&
    typeof s.progress === 'object' &&
    isArray(s.late) &&
    isArray(s.steps) &&
    s.steps.every((x) => isArray(x) && typeof x[0] === 'string' && typeof x[1] === 'string' && isArray(x[2])) &&
    isArray(s.next) &&
    s.next.every((x) => isArray(x) && (x[0] === 'case' || x[0] === 'workspace') && Number.isInteger(x[1]))
  );
}

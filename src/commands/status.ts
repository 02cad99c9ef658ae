import { UserError } from '../errors.js';
import { type CaseStatus, deriveCaseStatus, deriveWorkspace, type StepStatus } from '../process/status.js';
import { loadWorkspace } from '../workspace/load.js';
import { locateProblems } from '../workspace/locate.js';
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
    return {
      root,
      name: ws.config?.municipality.name ?? root,
      today,
      phase1: shared.workspaceSteps,
      cases: ws.cases.map((bundle) => {
        const status = deriveCaseStatus(ws, bundle, today, shared);
        // Only broken cases are located: it reads their file again.
        if (status.error) status.error = locateProblems(root, [status.error])[0];
        return status;
      }),
      problems: locateProblems(
        root,
        ws.problems.filter((p) => p.severity === 'error'),
      ),
    };
  });
  return { workspaces };
}

function listCases(root: string): string {
  return (
    loadWorkspace(root)
      .cases.map((c) => c.slug)
      .join(', ') || '—'
  );
}

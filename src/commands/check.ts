import { relative, resolve } from 'node:path';
import { workspaceRefs } from '../process/rules/hashes.js';
import {
  checkable,
  type DerivedFindings,
  derivedFindings,
  isCaseFindings,
  ruleContext,
  runRules,
} from '../process/rules/index.js';
import { caseFileCount, derivedFor, findWorkspaceRoot, loadWorkspace, WORKSPACE_FILE } from '../workspace/load.js';
import { locateProblems } from '../workspace/locate.js';
import { hashRecorder, openFileHashes, openMemo } from '../workspace/memo.js';
import { resolveInside, toPosix } from '../workspace/paths.js';
import type { Problem } from '../workspace/problems.js';
import { caseFilePath } from '../workspace/root.js';
import { acrossWorkspaces } from './across.js';
import { checkTodayInputs, workspaceToday } from './common.js';
import { type CaseDerivation, deriveOption } from './derive.js';

export interface CheckOptions {
  roots: string[];
  /** Restrict findings to these files or folders (each inside some workspace). */
  paths?: string[];
  asOf?: string;
  env?: NodeJS.ProcessEnv;
}

export interface CheckResult {
  workspaces: WorkspaceCheck[];
  errors: number;
  warnings: number;
  /** A file the tool cannot judge (newer schemaVersion): exit 2. */
  fatal: boolean;
}

export interface WorkspaceCheck {
  root: string;
  today: string;
  problems: Problem[];
  files: number;
  /** Paths given (workspace-relative) that hold no file `check` reads: nothing was checked there. */
  empty: string[];
}

/**
 * `present`: called with each workspace's result as soon as it is there (a worker's, while the others
 * still work), so that a command can put its findings in words then rather than after the last.
 */
export async function runCheck(options: CheckOptions, present?: (w: WorkspaceCheck) => void): Promise<CheckResult> {
  checkTodayInputs(options.asOf, options.env);
  const scopes = new Map<string, string[] | undefined>();
  for (const root of options.roots) scopes.set(resolve(root), undefined);
  for (const p of options.paths ?? []) {
    const root = findWorkspaceRoot(p);
    const rel = toPosix(relative(root, resolve(p)));
    if (!scopes.has(root) || scopes.get(root) !== undefined) scopes.set(root, [...(scopes.get(root) ?? []), rel]);
  }
  const inputs = [...scopes].map(([root, only]) => ({ root, ...(only ? { only } : {}) }));
  const presented = (w: WorkspaceCheck): WorkspaceCheck => {
    present?.(w);
    return w;
  };
  const workspaces = await acrossWorkspaces(
    'check',
    inputs,
    options,
    (input) => presented(checkOfWorkspace(input, options)),
    presented,
    { env: options.env },
  );
  const all = workspaces.flatMap((w) => w.problems);
  return {
    workspaces,
    errors: all.filter((p) => p.severity === 'error').length,
    warnings: all.filter((p) => p.severity === 'warning').length,
    fatal: all.some((p) => p.fatal),
  };
}

/** One workspace's findings, `only` in these files or folders when given. */
export function checkOfWorkspace(
  { root, only }: { root: string; only?: string[] },
  options: CheckOptions,
): WorkspaceCheck {
  const ws = loadWorkspace(root, {
    derive: deriveOption('check', options, findingsDerivation),
  });
  const today = workspaceToday(ws, options.asOf, options.env);
  const memo = openMemo(root, CHECK_MEMO, true, isCaseFindings);
  const hashes = openFileHashes(root, true);
  let problems = [
    ...ws.problems,
    ...ws.cases.flatMap((c) => c.problems),
    ...runRules(
      { ws, today, verifyHashes: true, fileHash: hashes.hash },
      memo,
      (bundle) => derivedFor(ws, bundle, today) as DerivedFindings | undefined,
      hashes.remember,
    ),
  ];
  memo.prune();
  memo.save();
  hashes.save();
  // Evidence and issued documents are checked through the YAML that records them: a path to one (or
  // to a folder of them) checks that case, or linkage.yaml, and is not a path holding nothing.
  const narrowed =
    only && !only.includes('')
      ? only.map((o) => {
          if (countFiles(ws, [o], problems) > 0) return o;
          const holder = ws.cases.find((c) => o.startsWith(`${c.dir}/`));
          if (holder) return holder.dir;
          return holdsWorkspaceEvidence(ws, o) ? WORKSPACE_FILE : o;
        })
      : undefined;
  if (narrowed) {
    problems = problems.filter((p) => narrowed.some((o) => p.file === o || p.file.startsWith(`${o}/`)));
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const files = countFiles(ws, narrowed, problems);
  const empty = (narrowed ?? []).filter((o) => countFiles(ws, [o], problems) === 0);
  return { root, today, problems: locateProblems(root, problems), files, empty };
}

const CHECK_MEMO = 'check-v1.json';

/** Whether `rel` (workspace-relative) is, or is a folder holding, evidence that linkage.yaml references. */
function holdsWorkspaceEvidence(ws: ReturnType<typeof loadWorkspace>, rel: string): boolean {
  return workspaceRefs(ws).some((r) => {
    const abs = resolveInside(ws.root, ws.root, r.ref);
    const name = abs === undefined ? undefined : toPosix(relative(ws.root, abs));
    return name !== undefined && (name === rel || name.startsWith(`${rel}/`));
  });
}

/**
 * A case's check findings, located, its files' included; none for a case that does not load (only
 * loadable cases are checked).
 */
export const findingsDerivation: CaseDerivation = (ws, today) => {
  const hashes = hashRecorder();
  const full = ruleContext({ ws, today, verifyHashes: true, fileHash: hashes.hash });
  return (bundle, texts) => (checkable(bundle) ? derivedFindings(full, bundle, texts, hashes.take) : undefined);
};

/**
 * The workspace's files that were checked: all of them, or those in `only` (files or folders). A
 * whole case counts what its load read or reported (caseFileCount); in a case checked in part, a
 * file that did not load (a broken agreement.yaml, a misnamed AOP) counts by its problems.
 */
function countFiles(ws: ReturnType<typeof loadWorkspace>, only?: string[], problems: Problem[] = []): number {
  const within = (file: string) => !only || only.some((o) => file === o || file.startsWith(`${o}/`));
  const whole = ws.cases.filter((c) => within(c.dir));
  const wholeDirs = new Set(whole.map((c) => c.dir));
  const seen = new Set([WORKSPACE_FILE, ...(ws.profileFile === 'profile.yaml' ? ['profile.yaml'] : [])]);
  for (const c of ws.cases) {
    if (wholeDirs.has(c.dir)) continue;
    seen.add(caseFilePath(c.slug));
    for (const a of c.aops) seen.add(a.file);
    if (c.agreement) seen.add(`${c.dir}/agreement.yaml`);
    if (c.documents) seen.add(`${c.dir}/documents.yaml`);
  }
  // A whole case's folder, or a file in one: the file's own path and each of its folders looked up
  // (comparing each problem with every case took 35 ms of a 1,000-case check's 572 warnings).
  const inWhole = (file: string) => {
    for (let end = file.length; end > 0; end = file.lastIndexOf('/', end - 1)) {
      if (wholeDirs.has(file.slice(0, end))) return true;
    }
    return false;
  };
  for (const p of problems) if (!inWhole(p.file)) seen.add(p.file);
  return whole.reduce((n, c) => n + caseFileCount(c), 0) + [...seen].filter(within).length;
}

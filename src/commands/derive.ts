// What status and check derive of each case on a cold load, the same on whichever thread parses the
// case (workspace/parallel.ts). Each command brings its own derivation (status.ts, check.ts), so that
// status never loads the rules on the main thread (a parse worker loads both derivations: measured,
// loading only its command's did not start its first case sooner).
import type { CaseDeriver, Deriver, LoadOptions, Workspace } from '../workspace/load.js';
import type { DeriveSpec } from '../workspace/parallel.js';
import { workspaceToday } from './common.js';

/** What a command derives of each case of a workspace, for a day; undefined for a case it leaves to the command. */
export type CaseDerivation = (ws: Workspace, today: string) => CaseDeriver;

/** The deriver of a derivation; it derives nothing when linkage.yaml does not load or "today" cannot be told. */
export const caseDeriver =
  (spec: DeriveSpec, derivation: CaseDerivation): Deriver =>
  (ws) => {
    if (!ws.config) return undefined;
    let today: string;
    try {
      today = workspaceToday(ws, spec.asOf, spec.env);
    } catch {
      // A day that cannot be told: the command reports it (a bad --as-of never gets this far).
      return undefined;
    }
    return { today, deriveCase: derivation(ws, today) };
  };

/** loadWorkspace's `derive` option for a command. */
export function deriveOption(
  task: DeriveSpec['task'],
  options: { asOf?: string; env?: NodeJS.ProcessEnv },
  derivation: CaseDerivation,
): NonNullable<LoadOptions['derive']> {
  const spec: DeriveSpec = {
    task,
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    env: options.env ?? process.env,
  };
  return { spec, deriver: caseDeriver(spec, derivation) };
}

import type { Stats } from 'node:fs';
import type { Params } from '../../errors.js';
import type { CaseBundle, Workspace } from '../../workspace/load.js';
import type { StepDef } from '../steps.js';

export interface RuleContext {
  ws: Workspace;
  today: string;
  steps: StepDef[];
  /** Verify evidence and issued documents against their SHA-256 (reads every file). */
  verifyHashes: boolean;
  /** The SHA-256 of a file that `stat` describes (`name`: workspace-relative): `check` memoises it on the file's stamp. */
  fileHash?: (abs: string, stat: Stats, name: string) => string;
}

/** What a rule reports: a catalog message id (`rule.<id>` by default), its parameters, and where. */
export interface Finding {
  id?: string;
  params?: Params;
  file: string;
  path?: (string | number)[];
  /** About the key that ends `path` (a step the process does not have), not its value: located at the key. */
  atKey?: true;
  /** Another field of the file that the message names, whose line it gives as `{otherLine}`. */
  other?: (string | number)[];
  /** Overrides the rule's severity for this finding. */
  severity?: 'error' | 'warning';
  /** The article this finding enforces (a `law.*` catalog id), when the rule as a whole enforces none or another one. */
  law?: string;
}

/**
 * A check rule: a small named function. Its message and hint live in the catalog under `rule.<id>`;
 * `law` cites the article it enforces, where there is one: a `law.*` catalog id (rules/locate.ts).
 */
export interface Rule {
  id: string;
  severity: 'error' | 'warning';
  law?: string;
  /** Its findings depend on files besides the workspace's YAML (evidence): never memoised. */
  readsFiles?: boolean;
  workspace?: (ctx: RuleContext) => Finding[];
  case?: (ctx: RuleContext, bundle: CaseBundle) => Finding[];
}

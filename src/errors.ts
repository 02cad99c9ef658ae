import type { UiLang } from './ui/messages/types.js';
import type { Problem } from './workspace/problems.js';

export type Params = Record<string, string | number>;

/**
 * Where a problem sits: a file, a field path, and the line and column once known. The file is absolute
 * (a workspace's, or the package's), said from where the user stands when printed; or, one the user
 * named (an answers file), as they named it.
 */
export interface Location {
  file: string;
  path?: (string | number)[];
  line?: number;
  col?: number;
}

/** Findings behind an error, in the workspace at `root`: their files are relative to it, as a Problem's are. */
export interface Findings {
  root: string;
  problems: Problem[];
}

/**
 * A mistake of the user's (bad input, bad usage): printed as a catalog message with its hint and
 * location, never with a stack, and ends the run with its exit code.
 */
export class UserError extends Error {
  constructor(
    readonly id: string,
    readonly params: Params = {},
    readonly exitCode: 1 | 2 | 130 = 2,
    readonly location?: Location,
    readonly details: string[] = [],
    /** Located findings behind the error (a broken linkage.yaml), printed under it. */
    readonly findings?: Findings,
  ) {
    super(id);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

export type { UiLang };

import type { Params } from '../errors.js';

/** A finding about the workspace's files: a catalog message id, its parameters, and where. */
export interface Problem {
  severity: 'error' | 'warning';
  id: string;
  params: Params;
  /** Workspace-relative, with `/`. */
  file: string;
  path?: (string | number)[];
  /** The finding is about the key that ends `path` (an unknown key), not its value: placed at the key. */
  atKey?: true;
  line?: number;
  col?: number;
  /** Another field of the file that the message names (the earlier of two dates out of order): its line is `{otherLine}`. */
  other?: (string | number)[];
  /** The check rule that found it, and the legal article it enforces where there is one. */
  rule?: string;
  law?: string;
  /** The tool cannot judge the file at all (a newer schemaVersion): exit 2, not 1. */
  fatal?: boolean;
}

/** A Problem as a cache or memo file holds it: what the tool relies on, checked before it is trusted. */
export function isProblem(v: unknown): v is Problem {
  const p = v as Problem | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    (p.severity === 'error' || p.severity === 'warning') &&
    typeof p.id === 'string' &&
    typeof p.file === 'string' &&
    typeof p.params === 'object' &&
    p.params !== null &&
    (p.path === undefined || Array.isArray(p.path))
  );
}

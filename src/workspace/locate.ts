import { join, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { toPosix } from './paths.js';
import type { Problem } from './problems.js';
import { readRegularFile } from './read-file.js';
import { decodeText, locate, locateKey } from './yaml.js';

const WALKS_PER_FILE = 16;

/**
 * Fills in line and column for problems that carry only a field path, reading each file once, or
 * not at all when its text is `known` (as the parse that found the problems read it).
 */
export function locateProblems(root: string, problems: Problem[], known?: ReadonlyMap<string, string>): Problem[] {
  const texts = new Map<string, string | null>(known);
  const textOf = (file: string) => {
    if (!texts.has(file)) {
      let text: string | null = null;
      try {
        const decoded = decodeText(readRegularFile(join(root, file)).bytes);
        if (decoded.ok) text = decoded.text;
      } catch {
        // A folder, a named pipe or a missing file: no position to give.
      }
      texts.set(file, text);
    }
    return texts.get(file) ?? null;
  };
  // Walking lines is per path: past WALKS_PER_FILE paths in one file, reading it once places them
  // all (20,000 unknown keys in one file: 37 s walking, 3 s reading).
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.file, (counts.get(p.file) ?? 0) + 1);
  return problems.map((p) => {
    if (p.line !== undefined || !/\.ya?ml$/.test(p.file)) return p;
    const text = textOf(p.file);
    if (text === null) return p;
    try {
      const at = p.atKey ? locateKey : locate;
      const walk = (counts.get(p.file) ?? 0) <= WALKS_PER_FILE;
      // The other field a message names, by its line.
      const params = p.other ? { ...p.params, otherLine: locate(text, p.other, walk).line } : p.params;
      return { ...p, params, ...at(text, p.path ?? [], walk) };
    } catch {
      return p;
    }
  });
}

/**
 * A user error names a workspace's file as the workspace does (`linkage.yaml`, a case's file), or
 * absolute: made absolute, as every location is, and a field of it given its line and column, as
 * check gives it (the nearest parent there is, for a field not written).
 */
export function located(root: string, error: UserError): UserError;
export function located(root: string, error: unknown): unknown;
export function located(root: string, error: unknown): unknown {
  if (!(error instanceof UserError) || !error.location) return error;
  const { path, line } = error.location;
  const file = resolve(root, error.location.file);
  const [p] =
    path && line === undefined
      ? locateProblems(root, [
          { severity: 'error', id: error.id, params: error.params, file: toPosix(relative(root, file)), path },
        ])
      : [];
  const at = { ...error.location, file, ...(p?.line ? { line: p.line, col: p.col } : {}) };
  return new UserError(error.id, error.params, error.exitCode, at, error.details, error.findings);
}

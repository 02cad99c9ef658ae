// Where a workspace is and which case folders it has, without reading any of its files: what the
// entry asks before the CLI's own modules load (src/ahead.ts), and what every load starts from.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const WORKSPACE_FILE = 'linkage.yaml';
export const CASES_DIR = 'cases';

/** A case's own file, as the workspace names it (a Problem's file): `cases/<slug>/case.yaml`. */
export const caseFilePath = (slug: string): string => `${CASES_DIR}/${slug}/case.yaml`;

/** The nearest folder, from `start` upward, that holds a linkage.yaml; undefined if none does. */
export function nearestWorkspaceRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, WORKSPACE_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The git repository a workspace lies in: the nearest folder, from `start` upward, with a `.git` (a
 * folder, or a file in a worktree or submodule); undefined outside one.
 */
export function repositoryRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The slugs of a workspace's cases, sorted: its case folders (no dot folders, no links), unread; none
 * without a cases/ folder, null when cases/ is there but cannot be listed (a file, no permission).
 */
export function caseSlugs(root: string): string[] | null {
  const casesDir = join(root, CASES_DIR);
  if (!existsSync(casesDir)) return [];
  try {
    return readdirSync(casesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch {
    return null;
  }
}

// The installed package's own folder (schemas/, templates/, fonts/), found from this module's location
// and never from the working directory: the code runs bundled from dist/cli.cjs and the other files of dist/,
// from src/ under the tests, and from a global npm install far away from the user's workspace.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_NAME = 'linkage-mx';

/** The first folder from `start` upward whose package.json is named `name`, or undefined. */
export function findPackageRoot(start: string, name = PACKAGE_NAME): string | undefined {
  let dir = start;
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (pkg.name === name) return dir;
    } catch {
      // No package.json here, or not JSON: keep walking up.
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

let cached: string | undefined;

/** linkage-mx's root folder. Not finding it means a broken install: a bug, not a user error. */
export function packageRoot(): string {
  if (cached === undefined) {
    const here = dirname(fileURLToPath(import.meta.url));
    const found = findPackageRoot(here);
    if (found === undefined) throw new Error(`${PACKAGE_NAME}: package.json not found above ${here}`);
    cached = found;
  }
  return cached;
}

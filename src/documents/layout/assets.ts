// Files shipped with the package (fonts/), found from the package's own location, never from the
// working directory.
import { join } from 'node:path';
import { packageRoot } from '../../workspace/package-root.js';

export function fontsDir(): string {
  return join(packageRoot(), 'fonts');
}

// The commands that need linkage.yaml (generate, calendar, publish) refuse a workspace whose
// linkage.yaml does not load: exit 2, what cannot be done, and where linkage.yaml is broken.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, runCli, STACK } from '../helpers.js';

describe('a workspace whose linkage.yaml does not load', () => {
  it('is refused by generate, calendar and publish with the located error', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'linkage.yaml');
    // A municipality without its name: a schema error on a line of its own.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^( {2})name: .*$/m, '$1nombre: San Pedro'));
    const cases: [string[], string][] = [
      [['generate', 'profile', '--lang', 'es'], 'no se puede generar ningún documento'],
      [['calendar', '--out', 'cal.ics'], 'no se puede escribir el calendario'],
      [['publish'], 'no se puede publicar el sitio'],
    ];
    for (const [args, refusal] of cases) {
      const r = runCli(args, { cwd: root, env: { LINKAGE_TODAY: '2026-11-28' } });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(`linkage.yaml tiene errores; ${refusal}`);
      expect(r.stderr).toMatch(/linkage\.yaml:\d+:\d+/);
      expect(r.stderr).not.toMatch(STACK);
    }
  });
});

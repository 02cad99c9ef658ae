import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, runCli } from '../helpers.js';

const ENV = { LINKAGE_TODAY: '2026-11-28' };

describe('linkage log without a terminal', () => {
  it('adds the entries of an answers file to the contact log, never replacing it', () => {
    const root = copyWorkspace('demo');
    const answers = join(root, 'log.yaml');
    writeFileSync(
      answers,
      'contactLog:\n  - date: 2026-11-27\n    channel: phone\n    who: Embajada de México en Polonia\n    summary: Confirmaron el contacto de la oficina de relaciones internacionales.\n',
    );
    const r = runCli(['log', 'krakow-pl', '--answers', answers], { cwd: root, env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 entradas agregadas a cases/krakow-pl/case.yaml.');
    const text = readFileSync(join(root, 'cases', 'krakow-pl', 'case.yaml'), 'utf8');
    expect(text).toContain('  - date: 2026-10-27'); // the entry that was there
    expect(text).toContain('  - date: 2026-11-27\n    channel: phone\n');
    expect(runCli(['check'], { cwd: root, env: ENV }).code).toBe(0);
  });

  it('with nothing to add, lists what a contact needs (exit 2)', () => {
    const r = runCli(['log', 'krakow-pl'], { cwd: copyWorkspace('demo'), env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Faltan respuestas: Fecha del contacto');
  });
});

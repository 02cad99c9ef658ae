import '@inquirer/testing/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nextFlow } from '../../src/flows/next.js';
import { isInterrupt } from '../../src/ui/prompts.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { copyWorkspace, replaceIn } from '../helpers.js';
import { answer, collector, ctrlC, flowBase, leonBase, pick, prompt, runNext, screen } from './driver.js';

// A step counts as done from its first facts; Ctrl+C after them must not leave the rest to `--step`:
// `linkage next`, which the interruption names, goes back to the step it interrupted.
describe('next after Ctrl+C in the middle of a step', () => {
  it('finishes the participation entry it was asking before the steps still open', async () => {
    const root = copyWorkspace('minimal');
    replaceIn(join(root, 'linkage.yaml'), /participation:\n(?: {2}.*\n)+/, '');
    screen.clear();
    const run = nextFlow({ ...flowBase(root), out: collector(), ws: loadWorkspace(root) });
    await answer('Nombre de la persona u organización', 'Cooperativa Tosepan Titataniske');
    await pick('Sector', 1);
    await prompt('¿Persona u organización?');
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);

    screen.clear();
    const resumed = nextFlow({ ...flowBase(root), out: collector(), ws: loadWorkspace(root) });
    await pick('¿Persona u organización?', 1);
    await answer('Su papel en la actividad internacional [español]', 'Comercio justo');
    await answer('Su papel en la actividad internacional [inglés]', 'Fair trade');
    await answer('Participa desde');
    await answer('¿Agregar otra persona u organización?', 'n');
    await resumed;
    const saved = parse(readFileSync(join(root, 'linkage.yaml'), 'utf8'));
    expect(saved.participation).toEqual([
      expect.objectContaining({
        name: 'Cooperativa Tosepan Titataniske',
        role: { es: 'Comercio justo', en: 'Fair trade' },
      }),
    ]);
  });

  it('finishes the letter whose date was given before going on to the answer', async () => {
    const root = copyWorkspace('minimal');
    screen.clear();
    const run = nextFlow({ ...leonBase(root), out: collector() });
    await answer('¿Ya se envió la Carta de Intención a León?', 's');
    await answer('Fecha de envío', '2026-10-05');
    await prompt('¿Por qué medio?');
    ctrlC();
    expect(isInterrupt(await run.catch((e: unknown) => e))).toBe(true);

    const r = await runNext(root, async () => {
      await pick('¿Por qué medio?', 2); // diplomatic
      await answer('Fecha para dar seguimiento');
    });
    const saved = parse(readFileSync(join(root, 'cases', 'leon-es', 'case.yaml'), 'utf8'));
    expect(saved.steps.letter).toEqual({ date: '2026-10-05', channel: 'diplomatic', followUpOn: '2026-11-19' });
    expect(r.said).toContain('✔ Paso «Carta de Intención» completo.');
  });
});

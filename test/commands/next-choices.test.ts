import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseChoices } from '../../src/commands/next.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { copyWorkspace, replaceIn } from '../helpers.js';

describe('caseChoices', () => {
  // A map without `es` is a schema error (a bare name reads as Spanish): the English UI falls back to it.
  it('names a city without an English name by its Spanish one, not by its slug', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'hofu-jp', 'case.yaml');
    replaceIn(file, 'city: { es: Hōfu, en: Hōfu, ja: 防府市 }', 'city: { es: Hōfu, ja: 防府市 }');
    const choices = caseChoices(loadWorkspace(root, { cache: false }), '2026-11-28');
    expect(choices.find((c) => c.slug === 'hofu-jp')?.city).toEqual({ es: 'Hōfu', en: 'Hōfu' });
    expect(choices.find((c) => c.slug === 'krakow-pl')?.city).toEqual({ es: 'Cracovia', en: 'Kraków' });
  });
});

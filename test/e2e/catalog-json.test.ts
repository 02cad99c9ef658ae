// The bundle carries the message catalog as one JSON.parse (scripts/build.mjs, catalog-as-json): the
// built CLI must say every message exactly as the source catalog does, in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/ui/messages/index.js';
import { REPO } from '../helpers.js';

const cli = readFileSync(join(REPO, 'dist', 'cli.cjs'), 'utf8');

describe('the message catalog in the bundle', () => {
  it('is JSON, without the per-area files', () => {
    expect(cli).toContain('catalog = JSON.parse(');
    expect(cli).toContain('// src/ui/messages/index.ts');
    expect(cli).not.toContain('// src/ui/messages/core.ts');
  });

  it('holds every message and hint as the source does, in Spanish and English', () => {
    // The argument of JSON.parse, a string literal as esbuild wrote it.
    const literal = /catalog = JSON\.parse\(('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\)/.exec(cli)?.[1];
    expect(literal).toBeDefined();
    const built = JSON.parse(new Function(`return ${literal}`)() as string) as typeof catalog;
    expect(Object.keys(built).length).toBeGreaterThan(300);
    expect(built).toEqual(catalog);
  });
});

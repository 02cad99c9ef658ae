// The bundle carries the message catalog as one JSON.parse (scripts/build.mjs, catalog-as-json): the
// built CLI must say every message exactly as the source catalog does, in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { message } from '../../src/ui/i18n.js';
import { catalog } from '../../src/ui/messages/index.js';
import { REPO } from '../helpers.js';

const chunks = join(REPO, 'dist', 'chunks');
const builtFile = readdirSync(chunks)
  .filter((f) => f.endsWith('.js'))
  .find((f) => readFileSync(join(chunks, f), 'utf8').includes('// src/ui/messages/index.ts'));

describe('the message catalog in the bundle', () => {
  it('is JSON, without the per-area files', () => {
    expect(builtFile).toBeDefined();
    const text = readFileSync(join(chunks, builtFile as string), 'utf8');
    expect(text).toContain('var catalog = JSON.parse(');
    expect(text).not.toContain('// src/ui/messages/core.ts');
  });

  it('says every message and hint as the source does, in Spanish and English', async () => {
    const built = (await import(pathToFileURL(join(chunks, builtFile as string)).href)) as {
      message: typeof message;
    };
    const ids = Object.keys(catalog);
    expect(ids.length).toBeGreaterThan(300);
    const params = { name: 'N', file: 'F', lang: 'L', dir: 'D', count: 2 };
    for (const id of ids) {
      for (const lang of ['es', 'en'] as const) {
        expect(built.message(lang, id, params), `${id} ${lang}`).toEqual(message(lang, id, params));
      }
    }
  });
});

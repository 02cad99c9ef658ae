import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/ui/messages/index.js';
import { REPO } from '../helpers.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalog', () => {
  const entries = Object.entries(catalog);

  it.each(entries)('%s has Spanish and English with the same placeholders', (_id, m) => {
    expect(m.es.trim()).not.toBe('');
    expect(m.en.trim()).not.toBe('');
    expect(placeholders(m.es)).toEqual(placeholders(m.en));
    if (m.hint) {
      expect(m.hint.es.trim()).not.toBe('');
      expect(m.hint.en.trim()).not.toBe('');
      expect(placeholders(m.hint.es)).toEqual(placeholders(m.hint.en));
    }
  });

  it('has every message id that the code raises', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'generated' && name !== 'messages') walk(path);
        } else if (name.endsWith('.ts')) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk(join(REPO, 'src'));
    const used = new Set<string>();
    for (const text of sources) {
      for (const m of text.matchAll(/new UserError\(\s*'([\w.-]+)'/g)) used.add(m[1] as string);
      for (const m of text.matchAll(/\bid: '([a-z]+\.[\w.-]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((id) => !catalog[id]);
    expect(missing).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/process/rules/index.js';
import { catalog } from '../../../src/ui/messages/index.js';
import { loadWorkspace } from '../../../src/workspace/load.js';
import { BASE, check, copyBase, loadErrors, TODAY } from './helpers.js';

describe('the base fixture', () => {
  it('loads without problems', () => {
    const ws = loadWorkspace(BASE, { cache: false });
    expect(loadErrors(ws)).toEqual([]);
    expect([...ws.problems, ...ws.cases.flatMap((c) => c.problems)]).toEqual([]);
    expect(ws.cases.map((c) => c.slug)).toEqual(['lyon-fr', 'osaka-jp']);
  });

  it('passes every rule: no errors and no warnings', () => {
    expect(check(copyBase(), TODAY)).toEqual([]);
  });
});

describe('the rules and their messages', () => {
  it('have unique kebab-case ids and a catalog entry each', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
      expect(catalog[`rule.${id}`], `rule.${id}`).toBeDefined();
    }
  });

  it('use the same placeholders in Spanish and English, with a hint in both', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [id, entry] of Object.entries(catalog).filter(([id]) => id.startsWith('rule.'))) {
      expect(id).toMatch(/^rule\.[a-z-]+(\.[a-z0-9-]+)*$/);
      expect(names(entry.en), id).toEqual(names(entry.es));
      expect(entry.hint, `${id} says what to do next`).toBeDefined();
      if (entry.hint) expect(names(entry.hint.en), id).toEqual(names(entry.hint.es));
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/workspace/schema.js';
import { validateFile } from '../../src/workspace/validate.js';
import { parseYaml } from '../../src/workspace/yaml.js';

/** A case of the demo, loadable, as a fresh value to break. */
function demoCase(): CaseFile {
  const parsed = parseYaml(readFileSync('cases/almeria-es/case.yaml'));
  if (!parsed.ok) throw new Error('the demo case does not parse');
  return parsed.value as unknown as CaseFile;
}

const withCity = (city: unknown) => {
  const c = demoCase();
  (c.counterpart as { city: unknown }).city = city;
  return validateFile('case', c);
};

describe('validateFile: language texts', () => {
  it('takes a bare text and a map of languages', () => {
    expect(validateFile('case', demoCase())).toEqual([]);
    expect(withCity('Almería')).toEqual([]);
    expect(withCity({ es: 'Almería', en: 'Almeria', pl: 'Almería' })).toEqual([]);
  });

  it.each([
    ['a list', ['Almería'], ['counterpart', 'city']],
    ['an empty text', '', ['counterpart', 'city']],
    ['an empty map', {}, ['counterpart', 'city']],
  ])('reports %s as "a text or a language map", once, where it is', (_, city, path) => {
    expect(withCity(city)).toEqual([{ id: 'schema.langtext', severity: 'error', path, params: {} }]);
  });

  it.each([
    ['a number', 5, [], 'schema.type.string-quoted'],
    ['true/false', true, [], 'schema.type.string-quoted'],
    ['nothing after the colon', null, [], 'schema.type.empty'],
    ["a language's number", { es: 'Almería', en: 7 }, ['en'], 'schema.type.string-quoted'],
    ["a language's missing text", { es: null }, ['es'], 'schema.type.empty'],
  ])('reports %s as any text would be, with what to write', (_, city, at, id) => {
    expect(withCity(city)).toEqual([
      { id, severity: 'error', path: ['counterpart', 'city', ...at], params: { expected: 'string' } },
    ]);
  });

  it.each([
    ["a language's empty text", { es: '', en: 'Almeria' }, 'es'],
    ["a language's list", { es: 'Almería', en: ['Almeria'] }, 'en'],
  ])('reports %s as that language wanting a text, at its entry', (_, city, lang) => {
    expect(withCity(city)).toEqual([
      { id: 'schema.langtext-entry', severity: 'error', path: ['counterpart', 'city', lang], params: { lang } },
    ]);
  });
});

describe('validateFile: Spanish in a language map', () => {
  it('reports a map without `es` at the field, and nothing of a bare text', () => {
    expect(withCity({ en: 'Almeria', de: 'Almería' })).toEqual([
      { id: 'schema.langtext-spanish', severity: 'error', path: ['counterpart', 'city'], params: {} },
    ]);
    expect(withCity('Almería')).toEqual([]);
  });
});

describe('validateFile: keys of a language map', () => {
  it('warns of a key that is no language code, with the lower-case code when it would be one', () => {
    expect(withCity({ es: 'Almería', EN: 'Almeria' })).toEqual([
      {
        id: 'schema.langtext-key',
        severity: 'warning',
        path: ['counterpart', 'city', 'EN'],
        params: { key: 'EN', suggestion: 'en' },
        atKey: true,
      },
    ]);
    expect(withCity({ es: 'Almería', english: 'Almeria' })).toEqual([
      {
        id: 'schema.langtext-key-nosuggestion',
        severity: 'warning',
        path: ['counterpart', 'city', 'english'],
        params: { key: 'english', suggestion: 'english' },
        atKey: true,
      },
    ]);
  });
});

describe('validateFile: facts of local steps', () => {
  it('takes a text, a number, a boolean or an evidence list, and names the kinds otherwise', () => {
    const c = demoCase() as CaseFile & { steps: Record<string, Record<string, unknown>> };
    c.steps['visita-tecnica'] = { lugar: 'Almería', personas: 4, hecha: true, fotos: [{ path: 'evidence/a.jpg' }] };
    expect(validateFile('case', c)).toEqual([]);
    c.steps['visita-tecnica'] = { lugar: { ciudad: 'Almería' } };
    expect(validateFile('case', c)).toEqual([
      { id: 'schema.fact', severity: 'error', path: ['steps', 'visita-tecnica', 'lugar'], params: {} },
    ]);
  });
});

describe('validateFile: limits, in the words of the people who edit', () => {
  it('says what a number, a text or a list must be, with what it holds', () => {
    const c = demoCase() as CaseFile & { counterpart: Record<string, unknown> };
    c.counterpart.population = -5;
    c.counterpart.languages = [];
    const mayor = c.counterpart.mayor as { name: string; contact?: unknown };
    mayor.name = '';
    (c.counterpart as { office?: unknown }).office = { phone: '123' };
    c.areas = [{ ...(c.areas?.[0] as object), id: 'a'.repeat(81) }] as CaseFile['areas'];
    expect(validateFile('case', c)).toEqual([
      { id: 'schema.min-items', severity: 'error', path: ['counterpart', 'languages'], params: { limit: 1 } },
      { id: 'schema.empty-text', severity: 'error', path: ['counterpart', 'mayor', 'name'], params: {} },
      {
        id: 'schema.min-length',
        severity: 'error',
        path: ['counterpart', 'office', 'phone'],
        params: { limit: 5, value: '123' },
      },
      { id: 'schema.minimum', severity: 'error', path: ['counterpart', 'population'], params: { limit: 0, value: -5 } },
      { id: 'schema.max-length', severity: 'error', path: ['areas', 0, 'id'], params: { limit: 80, length: 81 } },
    ]);
  });

  it('names the largest value allowed, and a list that repeats one', () => {
    const aop = parseYaml(readFileSync('cases/aurora-us/aop/2025.yaml'));
    const ws = parseYaml(readFileSync('linkage.yaml'));
    if (!aop.ok || !ws.ok) throw new Error('the demo does not parse');
    (aop.value as { year: number }).year = 2300;
    (ws.value as { settings: { languages: string[] } }).settings.languages = ['es', 'en', 'es'];
    expect(validateFile('aop', aop.value)).toEqual([
      { id: 'schema.maximum', severity: 'error', path: ['year'], params: { limit: 2200, value: 2300 } },
    ]);
    expect(validateFile('workspace', ws.value)).toEqual([
      { id: 'schema.unique-items', severity: 'error', path: ['settings', 'languages'], params: { value: 'es' } },
    ]);
  });
});

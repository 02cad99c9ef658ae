import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, langMap, rememberedByText, sha256, textHash } from '../../src/workspace/hash.js';

const articles: Parameters<typeof textHash>[0] = [
  { id: 'objeto', heading: { es: 'Objeto', en: 'Purpose' }, text: { es: 'Las Partes…', en: 'The Parties…' } },
  { id: 'areas', heading: 'Áreas de cooperación', text: 'a) Agua' },
];

describe('sha256', () => {
  it('is the SHA-256 of bytes, or of a text as UTF-8, in hex or base64url', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const data of ['', 'Municipio de San Pedro — «Querétaro»', Buffer.from([0, 255, 7]), new Uint8Array(70_000)]) {
      expect(sha256(data)).toBe(createHash('sha256').update(data).digest('hex'));
      expect(sha256(data, 'base64url')).toBe(createHash('sha256').update(data).digest('base64url'));
    }
  });
});

describe('textHash', () => {
  it('is the SHA-256 of canonical JSON: ids in order, keys sorted, NFC', () => {
    expect(canonicalJson({ b: 1, a: ['x', { d: 'é', c: null }] })).toBe('{"a":["x",{"c":null,"d":"é"}],"b":1}');
    expect(textHash(articles)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sorts keys by UTF-16 code units, few keys or many, integer-like keys too', () => {
    const key = fc.string({ unit: fc.constantFrom('a', 'B', 'é', 'Z', '1', '_', 'ß', '\u{1F600}'), maxLength: 3 });
    fc.assert(
      fc.property(fc.dictionary(key, fc.integer(), { maxKeys: 14 }), (record) => {
        const sorted = Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        expect(canonicalJson(record)).toBe(`{${sorted.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('does not depend on key order, Unicode normalisation, or a bare string versus {es: …}', () => {
    const reordered: Parameters<typeof textHash>[0] = [
      { text: { en: 'The Parties…', es: 'Las Partes…' }, id: 'objeto', heading: { en: 'Purpose', es: 'Objeto' } },
      { id: 'areas', heading: { es: 'A\u0301reas de cooperacio\u0301n' }, text: { es: 'a) Agua' } },
    ];
    expect(textHash(reordered)).toBe(textHash(articles));
  });

  it('is the hash of canonicalJson over the articles with their texts as language maps', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('Artículo', 'A\u0301rea', 'línea\n"citada"'),
      fc.dictionary(fc.constantFrom('es', 'en', 'de', 'ja', 'pl', 'zz', 'ES'), fc.string()),
    );
    const article = fc.record(
      { id: fc.string(), heading: text, text: text },
      { requiredKeys: ['id', 'text'] },
    ) as fc.Arbitrary<Parameters<typeof textHash>[0][number]>;
    fc.assert(
      fc.property(fc.array(article, { maxLength: 6 }), (list) => {
        const generic = list.map((a) => ({
          id: a.id,
          heading: a.heading === undefined ? undefined : langMap(a.heading),
          text: langMap(a.text),
        }));
        expect(textHash(list)).toBe(sha256(canonicalJson(generic)));
      }),
      { seed: 20261129, numRuns: 500 },
    );
    // And as recorded in case files: a change here breaks every hash that councils and the SRE hold.
    expect(textHash(articles)).toBe('284b635c64c30699834068c5cda3a458f26200d9178267af49b7942e50bcbf20');
  });

  it('changes with the order of articles and with any text', () => {
    const swapped = [articles[1], articles[0]] as typeof articles;
    expect(textHash(swapped)).not.toBe(textHash(articles));
    const edited = [
      { ...articles[0], text: { es: 'Las Partes.', en: 'The Parties…' } },
      articles[1],
    ] as typeof articles;
    expect(textHash(edited)).not.toBe(textHash(articles));
  });
});

describe('rememberedByText', () => {
  it('computes once per text, and forgets everything once it holds its maximum', () => {
    const calls: string[] = [];
    const upper = rememberedByText((t: string) => {
      calls.push(t);
      return t === 'none' ? undefined : t.toUpperCase();
    }, 3);
    expect([upper('a'), upper('b'), upper('a'), upper('none'), upper('none')]).toEqual([
      'A',
      'B',
      'A',
      undefined,
      undefined,
    ]);
    expect(calls).toEqual(['a', 'b', 'none']);
    // Full at three texts: a fourth clears the map, so `a` is computed again.
    expect(upper('c')).toBe('C');
    expect(upper('a')).toBe('A');
    expect(calls).toEqual(['a', 'b', 'none', 'c', 'a']);
  });
});

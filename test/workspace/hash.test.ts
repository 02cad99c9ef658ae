import { describe, expect, it } from 'vitest';
import { canonicalJson, textHash } from '../../src/workspace/hash.js';

const articles: Parameters<typeof textHash>[0] = [
  { id: 'objeto', heading: { es: 'Objeto', en: 'Purpose' }, text: { es: 'Las Partes…', en: 'The Parties…' } },
  { id: 'areas', heading: 'Áreas de cooperación', text: 'a) Agua' },
];

describe('textHash', () => {
  it('is the SHA-256 of canonical JSON: ids in order, keys sorted, NFC', () => {
    expect(canonicalJson({ b: 1, a: ['x', { d: 'é', c: null }] })).toBe('{"a":["x",{"c":null,"d":"é"}],"b":1}');
    expect(textHash(articles)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order, Unicode normalisation, or a bare string versus {es: …}', () => {
    const reordered: Parameters<typeof textHash>[0] = [
      { text: { en: 'The Parties…', es: 'Las Partes…' }, id: 'objeto', heading: { en: 'Purpose', es: 'Objeto' } },
      { id: 'areas', heading: { es: 'A\u0301reas de cooperacio\u0301n' }, text: { es: 'a) Agua' } },
    ];
    expect(textHash(reordered)).toBe(textHash(articles));
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

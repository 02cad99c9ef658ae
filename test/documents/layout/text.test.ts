import { describe, expect, it } from 'vitest';
import { MissingGlyphError } from '../../../src/documents/layout/errors.js';
import type { TextRun } from '../../../src/documents/layout/markdown.js';
import { type FontProvider, type SetOptions, setText } from '../../../src/documents/layout/text.js';

/** Every character 0.5 em wide; "東" and "京" only in an extra font; "✓" in none. */
const fonts: FontProvider = {
  fontFor: (cp, style) => {
    const ch = String.fromCodePoint(cp);
    if (ch === '✓') return undefined;
    if (ch === '東' || ch === '京') return 'extra-0';
    return `main-${style}`;
  },
  mainFont: (style) => `main-${style}`,
  width: (_font, text) => text.length * 0.5,
};

const run = (text: string, extra: Partial<TextRun> = {}): TextRun => ({
  text,
  bold: false,
  italic: false,
  line: 1,
  ...extra,
});

const opts = (extra: Partial<SetOptions> = {}): SetOptions => ({
  width: 100,
  size: 10,
  align: 'justify',
  leading: 1.4,
  lang: 'es',
  ...extra,
});

const lineText = (line: { fragments: { text: string }[] }): string => line.fragments.map((f) => f.text).join(' ');

describe('setText', () => {
  it('fills lines greedily and justifies all but the last', () => {
    const s = setText([run('uno dos tres cuatro cinco seis siete ocho nueve diez')], opts({ lang: undefined }), fonts);
    expect(s.lines.length).toBeGreaterThan(1);
    expect(s.height).toBeCloseTo(s.lines.length * 14);
    for (const line of s.lines.slice(0, -1)) expect(line.width).toBeCloseTo(100, 1);
    expect(s.lines[s.lines.length - 1]?.width).toBeLessThan(100);
  });

  it('centres and right-aligns', () => {
    const c = setText([run('abcd')], opts({ align: 'center' }), fonts);
    expect(c.lines[0]?.fragments[0]?.x).toBeCloseTo(40);
    const r = setText([run('abcd')], opts({ align: 'right' }), fonts);
    expect(r.lines[0]?.fragments[0]?.x).toBeCloseTo(80);
  });

  it('hyphenates Spanish with a visible hyphen at the line end only, never a soft hyphen', () => {
    const text = 'La cooperación internacional descentralizada fortalece las capacidades institucionales municipales';
    const s = setText([run(text)], opts({ width: 120 }), fonts);
    const lines = s.lines.map(lineText);
    expect(lines.some((l) => /\p{L}-$/u.test(l))).toBe(true);
    for (const l of lines) {
      expect(l).not.toContain('\u00AD');
      expect(l.slice(0, -1)).not.toMatch(/\p{L}-\p{L}/u);
    }
    expect(lines.join('\n').replace(/-\n/g, '').replace(/\s+/g, ' ')).toBe(text);
  });

  it('moves the last word before a hard break whole rather than leave a fragment alone', () => {
    // "Mi-" would fit after "siete"; the line is only a little loose without it.
    const s = setText([run('uno dos tres cuatro cinco seis siete Migrante\nmás')], opts({ width: 200 }), fonts);
    expect(s.lines.map(lineText)).toEqual(['uno dos tres cuatro cinco seis siete', 'Migrante', 'más']);
    // Followed by another word, the same word is hyphenated.
    const t = setText([run('uno dos tres cuatro cinco seis siete Migrante más')], opts({ width: 200 }), fonts);
    expect(t.lines.map(lineText)[0]).toBe('uno dos tres cuatro cinco seis siete Mi-');
  });

  it('leaves a line ragged rather than more than triple its spaces', () => {
    // The address cannot be broken: justified, "uno dos tres" would spread over the whole width.
    const s = setText([run('uno dos tres correo@ejemplo.gob.mx fin')], opts({ width: 150 }), fonts);
    expect(s.lines.map(lineText)[0]).toBe('uno dos tres');
    expect(s.lines[0]?.width).toBeLessThan(100);
    // A little loose is still justified.
    const t = setText([run('uno dos tres cuatro correo@ejemplo.mx')], opts({ width: 110 }), fonts);
    expect(t.lines.map(lineText)[0]).toBe('uno dos tres cuatro');
    expect(t.lines[0]?.width).toBeCloseTo(110, 1);
  });

  it('uses soft hyphens of the input as break points and drops the others', () => {
    const s = setText([run('aaaa bbbbbbbb\u00ADcccccccc')], opts({ width: 80, lang: undefined }), fonts);
    expect(s.lines.map(lineText)).toEqual(['aaaa bbbbbbbb-', 'cccccccc']);
  });

  it('cuts a word longer than the line', () => {
    const s = setText([run('https://example.org/a/very/long/path/indeed')], opts({ width: 50, align: 'left' }), fonts);
    expect(s.lines.map(lineText).join('')).toBe('https://example.org/a/very/long/path/indeed');
    for (const line of s.lines) expect(line.width).toBeLessThanOrEqual(50.01);
  });

  it('cuts a word of thousands of characters at once, each line as full as it fits', () => {
    // A pasted link of 40,000 characters: each line tried every shorter head from the end, and the
    // real fonts cached each one (20 s and 3 GB for 5,000 characters, out of memory at 10,000).
    const url = `https://example.org/${'abcdefghij'.repeat(3998)}`;
    const s = setText([run(url)], opts({ width: 100, align: 'left' }), fonts);
    expect(s.lines.map(lineText).join('')).toBe(url);
    expect(s.lines.length).toBe(2000); // 20 characters of 0.5 em at size 10 a line
  });

  it('keeps hard breaks and does not justify the line before one', () => {
    const s = setText([run('uno dos\ntres')], opts(), fonts);
    expect(s.lines.map(lineText)).toEqual(['uno dos', 'tres']);
    expect(s.lines[0]?.width).toBeLessThan(100);
  });

  it('puts characters the main font lacks in a fallback font, and breaks between CJK characters', () => {
    const s = setText([run('Tokio 東京')], opts({ align: 'left' }), fonts);
    const frags = s.lines.flatMap((l) => l.fragments);
    expect(frags.find((f) => f.text === '東京')?.font).toBe('extra-0');
    const narrow = setText([run('東京東京東京東京東京')], opts({ width: 20, align: 'left' }), fonts);
    expect(narrow.lines.length).toBeGreaterThan(1);
  });

  it('breaks a CJK paragraph of thousands of characters at once, each line as full as it fits', () => {
    // A break between every two characters: each line tried them all from the end, cutting the
    // whole paragraph each time (1,000 characters 1.3 s, 4,000 characters 100 s).
    const text = '東京'.repeat(2000);
    const s = setText([run(text)], opts({ lang: undefined }), fonts);
    expect(s.lines.map(lineText).join('')).toBe(text);
    expect(s.lines.length).toBe(200); // 20 characters of 0.5 em at size 10 a line
  });

  it('throws MissingGlyphError with the character, its code point, the context, line and field', () => {
    const field = (line: number): string => `articles[${line}].text`;
    let error: unknown;
    try {
      setText([run('Aprobado ✓ por el Cabildo', { line: 7 })], opts({ field }), fonts);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingGlyphError);
    expect(error).toMatchObject({
      code: 'missing-glyph',
      char: '✓',
      codePoint: 'U+2713',
      context: 'Aprobado ✓ por el Cabildo',
      line: 7,
      field: 'articles[7].text',
    });
  });

  it('uses bold fonts for bold runs and forced styles', () => {
    const s = setText([run('a '), run('b', { bold: true })], opts({ align: 'left' }), fonts);
    expect(s.lines[0]?.fragments.map((f) => f.font)).toEqual(['main-regular', 'main-bold']);
    const h = setText([run('a')], opts({ force: { bold: true } }), fonts);
    expect(h.lines[0]?.fragments[0]?.font).toBe('main-bold');
  });
});

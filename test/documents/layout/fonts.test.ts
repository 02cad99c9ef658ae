import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontsDir } from '../../../src/documents/layout/assets.js';
import {
  installPlainLayout,
  type LayoutTarget,
  type Run,
  rawKernPairs,
} from '../../../src/documents/layout/fast-layout.js';
import { installQuickSubset } from '../../../src/documents/layout/quick-subset.js';
import { FIXTURES } from './helpers.js';

const corpus = [
  'El H. Ayuntamiento de San Pedro de las Huertas, Gto., manifiesta su interés —conforme al artículo 7º— en',
  '«AVATAR» “Wow” ‘Te’ VAWAY Tomás, Vía, yo. F. LT P.A. ¿Qué? ¡Sí! 1.234,56 € 50 % n.º 12/2026 2024–2027',
  'Łódź, İzmir, Plzeň, Nguyễn, Ærøskøbing, Şanlıurfa, Győr, Ελλάδα, Москва, Київ',
  'The Municipality of Zapopan agrees to “cooperate” in tourism; office, affluent, Kafka, Xochimilco.',
];

function layoutTargets(file: string): { plain: LayoutTarget; fontkit: LayoutTarget } {
  const make = (): LayoutTarget => {
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont('f', readFileSync(file));
    doc.font('f');
    return (doc as unknown as { _font: LayoutTarget })._font;
  };
  return { plain: make(), fontkit: make() };
}

const simple = (run: Run) => ({
  ids: run.glyphs.map((g) => g.id),
  advances: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth]),
  width: run.advanceWidth,
});

describe('plain layout of the shipped fonts', () => {
  for (const style of ['Regular', 'Bold', 'Italic', 'BoldItalic']) {
    it(`gives the same glyphs and advances as fontkit (${style})`, () => {
      const { plain, fontkit } = layoutTargets(join(fontsDir(), `NotoSerif-${style}.ttf`));
      expect(installPlainLayout(plain)).toBe(true);
      for (const text of corpus) {
        for (const word of [text, ...text.split(' ')]) {
          const a = simple(plain.layoutRun(word));
          const b = simple(fontkit.layoutRun(word));
          expect(a.ids, word).toEqual(b.ids);
          expect(a.width, word).toBeCloseTo(b.width, 9);
          a.advances.forEach((adv, i) => {
            adv.forEach((v, k) => {
              expect(v, `${word} [${i}]`).toBeCloseTo(b.advances[i]?.[k] ?? Number.NaN, 9);
            });
          });
        }
      }
    });
  }

  it('reads the kerning pairs from the file as fontkit does', () => {
    for (const style of ['Regular', 'Italic']) {
      const file = readFileSync(join(fontsDir(), `NotoSerif-${style}.ttf`));
      const raw = rawKernPairs(file);
      expect(raw?.size).toBeGreaterThan(1000);
      const { plain, fontkit } = layoutTargets(join(fontsDir(), `NotoSerif-${style}.ttf`));
      installPlainLayout(plain, file);
      for (const text of corpus) expect(simple(plain.layoutRun(text))).toEqual(simple(fontkit.layoutRun(text)));
    }
    expect(rawKernPairs(Buffer.from('wOF2 not a plain font'))).toBeUndefined();
  });

  it('applies kerning (so the comparison above means something)', () => {
    const { plain } = layoutTargets(join(fontsDir(), 'NotoSerif-Regular.ttf'));
    installPlainLayout(plain);
    const pair = plain.layoutRun('AV');
    const apart = plain.layoutRun('A').advanceWidth + plain.layoutRun('V').advanceWidth;
    expect(pair.advanceWidth).toBeLessThan(apart);
  });

  it('leaves fonts with OpenType layout tables to fontkit', () => {
    const { plain } = layoutTargets(join(FIXTURES, 'test-cjk.ttf'));
    const before = plain.layoutRun;
    // The fixture has no GSUB/GPOS either, so it qualifies; a font with them must not.
    expect(installPlainLayout(plain)).toBe(true);
    const withTables = {
      font: {
        directory: { tables: { GPOS: {} } },
        glyphForCodePoint: () => ({ id: 0, advanceWidth: 0, codePoints: [] }),
      },
      scale: 1,
      layoutRun: before,
    } as unknown as LayoutTarget;
    expect(installPlainLayout(withTables)).toBe(false);
    expect(withTables.layoutRun).toBe(before);
  });

  it('hands marks and astral characters to fontkit', () => {
    const { plain, fontkit } = layoutTargets(join(fontsDir(), 'NotoSerif-Regular.ttf'));
    installPlainLayout(plain);
    for (const text of ['n\u0303o', 'e\u0301', 'a\u{1D400}b']) {
      expect(simple(plain.layoutRun(text))).toEqual(simple(fontkit.layoutRun(text)));
    }
  });
});

describe('quick subset of TrueType fonts', () => {
  /** fontkit's subset of the corpus's glyphs in a font, with or without the quick copy. */
  const subsetBytes = (
    file: string,
    quick: boolean,
  ): { bytes: Buffer; glyphs: number; inFont: number; composites: number } => {
    const { plain } = layoutTargets(file);
    const font = plain.font as unknown as {
      createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
      getGlyph(id: number): { _decode(): { numberOfContours: number } | null };
      numGlyphs: number;
    };
    const subset = font.createSubset();
    if (quick) installQuickSubset(subset);
    // The corpus's glyphs, and the font's first 400 (all of a small font).
    const ids = new Set(corpus.flatMap((text) => plain.layoutRun(text).glyphs.map((g) => g.id)));
    for (let id = 0; id < Math.min(font.numGlyphs, 400); id++) ids.add(id);
    for (const id of ids) subset.includeGlyph(id);
    const composites = [...ids].filter((id) => (font.getGlyph(id)._decode()?.numberOfContours ?? 0) < 0).length;
    return { bytes: Buffer.from(subset.encode()), glyphs: ids.size, inFont: font.numGlyphs, composites };
  };

  for (const file of [
    ...['Regular', 'Bold', 'Italic', 'BoldItalic'].map((s) => join(fontsDir(), `NotoSerif-${s}.ttf`)),
    join(FIXTURES, 'test-cjk.ttf'),
  ]) {
    it(`gives fontkit's bytes (${file.split('/').pop()})`, () => {
      const quick = subsetBytes(file, true);
      const fontkit = subsetBytes(file, false);
      expect(quick.bytes.equals(fontkit.bytes)).toBe(true);
      expect(quick.glyphs).toBeGreaterThanOrEqual(Math.min(quick.inFont, 400));
    });
  }

  it('copies composite glyphs with their components (the corpus has some)', () => {
    const { composites } = subsetBytes(join(fontsDir(), 'NotoSerif-Regular.ttf'), true);
    expect(composites).toBeGreaterThan(5);
  });
});

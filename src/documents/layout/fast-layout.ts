// A plain layout for fonts without OpenType layout tables (the shipped Noto Serif, see
// fonts/README.md): one glyph per character from the cmap, advances from hmtx, pairs from the
// legacy `kern` table. That is all fontkit does for such fonts, but its general shaper costs
// ~50 µs a distinct word on a cold process (script detection, glyph-run machinery) — the largest
// part of rendering a document. It is installed on pdfkit's font object (`layoutRun`), so measuring
// and drawing share it; anything unusual (marks, ignorables, astral characters, explicit features)
// still goes to fontkit. test/documents/layout/fonts.test.ts checks both agree on real text.

/** What pdfkit's EmbeddedFont uses of a fontkit glyph. */
interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface KernTable {
  version: number;
  format: number;
  coverage: {
    horizontal?: boolean;
    crossStream?: boolean;
    override?: boolean;
    vertical?: boolean;
    variation?: boolean;
  };
  subtable: { pairs?: { left: number; right: number; value: number }[] };
}

/** The parts of a fontkit font used here. */
export interface FontkitFont {
  directory: { tables: Record<string, unknown> };
  kern?: { tables: KernTable[] } | null;
  glyphForCodePoint(cp: number): Glyph;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

export interface Run {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}

/** pdfkit's EmbeddedFont, as far as the layout goes. */
export interface LayoutTarget {
  font: FontkitFont;
  scale: number;
  layoutRun(text: string, features?: unknown): Run;
}

// Combining marks, default-ignorable characters and surrogates (astral characters, variation
// selectors above U+FFFF) need fontkit's own handling.
const SPECIAL =
  /\p{M}|[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF0-\uFFF8\u{10000}-\u{10FFFF}]/u;

/** Whether a font has no layout tables that fontkit would apply (then the plain layout is exact). */
export function hasPlainLayout(font: FontkitFont): boolean {
  const tables = font.directory.tables;
  return !('GSUB' in tables || 'GPOS' in tables || 'morx' in tables || 'mort' in tables);
}

/**
 * Installs the plain layout on a pdfkit font object; returns false (and changes nothing) if
 * unsuitable. `file` is the font file, whose kerning pairs are read directly when it is a plain
 * TrueType/OpenType file (fontkit's generic decoding of 1,700 pairs takes ~10 ms).
 */
export function installPlainLayout(target: LayoutTarget, file?: Uint8Array): boolean {
  const font = target.font;
  if (!hasPlainLayout(font)) return false;
  const kerning = (file && rawKernPairs(file)) ?? kernPairs(font);
  if (kerning === undefined) return false;
  const original = target.layoutRun.bind(target);
  const glyphs = new Map<number, Glyph>();
  const scale = target.scale;
  target.layoutRun = (text: string, features?: unknown): Run => {
    if (features !== undefined || SPECIAL.test(text)) return original(text, features);
    const run: Run = { glyphs: [], positions: [], advanceWidth: 0 };
    let previous: Glyph | undefined;
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      let glyph = glyphs.get(cp);
      if (!glyph) {
        glyph = font.glyphForCodePoint(cp);
        glyphs.set(cp, glyph);
      }
      const advance = glyph.advanceWidth * scale;
      if (previous) {
        const kern = kerning.get(previous.id * 65536 + glyph.id);
        const last = run.positions[run.positions.length - 1];
        if (kern !== undefined && last) {
          last.xAdvance += kern * scale;
          run.advanceWidth += kern * scale;
        }
      }
      run.glyphs.push(glyph);
      run.positions.push({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance });
      run.advanceWidth += advance;
      previous = glyph;
    }
    return run;
  };
  return true;
}

/** Horizontal format-0 kerning pairs, summed as fontkit does; undefined for other kinds of tables. */
function kernPairs(font: FontkitFont): Map<number, number> | undefined {
  const pairs = new Map<number, number>();
  const kern = 'kern' in font.directory.tables ? font.kern : null;
  for (const table of kern?.tables ?? []) {
    if (table.coverage.crossStream) continue;
    if (table.version === 0 ? !table.coverage.horizontal : table.coverage.vertical || table.coverage.variation) {
      continue;
    }
    if (table.format !== 0 || table.coverage.override || !table.subtable.pairs) return undefined;
    for (const { left, right, value } of table.subtable.pairs) {
      const key = left * 65536 + right;
      pairs.set(key, (pairs.get(key) ?? 0) + value);
    }
  }
  return pairs;
}

/** Format-0 pairs of a Microsoft `kern` table read from the file; undefined when it is anything else. */
export function rawKernPairs(file: Uint8Array): Map<number, number> | undefined {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (file.byteLength < 12) return undefined;
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565 && version !== 0x4f54544f) return undefined;
  const numTables = view.getUint16(4);
  let offset = -1;
  let length = 0;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (rec + 16 > file.byteLength) return undefined;
    if (view.getUint32(rec) === 0x6b65726e) {
      offset = view.getUint32(rec + 8);
      length = view.getUint32(rec + 12);
    }
  }
  const pairs = new Map<number, number>();
  if (offset < 0) return pairs;
  const end = offset + length;
  if (end > file.byteLength || length < 4 || view.getUint16(offset) !== 0) return undefined;
  const count = view.getUint16(offset + 2);
  let pos = offset + 4;
  for (let t = 0; t < count; t++) {
    if (pos + 6 > end) return undefined;
    const subLength = view.getUint16(pos + 2);
    const coverage = view.getUint16(pos + 4);
    const format = coverage >> 8;
    const horizontal = (coverage & 1) !== 0;
    const crossStream = (coverage & 4) !== 0;
    const override = (coverage & 8) !== 0;
    if (horizontal && !crossStream) {
      if (format !== 0 || override) return undefined;
      const nPairs = view.getUint16(pos + 6);
      const first = pos + 14;
      if (first + nPairs * 6 > end) return undefined;
      for (let k = 0; k < nPairs; k++) {
        const at = first + k * 6;
        const key = view.getUint16(at) * 65536 + view.getUint16(at + 2);
        pairs.set(key, (pairs.get(key) ?? 0) + view.getInt16(at + 4));
      }
    }
    // A subtable's length field is 16 bits; large format-0 subtables overflow it, so use nPairs.
    pos += format === 0 ? 14 + view.getUint16(pos + 6) * 6 : subLength;
  }
  return pairs;
}

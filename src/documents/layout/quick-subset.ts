// The font subset of a TrueType font, without decoding each glyph. fontkit's TTFSubset decodes every
// glyph it copies (all its flags and points) only to learn whether it is a composite glyph, whose
// components must be copied too and renumbered; a simple or empty glyph is then copied byte for byte.
// On a fresh process that decoding is ≈70 µs a glyph, ≈12 ms of the four-page profile. Here the sign of
// the glyph's numberOfContours (its first two bytes) answers the question; composite glyphs and
// variable fonts still go through fontkit, so the subset is the same, byte for byte.

interface DecodeStream {
  pos: number;
  readInt16BE(): number;
  readBuffer(length: number): Uint8Array;
}

/** The parts of fontkit's TTFSubset (and its font) used here. */
interface TrueTypeSubset {
  font: {
    loca?: { offsets: number[] };
    _variationProcessor?: unknown;
    /** null when the font has no such table (fontkit's TTFFont). */
    _getTableStream(tag: string): DecodeStream | null;
    getGlyph(gid: number): { advanceWidth: number; _getMetrics(): { leftBearing: number } };
  };
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  _addGlyph(gid: number): number;
}

/** Installs the quick copy on pdfkit's subset of a TrueType font; leaves a CFF font's subset alone. */
export function installQuickSubset(subset: unknown): void {
  const s = subset as Partial<TrueTypeSubset>;
  // A CFF font has no loca table (and no glyf).
  if (typeof s._addGlyph !== 'function' || !s.font?.loca) return;
  const original = s._addGlyph;
  const target = s as TrueTypeSubset;
  target._addGlyph = function (this: TrueTypeSubset, gid: number): number {
    const font = this.font;
    const glyph = font.getGlyph(gid);
    const start = font.loca?.offsets[gid];
    const end = font.loca?.offsets[gid + 1];
    const stream = font._getTableStream('glyf');
    if (font._variationProcessor || start === undefined || end === undefined || !stream) {
      return original.call(this, gid);
    }
    stream.pos += start;
    if (end - start >= 2) {
      const at = stream.pos;
      const contours = stream.readInt16BE();
      if (contours < 0) return original.call(this, gid);
      stream.pos = at;
    }
    // fontkit's own steps for a simple (or empty) glyph.
    const buffer = stream.readBuffer(end - start);
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
}

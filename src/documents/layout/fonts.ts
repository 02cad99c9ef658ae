// Fonts of one document: the shipped Noto Serif family (fonts/) plus the caller's extra fonts for
// other scripts. Registers them with pdfkit, answers "which font draws this character" (so a
// missing glyph is an error, never a box) and measures text with pdfkit's own metrics.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type PDFDocument from 'pdfkit';
import { fontsDir } from './assets.js';
import { FontError } from './errors.js';
import { installPlainLayout, type LayoutTarget } from './fast-layout.js';
import { installQuickSubset } from './quick-subset.js';
import type { FontProvider, FontStyle } from './text.js';

type Doc = InstanceType<typeof PDFDocument>;

export const MAIN_FONT_FILES: Record<FontStyle, string> = {
  regular: 'NotoSerif-Regular.ttf',
  bold: 'NotoSerif-Bold.ttf',
  italic: 'NotoSerif-Italic.ttf',
  boldItalic: 'NotoSerif-BoldItalic.ttf',
};
const STYLES: FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** The parts of pdfkit's EmbeddedFont used here (not in @types/pdfkit). */
interface EmbeddedFont extends LayoutTarget {
  /** fontkit's subset of the glyphs used, embedded when the document ends. */
  subset: unknown;
  font: LayoutTarget['font'] & { hasGlyphForCodePoint(cp: number): boolean };
  widthOfString(text: string, size: number): number;
  /** Adds the glyphs to the subset; hex glyph codes and positions (1/1000 em). */
  encode(text: string): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
  /** Resource name ("F1") and dictionary, for the page's font resources. */
  id: string;
  ref(): unknown;
  ascender: number;
  descender: number;
}

/** A fragment of a line to draw: text in one font, x from the line start, extra space per space. */
export interface DrawFragment {
  font: string;
  text: string;
  x: number;
  wordSpacing: number;
}

/** PDF numbers as pdfkit writes them (6 decimals at most). */
function num(n: number): string {
  const r = Math.round(n * 1e6) / 1e6;
  return r === 0 ? '0' : String(r);
}

type FragmentFn = (
  text: string,
  x: number,
  y: number,
  options: { baseline: 'alphabetic'; wordSpacing: number; textWidth: number; wordCount: number },
) => void;

// Font files are read once per process: a second document in the same run reuses them.
const fileCache = new Map<string, Buffer>();

function readFont(file: string): Buffer {
  const hit = fileCache.get(file);
  if (hit) return hit;
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FontError(file, code === 'ENOENT' ? 'not-found' : 'unreadable', code);
  }
  const magic = data.subarray(0, 4).toString('latin1');
  if (magic === 'wOF2') throw new FontError(file, 'invalid', 'WOFF2 is not supported: use a TTF or OTF file');
  if (magic === 'ttcf') throw new FontError(file, 'invalid', 'font collections (TTC) are not supported');
  if (!['\0\x01\0\0', 'OTTO', 'true', 'wOFF'].includes(magic)) {
    throw new FontError(file, 'invalid', 'not a TrueType/OpenType font');
  }
  fileCache.set(file, data);
  return data;
}

export class DocumentFonts implements FontProvider {
  /** Font files by registered name; extra fonts are read (and checked) up front. */
  private readonly sources = new Map<string, { file: string; data?: Buffer }>();
  private readonly embedded = new Map<string, EmbeddedFont>();
  private readonly widths = new Map<string, Map<string, number>>();
  private readonly coverage = new Map<FontStyle, Map<number, string | null>>();
  private readonly extras: string[] = [];

  constructor(
    private readonly doc: Doc,
    extraFontFiles: readonly string[],
  ) {
    const dir = fontsDir();
    for (const style of STYLES) this.sources.set(`main-${style}`, { file: join(dir, MAIN_FONT_FILES[style]) });
    extraFontFiles.forEach((file, i) => {
      this.sources.set(`extra-${i}`, { file, data: readFont(file) });
      this.extras.push(`extra-${i}`);
    });
  }

  /**
   * pdfkit's font object, created on first use: a style or an extra font that no text needs is
   * never parsed (fontkit's parsing is a good part of a document's time) nor embedded.
   */
  private font(name: string): EmbeddedFont {
    const hit = this.embedded.get(name);
    if (hit) return hit;
    const source = this.sources.get(name);
    if (!source) throw new Error(`font ${name} not registered`);
    const data = source.data ?? readFont(source.file);
    try {
      this.doc.registerFont(name, data);
      this.doc.font(name);
    } catch (e) {
      throw new FontError(source.file, 'invalid', e instanceof Error ? e.message : String(e));
    }
    const embedded = (this.doc as unknown as { _font: EmbeddedFont })._font;
    installPlainLayout(embedded, data);
    installQuickSubset(embedded.subset);
    this.embedded.set(name, embedded);
    return embedded;
  }

  mainFont(style: FontStyle): string {
    return `main-${style}`;
  }

  fontFor(cp: number, style: FontStyle): string | undefined {
    let perStyle = this.coverage.get(style);
    if (!perStyle) {
      perStyle = new Map();
      this.coverage.set(style, perStyle);
    }
    const hit = perStyle.get(cp);
    if (hit !== undefined) return hit ?? undefined;
    const order = [this.mainFont(style), ...(style === 'regular' ? [] : ['main-regular']), ...this.extras];
    const found = order.find((name) => this.font(name).font.hasGlyphForCodePoint(cp)) ?? null;
    perStyle.set(cp, found);
    return found ?? undefined;
  }

  width(name: string, text: string): number {
    let perFont = this.widths.get(name);
    if (!perFont) {
      perFont = new Map();
      this.widths.set(name, perFont);
    }
    let w = perFont.get(text);
    if (w === undefined) {
      w = this.font(name).widthOfString(text, 1);
      perFont.set(text, w);
    }
    return w;
  }

  /**
   * Draws one line: a text object whose TJ arrays hold each word's glyph codes once encoded (cached
   * per word) and the justification after each space. pdfkit's text() costs ~5 times as much per
   * fragment (options, measuring again, a graphics state per fragment, arrays rebuilt per word), the
   * largest part of drawing. Words positioned by fontkit with offsets (combining marks) go through
   * pdfkit instead.
   */
  drawLine(size: number, fragments: readonly DrawFragment[], x: number, baseline: number): void {
    const page = (this.doc as unknown as { page: { height: number; fonts: Record<string, unknown> } }).page;
    const h = page.height;
    let out = `q\n1 0 0 -1 0 ${num(h)} cm\nBT\n`;
    for (const f of fragments) {
      const font = this.font(f.font);
      const words = f.text.split(' ');
      const codes = words.map((w) => this.wordCode(f.font, font, w));
      if (codes.some((c) => c === null)) {
        this.draw(f.font, size, f.text, x + f.x, baseline, f.wordSpacing);
        continue;
      }
      page.fonts[font.id] ??= font.ref();
      const space = words.length > 1 ? this.wordCode(f.font, font, ' ') : '';
      const gap = f.wordSpacing ? ` ${num((-f.wordSpacing * 1000) / size)} ` : ' ';
      out += `/${font.id} ${num(size)} Tf\n1 0 0 1 ${num(x + f.x)} ${num(h - baseline)} Tm\n[${codes.join(`${space}${gap}`)}] TJ\n`;
    }
    this.doc.addContent(`${out}ET\nQ`);
  }

  private readonly codes = new Map<string, Map<string, string | null>>();

  /** The TJ operands of a word ("<0012002f> 12 <0044>"), or null when it needs pdfkit's drawing. */
  private wordCode(name: string, font: EmbeddedFont, word: string): string | null {
    let perFont = this.codes.get(name);
    if (!perFont) {
      perFont = new Map();
      this.codes.set(name, perFont);
    }
    const hit = perFont.get(word);
    if (hit !== undefined) return hit;
    const [hex, positions] = font.encode(word);
    let code: string | null = '<';
    for (let i = 0; i < hex.length; i++) {
      const p = positions[i];
      if (!p || p.xOffset || p.yOffset) {
        code = null;
        break;
      }
      code += hex[i];
      const kern = p.xAdvance - p.advanceWidth;
      if (kern !== 0) code += `> ${num(-kern)} <`;
    }
    if (code !== null) code += '>';
    perFont.set(word, code);
    return code;
  }

  /**
   * Draws `text` with its baseline at y through pdfkit. Its `text()` would measure the text twice
   * more and copy its options for nothing; `_fragment` does the drawing proper, so it is called
   * directly when present.
   */
  draw(name: string, size: number, text: string, x: number, baseline: number, wordSpacing: number): void {
    const doc = this.doc.font(name).fontSize(size);
    const fragment = (doc as unknown as { _fragment?: FragmentFn })._fragment;
    if (typeof fragment === 'function') {
      fragment.call(doc, text, x, baseline, { baseline: 'alphabetic', wordSpacing, textWidth: 0, wordCount: 0 });
    } else {
      doc.text(text, x, baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        ...(wordSpacing ? { wordSpacing } : {}),
      });
    }
  }

  /** Ascender and descender (negative) of a font, as fractions of the size. */
  metrics(name: string): { ascender: number; descender: number } {
    const f = this.font(name);
    return { ascender: f.ascender / 1000, descender: f.descender / 1000 };
  }
}

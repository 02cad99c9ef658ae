// The typesetter: styled runs → lines of positioned fragments, for a given width. It knows nothing
// of pdfkit (fonts come through FontProvider), so heights are exact before anything is drawn and
// pagination can measure first. Greedy line filling; justified text hyphenates a word that does not
// fit when the line would otherwise stretch too much; a hyphen is only ever drawn at a line end (no
// soft hyphens reach the PDF).
import { MissingGlyphError } from './errors.js';
import { hyphenationPoints } from './hyphenate.js';
import type { TextRun } from './markdown.js';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type TextAlign = 'left' | 'center' | 'right' | 'justify';

export interface FontProvider {
  /** The registered font that draws `cp` in `style` (the style's own font first, then fallbacks). */
  fontFor(cp: number, style: FontStyle): string | undefined;
  /** The main font of a style (spaces and inserted hyphens use it). */
  mainFont(style: FontStyle): string;
  /** Advance width of `text` in `font` at size 1. */
  width(font: string, text: string): number;
}

export interface SetOptions {
  width: number;
  size: number;
  align: TextAlign;
  /** Line pitch as a multiple of the size. */
  leading: number;
  /** Hyphenation language (only used for justified text, or for words longer than the line). */
  lang?: string | undefined;
  /** Names the source of the text for MissingGlyphError: a fixed name or one per Markdown line. */
  field?: string | ((line: number) => string | undefined) | undefined;
  /** Style forced on every run (headings are bold). */
  force?: Partial<Pick<TextRun, 'bold' | 'italic'>>;
}

export interface Fragment {
  x: number;
  text: string;
  font: string;
  /** Extra space added to each space of `text` (justification). */
  wordSpacing: number;
}

export interface SetLine {
  fragments: Fragment[];
  /** Width actually covered, from the line start. */
  width: number;
}

export interface SetText {
  lines: SetLine[];
  size: number;
  lineHeight: number;
  height: number;
}

interface Piece {
  text: string;
  font: string;
  /** Advance width at the size of the text. */
  width: number;
}

interface Word {
  pieces: Piece[];
  /** Concatenated text of the pieces. */
  text: string;
  width: number;
  /** Width of the space before the word and the font it is drawn in. */
  gap: number;
  gapFont: string;
  /** Break opportunities inside the word: offset in `text`; hyphen = draw "-" when broken there. */
  breaks: { offset: number; hyphen: boolean }[];
  /** Break opportunities from hyphenation patterns are added lazily, once. */
  hyphenated: boolean;
  style: FontStyle;
}

type Token = Word | 'newline';

const SHY = '\u00AD';
const DROPPED = /[\u200B-\u200D\u2060\uFEFF\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
const EPSILON = 0.01;

function styleOf(bold: boolean, italic: boolean): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

function isCjk(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

const LETTER = /\p{L}/u;

function fieldFor(opts: SetOptions, line: number): string | undefined {
  return typeof opts.field === 'function' ? opts.field(line) : opts.field;
}

interface Analysis {
  /** Pieces with widths at size 1. */
  pieces: { text: string; font: string; width: number }[];
  breaks: { offset: number; hyphen: boolean }[];
}

/** Per provider, style and word: the same words come back all the time ("de", "la", "Municipio"). */
const analyses = new WeakMap<FontProvider, Map<string, Analysis | number>>();

/**
 * Splits a word (no spaces) into pieces by font, and finds the breaks that need no patterns: soft
 * hyphens, after a hyphen or slash inside a word, between CJK characters (those scripts do not
 * separate words with spaces). Returns the index of the first character no font has, if any.
 */
function analyse(segment: string, style: FontStyle, fonts: FontProvider): Analysis | number {
  let cache = analyses.get(fonts);
  if (!cache) {
    cache = new Map();
    analyses.set(fonts, cache);
  }
  const key = `${style}\u0000${segment}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const pieces: Analysis['pieces'] = [];
  const breaks: Analysis['breaks'] = [];
  let offset = 0;
  let prevChar = '';
  let prevCjk = false;
  let index = 0;
  for (const ch of segment) {
    const at = index;
    index += ch.length;
    if (ch === SHY) {
      if (offset > 0) breaks.push({ offset, hyphen: true });
      continue;
    }
    const cp = ch.codePointAt(0) ?? 0;
    const font = fonts.fontFor(cp, style);
    if (font === undefined) return at;
    const cjk = isCjk(cp);
    if (offset >= 2 && (prevChar === '-' || prevChar === '/') && LETTER.test(ch)) {
      breaks.push({ offset, hyphen: false });
    } else if (offset > 0 && (cjk || prevCjk)) {
      breaks.push({ offset, hyphen: false });
    }
    const last = pieces[pieces.length - 1];
    if (last && last.font === font) last.text += ch;
    else pieces.push({ text: ch, font, width: 0 });
    offset += ch.length;
    prevChar = ch;
    prevCjk = cjk;
  }
  for (const p of pieces) p.width = fonts.width(p.font, p.text);
  const analysis = { pieces, breaks };
  cache.set(key, analysis);
  return analysis;
}

/** Splits runs into words (with their pieces in resolved fonts) and hard line breaks. */
function tokenize(runs: readonly TextRun[], opts: SetOptions, fonts: FontProvider): Token[] {
  const tokens: Token[] = [];
  let word: Word | undefined;
  let pendingGapStyle: FontStyle | undefined;
  const size = opts.size;

  const finishWord = (): void => {
    if (!word) return;
    word.text = word.pieces.map((p) => p.text).join('');
    word.width = word.pieces.reduce((w, p) => w + p.width, 0);
    tokens.push(word);
    word = undefined;
  };

  for (const run of runs) {
    const style = styleOf(opts.force?.bold ?? run.bold, opts.force?.italic ?? run.italic);
    const text = run.text.replace(/\t/g, ' ').replace(DROPPED, '');
    const parts = text.split(/([ \n])/);
    let position = 0;
    for (const part of parts) {
      const at = position;
      position += part.length;
      if (part === '') continue;
      if (part === ' ' || part === '\n') {
        finishWord();
        if (part === '\n') {
          tokens.push('newline');
          pendingGapStyle = undefined;
        } else {
          pendingGapStyle ??= style;
        }
        continue;
      }
      const analysis = analyse(part, style, fonts);
      if (typeof analysis === 'number') {
        const i = at + analysis;
        const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
        const context = text.slice(Math.max(0, i - 30), Math.min(text.length, i + 30)).trim();
        throw new MissingGlyphError(ch, context, run.line || undefined, fieldFor(opts, run.line));
      }
      if (!word) {
        const gapFont = fonts.mainFont(pendingGapStyle ?? style);
        word = {
          pieces: [],
          text: '',
          width: 0,
          gap: pendingGapStyle ? fonts.width(gapFont, ' ') * size : 0,
          gapFont,
          breaks: [],
          hyphenated: false,
          style,
        };
        pendingGapStyle = undefined;
      }
      // A word may go on across runs ("**Art.**5"): shift this part's breaks past what is there.
      const offset = word.pieces.reduce((n, p) => n + p.text.length, 0);
      for (const b of analysis.breaks) word.breaks.push({ offset: b.offset + offset, hyphen: b.hyphen });
      for (const p of analysis.pieces) {
        const last = word.pieces[word.pieces.length - 1];
        if (last && last.font === p.font) {
          last.text += p.text;
          last.width += p.width * size;
        } else {
          word.pieces.push({ text: p.text, font: p.font, width: p.width * size });
        }
      }
    }
  }
  finishWord();
  return tokens;
}

/** Adds pattern hyphenation points to a word (once), for its alphabetic core. */
function addHyphenation(word: Word, lang: string | undefined): void {
  if (word.hyphenated) return;
  word.hyphenated = true;
  if (!lang) return;
  // Hyphenate the letters only: leading/trailing punctuation ("(municipio),") stays attached.
  const m = /^([^\p{L}]*)(\p{L}[\p{L}\p{M}'’]*\p{L})([^\p{L}]*)$/u.exec(word.text);
  if (!m?.[2] || m[2].length < 5) return;
  const lead = m[1]?.length ?? 0;
  const existing = new Set(word.breaks.map((b) => b.offset));
  for (const p of hyphenationPoints(m[2], lang)) {
    if (!existing.has(lead + p)) word.breaks.push({ offset: lead + p, hyphen: true });
  }
  word.breaks.sort((a, b) => a.offset - b.offset);
}

/** The word cut at `offset`: [head (with "-" when hyphen), tail]. */
function splitWord(word: Word, offset: number, hyphen: boolean, fonts: FontProvider, size: number): [Word, Word] {
  const piece = (text: string, font: string): Piece => ({
    text,
    font,
    width: fonts.width(font, text) * size,
  });
  const headPieces: Piece[] = [];
  const tailPieces: Piece[] = [];
  let n = 0;
  for (const p of word.pieces) {
    const start = n;
    n += p.text.length;
    if (n <= offset) headPieces.push(p);
    else if (start >= offset) tailPieces.push(p);
    else {
      headPieces.push(piece(p.text.slice(0, offset - start), p.font));
      tailPieces.push(piece(p.text.slice(offset - start), p.font));
    }
  }
  if (hyphen) {
    const last = headPieces[headPieces.length - 1];
    const main = fonts.mainFont(word.style);
    if (last && last.font === main) headPieces[headPieces.length - 1] = piece(`${last.text}-`, main);
    else headPieces.push(piece('-', main));
  }
  const measure = (pieces: Piece[]): number => pieces.reduce((w, p) => w + p.width, 0);
  const head: Word = {
    ...word,
    pieces: headPieces,
    text: headPieces.map((p) => p.text).join(''),
    width: measure(headPieces),
    breaks: [],
    hyphenated: true,
  };
  const tail: Word = {
    ...word,
    pieces: tailPieces,
    text: word.text.slice(offset),
    width: measure(tailPieces),
    gap: 0,
    breaks: word.breaks.filter((b) => b.offset > offset).map((b) => ({ ...b, offset: b.offset - offset })),
  };
  return [head, tail];
}

/**
 * The longest head of `word` at a break opportunity that fits in `avail`, if any. The breaks whose
 * head is too wide even without a hyphen are skipped by a search (leadingFits); only the last few
 * are cut and measured with their hyphen. Cutting at every break from the end made a CJK paragraph (a
 * break between every two characters) cubic: one of 2,000 characters took 9 s to print.
 */
function bestSplit(word: Word, avail: number, fonts: FontProvider, size: number): [Word, Word] | undefined {
  const breaks = word.breaks.filter((b) => b.offset > 0 && b.offset < word.text.length);
  const fit = leadingFits(
    breaks.length,
    (i) => headWidth(word, breaks[i]?.offset ?? 0, fonts, size) <= avail + EPSILON,
  );
  for (let i = fit - 1; i >= 0; i--) {
    const b = breaks[i] as { offset: number; hyphen: boolean };
    const parts = splitWord(word, b.offset, b.hyphen, fonts, size);
    if (parts[0].width <= avail + EPSILON) return parts;
  }
  return undefined;
}

/**
 * How many of `n` heads, each wider than the one before, fit: `fits(i)` holds for the first few and
 * then never again. Found by doubling, then halving, so only heads up to twice the line are measured.
 */
function leadingFits(n: number, fits: (i: number) => boolean): number {
  let lo = 0; // [0, lo) fit
  let hi = 1; // hi - 1 and on may not
  while (hi <= n && fits(hi - 1)) {
    lo = hi;
    hi *= 2;
  }
  hi = Math.min(hi - 1, n); // hi and on do not fit, or there are none
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The width of the first `offset` code units of `word`, as splitWord measures its head (no hyphen). */
function headWidth(word: Word, offset: number, fonts: FontProvider, size: number): number {
  let width = 0;
  let n = 0;
  for (const p of word.pieces) {
    const start = n;
    n += p.text.length;
    if (n <= offset) width += p.width;
    else {
      if (start < offset) width += fonts.width(p.font, p.text.slice(0, offset - start)) * size;
      break;
    }
  }
  return width;
}

/**
 * Last resort for a word wider than the line (a long URL): cut it by characters, as many as fit (at
 * least one, never all), found by leadingFits. Trying every head from the end made a pasted link of
 * 5,000 characters take 20 s and 3 GB (the font caches each string it measures).
 */
function forceSplit(word: Word, avail: number, fonts: FontProvider, size: number): [Word, Word] {
  // ends[c - 1]: the offset after c characters, found as far as the search needs them.
  const ends: number[] = [];
  const end = (count: number): number => {
    for (let at = ends[ends.length - 1] ?? 0; ends.length < count; ) {
      at += (word.text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
      ends.push(at);
    }
    return ends[count - 1] as number;
  };
  let max = -1; // characters but one: never the whole word
  for (let i = 0; i < word.text.length; i++) {
    const unit = word.text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) max++;
  }
  // Heads of 1 … max characters.
  const count = leadingFits(max, (i) => headWidth(word, end(i + 1), fonts, size) <= avail + EPSILON);
  return splitWord(word, end(Math.max(count, 1)), false, fonts, size);
}

interface RawLine {
  words: Word[];
  natural: number;
  /** Ends a paragraph or a hard break: never justified. */
  last: boolean;
}

export function setText(runs: readonly TextRun[], opts: SetOptions, fonts: FontProvider): SetText {
  const size = opts.size;
  const maxWidth = Math.max(opts.width, size);
  const tokens = tokenize(runs, opts, fonts);
  const justify = opts.align === 'justify';
  const spaceWidth = fonts.width(fonts.mainFont('regular'), ' ') * size;
  const raw: RawLine[] = [];
  let current: Word[] = [];
  let natural = 0;
  let gaps = 0;
  let hyphenRun = 0;
  // Justified spaces may also shrink a little (to 80 %), which saves many loose lines.
  const shrink = justify ? 0.2 : 0;

  const finish = (last: boolean): void => {
    raw.push({ words: current, natural, last });
    current = [];
    natural = 0;
    gaps = 0;
  };

  for (const [t, token] of tokens.entries()) {
    if (token === 'newline') {
      finish(true);
      continue;
    }
    // The last word before a hard break or the paragraph's end: hyphenated, it would leave a
    // fragment alone on the last line ("Migran-" / "te"), so only a very loose line breaks it.
    const next = tokens[t + 1];
    const lastWord = next === undefined || next === 'newline';
    let word: Word = token;
    for (;;) {
      const gap = current.length > 0 ? word.gap : 0;
      const room = maxWidth + (gaps + gap) * shrink;
      if (natural + gap + word.width <= room + EPSILON) {
        current.push(current.length > 0 ? word : { ...word, gap: 0 });
        natural += gap + word.width;
        gaps += gap;
        break;
      }
      const avail = room - natural - gap;
      if (current.length === 0) {
        addHyphenation(word, opts.lang);
        const parts = bestSplit(word, avail, fonts, size) ?? forceSplit(word, avail, fonts, size);
        current.push({ ...parts[0], gap: 0 });
        natural = parts[0].width;
        finish(false);
        word = parts[1];
        continue;
      }
      if (justify) {
        // Hyphenate only when the line would otherwise stretch its spaces by more than half; after
        // two hyphenated lines in a row, only when it would more than double them; the last word,
        // only when it would more than triple them.
        const count = current.length - 1;
        const stretch = count > 0 ? (maxWidth - natural) / count : Number.POSITIVE_INFINITY;
        if (stretch > spaceWidth * (lastWord ? 2 : hyphenRun >= 2 ? 1 : 0.5)) {
          addHyphenation(word, opts.lang);
          const parts = bestSplit(word, avail, fonts, size);
          if (parts) {
            current.push(parts[0]);
            natural += gap + parts[0].width;
            finish(false);
            hyphenRun++;
            word = parts[1];
            continue;
          }
        }
      }
      finish(false);
      hyphenRun = 0;
    }
  }
  if (current.length > 0 || raw.length === 0) finish(true);
  // A trailing hard break leaves an empty last line; a paragraph never ends with one.
  if (raw.length > 1 && raw[raw.length - 1]?.words.length === 0) raw.pop();

  const lineHeight = size * opts.leading;
  const lines = raw.map((line) => placeLine(line, opts, maxWidth));
  return { lines, size, lineHeight, height: lines.length * lineHeight };
}

/**
 * Whether stretching each space of a line by `extra` would more than triple it: then the line stays
 * ragged. The word that did not fit could not be broken (an email address, a long name), and white
 * rivers through a letter read worse than one short line.
 */
function tooLoose(line: RawLine, extra: number): boolean {
  let spaces = 0;
  for (let i = 1; i < line.words.length; i++) spaces += (line.words[i] as Word).gap;
  const mean = spaces / (line.words.length - 1);
  return mean > 0 && extra > 2 * mean;
}

function placeLine(line: RawLine, opts: SetOptions, maxWidth: number): SetLine {
  const gaps = Math.max(0, line.words.length - 1);
  const slack = Math.max(0, maxWidth - line.natural);
  let extra = 0;
  let x = 0;
  if (line.natural > maxWidth && gaps > 0) extra = (maxWidth - line.natural) / gaps;
  else if (opts.align === 'justify' && !line.last && gaps > 0 && !tooLoose(line, slack / gaps)) extra = slack / gaps;
  else if (opts.align === 'right') x = slack;
  else if (opts.align === 'center') x = slack / 2;

  const fragments: Fragment[] = [];
  let open: Fragment | undefined;
  for (let i = 0; i < line.words.length; i++) {
    const word = line.words[i];
    if (!word) continue;
    if (i > 0) x += word.gap + extra;
    const single = word.pieces.length === 1 ? word.pieces[0] : undefined;
    // Same-font words share one fragment; pdfkit replaces each space by space width + wordSpacing.
    // Words holding other spaces (no-break space) are drawn alone, as pdfkit would stretch those too.
    if (open && single && i > 0 && single.font === open.font && word.gapFont === open.font && !/\s/.test(single.text)) {
      open.text += ` ${single.text}`;
    } else {
      let px = x;
      open = undefined;
      for (const piece of word.pieces) {
        // pdfkit would also stretch a no-break space, so fragments holding one get no spacing.
        const spacing = /\s/.test(piece.text) ? 0 : extra;
        const fragment: Fragment = { x: px, text: piece.text, font: piece.font, wordSpacing: spacing };
        fragments.push(fragment);
        open = word.pieces.length === 1 && !/\s/.test(piece.text) ? fragment : undefined;
        px += piece.width;
      }
    }
    x += word.width;
  }
  return { fragments, width: x };
}

/** Natural extents of runs: the widest word (minimum column width) and the whole on one line. */
export function textExtent(
  runs: readonly TextRun[],
  opts: Omit<SetOptions, 'width' | 'align' | 'leading'>,
  fonts: FontProvider,
): { min: number; max: number } {
  const tokens = tokenize(runs, { ...opts, width: 0, align: 'left', leading: 1 }, fonts);
  let min = 0;
  let max = 0;
  let line = 0;
  for (const t of tokens) {
    if (t === 'newline') {
      line = 0;
      continue;
    }
    min = Math.max(min, t.width);
    line += (line > 0 ? t.gap : 0) + t.width;
    max = Math.max(max, line);
  }
  return { min, max };
}

// A reader for the block YAML that case files are written in, in front of js-yaml. js-yaml is a
// general parser (tags, anchors, multi-line scalars, flow across lines); our files use a small
// subset, and reading only that subset takes about half the time (bench/README.md). Anything outside
// it returns BAIL and the caller asks js-yaml as before: this reader never gives a value that js-yaml
// would not give.
// Scalars are read the way js-yaml's loader reads them (lib/loader.js: readBlockScalar,
// readPlainScalar, the quoted readers) and typed by js-yaml's own core-schema types.
import type { Type } from 'js-yaml';
import { lazyJsYaml } from './lazy.js';

/** What fastParse returns for text outside its subset. */
export const BAIL: unique symbol = Symbol('bail');

/** Thrown inside the reader, caught in fastParse: unwinding is simpler than checking every return. */
const STOP = new Error('fast-yaml: outside the subset');

const SPACE = 0x20;
const LF = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;

// Characters js-yaml rejects in content (its PATTERN_NON_PRINTABLE: controls, lone surrogates), and
// tabs and CRs, which this reader does not model: any of them anywhere sends the text to js-yaml. The
// first pattern is the quick test; surrogates are fine when paired (emoji), which the second checks.
const SUSPECT_CHARS = /[\x00-\x09\x0B-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;
const UNSAFE_CHARS =
  /[\x00-\x09\x0B-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** js-yaml's simple escapes in double-quoted scalars (its simpleEscapeSequence), but `\<tab>`. */
const ESCAPES = new Map(
  Object.entries({
    '0': '\x00',
    a: '\x07',
    b: '\x08',
    t: '\x09',
    n: '\x0A',
    v: '\x0B',
    f: '\x0C',
    r: '\x0D',
    e: '\x1B',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\x85',
    _: '\xA0',
    L: '\u2028',
    P: '\u2029',
  }),
);

// The core schema's implicit types (null, bool, int, float), the very list js-yaml's loader tries in
// turn on each plain scalar (its state.implicitTypes); not in @types/js-yaml, hence the cast.
let implicit: Type[] | undefined;
const implicitTypes = (): Type[] =>
  (implicit ??= (lazyJsYaml().CORE_SCHEMA as unknown as { compiledImplicit: Type[] }).compiledImplicit);

/**
 * A copy of a string that owns its characters: V8 makes any substring of 13 characters or more a
 * slice of its text, and one such string kept in a result keeps the whole file alive (yaml.ts
 * detachStrings does the same for js-yaml's values; the reader copies its own as it reads them).
 */
export const own = (s: string): string => (s.length >= 13 ? `${s} `.slice(0, -1) : s);
const ownValue = (v: unknown): unknown => (typeof v === 'string' ? own(v) : v);

/** A plain scalar typed as js-yaml's core schema types it: `2024` a number, `true` a boolean, `~` null. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only these first characters can start a null, bool, int or float: other scalars are strings.
  const maybe =
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2b || // +
    c === DASH ||
    c === 0x2e || // .
    c === 0x7e || // ~
    ((s.length === 4 || s.length === 5) && 'nNtTfF'.includes(s[0] as string));
  if (!maybe) return s;
  // The commonest of them typed here, as js-yaml types them, so that most files never load js-yaml:
  // decimal integers without sign or leading zero (up to 15 digits, exact as numbers), dates (which
  // no core type takes), and the core schema's own spellings of true, false and null.
  if (PLAIN_INT.test(s)) return Number(s);
  if (PLAIN_DATE.test(s)) return s;
  switch (s) {
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
    case 'null':
    case 'Null':
    case 'NULL':
    case '~':
      return null;
  }
  // Any other word (`name`, `text`) is no number either: only a digit, a sign or a dot starts one, and
  // none holds a space (`+52 462 623 0100`, `2026 binational services fair`).
  if (c > 0x39 || s.includes(' ')) return s;
  for (const type of implicitTypes()) if (type.resolve(s)) return type.construct(s);
  return s;
}

const PLAIN_INT = /^(?:0|[1-9][0-9]{0,14})$/;
const PLAIN_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

const isFlowIndicator = (c: number) => c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;

/**
 * Whether a plain scalar may start with `c` followed by `next` (js-yaml's readPlainScalar), minus `:`
 * and `?`, which this reader leaves to js-yaml.
 */
function plainStart(c: number, next: number, inFlow: boolean): boolean {
  switch (c) {
    case SPACE:
    case LF:
    case 0:
    case HASH:
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case 0x27: // '
    case 0x22: // "
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
    case COLON:
    case 0x3f: // ?
      return false;
    case DASH:
      return !(next === SPACE || next === LF || next === 0 || (inFlow && isFlowIndicator(next)));
    default:
      return !isFlowIndicator(c);
  }
}

/**
 * Where a node starts (its first character: a key, a dash, a quote, `|`, `[`) and whether it is a
 * scalar, or UNSURE where `yaml` places the node by rules of its own (an empty value).
 */
export type Spot = { start: number; scalar: boolean } | null;
const UNSURE: Spot = null;

/** A block mapping's entries: each key as the core schema types it, where the key starts, and its value. */
export interface MappingSpot {
  key: unknown;
  keyStart: number;
  value: Spot;
}

/** Per block collection: its mapping entries, or its sequence items. Flow collections have none. */
export type CollectionSpots = MappingSpot[] | Spot[];

// Plain keys read before, by a hash of their characters: most keys come back in every file (`es`,
// `en`, `date`, `id`), and one met again is neither sliced, typed nor made a property name anew.
const KEY_SLOTS = 1024;
const keyTexts: (string | undefined)[] = new Array(KEY_SLOTS);
const keyTyped: unknown[] = new Array(KEY_SLOTS);
const keyNames: (string | undefined)[] = new Array(KEY_SLOTS);

class Reader {
  private readonly len: number;
  /** The current content line: where it starts and its indentation (-1 at the end of the text). */
  private lineStart = 0;
  private ind = 0;
  /** The key read by readKey, and as the core schema types it (`2024:` is the number 2024). */
  private key = '';
  private typedKey: unknown = '';
  /**
   * Where the last value read starts (-1: UNSURE, see Spot) and whether it is a scalar: two fields,
   * made into a Spot only when positions are asked for.
   */
  private spotStart = -1;
  private spotScalar = false;

  private setSpot(start: number, scalar: boolean): void {
    this.spotStart = start;
    this.spotScalar = scalar;
  }

  private lastSpot(): Spot {
    return this.spotStart < 0 ? UNSURE : { start: this.spotStart, scalar: this.spotScalar };
  }

  constructor(
    private readonly s: string,
    private readonly maxDepth: number,
    /** Where each block collection's entries start, when positions are asked for (fastPositions). */
    private readonly spots?: WeakMap<object, CollectionSpots>,
  ) {
    this.len = s.length;
  }

  /** The character at `i`, 0 past the end (as js-yaml's terminator). */
  private at(i: number): number {
    return i < this.len ? this.s.charCodeAt(i) : 0;
  }

  /** Where the document's mapping starts (its first key). */
  documentStart = 0;

  document(): Record<string, unknown> {
    this.seek(0);
    if (this.ind !== 0 || this.isDash(this.lineStart)) throw STOP;
    this.documentStart = this.lineStart;
    // A mapping at column 0 ends only at the end of the text.
    return this.mapping(0, this.lineStart, 1);
  }

  /** Moves to the first line at or after `i` (a line start) that holds more than spaces or a comment. */
  private seek(i: number): void {
    const s = this.s;
    for (;;) {
      let j = i;
      while (s.charCodeAt(j) === SPACE) j++;
      if (j >= this.len) {
        this.lineStart = this.len;
        this.ind = -1;
        return;
      }
      const c = s.charCodeAt(j);
      if (c === LF) {
        i = j + 1;
        continue;
      }
      if (c === HASH) {
        i = s.indexOf('\n', j) + 1;
        if (i === 0) i = this.len;
        continue;
      }
      // Document markers (`---`, `...`) and anything like them at the start of a line.
      if (j === i && (c === DASH || c === 0x2e) && s.charCodeAt(j + 1) === c && s.charCodeAt(j + 2) === c) throw STOP;
      this.lineStart = i;
      this.ind = j - i;
      return;
    }
  }

  /** The start of the line after the one holding `i`. */
  private nextLine(i: number): number {
    const e = this.s.indexOf('\n', i);
    return e < 0 ? this.len : e + 1;
  }

  /** A block sequence entry starts at `i`: `-` then a space or the line's end. */
  private isDash(i: number): boolean {
    if (this.at(i) !== DASH) return false;
    const next = this.at(i + 1);
    return next === SPACE || next === LF || next === 0;
  }

  /** After a scalar or flow collection ends at `i`: only spaces and a comment may follow on its line. */
  private endLine(i: number): void {
    let j = i;
    while (this.at(j) === SPACE) j++;
    const c = this.at(j);
    if (c === LF || c === 0 || (c === HASH && j > i)) this.seek(this.nextLine(j));
    else throw STOP;
  }

  /** A node on lines of its own at indentation `ind` (the current line). */
  private block(ind: number, depth: number): unknown {
    const start = this.lineStart + ind;
    const node = this.isDash(start) ? this.sequence(ind, start, depth) : this.mapping(ind, start, depth);
    this.setSpot(start, false);
    return node;
  }

  /**
   * A block mapping whose keys sit at column `m`; its first key starts at `p` on the current line
   * (`firstAfter`: where readKey left that key, if it has read it already).
   */
  private mapping(m: number, p: number, depth: number, firstAfter = -1): Record<string, unknown> {
    if (depth > this.maxDepth) throw STOP;
    const out: Record<string, unknown> = {};
    const entries: MappingSpot[] | undefined = this.spots && [];
    if (entries) this.spots?.set(out, entries);
    for (let first = true; ; first = false) {
      const after = first && firstAfter >= 0 ? firstAfter : this.readKey(p);
      const key = this.key;
      const typed = this.typedKey;
      if (after < 0 || key === '__proto__' || Object.hasOwn(out, key)) throw STOP;
      out[key] = this.value(m, after, depth, true);
      entries?.push({ key: typed, keyStart: p, value: this.lastSpot() });
      // A more indented line after a value would continue a plain scalar or be out of place.
      if (this.ind === m) p = this.lineStart + m;
      else if (this.ind < m) return out;
      else throw STOP;
    }
  }

  /** A block sequence whose dashes sit at column `n`; the first dash is at `p` on the current line. */
  private sequence(n: number, p: number, depth: number): unknown[] {
    if (depth > this.maxDepth) throw STOP;
    const out: unknown[] = [];
    const items: Spot[] | undefined = this.spots && [];
    if (items) this.spots?.set(out, items);
    for (;;) {
      let q = p + 1;
      while (this.at(q) === SPACE) q++;
      const c = this.at(q);
      if (c === LF || c === 0 || c === HASH) {
        // `-` alone: the entry is on the lines below, more indented, or it is null.
        this.seek(this.nextLine(q));
        if (this.ind > n) out.push(this.block(this.ind, depth + 1));
        else {
          out.push(null);
          this.spotStart = -1;
        }
      } else {
        // Content after `- `: a compact mapping or sequence sits at its own column.
        const col = q - this.lineStart;
        if (this.isDash(q)) {
          out.push(this.sequence(col, q, depth + 1));
          this.setSpot(q, false);
        } else {
          const after = this.readKey(q);
          if (after >= 0) {
            out.push(this.mapping(col, q, depth + 1, after));
            this.setSpot(q, false);
          } else out.push(this.value(n, q, depth, false));
        }
      }
      items?.push(this.lastSpot());
      if (this.ind === n && this.isDash(this.lineStart + n)) p = this.lineStart + n;
      else if (this.ind <= n) return out;
      else throw STOP;
    }
  }

  /**
   * An implicit key at `p` and its `:`: sets this.key and returns the position after the colon, or -1
   * if the line at `p` is not a key (then it may still be a scalar value).
   */
  private readKey(p: number): number {
    const c = this.at(p);
    if (c === 0x22 || c === 0x27) {
      const end = this.quoted(p);
      if (this.at(end) !== COLON || !this.spaceOrEnd(end + 1)) return -1;
      this.key = this.scalar;
      this.typedKey = this.scalar;
      return end + 1;
    }
    if (!plainStart(c, this.at(p + 1), false)) return -1;
    const s = this.s;
    let hash = c;
    for (let i = p + 1; i < this.len; i++) {
      const ch = s.charCodeAt(i);
      if (ch === LF) return -1;
      if (ch === COLON && this.spaceOrEnd(i + 1)) {
        let e = i;
        while (s.charCodeAt(e - 1) === SPACE) e--;
        const slot = hash & (KEY_SLOTS - 1);
        const known = keyTexts[slot];
        if (known === undefined || known.length !== e - p || !s.startsWith(known, p)) {
          const text = own(s.slice(p, e));
          const typed = resolvePlain(text);
          keyTexts[slot] = text;
          keyTyped[slot] = typed;
          keyNames[slot] = String(typed);
        }
        this.typedKey = keyTyped[slot];
        this.key = keyNames[slot] as string;
        return i + 1;
      }
      if (ch === HASH && s.charCodeAt(i - 1) === SPACE) return -1;
      hash = (Math.imul(hash, 31) + ch) | 0;
    }
    return -1;
  }

  private spaceOrEnd(i: number): boolean {
    const c = this.at(i);
    return c === SPACE || c === LF || c === 0;
  }

  /**
   * The value of a mapping entry or of a sequence entry, from `p` (just past `:` or `- `) in a
   * collection at column `n`; leaves the reader on the next content line.
   */
  private value(n: number, p: number, depth: number, inMapping: boolean): unknown {
    let i = p;
    while (this.at(i) === SPACE) i++;
    const c = this.at(i);
    if (c === LF || c === 0 || c === HASH) {
      this.seek(this.nextLine(i));
      if (this.ind > n) return this.block(this.ind, depth + 1);
      // A sequence may sit at its key's own indentation.
      if (inMapping && this.ind === n && this.isDash(this.lineStart + n)) {
        const start = this.lineStart + n;
        const list = this.sequence(n, start, depth + 1);
        this.setSpot(start, false);
        return list;
      }
      // An empty value: `yaml` places it by rules of its own.
      this.spotStart = -1;
      return null;
    }
    this.setSpot(i, true);
    if (c === 0x7c || c === 0x3e) return this.blockScalar(n, i);
    if (c === 0x22 || c === 0x27) {
      const end = this.quoted(i);
      const value = own(this.scalar);
      this.endLine(end);
      return value;
    }
    if (c === 0x5b || c === 0x7b) {
      const end = this.flow(i, depth + 1);
      const value = this.flowValue;
      this.setSpot(i, false);
      this.endLine(end);
      return value;
    }
    if (!plainStart(c, this.at(i + 1), false)) throw STOP;
    // Native searches within the line: the scalar ends at the line's end or at ` #`.
    const lineEnd = this.s.indexOf('\n', i);
    let text = this.s.slice(i, lineEnd);
    const comment = text.indexOf(' #');
    if (comment >= 0) text = text.slice(0, comment);
    // `a: b: c` and the like (a colon before a space or the end) are js-yaml's to judge.
    for (let k = text.indexOf(':'); k >= 0; k = text.indexOf(':', k + 1)) {
      if (k === text.length - 1 || text.charCodeAt(k + 1) === SPACE) throw STOP;
    }
    let e = text.length;
    while (text.charCodeAt(e - 1) === SPACE) e--;
    this.seek(lineEnd + 1);
    return ownValue(resolvePlain(e === text.length ? text : text.slice(0, e)));
  }

  /** The last quoted scalar read. */
  private scalar = '';

  /** A single- or double-quoted scalar on one line at `p`; sets this.scalar, returns the position after it. */
  private quoted(p: number): number {
    const s = this.s;
    const q = s.charCodeAt(p);
    let out = '';
    let from = p + 1;
    for (let i = from; ; i++) {
      const c = this.at(i);
      if (c === LF || c === 0) throw STOP;
      if (c === q) {
        out += s.slice(from, i);
        if (q === 0x27 && this.at(i + 1) === 0x27) {
          // '' is a quote inside a single-quoted scalar.
          out += "'";
          from = ++i + 1;
          continue;
        }
        this.scalar = out;
        return i + 1;
      }
      if (c === 0x5c && q === 0x22) {
        out += s.slice(from, i);
        const e = s[i + 1] ?? '';
        const simple = ESCAPES.get(e);
        if (simple !== undefined) {
          out += simple;
          i += 1;
        } else if (e === 'x' || e === 'u') {
          const n = e === 'x' ? 2 : 4;
          const hex = s.slice(i + 2, i + 2 + n);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) throw STOP;
          out += String.fromCharCode(Number.parseInt(hex, 16));
          i += 1 + n;
        } else throw STOP;
        from = i + 1;
      }
    }
  }

  /** The last flow collection read. */
  private flowValue: unknown = null;

  /** A flow collection on one line at `p`; sets this.flowValue, returns the position after it. */
  private flow(p: number, depth: number): number {
    if (depth > this.maxDepth) throw STOP;
    const isMap = this.at(p) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    let i = p + 1;
    for (;;) {
      while (this.at(i) === SPACE) i++;
      if (this.at(i) === close) break;
      const entry = this.flowNode(i, depth);
      let j = this.flowNodeEnd;
      while (this.at(j) === SPACE) j++;
      if (isMap) {
        if (this.at(j) !== COLON || this.at(j + 1) !== SPACE) throw STOP;
        if (entry !== null && typeof entry === 'object') throw STOP;
        const key = String(entry);
        if (key === '__proto__' || Object.hasOwn(map, key)) throw STOP;
        j += 2;
        while (this.at(j) === SPACE) j++;
        map[key] = this.flowNode(j, depth);
        j = this.flowNodeEnd;
        while (this.at(j) === SPACE) j++;
      } else {
        if (this.at(j) === COLON) throw STOP;
        list.push(entry);
      }
      const c = this.at(j);
      if (c === close) {
        i = j;
        break;
      }
      if (c !== 0x2c) throw STOP;
      i = j + 1;
    }
    this.flowValue = isMap ? map : list;
    return i + 1;
  }

  /** Where the last node flowNode read ends. */
  private flowNodeEnd = 0;

  /** A node inside a flow collection at `i`: quoted, a nested collection or a plain scalar; sets this.flowNodeEnd. */
  private flowNode(i: number, depth: number): unknown {
    const c = this.at(i);
    if (c === 0x22 || c === 0x27) {
      this.flowNodeEnd = this.quoted(i);
      return own(this.scalar);
    }
    if (c === 0x5b || c === 0x7b) {
      this.flowNodeEnd = this.flow(i, depth + 1);
      return this.flowValue;
    }
    if (!plainStart(c, this.at(i + 1), true)) throw STOP;
    const s = this.s;
    let e = i + 1;
    for (; ; e++) {
      const ch = this.at(e);
      if (ch === LF || ch === 0) throw STOP;
      if (isFlowIndicator(ch)) break;
      if (ch === COLON) {
        const next = this.at(e + 1);
        if (next === SPACE || next === LF || next === 0 || isFlowIndicator(next)) break;
      }
      // A comment inside a flow collection: the collection goes on below.
      if (ch === HASH && s.charCodeAt(e - 1) === SPACE) throw STOP;
    }
    this.flowNodeEnd = e;
    while (s.charCodeAt(e - 1) === SPACE) e--;
    return ownValue(resolvePlain(s.slice(i, e)));
  }

  /**
   * A literal (`|`) or folded (`>`) scalar at `p` in a collection at column `n`: js-yaml's
   * readBlockScalar without explicit indentation indicators, line by line.
   */
  private blockScalar(n: number, p: number): string {
    const s = this.s;
    const folding = s.charCodeAt(p) === 0x3e;
    let i = p + 1;
    let chomping: 'clip' | 'keep' | 'strip' = 'clip';
    if (this.at(i) === 0x2b) {
      chomping = 'keep';
      i++;
    } else if (this.at(i) === DASH) {
      chomping = 'strip';
      i++;
    }
    if (this.at(i) === SPACE) {
      while (this.at(i) === SPACE) i++;
      if (this.at(i) === HASH) i = this.nextLine(i) - 1;
    }
    if (this.at(i) !== LF) throw STOP;
    let textIndent = n + 1;
    let detected = false;
    let didRead = false;
    let emptyLines = 0;
    let atMoreIndented = false;
    let out = '';
    // `i` sits on the line break before each line.
    for (;;) {
      i++;
      const lineStart = i;
      let lineIndent = 0;
      let c = this.at(i);
      while ((!detected || lineIndent < textIndent) && c === SPACE) {
        lineIndent++;
        c = this.at(++i);
      }
      if (!detected && lineIndent > textIndent) textIndent = lineIndent;
      if (c === LF) {
        emptyLines++;
        continue;
      }
      if (lineIndent < textIndent) {
        if (chomping === 'keep') out += '\n'.repeat(didRead ? 1 + emptyLines : emptyLines);
        else if (chomping === 'clip' && didRead) out += '\n';
        this.seek(lineStart);
        return own(out);
      }
      if (folding) {
        if (c === SPACE) {
          atMoreIndented = true;
          out += '\n'.repeat(didRead ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          out += '\n'.repeat(emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didRead) out += ' ';
        } else out += '\n'.repeat(emptyLines);
      } else out += '\n'.repeat(didRead ? 1 + emptyLines : emptyLines);
      didRead = true;
      detected = true;
      emptyLines = 0;
      const e = this.nextLine(i) - 1;
      out += s.slice(i, e);
      i = e;
    }
  }
}

/**
 * Reads `text` (recording positions into `spots` when given); BAIL where js-yaml is to read it.
 * `decoded`: the text is as decodeText gives it, which refused every control character but the tab
 * (and valid UTF-8 holds no lone surrogate): only a tab is left to look for.
 */
function read(
  text: string,
  maxDepth: number,
  spots?: WeakMap<object, CollectionSpots>,
  decoded = false,
): { value: Record<string, unknown>; start: number } | typeof BAIL {
  if (text.charCodeAt(0) === 0xfeff) return BAIL;
  if (decoded ? text.includes('\t') : SUSPECT_CHARS.test(text) && UNSAFE_CHARS.test(text)) return BAIL;
  // js-yaml reads a text as if it ended with a line break; so does the reader.
  const s = text.endsWith('\n') ? text : `${text}\n`;
  try {
    const reader = new Reader(s, maxDepth, spots);
    const value = reader.document();
    return { value, start: reader.documentStart };
  } catch {
    // STOP, or a bug here: either way js-yaml still reads the file.
    return BAIL;
  }
}

/**
 * The value of a file as fastParse reads it, with where each node of its block collections starts
 * (`locate` asks this before re-reading the file with js-yaml's listener). BAIL where fastParse bails.
 */
export function fastPositions(
  text: string,
  maxDepth: number,
): { value: Record<string, unknown>; start: number; spots: WeakMap<object, CollectionSpots> } | typeof BAIL {
  const spots = new WeakMap<object, CollectionSpots>();
  const result = read(text, maxDepth, spots);
  return result === BAIL ? BAIL : { ...result, spots };
}

/**
 * The value of a YAML file (NFC text with LF line ends, as decodeText gives it) if it is a block
 * mapping written in the subset this reader knows, else BAIL. Values are exactly js-yaml's with the
 * core schema; nesting deeper than `maxDepth` collections bails. `decoded`: decodeText checked the
 * text's characters (see read).
 */
export function fastParse(text: string, maxDepth: number, decoded = false): Record<string, unknown> | typeof BAIL {
  const result = read(text, maxDepth, undefined, decoded);
  return result === BAIL ? BAIL : result.value;
}

// Locating a field path by walking a file's lines, without parsing it: `check` places every finding
// at its line and column, and re-reading a case.yaml with positions (fast-yaml's spots) cost more
// than the rules that found what to place. The walk reads only the keys along the path and the
// indentation of the lines between them. What it does not model where it reads (quoted or complex
// keys, anchors, tags, a flow collection on the path or closing at a list's column, empty values,
// document markers) or anywhere (tabs, U+FEFF, a quoted scalar or flow collection going on to the
// next line) makes it answer undefined, and `locate` asks the readers that model everything (yaml.ts).

const SPACE = 0x20;
const LF = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;

/** Thrown inside the walk, caught in scanLocate: the text is outside what the walk models. */
const UNSURE = new Error('scan: unsure');

/** A key the core schema reads as this very string (not a number, a boolean or null). */
const PLAIN_WORD = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const NOT_STRINGS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** A node found on the way: where it starts, and what it is. */
type Node =
  | { kind: 'mapping'; start: number; col: number }
  | { kind: 'sequence'; start: number; col: number }
  | { kind: 'scalar'; start: number }
  | { kind: 'flow'; start: number };

class Walk {
  private readonly len: number;

  constructor(private readonly s: string) {
    this.len = s.length;
  }

  private at(i: number): number {
    return i < this.len ? this.s.charCodeAt(i) : LF;
  }

  /** The start of the line after the one holding `i`. */
  private nextLine(i: number): number {
    const e = this.s.indexOf('\n', i);
    return e < 0 ? this.len : e + 1;
  }

  /** The indentation of the line contentLine found last. */
  ind = 0;

  /**
   * The first line at or after `i` (a line start) with more than spaces or a comment, its
   * indentation in this.ind; -1 at the end.
   */
  contentLine(i: number): number {
    const s = this.s;
    for (let line = i; line < this.len; line = this.nextLine(line)) {
      let j = line;
      while (s.charCodeAt(j) === SPACE) j++;
      const c = this.at(j);
      if (c === LF || c === HASH) continue;
      // Document markers and directives at the start of a line: another document, or YAML's own business.
      if (j === line && (c === 0x25 || this.marker(j))) throw UNSURE;
      this.ind = j - line;
      return line;
    }
    return -1;
  }

  private marker(j: number): boolean {
    const c = this.at(j);
    return (c === DASH || c === 0x2e) && this.at(j + 1) === c && this.at(j + 2) === c;
  }

  /** A sequence entry starts at `i`: `-` then a space or the line's end. */
  isDash(i: number): boolean {
    if (this.at(i) !== DASH) return false;
    const next = this.at(i + 1);
    return next === SPACE || next === LF;
  }

  /**
   * The plain key at `p` and the position after its colon, or null when the line at `p` holds no
   * implicit key. A key the walk cannot read for sure (quoted, complex, tagged) throws UNSURE.
   */
  key(p: number): { text: string; after: number } | null {
    const c = this.at(p);
    if (c === 0x22 || c === 0x27 || c === 0x3f || c === 0x26 || c === 0x21 || c === 0x2a || c === 0x25) throw UNSURE;
    if (c === 0x40 || c === 0x60 || c === 0x7c || c === 0x3e || c === 0x5b || c === 0x7b) return null;
    for (let i = p; i < this.len; i++) {
      const ch = this.s.charCodeAt(i);
      if (ch === LF) return null;
      if (ch === HASH && i > p && this.s.charCodeAt(i - 1) === SPACE) return null;
      if (ch === COLON) {
        const next = this.at(i + 1);
        if (next !== SPACE && next !== LF) continue;
        let e = i;
        while (this.s.charCodeAt(e - 1) === SPACE) e--;
        return { text: this.s.slice(p, e), after: i + 1 };
      }
    }
    return null;
  }

  /** The node whose content starts at `q` on its line (just past `key:` or `- `), in a collection at column `col`. */
  valueAt(q: number, col: number, inMapping: boolean): Node {
    let i = q;
    while (this.at(i) === SPACE) i++;
    const c = this.at(i);
    if (c === LF || c === HASH) return this.below(i, col, inMapping);
    switch (c) {
      case 0x22: // "
      case 0x27: // '
        // `- "key": value` is a mapping with a quoted key: the readers' to place.
        if (this.quotedKey(i)) throw UNSURE;
        return { kind: 'scalar', start: i };
      case 0x7c: // |
      case 0x3e: // >
        return { kind: 'scalar', start: i };
      case 0x5b: // [
      case 0x7b: // {
        return { kind: 'flow', start: i };
      case 0x26: // &
      case 0x2a: // *
      case 0x21: // !
      case 0x3f: // ?
      case 0x25: // %
      case 0x40: // @
      case 0x60: // `
      case 0x2c: // ,
      case 0x5d: // ]
      case 0x7d: // }
        throw UNSURE;
    }
    if (this.isDash(i)) {
      // `- - x`: a sequence inside a sequence entry; `key: - x` is no YAML.
      if (inMapping) throw UNSURE;
      return { kind: 'sequence', start: i, col: i - this.lineOf(i) };
    }
    if (!inMapping && this.key(i)) return { kind: 'mapping', start: i, col: i - this.lineOf(i) };
    return { kind: 'scalar', start: i };
  }

  /** A quoted scalar at `q` that closes on its line and is followed by `:` and a space: a key. */
  private quotedKey(q: number): boolean {
    const quote = this.at(q);
    for (let i = q + 1; i < this.len; i++) {
      const c = this.s.charCodeAt(i);
      if (c === LF) return false;
      if (c === 0x5c && quote === 0x22) i++;
      else if (c === quote) {
        if (quote === 0x27 && this.at(i + 1) === 0x27) i++;
        else {
          let j = i + 1;
          while (this.at(j) === SPACE) j++;
          return this.at(j) === COLON && (this.at(j + 1) === SPACE || this.at(j + 1) === LF);
        }
      }
    }
    return false;
  }

  private lineOf(i: number): number {
    return this.s.lastIndexOf('\n', i - 1) + 1;
  }

  /** A value on the lines below its key or dash (`i` on the key's line): a nested mapping or sequence. */
  private below(i: number, col: number, inMapping: boolean): Node {
    const line = this.contentLine(this.nextLine(i));
    if (line < 0) throw UNSURE;
    const ind = this.ind;
    const start = line + ind;
    // A sequence may sit at its key's own indentation.
    const sameIndentList = inMapping && ind === col && this.isDash(start);
    // Anything else at or left of the key: an empty value, which `yaml` places by rules of its own.
    if (ind <= col && !sameIndentList) throw UNSURE;
    if (this.isDash(start)) return { kind: 'sequence', start, col: ind };
    // Lines below a key that are not entries would be a plain scalar going on: the readers' to judge.
    if (!this.key(start)) throw UNSURE;
    return { kind: 'mapping', start, col: ind };
  }

  /**
   * The next entry of a collection at column `col` after the entry at `from`: the start of its first
   * character (a key, or the dash for `dash`), or -1 where the collection ends.
   */
  nextEntry(from: number, col: number, dash: boolean): number {
    for (let line = this.contentLine(this.nextLine(from)); line >= 0; line = this.contentLine(this.nextLine(line))) {
      const ind = this.ind;
      if (ind > col) continue;
      if (ind < col) return -1;
      const start = line + ind;
      if (this.isDash(start) === dash) return start;
      // A sequence at its key's indentation belongs to that key's value. Only a key of the parent
      // mapping ends a sequence at its own column: `yaml` also lets a flow collection's `]` or `}`
      // close there, which is the readers' to place.
      if (dash) {
        if (!this.key(start)) throw UNSURE;
        return -1;
      }
    }
    return -1;
  }
}

/**
 * Where a quoted scalar or a flow collection may open: a quote or bracket after a space, a line
 * break or a flow indicator (a text with tabs is never walked).
 */
const OPENER = /["'[{]/g;
const OPENS_AFTER = new Set([SPACE, LF, 0x2c, 0x5b, 0x7b]);

/**
 * Whether every quoted scalar and flow collection of the text closes on the line it opens on. One
 * that goes on, less indented, on the next lines is read by js-yaml (and the file loads) though
 * `yaml` refuses it, and the walk, which goes by indentation, would misplace every path after it.
 */
function closesOnItsLine(text: string): boolean {
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m !== null; m = OPENER.exec(text)) {
    const at = m.index;
    if (at > 0 && !OPENS_AFTER.has(text.charCodeAt(at - 1))) continue;
    const end = closing(text, at);
    if (end < 0) return false;
    OPENER.lastIndex = end;
  }
  return true;
}

/** The position after the quoted scalar or flow collection opening at `at`, or -1 if its line ends first. */
function closing(text: string, at: number): number {
  let depth = 0;
  // Inside a flow collection a quote opens a scalar only where a node starts (`teachers' time` is plain).
  let nodeStart = true;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) return -1;
    const starts: boolean = nodeStart;
    nodeStart = c === SPACE ? starts : c === 0x2c || c === 0x5b || c === 0x7b || c === COLON;
    if ((c === 0x22 || c === 0x27) && starts) {
      // A quoted scalar (inside a flow collection too): to its closing quote on this line.
      for (i++; ; i++) {
        const q = text.charCodeAt(i);
        if (i >= text.length || q === LF) return -1;
        if (c === 0x22 && q === 0x5c) i++;
        else if (q === c) {
          if (c === 0x27 && text.charCodeAt(i + 1) === 0x27) i++;
          else break;
        }
      }
      if (depth === 0) return i + 1;
    } else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The last text closesOnItsLine judged: `check` places several paths in a file one after another. */
let judged: { text: string; ok: boolean } | undefined;

/**
 * Line and column of the node at `path` in `text` (NFC, LF line ends, as decodeText gives it), or of
 * its nearest existing parent, as `locate` answers (of the key that holds it with `key`, as
 * `locateKey`); undefined where the walk is unsure (yaml.ts then reads the file).
 */
export function scanLocate(
  text: string,
  path: (string | number)[],
  key = false,
): { line: number; col: number } | undefined {
  // `yaml` drops a U+FEFF at the start of a line before the document; js-yaml keeps it in the key.
  if (text.includes('\t') || text.includes('\r') || text.includes('\ufeff')) return undefined;
  if (judged?.text !== text) judged = { text, ok: closesOnItsLine(text) };
  if (!judged.ok) return undefined;
  const walk = new Walk(text);
  try {
    const first = walk.contentLine(0);
    if (first < 0 || walk.ind !== 0 || walk.isDash(first) || !walk.key(first)) return undefined;
    let node: Node = { kind: 'mapping', start: first, col: 0 };
    /** Where the key holding `node` starts, when its parent is a mapping. */
    let keyStart: number | undefined;
    let walked = 0;
    for (const step of path) {
      if (node.kind === 'scalar') break;
      if (node.kind === 'flow') return undefined;
      if (node.kind === 'mapping') {
        if (typeof step !== 'string' || !PLAIN_WORD.test(step) || NOT_STRINGS.has(step)) return undefined;
        const found = findKey(walk, node, step);
        if (!found) break;
        keyStart = found.keyStart;
        node = found.value;
      } else {
        const index = typeof step === 'string' && /^\d+$/.test(step) ? Number(step) : step;
        if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) break;
        const found = findItem(walk, node, index);
        if (!found) break;
        keyStart = undefined;
        node = found;
      }
      walked++;
    }
    // As yaml.ts locateIn: a scalar at the end of the path is placed at its value (unless `key`);
    // anything else (a collection, or a parent where the path stops short) at the key that holds it.
    const atValue = walked === path.length && node.kind === 'scalar' && !(key && keyStart !== undefined);
    return lineCol(text, atValue ? node.start : (keyStart ?? node.start));
  } catch {
    // UNSURE, or a bug here: either way the readers place the path.
    return undefined;
  }
}

function findKey(walk: Walk, map: Node & { kind: 'mapping' }, wanted: string) {
  for (let p = map.start; p >= 0; p = walk.nextEntry(p, map.col, false)) {
    const key = walk.key(p);
    if (!key) throw UNSURE;
    if (key.text === wanted) return { keyStart: p, value: walk.valueAt(key.after, map.col, true) };
  }
  return undefined;
}

function findItem(walk: Walk, list: Node & { kind: 'sequence' }, index: number): Node | undefined {
  let p = list.start;
  for (let i = 0; i < index && p >= 0; i++) p = walk.nextEntry(p, list.col, true);
  return p < 0 ? undefined : walk.valueAt(p + 1, list.col, false);
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

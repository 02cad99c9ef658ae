// Reading YAML files the way people write them: BOM, CRLF, NFD, conflict markers, hostile sizes.
// Files in the block subset we write take the fastest path (fast-yaml.ts); other valid alias-free
// files take js-yaml (≈10× faster than `yaml`); anything else goes through `yaml`, which locates each
// error. All read the YAML 1.2 core schema, so dates stay strings.
import type { CST, Document, LineCounter } from 'yaml';
import { BAIL, fastParse, fastPositions, type MappingSpot, own, type Spot } from './fast-yaml.js';
import { lazyJsYaml, lazyYaml } from './lazy.js';
import { scanLocate } from './scan.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ALIASES = 100;
export const MAX_DEPTH = 64;

export interface YamlIssue {
  id: string;
  params: Record<string, string | number>;
  line?: number;
  col?: number;
}

export type ParseResult = { ok: true; value: unknown; text: string } | { ok: false; issue: YamlIssue; text?: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to the text we parse: valid UTF-8, no BOM, LF line ends, NFC. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; issue: YamlIssue } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // UTF-16 starts with its byte-order mark: as Windows Notepad saves "Unicode".
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
      return { ok: false, issue: { id: 'file.utf16', params: {}, line: 1, col: 1 } };
    const at = firstInvalidUtf8(bytes);
    return { ok: false, issue: { id: 'file.not-utf8', params: { offset: at.offset }, line: at.line, col: at.col } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // The checks before each regex skip a pass over the text in the usual case (LF, no alias).
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  // One pass finds a text that is allowed and already NFC, as nearly every file is (NORMAL_TEXT).
  // Where it stops, the rest is searched for anything but tab, line feed, printable ASCII and
  // U+00A0–U+FFFD, which runs ≈30 % faster than the list: it finds every character the list does,
  // and NEL, which YAML allows, so only a text it finds something in is searched with the list.
  NORMAL_TEXT.lastIndex = 0;
  const unusual = NORMAL_TEXT.exec(text);
  if (!unusual) return { ok: true, text };
  OUTSIDE_TEXT.lastIndex = unusual.index;
  const control = OUTSIDE_TEXT.test(text) ? NOT_TEXT.exec(text) : null;
  if (control) {
    const before = text.slice(0, control.index);
    const line = before.split('\n').length;
    const char = `U+${(control[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
    const col = control.index - before.lastIndexOf('\n');
    return { ok: false, issue: { id: 'file.not-text', params: { char }, line, col } };
  }
  return { ok: true, text: text.normalize('NFC') };
}

/**
 * Characters YAML does not allow in a file (C0 and C1 controls but tab, line feed and NEL; DEL; the
 * noncharacters U+FFFE and U+FFFF): a NUL read silently into a name, or misread as an open quote.
 */
const NOT_TEXT = /[\x00-\x08\x0B-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;
const OUTSIDE_TEXT = /[^\t\n -~\xA0-\uFFFD]/g;
/**
 * Anything but characters YAML allows that leave a text in NFC whatever surrounds them (no
 * combining mark, none that composes with the one before it, none that NFC replaces): tab, line
 * feed, printable ASCII, U+00A0–U+02FF (Latin), general punctuation (dashes, quotes, ellipsis),
 * CJK symbols, kana and ideographs. A text without any is returned as it is: `normalize` costs
 * ≈13 µs a case file, searching this ≈3 µs, and nearly every file has only these (the demo's all).
 * test/workspace/yaml.test.ts holds each range to those properties, against the Unicode data of
 * the Node that runs the tests.
 */
export const NORMAL_TEXT =
  /[^\t\n -~\xA0-\u02FF\u2010-\u2027\u2030-\u205E\u3000-\u3029\u3041-\u3096\u30A1-\u30FA\u4E00-\u9FFF]/g;

function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; col: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    let ok = need >= 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (!ok) return { offset: i, line, col };
    if (b === 0x0a) {
      line++;
      col = 1;
    } else col++;
    i += Math.max(need, 0);
  }
  return { offset: bytes.length, line, col };
}

/**
 * Whether `text` holds nothing but blank lines and comments. One line at a time: a single pattern
 * over the whole text (`^(\s*#.*\n?|\s*\n)*$`) can split a run of such lines in exponentially many
 * ways, and took minutes on a file opened by twenty comment lines.
 */
function onlyComments(text: string): boolean {
  const line = /[^\S\n]*(?:#[^\n]*)?(?:\n|$)/y;
  for (let i = 0; i < text.length; i = line.lastIndex) {
    line.lastIndex = i;
    if (!line.test(text)) return false;
  }
  return true;
}

const CONFLICT = /^(<{7}|={7}|>{7})(?: |$)/m;
// An alias is `*name` where a value starts; anchors and aliases are rare in hand-written case files.
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]/;
const hasAlias = (text: string) => text.includes('*') && ALIAS.test(text);

/** `fast: false` skips fast-yaml.ts (the tests compare both ways). */
export function parseYaml(bytes: Uint8Array, fast = true): ParseResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, issue: { id: 'file.too-large', params: { size: bytes.length, max: MAX_FILE_BYTES } } };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  // The multiline regex tries every line start; three searches for the markers skip it in the usual
  // case (12 -> 6 ms over the 1k tree's files).
  const marked = text.includes('<<<<<<<') || text.includes('=======') || text.includes('>>>>>>>');
  const conflict = marked ? CONFLICT.exec(text) : null;
  if (conflict) {
    const line = text.slice(0, conflict.index).split('\n').length;
    return { ok: false, issue: { id: 'yaml.conflict', params: { marker: conflict[1] ?? '' }, line, col: 1 }, text };
  }
  if (onlyComments(text)) {
    return { ok: false, issue: { id: 'file.empty', params: {}, line: 1, col: 1 }, text };
  }
  if (!hasAlias(text)) {
    const value = fast ? fastParse(text, MAX_DEPTH, true) : BAIL;
    // The fast reader bails rather than nest deeper than MAX_DEPTH: only js-yaml's value is measured.
    if (value !== BAIL) return finish(value, text, true);
    try {
      const jsYaml = lazyJsYaml();
      const loaded = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
      if (depthOf(loaded) > MAX_DEPTH)
        return { ok: false, issue: { id: 'yaml.too-deep', params: { max: MAX_DEPTH } }, text };
      return finish(loaded, text);
    } catch {
      // Fall through: the careful parser says where the problem is.
    }
  }
  return parseCarefully(text);
}

/**
 * `yaml`'s errors that a hand edit makes, each said in plain words by the catalog (`yaml.syntax.<code>`);
 * any other is `yaml.syntax` with its code. Its own messages are English, and name parser states.
 */
const SYNTAX_CODES = new Set([
  'BAD_INDENT',
  'TAB_AS_INDENT',
  'DUPLICATE_KEY',
  'MISSING_CHAR',
  'BAD_DQ_ESCAPE',
  'UNEXPECTED_TOKEN',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'BAD_SCALAR_START',
  'BLOCK_IN_FLOW',
  'MULTIPLE_DOCS',
  'KEY_OVER_1024_CHARS',
  'NON_STRING_KEY',
]);

/** The `yaml` path: positions, alias limits, duplicate keys. */
export function parseCarefully(text: string): ParseResult {
  const { LineCounter, parseDocument } = lazyYaml();
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    if (error instanceof RangeError)
      return { ok: false, issue: { id: 'yaml.too-deep', params: { max: MAX_DEPTH } }, text };
    throw error;
  }
  const error = doc.errors[0];
  // `yaml` turns a stack overflow on deep nesting into an ordinary error.
  if (error && /call stack/i.test(error.message)) {
    return { ok: false, issue: { id: 'yaml.too-deep', params: { max: MAX_DEPTH } }, text };
  }
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    const quoted =
      error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'BLOCK_IN_FLOW'
        ? colonInText(text, lineCounter, pos, error.code === 'BLOCK_IN_FLOW')
        : undefined;
    if (quoted !== undefined)
      return { ok: false, issue: { id: 'yaml.syntax.colon-in-text', params: { quoted }, ...pos }, text };
    const unclosed =
      error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR' ? unclosedFlow(text, error.pos[0]) : undefined;
    if (unclosed) {
      const open = unclosed.start.source;
      const params = { open, close: open === '[' ? ']' : '}', opened: lineCounter.linePos(unclosed.offset).line };
      return { ok: false, issue: { id: 'yaml.syntax.unclosed', params, ...pos }, text };
    }
    const id = SYNTAX_CODES.has(error.code)
      ? `yaml.syntax.${error.code.toLowerCase().replaceAll('_', '-')}`
      : 'yaml.syntax';
    return { ok: false, issue: { id, params: { code: error.code }, line: pos.line, col: pos.col }, text };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof RangeError)
      return { ok: false, issue: { id: 'yaml.too-deep', params: { max: MAX_DEPTH } }, text };
    if (error instanceof Error && /alias/i.test(error.message)) {
      return { ok: false, issue: { id: 'yaml.alias-bomb', params: { max: MAX_ALIASES } }, text };
    }
    throw error;
  }
  if (depthOf(value) > MAX_DEPTH)
    return { ok: false, issue: { id: 'yaml.too-deep', params: { max: MAX_DEPTH } }, text };
  return finish(value, text);
}

/**
 * The innermost `[` or `{` opened at or before `offset` that no `]` or `}` of its own closes, from the
 * parser's tokens: `yaml` says of one in a block that its line is badly indented (BAD_INDENT), and at
 * the root that a character is missing (MISSING_CHAR).
 */
function unclosedFlow(text: string, offset: number): CST.FlowCollection | undefined {
  let found: CST.FlowCollection | undefined;
  const visit = (token: CST.Token | null | undefined): void => {
    if (!token || found) return;
    if (token.type === 'document') visit(token.value);
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') return;
    for (const item of token.items) {
      visit(item.key);
      visit(item.value);
    }
    const close = token.type === 'flow-collection' && token.start.source === '[' ? ']' : '}';
    if (!found && token.type === 'flow-collection' && token.offset <= offset && token.end[0]?.source !== close)
      found = token;
  };
  for (const token of new (lazyYaml().Parser)().parse(text)) visit(token);
  return found;
}

/**
 * `título: Acuerdo: anexo`: a text with ": " in it, which YAML reads as a second key on the line (in
 * `{ es: Acuerdo: anexo }`, as a block inside the braces). What to write instead: the line with its text
 * in quotes (inside braces, the text alone); undefined when the value holds no ": ".
 */
function colonInText(
  text: string,
  lines: LineCounter,
  pos: { line: number; col: number },
  inFlow: boolean,
): string | undefined {
  const start = lines.lineStarts[pos.line - 1] ?? 0;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end === -1 ? text.length : end);
  const rest = line.slice(pos.col - 1);
  const value = (inFlow ? (rest.split(/[,\]}]/)[0] ?? '') : rest).trimEnd();
  if (!/:(\s|$)/.test(value) || /^["'[{|>]/.test(value)) return undefined;
  const quoted = `"${value.replace(/[\\"]/g, '\\$&')}"`;
  return inFlow ? quoted : `${line.slice(0, pos.col - 1).trim()} ${quoted}`;
}

/** `owned`: the value's strings already own their characters (the fast reader copies them as it reads). */
function finish(value: unknown, text: string, owned = false): ParseResult {
  if (value === null || value === undefined)
    return { ok: false, issue: { id: 'file.empty', params: {}, line: 1, col: 1 }, text };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, issue: { id: 'yaml.not-mapping', params: {}, line: 1, col: 1 }, text };
  }
  // `<<` in the text at all (rare) before the walk for a merge key.
  const merge = text.includes('<<') ? mergeKey(value, []) : undefined;
  if (merge) return { ok: false, issue: mergeIssue(text, merge.path, merge.merged), text };
  if (!owned) detachStrings(value);
  return { ok: true, value, text };
}

/**
 * The first `<<` key, and what it holds. YAML 1.1 merged an anchor's keys into the mapping at `<<: *b`;
 * YAML 1.2, which linkage reads, has no merge keys: `<<` is a key like any other, and the mapping
 * would lack what the anchor has.
 */
function mergeKey(
  value: unknown,
  path: (string | number)[],
): { path: (string | number)[]; merged: unknown } | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && Object.hasOwn(value, '<<'))
    return { path: [...path, '<<'], merged: (value as Record<string, unknown>)['<<'] };
  for (const [key, child] of Object.entries(value)) {
    const found = mergeKey(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/** Said once, at the `<<` key, with the keys to write there instead. */
function mergeIssue(text: string, path: (string | number)[], merged: unknown): YamlIssue {
  const { line } = locate(text, path);
  // The key itself, not the anchor's value the walk may have placed.
  const col = (text.split('\n')[line - 1] ?? '').indexOf('<<') + 1;
  const sources = Array.isArray(merged) ? merged : [merged];
  const keys = [
    ...new Set(
      sources.flatMap((m) => (m !== null && typeof m === 'object' && !Array.isArray(m) ? Object.keys(m) : [])),
    ),
  ];
  const at = { line, col: Math.max(col, 1) };
  return keys.length > 0
    ? { id: 'yaml.merge-key', params: { keys: keys.join(', ') }, ...at }
    : { id: 'yaml.merge-key-nokeys', params: {}, ...at };
}

/**
 * js-yaml's and yaml's strings are slices of the file's text (V8 slices any substring of 13
 * characters or more): one such string kept in a result (a status row keeps the case's `kind`) keeps
 * the whole text alive, ≈20 KB a file, 100 MB over 10,000 cases. Each is replaced by a copy that owns
 * its characters (fast-yaml.ts `own`; the fast reader copies its strings as it reads them).
 */
function detachStrings(value: object): void {
  const stack: object[] = [value];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (typeof v === 'string') node[key] = own(v);
      else if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
}

/** Depth of nesting, counted without recursion so that a hostile document cannot overflow the stack. */
export function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (d > max) max = d;
    if (max > MAX_DEPTH) return max;
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** Where a node lies, as `locate` needs it: its start, whether it is a scalar, and the start of each key. */
interface NodeAt {
  start: number;
  scalar: boolean;
}

/** A document seen through `locate`'s eyes: the `yaml` package's Document, or the fast index below. */
interface LocateView {
  at(path: (string | number)[]): NodeAt | undefined;
  /** Start of the key that holds `path` (its last element a string) in its parent mapping. */
  keyStart(path: (string | number)[]): number | undefined;
  linePos(offset: number): { line: number; col: number };
}

/**
 * Line and column of a field path in a file's text, or of its nearest existing parent: by walking
 * the lines to it (scan.ts: 4–10× cheaper than the fast reader's positions), else from a reader.
 * The walk starts from the top of the text for each path, a reader reads the text once for them
 * all: `walk: false` for a text with many paths to place (locateProblems).
 */
export function locate(text: string, path: (string | number)[], walk = true): { line: number; col: number } {
  return locateAt(text, path, walk, false);
}

/**
 * As `locate`, but of the key that ends `path` (a plain value too, not only a mapping or a list):
 * where a finding about the key itself points (an unknown or misspelt key). Where the path ends in
 * no key (a list item, or a path that stops short), as `locate`.
 */
export function locateKey(text: string, path: (string | number)[], walk = true): { line: number; col: number } {
  return locateAt(text, path, walk, true);
}

function locateAt(text: string, path: (string | number)[], walk: boolean, key: boolean): { line: number; col: number } {
  return (walk ? scanLocate(text, path, key) : undefined) ?? locateIn(viewOf(text), path, key);
}

/** `locate` (`locateKey` with `key`) through `yaml` alone: what the fast index must agree with (the tests compare them). */
export function locateCarefully(text: string, path: (string | number)[], key = false): { line: number; col: number } {
  if (lastCareful?.text !== text) lastCareful = { text, view: yamlView(text) };
  return locateIn(lastCareful.view, path, key);
}

let lastCareful: { text: string; view: LocateView } | undefined;

function locateIn(view: LocateView, path: (string | number)[], key: boolean): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const prefix = path.slice(0, n);
    const node = view.at(prefix);
    if (node) {
      // A scalar: the value itself (its key with `key`). A mapping or list, or a path that stops
      // short: the key that holds it.
      const isScalar = n === path.length && node.scalar && !key;
      const keyPos = n > 0 && !isScalar ? view.keyStart(prefix) : undefined;
      return view.linePos(keyPos ?? node.start);
    }
  }
  return { line: 1, col: 1 };
}

// `check` locates many findings in the same file one after another: the last view is kept.
let lastView: { text: string; view: LocateView } | undefined;

function viewOf(text: string): LocateView {
  if (lastView?.text === text) return lastView.view;
  const view = spotView(text) ?? fastView(text) ?? yamlView(text);
  lastView = { text, view };
  return view;
}

function yamlView(text: string): LocateView {
  const { LineCounter, parseDocument } = lazyYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  const nodeAt = (path: (string | number)[]) => (path.length === 0 ? doc.contents : doc.getIn(path, true));
  return {
    at(path) {
      const node = nodeAt(path);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (!range) return undefined;
      return { start: range[0], scalar: node !== null && typeof node === 'object' && !('items' in node) };
    },
    keyStart(path) {
      const parent = nodeAt(path.slice(0, -1));
      const last = path[path.length - 1];
      const items = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)
        ?.items;
      if (!items || typeof last !== 'string') return undefined;
      return items.find((item) => item.key?.value === last)?.key?.range?.[0];
    },
    linePos: (offset) => lineCounter.linePos(offset),
  };
}

/** Line and column of an offset, by a binary search over the text's line starts. */
function linePosIn(text: string): (offset: number) => { line: number; col: number } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (lineStarts[lo] as number) + 1 };
  };
}

/** The fast reader's spots could not settle a question (a flow collection's inside, an empty value). */
const UNSURE_HERE = Symbol('unsure');

/**
 * Positions from the fast reader (fast-yaml.ts fastPositions), ≈3× cheaper than re-reading the file
 * with js-yaml's listener; what it is unsure of goes to that index (fastView), or to `yaml`.
 */
function spotView(text: string): LocateView | undefined {
  const read = fastPositions(text, MAX_DEPTH);
  if (read === BAIL) return undefined;
  let fallback: LocateView | undefined;
  const other = () => (fallback ??= fastView(text) ?? yamlView(text));
  /** The node at `path`: undefined when there is none (as fastView's find says), or UNSURE_HERE. */
  const find = (path: (string | number)[]): { spot: Spot; value: unknown } | undefined | typeof UNSURE_HERE => {
    let value: unknown = read.value;
    let spot: Spot = { start: read.start, scalar: false };
    for (const key of path) {
      // Below a scalar, or below an empty value: no node.
      if (value === null || typeof value !== 'object') return undefined;
      const spots = read.spots.get(value);
      if (!spots) return UNSURE_HERE;
      if (Array.isArray(value)) {
        const i = typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : key;
        if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= value.length) return undefined;
        spot = (spots as Spot[])[i] ?? null;
        value = value[i];
      } else {
        const entry = (spots as MappingSpot[]).find((e) => e.key === key);
        if (!entry) return undefined;
        spot = entry.value;
        value = (value as Record<string, unknown>)[String(entry.key)];
      }
    }
    return { spot, value };
  };
  return {
    at(path) {
      const node = find(path);
      if (node === undefined) return undefined;
      if (node === UNSURE_HERE || node.spot === null) return other().at(path);
      return node.spot;
    },
    keyStart(path) {
      const last = path[path.length - 1];
      const parent = find(path.slice(0, -1));
      if (parent === UNSURE_HERE) return other().keyStart(path);
      if (parent === undefined || typeof last !== 'string') return undefined;
      const { value } = parent;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
      const spots = read.spots.get(value) as MappingSpot[] | undefined;
      if (!spots) return other().keyStart(path);
      return spots.find((e) => e.key === last)?.keyStart;
    },
    linePos: linePosIn(text),
  };
}

/** A node of the fast index: what js-yaml's listener saw between a node's open and close. */
interface FastNode {
  open: number;
  close: number;
  kind: 'mapping' | 'sequence' | 'scalar' | null;
  result: unknown;
  children: FastNode[];
  /** For a mapping: its pairs, typed keys as the core schema reads them (2024 is a number). */
  pairs?: { key: unknown; keyStart: number; value: FastNode }[];
}

// What the fast index does not model: anchors, tags, explicit keys, directives, document markers.
const FAST_UNSAFE = /(?:^|[\s[{,])[&!][^\s]|^[ \t]*\?(?:\s|$)|^(?:%|---|\.\.\.)/m;

/**
 * Positions from js-yaml (≈10× faster than `yaml`), read off its node listener. Returns undefined
 * for anything it does not model, and `locate` then asks `yaml`.
 */
function fastView(text: string): LocateView | undefined {
  if (FAST_UNSAFE.test(text) || hasAlias(text)) return undefined;
  const top: FastNode = { open: 0, close: 0, kind: null, result: null, children: [] };
  const stack: FastNode[] = [top];
  const jsYaml = lazyJsYaml();
  try {
    jsYaml.load(text, {
      schema: jsYaml.CORE_SCHEMA,
      json: false,
      listener(event, state) {
        if (event === 'open') {
          stack.push({ open: state.position, close: 0, kind: null, result: null, children: [] });
          return;
        }
        const node = stack.pop() as FastNode;
        node.close = state.position;
        node.kind = state.kind as FastNode['kind'];
        node.result = state.result;
        (stack[stack.length - 1] as FastNode).children.push(node);
      },
    });
  } catch {
    return undefined;
  }
  const root = top.children[0];
  /** The first character of a node: past spaces, line breaks and comments; for an empty node, past spaces only. */
  const startOf = (node: FastNode): number | undefined => {
    let i = node.open;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09) i++;
      else if (c === 0x0a || c === 0x23) {
        // Past a line break or a comment: fine for content, but yaml places an empty node before them.
        if (isEmpty(node)) return c === 0x0a ? i : undefined;
        const eol = text.indexOf('\n', i);
        i = c === 0x23 ? (eol < 0 ? text.length : eol) : i + 1;
      } else return i;
    }
  };
  const isEmpty = (node: FastNode) =>
    node.kind === null || (node.kind === 'scalar' && node.result === null && emptyText(node));
  const emptyText = (node: FastNode) => onlyComments(text.slice(node.open, node.close));
  const find = (path: (string | number)[]): FastNode | undefined => {
    let node: FastNode | undefined = root;
    for (const key of path) {
      if (!node) return undefined;
      if (node.kind === 'mapping') node = node.pairs?.find((p) => p.key === key)?.value;
      else if (node.kind === 'sequence') {
        const i = typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : key;
        node = typeof i === 'number' && Number.isInteger(i) && i >= 0 ? node.children[i] : undefined;
      } else return undefined;
    }
    return node;
  };
  if (top.children.length !== 1 || !root || !index(root)) return undefined;
  let fallback: LocateView | undefined;
  const careful = () => (fallback ??= yamlView(text));
  return {
    at(path) {
      const node = find(path);
      if (!node) return undefined;
      const start = startOf(node);
      if (start === undefined) return careful().at(path);
      return { start, scalar: node.kind !== 'mapping' && node.kind !== 'sequence' };
    },
    keyStart(path) {
      const parent = find(path.slice(0, -1));
      const last = path[path.length - 1];
      if (parent?.kind !== 'mapping' || typeof last !== 'string') return undefined;
      return parent.pairs?.find((p) => p.key === last)?.keyStart;
    },
    linePos: linePosIn(text),
  };

  /** Pairs up each mapping's children (key, value, key, value…); false when they do not add up. */
  function index(node: FastNode): boolean {
    // A collection read while js-yaml tried an implicit key (a flow list on the line below its key)
    // is the single child of the node that holds it: the child has the items.
    const only = node.children[0];
    if (
      node.children.length === 1 &&
      only &&
      only.kind === node.kind &&
      only.result === node.result &&
      typeof node.result === 'object'
    ) {
      node.children = only.children;
    }
    if (node.kind === 'mapping') {
      const kids = node.children;
      const result = node.result as Record<string, unknown>;
      if (kids.length % 2 !== 0 || kids.length / 2 !== Object.keys(result).length) return false;
      node.pairs = [];
      for (let i = 0; i < kids.length; i += 2) {
        const k = kids[i] as FastNode;
        const v = kids[i + 1] as FastNode;
        if (k.kind !== 'scalar') return false;
        const keyStart = startOf(k);
        if (keyStart === undefined) return false;
        node.pairs.push({ key: k.result, keyStart, value: v });
        if (!index(v)) return false;
      }
      return true;
    }
    if (node.kind === 'sequence') {
      if (node.children.length !== (node.result as unknown[]).length) return false;
      return node.children.every(index);
    }
    return true;
  }
}

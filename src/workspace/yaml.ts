// Reading YAML files the way people write them: BOM, CRLF, NFD, conflict markers, hostile sizes.
// Valid alias-free files take a fast path (js-yaml, ≈10× faster); anything else goes through `yaml`,
// which locates each error. Both read the YAML 1.2 core schema, so dates stay strings.
import jsYaml from 'js-yaml';
import { type Document, LineCounter, parseDocument } from 'yaml';

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
    const at = firstInvalidUtf8(bytes);
    return { ok: false, issue: { id: 'file.not-utf8', params: { offset: at.offset }, line: at.line, col: at.col } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text: text.replace(/\r\n?/g, '\n').normalize('NFC') };
}

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

const CONFLICT = /^(<{7}|={7}|>{7})(?: |$)/m;
// An alias is `*name` where a value starts; anchors and aliases are rare in hand-written case files.
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]/;

export function parseYaml(bytes: Uint8Array): ParseResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, issue: { id: 'file.too-large', params: { size: bytes.length, max: MAX_FILE_BYTES } } };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  const conflict = CONFLICT.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split('\n').length;
    return { ok: false, issue: { id: 'yaml.conflict', params: { marker: conflict[1] ?? '' }, line, col: 1 }, text };
  }
  if (text.trim() === '' || /^(\s*#.*\n?|\s*\n)*$/.test(text)) {
    return { ok: false, issue: { id: 'file.empty', params: {}, line: 1, col: 1 }, text };
  }
  if (!ALIAS.test(text)) {
    try {
      const value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
      const depth = depthOf(value);
      if (depth > MAX_DEPTH) return { ok: false, issue: { id: 'yaml.too-deep', params: { max: MAX_DEPTH } }, text };
      return finish(value, text);
    } catch {
      // Fall through: the careful parser says where the problem is.
    }
  }
  return parseCarefully(text);
}

/** The `yaml` path: positions, alias limits, duplicate keys. */
export function parseCarefully(text: string): ParseResult {
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
    const message = error.message.split('\n')[0] ?? error.code;
    return { ok: false, issue: { id: 'yaml.syntax', params: { detail: message }, line: pos.line, col: pos.col }, text };
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

function finish(value: unknown, text: string): ParseResult {
  if (value === null || value === undefined)
    return { ok: false, issue: { id: 'file.empty', params: {}, line: 1, col: 1 }, text };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, issue: { id: 'yaml.not-mapping', params: {}, line: 1, col: 1 }, text };
  }
  return { ok: true, value, text };
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

/** Line and column of a field path in a file's text, or of its nearest existing parent. */
export function locate(text: string, path: (string | number)[]): { line: number; col: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  for (let n = path.length; n >= 0; n--) {
    const prefix = path.slice(0, n);
    const node = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) {
      // A scalar: the value itself. A mapping or list, or a path that stops short: the key that holds it.
      const isScalar = n === path.length && node !== null && typeof node === 'object' && !('items' in node);
      const keyPos = n > 0 && !isScalar ? keyOffset(doc, prefix) : undefined;
      return lineCounter.linePos(keyPos ?? range[0]);
    }
  }
  return { line: 1, col: 1 };
}

function keyOffset(doc: Document, path: (string | number)[]): number | undefined {
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  const last = path[path.length - 1];
  const items = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items;
  if (!items || typeof last !== 'string') return undefined;
  const pair = items.find((item) => item.key?.value === last);
  return pair?.key?.range?.[0];
}

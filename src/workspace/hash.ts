import * as nodeCrypto from 'node:crypto';
import type { LangTextValue } from './schema.js';

/** What the text hash covers of an article: its id, heading and text (the effective ones). */
export interface HashedArticle {
  id: string;
  heading: LangTextValue;
  text: LangTextValue;
}

/**
 * crypto.hash (Node ≥ 20.12): a digest in one call, without a Hash object. `check` hashes every
 * evidence file, every agreement's text and every case's stamps; an older Node 20 makes the object.
 */
const oneShot = (nodeCrypto as { hash?: typeof nodeCrypto.hash }).hash;

/** SHA-256 of bytes, or of a text as UTF-8: hex digits, or base64url for a cache key. */
export function sha256(data: string | Uint8Array, encoding: 'hex' | 'base64url' = 'hex'): string {
  return oneShot ? oneShot('sha256', data, encoding) : nodeCrypto.createHash('sha256').update(data).digest(encoding);
}

/** A language map with a bare string read as Spanish. */
export function langMap(value: LangTextValue): Record<string, string> {
  return typeof value === 'string' ? { es: value } : value;
}

/** A mapping as parsed files and answers hold them (not a list, not null). */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A free text in a language: its own translation, else the Spanish original, else any it has. */
export function inLanguage(value: LangTextValue | undefined, lang: string): string | undefined {
  if (value === undefined) return undefined;
  const map = langMap(value);
  return map[lang] ?? map.es ?? Object.values(map)[0];
}

/**
 * `compute` remembered by its text argument, in a map bounded at `max` texts (it keeps the texts):
 * the model's articles come back in case after case, filled alike (in the demo, 52 distinct texts
 * among the 108 of its four agreements).
 */
export function rememberedByText<V>(compute: (text: string) => V, max = 4096): (text: string) => V {
  const known = new Map<string, V>();
  return (text) => {
    if (known.has(text)) return known.get(text) as V;
    const value = compute(text);
    if (known.size >= max) known.clear();
    known.set(text, value);
    return value;
  };
}

/** A string's JSON in NFC; remembered for long ones (an effective text repeats the model's articles). */
const stringJsonOf = (s: string): string => JSON.stringify(s.normalize('NFC'));
const longStringJson = rememberedByText(stringJsonOf);
const stringJson = (s: string): string => (s.length < 64 ? stringJsonOf(s) : longStringJson(s));

/**
 * JSON with object keys sorted at every level and every string in NFC. Written by hand, without the
 * arrays of entries a generic version makes: `check` hashes every agreement's text (8 KB in ≈40 µs,
 * not 130).
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return stringJson(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      // Nothing for an undefined item, as the hash always had it.
      out += canonicalJson(value[i]) ?? '';
    }
    return `${out}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    let out = '{';
    // Sorted by UTF-16 code units, as `<` compares.
    for (const key of sortedKeys(record)) {
      const v = record[key];
      if (v === undefined) continue;
      if (out.length > 1) out += ',';
      out += `${JSON.stringify(key.normalize('NFC'))}:${canonicalJson(v)}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value);
}

/**
 * An object's keys in the order of Array.prototype.sort (UTF-16 code units). A few keys (a language
 * map's) are sorted in place by insertion: sort() copies them into a work array first, and `check`
 * sorts the keys of every language map of every agreement.
 */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  if (keys.length > 8) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    for (; j >= 0 && (keys[j] as string) > key; j--) keys[j + 1] = keys[j] as string;
    keys[j + 1] = key;
  }
  return keys;
}

/**
 * The hash of an agreement's text: SHA-256 of the canonical JSON of its articles, in order, each
 * with its id and its heading and text per language. Council approval, SRE submissions, dictámenes
 * and the signature record this hash.
 *
 * That JSON is `canonicalJson(articles.map((a) => ({ id, heading: langMap(heading), text:
 * langMap(text) })))`, written here without the objects and the sorting of their three keys (`check`
 * hashes every case's text: 0.1 s of a cold 1k check; the tests compare both).
 */
export function textHash(articles: readonly HashedArticle[]): string {
  let out = '[';
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i] as HashedArticle;
    // Keys in order (heading, id, text); an undefined one is left out, as canonicalJson leaves it.
    let item = a.heading === undefined ? '' : `"heading":${langJson(a.heading)}`;
    if (a.id !== undefined) item += `${item ? ',' : ''}"id":${canonicalJson(a.id)}`;
    if (a.text !== undefined) item += `${item ? ',' : ''}"text":${langJson(a.text)}`;
    out += `${i > 0 ? ',' : ''}{${item}}`;
  }
  return sha256(`${out}]`);
}

/** canonicalJson(langMap(value)). */
const langJson = (value: LangTextValue): string =>
  typeof value === 'string' ? `{"es":${stringJson(value)}}` : canonicalJson(value);

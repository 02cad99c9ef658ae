import { createHash } from 'node:crypto';
import type { LangTextValue } from './schema.js';

/** What the text hash covers of an article: its id, heading and text (the effective ones). */
export interface HashedArticle {
  id: string;
  heading: LangTextValue;
  text: LangTextValue;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
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
 * A string's JSON in NFC, remembered for long ones: the articles of the model come back in case after
 * case, filled alike (in the demo, 52 distinct texts among the 108 of its four agreements). Bounded,
 * as it keeps the texts.
 */
function stringJson(s: string): string {
  if (s.length < LONG) return JSON.stringify(s.normalize('NFC'));
  let json = jsonOfLong.get(s);
  if (json === undefined) {
    json = JSON.stringify(s.normalize('NFC'));
    if (jsonOfLong.size >= LONG_MAX) jsonOfLong.clear();
    jsonOfLong.set(s, json);
  }
  return json;
}
const LONG = 64;
const LONG_MAX = 4096;
const jsonOfLong = new Map<string, string>();

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
    for (const key of Object.keys(record).sort()) {
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
 * The hash of an agreement's text: SHA-256 of the canonical JSON of its articles, in order, each
 * with its id and its heading and text per language. Council approval, SRE submissions, dictámenes
 * and the signature record this hash.
 */
export function textHash(articles: readonly HashedArticle[]): string {
  return sha256(canonicalJson(articles.map((a) => ({ id: a.id, heading: langMap(a.heading), text: langMap(a.text) }))));
}

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

/** JSON with object keys sorted at every level and every string in NFC. */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k.normalize('NFC'))}:${canonicalJson(v)}`).join(',')}}`;
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

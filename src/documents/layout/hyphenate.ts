// Hyphenation points from the `hyphen` package (Liang's TeX patterns). The package is CommonJS with
// one pattern file per language and no "exports" map, so it is loaded with require on demand.
import { createRequire } from 'node:module';
import { LayoutOptionsError } from './errors.js';

type Hyphenator = (text: string) => string;
type HyphenModule = (patterns: unknown, options?: { hyphenChar?: string; minWordLength?: number }) => Hyphenator;

const require = createRequire(import.meta.url);
const SHY = '\u00AD';
const loaded = new Map<string, Hyphenator>();
const cache = new Map<string, Map<string, readonly number[]>>();

/** Pattern file names in the `hyphen` package for a BCP 47 tag: 'es-MX' → es, 'en' → en-us. */
function candidates(lang: string): string[] {
  const lower = lang.toLowerCase();
  const primary = lower.split('-')[0] ?? lower;
  const list = [lower];
  if (primary === 'en' && lower !== 'en-gb') list.push('en-us');
  if (primary !== lower) list.push(primary);
  if (primary === 'de') list.push('de-1996');
  return list.filter((c) => /^[a-z]{2,3}(-[a-z0-9]+)*$/.test(c));
}

function load(lang: string): Hyphenator {
  const hit = loaded.get(lang);
  if (hit) return hit;
  const create = require('hyphen/hyphen.js') as HyphenModule;
  for (const name of candidates(lang)) {
    let patterns: unknown;
    try {
      patterns = require(`hyphen/patterns/${name}.js`);
    } catch {
      continue;
    }
    const fn = create(patterns, { hyphenChar: SHY, minWordLength: 5 });
    loaded.set(lang, fn);
    return fn;
  }
  throw new LayoutOptionsError('hyphenateLang', lang, 'no hyphenation patterns for this language');
}

/** Throws LayoutOptionsError when there are no patterns for `lang`; loads them for later. */
export function checkHyphenationLanguage(lang: string): void {
  load(lang);
}

/**
 * Offsets (in UTF-16 units of `word`) where the word may be broken with a hyphen.
 * `word` is a single word without spaces; punctuation around it is fine.
 */
export function hyphenationPoints(word: string, lang: string): readonly number[] {
  let perLang = cache.get(lang);
  if (!perLang) {
    perLang = new Map();
    cache.set(lang, perLang);
  }
  const hit = perLang.get(word);
  if (hit) return hit;
  const marked = load(lang)(word);
  const points: number[] = [];
  let offset = 0;
  for (let i = 0; i < marked.length; i++) {
    if (marked[i] === SHY) points.push(offset);
    else offset++;
  }
  // Never leave a single letter on either side (the patterns allow it for a few languages).
  const result = points.filter((p) => p >= 2 && word.length - p >= 2);
  perLang.set(word, result);
  return result;
}

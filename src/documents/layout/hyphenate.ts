// Hyphenation points from the `hyphen` package (Liang's TeX patterns). The package is CommonJS with
// one pattern file per language and no "exports" map: its hyphenator is bundled with the renderer,
// and the pattern file of a language is loaded on demand by file name.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// @ts-expect-error the package ships no types; HyphenModule below is what is used of it.
import hyphenModule from 'hyphen/hyphen.js';
import { LayoutOptionsError } from './errors.js';

type Hyphenator = (text: string) => string;
type HyphenModule = (patterns: unknown, options?: { hyphenChar?: string; minWordLength?: number }) => Hyphenator;

const createHyphenator = hyphenModule as HyphenModule;
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
  for (const name of candidates(lang)) {
    let patterns: unknown;
    try {
      patterns = readPatterns(name);
    } catch {
      continue;
    }
    const fn = createHyphenator(patterns, { hyphenChar: SHY, minWordLength: 5 });
    loaded.set(lang, fn);
    return fn;
  }
  throw new LayoutOptionsError('hyphenateLang', lang, 'no hyphenation patterns for this language');
}

/**
 * A language's patterns. A pattern file is one large JavaScript literal (130 kB for Spanish): compiling
 * it costs ≈6 ms of every document. The build writes the patterns of the built-in templates' languages
 * as JSON beside the bundled renderer (dist/lazy/hyphen/, see scripts/build.mjs), read in ≈1 ms; any
 * other language, or a run from source, loads the package's file. Throws when there is neither.
 */
function readPatterns(name: string): unknown {
  let json: string | undefined;
  try {
    json = readFileSync(new URL(`./hyphen/${name}.json`, import.meta.url), 'utf8');
  } catch {
    // Not one of the built ones.
  }
  return json === undefined ? require(`hyphen/patterns/${name}.js`) : JSON.parse(json);
}

/** Throws LayoutOptionsError when there are no patterns for `lang`; loads them for later. */
export function checkHyphenationLanguage(lang: string): void {
  load(lang);
}

/** `lang` when there are patterns for it, else undefined: text in such a language is not hyphenated. */
export function hyphenationLanguage(lang: string): string | undefined {
  try {
    load(lang);
    return lang;
  } catch {
    return undefined;
  }
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

// A parse cache in .linkage-cache/ (git-ignored, safe to delete): for each file read, its problems and
// whether it loaded, keyed on its size and mtime (and ctime, when the caller gives it). A truncated,
// damaged or foreign cache is ignored and rebuilt.
//
// It keeps the values of the few files every run reads (linkage.yaml, profile.yaml: `keep`), not the
// cases'. A warm run takes its results from the memos (memo.ts) and needs a case file's value only
// for a case that changed: it parses the file again (a case file takes well under a millisecond),
// and that costs less than writing every value's JSON on each cold run did (≈0.15 s per 1,000 cases,
// and 18 MB on disk) and reading it back on a warm one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lazyProperty } from '../lazy-property.js';
import { writeQuietly } from './atomic.js';
import { isPlainObject, sha256 } from './hash.js';
import type { ParsedFile } from './parallel.js';
import { isProblem, type Problem } from './problems.js';

export const CACHE_DIR = '.linkage-cache';
export const CACHE_FILE = 'parse-v1.json';

/** Whether a workspace has no parse cache yet: every file of it is to be parsed (a cold load). */
export const coldWorkspace = (root: string): boolean => !existsSync(join(root, CACHE_DIR, CACHE_FILE));
const TAG = 'linkage-parse-cache/4';

declare const __LINKAGE_VERSION__: string;
declare const __LINKAGE_BUILD_HASH__: string;
// A new tool version, or a build of other code or schemas, invalidates every entry. Run from source
// (tests), a cache is reused within one process only, so a change to the code is never masked by an
// old entry.
export const CACHE_VERSION =
  typeof __LINKAGE_VERSION__ === 'string' ? `${__LINKAGE_VERSION__}+${__LINKAGE_BUILD_HASH__}` : `dev+${Date.now()}`;

/**
 * A file whose mtime is this recent when it is cached may still change within the same timestamp
 * tick (coarse file systems; git's "racily clean" entries): its entry also keeps a hash of the bytes,
 * checked on the next read until the mtime is old enough to be trusted.
 */
export const RACY_MS = 2000;

/** The SHA-256 a cache entry keeps of a file whose mtime is too recent to be trusted (RACY_MS). */
export const hashIfRecent = (mtimeMs: number, bytes: () => Uint8Array): string | undefined =>
  Date.now() - mtimeMs < RACY_MS ? sha256(bytes()) : undefined;

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  ctimeMs: number | null;
  /** Whether the file loaded (it has a value), known without building the value. */
  loaded: boolean;
  /** The file's value, built on first read for an entry that did not come from this run's parse. */
  value: unknown;
  problems: Problem[];
  /** SHA-256 of the bytes, kept while the mtime is too recent to be trusted. */
  hash?: string;
  /** The value is stored in the cache file (`keep`). */
  kept?: boolean;
}

/** [size, mtimeMs, ctimeMs, problems, loaded (1 or 0), hash or null, the value when kept] */
type StoredEntry = [number, number, number | null, Problem[], 0 | 1, string | null, unknown?];

export interface ParseCache {
  /** No cache file could be used: every file is to be parsed. */
  readonly cold: boolean;
  get(file: string, size: number, mtimeMs: number, ctimeMs?: number): CacheEntry | undefined;
  /** `bytes`: what was parsed (read again from disk when absent, for a recent file's hash). */
  set(
    file: string,
    size: number,
    mtimeMs: number,
    value: unknown,
    problems: Problem[],
    ctimeMs?: number,
    bytes?: Uint8Array,
  ): void;
  /**
   * An entry for a file a parse worker parsed: its value, when asked for, is the file read again
   * (like an entry read from the cache file); its `hash`, the bytes' SHA-256, for a recent file.
   */
  setParsed(parsed: ParsedFile): void;
  save(): void;
}

/**
 * The value of an entry read from the cache file: the file parsed again, not validated again (it
 * passed its schema when it was cached, as these very bytes).
 */
export type Reparse = (file: string) => unknown;

function readCache(path: string, reparse: Reparse): Map<string, CacheEntry> | null {
  let data: { tag?: unknown; version?: unknown; entries?: unknown };
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  if (!isPlainObject(data) || data.tag !== TAG || data.version !== CACHE_VERSION || !isPlainObject(data.entries))
    return null;
  const entries = new Map<string, CacheEntry>();
  for (const [file, stored] of Object.entries(data.entries)) {
    if (!Array.isArray(stored) || stored.length < 6 || stored.length > 7) return null;
    const [size, mtimeMs, ctimeMs, problems, loaded, hash, value] = stored as StoredEntry;
    if (
      typeof size !== 'number' ||
      typeof mtimeMs !== 'number' ||
      !Array.isArray(problems) ||
      !problems.every(isProblem)
    )
      return null;
    if (loaded !== 0 && loaded !== 1) return null;
    const kept = stored.length === 7 && loaded === 1;
    // `value` is added last, lazily or not (lazyProperty: never over a key the object has).
    const entry = {
      size,
      mtimeMs,
      ctimeMs: typeof ctimeMs === 'number' ? ctimeMs : null,
      loaded: loaded === 1,
      problems,
      ...(typeof hash === 'string' ? { hash } : {}),
      ...(kept ? { kept } : {}),
    } as CacheEntry;
    if (loaded === 1 && !kept) lazyProperty(entry, 'value', () => reparse(file));
    else entry.value = kept ? value : null;
    entries.set(file, entry);
  }
  return entries;
}

/**
 * Opens the workspace's cache. `reparse` reads a file afresh: what an entry read from the cache file
 * gives as its value, unless its value is one the cache file keeps (`keep`).
 */
export function openCache(
  root: string,
  enabled: boolean,
  reparse: Reparse = () => null,
  keep: (file: string) => boolean = () => false,
): ParseCache {
  const path = join(root, CACHE_DIR, CACHE_FILE);
  const read = enabled ? readCache(path, reparse) : null;
  const entries = read ?? new Map<string, CacheEntry>();
  const touched = new Set<string>();
  // Rewrite a foreign or damaged cache even if nothing new gets parsed.
  let dirty = enabled && read === null && existsSync(path);
  return {
    cold: read === null,
    get(file, size, mtimeMs, ctimeMs) {
      touched.add(file);
      const e = entries.get(file);
      if (!e || e.size !== size || e.mtimeMs !== mtimeMs) return undefined;
      if (ctimeMs !== undefined && e.ctimeMs !== null && e.ctimeMs !== ctimeMs) return undefined;
      if (e.hash !== undefined) {
        let bytes: Uint8Array;
        try {
          bytes = readFileSync(join(root, file));
        } catch {
          return undefined;
        }
        if (sha256(bytes) !== e.hash) return undefined;
        if (Date.now() - mtimeMs >= RACY_MS) {
          // Old enough now: any later edit gets another mtime.
          delete e.hash;
          dirty = true;
        }
      }
      return e;
    },
    set(file, size, mtimeMs, value, problems, ctimeMs, bytes) {
      touched.add(file);
      let hash: string | undefined;
      try {
        hash = hashIfRecent(mtimeMs, () => bytes ?? readFileSync(join(root, file)));
      } catch {
        entries.delete(file);
        return;
      }
      const loaded = value !== null && value !== undefined;
      // `value` last, as the entries that get it lazily have it.
      entries.set(file, {
        size,
        mtimeMs,
        ctimeMs: ctimeMs ?? null,
        loaded,
        problems,
        ...(hash ? { hash } : {}),
        ...(loaded && keep(file) ? { kept: true } : {}),
        value,
      });
      dirty = true;
    },
    setParsed({ file, size, mtimeMs, ctimeMs, problems, loaded, hash }) {
      touched.add(file);
      const entry = { size, mtimeMs, ctimeMs, loaded, problems, ...(hash ? { hash } : {}) } as CacheEntry;
      if (loaded) lazyProperty(entry, 'value', () => reparse(file));
      else entry.value = null;
      entries.set(file, entry);
      dirty = true;
    },
    save() {
      if (!enabled || !dirty) return;
      // Entries of files that are gone (a case deleted or renamed) go too.
      for (const file of [...entries.keys()]) {
        if (!touched.has(file) && !existsSync(join(root, file))) entries.delete(file);
      }
      const stored: Record<string, StoredEntry> = {};
      for (const [file, e] of entries) {
        stored[file] = [e.size, e.mtimeMs, e.ctimeMs, e.problems, e.loaded ? 1 : 0, e.hash ?? null];
        if (e.kept) stored[file].push(e.value);
      }
      if (writeCacheFile(root, CACHE_FILE, JSON.stringify({ tag: TAG, version: CACHE_VERSION, entries: stored })))
        dirty = false;
    },
  };
}

/**
 * Writes a file of .linkage-cache/ whole or not at all (temp file + rename), so a crash or a
 * concurrent run never leaves half a cache. False when it cannot: a read-only workspace still works,
 * only without the cache.
 */
export const writeCacheFile = (root: string, name: string, bytes: Uint8Array | string): boolean =>
  writeQuietly(join(root, CACHE_DIR, name), bytes);

// A parse cache in .linkage-cache/ (git-ignored, safe to delete): each file's validated value and
// problems, keyed on its size and mtime. A truncated or foreign cache is ignored and rebuilt.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './problems.js';

export const CACHE_DIR = '.linkage-cache';
const CACHE_FILE = 'parse-v1.json';

declare const __LINKAGE_VERSION__: string;
declare const __LINKAGE_SCHEMA_HASH__: string;
// A new tool version or schema invalidates every entry.
const VERSION =
  typeof __LINKAGE_VERSION__ === 'string' ? `${__LINKAGE_VERSION__}+${__LINKAGE_SCHEMA_HASH__}` : `dev+${Date.now()}`;

interface Entry {
  size: number;
  mtimeMs: number;
  value: unknown;
  problems: Problem[];
}

export interface ParseCache {
  get(file: string, size: number, mtimeMs: number): Entry | undefined;
  set(file: string, size: number, mtimeMs: number, value: unknown, problems: Problem[]): void;
  save(): void;
}

export function openCache(root: string, enabled: boolean): ParseCache {
  const path = join(root, CACHE_DIR, CACHE_FILE);
  let entries: Record<string, Entry> = {};
  if (enabled) {
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as { version?: string; entries?: Record<string, Entry> };
      if (parsed.version === VERSION && parsed.entries && typeof parsed.entries === 'object') entries = parsed.entries;
    } catch {
      // Missing, truncated or unreadable: start afresh.
    }
  }
  let dirty = false;
  return {
    get(file, size, mtimeMs) {
      const e = entries[file];
      return e && e.size === size && e.mtimeMs === mtimeMs ? e : undefined;
    },
    set(file, size, mtimeMs, value, problems) {
      entries[file] = { size, mtimeMs, value, problems };
      dirty = true;
    },
    save() {
      if (!enabled || !dirty) return;
      try {
        mkdirSync(join(root, CACHE_DIR), { recursive: true });
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify({ version: VERSION, entries }));
        renameSync(tmp, path);
      } catch {
        // A read-only workspace still works, only without the cache.
      }
    },
  };
}

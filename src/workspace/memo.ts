// What a command derives from one case (its status, its check findings) memoised in .linkage-cache/
// on the stamps of every file it comes from: a warm run of a large workspace neither parses the
// cases' files nor runs the derivation again. Like the parse cache it is safe to delete, and a
// damaged, truncated or foreign file is ignored and rewritten.
import { readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, CACHE_VERSION, RACY_MS, writeCacheFile } from './cache.js';
import { sha256 } from './hash.js';
import { type CaseBundle, PROFILE_FILE, WORKSPACE_FILE, type Workspace } from './load.js';

export interface Memo<T> {
  get(name: string, key: string): T | undefined;
  set(name: string, key: string, value: T): void;
  /**
   * The value under `name` for `key`, else what `elsewhere` gives (a parse worker's result), kept
   * under `key`; with no key (files too recent to key on), only what `elsewhere` gives.
   */
  recall(name: string, key: string | undefined, elsewhere: () => T | undefined): T | undefined;
  save(): void;
}

/** `{ version, entries: { name: [key, value] } }`; values are what the caller stored. */
type MemoFile = { version: string; entries: Record<string, [string, unknown]> };

function readMemo(path: string): Map<string, [string, unknown]> | null {
  let data: MemoFile;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  if (data === null || typeof data !== 'object' || data.version !== CACHE_VERSION) return null;
  if (data.entries === null || typeof data.entries !== 'object') return null;
  const entries = new Map<string, [string, unknown]>();
  for (const [name, e] of Object.entries(data.entries)) {
    if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== 'string') return null;
    entries.set(name, e);
  }
  return entries;
}

/**
 * Opens `.linkage-cache/<file>`. `valid` checks a stored value's shape before it is used, so that a
 * hand-edited or damaged entry is recomputed rather than trusted. Entries not asked for in this run
 * (a case deleted or renamed) are dropped when everything was asked for (`prune`).
 */
export function openMemo<T>(
  root: string,
  file: string,
  enabled: boolean,
  valid: (value: unknown) => value is T,
): Memo<T> & { prune(): void } {
  const path = join(root, CACHE_DIR, file);
  const read = enabled ? readMemo(path) : null;
  const entries = read ?? new Map<string, [string, unknown]>();
  const asked = new Set<string>();
  let dirty = false;
  return {
    get(name, key) {
      asked.add(name);
      const e = entries.get(name);
      return e && e[0] === key && valid(e[1]) ? e[1] : undefined;
    },
    set(name, key, value) {
      asked.add(name);
      entries.set(name, [key, value]);
      dirty = true;
    },
    recall(name, key, elsewhere) {
      const known = key !== undefined ? this.get(name, key) : undefined;
      if (known !== undefined) return known;
      const value = elsewhere();
      if (value !== undefined && key !== undefined) this.set(name, key, value);
      return value;
    },
    prune() {
      for (const name of entries.keys()) {
        if (!asked.has(name)) {
          entries.delete(name);
          dirty = true;
        }
      }
    },
    save() {
      if (!enabled || !dirty) return;
      const data: MemoFile = { version: CACHE_VERSION, entries: Object.fromEntries(entries) };
      if (writeCacheFile(root, file, JSON.stringify(data))) dirty = false;
    },
  };
}

/**
 * The key of what is derived from one case on a given day: the stamps (size, mtime, ctime) of
 * linkage.yaml, profile.yaml and each of the case's files that was read, valid or not, and the
 * problems met loading them (they also cover what was listed but not read, such as a misnamed AOP or
 * a missing case.yaml). Undefined when a file changed so recently that another edit could keep its
 * stamp (the parse cache's racy window): such a case is derived afresh until its files settle.
 */
export function caseKey(ws: Workspace, bundle: CaseBundle, today: string): string | undefined {
  const files = [WORKSPACE_FILE, PROFILE_FILE];
  for (const name of ['case.yaml', 'agreement.yaml', 'documents.yaml']) files.push(`${bundle.dir}/${name}`);
  for (const aop of bundle.aops) files.push(aop.file);
  return keyOf(ws, files, bundle.problems, today);
}

/** The same for what is derived from linkage.yaml and profile.yaml alone (the workspace's own rules). */
export const workspaceKey = (ws: Workspace, today: string): string | undefined =>
  keyOf(ws, [WORKSPACE_FILE, PROFILE_FILE], ws.problems, today);

function keyOf(ws: Workspace, files: string[], problems: unknown[], today: string): string | undefined {
  const stamps = ws.stamps;
  if (!stamps?.has(WORKSPACE_FILE)) return undefined;
  const now = Date.now();
  const parts: string[] = [process.version, today, JSON.stringify(problems)];
  for (const file of files) {
    const s = stamps.get(file);
    if (!s) continue;
    if (now - s.mtimeMs < RACY_MS) return undefined;
    parts.push(`${file}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}`);
  }
  return sha256(parts.join('\n'), 'base64url');
}

/**
 * What a file's SHA-256 is memoised on: size, mtime, ctime, device and inode, so that an edit, a
 * touch, a truncation or a replacement reads the file again. Keyed by device too: a symbolic link
 * pointed at another file system.
 */
const stampKey = (stat: Stats): string => `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.dev}:${stat.ino}`;

/** A file's hash as a parse thread found it, for the memo: its workspace-relative name, its stamp's key, the hash. */
export type FileHash = [name: string, key: string, hash: string];

/**
 * A file's SHA-256, and what the memo keeps of it: nothing for a file changed within the racy window,
 * which is hashed every time until it settles.
 */
function hashFile(abs: string, stat: Stats, name: string): { hash: string; keep?: FileHash } {
  const hash = sha256(readFileSync(abs));
  return Date.now() - stat.mtimeMs >= RACY_MS ? { hash, keep: [name, stampKey(stat), hash] } : { hash };
}

/** The SHA-256 of files (evidence, issued documents) memoised on their stamp (stampKey, hashFile). */
export function openFileHashes(root: string, enabled: boolean) {
  const memo = openMemo(root, 'hashes-v1.json', enabled, (v): v is string => typeof v === 'string');
  return {
    hash(abs: string, stat: Stats, name: string): string {
      const known = memo.get(name, stampKey(stat));
      if (known !== undefined) return known;
      const { hash, keep } = hashFile(abs, stat, name);
      if (keep) memo.set(...keep);
      return hash;
    },
    /** Hashes found elsewhere (hashRecorder, on a parse thread). */
    remember(found: FileHash[]): void {
      for (const [name, key, hash] of found) memo.set(name, key, hash);
    },
    save: () => {
      memo.prune();
      memo.save();
    },
  };
}

/**
 * Hashes files as openFileHashes does, without a memo, and keeps what the memo would have kept until
 * `take` hands it over: a parse thread checks a case's files and the main thread records the hashes.
 */
export function hashRecorder() {
  let found: FileHash[] = [];
  return {
    hash(abs: string, stat: Stats, name: string): string {
      const { hash, keep } = hashFile(abs, stat, name);
      if (keep) found.push(keep);
      return hash;
    },
    take(): FileHash[] {
      const taken = found;
      found = [];
      return taken;
    },
  };
}

// One file written whole or not at all: a temp file and a rename.
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';

const RETRY = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** No room left: the disk, or the user's quota. */
const FULL = new Set(['ENOSPC', 'EDQUOT']);

/**
 * The temporary name of `abs` for this thread: each worker thread loads its own copy of this module,
 * so two threads of one process (workspace workers given the same workspace twice) never share one.
 */
const THREAD_TOKEN = `${process.pid}.${randomBytes(4).toString('hex')}`;
const tempPath = (abs: string): string => `${abs}.${THREAD_TOKEN}.tmp`;

/** Waits `ms` without returning to the event loop (a retry, a lock, a pipe that has not written yet). */
export function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Where a write of `abs` goes, refusing before anything is written a target that is not a plain file
 * (a folder, a device, a named pipe, a link to none of them: the rename would put a file in its place),
 * one marked read-only, or whose folder is a
 * file (located at `abs`; the folder in the way is named as `shown` names the file). A link to a file is written through: its target gets the new bytes and
 * the link stays.
 */
export function writeTarget(abs: string, shown = abs): string {
  const stat = statOf(abs, lstatSync);
  const refuse = (id: string) => new UserError(id, {}, 2, { file: abs });
  if (stat?.isSymbolicLink()) {
    const linked = statOf(abs, statSync);
    if (!linked?.isFile()) throw refuse('file.bad-link');
    if (readOnly(linked)) throw refuse('file.read-only');
    return realpathSync(abs);
  }
  if (stat) {
    if (!stat.isFile()) throw refuse(stat.isDirectory() ? 'file.is-folder' : 'file.not-regular');
    if (readOnly(stat)) throw refuse('file.read-only');
    return abs;
  }
  const blocker = fileInTheWay(dirname(abs));
  if (blocker === undefined) return abs;
  // The folder as the user named the file: `shown` ends with the part of `abs` below it.
  const below = abs.length - blocker.length;
  const folder = shown.length > below && abs.endsWith(shown) ? shown.slice(0, shown.length - below) : blocker;
  throw new UserError('folder.is-file', { folder }, 2, { file: abs });
}

/**
 * A file marked read-only (no write permission for anyone, as chmod a-w or Windows' read-only
 * attribute leave it): the rename would replace it all the same, since it asks only the folder.
 */
const readOnly = (stat: Stats): boolean => (stat.mode & 0o222) === 0;

/** The first existing one of `dir` and the folders above it, if it is not a folder: what a mkdir of `dir` fails on. */
export function fileInTheWay(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const stat = statOf(d, statSync);
    if (stat === null || stat?.isDirectory()) return undefined;
    if (stat) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** The stat of `path`: undefined where nothing is there, null where it cannot be told (no permission). */
function statOf(path: string, stat: typeof statSync): Stats | undefined | null {
  try {
    return stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : null;
  }
}

/**
 * temp file + rename, with the permissions of the file it replaces; on Windows a viewer may hold the
 * target: retry briefly, then say so. The refusals' messages name the file: no location of their own,
 * or the path is printed twice.
 */
export function writeAtomic(target: string, content: string | Uint8Array, shown = target): void {
  stageAtomic(target, content, shown).commit();
}

/** A file written in full beside its target, waiting for its rename (commit) or its removal (abort). */
export interface Staged {
  commit(): void;
  abort(): void;
}

/**
 * The first half of writeAtomic: the temp file, written whole. Several files staged before any is
 * renamed make a plan that a full disk or a failed write stops with nothing changed.
 */
export function stageAtomic(target: string, content: string | Uint8Array, shown = target): Staged {
  const abs = writeTarget(target, shown);
  const tmp = tempPath(abs);
  // The file it replaces keeps its permissions (one only its owner may read stays so), not the umask's.
  const mode = statOf(abs, statSync)?.mode;
  try {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(tmp, content);
    if (mode) chmodSync(tmp, mode & 0o7777);
  } catch (error) {
    removeQuietly(tmp);
    const code = (error as NodeJS.ErrnoException).code ?? '?';
    if (FULL.has(code)) throw new UserError('file.disk-full', { file: shown }, 2);
    throw new UserError('file.unwritable', { file: shown, code }, 2);
  }
  removeLeftovers(abs);
  return { commit: () => renameInto(tmp, abs, shown), abort: () => removeQuietly(tmp) };
}

/** Older than any write takes: a temp file this old is one a killed command left behind. */
const LEFTOVER_MS = 60_000;

/**
 * Removes the temp files of `abs` that killed commands left (a `kill -9`, a power cut between the
 * write and the rename), so that they do not pile up beside it and get committed with `git add .`.
 * Best effort: a folder that cannot be listed keeps them.
 */
function removeLeftovers(abs: string): void {
  const name = basename(abs);
  try {
    for (const entry of readdirSync(dirname(abs))) {
      if (!entry.startsWith(`${name}.`) || !/^\.\d+\.[0-9a-f]+\.tmp$/.test(entry.slice(name.length))) continue;
      const path = join(dirname(abs), entry);
      if (Date.now() - lstatSync(path).mtimeMs > LEFTOVER_MS) removeQuietly(path);
    }
  } catch {
    // Unlistable, or removed meanwhile by another command: nothing to do.
  }
}

function renameInto(tmp: string, abs: string, shown: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(tmp, abs);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (RETRY.has(code) && attempt < 5 && process.platform === 'win32') {
        sleep(100 * (attempt + 1));
        continue;
      }
      removeQuietly(tmp);
      if (RETRY.has(code)) throw new UserError('file.locked', { file: shown }, 2);
      throw new UserError('file.unwritable', { file: shown, code }, 2);
    }
  }
}

/**
 * temp file + rename for a file that is only worth having (a cache): false when it cannot be
 * written, and no temporary file left behind.
 */
export function writeQuietly(abs: string, content: string | Uint8Array): boolean {
  const tmp = tempPath(abs);
  try {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, abs);
    return true;
  } catch {
    removeQuietly(tmp);
    return false;
  }
}

/** Best effort: where the folder could not be made, there is no temp file to remove either. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // ENOTDIR and the like: nothing was written.
  }
}

// One file written whole or not at all: a temp file and a rename.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';

const RETRY = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * The temporary name of `abs` for this thread: each worker thread loads its own copy of this module,
 * so two threads of one process (workspace workers given the same workspace twice) never share one.
 */
const THREAD_TOKEN = `${process.pid}.${randomBytes(4).toString('hex')}`;
const tempPath = (abs: string): string => `${abs}.${THREAD_TOKEN}.tmp`;

/** temp file + rename; on Windows a viewer may hold the target: retry briefly, then say so. */
export function writeAtomic(abs: string, content: string | Uint8Array, shown = abs): void {
  const tmp = tempPath(abs);
  try {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(tmp, content);
  } catch (error) {
    removeQuietly(tmp);
    throw new UserError('file.unwritable', { file: shown, code: (error as NodeJS.ErrnoException).code ?? '?' }, 2, {
      file: shown,
    });
  }
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(tmp, abs);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (RETRY.has(code) && attempt < 5 && process.platform === 'win32') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100 * (attempt + 1));
        continue;
      }
      removeQuietly(tmp);
      if (RETRY.has(code)) throw new UserError('file.locked', { file: shown }, 2, { file: shown });
      throw new UserError('file.unwritable', { file: shown, code }, 2, { file: shown });
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

// Reading a workspace's files: only regular files, through one open file. A named pipe read like a
// file waits for a writer that never comes, and a device may never end; a workspace holding one
// must give a finding or a refusal, not a command that hangs.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';
import { UserError } from '../errors.js';
import { sleep } from './atomic.js';

/** The code of the error readRegularFile throws for what is not a regular file. */
export const NOT_REGULAR_FILE = 'ENOTREGULAR';

/**
 * A regular file's bytes and its stat as it was opened: one path lookup where a stat and a read make
 * two (a cold load opens every case file). Opened without waiting (a named pipe would block the
 * open), then refused if it is not a regular file. Like readFileSync, it reads the file up to its size,
 * or to its end when it says it is empty (files of /proc and the like).
 */
export function readRegularFile(abs: string): { bytes: Buffer; stat: Stats } {
  const fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error(`not a regular file: ${abs}`), { code: NOT_REGULAR_FILE });
    if (stat.size === 0) return { bytes: readFileSync(fd), stat };
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: read < stat.size ? bytes.subarray(0, read) : bytes, stat };
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of a file a command cannot go on without (one it edits, a workspace's template); one
 * that cannot be read (a folder, a named pipe, no permission) stops it: file.unreadable, exit 2,
 * located at it.
 */
export function readOrRefuse(abs: string): Buffer {
  try {
    return readRegularFile(abs).bytes;
  } catch {
    throw new UserError('file.unreadable', {}, 2, { file: abs });
  }
}

/** How long a named pipe that no program has opened for writing yet is waited for. */
const WRITER_WAIT_MS = 5_000;
/** More than a file may hold (yaml.ts MAX_FILE_BYTES): a device that never ends is not read for ever. */
const MAX_PIPED_BYTES = 64 * 1024 * 1024;

/**
 * The bytes of a file named on the command line, which may be a pipe (`--answers <(…)`, a named
 * pipe) or a terminal (`--answers /dev/stdin`, ended with Ctrl-D): opened without waiting, and read
 * to its end, waiting while its writer has not written yet. A named pipe that no program opens for
 * writing within WRITER_WAIT_MS reads as empty (a plain read would wait for ever). Anything else that
 * is not a regular file (a folder, a socket) is refused as readRegularFile refuses it.
 */
export function readFileOrPipe(abs: string): Buffer {
  const fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isFile()) return readFileSync(fd);
    const fifo = stat.isFIFO();
    if (!fifo && !stat.isCharacterDevice())
      throw Object.assign(new Error(`not a file, a pipe or a terminal: ${abs}`), { code: NOT_REGULAR_FILE });
    const chunks: Buffer[] = [];
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const writerBy = Date.now() + WRITER_WAIT_MS;
    for (let size = 0; ; ) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        sleep(10);
        continue;
      }
      if (n === 0) {
        // A named pipe reads as ended while no program has it open for writing: wait for one a while.
        if (fifo && size === 0 && Date.now() < writerBy) {
          sleep(10);
          continue;
        }
        return Buffer.concat(chunks);
      }
      chunks.push(Buffer.from(chunk.subarray(0, n)));
      size += n;
      if (size > MAX_PIPED_BYTES) throw Object.assign(new Error(`too much to read: ${abs}`), { code: 'EFBIG' });
    }
  } finally {
    closeSync(fd);
  }
}

// require() for linkage's CommonJS files with a V8 code cache: the CLI itself (bin/linkage.js loads
// dist/cli.cjs through it), the parse and workspace workers (workspace/parallel.ts startWorker), and
// the large files of dist/lazy/. Node 20 compiles them afresh on every run (the 1.3 MB document
// renderer ≈40 ms for its top level, 7 ms from the cache, and more for each function as it first
// runs); Node ≥ 22.1 has module.enableCompileCache (bin/linkage.js turns it on) and gets a plain
// require.
//
// The cache is V8's own serialized code for one file on one Node version: it changes how fast the
// code starts, never what it does. It lives in the user's cache folder, one file per lazy file and build,
// named by a hash of the source, the Node version, the architecture and V8's tag for its version, flags
// and CPU (cachedDataVersionTag): V8 rejects a cache made under other flags, and a run over many cases
// sets one (workspace/parallel.ts optimiseLazily), so a file loaded after that keeps a cache of its own
// for such runs. It is written after the run, when it was missing or rejected, so that it holds every
// function the run compiled, under the flags the file was loaded with (setFlagsForRun); through a
// temporary file and a rename; and any failure to read or write it is ignored.
// A SHA-256 of the data heads the file: V8 checks versions and lengths but, in release builds, not the
// bytes, and a damaged file must be recompiled, never run.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { cachedDataVersionTag, setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { writeQuietly } from './workspace/atomic.js';

/** The per-user cache folder: %LOCALAPPDATA%\linkage, $XDG_CACHE_HOME/linkage or ~/.cache/linkage. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.LINKAGE_CODE_CACHE === '0') return undefined;
  if (process.platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'linkage') : undefined;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'linkage');
  const home = homedir();
  return home ? join(home, '.cache', 'linkage') : undefined;
}

/** The commands of cli.ts: test/ui/help.test.ts holds this list to the program's. */
export const COMMANDS = [
  'status',
  'check',
  'init',
  'new',
  'next',
  'log',
  'review',
  'generate',
  'templates',
  'publish',
  'calendar',
  'aop',
];
/**
 * The global options of cli.ts that take a value: before the command, only these take the next word
 * (ahead.ts reads them too; test/ui/help.test.ts holds them to the program's).
 */
export const VALUED_GLOBAL_OPTIONS: ReadonlySet<string> = new Set(['-C', '--workspace', '--as-of', '--ui-lang']);

/**
 * The command a command line runs (`status` in `-C ws status --format md`), if it is one of cli.ts's.
 * The CLI and its workers keep a code cache per command: a cache holds what the run that wrote it
 * compiled, and one written by a `status` left `check` to compile its own code at every run.
 */
export function commandOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (VALUED_GLOBAL_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) return COMMANDS.includes(arg) ? arg : undefined;
  }
  return undefined;
}

/**
 * Loads the CommonJS file `file` (an absolute path) as require() would, through the code cache: for
 * `command`, that command's own (the CLI and its workers; commandOf).
 */
export function requireWithCodeCache<T>(file: string, command?: string): T {
  const requireFile = createRequire(file);
  const dir = 'enableCompileCache' in module ? undefined : codeCacheDir();
  if (dir === undefined) return requireFile(file) as T;
  // The file's bytes are hashed, not the string made of them: hashing a 1.3 MB string first encodes it
  // back to UTF-8, ≈3.5 ms more (the same bytes, so the same key). An ASCII file (the build makes the
  // renderer one) is the same text read as Latin-1, which is a plain copy: ≈2 ms less than decoding.
  const bytes = readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const name = basename(file).replace(/\.c?js$/, '') + (command ? `.${command}` : '');
  const cacheFile = cacheFileOf(dir, name, bytes);
  const cachedData = readCache(cacheFile);
  // Node's own CommonJS wrapper, on the first line so that line numbers in stack traces stay right.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  // Remembered before it runs: the CLI's own bundle (bin/linkage.js) ends the process from inside.
  if (cachedData === undefined || script.cachedDataRejected) {
    if (pending.length === 0) process.once('exit', writeCodeCaches);
    pending.push({ script, dir, name, bytes, tag: cachedDataVersionTag() });
  }
  const mod = { exports: {} as unknown };
  script.runInThisContext().call(mod.exports, mod.exports, requireFile, mod, file, dirname(file));
  return mod.exports as T;
}

/** A file loaded without a cache it could use, and the flags it was loaded under (their tag). */
interface Pending {
  script: Script;
  dir: string;
  name: string;
  bytes: Uint8Array;
  tag: number;
}
const pending: Pending[] = [];
/** What sets back the flags changed during the run, newest first. */
const undo: string[] = [];

/**
 * Sets V8 flags for the rest of the run; `back` sets them as they were, at its end, before the caches
 * of the files loaded under them are written. V8 takes cached code only under the flags it was made
 * with, and a run over many cases raises the interrupt budget (workspace/parallel.ts optimiseLazily)
 * after the CLI itself has loaded: its cache, written under the raised budget, would never be used.
 */
export function setFlagsForRun(flags: string, back: string): void {
  setFlagsFromString(flags);
  undo.unshift(back);
}

/**
 * Writes the caches of the files loaded without one, each under the flags it was loaded with: those
 * loaded under the flags as they are, then, the flags set back (setFlagsForRun), the others. Run at
 * exit; a parse worker, which the process ends rather than letting it end, runs it after each batch.
 */
export function writeCodeCaches(): void {
  const writeMatching = () => {
    const tag = cachedDataVersionTag();
    for (const p of pending.filter((q) => q.tag === tag)) {
      pending.splice(pending.indexOf(p), 1);
      writeCache(p.script, p.dir, p.name, p.bytes);
    }
  };
  writeMatching();
  if (undo.length === 0 || pending.length === 0) return;
  for (const back of undo.splice(0)) setFlagsFromString(back);
  writeMatching();
}

/**
 * The cache file of a lazy file's bytes under V8's flags as they are now: the data made at exit
 * carries the flags of that moment, which a run over many cases may have changed since the load.
 */
function cacheFileOf(dir: string, name: string, bytes: Uint8Array): string {
  const key = createHash('sha256')
    .update(`${process.version} ${process.arch} ${cachedDataVersionTag()}\n`)
    .update(bytes)
    .digest('hex')
    .slice(0, 16);
  return join(dir, `${name}-${key}.v8`);
}

const DIGEST_BYTES = 32;
/** Two installs taking turns, each with a cache for small runs and one for large (V8 flags): four. */
const KEEP_OTHERS = 3;
const digest = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/** The cached data, or undefined when there is none or its checksum fails. */
function readCache(cacheFile: string): Buffer | undefined {
  try {
    const file = readFileSync(cacheFile);
    const data = file.subarray(DIGEST_BYTES);
    return data.length > 0 && digest(data).equals(file.subarray(0, DIGEST_BYTES)) ? data : undefined;
  } catch {
    // No cache yet (or unreadable): compile, and write one at exit.
    return undefined;
  }
}

function writeCache(script: Script, dir: string, name: string, bytes: Uint8Array): void {
  try {
    const cacheFile = cacheFileOf(dir, name, bytes);
    const data = script.createCachedData();
    mkdirSync(dir, { recursive: true });
    // Caches of other builds, Node versions or flags of the same file: the newest KEEP_OTHERS stay
    // (two installs, say a global and a project's own, may take turns), older ones are of no use.
    const others = readdirSync(dir)
      .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.v8') && f !== basename(cacheFile))
      .map((f) => ({ path: join(dir, f), time: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of others.slice(KEEP_OTHERS)) rmSync(old.path, { force: true });
    // Through a temporary name of this thread's: worker threads load the validators as well.
    writeQuietly(cacheFile, Buffer.concat([digest(data), data]));
  } catch {
    // A read-only or full disk only costs the next run its speed.
  }
}

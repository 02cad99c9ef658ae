// A parse cache in .linkage-cache/ (git-ignored, safe to delete): each file's validated value and
// problems, keyed on its size and mtime (and ctime, when the caller gives it). A truncated, damaged or
// foreign cache is ignored and rebuilt.
//
// The file is one JSON array: a fixed-width tag that gives the header's and the body's lengths, the
// header (each file's stamp, problems and where the JSON of each top-level field lies; all ASCII,
// non-ASCII escaped as \uXXXX, so it reads as Latin-1), then those fields' JSON in UTF-8 (escaping
// every accent of a cold load's 20 MB cost more than decoding the few fields a warm run reads).
// Fields are parsed on first access: `status` never reads an agreement's articles, so it never pays
// for them. A save copies the bytes of the entries it did not change instead of serializing them.
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  type Stats,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { isPlainObject, sha256 } from './hash.js';
import type { Problem } from './problems.js';

export const CACHE_DIR = '.linkage-cache';
export const CACHE_FILE = 'parse-v1.json';
const TAG = 'linkage-parse-cache/3';
/** `["linkage-parse-cache/3 hhhhhhhhhh bbbbbbbbbb",`: the header's and the body's lengths, zero-padded. */
const TAG_BYTES = `["${TAG} ${'0'.repeat(10)} ${'0'.repeat(10)}",`.length;

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

/**
 * A cache file's body (the fields' JSON), read on first use: a run whose results all come from the
 * memos (memo.ts) reads only the header. Null when the file was replaced since its header was read.
 */
interface Body {
  length: number;
  bytes(): Buffer | null;
  /** Bytes [start, end) of the body: read alone while few are asked for, from the whole body after. */
  slice(start: number, end: number): Buffer | null;
}

/** Where a field's JSON lies: offsets into the body of the cache file it came from. */
interface Raw {
  body: Body;
  /** [key, start, end, …] for a mapping, [start, end] for any other value, null for none. */
  fields: (string | number)[] | null;
}

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  ctimeMs: number | null;
  value: unknown;
  problems: Problem[];
  /** SHA-256 of the bytes, kept while the mtime is too recent to be trusted. */
  hash?: string;
  raw?: Raw;
}

/** Whether an entry has a value (its file loaded), told without building the value. */
export const hasValue = (e: CacheEntry): boolean =>
  e.raw ? e.raw.fields !== null : e.value !== null && e.value !== undefined;

/** [size, mtimeMs, ctimeMs, problems, fields, hash?] */
type HeaderEntry = [number, number, number | null, Problem[], (string | number)[] | null, string?];

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
   * An entry whose value arrives as fields' JSON in `body` (BodyWriter), from a parse worker: it is
   * parsed on first read like an entry read from disk. `hash`: the bytes' SHA-256, for a recent file.
   */
  setSerialized(
    file: string,
    stamp: { size: number; mtimeMs: number; ctimeMs: number },
    problems: Problem[],
    body: Buffer,
    fields: (string | number)[] | null,
    hash?: string,
  ): void;
  save(): void;
}

/** Reads a file afresh (parsed and validated): the fallback when a cached field does not parse. */
export type Reparse = (file: string) => unknown;

/** `\uXXXX` for each non-ASCII character met so far (a table built once costs more than it saves). */
const escapes = new Map<string, string>();
const escapeChar = (c: string) => {
  let e = escapes.get(c);
  if (e === undefined) {
    e = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    escapes.set(c, e);
  }
  return e;
};

/** JSON with every non-ASCII character escaped, so that the header reads as Latin-1. */
const asciiJson = (value: unknown): string => (JSON.stringify(value) ?? 'null').replace(/[\u007f-\uffff]/g, escapeChar);

/** The fields list of a header entry: its shape only; offsets are checked when a field is read. */
function validFields(f: unknown): f is (string | number)[] | null {
  return f === null || (Array.isArray(f) && (f.length === 2 || f.length % 3 === 0));
}

/** Whether [start, end) are offsets of a range of the body (header entries are checked, not trusted). */
const inBody = (body: Body, start: unknown, end: unknown): boolean =>
  Number.isSafeInteger(start) &&
  Number.isSafeInteger(end) &&
  (start as number) >= 0 &&
  (start as number) <= (end as number) &&
  (end as number) <= body.length;

/** Fields this short are parsed at once: an accessor costs more than their JSON. */
const EAGER_BYTES = 48;

/**
 * Makes `obj[key]` computed on first read: the getter replaces itself with a plain data property, and
 * a write before any read simply defines one.
 */
export function lazyProperty<T extends object>(obj: T, key: keyof T & string, compute: () => unknown): void {
  const define = (value: unknown) =>
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      define(value);
      return value;
    },
    set: define,
  });
}

/**
 * A mapping whose top-level fields are parsed from the cache on first read (lazyProperty). A field whose bytes do not parse
 * (a damaged file that kept its length) is taken from the source file instead.
 */
function lazyMapping(raw: Raw, fresh: () => Record<string, unknown>): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  const fields = raw.fields as (string | number)[];
  const parse = (key: string, start: unknown, end: unknown): unknown => {
    if (!inBody(raw.body, start, end)) return fresh()[key];
    const bytes = raw.body.slice(start as number, end as number);
    if (bytes === null) return fresh()[key];
    try {
      return JSON.parse(bytes.toString('utf8'));
    } catch {
      return fresh()[key];
    }
  };
  for (let i = 0; i < fields.length; i += 3) {
    const key = fields[i];
    const start = fields[i + 1];
    const end = fields[i + 2];
    if (typeof key !== 'string') return fresh();
    if ((end as number) - (start as number) <= EAGER_BYTES) {
      obj[key] = parse(key, start, end);
      continue;
    }
    lazyProperty(obj, key, () => parse(key, start, end));
  }
  return obj;
}

/** `length` bytes of an open file at `position`; null when the file is shorter. */
function readAt(fd: number, position: number, length: number): Buffer | null {
  const buf = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buf, done, length - done, position + done);
    if (n === 0) return null;
    done += n;
  }
  return buf;
}

/**
 * Fields read one by one before the whole body is read instead: a warm check reads only
 * linkage.yaml's fields (a few reads of a 2 MB body per 100 cases), a run that builds every value
 * reads the body once.
 */
const SLICE_READS = 64;

/** The body of the cache file at `path`, as long as it is still the file whose header was read. */
function lazyBody(path: string, start: number, length: number, stamp: Stats): Body {
  let bytes: Buffer | null | undefined;
  let reads = 0;
  /** `n` bytes at `at` in the body, from the file if it is still the one whose header was read. */
  const read = (at: number, n: number): Buffer | null => {
    try {
      const fd = openSync(path, 'r');
      try {
        const now = fstatSync(fd);
        if (now.ino === stamp.ino && now.size === stamp.size && now.mtimeMs === stamp.mtimeMs)
          return readAt(fd, start + at, n);
      } finally {
        closeSync(fd);
      }
    } catch {}
    return null;
  };
  const body: Body = {
    length,
    bytes() {
      if (bytes === undefined) bytes = read(0, length);
      return bytes;
    },
    slice(s, e) {
      if (bytes === undefined && ++reads <= SLICE_READS) return read(s, e - s);
      return body.bytes()?.subarray(s, e) ?? null;
    },
  };
  return body;
}

function readCache(path: string, reparse: Reparse): Map<string, CacheEntry> | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  let stamp: Stats;
  let head: Buffer | null;
  let headerText: string;
  let bodyStart: number;
  let bodyLength: number;
  try {
    stamp = fstatSync(fd);
    // ["linkage-parse-cache/3 hhhhhhhhhh bbbbbbbbbb",{header},field,field,…]
    head = stamp.size >= TAG_BYTES ? readAt(fd, 0, TAG_BYTES) : null;
    const tag = head && /^\["([^ "]+) (\d{10}) (\d{10})",$/.exec(head.toString('latin1'));
    if (!tag || tag[1] !== TAG) return null;
    const headerLength = Number(tag[2]);
    bodyStart = TAG_BYTES + headerLength + 1;
    bodyLength = Number(tag[3]);
    // A truncated or padded file is ignored whole.
    if (bodyStart + bodyLength + 1 !== stamp.size || readAt(fd, stamp.size - 1, 1)?.[0] !== 0x5d) return null;
    const header = readAt(fd, TAG_BYTES, headerLength + 1);
    if (header?.[headerLength] !== 0x2c) return null;
    headerText = header.toString('latin1', 0, headerLength);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
  let header: { version?: unknown; entries?: unknown };
  try {
    header = JSON.parse(headerText);
  } catch {
    return null;
  }
  if (header.version !== CACHE_VERSION || header.entries === null || typeof header.entries !== 'object') return null;
  const body = lazyBody(path, bodyStart, bodyLength, stamp);
  const entries = new Map<string, CacheEntry>();
  for (const [file, h] of Object.entries(header.entries as Record<string, unknown>)) {
    if (!Array.isArray(h) || h.length < 5 || h.length > 6) return null;
    const [size, mtimeMs, ctimeMs, problems, fields, hash] = h as HeaderEntry;
    if (typeof size !== 'number' || typeof mtimeMs !== 'number' || !Array.isArray(problems)) return null;
    if (!validFields(fields)) return null;
    const raw: Raw = { body, fields };
    const entry: CacheEntry = {
      size,
      mtimeMs,
      ctimeMs: typeof ctimeMs === 'number' ? ctimeMs : null,
      value: null,
      problems,
      ...(typeof hash === 'string' ? { hash } : {}),
      raw,
    };
    // Built on first read: an entry whose case's results come from the memos is never built.
    lazyProperty(entry, 'value', () => entryValue(file, raw, reparse));
    entries.set(file, entry);
  }
  return entries;
}

/** An entry's value from its fields' JSON: a mapping whose fields parse on first read. */
function entryValue(file: string, raw: Raw, reparse: Reparse): unknown {
  const fields = raw.fields;
  if (fields === null) return null;
  if (fields.length === 2) {
    // Not a mapping (never the case for a YAML file that loads): parsed now.
    const [start, end] = fields;
    if (inBody(raw.body, start, end)) {
      try {
        const bytes = raw.body.slice(start as number, end as number);
        if (bytes) return JSON.parse(bytes.toString('utf8'));
      } catch {}
    }
    return reparse(file);
  }
  let fresh: Record<string, unknown> | undefined;
  return lazyMapping(raw, () => {
    if (!fresh) {
      const v = reparse(file);
      fresh = isPlainObject(v) ? v : {};
    }
    return fresh;
  });
}

/**
 * Opens the workspace's cache. `reparse` reads a file afresh; it is called only if a field's bytes do
 * not parse in a cache file of the right length.
 */
export function openCache(root: string, enabled: boolean, reparse: Reparse = () => null): ParseCache {
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
      const entry: CacheEntry = { size, mtimeMs, ctimeMs: ctimeMs ?? null, value, problems };
      if (Date.now() - mtimeMs < RACY_MS) {
        try {
          entry.hash = sha256(bytes ?? readFileSync(join(root, file)));
        } catch {
          entries.delete(file);
          return;
        }
      }
      entries.set(file, entry);
      dirty = true;
    },
    setSerialized(file, stamp, problems, body, fields, hash) {
      touched.add(file);
      const raw: Raw = {
        body: { length: body.length, bytes: () => body, slice: (s, e) => body.subarray(s, e) },
        fields,
      };
      const entry: CacheEntry = { ...stamp, value: null, problems, ...(hash !== undefined ? { hash } : {}), raw };
      lazyProperty(entry, 'value', () => entryValue(file, raw, reparse));
      entries.set(file, entry);
      dirty = true;
    },
    save() {
      if (!enabled || !dirty) return;
      // Entries of files that are gone (a case deleted or renamed) go too.
      for (const file of [...entries.keys()]) {
        if (!touched.has(file) && !existsSync(join(root, file))) entries.delete(file);
      }
      if (writeCacheFile(root, CACHE_FILE, serialize(entries))) dirty = false;
    },
  };
}

/**
 * Writes a file of .linkage-cache/ whole or not at all (temp file + rename), so a crash or a
 * concurrent run never leaves half a cache. False when it cannot: a read-only workspace still works,
 * only without the cache.
 */
export function writeCacheFile(root: string, name: string, bytes: Uint8Array | string): boolean {
  const dir = join(root, CACHE_DIR);
  const path = join(dir, name);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether an entry's offsets can be copied as they are (a damaged header, or a body that can no
 * longer be read, is serialized afresh).
 */
function intact(raw: Raw): boolean {
  const f = raw.fields;
  if (f === null) return true;
  if (raw.body.bytes() === null) return false;
  const step = f.length === 2 ? 2 : 3;
  for (let i = step - 2; i < f.length; i += step) {
    if (!inBody(raw.body, f[i], f[i + 1])) return false;
  }
  return true;
}

/** Fields' JSON appended one after another, comma-separated: the body of a cache file. */
export class BodyWriter {
  readonly parts: Buffer[] = [];
  length = 0;

  /** Appends one field's JSON; returns its [start, end] in the body. */
  push(json: Buffer): [number, number] {
    if (this.parts.length > 0) {
      this.parts.push(COMMA);
      this.length += 1;
    }
    this.parts.push(json);
    this.length += json.length;
    return [this.length - json.length, this.length];
  }

  /** Appends a freshly parsed value: each top-level field of a mapping, or the value whole. */
  pushValue(value: unknown): (string | number)[] | null {
    if (isPlainObject(value)) {
      const fields: (string | number)[] = [];
      for (const [key, v] of Object.entries(value)) {
        if (v !== undefined) fields.push(key, ...this.push(Buffer.from(JSON.stringify(v), 'utf8')));
      }
      return fields;
    }
    return value !== null && value !== undefined ? this.push(Buffer.from(JSON.stringify(value), 'utf8')) : null;
  }
}

function serialize(entries: Map<string, CacheEntry>): Buffer {
  const header: Record<string, HeaderEntry> = {};
  const body = new BodyWriter();
  for (const [file, e] of entries) {
    let fields: (string | number)[] | null = null;
    const raw = e.raw && intact(e.raw) ? e.raw : undefined;
    const slice = (r: Raw, i: number) =>
      (r.body.bytes() as Buffer).subarray(r.fields?.[i] as number, r.fields?.[i + 1] as number);
    if (raw?.fields?.length === 2) {
      fields = body.push(slice(raw, 0));
    } else if (raw?.fields) {
      // Unchanged since it was read (or serialized by a parse worker): its bytes are copied, never parsed.
      fields = [];
      for (let i = 0; i < raw.fields.length; i += 3)
        fields.push(raw.fields[i] as string, ...body.push(slice(raw, i + 1)));
    } else if (raw) {
      fields = null;
    } else {
      fields = body.pushValue(e.value);
    }
    header[file] = [
      e.size,
      e.mtimeMs,
      e.ctimeMs,
      e.problems,
      fields,
      ...(e.hash !== undefined ? [e.hash] : []),
    ] as HeaderEntry;
  }
  // The file stays valid JSON with no field at all: a `null` that no entry points to.
  if (body.parts.length === 0) body.push(NULL);
  const head = Buffer.from(asciiJson({ version: CACHE_VERSION, entries: header }), 'latin1');
  const pad = (n: number) => String(n).padStart(10, '0');
  const tag = Buffer.from(`["${TAG} ${pad(head.length)} ${pad(body.length)}",`, 'latin1');
  return Buffer.concat([tag, head, COMMA, ...body.parts, CLOSE]);
}

const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');
const NULL = Buffer.from('null');

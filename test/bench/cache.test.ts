// The parse cache: whatever happens to .linkage-cache/, a load gives what a fresh parse gives.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_DIR, CACHE_FILE, openCache } from '../../src/workspace/cache.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import type { Problem } from '../../src/workspace/problems.js';
import { copyWorkspace, tempDir } from '../helpers.js';

const OLD = Date.now() / 1000 - 3600;

/** A file with an mtime an hour ago, so that its entry needs no hash. */
function oldFile(root: string, file: string, content: string) {
  const abs = join(root, file);
  mkdirSync(join(abs, '..'), { recursive: true });
  writeFileSync(abs, content);
  utimesSync(abs, OLD, OLD);
  const s = statSync(abs);
  return { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
}

const VALUE = {
  schemaVersion: 1,
  counterpart: { city: { es: 'Łódź', en: 'Lodz' }, note: 'ñandú 🦤 \u2028 "quoted" \\ back' },
  steps: { letter: { date: '2026-10-20', followUpOn: null } },
  list: [1, 2.5, true, null, { deep: ['x'] }],
  empty: {},
};
const PROBLEMS: Problem[] = [
  { severity: 'warning', id: 'schema.unknown-key', params: { key: 'cität' }, file: 'a.yaml', path: ['x'] },
];

function saved(root: string) {
  const stamp = oldFile(root, 'cases/a/case.yaml', 'x: 1\n');
  const cache = openCache(root, true);
  cache.set('cases/a/case.yaml', stamp.size, stamp.mtimeMs, VALUE, PROBLEMS, stamp.ctimeMs);
  cache.save();
  return { stamp, file: join(root, CACHE_DIR, CACHE_FILE) };
}

describe('parse cache', () => {
  it('gives back values and problems, non-ASCII text included, from a file that is valid JSON with an ASCII header', () => {
    const root = tempDir();
    const { stamp, file } = saved(root);
    const bytes = readFileSync(file);
    const [tag, header] = JSON.parse(bytes.toString('utf8'));
    const headerBytes = Number(String(tag).split(' ')[1]);
    // The header (problems included) reads as Latin-1; the fields' JSON is UTF-8.
    expect(bytes.subarray(0, headerBytes + 60).every((b) => b < 0x80)).toBe(true);
    expect(JSON.stringify(header.entries)).toContain('cases/a/case.yaml');
    expect(bytes.some((b) => b >= 0x80)).toBe(true);
    const entry = openCache(root, true).get('cases/a/case.yaml', stamp.size, stamp.mtimeMs, stamp.ctimeMs);
    expect(entry?.value).toEqual(VALUE);
    expect(JSON.stringify(entry?.value)).toBe(JSON.stringify(VALUE));
    expect(entry?.problems).toEqual(PROBLEMS);
  });

  it('parses a field only when it is read, and a write before any read sticks', () => {
    const root = tempDir();
    const { stamp } = saved(root);
    const value = openCache(root, true).get('cases/a/case.yaml', stamp.size, stamp.mtimeMs)?.value as Record<
      string,
      unknown
    >;
    expect(Object.keys(value)).toEqual(Object.keys(VALUE));
    expect(Object.getOwnPropertyDescriptor(value, 'steps')?.get).toBeTypeOf('function');
    expect(value.steps).toEqual(VALUE.steps);
    expect(Object.getOwnPropertyDescriptor(value, 'steps')?.value).toEqual(VALUE.steps);
    value.list = 'replaced';
    expect(value.list).toBe('replaced');
    expect({ ...value }.counterpart).toEqual(VALUE.counterpart);
  });

  it('misses when size, mtime or ctime differ', () => {
    const root = tempDir();
    const { stamp } = saved(root);
    const cache = openCache(root, true);
    expect(cache.get('cases/a/case.yaml', stamp.size + 1, stamp.mtimeMs)).toBeUndefined();
    expect(cache.get('cases/a/case.yaml', stamp.size, stamp.mtimeMs + 1)).toBeUndefined();
    expect(cache.get('cases/a/case.yaml', stamp.size, stamp.mtimeMs, stamp.ctimeMs + 1)).toBeUndefined();
    expect(cache.get('cases/a/case.yaml', stamp.size, stamp.mtimeMs)).toBeDefined();
  });

  it('ignores a cache cut anywhere, and a load rebuilds it', () => {
    const root = copyWorkspace('minimal');
    const first = loadWorkspace(root);
    const file = join(root, CACHE_DIR, CACHE_FILE);
    const full = readFileSync(file);
    for (const cut of [1, 20, Math.floor(full.length / 3), Math.floor(full.length / 2), full.length - 1]) {
      writeFileSync(file, full.subarray(0, cut));
      const again = loadWorkspace(root);
      expect(again.cases.map((c) => c.case)).toEqual(first.cases.map((c) => c.case));
      expect(again.problems).toEqual(first.problems);
      expect(readFileSync(file).length).toBe(full.length);
    }
  });

  it('ignores a cache padded at the end, an old JSON layout and another tool version', () => {
    const root = tempDir();
    const { stamp, file } = saved(root);
    const full = readFileSync(file);
    const hit = () => openCache(root, true).get('cases/a/case.yaml', stamp.size, stamp.mtimeMs);
    writeFileSync(file, Buffer.concat([full, Buffer.from(' ')]));
    expect(hit()).toBeUndefined();
    writeFileSync(file, JSON.stringify({ version: 'x', entries: { 'cases/a/case.yaml': { size: stamp.size } } }));
    expect(hit()).toBeUndefined();
    writeFileSync(file, full.toString('latin1').replace(/"version":"[^"]*"/, '"version":"9.9.9+other"'));
    expect(hit()).toBeUndefined();
    writeFileSync(file, full);
    expect(hit()).toBeDefined();
  });

  it('reads the source file again when a field is damaged but the length kept', () => {
    const root = tempDir();
    const { stamp, file } = saved(root);
    const text = readFileSync(file, 'latin1');
    // Damage the JSON of `steps` without changing the file's length.
    const at = text.indexOf('{"letter"');
    writeFileSync(file, `${text.slice(0, at)}!${text.slice(at + 1)}`, 'latin1');
    const fresh = { ...VALUE, steps: { reparsed: true } };
    const value = openCache(root, true, () => fresh).get('cases/a/case.yaml', stamp.size, stamp.mtimeMs)?.value as
      | Record<string, unknown>
      | undefined;
    expect(value?.steps).toEqual({ reparsed: true });
    expect(value?.counterpart).toEqual(VALUE.counterpart);
  });

  it('reads fields from the source file when the cache file was replaced after its header was read', () => {
    const root = tempDir();
    const { stamp, file } = saved(root);
    const opened = openCache(root, true, () => ({ ...VALUE, steps: { reparsed: true } }));
    // Another run replaces the cache (rename) with other bytes at the same offsets.
    const other = readFileSync(file, 'latin1').replace('"letter"', '"LETTER"');
    writeFileSync(`${file}.new`, other, 'latin1');
    renameSync(`${file}.new`, file);
    const value = opened.get('cases/a/case.yaml', stamp.size, stamp.mtimeMs)?.value as Record<string, unknown>;
    expect(value.steps).toEqual({ reparsed: true });
    // Unchanged, the body is read on first use only, and gives the cached value.
    const again = openCache(root, true).get('cases/a/case.yaml', stamp.size, stamp.mtimeMs)?.value as Record<
      string,
      unknown
    >;
    expect(again.steps).toEqual({ LETTER: VALUE.steps.letter });
  });

  it('keeps a hash for a file changed moments ago, and trusts its mtime once it is old', () => {
    const root = tempDir();
    const abs = join(root, 'cases/a/case.yaml');
    mkdirSync(join(abs, '..'), { recursive: true });
    writeFileSync(abs, 'a: 1\n');
    const s = statSync(abs);
    const cache = openCache(root, true);
    cache.set('cases/a/case.yaml', s.size, s.mtimeMs, { a: 1 }, []);
    cache.save();
    // Same size, same mtime, other bytes: what a second edit within one timestamp tick looks like.
    writeFileSync(abs, 'a: 2\n');
    utimesSync(abs, s.atime, s.mtime);
    expect(openCache(root, true).get('cases/a/case.yaml', s.size, s.mtimeMs)).toBeUndefined();
    writeFileSync(abs, 'a: 1\n');
    utimesSync(abs, OLD, OLD);
    const old = statSync(abs);
    const reopened = openCache(root, true);
    reopened.set('cases/a/case.yaml', old.size, old.mtimeMs, { a: 1 }, []);
    reopened.save();
    expect(readFileSync(join(root, CACHE_DIR, CACHE_FILE), 'latin1')).not.toMatch(/[0-9a-f]{64}/);
  });

  it('copies unchanged entries on save without parsing them, and drops those of deleted files', () => {
    const root = tempDir();
    const a = oldFile(root, 'cases/a/case.yaml', 'a: 1\n');
    const b = oldFile(root, 'cases/b/case.yaml', 'b: 1\n');
    const first = openCache(root, true);
    first.set('cases/a/case.yaml', a.size, a.mtimeMs, VALUE, []);
    first.set('cases/b/case.yaml', b.size, b.mtimeMs, { b: 1 }, []);
    first.save();
    rmSync(join(root, 'cases/b'), { recursive: true });
    const c = oldFile(root, 'cases/c/case.yaml', 'c: 1\n');
    const second = openCache(root, true);
    const lazy = second.get('cases/a/case.yaml', a.size, a.mtimeMs)?.value as object;
    second.set('cases/c/case.yaml', c.size, c.mtimeMs, { c: 1 }, []);
    second.save();
    expect(Object.getOwnPropertyDescriptor(lazy, 'counterpart')?.get).toBeTypeOf('function');
    const third = openCache(root, true);
    expect(third.get('cases/a/case.yaml', a.size, a.mtimeMs)?.value).toEqual(VALUE);
    expect(third.get('cases/c/case.yaml', c.size, c.mtimeMs)?.value).toEqual({ c: 1 });
    expect(readFileSync(join(root, CACHE_DIR, CACHE_FILE), 'latin1')).not.toContain('cases/b/case.yaml');
  });

  it('neither reads nor writes when disabled', () => {
    const root = tempDir();
    const { stamp, file } = saved(root);
    const off = openCache(root, false);
    expect(off.get('cases/a/case.yaml', stamp.size, stamp.mtimeMs)).toBeUndefined();
    rmSync(file);
    off.set('cases/a/case.yaml', stamp.size, stamp.mtimeMs, VALUE, []);
    off.save();
    expect(() => statSync(file)).toThrow();
  });

  it('gives the same workspace warm as cold', () => {
    const root = copyWorkspace('demo');
    const cold = loadWorkspace(root, { cache: false });
    loadWorkspace(root);
    const warm = loadWorkspace(root);
    expect(JSON.parse(JSON.stringify(warm))).toEqual(JSON.parse(JSON.stringify(cold)));
  });
});

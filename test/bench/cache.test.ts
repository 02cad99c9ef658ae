// The parse cache: whatever happens to .linkage-cache/, a load gives what a fresh parse gives.
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

/** A reparse function that counts its calls. */
function counting(value: unknown) {
  const calls: string[] = [];
  const reparse = (file: string) => {
    calls.push(file);
    return value;
  };
  return { calls, reparse };
}

describe('parse cache', () => {
  it("keeps each file's problems and whether it loaded, not its value: the value is the file read again, when asked for", () => {
    const root = tempDir();
    const { stamp, file } = saved(root);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text).entries['cases/a/case.yaml']).toEqual([
      stamp.size,
      stamp.mtimeMs,
      stamp.ctimeMs,
      PROBLEMS,
      1,
      null,
    ]);
    expect(text).not.toContain('ñandú');
    const { calls, reparse } = counting({ fresh: true });
    const entry = openCache(root, true, reparse).get('cases/a/case.yaml', stamp.size, stamp.mtimeMs, stamp.ctimeMs);
    expect(entry?.problems).toEqual(PROBLEMS);
    expect(entry?.loaded).toBe(true);
    expect(calls).toEqual([]);
    expect(entry?.value).toEqual({ fresh: true });
    expect(entry?.value).toEqual({ fresh: true });
    expect(calls).toEqual(['cases/a/case.yaml']);
  });

  it('keeps the value of a file it is told to keep, and gives it back without reading the file', () => {
    const root = tempDir();
    const stamp = oldFile(root, 'linkage.yaml', 'x: 1\n');
    const keep = (file: string) => file === 'linkage.yaml';
    const first = openCache(root, true, () => null, keep);
    first.set('linkage.yaml', stamp.size, stamp.mtimeMs, VALUE, [], stamp.ctimeMs);
    first.save();
    const { calls, reparse } = counting({ fresh: true });
    const entry = openCache(root, true, reparse, keep).get('linkage.yaml', stamp.size, stamp.mtimeMs);
    expect(entry?.value).toEqual(VALUE);
    expect(calls).toEqual([]);
  });

  it('never reads a file that did not load', () => {
    const root = tempDir();
    const stamp = oldFile(root, 'cases/a/case.yaml', ': broken\n');
    const first = openCache(root, true);
    first.set('cases/a/case.yaml', stamp.size, stamp.mtimeMs, null, PROBLEMS, stamp.ctimeMs);
    first.save();
    const { calls, reparse } = counting({ fresh: true });
    const entry = openCache(root, true, reparse).get('cases/a/case.yaml', stamp.size, stamp.mtimeMs);
    expect(entry?.loaded).toBe(false);
    expect(entry?.value).toBeNull();
    expect(calls).toEqual([]);
  });

  it('takes a file a parse worker parsed: its problems as given, its value the file read again', () => {
    const root = tempDir();
    const stamp = oldFile(root, 'cases/a/case.yaml', 'x: 1\n');
    const { calls, reparse } = counting({ fresh: true });
    const cache = openCache(root, true, reparse);
    cache.setParsed({ file: 'cases/a/case.yaml', ...stamp, problems: PROBLEMS, loaded: true });
    const entry = cache.get('cases/a/case.yaml', stamp.size, stamp.mtimeMs, stamp.ctimeMs);
    expect(entry?.problems).toEqual(PROBLEMS);
    expect(entry?.loaded).toBe(true);
    expect(calls).toEqual([]);
    expect(entry?.value).toEqual({ fresh: true });
    cache.save();
    expect(openCache(root, true).get('cases/a/case.yaml', stamp.size, stamp.mtimeMs)?.problems).toEqual(PROBLEMS);
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

  it('ignores an older layout, another tag and another tool version', () => {
    const root = tempDir();
    const { stamp, file } = saved(root);
    const full = readFileSync(file, 'utf8');
    const hit = () => openCache(root, true).get('cases/a/case.yaml', stamp.size, stamp.mtimeMs);
    writeFileSync(file, JSON.stringify({ version: 'x', entries: { 'cases/a/case.yaml': { size: stamp.size } } }));
    expect(hit()).toBeUndefined();
    // The layout before this one: a tag, a header and the values' JSON, in one array.
    writeFileSync(file, `["linkage-parse-cache/3 0000000002 0000000004",{},null]`);
    expect(hit()).toBeUndefined();
    writeFileSync(file, full.replace('"linkage-parse-cache/4"', '"linkage-parse-cache/9"'));
    expect(hit()).toBeUndefined();
    writeFileSync(file, full.replace(/"version":"[^"]*"/, '"version":"9.9.9+other"'));
    expect(hit()).toBeUndefined();
    writeFileSync(file, full.replace(/,1,null\]/, ',2,null]'));
    expect(hit()).toBeUndefined();
    writeFileSync(file, full);
    expect(hit()).toBeDefined();
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

  it('keeps unchanged entries on save without reading their files, and drops those of deleted files', () => {
    const root = tempDir();
    const a = oldFile(root, 'cases/a/case.yaml', 'a: 1\n');
    const b = oldFile(root, 'cases/b/case.yaml', 'b: 1\n');
    const first = openCache(root, true);
    first.set('cases/a/case.yaml', a.size, a.mtimeMs, VALUE, PROBLEMS);
    first.set('cases/b/case.yaml', b.size, b.mtimeMs, { b: 1 }, []);
    first.save();
    rmSync(join(root, 'cases/b'), { recursive: true });
    const c = oldFile(root, 'cases/c/case.yaml', 'c: 1\n');
    const { calls, reparse } = counting(VALUE);
    const second = openCache(root, true, reparse);
    expect(second.get('cases/a/case.yaml', a.size, a.mtimeMs)?.loaded).toBe(true);
    second.set('cases/c/case.yaml', c.size, c.mtimeMs, { c: 1 }, []);
    second.save();
    expect(calls).toEqual([]);
    const third = openCache(root, true, reparse);
    expect(third.get('cases/a/case.yaml', a.size, a.mtimeMs)?.problems).toEqual(PROBLEMS);
    expect(third.get('cases/c/case.yaml', c.size, c.mtimeMs)?.loaded).toBe(true);
    expect(readFileSync(join(root, CACHE_DIR, CACHE_FILE), 'utf8')).not.toContain('cases/b/case.yaml');
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

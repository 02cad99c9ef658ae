// The V8 code cache of the CLI, the document renderer and the schema checks (src/code-cache.ts), through
// the built CLI: written by a first `generate` (or cold `status`), used as it is by the next, and a
// damaged, stale or unwritable one never changes a byte of the output. Node ≥ 22.1 uses its own compile cache instead, so there is nothing to see there.
import { isAscii } from 'node:buffer';
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generate } from '../../bench/generate.mjs';
import { codeCacheDir } from '../../src/code-cache.js';
import { clearCaches, copyWorkspace, REPO, runCli, tempDir } from '../helpers.js';

const nodeHasCompileCache = 'enableCompileCache' in module;

/** `generate letter` on a copy of the minimal workspace with its own cache home: the PDF's bytes. */
function letter(root: string, env: Record<string, string>): Buffer {
  const r = runCli(['generate', 'letter', 'leon-es', '--lang', 'es', '--out', join(root, 'out')], {
    cwd: root,
    env: { LINKAGE_TODAY: '2026-11-28', ...env },
  });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return readFileSync(join(root, 'out', 'letter-leon-es-es.pdf'));
}

/** The renderer's cache files (a cold load also writes the validity checks' one: its own test below). */
const cacheFiles = (dir: string, name = 'renderer'): string[] => {
  try {
    return readdirSync(dir)
      .filter((f) => f.startsWith(`${name}-`))
      .sort();
  } catch {
    return [];
  }
};

describe('the code cache folder', () => {
  it('is $XDG_CACHE_HOME/linkage, else ~/.cache/linkage; LINKAGE_CODE_CACHE=0 turns it off', () => {
    if (process.platform === 'win32') {
      expect(codeCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' })).toBe(
        'C:\\Users\\a\\AppData\\Local\\linkage',
      );
      return;
    }
    expect(codeCacheDir({ XDG_CACHE_HOME: '/var/cache/u' })).toBe('/var/cache/u/linkage');
    // A relative XDG_CACHE_HOME is invalid by the XDG spec: the default applies.
    expect(codeCacheDir({ XDG_CACHE_HOME: 'rel' })).toMatch(/[/\\]\.cache[/\\]linkage$/);
    expect(codeCacheDir({ LINKAGE_CODE_CACHE: '0', XDG_CACHE_HOME: '/var/cache/u' })).toBeUndefined();
  });
});

describe.skipIf(nodeHasCompileCache)('the renderer’s code cache (Node < 22.1)', () => {
  it('is written by the first run, used unchanged by the second, and gives the same bytes', () => {
    const root = copyWorkspace('minimal');
    const home = tempDir('linkage-xdg-');
    const dir = join(home, 'linkage');
    const first = letter(root, { XDG_CACHE_HOME: home });
    const files = cacheFiles(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^renderer-[0-9a-f]{16}\.v8$/);
    const file = join(dir, files[0] as string);
    const written = readFileSync(file);
    const stamp = statSync(file).mtimeMs;

    const second = letter(root, { XDG_CACHE_HOME: home });
    expect(second.equals(first)).toBe(true);
    // Accepted: not rewritten.
    expect(cacheFiles(dir)).toEqual(files);
    expect(statSync(file).mtimeMs).toBe(stamp);
    expect(readFileSync(file).equals(written)).toBe(true);
  });

  it('ignores a damaged cache, replaces it, and still writes the same PDF', () => {
    const root = copyWorkspace('minimal');
    const home = tempDir('linkage-xdg-');
    const dir = join(home, 'linkage');
    const expected = letter(root, { XDG_CACHE_HOME: home });
    const file = join(dir, cacheFiles(dir)[0] as string);
    const good = readFileSync(file);

    // One flipped byte in the middle of V8's data: its own header checks would not notice.
    const flipped = Buffer.from(good);
    const middle = flipped.length >> 1;
    flipped[middle] = (flipped[middle] as number) ^ 0xff;
    writeFileSync(file, flipped);
    expect(letter(root, { XDG_CACHE_HOME: home }).equals(expected)).toBe(true);
    expect(readFileSync(file).equals(flipped)).toBe(false);

    // Garbage, and an empty file.
    for (const junk of [Buffer.from('not a code cache'), Buffer.alloc(0)]) {
      writeFileSync(file, junk);
      expect(letter(root, { XDG_CACHE_HOME: home }).equals(expected)).toBe(true);
      expect(readFileSync(file).length).toBeGreaterThan(1000);
    }
  });

  it('keeps the three newest caches of other builds or flags; an unwritable folder or LINKAGE_CODE_CACHE=0 costs only speed', () => {
    const root = copyWorkspace('minimal');
    const home = tempDir('linkage-xdg-');
    const dir = join(home, 'linkage');
    const expected = letter(root, { XDG_CACHE_HOME: home });
    const [current] = cacheFiles(dir);
    // Four other builds, one to four days old.
    const others = ['a', 'b', 'c', 'd'].map((x) => `renderer-000000000000000${x}.v8`);
    others.forEach((f, i) => {
      writeFileSync(join(dir, f), 'another build');
      const days = (i + 1) * 86_400;
      utimesSync(join(dir, f), Date.now() / 1000 - days, Date.now() / 1000 - days);
    });
    writeFileSync(join(dir, current as string), 'damaged');
    expect(letter(root, { XDG_CACHE_HOME: home }).equals(expected)).toBe(true);
    expect(cacheFiles(dir)).toEqual([...others.slice(0, 3), current].sort());

    // The cache home is a file: no folder can be made under it.
    const blocked = join(tempDir('linkage-xdg-'), 'a-file');
    writeFileSync(blocked, '');
    expect(letter(root, { XDG_CACHE_HOME: blocked }).equals(expected)).toBe(true);

    const off = tempDir('linkage-xdg-');
    expect(letter(root, { XDG_CACHE_HOME: off, LINKAGE_CODE_CACHE: '0' }).equals(expected)).toBe(true);
    expect(cacheFiles(join(off, 'linkage'))).toEqual([]);
  });

  it('reads the bundles the build made ASCII (so one-byte strings, read as Latin-1)', () => {
    for (const file of ['cli.cjs', 'parse-worker.cjs', 'workspace-worker.cjs', join('lazy', 'renderer.cjs')]) {
      expect({ file, ascii: isAscii(readFileSync(join(REPO, 'dist', file))) }).toEqual({ file, ascii: true });
    }
  });
});

describe.skipIf(nodeHasCompileCache)('the validity checks’ code cache (Node < 22.1)', () => {
  it('is written by a cold load, used by the next, and a damaged one changes nothing', () => {
    const root = copyWorkspace('demo');
    const home = tempDir('linkage-xdg-');
    const dir = join(home, 'linkage');
    const cold = () => {
      clearCaches([root]);
      const r = runCli(['check', '--format', 'json', '-C', root], { env: { XDG_CACHE_HOME: home } });
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    const expected = cold();
    const files = cacheFiles(dir, 'validity');
    expect(files).toHaveLength(1);
    // Every file of the demo passes the checks: ajv's validators never loaded.
    expect(cacheFiles(dir, 'validators')).toEqual([]);
    const file = join(dir, files[0] as string);
    const stamp = statSync(file).mtimeMs;
    expect(cold()).toBe(expected);
    expect(statSync(file).mtimeMs).toBe(stamp);
    writeFileSync(file, 'damaged');
    expect(cold()).toBe(expected);
    expect(readFileSync(file).length).toBeGreaterThan(1000);
  });

  it('leaves ajv’s validators to a file the checks reject, which they explain', () => {
    const root = copyWorkspace('demo');
    const home = tempDir('linkage-xdg-');
    const dir = join(home, 'linkage');
    const file = join(root, 'cases', 'krakow-pl', 'case.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind: sister-cities$/m, 'kind: sister-citys'));
    const r = runCli(['check', '--format', 'json', '-C', root], { env: { XDG_CACHE_HOME: home } });
    expect(r.code).toBe(1);
    const errors = (JSON.parse(r.stdout) as { problems: { severity: string; file: string; id: string }[] }).problems
      .filter((p) => p.severity === 'error')
      .map((p) => [p.file, p.id]);
    expect(errors).toEqual([['cases/krakow-pl/case.yaml', 'schema.enum-suggestion']]);
    expect(cacheFiles(dir, 'validity')).toHaveLength(1);
    expect(cacheFiles(dir, 'validators')).toHaveLength(1);
  });
});

/** A cold `check` of one workspace with its own cache home: exit 0, nothing on stderr. */
function coldCheck(root: string, home: string): void {
  clearCaches([root]);
  const r = runCli(['check', '-C', root], { env: { XDG_CACHE_HOME: home } });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}

describe.skipIf(nodeHasCompileCache)(
  'the validity checks’ code cache, between small and large runs (Node < 22.1)',
  () => {
    it('is one per V8 flag set: a check of many cases optimises lazily, and neither rewrites the other’s', () => {
      const home = tempDir('linkage-xdg-');
      const dir = join(home, 'linkage');
      const small = copyWorkspace('demo');
      const { roots } = generate({ cases: 230, out: join(tempDir(), 'ws') });
      const cold = (root: string) => coldCheck(root, home);
      const stamps = () => cacheFiles(dir, 'validity').map((f) => [f, statSync(join(dir, f)).mtimeMs]);
      cold(small);
      expect(stamps()).toHaveLength(1);
      // 230 cases: past MIN_CASES, the run sets --interrupt-budget, and V8 rejects the small run's cache.
      cold(roots[0] as string);
      const both = stamps();
      expect(both).toHaveLength(2);
      cold(small);
      cold(roots[0] as string);
      expect(stamps()).toEqual(both);
    });

    it('is written under the flags it was loaded with: a small workspace loaded before a large one', () => {
      const home = tempDir('linkage-xdg-');
      const dir = join(home, 'linkage');
      const small = copyWorkspace('demo');
      const { roots } = generate({ cases: 230, out: join(tempDir(), 'ws') });
      const big = roots[0] as string;
      const check = (...roots: string[]) => {
        clearCaches(roots);
        const r = runCli(['check', ...roots.flatMap((root) => ['-C', root])], {
          env: { XDG_CACHE_HOME: home, LINKAGE_PARSE_THREADS: '1' },
        });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
      };
      const stamps = () =>
        [...cacheFiles(dir, 'cli.check'), ...cacheFiles(dir, 'validity')].map((f) => [
          f,
          statSync(join(dir, f)).mtimeMs,
        ]);
      // The validity checks load for the small workspace, then the large one raises the interrupt budget:
      // set back at the end, the run writes them, and the CLI, for the flags of a small run.
      check(small, big);
      const written = stamps();
      expect(written).toHaveLength(2);
      // A small run alone finds both its own: nothing new, nothing rewritten.
      check(small);
      expect(stamps()).toEqual(written);
    });
  },
);

describe.skipIf(nodeHasCompileCache)('the CLI’s own code cache (Node < 22.1)', () => {
  it('is one per command, for the CLI and its parse workers: a status first leaves check its own', () => {
    const home = tempDir('linkage-xdg-');
    const dir = join(home, 'linkage');
    const { roots } = generate({ cases: 230, out: join(tempDir(), 'ws') });
    const root = roots[0] as string;
    const run = (command: string) => {
      clearCaches([root]);
      const r = runCli(['-C', root, command], { env: { XDG_CACHE_HOME: home, LINKAGE_PARSE_THREADS: '2' } });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    };
    const stamps = () =>
      ['cli.status', 'cli.check', 'parse-worker.status', 'parse-worker.check', 'cli'].map((name) =>
        cacheFiles(dir, name).map((f) => [f, statSync(join(dir, f)).mtimeMs]),
      );
    run('status');
    run('check');
    const written = stamps();
    // Each command's, the parse worker's of each (230 cases: two threads), and none without one.
    expect(written.map((files) => files.length)).toEqual([1, 1, 1, 1, 0]);
    // Each is larger than what the other command compiled would make it: check's holds its rules.
    const size = (files: (string | number)[][]) => statSync(join(dir, files[0]?.[0] as string)).size;
    expect(size(written[1] ?? [])).toBeGreaterThan(size(written[0] ?? []));
    run('status');
    run('check');
    expect(stamps()).toEqual(written);
  });

  it('is written by a run over many cases for every run: the flags that run raised are set back first', () => {
    const home = tempDir('linkage-xdg-');
    const dir = join(home, 'linkage');
    const { roots } = generate({ cases: 230, out: join(tempDir(), 'ws') });
    const cold = (root: string) => coldCheck(root, home);
    const stamps = () => cacheFiles(dir, 'cli.check').map((f) => [f, statSync(join(dir, f)).mtimeMs]);
    cold(roots[0] as string);
    const written = stamps();
    expect(written).toHaveLength(1);
    // The demo's check, under V8's own flags, loads the CLI from that cache: nothing new or rewritten.
    cold(copyWorkspace('demo'));
    cold(roots[0] as string);
    expect(stamps()).toEqual(written);
  });
});

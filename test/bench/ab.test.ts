// bench/ab.mjs: two sides, each on its own tree, in ABBA order, under its own environment.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, tempDir } from '../helpers.js';

const AB = join(REPO, 'bench', 'ab.mjs');

function ab(args: string[], tmp = tempDir()) {
  const r = spawnSync(process.execPath, [AB, ...args], { env: { ...process.env, TMPDIR: tmp }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, tmp };
}

describe('bench/ab.mjs', () => {
  it('runs each side on its own cold tree, in ABBA order, under its own environment', () => {
    const r = ab(['--a', BIN, '--pairs', '2', '--cases', '3', '--env-b', 'LINKAGE_PARSE_THREADS=1', '--', 'check']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ command: 'check', tree: '1 x 3 cases', state: 'cold' });
    expect(out.a.runs_ms).toHaveLength(2);
    expect(out.b.runs_ms).toHaveLength(2);
    expect(out.a.env).toEqual({});
    expect(out.b.env).toEqual({ LINKAGE_PARSE_THREADS: '1' });
    expect(out.b.cli).toBe(out.a.cli);
    expect(typeof out.b_vs_a.median_pct).toBe('number');
    expect(r.stderr.match(/^[ab] \d+ ms$/gm)?.map((l) => l[0])).toEqual(['a', 'b', 'b', 'a']);
    for (const side of ['a', 'b']) {
      const root = join(r.tmp, 'linkage-ab', `1x3-${side}`);
      expect(existsSync(join(root, 'cases')), side).toBe(true);
      expect(existsSync(join(root, '.linkage-cache')), side).toBe(true);
    }
  });

  it('stops with exit 1 when a run fails, and 2 on a bad argument', () => {
    const failed = ab(['--a', BIN, '--pairs', '1', '--cases', '3', '--', 'status', 'no-such-case']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^a: exit 2/m);
    expect(ab(['--pairs', '2', '--', 'status']).code).toBe(2);
    expect(ab(['--a', BIN, '--pairs', '0', '--', 'status']).code).toBe(2);
    expect(ab(['--a', BIN, 'status']).code).toBe(2);
  });
});

// Many workspaces at once run on worker threads (src/commands/across.ts): what status and check
// report must be what one thread reports, broken workspaces and files included, cold and warm, and a
// workspace that fails in a worker must fail as it does on one thread.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generate } from '../../bench/generate.mjs';
import { clearCaches, runCli, STACK, tempDir, WORKER_STARTED } from '../helpers.js';

describe('many workspaces on several threads', () => {
  // Two workspaces of 230 cases: over the threshold for workers, each under the size that stays on
  // the main thread, and each large enough (≈4.5 MB) that on the main thread it would start parse
  // workers of its own, which a workspace worker must not.
  const { roots } = generate({ cases: 230, workspaces: 2, out: join(tempDir(), 'ws') }) as { roots: string[] };
  const edit = (file: string, change: (t: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
  /** The folder of the first case of workspace `w` copied from the demo's case `demo`. */
  const caseOf = (w: number, demo: string) => {
    const root = roots[w] as string;
    const slug = readdirSync(join(root, 'cases')).find((s) => s.startsWith(`${demo}-`)) as string;
    return { dir: join(root, 'cases', slug), slug };
  };
  edit(join(caseOf(0, 'krakow-pl').dir, 'case.yaml'), (t) => t.replace('counterpart:', 'counterpart: [broken'));
  edit(join(roots[1] as string, 'linkage.yaml'), (t) => t.replace('schemaVersion: 1', 'schemaVersion: 1\nnamee: x'));
  edit(join(caseOf(1, 'aurora-us').dir, 'agreement.yaml'), (t) => `<<<<<<< HEAD\n${t}`);
  const flags = roots.flatMap((r) => ['-C', r]);

  function run(args: string[], threads: number, cold: boolean) {
    if (cold) clearCaches(roots);
    return runCli([...args, ...flags], { env: { LINKAGE_PARSE_THREADS: String(threads), NODE_DEBUG: 'worker' } });
  }

  it('gives what one thread gives, cold and warm, in every format', { timeout: 120_000 }, () => {
    const formats = ['json', 'github'].map((f) => ['check', '--format', f]);
    for (const args of [['status'], ['status', '--format', 'json'], ['check'], ...formats]) {
      const one = run(args, 1, true);
      expect(one.stderr).not.toMatch(WORKER_STARTED);
      const many = run(args, 2, true);
      // Two workspace workers, and no parse workers inside them.
      expect(many.stderr.match(new RegExp(WORKER_STARTED, 'g'))).toHaveLength(2);
      expect(many.stderr).not.toMatch(STACK);
      expect(many.code).toBe(one.code);
      expect(many.stdout).toBe(one.stdout);
      // A warm status stays on one thread (it would not pay); a warm check does not.
      const warm = run(args, 2, false);
      expect(WORKER_STARTED.test(warm.stderr)).toBe(args[0] === 'check');
      expect(warm.code).toBe(one.code);
      expect(warm.stdout).toBe(one.stdout);
    }
    const check = JSON.parse(run(['check', '--format', 'json'], 2, false).stdout);
    const ids = check.problems.map((p: { id: string }) => p.id);
    expect(ids).toContain('yaml.conflict');
    expect(check.problems).toContainEqual(expect.objectContaining({ file: 'linkage.yaml', path: ['namee'] }));
    const status = JSON.parse(run(['status', '--format', 'json'], 2, false).stdout);
    expect(status.workspaces).toHaveLength(2);
  });

  it('takes the same workspace given twice: two workers write its caches at once, and they stay whole', () => {
    const twice = ['-C', roots[0] as string, '-C', roots[0] as string, '-C', roots[1] as string];
    const go = (threads: number) => {
      clearCaches(roots);
      return runCli(['check', '--format', 'json', ...twice], {
        env: { LINKAGE_PARSE_THREADS: String(threads), NODE_DEBUG: 'worker' },
      });
    };
    const one = go(1);
    const many = go(2);
    expect(many.stderr).toMatch(WORKER_STARTED);
    expect(many.stdout).toBe(one.stdout);
    const dir = join(roots[0] as string, '.linkage-cache');
    for (const f of readdirSync(dir)) {
      expect(f).toMatch(/\.json$/);
      expect(() => JSON.parse(readFileSync(join(dir, f), 'utf8'))).not.toThrow();
    }
  });

  it('fails as one thread does when a workspace fails in a worker', () => {
    // Only the workspace that has the case can answer: the workers fail on the others, and they
    // fail here.
    const { slug } = caseOf(1, 'hofu-jp');
    const one = run(['status', slug], 1, true);
    const many = run(['status', slug], 2, true);
    expect(one.code).toBe(2);
    expect(many.stderr).toMatch(WORKER_STARTED);
    expect(many.code).toBe(2);
    expect(many.stderr).not.toMatch(STACK);
    expect(one.stderr).toContain(slug);
    // NODE_DEBUG's trace of the workers comes first.
    expect(many.stderr.endsWith(one.stderr)).toBe(true);
  });
});

describe('a workspace too big for a worker', () => {
  it('runs on the main thread, and a failure there comes after an earlier workspace’s, as on one thread', () => {
    const out = tempDir();
    const small = (generate({ cases: 200, workspaces: 2, out: join(out, 'small') }) as { roots: string[] }).roots;
    const big = (generate({ cases: 500, out: join(out, 'big') }) as { roots: string[] }).roots;
    const flags = [...small, ...big].flatMap((r) => ['-C', r]);
    const run = (threads: number) => {
      clearCaches([...small, ...big]);
      return runCli(['status', 'no-such-case', ...flags], {
        env: { LINKAGE_PARSE_THREADS: String(threads), NODE_DEBUG: 'worker' },
      });
    };
    const one = run(1);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain(small[0]);
    const many = run(2);
    expect(many.stderr.match(new RegExp(WORKER_STARTED, 'g'))).toHaveLength(2);
    expect(many.code).toBe(2);
    expect(many.stderr).not.toMatch(STACK);
    expect(many.stderr.endsWith(one.stderr)).toBe(true);
  });
});

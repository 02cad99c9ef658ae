// A cold load of a large workspace parses on worker threads (src/workspace/parallel.ts): what it
// reports must be what one thread reports, broken files included, and a warm run starts no worker.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generate } from '../../bench/generate.mjs';
import { clearCaches, runCli, STACK, tempDir, WORKER_STARTED } from '../helpers.js';

function run(root: string, args: string[], threads: number, cold: boolean) {
  if (cold) clearCaches([root]);
  return runCli([...args, '--format', 'json', '-C', root], {
    env: { LINKAGE_PARSE_THREADS: String(threads), NODE_DEBUG: 'worker' },
  });
}

describe('parsing on several threads', () => {
  it('gives the same status and check as one thread, with broken files, and no worker when warm', () => {
    // 230 copies of the demo's cases, round robin (krakow-pl-5 is the fifth): ≈4.5 MB of YAML, over
    // the threshold for workers.
    const { roots } = generate({ cases: 230, out: join(tempDir(), 'ws') });
    const root = roots[0] as string;
    const edit = (file: string, change: (t: string) => string) =>
      writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
    edit('cases/krakow-pl-5/case.yaml', (t) => t.replace('counterpart:', 'counterpart: [broken'));
    edit('cases/hofu-jp-4/case.yaml', (t) => t.replace('schemaVersion: 1', 'schemaVersion: 1\nkindd: x'));
    edit('cases/aurora-us-2/agreement.yaml', (t) => `<<<<<<< HEAD\n${t}`);
    writeFileSync(join(root, 'cases/aurora-us-9/aop/2026.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]));
    // A misnamed AOP file and a case without its case.yaml: what the main thread learns from a
    // worker's listing of the folder, not its own.
    writeFileSync(join(root, 'cases/aurora-us-16/aop/2026-draft.yaml'), 'schemaVersion: 1\n');
    rmSync(join(root, 'cases/hofu-jp-11/case.yaml'));
    // Evidence that changed and evidence that is gone: the rules that read files run on the thread
    // that parsed the case, and what they hash goes to the main thread's hash memo.
    writeFileSync(join(root, 'cases/aurora-us-23/evidence/acta-cabildo-2022-08-25.pdf'), 'not the signed minutes');
    rmSync(join(root, 'cases/giessen-de-10/evidence/dictamen-sre-2026-02-18.pdf'));

    for (const command of ['status', 'check']) {
      const one = run(root, [command], 1, true);
      expect(one.stderr).not.toMatch(WORKER_STARTED);
      const many = run(root, [command], 2, true);
      expect(many.stderr).toMatch(WORKER_STARTED);
      expect(many.stderr).not.toMatch(STACK);
      expect(many.code).toBe(one.code);
      expect(many.stdout).toBe(one.stdout);
      const warm = run(root, [command], 2, false);
      expect(warm.stderr).not.toMatch(WORKER_STARTED);
      expect(warm.stdout).toBe(one.stdout);
    }
    const check = JSON.parse(run(root, ['check'], 2, true).stdout);
    const ids = check.problems.map((p: { id: string }) => p.id);
    for (const id of [
      'yaml.conflict',
      'file.not-utf8',
      'schema.unknown-key',
      'aop.file-name',
      'case.missing-file',
      'rule.hashes.mismatch',
      'rule.hashes.missing',
    ])
      expect(ids).toContain(id);
    expect(check.problems.some((p: { file: string }) => p.file === 'cases/krakow-pl-5/case.yaml')).toBe(true);
    // Every evidence file there is was hashed once, on whichever thread, and is in the memo for the next run.
    const hashed = JSON.parse(readFileSync(join(root, '.linkage-cache', 'hashes-v1.json'), 'utf8')).entries;
    const evidence = readdirSync(join(root, 'cases'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      /[/\\]evidence[/\\][^/\\]+\.pdf$/.test(f),
    );
    expect(evidence.length).toBeGreaterThan(500);
    expect(Object.keys(hashed).sort()).toEqual(evidence.map((f) => `cases/${f.replaceAll('\\', '/')}`).sort());
  });

  // A named pipe read like a file waits for a writer that never comes: only regular files are read.
  it.runIf(process.platform !== 'win32')('reports a named pipe in a case folder as unreadable, on any thread', () => {
    const { roots } = generate({ cases: 230, out: join(tempDir(), 'ws') });
    const root = roots[0] as string;
    const pipes = [
      'cases/krakow-pl-5/case.yaml',
      'cases/aurora-us-9/documents.yaml',
      'cases/aurora-us-2/aop/2031.yaml',
    ];
    for (const pipe of pipes) {
      rmSync(join(root, pipe), { force: true });
      expect(spawnSync('mkfifo', [join(root, pipe)]).status).toBe(0);
    }
    for (const command of ['status', 'check']) {
      const one = run(root, [command], 1, true);
      const many = run(root, [command], 2, true);
      expect(many.stderr).not.toMatch(STACK);
      expect(many.code).toBe(one.code);
      expect(many.stdout).toBe(one.stdout);
    }
    const check = JSON.parse(run(root, ['check'], 2, true).stdout);
    const unreadable = check.problems
      .filter((p: { id: string }) => p.id === 'file.unreadable')
      .map((p: { file: string }) => p.file);
    expect(unreadable.sort()).toEqual([...pipes].sort());
  });
});

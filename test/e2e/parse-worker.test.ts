// The built parse worker (dist/parse-worker.cjs, a CommonJS bundle of its own) derives what this
// thread derives from source. A worker that fails to load is invisible from the CLI's output (the
// main thread then parses every case itself), so the script is run here directly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { findingsDerivation } from '../../src/commands/check.js';
import { caseDeriver } from '../../src/commands/derive.js';
import { statusDerivation } from '../../src/commands/status.js';
import { caseParser, caseSlugs, loadWorkspace } from '../../src/workspace/load.js';
import { type Batch, type DeriveSpec, WORKER_DONE, type WorkerOutput } from '../../src/workspace/parallel.js';
import { copyWorkspace, REPO } from '../helpers.js';

const SCRIPT = join(REPO, 'dist', 'parse-worker.cjs');

/** Runs one batch of every case of `root` on the built worker alone, and returns its answer. */
async function onWorker(root: string, derive: DeriveSpec): Promise<WorkerOutput> {
  const { config, profile, profileFile, problems } = loadWorkspace(root, { cache: false });
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(SCRIPT, { workerData: { port: port2 }, transferList: [port2] });
  try {
    const shared = new SharedArrayBuffer(8);
    const flags = new Int32Array(shared);
    const batch: Batch = {
      id: 7,
      root,
      workspace: { config, profile, profileFile, problems },
      jobs: caseSlugs(root),
      derive,
      shared,
      index: 1,
    };
    port1.postMessage(batch);
    // The worker flags its state in `shared` (parallel.ts), then posts its answer.
    const deadline = Date.now() + 20_000;
    while (Atomics.load(flags, 1) !== WORKER_DONE && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const answer = receiveMessageOnPort(port1)?.message as WorkerOutput | undefined;
    if (!answer) throw new Error('the parse worker did not answer');
    return answer;
  } finally {
    await worker.terminate();
  }
}

describe('the built parse worker', () => {
  it.each([
    ['check', findingsDerivation],
    ['status', statusDerivation],
  ] as const)('derives %s for every case as this thread does from source', async (task, derivation) => {
    expect(readFileSync(SCRIPT, 'utf8')).toMatch(/^var __linkageImportMetaUrl/);
    const root = copyWorkspace('demo');
    const derive: DeriveSpec = { task, env: {} };
    const answer = await onWorker(root, derive);
    const slugs = caseSlugs(root);
    expect(answer.batch).toBe(7);
    expect(answer.results.map((r) => slugs[r.job]).sort()).toEqual(slugs);

    const ws = loadWorkspace(root, { cache: false });
    const here = caseDeriver(derive, derivation)(ws);
    expect(answer.today).toBe(here?.today);
    const parse = caseParser(root, here?.deriveCase);
    for (const { job, ...result } of answer.results) {
      const mine = parse(slugs[job] as string);
      expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(mine)));
    }
  });
});

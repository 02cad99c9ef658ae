// The built worker scripts (dist/parse-worker.cjs and dist/workspace-worker.cjs, CommonJS bundles of
// their own) give what this thread gives from source. A worker that fails to load, or whose jobs all
// fail, is invisible from the CLI's output (this thread then does the work itself), so the scripts
// are run here directly: from a copy of the package installed under a folder named `chunks`, which
// once sent the workers looking for dist/lazy/ in the wrong place.
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkerAnswer, WorkerInput } from '../../src/commands/across.js';
import { checkOfWorkspace, findingsDerivation } from '../../src/commands/check.js';
import { caseDeriver } from '../../src/commands/derive.js';
import { statusDerivation, storedStatusOfWorkspace } from '../../src/commands/status.js';
import { CACHE_DIR } from '../../src/workspace/cache.js';
import { caseParser, caseSlugs, loadWorkspace } from '../../src/workspace/load.js';
import { type Batch, type DeriveSpec, WORKER_DONE, type WorkerOutput } from '../../src/workspace/parallel.js';
import { copyWorkspace, REPO, tempDir } from '../helpers.js';

let dist: string;
beforeAll(() => {
  const pkg = join(tempDir(), 'chunks', 'linkage-mx');
  mkdirSync(pkg, { recursive: true });
  for (const item of ['package.json', 'dist', 'schemas', 'templates', 'fonts'])
    cpSync(join(REPO, item), join(pkg, item), { recursive: true });
  dist = join(pkg, 'dist');
});

const json = (v: unknown) => JSON.parse(JSON.stringify(v));
const clearCache = (root: string) => rmSync(join(root, CACHE_DIR), { recursive: true, force: true });

/** Runs one batch of every case of `root` on the built parse worker alone, and returns its answer. */
async function onParseWorker(root: string, derive: DeriveSpec): Promise<WorkerOutput> {
  const { config, profile, profileFile, problems } = loadWorkspace(root, { cache: false });
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(join(dist, 'parse-worker.cjs'), { workerData: { port: port2 }, transferList: [port2] });
  try {
    const shared = new SharedArrayBuffer(8);
    const flags = new Int32Array(shared);
    const batch: Batch = {
      id: 7,
      root,
      workspace: { config, profile, profileFile, problems },
      jobs: caseSlugs(root) ?? [],
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

/** Runs `task` on one workspace on the built workspace worker, and returns its answer. */
function onWorkspaceWorker(task: WorkerInput['task'], root: string): Promise<WorkerAnswer> {
  const workerData: WorkerInput = { task, inputs: [{ root }], options: { env: {} }, next: new SharedArrayBuffer(4) };
  const worker = new Worker(join(dist, 'workspace-worker.cjs'), { workerData });
  return new Promise((resolve, reject) => {
    worker.once('message', (answer: WorkerAnswer) => resolve(answer));
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('the workspace worker ended without answering')));
  });
}

describe('the built parse worker', () => {
  it.each([
    ['check', findingsDerivation],
    ['status', statusDerivation],
  ] as const)('derives %s for every case as this thread does from source', async (task, derivation) => {
    expect(readFileSync(join(dist, 'parse-worker.cjs'), 'utf8')).toMatch(/^var __linkageImportMetaUrl/);
    const root = copyWorkspace('demo');
    const derive: DeriveSpec = { task, env: {} };
    const answer = await onParseWorker(root, derive);
    const slugs = caseSlugs(root) ?? [];
    expect(answer.batch).toBe(7);
    expect(answer.results.map((r) => slugs[r.job]).sort()).toEqual(slugs);

    const ws = loadWorkspace(root, { cache: false });
    const here = caseDeriver(derive, derivation)(ws);
    expect(answer.today).toBe(here?.today);
    const parse = caseParser(root, here?.deriveCase);
    for (const { job, ...result } of answer.results) expect(json(result)).toEqual(json(parse(slugs[job] as string)));
  });
});

describe('the built workspace worker', () => {
  it.each([
    ['check', (root: string) => checkOfWorkspace({ root }, { roots: [root], env: {} })],
    ['status', (root: string) => storedStatusOfWorkspace(root, { roots: [root], env: {} })],
  ] as const)('gives the %s of a workspace that this thread gives from source', async (task, here) => {
    const root = copyWorkspace('demo');
    const answer = await onWorkspaceWorker(task, root);
    expect(answer).toHaveProperty('result');
    clearCache(root);
    expect(json((answer as { result: unknown }).result)).toEqual(json(here(root)));
  });
});

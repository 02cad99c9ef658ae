// A cold load of a large workspace parses its files on every core: worker threads (parse-worker.ts)
// and this thread take files from one shared counter, and what the workers parse comes back as the
// parse cache's serialized fields. loadWorkspace stays synchronous: this thread blocks on an Atomics
// flag, then reads the workers' results with receiveMessageOnPort.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import { type ParseCache, RACY_MS } from './cache.js';
import type { Problem } from './problems.js';
import type { FileKind } from './schema.js';

declare const __LINKAGE_BUNDLED__: boolean | undefined;

export interface ParseJob {
  file: string;
  kind: FileKind;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** One batch for the workers: the jobs, and where each reports. */
export interface Batch {
  /** Echoed in the answer: one that comes after its batch was given up on is told apart. */
  id: number;
  root: string;
  jobs: (ParseJob & { racy: boolean })[];
  /** Int32Array over it: [next job, state of worker 1, of worker 2, …] (the WORKER_* states). */
  shared: SharedArrayBuffer;
  index: number;
}

/** What a worker sends back for a batch: each job it parsed, its fields' offsets into `body`. */
export interface WorkerOutput {
  batch: number;
  results: { job: number; problems: Problem[]; fields: (string | number)[] | null; hash?: string }[];
  body: Uint8Array;
}

/** A worker's state: not started yet, parsing, done (its results posted), given up on before it started. */
export const WORKER_IDLE = 0;
export const WORKER_BUSY = 1;
export const WORKER_DONE = 2;
export const WORKER_ABANDONED = 3;

/**
 * Below this much YAML to parse, a worker does not pay: it takes ≈0.1 s to load the parser and the
 * validators, and the memory of a second heap. 100 workspaces of 100 cases (2 MB each) parsed on
 * two threads peaked at 350-470 MB instead of 285 MB, for 13 s instead of 17 s: they stay on one.
 */
const MIN_BYTES = 4 * 1024 * 1024;
/** A worker that has not answered by then is given up on; its files are parsed here afterwards. */
const TIMEOUT_MS = 60_000;

/** Threads to work on: LINKAGE_PARSE_THREADS, else the cores; at most four. */
export function threads(env: NodeJS.ProcessEnv): number {
  const wanted = Number(env.LINKAGE_PARSE_THREADS);
  return Math.min(4, Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism());
}

/**
 * Fills `cache` with the parsed value of each job, on several threads when the work is worth it;
 * `parseHere` parses one job on this thread. A job that fails here or in a worker (unreadable file,
 * a bug) is left out: the caller's ordinary read meets it again and reports it as it always does.
 * Only the bundled CLI has the worker script; from source everything parses on the caller's read.
 */
export function parseInParallel(
  root: string,
  jobs: ParseJob[],
  cache: ParseCache,
  parseHere: (job: ParseJob) => void,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (jobs.reduce((n, j) => n + j.size, 0) < MIN_BYTES) return;
  const workers = pool(threads(env) - 1);
  if (workers.length === 0) return;
  const shared = new SharedArrayBuffer(4 * (workers.length + 1));
  const flags = new Int32Array(shared);
  const now = Date.now();
  const input = jobs.map((j) => ({ ...j, racy: now - j.mtimeMs < RACY_MS }));
  const id = ++batches;
  for (const [w, { port }] of workers.entries())
    port.postMessage({ id, root, jobs: input, shared, index: w + 1 } as Batch);
  for (let i = Atomics.add(flags, 0, 1); i < jobs.length; i = Atomics.add(flags, 0, 1)) {
    try {
      parseHere(jobs[i] as ParseJob);
    } catch {
      // Left to the caller's read, which reports it.
    }
  }
  for (const [w, { port }] of workers.entries()) {
    // A worker that has not started on the batch by now would find no job left (or it failed to
    // start): it is not waited for, and it will not answer.
    if (Atomics.compareExchange(flags, w + 1, WORKER_IDLE, WORKER_ABANDONED) === WORKER_BUSY)
      Atomics.wait(flags, w + 1, WORKER_BUSY, TIMEOUT_MS);
    if (Atomics.load(flags, w + 1) !== WORKER_DONE) continue;
    let message: WorkerOutput | undefined;
    do message = receiveMessage(port)?.message as WorkerOutput | undefined;
    while (message && message.batch !== id);
    if (!message) continue;
    const body = Buffer.from(message.body.buffer, message.body.byteOffset, message.body.byteLength);
    for (const r of message.results) {
      const job = jobs[r.job] as ParseJob;
      cache.setSerialized(job.file, job, r.problems, body, r.fields, r.hash);
    }
  }
}

let started: { port: WorkerThreads.MessagePort }[] | undefined;
let batches = 0;
let receiveMessage: typeof WorkerThreads.receiveMessageOnPort;

/**
 * A worker script of the bundle (dist/<name>.js), beside the entry; undefined when run from source
 * (tests), where everything runs on the caller's thread.
 */
export function workerScript(name: string): URL | undefined {
  const bundled = typeof __LINKAGE_BUNDLED__ === 'boolean' && __LINKAGE_BUNDLED__;
  const script = new URL(import.meta.url.includes('/chunks/') ? `../${name}.js` : `./${name}.js`, import.meta.url);
  return bundled && existsSync(script) ? script : undefined;
}

/** node:worker_threads, loaded when a worker is first wanted (most runs start none). */
export const workerThreads = (): typeof WorkerThreads =>
  createRequire(import.meta.url)('node:worker_threads') as typeof WorkerThreads;

/** The parse workers, started on first use and kept (unreferenced) until the process ends. */
function pool(size: number): { port: WorkerThreads.MessagePort }[] {
  if (started) return started;
  started = [];
  const script = workerScript('parse-worker');
  if (!script || size < 1) return started;
  const threads = workerThreads();
  receiveMessage = threads.receiveMessageOnPort;
  for (let w = 0; w < size; w++) {
    const { port1, port2 } = new threads.MessageChannel();
    const worker = new threads.Worker(script, { workerData: { port: port2 }, transferList: [port2] });
    worker.unref();
    started.push({ port: port1 });
  }
  return started;
}

/** Reads and parses one job on this thread, the way a cache miss does. */
export function parseJob(
  root: string,
  job: ParseJob,
  cache: ParseCache,
  parse: (bytes: Uint8Array, kind: FileKind, file: string, problems: Problem[]) => unknown,
): void {
  const bytes = readFileSync(join(root, job.file));
  const problems: Problem[] = [];
  const value = parse(bytes, job.kind, job.file, problems);
  cache.set(job.file, job.size, job.mtimeMs, value, problems, job.ctimeMs, bytes);
}

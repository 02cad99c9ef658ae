// A cold `status` or `check` of a large workspace parses its cases on every core: worker threads
// (commands/parse-worker.ts) and this thread take cases from one shared counter, and each derives
// what the command wants of each case it parsed (its status, or its check findings) as it goes. A
// worker sends back only that and each file's problems, never the values: the command takes the
// results like memo entries and builds no value of a case. loadWorkspace stays synchronous: this
// thread reads the workers' results with receiveMessageOnPort between its own cases, then blocks on
// an Atomics flag until each worker is done.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type * as WorkerThreads from 'node:worker_threads';
import { commandOf, setFlagsForRun } from '../code-cache.js';
import type { ParseCache } from './cache.js';
import type { Workspace } from './load.js';
import type { Problem } from './problems.js';

declare const __LINKAGE_BUNDLED__: boolean | undefined;

/** What the command wants derived from each case, and what its "today" comes from. */
export interface DeriveSpec {
  task: 'status' | 'check';
  asOf?: string;
  env: NodeJS.ProcessEnv;
}

/** A case folder's listing: the names in it, those of them that are folders (not links), the AOP folder's names. */
export interface CaseListing {
  names: string[];
  folders: string[];
  aop: string[] | null;
  /** An `aop` entry that cannot be listed (a file, a link to nowhere or to a file). */
  aopUnreadable?: true;
  /** The case folder itself could not be listed (no permission). */
  unreadable?: true;
}

/** A case parsed afresh: its listing, its files, and what was derived of it (load.ts caseParser). */
export interface ParsedCase {
  listing: CaseListing;
  files: ParsedFile[];
  derived?: unknown;
}

/** A file parsed by parseInParallel (on any thread): its stamp as read, its problems, whether it loaded. */
export interface ParsedFile {
  file: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  problems: Problem[];
  loaded: boolean;
  /** SHA-256 of the bytes, for a file too recent for its mtime to be trusted (cache.ts RACY_MS). */
  hash?: string;
}

/**
 * The cases parsed ahead, by slug, and the day what was derived of them was derived for (null:
 * nothing derived, when linkage.yaml did not load).
 */
export interface Derived {
  today: string | null;
  cases: Map<string, ParsedCase>;
}

/** The workspace's own files as this thread loaded them: what every case is derived against. */
export type WorkspaceFiles = Pick<Workspace, 'config' | 'profile' | 'profileFile' | 'problems'>;

/** One batch for the workers: the cases, and where each reports. */
export interface Batch {
  /** Echoed in the answer: one that comes after its batch was given up on is told apart. */
  id: number;
  root: string;
  workspace: WorkspaceFiles;
  /** The slugs of the cases to parse. */
  jobs: string[];
  derive: DeriveSpec;
  /** Int32Array over it: [next job, state of worker 1, of worker 2, …] (the WORKER_* states). */
  shared: SharedArrayBuffer;
  index: number;
}

/**
 * What a worker sends back for a batch, RESULTS_PER_MESSAGE cases at a time and the rest when it runs
 * out of cases: each case it parsed, and what it derived of it.
 */
export interface WorkerOutput {
  batch: number;
  /** The day it derived for; null when linkage.yaml did not load (nothing derived). */
  today: string | null;
  results: (ParsedCase & { job: number })[];
}

/**
 * Sending a worker's results in one message at the end left the main thread waiting for their copy
 * (7–12 ms for 500 cases of a cold check) and reading them after both threads were done.
 */
export const RESULTS_PER_MESSAGE = 25;

/** A worker's state: not started yet, parsing, done (its results posted), given up on before it started. */
export const WORKER_IDLE = 0;
export const WORKER_BUSY = 1;
export const WORKER_DONE = 2;
export const WORKER_ABANDONED = 3;

/**
 * Below this many cases to parse, a worker does not pay: it takes ≈0.15 s to start and load the
 * parser, the validators and the rules, and the memory of a second heap (the demo's cases hold
 * ≈20 KB of YAML each: ≈4 MB).
 */
export const MIN_CASES = 200;
/** A worker that has not answered by then is given up on; its cases are parsed here afterwards. */
const TIMEOUT_MS = 60_000;

/** Threads to work on: LINKAGE_PARSE_THREADS, else the cores; at most four. */
export function threads(env: NodeJS.ProcessEnv): number {
  const wanted = Number(env.LINKAGE_PARSE_THREADS);
  return Math.min(4, Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism());
}

/**
 * V8 optimises a function once it has run through a budget of bytecode (--interrupt-budget, 66 KB).
 * A cold check of 1,000 cases compiled ≈210 functions with TurboFan that way, on each thread: ≈0.4 s
 * of CPU taken from the two cores the parse threads need. Four times the budget compiles ≈75, and
 * the run takes ≈10 % less time and ≈20 % less CPU (cold 100 × 100 check: 10.1 → 8.8 s; warm 1.11 →
 * 1.00 s; bench/README.md). Eight times since schema validation no longer runs through ajv's large
 * unoptimised functions: cold 100 × 100 check 6.12 → 5.98 s (rotated, 4 rounds; 12 and 16 times
 * no better, twice 6.7 s), 1,000 cases and a 100 × 100 status the same (session 22). Set for runs
 * over many cases only: the demo's status takes ≈9 ms longer
 * with it, its little code left in the interpreter longer. The flag is the process's, so the workers
 * started afterwards have it too; the code caches carry it in their names, and it is set back at the
 * end of the run for the caches of what loaded before it (code-cache.ts setFlagsForRun). A worker
 * leaves it alone: its parent set it, and flags changed while other threads compile are what Node
 * warns against.
 */
export function optimiseLazily(): void {
  if (lazier) return;
  lazier = true;
  if (workerThreads().isMainThread)
    setFlagsForRun(`--interrupt-budget=${8 * 66 * 1024}`, `--interrupt-budget=${66 * 1024}`);
}
let lazier = false;

/**
 * Starts the parse workers (one less than threads()), if they are not running yet, ahead of a batch:
 * they are kept (unreferenced) until the process ends.
 */
export function startParseWorkers(env: NodeJS.ProcessEnv): void {
  if (started) return;
  started = [];
  const script = workerScript('parse-worker');
  const size = threads(env) - 1;
  if (!script || size < 1) return;
  const wt = workerThreads();
  receiveMessage = wt.receiveMessageOnPort;
  for (let w = 0; w < size; w++) {
    const { port1, port2 } = new wt.MessageChannel();
    startWorker(script, { workerData: { port: port2 }, transferList: [port2] }).unref();
    started.push({ port: port1 });
  }
}

/**
 * Parses every case of `jobs` (slugs) into `cache`, on the parse workers too when they were started
 * (startParseWorkers), and returns what was derived of them.
 * `parseHere` parses and derives one case on this thread, for `today` (null: nothing derived). A case
 * that fails (unreadable file, a bug) is left out: the caller's ordinary read meets it again and
 * reports it as it always does. Only the bundled CLI has the worker script.
 */
export function parseInParallel(
  root: string,
  workspace: WorkspaceFiles,
  jobs: string[],
  cache: ParseCache,
  parseHere: (slug: string) => ParsedCase,
  today: string | null,
  derive: DeriveSpec,
): Derived {
  const workers = started ?? [];
  const shared = new SharedArrayBuffer(4 * (workers.length + 1));
  const flags = new Int32Array(shared);
  const id = ++batches;
  for (const [w, { port }] of workers.entries())
    port.postMessage({ id, root, workspace, jobs, derive, shared, index: w + 1 } satisfies Batch);
  const derived: Derived = { today, cases: new Map() };
  const take = (slug: string, parsed: ParsedCase, day: string | null) => {
    for (const f of parsed.files) cache.setParsed(f);
    // A worker that derived for another day (midnight passed) gave values of no use here.
    const { derived: _, ...plain } = parsed;
    derived.cases.set(slug, day === today ? parsed : plain);
  };
  /** Takes what the workers have sent of this batch so far (a message of an earlier batch is dropped). */
  const receive = () => {
    for (const { port } of workers) {
      for (let m = receiveMessage(port); m !== undefined; m = receiveMessage(port)) {
        const output = m.message as WorkerOutput;
        if (output.batch !== id) continue;
        for (const r of output.results) take(jobs[r.job] as string, r, output.today);
      }
    }
  };
  for (let i = Atomics.add(flags, 0, 1); i < jobs.length; i = Atomics.add(flags, 0, 1)) {
    const slug = jobs[i] as string;
    try {
      take(slug, parseHere(slug), today);
    } catch {
      // Left to the caller's read, which reports it.
    }
    receive();
  }
  for (const [w] of workers.entries()) {
    // A worker that has not started on the batch by now would find no job left (or it failed to
    // start): it is not waited for, and it will not answer.
    if (Atomics.compareExchange(flags, w + 1, WORKER_IDLE, WORKER_ABANDONED) === WORKER_BUSY)
      Atomics.wait(flags, w + 1, WORKER_BUSY, TIMEOUT_MS);
  }
  // A worker posts its last results before it says it is done; one that timed out is not waited
  // for, and what it sent of the batch before is complete case by case.
  receive();
  return derived;
}

let started: { port: WorkerThreads.MessagePort }[] | undefined;
let batches = 0;
let receiveMessage: typeof WorkerThreads.receiveMessageOnPort;

/**
 * A worker script of the bundle (dist/<name>.cjs, CommonJS: scripts/build.mjs), beside the entry;
 * undefined when run from source (tests), where everything runs on the caller's thread.
 */
export function workerScript(name: string): URL | undefined {
  const bundled = typeof __LINKAGE_BUNDLED__ === 'boolean' && __LINKAGE_BUNDLED__;
  const script = new URL(`${name}.cjs`, import.meta.url);
  return bundled && existsSync(script) ? script : undefined;
}

/**
 * A worker thread on a script of the bundle (workerScript), loaded as bin/linkage.js loads the CLI:
 * through the code cache (code-cache.ts), where it compiled its 250 KB afresh at every start; the
 * command's own, as the CLI's.
 */
export function startWorker(script: URL, options: WorkerThreads.WorkerOptions): WorkerThreads.Worker {
  const path = (name: string) => JSON.stringify(fileURLToPath(new URL(name, script)));
  // Started by the main thread, whose command line names the command.
  const command = commandOf(process.argv.slice(2));
  const load = `require(${path('code-cache.cjs')}).requireWithCodeCache(${path(script.href)}, ${command === undefined ? 'undefined' : JSON.stringify(command)})`;
  return new (workerThreads().Worker)(load, { ...options, eval: true });
}

/** node:worker_threads, loaded when a worker is first wanted (most runs start none). */
export const workerThreads = (): typeof WorkerThreads =>
  createRequire(import.meta.url)('node:worker_threads') as typeof WorkerThreads;

// Many workspaces at once (`-C a -C b …`, a state office): each is loaded, derived and cached on its
// own, so worker threads (workspace-worker.ts) take whole workspaces from a shared counter and send
// back only their results, as plain data. Each worker's heap is capped: V8 collects a heap late, and
// two uncapped ones holding 50 workspaces each reached 230 MB apiece. A workspace with many cases
// stays on this thread instead, which parses it on several threads itself (workspace/parallel.ts,
// whose parse workers are not capped) while the workspace workers take the others.
import { coldWorkspace } from '../workspace/cache.js';
import { caseSlugs } from '../workspace/load.js';
import { type DeriveSpec, optimiseLazily, startWorker, threads, workerScript } from '../workspace/parallel.js';

/** What the workers do of each workspace: the command's own derivation (parallel.ts DeriveSpec). */
export type Task = DeriveSpec['task'];

/** What a worker is given: the task, every workspace's input, and the counter they share. */
export interface WorkerInput {
  task: Task;
  inputs: { root: string }[];
  options: unknown;
  /** Int32Array over it: the index of the next input to take. */
  next: SharedArrayBuffer;
}

/** One workspace's answer: its result, or that it failed there (this thread runs it again). */
export type WorkerAnswer = { index: number; result: unknown } | { index: number; failed: true };

/** At least this many cases in the workspaces a worker could take, or the workers' start does not pay. */
const MIN_SHARED_CASES = 400;
/** A workspace with this many cases stays on this thread (a worker's heap is capped). */
const BIG_CASES = 500;
/**
 * The cap on a worker's old generation. Measured on 100 workspaces of 100 cases, two processes
 * with 50 each: 64 MB took 7.0-7.8 s and 144 MB peak each, 96 MB 6.7-6.9 s and 155 MB, none 6.5 s and
 * 230 MB; 48 MB doubled the time (collecting all the while).
 */
const HEAP_MB = 96;
/**
 * A cap on a worker's young generation (V8's default, 48 MB, is three semi-spaces of 16), for the
 * tasks that gain by it. A cold status of 100 × 100 peaked at 285–317 MB of RSS with the default and
 * 222–245 MB with 24, in the same time (interleaved, 6 pairs: −2.2 %); a cold check took 2–3 % longer
 * with 24 and 6–12 % with 16 (its objects live long enough to be promoted from a smaller young
 * generation) for 255–294 MB: it keeps V8's default.
 */
const YOUNG_MB: Partial<Record<Task, number>> = { status: 24 };

/**
 * Each input's result, in order. `here` runs one on this thread; `fromWorker` turns a worker's
 * result (plain data) into what `here` returns. A workspace that fails in a worker (a user's
 * mistake, a heap too small) runs here afterwards, where it fails or succeeds as it always does.
 * `coldOnly`: only workspaces without a parse cache count towards starting workers (a warm status
 * of 100 workspaces of 100 cases took 1.0-1.25 s on one thread, 1.3-1.55 s on two: each worker
 * takes ≈0.2 s to start, and this thread restores and renders the 10,000 rows after; a warm check,
 * with more to do per case, took 1.5-1.7 s on one and 1.2-1.45 s on two).
 */
export async function acrossWorkspaces<I extends { root: string }, O>(
  task: Task,
  inputs: I[],
  options: unknown,
  here: (input: I) => O,
  fromWorker: (result: never) => O,
  { env = process.env, coldOnly = false }: { env?: NodeJS.ProcessEnv | undefined; coldOnly?: boolean } = {},
): Promise<O[]> {
  const results: (O | undefined)[] = new Array(inputs.length);
  const script = inputs.length > 1 ? workerScript('workspace-worker') : undefined;
  const counts = inputs.map((i) => !coldOnly || coldWorkspace(i.root));
  // A warm status of many workspaces lists none of their case folders here.
  if (!script || !counts.includes(true)) return inputs.map(here);
  const sizes = inputs.map((i) => caseSlugs(i.root)?.length ?? 0);
  const shared = inputs.map((_, i) => i).filter((i) => (sizes[i] as number) < BIG_CASES);
  const small = shared.reduce((n, i) => n + (counts[i] ? (sizes[i] as number) : 0), 0);
  const count = Math.min(threads(env), shared.length);
  if (count < 2 || small < MIN_SHARED_CASES) return inputs.map(here);

  optimiseLazily();
  const next = new SharedArrayBuffer(4);
  const workerData: WorkerInput = { task, inputs: shared.map((i) => inputs[i] as I), options, next };
  const done: Promise<void>[] = [];
  for (let w = 0; w < count; w++) {
    const worker = startWorker(script, {
      workerData,
      resourceLimits: {
        maxOldGenerationSizeMb: HEAP_MB,
        ...(YOUNG_MB[task] ? { maxYoungGenerationSizeMb: YOUNG_MB[task] } : {}),
      },
    });
    worker.on('message', (answer: WorkerAnswer) => {
      if (!('result' in answer)) return;
      try {
        results[shared[answer.index] as number] = fromWorker(answer.result as never);
      } catch {
        // A result this thread cannot take: the workspace runs here below, as one that failed there.
      }
    });
    // A worker out of memory ends with an error: what it had not answered runs here below.
    done.push(new Promise((resolve) => worker.on('exit', () => resolve()).on('error', () => {})));
  }
  // The big workspaces, here, while the workers take the others. One that fails here fails in its
  // turn below, as on one thread: after any workspace before it that failed in a worker.
  const taken = new Set(shared);
  const failed = new Map<number, unknown>();
  for (const [i, input] of inputs.entries()) {
    if (taken.has(i)) continue;
    try {
      results[i] = here(input);
    } catch (error) {
      failed.set(i, error);
    }
  }
  await Promise.all(done);
  return inputs.map((input, i) => {
    if (failed.has(i)) throw failed.get(i);
    return i in results ? (results[i] as O) : here(input);
  });
}

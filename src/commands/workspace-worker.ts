// A workspace worker (across.ts): takes workspaces from the shared counter until none is left, runs
// the task on each, and answers each with its result as plain data, or that it failed.
import { parentPort, workerData } from 'node:worker_threads';
import type { Task, WorkerAnswer, WorkerInput } from './across.js';
import { type CheckOptions, checkOfWorkspace } from './check.js';
import { type StatusOptions, storedStatusOfWorkspace } from './status.js';

const TASKS: Record<Task, (input: { root: string }, options: never) => unknown> = {
  status: (input, options: StatusOptions) => storedStatusOfWorkspace(input.root, options),
  check: (input, options: CheckOptions) => checkOfWorkspace(input as { root: string; only?: string[] }, options),
};

const { task, inputs, options: given, next } = workerData as WorkerInput & { options: { env?: NodeJS.ProcessEnv } };
// The command's options carry its environment: a worker's workspaces parse on the worker alone.
const options = { ...given, env: { ...(given.env ?? process.env), LINKAGE_PARSE_THREADS: '1' } };
const counter = new Int32Array(next);
for (let i = Atomics.add(counter, 0, 1); i < inputs.length; i = Atomics.add(counter, 0, 1)) {
  let answer: WorkerAnswer;
  try {
    answer = { index: i, result: TASKS[task](inputs[i] as { root: string }, options as never) };
  } catch {
    answer = { index: i, failed: true };
  }
  parentPort?.postMessage(answer);
}

// A parse worker (parallel.ts): for each batch it is sent, takes jobs from the batch's shared counter
// until none is left, parses and validates each file, and sends back its problems and its fields'
// JSON, as the parse cache stores them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MessagePort, workerData } from 'node:worker_threads';
import { BodyWriter } from './cache.js';
import { sha256 } from './hash.js';
import { parseAndValidate } from './load.js';
import { type Batch, WORKER_BUSY, WORKER_DONE, WORKER_IDLE, type WorkerOutput } from './parallel.js';
import type { Problem } from './problems.js';

const port = (workerData as { port: MessagePort }).port;
port.on('message', (batch: Batch) => {
  const flags = new Int32Array(batch.shared);
  // The main thread may have finished every job and stopped waiting for this worker.
  if (Atomics.compareExchange(flags, batch.index, WORKER_IDLE, WORKER_BUSY) === WORKER_IDLE) work(batch, flags);
});

function work({ id, root, jobs, index }: Batch, flags: Int32Array) {
  const body = new BodyWriter();
  const results: WorkerOutput['results'] = [];
  try {
    for (let i = Atomics.add(flags, 0, 1); i < jobs.length; i = Atomics.add(flags, 0, 1)) {
      const job = jobs[i] as Batch['jobs'][number];
      try {
        const bytes = readFileSync(join(root, job.file));
        const problems: Problem[] = [];
        const value = parseAndValidate(bytes, job.kind, job.file, problems);
        const fields = body.pushValue(value);
        const hash = job.racy ? sha256(bytes) : undefined;
        results.push({ job: i, problems, fields, ...(hash ? { hash } : {}) });
      } catch {
        // An unreadable file or a bug: the main thread's ordinary read meets it and reports it.
      }
    }
  } finally {
    const output: WorkerOutput = { batch: id, results, body: Buffer.concat(body.parts) };
    port.postMessage(output);
    Atomics.store(flags, index, WORKER_DONE);
    Atomics.notify(flags, index);
  }
}

// A parse worker (workspace/parallel.ts): for each batch it is sent, takes cases from the batch's
// shared counter until none is left, parses and validates each case's files, derives what the
// command wants of the case (its status, or its check findings), and sends back that and each file's
// problems, never the values, a few cases at a time.
import { type MessagePort, workerData } from 'node:worker_threads';
import { writeCodeCaches } from '../code-cache.js';
import { caseParser } from '../workspace/load.js';
import {
  type Batch,
  RESULTS_PER_MESSAGE,
  WORKER_BUSY,
  WORKER_DONE,
  WORKER_IDLE,
  type WorkerOutput,
} from '../workspace/parallel.js';
import { findingsDerivation } from './check.js';
import { type CaseDerivation, caseDeriver } from './derive.js';
import { statusDerivation } from './status.js';

const DERIVATIONS: Record<Batch['derive']['task'], CaseDerivation> = {
  status: statusDerivation,
  check: findingsDerivation,
};

const port = (workerData as { port: MessagePort }).port;
port.on('message', (batch: Batch) => {
  const flags = new Int32Array(batch.shared);
  // The main thread may have finished every job and stopped waiting for this worker.
  if (Atomics.compareExchange(flags, batch.index, WORKER_IDLE, WORKER_BUSY) === WORKER_IDLE) work(batch, flags);
});

function work({ id, root, workspace, jobs, derive, index }: Batch, flags: Int32Array) {
  let results: WorkerOutput['results'] = [];
  let today: string | null = null;
  try {
    // Every case is derived against the workspace's own files as the main thread loaded them.
    const d = caseDeriver(derive, DERIVATIONS[derive.task])({ root, ...workspace, cases: [] });
    today = d?.today ?? null;
    const parse = caseParser(root, d?.deriveCase);
    for (let i = Atomics.add(flags, 0, 1); i < jobs.length; i = Atomics.add(flags, 0, 1)) {
      try {
        results.push({ job: i, ...parse(jobs[i] as string) });
      } catch {
        // An unreadable file or a bug: the main thread's ordinary read meets it and reports it.
      }
      // Sent as they come, so that the main thread takes them while it parses too, and only the
      // last few are copied once both threads have run out of cases.
      if (results.length === RESULTS_PER_MESSAGE) {
        port.postMessage({ batch: id, today, results } satisfies WorkerOutput);
        results = [];
      }
    }
  } finally {
    port.postMessage({ batch: id, today, results } satisfies WorkerOutput);
    Atomics.store(flags, index, WORKER_DONE);
    Atomics.notify(flags, index);
    // The process ends this worker, which never ends by itself: what it compiled without a code
    // cache (its own bundle, the validators) is written now, while the main thread finishes.
    writeCodeCaches();
  }
}

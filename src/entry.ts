// The bundle's entry: the exit code is set, the output flushed, and the process ends there.
// First: the parse workers of a cold status or check of many cases start before the CLI's modules run.
import './start-ahead.js';
import { main, outputFailed } from './main.js';

// A reader that stops early (`linkage check | head`) closes the pipe: the rest of the output is not
// wanted, and that is no error of the user's.
for (const stream of [process.stdout, process.stderr]) {
  // Any other failure is said once the command is done (below), from `errored`.
  stream.on('error', () => {});
}

/**
 * Resolves once what was written to `stream` before has gone to the system (or the stream is gone).
 * An empty write waits behind what is still pending, and is made only then: on Windows, where
 * writes to a pipe are synchronous, a zero-byte write can read as the pipe's end to the reader.
 */
const flushed = (stream: NodeJS.WriteStream) =>
  new Promise<void>((resolve) => {
    if (stream.destroyed || !stream.writable || stream.writableLength === 0) resolve();
    else stream.write('', () => resolve());
  });

const argv = process.argv.slice(2);

/**
 * Runs the command, then ends the process. A command's work is done when main resolves. Letting the
 * event loop drain would only let V8 finish garbage-collection work it had begun and tear the heap
 * down: ≈12 ms after a status of 1,000 cases (bench/README.md). So the output is flushed, and the
 * process ends. (No top-level await: the bundle is CommonJS.)
 */
async function run(): Promise<void> {
  process.exitCode = await main(argv);
  await flushed(process.stdout);
  await flushed(process.stderr);
  // Output that could not be written (a full disk, `> /dev/full`) is a failed command, not exit 0.
  const lost = process.stdout.errored as NodeJS.ErrnoException | null;
  if (lost && lost.code !== 'EPIPE') process.exitCode = outputFailed(lost, argv);
  process.exit();
}

void run();

// The bundle's entry: the exit code is set, never forced, so pending output is flushed.
import { main } from './main.js';

// A reader that stops early (`linkage check | head`) closes the pipe: the rest of the output is not
// wanted, and that is no error of the user's.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));

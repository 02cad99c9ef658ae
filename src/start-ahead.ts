// Imported first by the entry: see ahead.ts. It runs once the entry's module graph is loaded, before
// main parses the command line and imports the command's own modules (the action, the rules). In
// the bundle the chunks the entry imports (commander, the message catalog) run before it: earlier
// starts cost every command more than they gave a cold check. A dynamic import of main after it
// (a second module graph to load) made the demo's warm status 4–11 ms slower, two interleaved series
// of 25 and 40 runs; bin/linkage.js importing a start-ahead entry of its own (three more chunk files
// for every command) ≈5 ms and +2 % instructions, for a worker ready 2–11 ms after the main thread's
// first case instead of 10–65.
import { startAhead } from './ahead.js';

startAhead(process.argv.slice(2), process.cwd, process.env);

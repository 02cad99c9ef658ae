// Imported first by the entry, so that it runs before the CLI's own modules do (ES modules run in the
// order they are imported): see ahead.ts. Not a dynamic import of main after it: a second module
// graph to load made the demo's warm status 4–11 ms slower (two interleaved series of 25 and 40).
import { startAhead } from './ahead.js';

startAhead(process.argv.slice(2), process.cwd, process.env);

// Imported first by the entry: see ahead.ts. In the bundle (one CommonJS file, dist/cli.cjs) it runs
// before the entry's other modules (commander, the message catalog, main) are even initialized, and
// before main parses the command line and runs the command's own modules (the action, the rules).
import { startAhead } from './ahead.js';

startAhead(process.argv.slice(2), process.cwd, process.env);

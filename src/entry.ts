// The bundle's entry: the exit code is set, never forced, so pending output is flushed.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));

// The only prompts linkage uses, on their own: the bundle then carries these two and what they need
// (@inquirer/core, in one chunk) instead of resolving @inquirer/prompts' ≈80 files from node_modules
// at the first question (≈100 ms). Tests mock @inquirer/prompts, which this module passes through,
// and ./text-prompt.js (test/flows/driver.ts).
export { select } from '@inquirer/prompts';
export { text } from './text-prompt.js';

// The only prompts linkage uses, re-exported on their own: the bundle then carries these two and what
// they need (≈65 kB in one chunk) instead of resolving @inquirer/prompts' ≈80 files from node_modules
// at the first question (≈100 ms). Tests mock @inquirer/prompts, which this module passes through.
export { input, select } from '@inquirer/prompts';

// Stands in for node:child_process in commander, which requires it when it loads, only to spawn the
// subcommands that are programs of their own (`git-foo`): linkage has none, and loading the module
// took ≈5 ms of every start (scripts/build.mjs points commander here). Should commander ever spawn,
// the real module loads then.
import type * as ChildProcess from 'node:child_process';
import { createRequire } from 'node:module';

export function spawn(...args: unknown[]): ChildProcess.ChildProcess {
  const real = createRequire(import.meta.url)('node:child_process') as typeof ChildProcess;
  return (real.spawn as (...a: unknown[]) => ChildProcess.ChildProcess)(...args);
}

// A cold `status` or `check` of a large workspace parses its cases on every core (workspace/parallel.ts),
// and a parse worker takes ≈0.1 s to start. Started by loadWorkspace, it took its first case 50–110 ms
// after this thread had begun parsing; started from the command line alone, before the CLI parses it
// and loads the command's own modules (start-ahead.ts), 10–65 ms (bench/README.md). The command line
// is read only as far as needed to know that the load will want the workers: anything unusual, and
// the load starts them later as before. A worker started here and then not wanted is never given a
// batch (a command that then stops at a usage error ends ≈40 ms later: Node ends the starting worker).
import { resolve } from 'node:path';
import { VALUED_GLOBAL_OPTIONS } from './code-cache.js';
import { coldWorkspace } from './workspace/cache.js';
import { MIN_CASES, optimiseLazily, startParseWorkers, threads } from './workspace/parallel.js';
import { caseSlugs, nearestWorkspaceRoot } from './workspace/root.js';

/** The options of cli.ts that `status` and `check` take, and whether each takes a value. */
const OPTIONS: Record<string, boolean> = {
  ...Object.fromEntries([...VALUED_GLOBAL_OPTIONS].map((name) => [name, true])),
  '--format': true,
  '--no-color': false,
};

/**
 * The workspace of a command line that runs `status` or `check` on a whole workspace (no case, no
 * path, one `-C` at most) which has no parse cache and at least MIN_CASES cases; else undefined.
 */
export function aheadRoot(argv: string[], cwd: string): string | undefined {
  let command: string | undefined;
  const workspaces: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('-')) {
      // A second word is a case or a path: not the whole workspace.
      if (command !== undefined) return undefined;
      command = arg;
      continue;
    }
    // `--name=value`, `-Cvalue`, or the option alone with its value in the next argument.
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg.startsWith('-C') ? '-C' : arg;
    const valued = OPTIONS[name];
    if (valued === undefined) return undefined;
    if (!valued) continue;
    const value = eq > 0 ? arg.slice(eq + 1) : name !== arg ? arg.slice(2) : argv[++i];
    if (value === undefined) return undefined;
    if (name === '-C' || name === '--workspace') workspaces.push(value);
  }
  if ((command !== 'status' && command !== 'check') || workspaces.length > 1) return undefined;
  const root = nearestWorkspaceRoot(resolve(cwd, workspaces[0] ?? '.'));
  return root !== undefined && coldWorkspace(root) && (caseSlugs(root)?.length ?? 0) >= MIN_CASES ? root : undefined;
}

/** Starts the parse workers now if the command line will want them (aheadRoot). Never throws. */
export function startAhead(argv: string[], cwd: () => string, env: NodeJS.ProcessEnv): void {
  try {
    if (threads(env) < 2 || aheadRoot(argv, cwd()) === undefined) return;
    // The interrupt budget the load would set: the workers take the process's flags as they start.
    optimiseLazily();
    startParseWorkers(env);
  } catch {
    // A working folder that is gone, a case folder that cannot be listed: the load says so.
  }
}

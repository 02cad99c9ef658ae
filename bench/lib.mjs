// What the bench scripts share. Timing whole processes (runNode): wall time around spawnSync; CPU time
// and peak RSS from GNU time where it is installed, else from a preloaded hook (process.cpuUsage,
// process.resourceUsage().maxRSS at exit). Both wrap the baseline `node -e 0` the same way, so ratios
// stay fair. Also: `option` for the scripts' flags, `clearCaches` for cold runs, `median`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const GNU_TIME = '/usr/bin/time';

// Nothing runs on import (generate.mjs, which the e2e tests import, takes option() from here): GNU
// time is looked for, and the scratch folder for its figures made, at the first timed run.
let gnuTime;
/** Whether GNU time is installed (and not turned off with LINKAGE_BENCH_NO_GNU_TIME=1). */
export const hasGnuTime = () =>
  (gnuTime ??=
    process.env.LINKAGE_BENCH_NO_GNU_TIME !== '1' &&
    existsSync(GNU_TIME) &&
    spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0);

let scratchStats;
/** The file a timed run writes its CPU time and peak RSS to, in a folder removed at exit. */
function statsPath() {
  if (!scratchStats) {
    const scratch = mkdtempSync(join(tmpdir(), 'lk-bench-'));
    process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
    scratchStats = join(scratch, 'stats');
  }
  return scratchStats;
}

/** The value after `--name` on this script's command line, else `fallback`. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

/** Deletes each workspace's .linkage-cache/: the next run is cold. */
export function clearCaches(roots) {
  for (const r of roots) rmSync(join(r, '.linkage-cache'), { recursive: true, force: true });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs `node ...args` once: wall ms, CPU ms (user + system), peak RSS in MB and the exit status.
 * stdout goes to /dev/null; stderr is kept for error reports.
 */
export function runNode(args, { cwd, env = process.env } = {}) {
  let cmd;
  let argv;
  let childEnv = env;
  const statsFile = statsPath();
  if (hasGnuTime()) {
    cmd = GNU_TIME;
    argv = ['-f', '%U %S %M', '-o', statsFile, process.execPath, ...args];
  } else {
    cmd = process.execPath;
    argv = ['--import', pathToFileURL(join(HERE, 'rss-hook.mjs')).href, ...args];
    childEnv = { ...env, LINKAGE_BENCH_STATS_FILE: statsFile };
  }
  rmSync(statsFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let cpuMs;
  let rssMb;
  try {
    // GNU time writes "Command exited with non-zero status N" first: the figures are the last line.
    const [user, sys, kb] = readFileSync(statsFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    cpuMs = (user + sys) * 1000;
    rssMb = kb / 1024;
  } catch {}
  return { ms, cpuMs, rssMb, status: r.status, signal: r.signal, stderr: r.stderr?.toString() ?? '' };
}

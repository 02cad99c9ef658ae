// What the bench scripts share. Timing whole processes (runNode): wall time around spawnSync; CPU time
// and peak RSS from GNU time where it is installed, else from a preloaded hook (process.cpuUsage,
// process.resourceUsage().maxRSS at exit). Both wrap the baseline `node -e 0` the same way, so ratios
// stay fair. Also: `option` for the scripts' flags, `clearCaches` for cold runs, `median`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
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

/**
 * The command line of a script that compares two builds (ab.mjs, instructions.mjs): its own flags,
 * then `--` and the CLI command to run. `flags` names each flag with the kind of its value: `cli` (a
 * path, resolved), `count` (a whole number of at least 1), `env` (K=V,K=V) or `switch` (no value);
 * `defaults` gives each one's value when absent. `--a` is required and `--b` defaults to it. A bad
 * command line prints `usage` and exits 2.
 */
export function compareArgs(argv, usage, flags, defaults) {
  const fail = (message) => {
    process.stderr.write(`${message}\n${usage}\n`);
    process.exit(2);
  };
  const dash = argv.indexOf('--');
  if (dash < 0 || dash === argv.length - 1) fail('no command after --');
  const opts = { a: undefined, b: undefined, ...defaults };
  const own = argv.slice(0, dash);
  for (let i = 0; i < own.length; i++) {
    const name = own[i];
    const kind = { '--a': 'cli', '--b': 'cli', ...flags }[name];
    if (!kind) fail(`unknown argument ${name}`);
    const key = name.slice(2).replace(/-(\w)/g, (_, c) => c.toUpperCase());
    if (kind === 'switch') {
      opts[key] = true;
      continue;
    }
    const value = own[++i];
    if (value === undefined) fail(`${name} needs a value`);
    if (kind === 'cli') opts[key] = resolve(value);
    else if (kind === 'count') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) fail(`${name} takes a whole number of at least 1`);
      opts[key] = n;
    } else {
      opts[key] = {};
      for (const pair of value.split(',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq < 1) fail(`not K=V: ${pair}`);
        opts[key][pair.slice(0, eq)] = pair.slice(eq + 1);
      }
    }
  }
  if (!opts.a) fail('--a is required');
  opts.b ??= opts.a;
  return { ...opts, command: argv.slice(dash + 1) };
}

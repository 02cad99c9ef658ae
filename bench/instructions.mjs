#!/usr/bin/env node
// Two builds compared by the instructions they execute (valgrind's cachegrind), for changes too small
// for wall time on a shared host: a cold check of 1,000 cases varies by 30 % from one minute to the
// next here, where the instruction count of a 200-case check on one thread repeats within 0.3 %
// (bench/README.md, "Counting instructions"). Instructions are not time: memory stalls, the second
// core and the GC threads' overlap are not in them. Use it to see whether a change saves work, and
// bench/ab.mjs for what the user waits.
//
//   node bench/instructions.mjs --a /tmp/before/bin/linkage.js [--b bin/linkage.js] [--cases 200]
//                               [--runs 2] [--threads 1] [--warm] -- check
//
// Each side runs on its own copy of the generated tree, with its own V8 code cache, filled by one
// run that is not counted. valgrind serialises threads: with --threads 2 the count is both threads'.
// Prints one JSON object; exits 1 when a run fails, 2 for a bad argument or without valgrind.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, readDemo } from './generate.mjs';
import { clearCaches, compareArgs, median } from './lib.mjs';

const USAGE =
  'usage: node bench/instructions.mjs --a <cli> [--b <cli>] [--cases N] [--runs N] [--threads N] [--warm] -- <command> [args]';

function main() {
  const opts = compareArgs(
    process.argv.slice(2),
    USAGE,
    { '--cases': 'count', '--runs': 'count', '--threads': 'count', '--warm': 'switch' },
    { cases: 200, runs: 2, threads: 1, warm: false },
  );
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    process.stderr.write('valgrind not found (Debian: apt-get install valgrind)\n');
    process.exit(2);
  }
  const demo = readDemo();
  const sides = ['a', 'b'].map((name) => {
    const cli = opts[name];
    const { roots } = generate({
      demo,
      cases: opts.cases,
      out: join(tmpdir(), 'linkage-instructions', `${opts.cases}-${name}`),
    });
    // Emptied first: the uncounted run below writes it for the command counted (a cache holds what
    // the run that wrote it compiled; one a status left would make a check compile more).
    const codeCache = join(tmpdir(), 'linkage-instructions', `code-cache-${name}`);
    rmSync(codeCache, { recursive: true, force: true });
    const env = {
      ...process.env,
      XDG_CACHE_HOME: codeCache,
      LINKAGE_PARSE_THREADS: String(opts.threads),
    };
    return { name, cli, roots, env, counts: [] };
  });
  const run = (side) => {
    if (!opts.warm) clearCaches(side.roots);
    const args = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', 'node', side.cli];
    const r = spawnSync('valgrind', [...args, ...opts.command, ...side.roots.flatMap((r) => ['-C', r])], {
      env: side.env,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const refs = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
    // `check` exits 1 when it finds errors: still a complete run.
    if ((r.status !== 0 && r.status !== 1) || !refs) {
      process.stderr.write(`${side.name}: exit ${r.status ?? r.signal}\n${(r.stderr ?? '').slice(-800)}\n`);
      process.exit(1);
    }
    return Number(refs[1].replaceAll(',', ''));
  };
  for (const side of sides) run(side);
  for (let i = 0; i < opts.runs; i++) {
    for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
      const n = run(side);
      side.counts.push(n);
      process.stderr.write(`${side.name} ${(n / 1e9).toFixed(3)} G\n`);
    }
  }
  const report = ({ cli, counts }) => ({ cli, median: median(counts), counts });
  const [a, b] = sides.map(report);
  const out = {
    command: opts.command.join(' '),
    tree: `1 x ${opts.cases} cases`,
    state: opts.warm ? 'warm' : 'cold',
    threads: opts.threads,
    a,
    b,
    b_vs_a_pct: Math.round((b.median / a.median - 1) * 1000) / 10,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main();

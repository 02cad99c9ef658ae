#!/usr/bin/env node
// Two builds of the CLI (or one build under two environments) compared the only way a shared
// machine allows (bench/README.md, "The host's phases"): interleaved runs in ABBA order, so that a
// drift in the host's speed weighs on both sides alike, each side on its own copy of the same
// generated tree, since two builds invalidate each other's caches.
//
//   node bench/ab.mjs --a /tmp/before/bin/linkage.js [--b bin/linkage.js] [--pairs 8]
//                     [--cases 1000] [--workspaces 1] [--warm] [--env-a K=V,K=V] [--env-b K=V] -- status
//
// --b defaults to --a (compare environments: --env-a LINKAGE_PARSE_THREADS=1). Runs are cold (every
// .linkage-cache/ deleted first) unless --warm. Prints one JSON object: each side's wall and CPU
// medians and runs, and B against A in per cent; exits 1 when a run fails, 2 for a bad argument.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, readDemo } from './generate.mjs';
import { clearCaches, compareArgs, median, runNode } from './lib.mjs';

const USAGE =
  'usage: node bench/ab.mjs --a <cli> [--b <cli>] [--pairs N] [--cases N] [--workspaces N] [--warm] [--env-a K=V,…] [--env-b K=V,…] -- <command> [args]';

const pct = (b, a) => Math.round((b / a - 1) * 1000) / 10;

function main() {
  const opts = compareArgs(
    process.argv.slice(2),
    USAGE,
    {
      '--pairs': 'count',
      '--cases': 'count',
      '--workspaces': 'count',
      '--warm': 'switch',
      '--env-a': 'env',
      '--env-b': 'env',
    },
    { pairs: 8, cases: 1000, workspaces: 1, warm: false, envA: {}, envB: {} },
  );
  const demo = readDemo();
  const sides = [
    ['a', opts.a, opts.envA],
    ['b', opts.b, opts.envB],
  ].map(([name, cli, env]) => {
    const tree = generate({
      demo,
      cases: opts.cases,
      workspaces: opts.workspaces,
      out: join(tmpdir(), 'linkage-ab', `${opts.workspaces}x${opts.cases}-${name}`),
    });
    const args = [cli, ...opts.command, ...tree.roots.flatMap((r) => ['-C', r])];
    return { name, cli, env, roots: tree.roots, args, times: [], cpu: [] };
  });
  // Each side's V8 code cache of its own, as documents.mjs does: the user's is neither used nor
  // pruned (code-cache.ts keeps only the newest few of other builds). Emptied first, and written by
  // an uncounted run of the command timed: a cache holds what the run that wrote it compiled, so one
  // left by another command (a status before this check) would leave some of this one's code to
  // compile at every run, on one side and not the other.
  const codeCache = (side) => join(tmpdir(), 'linkage-ab', `code-cache-${side.name}`);
  for (const side of sides) rmSync(codeCache(side), { recursive: true, force: true });
  const run = (side) => {
    if (!opts.warm) clearCaches(side.roots);
    const r = runNode(side.args, { env: { ...process.env, XDG_CACHE_HOME: codeCache(side), ...side.env } });
    // `check` exits 1 when it finds errors: still a complete run.
    if (r.status !== 0 && r.status !== 1) {
      process.stderr.write(`${side.name}: exit ${r.status ?? r.signal}\n${r.stderr.slice(0, 800)}\n`);
      process.exit(1);
    }
    return r;
  };
  // Uncounted: writes each side's code cache (and, with --warm, its .linkage-cache/).
  for (const side of sides) run(side);
  for (let i = 0; i < opts.pairs; i++) {
    for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
      const r = run(side);
      side.times.push(r.ms);
      if (r.cpuMs !== undefined) side.cpu.push(r.cpuMs);
      process.stderr.write(`${side.name} ${Math.round(r.ms)} ms\n`);
    }
  }
  const report = (side) => ({
    cli: side.cli,
    env: side.env,
    median_ms: Math.round(median(side.times)),
    min_ms: Math.round(Math.min(...side.times)),
    cpu_median_ms: side.cpu.length ? Math.round(median(side.cpu)) : null,
    runs_ms: side.times.map(Math.round),
  });
  const [a, b] = sides.map(report);
  const out = {
    command: opts.command.join(' '),
    tree: `${opts.workspaces} x ${opts.cases} cases`,
    state: opts.warm ? 'warm' : 'cold',
    a,
    b,
    b_vs_a: {
      median_pct: pct(b.median_ms, a.median_ms),
      // Each pair's B against its own A, then the median: a drift of the host between pairs cancels.
      paired_pct: Math.round(median(sides[1].times.map((t, i) => (t / sides[0].times[i] - 1) * 100)) * 10) / 10,
      cpu_pct: a.cpu_median_ms && b.cpu_median_ms ? pct(b.cpu_median_ms, a.cpu_median_ms) : null,
    },
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main();

#!/usr/bin/env node
// The benchmark of product.md §7: `linkage status` and `linkage check` as whole processes, against
// `node -e 0`, on the demo workspace and on synthetic workspaces made from its cases.
//
//   npm run bench                      every scenario
//   npm run bench -- demo 1k           only these groups (demo, 1k, 10k)
//   npm run bench -- --runs 3          runs per scenario (default: 15 demo, 5 for 1k, 3 for 10k)
//   npm run bench -- --cli <path>      another build of the CLI (default bin/linkage.js)
//
// Prints one JSON object, scenario → { median_ms, ratio_to_node, target, ok, … }, and exits 1 when a
// target is missed or a run fails (2 for a bad argument or a missing build). Progress goes to stderr.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { copyDemo, generate, REPO_ROOT, readDemo } from './generate.mjs';
import { clearCaches, hasGnuTime, median, runNode } from './lib.mjs';

/** A scenario far over its target stops after this much time spent on it (keeps the bench ≈3 min). */
const BUDGET_MS = 15_000;

const GROUPS = {
  demo: { cases: null, workspaces: 1, runs: 15 },
  '1k': { cases: 1000, workspaces: 1, runs: 5 },
  '10k': { cases: 100, workspaces: 100, runs: 3 },
};

/** Targets of product.md §7. A ratio target is against the median of `node -e 0` measured alongside. */
const TARGETS = {
  'demo status warm': { ratio: 2 },
  'demo status cold': null,
  'demo check warm': null,
  '1k status cold': { ms: 1000 },
  '1k status warm': { ms: 300 },
  '1k check cold': { ms: 1000 },
  '1k check warm': { ms: 300 },
  '10k status cold': { ms: 6000, rssMb: 300 },
  '10k status warm': { ms: 1500, rssMb: 300 },
  '10k check cold': { ms: 6000, rssMb: 300 },
  '10k check warm': { ms: 1500, rssMb: 300 },
};

function parseArgs(argv) {
  const opts = { groups: [], runs: undefined, cli: join(REPO_ROOT, 'bin', 'linkage.js') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--cli') opts.cli = resolve(argv[++i]);
    else if (a in GROUPS) opts.groups.push(a);
    else {
      process.stderr.write(`unknown argument ${a}; groups: ${Object.keys(GROUPS).join(', ')}\n`);
      process.exit(2);
    }
  }
  if (opts.groups.length === 0) opts.groups = Object.keys(GROUPS);
  return opts;
}

const log = (s) => process.stderr.write(`${s}\n`);
const round = (x, d = 0) => (x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(d)));
const describe = (t) =>
  t === null
    ? null
    : [t.ratio ? `<= ${t.ratio}x node -e 0` : `<= ${t.ms} ms`, t.rssMb ? `< ${t.rssMb} MB RSS` : null]
        .filter(Boolean)
        .join(', ');

/**
 * N runs of one command, each preceded by a run of `node -e 0` so that both see the same load on a
 * shared machine. Cold runs delete the caches first. Every series starts with one untimed run: for a
 * warm series it writes the caches; for any series it brings the tree's files into the page cache,
 * which a host may have emptied of files idle for a minute (bench/README.md, session 21), so that the
 * first timed run does not read them from disk.
 * A series far over its target ends early once it has used BUDGET_MS: the verdict is clear by then.
 */
function measure({ cli, args, roots, cold, runs, target, okStatuses }) {
  const times = [];
  const cpu = [];
  const rss = [];
  const base = [];
  let failure = null;
  let spent = 0;
  if (cold) clearCaches(roots);
  const untimed = runNode([cli, ...args]);
  if (!okStatuses.includes(untimed.status))
    failure = `exit ${untimed.status ?? untimed.signal}: ${untimed.stderr.slice(0, 400)}`;
  for (let i = 0; i < runs && !failure; i++) {
    base.push(runNode(['-e', '0']).ms);
    if (cold) clearCaches(roots);
    const r = runNode([cli, ...args]);
    if (!okStatuses.includes(r.status)) {
      failure = `exit ${r.status ?? r.signal}: ${r.stderr.slice(0, 400)}`;
      break;
    }
    times.push(r.ms);
    if (r.cpuMs !== undefined) cpu.push(r.cpuMs);
    if (r.rssMb !== undefined) rss.push(r.rssMb);
    // Far over target and already slow to measure: more runs would not change the verdict.
    spent += r.ms;
    if (target?.ms && r.ms > 2 * target.ms && spent > BUDGET_MS && i + 1 < runs) {
      log(`    ${Math.round(r.ms)} ms, over twice the target: ${i + 1} run(s) are enough`);
      break;
    }
  }
  return { times, cpu, rss, base, failure };
}

function verdict(name, m, baseMedian) {
  const target = TARGETS[name] ?? null;
  const med = median(m.times);
  const ratio = med / baseMedian;
  const peak = m.rss.length ? Math.max(...m.rss) : undefined;
  let ok = m.failure === null;
  if (ok && target?.ratio) ok = ratio <= target.ratio;
  if (ok && target?.ms) ok = med <= target.ms;
  if (ok && target?.rssMb) ok = peak !== undefined && peak < target.rssMb;
  return {
    median_ms: round(med),
    ratio_to_node: round(ratio, 2),
    target: describe(target),
    ok,
    runs: m.times.length,
    min_ms: m.times.length ? round(Math.min(...m.times)) : null,
    cpu_ms: m.cpu.length ? round(median(m.cpu)) : null,
    peak_rss_mb: round(peak, 1),
    node_ms: round(baseMedian),
    ...(m.failure ? { error: m.failure } : {}),
  };
}

/** One `status --format json` run: the bench must time real work, not an early error. */
function sanityCheck(cli, args, expectedCases) {
  const r = spawnSync(process.execPath, [cli, 'status', '--format', 'json', ...args], { maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`status failed (exit ${r.status}): ${r.stderr.toString().slice(0, 400)}`);
  const out = JSON.parse(r.stdout.toString());
  const cases = out.workspaces.reduce((n, w) => n + w.cases.length, 0);
  const broken = out.workspaces.reduce((n, w) => n + w.cases.filter((c) => c.error).length, 0);
  if (cases !== expectedCases) throw new Error(`status listed ${cases} cases, expected ${expectedCases}`);
  return { cases, broken };
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.cli)) {
    log(`no CLI at ${opts.cli}: run \`npm run build\` first`);
    process.exit(2);
  }
  log(
    `linkage bench: ${opts.cli}, node ${process.version}, ${cpus().length} cores, GNU time: ${hasGnuTime() ? 'yes' : 'no'}`,
  );
  const demo = readDemo(REPO_ROOT);
  const results = {};
  const baseAll = [];
  const t0 = performance.now();
  for (const group of opts.groups) {
    const g = GROUPS[group];
    const runs = opts.runs ?? g.runs;
    const tg = performance.now();
    const tree = g.cases === null ? copyDemo({ demo }) : generate({ demo, cases: g.cases, workspaces: g.workspaces });
    log(
      `${group}: ${tree.roots.length} workspace(s) in ${tree.base} (${tree.reused ? 'reused' : `made in ${Math.round(performance.now() - tg)} ms`})`,
    );
    const wsArgs = tree.roots.flatMap((r) => ['-C', r]);
    clearCaches(tree.roots);
    const expected = g.cases === null ? demo.templates.length : g.cases * g.workspaces;
    const seen = sanityCheck(opts.cli, wsArgs, expected);
    if (seen.broken > 0) log(`  note: ${seen.broken} of ${seen.cases} cases do not load (the demo has broken cases)`);
    const commands =
      group === 'demo'
        ? [
            ['status', 'cold'],
            ['status', 'warm'],
            ['check', 'warm'],
          ]
        : [
            ['status', 'cold'],
            ['status', 'warm'],
            ['check', 'cold'],
            ['check', 'warm'],
          ];
    for (const [command, state] of commands) {
      const name = `${group} ${command} ${state}`;
      log(`  ${name} …`);
      const m = measure({
        cli: opts.cli,
        args: [command, ...wsArgs],
        roots: tree.roots,
        cold: state === 'cold',
        runs,
        target: TARGETS[name],
        // check exits 1 when it finds errors: still a complete run.
        okStatuses: command === 'check' ? [0, 1] : [0],
      });
      baseAll.push(...m.base);
      results[name] = verdict(name, m, median(m.base));
      log(`    ${JSON.stringify(results[name])}`);
    }
  }
  results['node -e 0'] = {
    median_ms: round(median(baseAll)),
    ratio_to_node: 1,
    target: null,
    ok: true,
    runs: baseAll.length,
  };
  log(`done in ${Math.round((performance.now() - t0) / 1000)} s`);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  if (Object.values(results).some((r) => !r.ok)) process.exitCode = 1;
}

main();

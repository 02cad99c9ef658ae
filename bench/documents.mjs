#!/usr/bin/env node
// Whole-process times of the documents with a target (issue 3: profile and letter each ≤ 0.4 s), on a
// copy of the demo workspace (its coat of arms included), against `node -e 0` run alongside.
//
//   node bench/documents.mjs [--runs 9] [--cli bin/linkage.js] [--against <other build's bin/linkage.js>]
//                            [--cold-code-cache]
//
// One untimed run first (parse cache, V8 code cache, OS file cache), then runs alternating with the
// baseline. --against times another build in the same alternation (its own code cache), so that both
// see the same load on a shared machine; its figures are under "against". --cold-code-cache empties
// the code cache before every run instead (a first run after an install or upgrade). Prints one JSON
// object and exits 1 over a target (2 when a run fails).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyRepoWorkspace, REPO_ROOT } from './generate.mjs';
import { median, option, runNode } from './lib.mjs';

const args = process.argv.slice(2);
const RUNS = Number(option('--runs', '9'));
const CLI = resolve(option('--cli', join(REPO_ROOT, 'bin', 'linkage.js')));
const AGAINST = option('--against', undefined);
const COLD = args.includes('--cold-code-cache');
const TARGET_MS = 400;

const SCENARIOS = {
  'generate letter krakow-pl --lang es': ['generate', 'letter', 'krakow-pl', '--lang', 'es'],
  'generate profile --lang es': ['generate', 'profile', '--lang', 'es'],
};

const dir = mkdtempSync(join(tmpdir(), 'lk-docs-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
// Each build has its own copy of the demo (two builds would otherwise throw away each other's
// .linkage-cache/ on every run) and its own code cache folder, so that the user's is neither used
// nor touched.
const builds = [{ cli: CLI, ws: copyRepoWorkspace(join(dir, 'ws')), codeCache: join(dir, '.code-cache') }];
if (AGAINST)
  builds.push({
    cli: resolve(AGAINST),
    ws: copyRepoWorkspace(join(dir, 'ws-against')),
    codeCache: join(dir, '.code-cache-against'),
  });
const envOf = (codeCache) => ({
  ...process.env,
  LINKAGE_TODAY: '2026-11-28',
  XDG_CACHE_HOME: codeCache,
  LOCALAPPDATA: codeCache,
});
const round = (x) => (x === undefined || Number.isNaN(x) ? null : Math.round(x));

const result = { load_average: loadavg().map((x) => Number(x.toFixed(2))), code_cache: COLD ? 'cold' : 'warm' };
let failed = false;
for (const [name, argv] of Object.entries(SCENARIOS)) {
  const run = ({ cli, ws, codeCache }) => {
    if (COLD) rmSync(codeCache, { recursive: true, force: true });
    const r = runNode([cli, ...argv, '--out', join(ws, 'out')], { cwd: ws, env: envOf(codeCache) });
    if (r.status !== 0) {
      process.stderr.write(`bench/documents: ${name} exited ${r.status ?? r.signal}: ${r.stderr.slice(0, 400)}\n`);
      failed = true;
    }
    return r;
  };
  for (const b of builds) run(b);
  const times = builds.map(() => []);
  const cpu = builds.map(() => []);
  const base = [];
  for (let i = 0; i < RUNS && !failed; i++) {
    base.push(runNode(['-e', '0']).ms);
    // ABBA with --against: a drift in the host's speed weighs on both builds alike.
    const order = i % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
    for (const k of order) {
      const r = run(builds[k]);
      times[k].push(r.ms);
      if (r.cpuMs !== undefined) cpu[k].push(r.cpuMs);
    }
  }
  const figures = (k) => ({
    median_ms: round(median(times[k])),
    min_ms: round(Math.min(...times[k])),
    cpu_ms: round(median(cpu[k])),
  });
  const m = median(times[0]);
  result[name] = {
    ...figures(0),
    node_e_0_ms: round(median(base)),
    target_ms: TARGET_MS,
    runs: times[0].length,
    ok: !failed && m <= TARGET_MS,
    ...(AGAINST ? { against: { cli: resolve(AGAINST), ...figures(1) } } : {}),
  };
}
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
process.exit(failed ? 2 : Object.values(result).every((r) => r.ok !== false) ? 0 : 1);

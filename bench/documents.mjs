#!/usr/bin/env node
// Whole-process times of the documents with a target (issue 3: profile and letter each ≤ 0.4 s), on a
// copy of the demo workspace (its coat of arms included), against `node -e 0` run alongside.
//
//   node bench/documents.mjs [--runs 9] [--cli bin/linkage.js] [--cold-code-cache]
//
// One untimed run first (parse cache, V8 code cache, OS file cache), then runs alternating with the
// baseline. --cold-code-cache empties the code cache before every run instead (a first run after an
// install or upgrade). Prints one JSON object and exits 1 over a target (2 when a run fails).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './generate.mjs';
import { median, runNode } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const RUNS = Number(opt('--runs', '9'));
const CLI = resolve(opt('--cli', join(REPO_ROOT, 'bin', 'linkage.js')));
const COLD = args.includes('--cold-code-cache');
const TARGET_MS = 400;

const SCENARIOS = {
  'generate letter krakow-pl --lang es': ['generate', 'letter', 'krakow-pl', '--lang', 'es'],
  'generate profile --lang es': ['generate', 'profile', '--lang', 'es'],
};

const dir = mkdtempSync(join(tmpdir(), 'lk-docs-'));
const codeCache = join(dir, '.code-cache');
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
for (const f of ['linkage.yaml', 'cases', 'assets', 'schemas'])
  cpSync(join(REPO_ROOT, f), join(dir, f), { recursive: true });
// The code cache lives in its own folder, so that the user's own cache is neither used nor touched.
const env = { ...process.env, LINKAGE_TODAY: '2026-11-28', XDG_CACHE_HOME: codeCache, LOCALAPPDATA: codeCache };
const round = (x) => (x === undefined || Number.isNaN(x) ? null : Math.round(x));

const result = { load_average: loadavg().map((x) => Number(x.toFixed(2))), code_cache: COLD ? 'cold' : 'warm' };
let failed = false;
for (const [name, argv] of Object.entries(SCENARIOS)) {
  const run = () => {
    if (COLD) rmSync(codeCache, { recursive: true, force: true });
    const r = runNode([CLI, ...argv, '--out', join(dir, 'out')], { cwd: dir, env });
    if (r.status !== 0) {
      process.stderr.write(`bench/documents: ${name} exited ${r.status ?? r.signal}: ${r.stderr.slice(0, 400)}\n`);
      failed = true;
    }
    return r;
  };
  run();
  const times = [];
  const cpu = [];
  const base = [];
  for (let i = 0; i < RUNS && !failed; i++) {
    base.push(runNode(['-e', '0']).ms);
    const r = run();
    times.push(r.ms);
    if (r.cpuMs !== undefined) cpu.push(r.cpuMs);
  }
  const m = median(times);
  result[name] = {
    median_ms: round(m),
    min_ms: round(Math.min(...times)),
    cpu_ms: round(median(cpu)),
    node_e_0_ms: round(median(base)),
    target_ms: TARGET_MS,
    runs: times.length,
    ok: !failed && m <= TARGET_MS,
  };
}
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
process.exit(failed ? 2 : Object.values(result).every((r) => r.ok !== false) ? 0 : 1);

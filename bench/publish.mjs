#!/usr/bin/env node
// `linkage publish` on 1,000 cases (issue 7: the public site renders in ≤ 5 s for 1,000 cases), as a
// whole process of the built CLI, cold (parse cache deleted) and warm. The workspace comes from
// bench/generate.mjs; the demo's coat of arms is copied beside it, since the site carries it.
//
//   node bench/publish.mjs [--cases 1000] [--runs 3] [--cli bin/linkage.js]
//
// Prints one JSON object and exits 1 when a median is over the target (2 when a run fails).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate, REPO_ROOT } from './generate.mjs';
import { clearCaches, median, option, runNode } from './lib.mjs';

const CASES = Number(option('--cases', 1000));
const RUNS = Number(option('--runs', 3));
const CLI = resolve(option('--cli', join(REPO_ROOT, 'bin', 'linkage.js')));
const TARGET_MS = 5000;

const { roots } = generate({ cases: CASES });
const root = roots[0];
const scratch = mkdtempSync(join(tmpdir(), 'lk-publish-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const out = join(scratch, 'site');
const env = { ...process.env, NO_COLOR: '1' };

function series(cold) {
  const ms = [];
  const cpu = [];
  const rss = [];
  for (let i = 0; i < RUNS; i++) {
    if (cold) clearCaches([root]);
    const r = runNode([CLI, 'publish', '--out', out], { cwd: root, env });
    if (r.status !== 0) {
      process.stderr.write(`bench/publish: run failed (${r.status})\n${r.stderr}`);
      process.exit(2);
    }
    ms.push(r.ms);
    if (r.cpuMs !== undefined) cpu.push(r.cpuMs);
    if (r.rssMb !== undefined) rss.push(r.rssMb);
  }
  const m = Math.round(median(ms));
  return {
    median_ms: m,
    min_ms: Math.round(Math.min(...ms)),
    cpu_ms: cpu.length ? Math.round(median(cpu)) : null,
    peak_rss_mb: rss.length ? Math.round(Math.max(...rss)) : null,
    target: TARGET_MS,
    ok: m <= TARGET_MS,
    runs: RUNS,
  };
}

// One untimed run leaves the parse cache for the warm series (and checks that publish works here).
runNode([CLI, 'publish', '--out', out], { cwd: root, env });
const warm = series(false);
const cold = series(true);
const pages = readdirSync(join(out, 'acuerdos')).length + readdirSync(join(out, 'en', 'agreements')).length + 4;
const result = { cases: CASES, pages, [`publish ${CASES} warm`]: warm, [`publish ${CASES} cold`]: cold };
console.log(JSON.stringify(result, null, 2));
process.exit(warm.ok && cold.ok ? 0 : 1);

#!/usr/bin/env node
// Time to first question (product.md §7: `linkage next` shows its first question within 0.3 s).
// Runs `linkage next krakow-pl` on a copy of the demo workspace in a pseudo-terminal (util-linux
// `script`), and measures from the spawn to the first prompt on the screen. `node -e 0` in the same
// terminal is the baseline, so a slow machine shows in the ratio too.
//
//   node bench/next.mjs [--runs 15] [--cli bin/linkage.js]
//
// Prints one JSON object and exits 1 over the target (2 when `script` is missing or a run fails).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyRepoWorkspace } from './generate.mjs';
import { median, option } from './lib.mjs';

const REPO = resolve(fileURLToPath(import.meta.url), '..', '..');
const RUNS = Number(option('--runs', '15'));
const CLI = resolve(option('--cli', join(REPO, 'bin', 'linkage.js')));
const TARGET_MS = 300;

if (spawnSync('script', ['--version']).status !== 0) {
  process.stderr.write('bench/next: util-linux `script` is needed for a pseudo-terminal\n');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'lk-next-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
copyRepoWorkspace(dir);

const quote = (s) => `'${s.replace(/'/g, "'\\''")}'`;

/** Milliseconds from spawning `command` in a pty until `marker` shows in its output. */
function timeTo(command, marker) {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', LINKAGE_TODAY: '2026-11-28', TERM: 'xterm' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let ms;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`no "${marker}" within 10 s:\n${out}`));
    }, 10_000);
    child.stdout.on('data', (chunk) => {
      out += chunk.toString();
      if (ms === undefined && out.includes(marker)) {
        ms = Number(process.hrtime.bigint() - t0) / 1e6;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (ms === undefined) fail(new Error(`no "${marker}" in:\n${out}`));
      else done(ms);
    });
  });
}

const node = [];
const next = [];
try {
  // One warm-up each (the parse cache and the OS file cache), then alternate.
  await timeTo(`${quote(process.execPath)} -e "console.log('ready')"`, 'ready');
  await timeTo(`${quote(process.execPath)} ${quote(CLI)} next krakow-pl`, '? ');
  for (let i = 0; i < RUNS; i++) {
    node.push(await timeTo(`${quote(process.execPath)} -e "console.log('ready')"`, 'ready'));
    next.push(await timeTo(`${quote(process.execPath)} ${quote(CLI)} next krakow-pl`, '? '));
  }
} catch (error) {
  process.stderr.write(`bench/next: ${error.message}\n`);
  process.exit(2);
}
const m = median(next);
const result = {
  'next: first question': {
    median_ms: Math.round(m),
    min_ms: Math.round(Math.min(...next)),
    node_e_0_ms: Math.round(median(node)),
    ratio_to_node: Number((m / median(node)).toFixed(2)),
    target_ms: TARGET_MS,
    runs: RUNS,
    ok: m <= TARGET_MS,
  },
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
process.exit(result['next: first question'].ok ? 0 : 1);

#!/usr/bin/env node
// Which modules a command loads: runs the built CLI once with a hook that records every ES module
// and every require()d file, then maps each bundle chunk back to its sources through its source map.
//
//   node bench/modules.mjs [--cli bin/linkage.js] [--cold] -- status -C <dir>
//
// Prints JSON: files loaded (with sizes), the sources inside each chunk, and the node: builtins.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { copyDemo, REPO_ROOT } from './generate.mjs';
import { clearCaches, option } from './lib.mjs';

const HOOKS = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.LK_MODULES_LOG, 'esm ' + url + '\\n');
  return next(url, context);
}
`;

const PRELOAD = `
import { register } from 'node:module';
import Module from 'node:module';
import { appendFileSync } from 'node:fs';
register(process.env.LK_MODULES_HOOKS);
const log = process.env.LK_MODULES_LOG;
const original = Module._load;
Module._load = function (request, parent, isMain) {
  try {
    const file = Module._resolveFilename(request, parent, isMain);
    appendFileSync(log, 'cjs ' + file + '\\n');
  } catch {}
  return original.apply(this, arguments);
};
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13));
  appendFileSync(log, 'builtins ' + builtins.join(',') + '\\n');
});
`;

/** Sources of a bundled file, from its linked source map: path → original size in bytes. */
function sourcesOf(file) {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return null;
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const dir = resolve(file, '..');
  const out = {};
  map.sources.forEach((s, i) => {
    const abs = resolve(dir, map.sourceRoot ?? '', s);
    out[relative(REPO_ROOT, abs)] = map.sourcesContent?.[i]?.length ?? null;
  });
  return out;
}

export function modulesLoaded({ cli = join(REPO_ROOT, 'bin', 'linkage.js'), args, cwd }) {
  const dir = mkdtempSync(join(tmpdir(), 'lk-modules-'));
  try {
    const hooks = join(dir, 'hooks.mjs');
    const preload = join(dir, 'preload.mjs');
    const logFile = join(dir, 'log');
    writeFileSync(hooks, HOOKS);
    writeFileSync(preload, PRELOAD);
    writeFileSync(logFile, '');
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, cli, ...args], {
      cwd,
      // Without the code cache: the CLI's bundle and the files of dist/lazy/ then load through require().
      env: {
        ...process.env,
        LK_MODULES_LOG: logFile,
        LK_MODULES_HOOKS: pathToFileURL(hooks).href,
        LINKAGE_CODE_CACHE: '0',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const lines = readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
    const files = [];
    let builtins = [];
    for (const line of lines) {
      const [kind, what] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
      if (kind === 'builtins') builtins = what.split(',');
      else if (what.startsWith('file:')) files.push({ kind, file: fileURLToPath(what) });
      else if (kind === 'cjs' && what.startsWith('/')) files.push({ kind, file: what });
      else if (kind === 'esm' && what.startsWith('node:')) builtins.push(what.slice(5));
    }
    const seen = new Set();
    const loaded = files
      .filter((f) => !f.file.startsWith(dir) && !seen.has(f.file) && seen.add(f.file))
      .map((f) => ({
        file: relative(REPO_ROOT, f.file),
        kind: f.kind,
        bytes: statSync(f.file).size,
        sources: sourcesOf(f.file),
      }));
    return {
      exit: r.status,
      stderr: r.stderr.toString().slice(0, 2000),
      loaded,
      builtins: [...new Set(builtins)].sort(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const sep = argv.indexOf('--');
  const own = sep >= 0 ? argv.slice(0, sep) : argv;
  let args = sep >= 0 ? argv.slice(sep + 1) : ['status'];
  const cli = resolve(option('--cli', join(REPO_ROOT, 'bin', 'linkage.js')));
  if (!args.includes('-C')) {
    // By default a copy of the demo, warm unless --cold: what a user sees in a meeting.
    const { base } = copyDemo();
    clearCaches([base]);
    if (!own.includes('--cold')) spawnSync(process.execPath, [cli, ...args, '-C', base], { stdio: 'ignore' });
    args = [...args, '-C', base];
  }
  const result = modulesLoaded({ cli, args });
  const total = result.loaded.reduce((n, f) => n + f.bytes, 0);
  console.log(JSON.stringify({ args, total_bytes: total, ...result }, null, 2));
}

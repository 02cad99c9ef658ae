#!/usr/bin/env node
// Synthetic workspaces for the benchmarks: the demo's case folders copied under varied slugs
// (`<demo-slug>-<n>`), deterministic, in os.tmpdir(). Each YAML copy gets a trailing comment with its
// number, so no two files are byte-identical (no cache can cheat on content) and all stay valid.
//
//   node bench/generate.mjs [--from <demo root>] [--cases N] [--workspaces W] [--out <dir>]
//
// Prints the workspace roots as JSON. As a module: `generate({ from, cases, workspaces, out })`.
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from './lib.mjs';

const GENERATOR_VERSION = 1;
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const WORKSPACE_FILES = ['linkage.yaml', 'profile.yaml'];

/** Every file under `dir`, as [relative posix path, bytes], in a stable order. */
function readTree(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      const abs = join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isFile()) out.push([relative(dir, abs).split('\\').join('/'), readFileSync(abs)]);
    }
  };
  walk(dir);
  return out;
}

/**
 * The demo's workspace files (with its assets/: the letterhead's coat of arms, for the benches that
 * render documents) and case folders (templates), read once.
 */
export function readDemo(from = REPO_ROOT) {
  const files = WORKSPACE_FILES.filter((f) => existsSync(join(from, f))).map((f) => [f, readFileSync(join(from, f))]);
  if (existsSync(join(from, 'assets')))
    files.push(...readTree(join(from, 'assets')).map(([f, b]) => [`assets/${f}`, b]));
  if (!files.some(([f]) => f === 'linkage.yaml')) throw new Error(`no linkage.yaml in ${from}`);
  const casesDir = join(from, 'cases');
  const templates = readdirSync(casesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && SLUG.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((slug) => ({ slug, files: readTree(join(casesDir, slug)) }));
  if (templates.length === 0) throw new Error(`no case folders in ${casesDir}`);
  return { files, templates };
}

/** A key for the generated tree: the demo's content and the shape asked for. */
function treeKey(demo, cases, workspaces) {
  const h = createHash('sha256').update(`v${GENERATOR_VERSION} ${cases} ${workspaces}\n`);
  for (const [f, b] of demo.files) h.update(f).update(b);
  for (const t of demo.templates) for (const [f, b] of t.files) h.update(`${t.slug}/${f}`).update(b);
  return h.digest('hex').slice(0, 12);
}

/** Trees of the same shape made from an older demo: removed, or /tmp fills up as the demo changes. */
function pruneStale(prefix, keep) {
  const parent = dirname(keep);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    if (name.startsWith(prefix) && join(parent, name) !== keep)
      rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** Files given as [relative posix path, bytes], written under `root` with their folders. */
function writeFiles(root, files) {
  for (const [f, b] of files) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), b);
  }
}

/**
 * A copy of the repository's own workspace (linkage.yaml, cases/, assets/ and schemas/, which the
 * YAML files name) in `to`, for the benches that run a command in it as a user would.
 */
export function copyRepoWorkspace(to) {
  for (const f of ['linkage.yaml', 'cases', 'assets', 'schemas'])
    cpSync(join(REPO_ROOT, f), join(to, f), { recursive: true });
  return to;
}

const stamp = (name, n) => (/\.ya?ml$/.test(name) ? `\n# bench copy ${n}\n` : '');

function writeWorkspace(root, demo, count, firstIndex) {
  mkdirSync(join(root, 'cases'), { recursive: true });
  writeFiles(root, demo.files);
  const made = new Set();
  for (let i = 0; i < count; i++) {
    const n = firstIndex + i;
    const t = demo.templates[n % demo.templates.length];
    const slug = `${t.slug}-${n + 1}`;
    if (!SLUG.test(slug)) throw new Error(`bad slug ${slug}`);
    const dir = join(root, 'cases', slug);
    for (const [f, b] of t.files) {
      const abs = join(dir, f);
      const parent = dirname(abs);
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      const extra = stamp(f, n + 1);
      writeFileSync(abs, extra ? Buffer.concat([b, Buffer.from(extra)]) : b);
    }
  }
}

/**
 * Generates `workspaces` workspaces of `cases` cases each (case numbers run on across workspaces, so
 * slugs are unique overall) and returns their roots. An identical tree from an earlier call is reused:
 * it is keyed on the demo's content, so an edited demo gives a fresh tree.
 */
export function generate({ from = REPO_ROOT, cases = 1000, workspaces = 1, out, demo = readDemo(from) } = {}) {
  const key = treeKey(demo, cases, workspaces);
  const base = out ?? join(tmpdir(), 'linkage-bench', `${workspaces}x${cases}-${key}`);
  const roots = Array.from({ length: workspaces }, (_, w) =>
    workspaces === 1 ? base : join(base, `ws-${String(w + 1).padStart(3, '0')}`),
  );
  const done = join(base, '.complete');
  if (existsSync(done) && readFileSync(done, 'utf8') === key)
    return { base, roots, reused: true, templates: demo.templates.length };
  if (out === undefined) pruneStale(`${workspaces}x${cases}-`, base);
  // Build beside, then rename: an interrupted run never leaves a half tree that looks complete.
  const tmp = `${base}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (let w = 0; w < workspaces; w++) {
    const root = workspaces === 1 ? tmp : join(tmp, `ws-${String(w + 1).padStart(3, '0')}`);
    writeWorkspace(root, demo, cases, w * cases);
  }
  writeFileSync(join(tmp, '.complete'), key);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(dirname(base), { recursive: true });
  renameSync(tmp, base);
  return { base, roots, reused: false, templates: demo.templates.length };
}

/** A copy of the demo workspace itself, so benchmarks never write a cache into the checkout. */
export function copyDemo({ from = REPO_ROOT, demo = readDemo(from) } = {}) {
  const key = treeKey(demo, 'demo', 1);
  const base = join(tmpdir(), 'linkage-bench', `demo-${key}`);
  if (existsSync(join(base, '.complete'))) return { base, roots: [base], reused: true };
  pruneStale('demo-', base);
  const tmp = `${base}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'cases'), { recursive: true });
  writeFiles(tmp, demo.files);
  for (const t of demo.templates) {
    for (const [f, b] of t.files) {
      const abs = join(tmp, 'cases', t.slug, f);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, b);
    }
  }
  writeFileSync(join(tmp, '.complete'), key);
  rmSync(base, { recursive: true, force: true });
  renameSync(tmp, base);
  return { base, roots: [base], reused: false };
}

/** Bytes and file count under a folder (for the report). */
export function treeSize(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isFile()) {
        files++;
        bytes += statSync(abs).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const result = generate({
    from: resolve(option('--from', REPO_ROOT)),
    cases: Number(option('--cases', 1000)),
    workspaces: Number(option('--workspaces', 1)),
    ...(option('--out') ? { out: resolve(option('--out')) } : {}),
  });
  const roots =
    result.roots.length > 3 ? [...result.roots.slice(0, 3), `… ${result.roots.length} in all`] : result.roots;
  console.log(JSON.stringify({ ...result, roots, ms: Math.round(performance.now() - t0) }, null, 2));
}

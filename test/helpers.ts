import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { copyRepoWorkspace } from '../bench/generate.mjs';
// @ts-expect-error: a plain .mjs script without types
import { clearCaches as clearBenchCaches } from '../bench/lib.mjs';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(REPO, 'bin', 'linkage.js');
export const FIXTURES = join(REPO, 'test', 'fixtures');

/** Deletes each workspace's .linkage-cache/: the next run is cold. */
export const clearCaches = (roots: string[]): void => clearBenchCaches(roots);

/** Node's own trace of a Worker being created (NODE_DEBUG=worker). */
export const WORKER_STARTED = /create new worker/;

const temps: string[] = [];
// Every temp folder a test file made goes when the file is done (a generated tree is ≈20 MB).
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'linkage-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A copy of a fixture workspace (or of the demo, `demo`) in a fresh temp folder. */
export function copyWorkspace(name: string): string {
  const dir = tempDir();
  if (name === 'demo') return copyRepoWorkspace(dir);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/**
 * Makes article 1 of aurora-us's agreement in a copy of the demo `sentences` numbered sentences long,
 * in Spanish and English ("Oración larga 1. …", "Long sentence 1. …"), so that it runs over pages.
 */
export function lengthenFirstArticle(root: string, sentences: number): void {
  const file = join(root, 'cases', 'aurora-us', 'agreement.yaml');
  const long = (word: string) => Array.from({ length: sentences }, (_, i) => `${word} ${i + 1}.`).join(' ');
  const text = readFileSync(file, 'utf8');
  const longer = text.replace(
    /(- id: objeto\n {4}heading: .+\n {4}text:\n {6}es: >-\n)((?: {8}.+\n)+)( {6}en: >-\n)((?: {8}.+\n)+)/,
    `$1        ${long('Oración larga')}\n$3        ${long('Long sentence')}\n`,
  );
  if (longer === text) throw new Error(`article 1 not found in ${file}`);
  writeFileSync(file, longer);
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: its own process, no terminal, no colour, a fixed "today". */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string } = {},
): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  delete env.LINKAGE_LANG;
  if (!options.env?.LINKAGE_TODAY) delete env.LINKAGE_TODAY;
  for (const [k, v] of Object.entries(options.env ?? {})) env[k] = v;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env,
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 60_000,
    // spawnSync's default, 1 MiB, kills the CLI mid-output: a status of two 230-case workspaces in
    // JSON is larger.
    maxBuffer: 256 * 1024 * 1024,
  });
  // A run cut short (timeout, buffer) must fail its test, not be compared as a short output.
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Replaces the first `from` in a file of a workspace copy; the test fails when it is not there (an
 * edit that changed nothing would prove nothing).
 */
export function replaceIn(file: string, from: string | RegExp, to: string): void {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${String(from)} is not in ${file}`);
  writeFileSync(file, after);
}

/** A stack trace line, which a user's mistake must never print. */
/**
 * The administration after the demo's and the rules fixture's (2027–2030, from 2027-10-01, its president),
 * to add to a linkage.yaml's `administrations:`; `extra` adds or replaces fields (its plan, its officials).
 */
/**
 * The demo workspace copied, with aurora-us's signed agreement text amended (one word less in an
 * article), as an amendment starts; `hash` is the amended text's.
 */
export function amendedAurora(): { root: string; hash: string } {
  const root = copyWorkspace('demo');
  replaceIn(
    join(root, 'cases', 'aurora-us', 'agreement.yaml'),
    'de sus respectivas competencias.',
    'de sus competencias.',
  );
  return { root, hash: AMENDED_AURORA };
}

/** The hash of aurora-us's text as amendedAurora amends it. */
export const AMENDED_AURORA = '9b982f787ab13ba04723a020566dc848cbe286659cdd247ee9819c45ccd55343';

/**
 * A copy of the demo where aurora-us (signed in 2023, registered RAI-0418/2023) has an amendment under
 * way, recorded as a liaison would on 2026-11-28 (`next --step amendment --answers`): its text edited
 * in agreement.yaml, its summary, and `rounds` (YAML lines under the amendment) if given. `root`, an
 * amendedAurora() copy already prepared, else a new one.
 */
export function amendedDemo(rounds = '', root = amendedAurora().root): string {
  const answers = join(root, 'answers.yaml');
  writeFileSync(
    answers,
    `amendments:\n  - id: modificacion-1\n    date: 2026-11-10\n    summary: { es: Se precisa el objeto del acuerdo., en: The purpose is made precise. }\n    hash: ${AMENDED_AURORA}\n${rounds}`,
  );
  const r = runCli(['next', 'aurora-us', '--step', 'amendment', '--answers', answers], {
    cwd: root,
    env: { LINKAGE_TODAY: '2026-11-28' },
  });
  if (r.stderr !== '') throw new Error(`next --step amendment failed: ${r.stderr}`);
  return root;
}

export const incomingAdministration = (extra: Record<string, unknown> = {}) => ({
  id: '2027-2030',
  period: { start: '2027-10-01', end: '2030-09-30' },
  officials: [{ role: 'president', name: 'Martín Salgado Ríos', gender: 'm' }],
  ...extra,
});

export const STACK = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

/** A PDF's text as poppler reads it, with soft hyphens and hyphenation at line ends undone. */
export function pdfText(file: string): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.replace(/\u00AD/g, '').replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2');
}

/** Page count, from pdfinfo. */
export function pdfPages(file: string): number {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(r.stdout)?.[1] ?? Number.NaN);
}

/** Collapses runs of white space, so that text wrapped across lines can be matched. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The text of one page of a PDF. */
export function pdfPageText(file: string, page: number): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
  return r.stdout.replace(/\u00AD/g, '').replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2');
}

/**
 * A PDF's text in drawing order (pdftotext -raw), white space collapsed: a table row reads cell by
 * cell, so a test can match a whole row.
 */
export function pdfDrawnText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const r = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
  return flat(r.stdout.replace(/\u00AD/g, '').replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2'));
}

/** One page of a PDF laid out as it is printed (pdftotext -layout): a line's columns stay apart. */
export function pdfLayoutText(file: string, page: number): string {
  const r = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
  return r.stdout;
}

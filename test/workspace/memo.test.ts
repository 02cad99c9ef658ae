// The memos of .linkage-cache/ (a case's status, its check findings, evidence hashes): whatever
// happens to the files or to the memo itself, `status` and `check` say what a fresh run says.
import { existsSync, linkSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsDerivation, runCheck } from '../../src/commands/check.js';
import { deriveOption } from '../../src/commands/derive.js';
import { runStatus } from '../../src/commands/status.js';
import { type DerivedFindings, isCaseFindings, runRules } from '../../src/process/rules/index.js';
import { CACHE_DIR } from '../../src/workspace/cache.js';
import { derivedFor, loadWorkspace } from '../../src/workspace/load.js';
import { openMemo } from '../../src/workspace/memo.js';
import { copyWorkspace, tempDir } from '../helpers.js';

const TODAY = '2026-11-28';
const HOUR_AGO = Date.now() / 1000 - 3600;

/** Every file of a tree dated an hour ago: out of the racy window, so the memos keep their entries. */
function age(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) age(abs);
    else utimesSync(abs, HOUR_AGO, HOUR_AGO);
  }
}

function demo(): string {
  const root = copyWorkspace('demo');
  age(root);
  return root;
}

/** A status as data: each step and fact named by its id and path (their functions are not data). */
const status = async (root: string) =>
  JSON.parse(
    JSON.stringify(await runStatus({ roots: [root], asOf: TODAY, env: {} }), (key, v) =>
      key === 'step' ? v.id : key === 'missing' ? v.map((f: { path: unknown[] }) => f.path) : v,
    ),
  );
const check = (root: string) => runCheck({ roots: [root], asOf: TODAY, env: {} });
const memoFile = (root: string, name: string) => join(root, CACHE_DIR, name);
/** What a run gives with no cache at all. */
function fresh<T>(root: string, run: (root: string) => T): T {
  rmSync(join(root, CACHE_DIR), { recursive: true, force: true });
  return run(root);
}

/** Rewrites a file and dates it an hour ago again (its ctime moves on: a real edit can't keep it). */
function edit(root: string, file: string, change: (text: string) => string): void {
  const abs = join(root, file);
  writeFileSync(abs, change(readFileSync(abs, 'utf8')));
  utimesSync(abs, HOUR_AGO + 60, HOUR_AGO + 60);
}

describe('status and check memos', () => {
  it('are written on a first run and give the same result on the next', async () => {
    const root = demo();
    const s1 = await status(root);
    const c1 = await check(root);
    for (const name of ['status-v1.json', 'check-v1.json', 'hashes-v1.json']) {
      const data = JSON.parse(readFileSync(memoFile(root, name), 'utf8'));
      expect(Object.keys(data.entries).length).toBeGreaterThan(0);
    }
    expect(await status(root)).toEqual(s1);
    expect(await check(root)).toEqual(c1);
    expect(await status(root)).toEqual(await fresh(root, status));
    expect(await check(root)).toEqual(await fresh(root, check));
  });

  it('derive a case again after its case.yaml or agreement.yaml is edited', async () => {
    const root = demo();
    await status(root);
    await check(root);
    // Drop the letter's follow-up date: the late warning of hofu-jp goes, another may come.
    edit(root, 'cases/hofu-jp/case.yaml', (t) => t.replace(/^(\s*)followUpOn: .*$/m, '$1followUpOn: 2099-01-01'));
    const s = await status(root);
    const hofu = s.workspaces[0]?.cases.find((c: { slug: string }) => c.slug === 'hofu-jp');
    expect(hofu?.late.some((l: { due: string }) => l.due === '2026-09-15')).toBe(false);
    expect(s).toEqual(await fresh(root, status));
    await status(root);
    await check(root);
    // A clause that submits to arbitration: check must find it although the case was memoised.
    edit(root, 'cases/aurora-us/agreement.yaml', (t) =>
      t.replace('en el ámbito de sus respectivas competencias.', 'y toda controversia se someterá a arbitraje.'),
    );
    const edited = await check(root);
    expect(edited.workspaces[0]?.problems.map((p) => p.rule)).toContain('foreign-jurisdiction');
    expect(edited).toEqual(await fresh(root, check));
  });

  it('derive a case again after a file is only touched, and after linkage.yaml changes', async () => {
    const root = demo();
    const before = await status(root);
    const memo = () => JSON.parse(readFileSync(memoFile(root, 'status-v1.json'), 'utf8')).entries;
    const keys = memo();
    utimesSync(join(root, 'cases/krakow-pl/case.yaml'), HOUR_AGO + 5, HOUR_AGO + 5);
    expect(await status(root)).toEqual(before);
    const after = memo();
    expect(after['krakow-pl'][0]).not.toBe(keys['krakow-pl'][0]);
    expect(after['hofu-jp'][0]).toBe(keys['hofu-jp'][0]);
    // contactWarningMonths in linkage.yaml changes what is late in every case.
    edit(root, 'linkage.yaml', (t) => `${t}\n# edited\n`);
    await status(root);
    for (const [slug, [key]] of Object.entries(memo() as Record<string, [string]>))
      expect(key).not.toBe(after[slug][0]);
  });

  it("keep the workspace's own findings until linkage.yaml changes", async () => {
    const root = demo();
    const workspaceFindings = (c: Awaited<ReturnType<typeof check>>) =>
      c.workspaces[0]?.problems.filter((p) => p.file === 'linkage.yaml').map((p) => `${p.id}@${p.line}`);
    const first = await check(root);
    const entry = () => JSON.parse(readFileSync(memoFile(root, 'check-v1.json'), 'utf8')).entries['.workspace'];
    expect(entry()).toBeDefined();
    expect(workspaceFindings(await check(root))).toEqual(workspaceFindings(first));
    // A withdrawn ISO 639-1 code (iw for he) is an iso-codes error on linkage.yaml.
    edit(root, 'linkage.yaml', (t) => t.replace('languages: [es, en, de]', 'languages: [es, en, iw]'));
    const edited = await check(root);
    expect(workspaceFindings(edited)).toEqual(workspaceFindings(await fresh(root, check)));
    expect(workspaceFindings(edited)).toContain('rule.iso-codes.language-suggestion@374');
    expect(workspaceFindings(await check(root))).toEqual(workspaceFindings(edited));
  });

  it('hash an evidence file again when it is replaced by other bytes of the same size and mtime', async () => {
    const root = demo();
    expect((await check(root)).errors).toBe(0);
    const pdf = join(root, 'cases/aurora-us/evidence/acta-cabildo-2022-08-25.pdf');
    const { size, atime, mtime } = statSync(pdf);
    const bytes = readFileSync(pdf);
    bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x41 ? 0x42 : 0x41;
    rmSync(pdf);
    writeFileSync(pdf, bytes);
    utimesSync(pdf, atime, mtime);
    expect(statSync(pdf).size).toBe(size);
    const replaced = await check(root);
    expect(replaced.workspaces[0]?.problems.map((p) => p.id)).toContain('rule.hashes.mismatch');
    // Truncated: another size.
    writeFileSync(pdf, bytes.subarray(0, 10));
    utimesSync(pdf, atime, mtime);
    expect((await check(root)).workspaces[0]?.problems.map((p) => p.id)).toContain('rule.hashes.mismatch');
    expect(await check(root)).toEqual(await fresh(root, check));
  });

  it('ignore a damaged, truncated or foreign memo and rewrite it', async () => {
    const root = demo();
    const s = await status(root);
    const c = await check(root);
    for (const name of ['status-v1.json', 'check-v1.json', 'hashes-v1.json']) {
      const file = memoFile(root, name);
      const full = readFileSync(file, 'utf8');
      const data = JSON.parse(full);
      const damaged = structuredClone(data);
      // Right keys, wrong values: an entry that would throw or lie if trusted.
      for (const e of Object.values(damaged.entries) as [string, unknown][]) e[1] = { steps: 'x', problems: [1] };
      for (const bad of [full.slice(0, full.length / 2), '', 'null', '[]', JSON.stringify(damaged)]) {
        writeFileSync(file, bad);
        expect(await status(root)).toEqual(s);
        expect(await check(root)).toEqual(c);
        expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(data.version);
      }
    }
  });

  it('are replaced whole by a rename, never rewritten in place', async () => {
    const root = demo();
    await status(root);
    const file = memoFile(root, 'status-v1.json');
    const before = readFileSync(file, 'utf8');
    // A second name for the same inode: writing in place would change what it reads.
    const link = join(root, 'old-memo.json');
    linkSync(file, link);
    edit(root, 'cases/krakow-pl/case.yaml', (t) => `${t}\n# edited\n`);
    await status(root);
    expect(readFileSync(file, 'utf8')).not.toBe(before);
    expect(readFileSync(link, 'utf8')).toBe(before);
    expect(readdirSync(join(root, CACHE_DIR)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('keep nothing of a file changed moments ago, and drop the entries of deleted cases', async () => {
    const root = copyWorkspace('demo');
    await status(root);
    const entries = () => JSON.parse(readFileSync(memoFile(root, 'status-v1.json'), 'utf8')).entries;
    expect(existsSync(memoFile(root, 'status-v1.json'))).toBe(false);
    age(root);
    await status(root);
    expect(Object.keys(entries())).toContain('krakow-pl');
    rmSync(join(root, 'cases/krakow-pl'), { recursive: true });
    await status(root);
    expect(Object.keys(entries())).not.toContain('krakow-pl');
  });
});

describe('a warm check', () => {
  it('builds no case value: the memo answers for every unchanged case', async () => {
    const root = demo();
    await check(root);
    // As checkOfWorkspace runs it, with the workspace kept to look at its cases afterwards.
    const ws = loadWorkspace(root);
    const memo = openMemo(root, 'check-v1.json', true, isCaseFindings);
    const problems = runRules({ ws, today: TODAY, verifyHashes: true }, memo);
    expect(problems.some((p) => p.severity === 'error')).toBe(false);
    // A value not built yet is still the accessor that would parse its file.
    for (const bundle of ws.cases)
      expect(Object.getOwnPropertyDescriptor(bundle, 'case')?.get, bundle.slug).toBeTypeOf('function');
  });
});

describe('a cold check', () => {
  it('on one thread builds no case value either: each case is judged as it is parsed, and let go', () => {
    const root = demo();
    // As checkOfWorkspace runs it, from source (no parse workers), with no cache.
    const ws = loadWorkspace(root, { derive: deriveOption('check', { asOf: TODAY, env: {} }, findingsDerivation) });
    const memo = openMemo(root, 'check-v1.json', true, isCaseFindings);
    const problems = runRules(
      { ws, today: TODAY, verifyHashes: true },
      memo,
      (bundle) => derivedFor(ws, bundle, TODAY) as DerivedFindings | undefined,
    );
    expect(problems.some((p) => p.severity === 'error')).toBe(false);
    expect(problems.filter((p) => p.rule === 'late').map((p) => [p.file, p.line])).toEqual([
      ['cases/hofu-jp/case.yaml', 57],
    ]);
    for (const bundle of ws.cases)
      expect(Object.getOwnPropertyDescriptor(bundle, 'case')?.get, bundle.slug).toBeTypeOf('function');
  });
});

describe('Memo.recall', () => {
  it('gives the memo’s value, else what it is told and keeps that under the key; with no key it keeps nothing', () => {
    const root = tempDir();
    const isString = (v: unknown): v is string => typeof v === 'string';
    const memo = openMemo(root, 'recall-test.json', true, isString);
    let asked = 0;
    const elsewhere = () => {
      asked++;
      return 'derived';
    };
    expect(memo.recall('a', undefined, elsewhere)).toBe('derived');
    expect(memo.get('a', 'k1')).toBeUndefined();
    expect(memo.recall('a', 'k1', elsewhere)).toBe('derived');
    expect(memo.get('a', 'k1')).toBe('derived');
    expect(asked).toBe(2);
    memo.set('a', 'k1', 'memoised');
    expect(memo.recall('a', 'k1', elsewhere)).toBe('memoised');
    expect(asked).toBe(2);
    expect(memo.recall('b', 'k2', () => undefined)).toBeUndefined();
    expect(memo.get('b', 'k2')).toBeUndefined();
  });
});

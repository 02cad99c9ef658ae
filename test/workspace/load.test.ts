import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { caseParser, derivedFor, findWorkspaceRoot, loadWorkspace } from '../../src/workspace/load.js';
import { locateProblems } from '../../src/workspace/locate.js';
import type { Problem } from '../../src/workspace/problems.js';
import { copyWorkspace, tempDir } from '../helpers.js';

const CASE = 'cases/leon-es/case.yaml';

function load(root: string) {
  const ws = loadWorkspace(root, { cache: false });
  const problems = locateProblems(root, [...ws.problems, ...ws.cases.flatMap((c) => c.problems)]);
  return { ws, problems };
}

function edit(root: string, file: string, change: (text: string) => string) {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const only = (problems: Problem[], id: string) => problems.filter((p) => p.id === id);

describe('loadWorkspace', () => {
  it('loads the minimal fixture without problems', () => {
    const { ws, problems } = load(copyWorkspace('minimal'));
    expect(problems).toEqual([]);
    expect(ws.config?.municipality.name).toBe('Villa de Santa Úrsula');
    expect(ws.cases.map((c) => c.slug)).toEqual(['leon-es']);
    expect(ws.cases[0]?.case?.counterpart.country).toBe('ES');
  });

  it('locates a wrong type by file, line, column and field path', () => {
    const root = copyWorkspace('minimal');
    edit(root, CASE, (t) => t.replace('languages: [es]', 'languages: español'));
    const { problems } = load(root);
    expect(problems).toEqual([
      expect.objectContaining({
        id: 'schema.type.array',
        file: CASE,
        path: ['counterpart', 'languages'],
        line: 8,
        col: 14,
      }),
    ]);
  });

  it('warns on an unknown key and suggests the right one', () => {
    const root = copyWorkspace('minimal');
    edit(root, CASE, (t) => t.replace('kind: sister-cities', 'kind: sister-cities\nreasosn: []'));
    const { problems } = load(root);
    const [p] = only(problems, 'schema.unknown-key');
    expect(p).toMatchObject({
      severity: 'warning',
      file: CASE,
      path: ['reasosn'],
      params: { suggestion: 'reasons' },
      line: 14,
    });
  });

  it('reports broken YAML as a located error and keeps loading the other files', () => {
    const root = copyWorkspace('minimal');
    edit(root, CASE, (t) => t.replace('  country: ES', '  country: [ES'));
    const { ws, problems } = load(root);
    expect(problems[0]).toMatchObject({ id: expect.stringMatching(/^yaml\.syntax/), file: CASE, severity: 'error' });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(8);
    expect(ws.config).not.toBeNull();
  });

  it('reports an empty file', () => {
    const root = copyWorkspace('minimal');
    writeFileSync(join(root, CASE), '');
    expect(only(load(root).problems, 'file.empty')).toHaveLength(1);
  });

  it('names unresolved git conflict markers', () => {
    const root = copyWorkspace('minimal');
    edit(root, CASE, (t) =>
      t.replace('kind: sister-cities', '<<<<<<< HEAD\nkind: sister-cities\n=======\nkind: cooperation\n>>>>>>> rama'),
    );
    expect(load(root).problems).toEqual([expect.objectContaining({ id: 'yaml.conflict', file: CASE, line: 13 })]);
  });

  it('refuses a file with a newer schemaVersion as fatal', () => {
    const root = copyWorkspace('minimal');
    edit(root, CASE, (t) => t.replace('schemaVersion: 1', 'schemaVersion: 2'));
    expect(load(root).problems).toEqual([expect.objectContaining({ id: 'file.newer-schema', fatal: true, line: 2 })]);
  });

  it('reports a case folder without its case file', () => {
    const root = copyWorkspace('minimal');
    mkdirSync(join(root, 'cases', 'roma-it'));
    writeFileSync(join(root, 'cases', 'roma-it', 'agreement.yaml'), 'schemaVersion: 1\narticles: []\n');
    const problems = only(load(root).problems, 'case.missing-file');
    expect(problems).toEqual([
      expect.objectContaining({ file: 'cases/roma-it/case.yaml', params: { slug: 'roma-it' } }),
    ]);
  });

  it('refuses a case folder named as a reserved Windows device or with bad characters', () => {
    const root = copyWorkspace('minimal');
    mkdirSync(join(root, 'cases', 'con'));
    mkdirSync(join(root, 'cases', 'Roma IT'));
    const ids = load(root).problems.map((p) => p.id);
    expect(ids).toContain('slug.reserved');
    expect(ids).toContain('slug.form');
  });

  it('accepts CRLF, a BOM and NFD text in a case file', () => {
    const root = copyWorkspace('minimal');
    edit(root, CASE, (t) => `\uFEFF${t.normalize('NFD').replace(/\n/g, '\r\n')}`);
    const { ws, problems } = load(root);
    expect(problems).toEqual([]);
    expect(ws.cases[0]?.case?.counterpart.city).toEqual({ es: 'León', en: 'León' });
  });

  it('ignores a truncated cache and rebuilds it', () => {
    const root = copyWorkspace('minimal');
    const first = loadWorkspace(root);
    const cacheFile = join(root, '.linkage-cache', 'parse-v1.json');
    const full = readFileSync(cacheFile, 'utf8');
    writeFileSync(cacheFile, full.slice(0, full.length / 2));
    const second = loadWorkspace(root);
    expect(second.cases[0]?.case).toEqual(first.cases[0]?.case);
    expect(() => JSON.parse(readFileSync(cacheFile, 'utf8'))).not.toThrow();
  });

  it('reads an unchanged file again for its value, and keeps only its problems in the cache', () => {
    const root = copyWorkspace('minimal');
    const first = loadWorkspace(root);
    const expected = JSON.parse(JSON.stringify(first.cases[0]?.case));
    const cacheFile = join(root, '.linkage-cache', 'parse-v1.json');
    expect(readFileSync(cacheFile, 'utf8')).not.toContain('León');
    const warm = loadWorkspace(root);
    expect(JSON.parse(JSON.stringify(warm.cases[0]?.case))).toEqual(expected);
  });
});

describe('findWorkspaceRoot', () => {
  it('finds linkage.yaml upward from a case folder', () => {
    const root = copyWorkspace('minimal');
    expect(findWorkspaceRoot(join(root, 'cases', 'leon-es'))).toBe(root);
  });

  it('says to run linkage init when there is none', () => {
    const dir = tempDir();
    expect(() => findWorkspaceRoot(dir)).toThrow(UserError);
    try {
      findWorkspaceRoot(dir);
    } catch (error) {
      expect((error as UserError).id).toBe('workspace.not-found');
      expect((error as UserError).exitCode).toBe(2);
    }
  });
});

describe('derivedFor', () => {
  it('gives what a parse thread derived only for the day asked', () => {
    const root = copyWorkspace('minimal');
    const ws = loadWorkspace(root, { cache: false });
    const bundle = ws.cases[0];
    if (!bundle) throw new Error('the minimal fixture has a case');
    const parsed = caseParser(root, () => 'v')(bundle.slug);
    ws.derived = { today: '2026-11-28', cases: new Map([[bundle.slug, parsed]]) };
    expect(derivedFor(ws, bundle, '2026-11-28')).toBe('v');
    expect(derivedFor(ws, bundle, '2026-11-29')).toBeUndefined();
  });

  it('derives nothing of a case with a file the parse thread could not read (the load reads it again)', () => {
    const root = copyWorkspace('minimal');
    const slug = 'leon-es';
    expect(caseParser(root, () => 'v')(slug).derived).toBe('v');
    // A folder where agreement.yaml should be: listed, stat'ed, but not readable as a file.
    mkdirSync(join(root, 'cases', slug, 'agreement.yaml'));
    const parsed = caseParser(root, () => 'v')(slug);
    expect(parsed.derived).toBeUndefined();
    expect(parsed.files.map((f) => f.file)).toEqual([CASE]);
  });
});

describe('caseParser', () => {
  it('hands a case parsed afresh to its derivation with the texts its parse read, which locate uses', () => {
    const root = copyWorkspace('minimal');
    let texts: ReadonlyMap<string, string> | undefined;
    caseParser(root, (_, read) => {
      texts = read;
      return undefined;
    })('leon-es');
    expect([...(texts?.keys() ?? [])]).toEqual([CASE]);
    expect(texts?.get(CASE)).toBe(readFileSync(join(root, CASE), 'utf8'));
    // Placed in the text as parsed, not as the file stands now (here: gone).
    rmSync(join(root, CASE));
    const problem: Problem = { severity: 'error', id: 'x', params: {}, file: CASE, path: ['counterpart', 'country'] };
    expect(locateProblems(root, [problem], texts)[0]).toMatchObject({ line: 7, col: 12 });
    expect(locateProblems(root, [problem])[0]?.line).toBeUndefined();
  });
});

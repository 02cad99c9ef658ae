import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan, openYaml, yamlText } from '../../src/workspace/write.js';
import { copyWorkspace, FIXTURES, REPO } from '../helpers.js';

const before = (root: string, file: string) => readFileSync(join(root, file), 'utf8');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.') || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const files = [join(REPO, 'linkage.yaml'), ...yamlFiles(join(REPO, 'cases')), ...yamlFiles(FIXTURES)];

describe('a load and save of an untouched file is byte-identical', () => {
  it('has files to try', () => expect(files.length).toBeGreaterThan(10));

  it.each(files.map((f) => [relative(REPO, f), f]))('%s', (_name, file) => {
    const edit = openYaml('/', file);
    expect(yamlText(edit)).toBe(readFileSync(file, 'utf8'));
  });
});

describe('an edit keeps every line it does not touch', () => {
  it.each(files.map((f) => [relative(REPO, f), f]))('%s', (_name, file) => {
    const original = readFileSync(file, 'utf8');
    const edit = openYaml('/', file);
    edit.doc.set('x-added', 'valor');
    expect(yamlText(edit)).toBe(`${original}x-added: valor\n`);
  });
});

describe('editing keeps comments and key order', () => {
  it('keeps a hand-wrapped paragraph that yaml alone would re-flow', () => {
    const root = copyWorkspace('minimal');
    const file = 'cases/leon-es/case.yaml';
    const wrapped = before(root, file).replace(
      '      es: Ambas ciudades gestionan acuíferos sobreexplotados.',
      '      es: Ambas ciudades gestionan\n        acuíferos sobreexplotados.',
    );
    writeFileSync(join(root, file), wrapped);
    const edit = openYaml(root, file);
    edit.doc.setIn(['counterpart', 'mayor', 'gender'], 'f');
    expect(yamlText(edit)).toBe(wrapped.replace('    gender: m', '    gender: f'));
  });

  it('changes one value and nothing else', () => {
    const root = copyWorkspace('minimal');
    const file = 'cases/leon-es/case.yaml';
    const before = readFileSync(join(root, file), 'utf8');
    const edit = openYaml(root, file);
    edit.doc.setIn(['steps', 'letter', 'date'], '2026-11-02');
    applyPlan({ root, writes: [{ file, content: yamlText(edit), expected: edit.expected }] });
    const after = readFileSync(join(root, file), 'utf8');
    expect(after).toBe(`${before}  letter:\n    date: 2026-11-02\n`);
    expect(after.startsWith('# yaml-language-server')).toBe(true);
  });

  it('refuses to write when the file changed since it was read, and writes nothing', () => {
    const root = copyWorkspace('minimal');
    const file = 'cases/leon-es/case.yaml';
    const edit = openYaml(root, file);
    edit.doc.setIn(['kind'], 'cooperation');
    writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}# someone else\n`);
    expect(() => applyPlan({ root, writes: [{ file, content: yamlText(edit), expected: edit.expected }] })).toThrow(
      expect.objectContaining({ id: 'file.changed' }),
    );
    expect(readFileSync(join(root, file), 'utf8')).toMatch(/# someone else\n$/);
    expect(readdirSync(join(root, 'cases', 'leon-es'))).toEqual(['case.yaml']);
  });

  it('refuses a plan that would write outside the workspace', () => {
    const root = copyWorkspace('minimal');
    expect(() => applyPlan({ root, writes: [{ file: '../evil.yaml', content: 'x' }] })).toThrow(
      expect.objectContaining({ id: 'slug.unsafe' }),
    );
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers.js';
import { check, copyBase, edit, findings } from './helpers.js';

const withLanguages = (langs: string[]) => {
  const root = copyBase();
  edit(root, 'linkage.yaml', (d) => d.setIn(['settings', 'languages'], d.createNode(langs)));
  return root;
};

describe('document-languages', () => {
  it('passes on languages with built-in templates (es, en, de)', () => {
    expect(findings(check(withLanguages(['es', 'en', 'de'])), 'document-languages')).toEqual([]);
  });

  it('warns on a document language without templates, until the workspace has its own', () => {
    const root = withLanguages(['es', 'pt', 'en']);
    expect(findings(check(root), 'document-languages')).toEqual([
      {
        id: 'rule.document-languages',
        severity: 'warning',
        file: 'linkage.yaml',
        path: ['settings', 'languages', 1],
      },
    ]);
    mkdirSync(join(root, 'templates', 'pt'), { recursive: true });
    writeFileSync(join(root, 'templates', 'pt', 'letter.hbs'), '{{!-- linkage: letter v1 --}}\n');
    expect(findings(check(root), 'document-languages')).toEqual([]);
  });

  it('is not memoised: a warm check sees the templates folder made since', () => {
    const root = withLanguages(['es', 'pt']);
    const env = { LINKAGE_TODAY: '2026-03-15' };
    const cold = runCli(['check'], { cwd: root, env });
    expect(cold.code).toBe(0);
    expect(cold.stdout).toContain('linkage.yaml');
    expect(cold.stdout).toContain('[document-languages]: No hay plantillas de documentos en «pt»');
    mkdirSync(join(root, 'templates', 'pt'), { recursive: true });
    const warm = runCli(['check'], { cwd: root, env });
    expect(warm.code).toBe(0);
    expect(warm.stdout).not.toContain('document-languages');
  });
});

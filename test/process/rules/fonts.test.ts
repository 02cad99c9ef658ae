import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, copyBase, edit, findings, paramsOf } from './helpers.js';

/** The base workspace with `settings.fonts: [{ path: ref }]`. */
function withFont(ref: string): string {
  const root = copyBase();
  edit(root, 'linkage.yaml', (d) => d.setIn(['settings', 'fonts'], d.createNode([{ path: ref }])));
  return root;
}

const AT = { file: 'linkage.yaml', path: ['settings', 'fonts', 0, 'path'] };

describe('fonts', () => {
  it('passes without fonts of its own, and with a font file that is there', () => {
    expect(findings(check(copyBase()), 'fonts')).toEqual([]);
    const root = withFont('assets/NotoSansJP.ttf');
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'NotoSansJP.ttf'), 'a font');
    expect(findings(check(root), 'fonts')).toEqual([]);
  });

  it('errs on a font that is not there, or a folder in its place', () => {
    const problems = check(withFont('assets/NotoSansJP.ttf'));
    expect(findings(problems, 'fonts')).toEqual([{ id: 'rule.fonts', severity: 'error', ...AT }]);
    expect(paramsOf(problems, 'rule.fonts')?.file).toBe('assets/NotoSansJP.ttf');
    const root = withFont('assets');
    mkdirSync(join(root, 'assets'));
    expect(findings(check(root), 'fonts')).toEqual([{ id: 'rule.fonts', severity: 'error', ...AT }]);
  });

  it('errs on a path that leaves the workspace', () => {
    expect(findings(check(withFont('../NotoSansJP.ttf')), 'fonts')).toEqual([
      { id: 'rule.fonts.outside', severity: 'error', ...AT },
    ]);
  });
});

import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, REPO, runCli, STACK } from '../../helpers.js';
import { check, copyBase, edit, findings, paramsOf } from './helpers.js';

const AT = { file: 'linkage.yaml', path: ['settings', 'letterhead', 'coatOfArms'] };

/** The base workspace with `settings.letterhead.coatOfArms: ref`. */
function withCoat(ref: string): string {
  const root = copyBase();
  edit(root, 'linkage.yaml', (d) => d.setIn(['settings', 'letterhead', 'coatOfArms'], ref));
  return root;
}

describe('coat-of-arms', () => {
  it('passes without a coat of arms, and with a PNG that is there', () => {
    expect(findings(check(copyBase()), 'coat-of-arms')).toEqual([]);
    const root = withCoat('assets/escudo.png');
    mkdirSync(join(root, 'assets'));
    copyFileSync(join(REPO, 'assets', 'escudo-san-pedro.png'), join(root, 'assets', 'escudo.png'));
    expect(findings(check(root), 'coat-of-arms')).toEqual([]);
  });

  it('errs on a coat of arms that is not there', () => {
    const problems = check(withCoat('assets/escudo.png'));
    expect(findings(problems, 'coat-of-arms')).toEqual([{ id: 'rule.coat-of-arms', severity: 'error', ...AT }]);
    expect(paramsOf(problems, 'rule.coat-of-arms')?.file).toBe('assets/escudo.png');
  });

  it('errs, as generate and publish would, on a file that is not PNG or JPEG', () => {
    const root = withCoat('escudo.svg');
    writeFileSync(join(root, 'escudo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n');
    expect(findings(check(root), 'coat-of-arms')).toEqual([
      { id: 'document.image.unsupported-format', severity: 'error', ...AT },
    ]);
  });

  it('errs on a path that leaves the workspace', () => {
    expect(findings(check(withCoat('../escudo.png')), 'coat-of-arms')).toEqual([
      { id: 'rule.coat-of-arms.outside', severity: 'error', ...AT },
    ]);
  });
});

describe('linkage check and a missing coat of arms', () => {
  it('fails (exit 1) on the demo where publish would stop, located in linkage.yaml', () => {
    const root = copyWorkspace('demo');
    expect(runCli(['check'], { cwd: root }).code).toBe(0);
    rmSync(join(root, 'assets', 'escudo-san-pedro.png'));
    const r = runCli(['check'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^linkage\.yaml:\d+:\d+ \(settings\.letterhead\.coatOfArms\) error \[coat-of-arms\]: No se encontró el escudo assets\/escudo-san-pedro\.png/m,
    );
    expect(r.stdout).not.toMatch(STACK);
    expect(runCli(['publish'], { cwd: root }).code).toBe(2);
  });
});

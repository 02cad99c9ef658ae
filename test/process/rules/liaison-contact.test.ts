import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, flat, pdfText, replaceIn, runCli } from '../../helpers.js';
import { check, copyBase, edit, findings } from './helpers.js';

const AT = { file: 'linkage.yaml', path: ['liaison'] };

describe('liaison-contact', () => {
  it("passes with the office's email, or its phone, alone", () => {
    expect(findings(check(copyBase()), 'liaison-contact')).toEqual([]);
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => {
      d.deleteIn(['liaison', 'office', 'email']);
      d.setIn(['liaison', 'office', 'phone'], '+52 462 000 0000');
    });
    expect(findings(check(root), 'liaison-contact')).toEqual([]);
  });

  it("warns when the office has neither, though the person's own are on record", () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => {
      d.setIn(['liaison', 'office'], { address: 'Portal Hidalgo 1' });
      d.setIn(['liaison', 'person', 'email'], 'luis@example.org');
      d.setIn(['liaison', 'person', 'phone'], '+52 462 000 0001');
    });
    expect(findings(check(root), 'liaison-contact')).toEqual([
      { id: 'rule.liaison-contact', severity: 'warning', ...AT },
    ]);
  });

  it('says nothing before a liaison is on record', () => {
    const root = copyBase();
    edit(root, 'linkage.yaml', (d) => d.deleteIn(['liaison']));
    expect(findings(check(root), 'liaison-contact')).toEqual([]);
  });
});

describe('linkage check, generate letter and a liaison office with no contact', () => {
  it('warns at liaison in linkage.yaml, and the letter goes out with no contact line', () => {
    const root = copyWorkspace('demo');
    const ok = runCli(['check'], { cwd: root });
    expect(ok.code).toBe(0);
    expect(ok.stdout).not.toContain('[liaison-contact]');
    expect(runCli(['generate', 'letter', 'aurora-us', '--lang', 'es'], { cwd: root }).stdout).not.toContain(
      'contacto institucional',
    );
    replaceIn(join(root, 'linkage.yaml'), /^ {2}office:\n(?: {4}.*\n)+(?= {2}appointed:)/m, '');
    const r = runCli(['check'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^linkage\.yaml:\d+:\d+ \(liaison\) advertencia \[liaison-contact\]: Las cartas, los oficios y el perfil municipal nombrarán al enlace sin un contacto institucional/m,
    );
    expect(r.stdout).toContain('Agregue liaison.office.email o liaison.office.phone en linkage.yaml');
    const g = runCli(['generate', 'letter', 'aurora-us', '--lang', 'es'], { cwd: root });
    expect(g.code).toBe(0);
    // generate says it too, with the same words and hint, for the documents that print that contact.
    expect(g.stdout).toContain(
      'Las cartas, los oficios y el perfil municipal nombrarán al enlace sin un contacto institucional',
    );
    expect(g.stdout).toContain('Agregue liaison.office.email o liaison.office.phone en linkage.yaml');
    // `generate all` writes a dozen such documents of the demo's cases, and says it once.
    const all = runCli(['generate', 'all'], { cwd: root });
    expect(all.code).toBe(0);
    expect(all.stdout.split('nombrarán al enlace sin un contacto institucional')).toHaveLength(2);
    const profile = runCli(['generate', 'profile', '--lang', 'es'], { cwd: root });
    expect(profile.stdout).toContain('nombrarán al enlace sin un contacto institucional');
    // The agreement does not print it.
    expect(runCli(['generate', 'agreement', 'aurora-us', '--lang', 'es'], { cwd: root }).stdout).not.toContain(
      'contacto institucional',
    );
    const letter = flat(pdfText(join(root, 'out', 'letter-aurora-us-es.pdf')));
    expect(letter).toMatch(
      /ponerse en contacto con .+, de la Dirección de Asuntos Internacionales y Atención al Migrante\./,
    );
    expect(letter).not.toContain('internacional@sanpedrohuertas.gob.mx');
  });
});

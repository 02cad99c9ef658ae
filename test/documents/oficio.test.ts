import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, flat, pdfText, runCli } from '../helpers.js';

const AS_OF = { LINKAGE_TODAY: '2026-11-28' };
const generate = (root: string, args: string[]) => runCli(['generate', ...args], { cwd: root, env: AS_OF });

/** Generates one oficio of a case into out/ and returns its text. */
function oficioText(root: string, document: string, slug: string): string {
  const r = generate(root, [document, slug]);
  expect(r.stderr).toBe('');
  return flat(pdfText(join(root, 'out', `${document}-${slug}-es.pdf`)));
}

/** Rewrites a case's case.yaml with `edit`, failing if the edit changed nothing. */
function editCase(root: string, slug: string, edit: (text: string) => string): string {
  const file = join(root, 'cases', slug, 'case.yaml');
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
  return file;
}

describe('the opinion request', () => {
  it('after a favourable dictamen is the round that was sent: its number, date, route, annexes and signer', () => {
    const root = copyWorkspace('demo');
    const text = oficioText(root, 'opinion-request', 'aurora-us');
    expect(text).toContain('Oficio núm. PM/0561/2022');
    expect(text).toContain('San Pedro de las Huertas, Gto., a 5 de septiembre de 2022');
    // One round only, and its dictamen was favourable: no "second version", no observations.
    expect(text).not.toContain('versión que se somete');
    expect(text).not.toContain('observaciones');
    // Sent directly to the DGCP: neither through the state office nor copied to it.
    expect(text).not.toContain('Por conducto de');
    expect(text).not.toContain('Gobierno del Estado');
    expect(text).toContain('1. Texto del Acuerdo en español e inglés');
    expect(text).toContain('3. Carta de aceptación del Alcalde de Aurora');
    // Signed by the president in office on 5 September 2022, under that administration's letterhead.
    expect(text).toContain('Jorge Alberto Ramírez Olvera Presidente Municipal');
    expect(text).toContain('Guanajuato · 2021–2024');
  });

  it('issuing it after a favourable dictamen records no new round', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'giessen-de', 'case.yaml');
    const before = readFileSync(file, 'utf8');
    const r = generate(root, ['opinion-request', 'giessen-de', '--record']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(flat(pdfText(join(root, 'cases', 'giessen-de', 'issued', 'opinion-request-giessen-de-es.pdf')))).toContain(
      'Oficio núm. PM/DAI/0571/2025',
    );
  });

  it('a round after observations says it answers them', () => {
    const text = oficioText(copyWorkspace('demo'), 'opinion-request', 'mildura-au');
    expect(text).toContain(
      'Esta es la 2.ª versión que se somete a esa Secretaría; atiende las observaciones comunicadas mediante el oficio CJ/DGCP/1876/2026 del 10 de junio de 2026.',
    );
  });

  it('a round after an unfavourable dictamen revises the text without speaking of observations', () => {
    const root = copyWorkspace('demo');
    editCase(root, 'mildura-au', (text) => text.replace('outcome: observations', 'outcome: unfavourable'));
    const text = oficioText(root, 'opinion-request', 'mildura-au');
    expect(text).toContain(
      'Esta es la 2.ª versión que se somete a esa Secretaría; revisa la versión anterior, sobre la que esa Secretaría emitió su dictamen mediante el oficio CJ/DGCP/1876/2026 del 10 de junio de 2026.',
    );
    expect(text).not.toContain('atiende las observaciones');
  });
});

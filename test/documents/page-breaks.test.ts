// Page breaks of the documents the built CLI writes, read back page by page: no label or heading
// left at the foot of a page without its content, no signatures without text above them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, lengthenFirstArticle, runCli } from '../helpers.js';
import { normalize, pageOf, pageTexts } from './layout/helpers.js';

const AS_OF = { LINKAGE_TODAY: '2026-11-28' };

function generate(root: string, args: string[]): string[] {
  const r = runCli(['generate', ...args], { cwd: root, env: AS_OF });
  expect(r.stderr).toBe('');
  const file = /out\/(\S+\.pdf)/.exec(r.stdout)?.[1];
  expect(file).toBeDefined();
  return pageTexts(readFileSync(join(root, 'out', file as string)));
}

describe('labels and headings stay with their content', () => {
  it('the profile: "Potencial:" and "Potential:" on the page of their list, with or without a case', () => {
    const root = copyWorkspace('demo');
    const cases = readdirSync(join(root, 'cases'));
    for (const slug of [undefined, ...cases]) {
      const pages = generate(root, ['profile', ...(slug ? [slug] : []), '--lang', 'es,en']);
      expect(pageOf(pages, 'Potencial:'), slug).toBe(pageOf(pages, 'Potencial: • Riego tecnificado'));
      expect(pageOf(pages, 'Potential:'), slug).toBe(pageOf(pages, 'Potential: • Efficient irrigation'));
    }
  });

  it("the AOP report: each activity's heading on the page of its table", () => {
    const root = copyWorkspace('demo');
    const pages = generate(root, ['aop-report', 'aurora-us']).map(normalize);
    for (const id of ['A25-1', 'A25-2', 'A25-3', 'A25-4']) {
      const page = pages.findIndex((p) => p.includes(`${id}. `));
      expect(page, id).toBeGreaterThanOrEqual(0);
      const section = pages[page]?.slice(pages[page]?.indexOf(`${id}. `)) ?? '';
      expect(section, `${id}: its table starts on the page of its heading`).toMatch(/Indicador Unidad/);
    }
  });
});

describe('signatures keep text above them', () => {
  it('Spanish letters: the closing formula and the last lines of the letter above the signature', () => {
    const root = copyWorkspace('demo');
    for (const slug of ['aurora-us', 'hofu-jp', 'krakow-pl']) {
      const pages = generate(root, ['letter', slug, '--lang', 'es']);
      const page = pages[pageOf(pages, 'Atentamente') - 1] ?? '';
      const above = page
        .slice(0, page.indexOf('Atentamente'))
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.includes('Ayuntamiento') && !/^Guanajuato|^Tierra/.test(l));
      expect(page, slug).toContain('Aprovecho la ocasión para enviarle un cordial saludo.');
      expect(above.length, `${slug}: lines of text above the signature`).toBeGreaterThanOrEqual(3);
    }
  });

  it('the SRE oficios: the c.c.p. lines on the page of the signature, never alone on a page', () => {
    const root = copyWorkspace('demo');
    for (const [doc, slug] of [
      ['opinion-request', 'aurora-us'],
      ['opinion-request', 'leamington-ca'],
      ['registration', 'aurora-us'],
      ['registration', 'giessen-de'],
    ] as const) {
      const pages = generate(root, [doc, slug]);
      const copies = pageOf(pages, 'c.c.p. Archivo');
      expect(copies, `${doc} ${slug}`).toBeGreaterThan(0);
      expect(pageOf(pages, 'Atentamente'), `${doc} ${slug}`).toBe(copies);
    }
    // A short list item (the annex) is not split across pages.
    const pages = generate(root, ['registration', 'giessen-de']);
    const annex =
      'Anexo: 1. Copia del Acuerdo de Cooperación en materia de Formación Profesional Dual entre el Municipio de San Pedro de las Huertas, Estado de Guanajuato, de los Estados Unidos Mexicanos, y la Ciudad Universitaria de Gießen, Estado de Hesse, República Federal de Alemania, firmado';
    expect(pageOf(pages, annex)).toBeGreaterThan(0);
  });

  it('the parallel agreement with a long article 1: the closing formula on the page of the signatures', () => {
    const root = copyWorkspace('demo');
    // Long enough that the last article ends near the foot of a page.
    lengthenFirstArticle(root, 140);
    const pages = generate(root, ['agreement', 'aurora-us', '--lang', 'es,en', '--layout', 'parallel']);
    const page = pageOf(pages, 'Por la Ciudad de Aurora');
    expect(page).toBe(pages.length);
    expect(pageOf(pages, 'Daniel R. Whitaker')).toBe(page);
    expect(pageOf(pages, 'en dos ejemplares originales')).toBe(page);
    expect(pageOf(pages, 'in two originals')).toBe(page);
  });
});

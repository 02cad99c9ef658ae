import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/documents/layout/markdown.js';
import { renderPdf } from '../../../src/documents/layout/pdf.js';
import { parseProgressCell } from '../../../src/documents/layout/progress.js';
import { baseOptions, normalize, pageTexts, pdfText } from './helpers.js';

const TABLE = (rows: string) => `| Caso | Avance |\n|:--|:--|\n${rows}`;

describe(':::progress', () => {
  it('parses one table and the 0-based bar column', () => {
    const [block] = parseMarkdown(`:::progress 2\n${TABLE('| Cracovia | 3/12 Vinculación |')}\n:::\n`);
    expect(block).toMatchObject({ kind: 'progress', column: 1, line: 1, table: { kind: 'table' } });
  });

  it.each([
    ['no column', ':::progress', 'arguments'],
    ['column 0', ':::progress 0', 'arguments'],
    ['a word', ':::progress dos', 'arguments'],
    ['a column the table lacks', ':::progress 3', 'progress-table'],
  ])('refuses %s, naming the block line', (_name, open, problem) => {
    expect(() => parseMarkdown(`Texto\n\n${open}\n${TABLE('| a | 1/2 |')}\n:::\n`)).toThrow(
      expect.objectContaining({ problem, blockName: 'progress', line: 3 }),
    );
  });

  it('refuses a body that is not exactly one table', () => {
    expect(() => parseMarkdown(':::progress 1\nUn párrafo.\n:::\n')).toThrow(
      expect.objectContaining({ problem: 'progress-table', line: 1 }),
    );
    expect(() => parseMarkdown(`:::progress 1\n${TABLE('| a | b |')}\n\nOtro.\n:::\n`)).toThrow(
      expect.objectContaining({ problem: 'progress-table' }),
    );
  });

  it('reads done/total and the label; anything else stays text', () => {
    const run = (text: string) => [{ text, bold: false, italic: false, line: 1 }];
    expect(parseProgressCell(run('7/12 3 · Formalización'))).toEqual({
      done: 7,
      total: 12,
      label: run('3 · Formalización'),
    });
    expect(parseProgressCell(run('3/3'))).toEqual({ done: 3, total: 3, label: [] });
    expect(parseProgressCell(run('13/12 más que el total'))).toBeUndefined();
    expect(parseProgressCell(run('Cerrado'))).toBeUndefined();
  });

  it('draws the count beside each bar and prints the label; the header repeats on every page', async () => {
    const rows = Array.from({ length: 90 }, (_, i) => `| Caso ${i + 1} | ${i % 13}/12 Fase ${1 + (i % 4)} |`).join(
      '\n',
    );
    const extra = '| Caso X | 13/12 demasiado |';
    const md = `:::progress 2\n| Caso | Avance |\n|:--|:--|\n${rows.replace('| 12/12', '| Cerrado')}\n${extra}\n:::\n`;
    const { pdf, pageCount } = await renderPdf(md, baseOptions());
    expect(pageCount).toBeGreaterThan(1);
    const text = normalize(pdfText(pdf));
    expect(text).toContain('Caso 1 Fase 1 0/12');
    expect(text).toContain('Caso 8 Fase 4 7/12');
    // Cells that are no fraction, or one the bar cannot draw (done > total), print as written.
    expect(text).toContain('Caso 13 Cerrado Fase 1 Caso 14 Fase 2 0/12');
    expect(text).toContain('Caso X 13/12 demasiado');
    const pages = pageTexts(pdf);
    for (const page of pages) expect(normalize(page)).toMatch(/^Caso Avance/);
  });
});

import { describe, expect, it } from 'vitest';
import { BlockSyntaxError, UnknownBlockError } from '../../../src/documents/layout/errors.js';
import { type Block, parseMarkdown, type TextRun } from '../../../src/documents/layout/markdown.js';

const text = (runs: TextRun[]): string => runs.map((r) => r.text).join('');

function only<K extends Block['kind']>(blocks: Block[], kind: K): Extract<Block, { kind: K }> {
  const found = blocks.filter((b) => b.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as Extract<Block, { kind: K }>;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('parseMarkdown: Markdown', () => {
  it('reads paragraphs with bold and italic runs and their lines', () => {
    const [p] = parseMarkdown('\nTexto con **negrita** y *cursiva*\ny sigue.');
    expect(p?.kind).toBe('paragraph');
    if (p?.kind !== 'paragraph') return;
    expect(p.line).toBe(2);
    expect(p.runs).toEqual([
      { text: 'Texto con ', bold: false, italic: false, line: 2 },
      { text: 'negrita', bold: true, italic: false, line: 2 },
      { text: ' y ', bold: false, italic: false, line: 2 },
      { text: 'cursiva', bold: false, italic: true, line: 2 },
      { text: ' y sigue.', bold: false, italic: false, line: 2 },
    ]);
  });

  it('keeps headings 1–3 (deeper ones become 3)', () => {
    const blocks = parseMarkdown('# Uno\n\n## Dos\n\n### Tres\n\n#### Cuatro');
    expect(blocks.map((b) => (b.kind === 'heading' ? [b.level, text(b.runs)] : b.kind))).toEqual([
      [1, 'Uno'],
      [2, 'Dos'],
      [3, 'Tres'],
      [3, 'Cuatro'],
    ]);
  });

  it('still reads setext headings', () => {
    const blocks = parseMarkdown('Título\n===\n\nSubtítulo\n---\n\nTexto\n\n---\n');
    expect(blocks.map((b) => (b.kind === 'heading' ? [b.level, text(b.runs)] : b.kind))).toEqual([
      [1, 'Título'],
      [2, 'Subtítulo'],
      'paragraph',
      'rule',
    ]);
  });

  it('treats raw HTML as text and decodes entity references', () => {
    const blocks = parseMarkdown('Hola <b>mundo</b> &amp; AT&T &#8212; fin\n\n<div>bloque</div>');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? text(b.runs) : b.kind))).toEqual([
      'Hola <b>mundo</b> & AT&T — fin',
      '<div>bloque</div>',
    ]);
  });

  it('keeps backslash escapes literal and hard breaks as newlines', () => {
    const [p] = parseMarkdown('Precio \\*neto\\*  \nsegunda línea');
    expect(p?.kind === 'paragraph' && text(p.runs)).toBe('Precio *neto*\nsegunda línea');
  });

  it('reads numbered and bullet lists with nesting', () => {
    const list = only(parseMarkdown('1. uno\n2. dos\n   - anidado\n'), 'list');
    expect(list.marker).toBe('decimal');
    expect(list.delimiter).toBe('.');
    expect(list.items).toHaveLength(2);
    const nested = list.items[1]?.blocks[1];
    expect(nested?.kind === 'list' && nested.marker).toBe('bullet');
  });

  it('turns "a)" paragraphs into a lettered list, across blank lines when the letters follow on', () => {
    const blocks = parseMarkdown('a) primero\nb) segundo\ncontinúa\n\nc) tercero\n\nOtro párrafo.');
    const list = blocks[0];
    expect(list?.kind).toBe('list');
    if (list?.kind !== 'list') return;
    expect(list.marker).toBe('lower-alpha');
    expect(list.delimiter).toBe(')');
    expect(list.items.map((i) => (i.blocks[0]?.kind === 'paragraph' ? text(i.blocks[0].runs) : ''))).toEqual([
      'primero',
      'segundo continúa',
      'tercero',
    ]);
    expect(list.items.map((i) => i.line)).toEqual([1, 2, 5]);
    expect(blocks[1]?.kind).toBe('paragraph');
  });

  it('reads "A)" as an upper-case lettered list, and not "b)" alone', () => {
    const [upper] = parseMarkdown('A) uno\nB) dos');
    expect(upper?.kind === 'list' && upper.marker).toBe('upper-alpha');
    const [notList] = parseMarkdown('b) sin a) antes');
    expect(notList?.kind === 'list' && notList.start).toBe(2);
  });

  it('reads tables with alignment', () => {
    const table = only(parseMarkdown('| A | B |\n|---|:-:|\n| 1 | **2** |\n| 3 | 4 |'), 'table');
    expect(table.header.map(text)).toEqual(['A', 'B']);
    expect(table.align).toEqual([null, 'center']);
    expect(table.rows.map((r) => r.map(text))).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(table.rows[0]?.[1]?.[0]?.bold).toBe(true);
  });

  it('reads horizontal rules and keeps code blocks as preformatted text', () => {
    const blocks = parseMarkdown('antes\n\n---\n\n```\n:::keep\nliteral\n```\n');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'rule', 'paragraph']);
    const code = blocks[2];
    expect(code?.kind === 'paragraph' && code.preformatted && text(code.runs)).toBe(':::keep\nliteral');
  });
});

describe('parseMarkdown: container blocks', () => {
  it('reads an empty letterhead and one with extra lines', () => {
    expect(parseMarkdown(':::letterhead\n:::')).toEqual([{ kind: 'letterhead', lines: [], line: 1 }]);
    const lh = only(parseMarkdown(':::letterhead\nDirección de Asuntos Internacionales\n:::'), 'letterhead');
    expect(lh.lines.map(text)).toEqual(['Dirección de Asuntos Internacionales']);
  });

  it('reads place and date', () => {
    const pd = only(
      parseMarkdown('x\n\n:::place-date\nZapopan, Jalisco, a 28 de noviembre de 2026\n:::'),
      'place-date',
    );
    expect(pd.line).toBe(3);
    expect(pd.lines.map(text)).toEqual(['Zapopan, Jalisco, a 28 de noviembre de 2026']);
  });

  it('reads signatures: caption above the line, name and titles below, separated by +++', () => {
    const sig = only(
      parseMarkdown(
        ':::signature\nPor el Municipio\n___\nLic. Juan Pérez\nPresidente Municipal\n+++\nJane Doe\nMayor\nCity of Austin\n:::',
      ),
      'signature',
    );
    expect(sig.signatures).toHaveLength(2);
    const [a, b] = sig.signatures;
    expect(a?.caption.map(text)).toEqual(['Por el Municipio']);
    expect(a?.name && text(a.name)).toBe('Lic. Juan Pérez');
    expect(a?.titles.map(text)).toEqual(['Presidente Municipal']);
    expect(b?.caption).toEqual([]);
    expect(b?.titles.map(text)).toEqual(['Mayor', 'City of Austin']);
  });

  it('reads the sides of a signature block: a ||| line starts the next Party', () => {
    const sig = only(
      parseMarkdown(':::signature\nPor el Municipio\n___\nA\n+++\n___\nB\n|||\nFor the City\n___\nC\n:::'),
      'signature',
    );
    expect(sig.signatures.map((s) => [s.name && text(s.name), s.side])).toEqual([
      ['A', 0],
      ['B', 0],
      ['C', 1],
    ]);
  });

  it('reads two columns with their languages, and nested blocks', () => {
    const cols = only(
      parseMarkdown(':::columns es en\n## Artículo 1\nTexto.\n:::keep\nGuardado\n:::\n+++\n## Article 1\nText.\n:::'),
      'columns',
    );
    expect(cols.langs).toEqual(['es', 'en']);
    expect(cols.columns[0].map((b) => b.kind)).toEqual(['heading', 'paragraph', 'keep']);
    expect(cols.columns[1].map((b) => b.kind)).toEqual(['heading', 'paragraph']);
  });

  it('reads pagebreak (one line) and keep', () => {
    const blocks = parseMarkdown('uno\n:::pagebreak\ndos\n\n:::keep\n# T\n\ntexto\n:::\n');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'pagebreak', 'paragraph', 'keep']);
    const keep = blocks[3];
    expect(keep?.kind === 'keep' && keep.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
  });

  it('reads a part in one language, with the blocks of a whole document inside', () => {
    const part = only(parseMarkdown(':::lang de\n:::letterhead\n:::\n# Titel\n:::pagebreak\nText.\n:::'), 'lang');
    expect(part.lang).toBe('de');
    expect(part.blocks.map((b) => b.kind)).toEqual(['letterhead', 'heading', 'pagebreak', 'paragraph']);
    expect(thrown(() => parseMarkdown(':::lang\nText.\n:::'))).toMatchObject({ problem: 'arguments', line: 1 });
    expect(thrown(() => parseMarkdown(':::keep\n:::lang de\n:::\n:::'))).toMatchObject({ problem: 'misplaced' });
  });

  it('names an unknown block and its line', () => {
    const e = thrown(() => parseMarkdown('texto\n\n:::firma\nX\n:::'));
    expect(e).toBeInstanceOf(UnknownBlockError);
    expect(e).toMatchObject({ code: 'unknown-block', blockName: 'firma', line: 3 });
  });

  it('reports an unclosed block, a stray close, bad columns and misplaced blocks with their lines', () => {
    expect(thrown(() => parseMarkdown('a\n:::keep\nb'))).toMatchObject({
      problem: 'unclosed',
      blockName: 'keep',
      line: 2,
    });
    expect(thrown(() => parseMarkdown('a\n\n:::'))).toMatchObject({ problem: 'unexpected-close', line: 3 });
    expect(thrown(() => parseMarkdown(':::columns\nsolo una\n:::'))).toMatchObject({
      problem: 'columns-separator',
      line: 1,
    });
    expect(thrown(() => parseMarkdown(':::columns\na\n+++\nb\n+++\nc\n:::'))).toMatchObject({
      problem: 'columns-separator',
      line: 5,
    });
    const misplaced = thrown(() => parseMarkdown(':::keep\n:::pagebreak\n:::'));
    expect(misplaced).toBeInstanceOf(BlockSyntaxError);
    expect(misplaced).toMatchObject({ problem: 'misplaced', blockName: 'pagebreak', line: 2 });
    expect(thrown(() => parseMarkdown(':::keep now\n:::'))).toMatchObject({ problem: 'arguments', line: 1 });
    expect(thrown(() => parseMarkdown(':::signature\n\n:::'))).toMatchObject({ problem: 'empty', line: 1 });
  });

  it('ignores fences inside code blocks', () => {
    expect(parseMarkdown('```\n:::nada\n```').map((b) => b.kind)).toEqual(['paragraph']);
  });
});

/** A gantt chart's JSON with one row, changed by `row` and `top`. */
const gantt = (row: Record<string, string>, top: Record<string, string> = {}) =>
  JSON.stringify({
    type: 'gantt',
    title: 'Calendario 2026',
    start: '2026-01-01',
    end: '2026-12-31',
    rows: [{ label: 'A1', start: '2026-03-01', end: '2026-04-30', status: 'planned', ...row }],
    ...top,
  });

describe(':::chart', () => {
  it('reads a gantt calendar: its period and one row per activity', () => {
    const [block] = parseMarkdown(`:::chart\n${gantt({ status: 'done' })}\n:::\n`);
    expect(block).toMatchObject({
      kind: 'chart',
      spec: {
        type: 'gantt',
        locale: 'es',
        start: '2026-01-01',
        rows: [{ label: 'A1', start: '2026-03-01', end: '2026-04-30', status: 'done' }],
      },
    });
  });

  it('reads its JSON body into a chart spec', () => {
    const [block] = parseMarkdown(
      ':::chart\n{"type":"bar","title":"Metas","locale":"en","points":[{"label":"2025","value":3,"target":4}]}\n:::\n',
    );
    expect(block).toEqual({
      kind: 'chart',
      line: 1,
      spec: { type: 'bar', title: 'Metas', locale: 'en', points: [{ label: '2025', value: 3, target: 4 }] },
    });
  });

  it.each([
    ['not JSON', '{type: bar}'],
    ['no points', '{"type":"bar","title":"x","points":[]}'],
    ['a value that is not a number', '{"type":"bar","title":"x","points":[{"label":"a","value":"3"}]}'],
    ['another chart type', '{"type":"pie","title":"x","points":[{"label":"a","value":3}]}'],
    ['a gantt row that ends before it starts', gantt({ start: '2026-05-02', end: '2026-05-01' })],
    ['a gantt row with an unknown status', gantt({ status: 'late' })],
    ['a gantt row whose date is not ISO', gantt({ start: '02/05/2026' })],
    ['a gantt period that ends before it starts', gantt({}, { end: '2025-12-31' })],
  ])('refuses %s, naming the block line', (_name, body) => {
    expect(() => parseMarkdown(`Texto\n\n:::chart\n${body}\n:::\n`)).toThrow(
      expect.objectContaining({ problem: 'chart-data', blockName: 'chart', line: 3 }),
    );
  });
});

import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImageError, MissingGlyphError, UnknownBlockError } from '../../../src/documents/layout/errors.js';
import { renderPdf } from '../../../src/documents/layout/pdf.js';
import {
  baseOptions,
  FIXTURES,
  noisePng,
  normalize,
  pageOf,
  pageTexts,
  pdfInfo,
  pdfText,
  pixel,
  tempDir,
  withExifOrientation,
} from './helpers.js';

const es =
  'El H. Ayuntamiento de San Pedro de las Huertas manifiesta su interés en fortalecer los lazos de amistad y ' +
  'cooperación con la ciudad hermana en los ámbitos de desarrollo económico, cultura, educación, turismo, medio ' +
  'ambiente e innovación tecnológica, conforme a la legislación aplicable.';
const en =
  'The Municipality of San Pedro de las Huertas expresses its interest in strengthening the bonds of friendship ' +
  'and cooperation with the sister city in economic development, culture, education, tourism, environment and ' +
  'technological innovation, in accordance with the applicable law.';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function render(markdown: string, extra = {}) {
  return renderPdf(markdown, baseOptions(extra));
}

describe('renderPdf: text', () => {
  it('renders content, headings, lists and tables, and reads back', async () => {
    const { pdf, pageCount, warnings } = await render(
      `# Carta de Intención\n\n## Antecedentes\n\n${es}\n\na) Intercambio cultural.\nb) Cooperación económica.\n\n| Año | Acción |\n|---|---|\n| 2026 | Visita |\n`,
    );
    expect(pageCount).toBe(1);
    expect(warnings).toEqual([]);
    const text = normalize(pdfText(pdf));
    expect(text).toContain('Carta de Intención');
    expect(text).toContain('Antecedentes');
    expect(text).toContain(normalize(es));
    expect(text).toContain('a) Intercambio cultural.');
    expect(text).toContain('b) Cooperación económica.');
    expect(text).toMatch(/Año\s+Acción/);
    expect(text).toMatch(/2026\s+Visita/);
  });

  it('renders Latin Extended and Vietnamese with the embedded fonts', async () => {
    const { pdf } = await render('Łódź, İzmir, Plzeň, Nguyễn, Ærøskøbing, Şanlıurfa, Győr.\n\n**Łódź** *Plzeň*');
    const text = normalize(pdfText(pdf));
    expect(text).toContain('Łódź, İzmir, Plzeň, Nguyễn, Ærøskøbing, Şanlıurfa, Győr.');
    expect(text).toContain('Łódź Plzeň');
  });

  it('treats raw HTML as text', async () => {
    const { pdf } = await render('Hola <b>mundo</b> <script>x</script>');
    expect(normalize(pdfText(pdf))).toContain('Hola <b>mundo</b> <script>x</script>');
  });

  it('hyphenates narrow justified Spanish without stray soft hyphens', async () => {
    const md = Array.from({ length: 4 }, () => `:::columns es en\n${es}\n+++\n${en}\n:::`).join('\n\n');
    const { pdf } = await render(md);
    const raw = pdfText(pdf, undefined, true);
    expect(raw).not.toContain('\u00AD');
    // Some line ends with a hyphen inside a word, and joining the lines gives back the words.
    expect(raw).toMatch(/\p{L}-\n/u);
    const text = normalize(raw);
    expect(text).toContain('cooperación con la ciudad hermana');
    expect(text).toContain('technological innovation');
  });

  it('hyphenates a :::lang part by its language, and not at all one without patterns', async () => {
    const part = (lang: string) => `:::lang ${lang}\n${Array(6).fill(en).join(' ')}\n:::`;
    const breaks = async (lang: string) =>
      (pdfText((await render(part(lang))).pdf, undefined, true).match(/\p{L}-\n/gu) ?? []).length;
    expect(await breaks('en')).toBeGreaterThan(0);
    // Hōfu's Japanese has no patterns: the same text is set without breaking a word.
    expect(await breaks('ja')).toBe(0);
  });

  it('writes "Página N de M" on every page, or the caller\'s footer', async () => {
    const md = Array.from({ length: 3 }, (_, i) => `Página de prueba ${i + 1}.\n\n:::pagebreak`).join('\n');
    const { pdf, pageCount } = await render(md);
    expect(pageCount).toBe(3);
    const pages = pageTexts(pdf);
    expect(pages).toHaveLength(3);
    pages.forEach((p, i) => {
      expect(normalize(p)).toContain(`Página ${i + 1} de 3`);
    });
    const en2 = await render(md, { footer: (page: number, total: number) => `Page ${page} of ${total}` });
    expect(normalize(pageTexts(en2.pdf)[1] ?? '')).toContain('Page 2 of 3');
    const tpl = await render(md, { footer: 'Hoja {page}/{total}' });
    expect(normalize(pageTexts(tpl.pdf)[2] ?? '')).toContain('Hoja 3/3');
    const none = await render(md, { footer: false });
    expect(pdfText(none.pdf)).not.toMatch(/Página \d/);
  });

  it('writes the metadata, language and fixed dates', async () => {
    const { pdf } = await render('Texto.', {
      metadata: {
        title: 'Acuerdo de Hermanamiento',
        author: 'Municipio de San Pedro',
        subject: 'Hermanamiento',
        keywords: ['hermanamiento', 'Łódź'],
        lang: 'es-MX',
      },
    });
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Acuerdo de Hermanamiento');
    expect(info.Author).toBe('Municipio de San Pedro');
    expect(info.Subject).toBe('Hermanamiento');
    expect(info.Keywords).toBe('hermanamiento, Łódź');
    expect(info.CreationDate).toMatch(/^2026-11-28T12:00:00/);
    expect(info.ModDate).toMatch(/^2026-11-28T12:00:00/);
    expect(pdf.toString('latin1')).toContain('/Lang (es-MX)');
  });

  it('renders A4 and Letter', async () => {
    expect(pdfInfo((await render('x', { pageSize: 'A4' })).pdf)['Page size']).toContain('595.28 x 841.89');
    expect(pdfInfo((await render('x', { pageSize: 'Letter' })).pdf)['Page size']).toContain('612 x 792');
  });
});

describe('renderPdf: pagination', () => {
  it('repeats the table header on the next page', async () => {
    const rows = Array.from({ length: 70 }, (_, i) => `| ${i + 1} | Acción número ${i + 1} | Responsable ${i + 1} |`);
    const { pdf, pageCount } = await render(`| Núm | Acción | Responsable |\n|---|---|---|\n${rows.join('\n')}\n`);
    expect(pageCount).toBeGreaterThanOrEqual(2);
    const pages = pageTexts(pdf).map(normalize);
    for (const page of pages) expect(page).toMatch(/^Núm Acción Responsable/);
    expect(pages[1]).toMatch(/Acción número \d+/);
    // Every row once, in order.
    const all = pages.join(' ');
    for (let i = 1; i <= 70; i++) expect(all).toContain(`Acción número ${i} Responsable ${i} `);
  });

  it('never strands a heading at the foot of a page', async () => {
    // Slide the heading down a line at a time across the page foot.
    for (let fill = 24; fill <= 31; fill++) {
      const filler = Array.from({ length: fill }, (_, i) => `Línea de relleno ${i + 1}.`).join('\n\n');
      const { pdf } = await render(`${filler}\n\n## Título de sección\n\nPrimeras palabras del párrafo. ${es}`);
      const pages = pageTexts(pdf);
      expect(pageOf(pages, 'Título de sección')).toBe(pageOf(pages, 'Primeras palabras del párrafo'));
    }
  });

  it('keeps a short list whole, with the line that introduces it', async () => {
    // Slide "Anexos:" and four annexes down a line at a time across the page foot.
    const list = '1. Texto del Acuerdo\n2. Respuesta a las observaciones\n3. Conformidad de la ciudad\n4. Perfil';
    for (let fill = 24; fill <= 31; fill++) {
      const filler = Array.from({ length: fill }, (_, i) => `Línea de relleno ${i + 1}.`).join('\n\n');
      const { pdf } = await render(`${filler}\n\nAnexos:\n\n${list}\n\nSin otro particular.`);
      const pages = pageTexts(pdf);
      for (const item of ['Texto del Acuerdo', 'Respuesta a las observaciones', 'Conformidad de la ciudad', 'Perfil']) {
        expect(pageOf(pages, item), `fill ${fill}`).toBe(pageOf(pages, 'Anexos:'));
      }
    }
  });

  it('breaks a long list, but never leaves one item alone on either page', async () => {
    const items = Array.from({ length: 12 }, (_, i) => `${i + 1}. Acción número ${i + 1} del programa`);
    for (let fill = 14; fill <= 30; fill++) {
      const filler = Array.from({ length: fill }, (_, i) => `Línea de relleno ${i + 1}.`).join('\n\n');
      const { pdf } = await render(`${filler}\n\nAcciones:\n\n${items.join('\n')}\n\nFin del documento.`);
      const pages = pageTexts(pdf);
      const onPage = (page: number) =>
        items.filter((_, i) => pageOf(pages, `Acción número ${i + 1} del programa`) === page).length;
      for (let page = 1; page <= pages.length; page++) {
        expect(onPage(page), `fill ${fill}, page ${page}`).not.toBe(1);
      }
      expect(pageOf(pages, 'Acción número 1 del programa')).toBe(pageOf(pages, 'Acciones:'));
    }
  });

  it('keeps a signature block on one page, with the line just before it', async () => {
    // Four signatures: two rows of two, which must not be parted.
    const signatures =
      ':::signature\nPor el Municipio\n___\nLic. Juan Pérez López\nPresidente Municipal\n+++\nPor la Ciudad\n___\n' +
      'Jane Doe\nMayor\n+++\nTestigo\n___\nMtra. Ana Ruiz\nSíndica\n+++\nWitness\n___\nJohn Roe\nCouncil Member\n:::';
    const parts = ['Lic. Juan Pérez López', 'Presidente Municipal', 'Jane Doe', 'Mayor', 'Síndica', 'Council Member'];
    // Without a closing line the block follows a long paragraph (a short one would keep with it).
    for (const closing of [`${es}\n\n`, 'Atentamente\n\n']) {
      for (let fill = 14; fill <= 28; fill += 2) {
        const filler = Array.from({ length: fill }, (_, i) => `Línea de relleno ${i + 1}.`).join('\n\n');
        const { pdf } = await render(`${filler}\n\n${closing}${signatures}`);
        const pages = pageTexts(pdf);
        const page = pageOf(pages, 'Por el Municipio');
        for (const part of closing === 'Atentamente\n\n' ? [...parts, 'Atentamente'] : parts) {
          expect(pageOf(pages, part)).toBe(page);
        }
      }
    }
  });

  it('sets the lines after a signature (c.c.p.) flush left with it, never justified', async () => {
    const signature = ':::signature\nAtentamente\n___\nLic. Juan Pérez López\nPresidente Municipal\n:::';
    const { pdf } = await render(`${es}\n\n${signature}\n\nc.c.p. ${es}`);
    const file = join(tmp.dir, 'ccp.pdf');
    writeFileSync(file, pdf);
    const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
    // Each line's right end and first word: a justified line ends at the text's right edge.
    const lines = [
      ...html.matchAll(/<line xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>\s*<word[^>]*>([^<]*)</g),
    ].map((m) => ({ right: Number(m[1]), first: m[2] as string }));
    const edge = Math.max(...lines.map((l) => l.right));
    const opening = lines.find((l) => l.first === 'El');
    const copies = lines.find((l) => l.first === 'c.c.p.');
    expect(opening?.right).toBeCloseTo(edge, 0);
    expect(copies?.right).toBeLessThan(edge - 5);
  });

  it('starts each bilingual pair on the same page in both columns, and splits a pair taller than a page', async () => {
    const article = (i: number, paras: number) =>
      `:::columns es en\n### Artículo ${String(i).padStart(2, '0')}\n\n${Array(paras).fill(es).join('\n\n')}\n+++\n` +
      `### Article ${String(i).padStart(2, '0')}\n\n${Array(paras).fill(en).join('\n\n')}\n:::`;
    // Article 16: short paragraphs on the left, one paragraph taller than a page on the right.
    const lopsided =
      `:::columns es en\n### Artículo 16\n\n${Array(6).fill('Párrafo breve.').join('\n\n')}\n+++\n` +
      `### Article 16\n\n${Array(30).fill(en).join(' ')}\n:::`;
    const md = [
      '# Acuerdo',
      ...Array.from({ length: 14 }, (_, i) => article(i + 1, 1 + ((i * 7) % 4))),
      article(15, 12),
      lopsided,
      'Fin del acuerdo.',
    ].join('\n\n');
    const { pdf, pageCount } = await render(md);
    expect(pageCount).toBeGreaterThan(4);
    const pages = pageTexts(pdf);
    for (let i = 1; i <= 16; i++) {
      const n = String(i).padStart(2, '0');
      const p = pageOf(pages, `Artículo ${n}`);
      expect(p, `article ${n}`).toBeGreaterThan(0);
      expect(pageOf(pages, `Article ${n}`), `article ${n}`).toBe(p);
    }
    // The long pair runs over a page in both columns.
    const start = pageOf(pages, 'Artículo 15');
    const next = normalize(pages[start] ?? '');
    expect(next).toContain('ciudad hermana');
    expect(next).toContain('sister city');
    expect(pageOf(pages, 'Fin del acuerdo')).toBeGreaterThan(start);
  });

  it('splits a pair at a paragraph boundary in both columns rather than leave much of a page empty', async () => {
    const filler = Array.from({ length: 16 }, (_, i) => `Línea ${i + 1}.`).join('\n\n');
    const col = (words: string[], text: string) => words.map((w) => `${w} ${text}`).join('\n\n');
    const md =
      `${filler}\n\n:::columns es en\n### Artículo 50\n\n${col(['Primer párrafo.', 'Segundo párrafo.', 'Tercer párrafo.'], es)}\n` +
      `+++\n### Article 50\n\n${col(['First paragraph.', 'Second paragraph.', 'Third paragraph.'], en)}\n:::`;
    const pages = pageTexts((await render(md)).pdf);
    expect(pageOf(pages, 'Artículo 50')).toBe(1);
    expect(pageOf(pages, 'Article 50')).toBe(1);
    expect(pageOf(pages, 'Primer párrafo')).toBe(1);
    expect(pageOf(pages, 'First paragraph')).toBe(1);
    expect(pageOf(pages, 'Tercer párrafo')).toBe(2);
    expect(pageOf(pages, 'Third paragraph')).toBe(2);
  });

  it('breaks both versions of a pair after the same list item, though one runs longer', async () => {
    // The Spanish items take two lines, the English ones one: each column alone would break after a
    // different item, and the page would hold item e) in English but not in Spanish.
    const filler = Array.from({ length: 18 }, (_, i) => `Línea ${i + 1}.`).join('\n\n');
    const labels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    const md =
      `${filler}\n\n:::columns es en\n### Artículo 4\n\nLas Partes establecerán:\n\n` +
      `${labels.map((l) => `${l}) inciso ${l} de la lista, con el texto largo del acuerdo en dos renglones;`).join('\n')}\n` +
      `+++\n### Article 4\n\nThe Parties shall set out:\n\n${labels.map((l) => `${l}) item ${l};`).join('\n')}\n:::`;
    const pages = pageTexts((await render(md)).pdf);
    expect(pages.length).toBe(2);
    const split = labels.filter((l) => pageOf(pages, `inciso ${l}`) === 2);
    expect(split.length, 'the pair runs over a page').toBeGreaterThan(0);
    for (const l of labels) expect(pageOf(pages, `item ${l};`), `${l})`).toBe(pageOf(pages, `inciso ${l}`));
  });

  it('keeps a pair whole inside :::keep', async () => {
    const filler = Array.from({ length: 16 }, (_, i) => `Línea ${i + 1}.`).join('\n\n');
    const md =
      `${filler}\n\n:::keep\n:::columns es en\n### Artículo 51\n\nPrimer párrafo. ${es}\n\nSegundo párrafo. ${es}\n\n` +
      `Tercer párrafo. ${es}\n+++\n### Article 51\n\nFirst paragraph. ${en}\n:::\n:::`;
    const pages = pageTexts((await render(md)).pdf);
    expect(pageOf(pages, 'Artículo 51')).toBe(2);
    expect(pageOf(pages, 'Article 51')).toBe(2);
    expect(pageOf(pages, 'Tercer párrafo')).toBe(2);
  });

  it('honours page breaks and keep blocks', async () => {
    const filler = Array.from({ length: 26 }, (_, i) => `Línea ${i + 1}.`).join('\n\n');
    const { pdf } = await render(`${filler}\n\n:::keep\nUno guardado.\n\nDos guardado.\n\nTres guardado.\n:::\n`);
    const pages = pageTexts(pdf);
    expect(pageOf(pages, 'Uno guardado')).toBe(pageOf(pages, 'Tres guardado'));
    const broken = await render('Antes.\n\n:::pagebreak\n\nDespués.');
    const bp = pageTexts(broken.pdf);
    expect(pageOf(bp, 'Antes.')).toBe(1);
    expect(pageOf(bp, 'Después.')).toBe(2);
  });
});

describe('renderPdf: watermark, letterhead, place and date', () => {
  it('draws the watermark on every page (diagonal and in the header) only when asked', async () => {
    const md = 'Uno.\n\n:::pagebreak\n\nDos.';
    const draft = await render(md, { watermark: 'PROYECTO / DRAFT' });
    expect(draft.pageCount).toBe(2);
    for (let page = 1; page <= 2; page++) {
      // Once in the header; the diagonal copy reads back one letter a line.
      const text = pdfText(draft.pdf, page, true);
      expect(text).toContain('PROYECTO / DRAFT');
      expect(text.replace(/\s+/g, '').split('PROYECTO/DRAFT').length - 1).toBe(2);
    }
    const final = await render(md);
    expect(pdfText(final.pdf)).not.toContain('PROYECTO');
  });

  it('draws the letterhead lines and the place and date', async () => {
    const { pdf } = await render(
      ':::letterhead\nDirección de Asuntos Internacionales\n:::\n\n:::place-date\nSan Pedro de las Huertas, Gto., a 28 de noviembre de 2026\n:::\n\nTexto.',
      {
        letterhead: { lines: ['H. Ayuntamiento de San Pedro de las Huertas', 'Administración 2024–2027'] },
      },
    );
    const text = normalize(pdfText(pdf));
    expect(text).toContain(
      'H. Ayuntamiento de San Pedro de las Huertas Administración 2024–2027 Dirección de Asuntos Internacionales',
    );
    expect(text).toContain('San Pedro de las Huertas, Gto., a 28 de noviembre de 2026');
  });

  it('renders an empty letterhead block as nothing when there is no letterhead', async () => {
    const { pdf } = await render(':::letterhead\n:::\n\nTexto.');
    expect(normalize(pdfText(pdf))).toMatch(/^Texto\./);
  });
});

describe('renderPdf: fonts', () => {
  it('refuses a character no font has, naming it, its code point and where it is', async () => {
    const error = await render('Reunión en Tokio.\n\nCiudad: 東京 (Japón)', {
      fieldAt: (line: number) => (line === 3 ? 'counterpart.city' : undefined),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingGlyphError);
    expect(error).toMatchObject({ char: '東', codePoint: 'U+6771', line: 3, field: 'counterpart.city' });
    expect((error as MissingGlyphError).context).toContain('東京 (Japón)');
  });

  it('checks the footer and the watermark too', async () => {
    await expect(render('x', { footer: 'Página {page} ✓' })).rejects.toMatchObject({
      codePoint: 'U+2713',
      field: 'footer',
    });
    await expect(render('x', { watermark: 'BORRADOR ✓' })).rejects.toMatchObject({ field: 'watermark' });
  });

  it('draws other scripts with a configured extra font', async () => {
    const { pdf } = await render('Ciudad hermana: 東京都 (Tokio).', {
      fonts: [{ path: join(FIXTURES, 'test-cjk.ttf') }],
    });
    expect(normalize(pdfText(pdf))).toContain('Ciudad hermana: 東京都 (Tokio).');
  });

  it('reports a missing or invalid extra font file', async () => {
    await expect(render('x', { fonts: [{ path: join(tmp.dir, 'nope.ttf') }] })).rejects.toMatchObject({
      code: 'font',
      problem: 'not-found',
    });
    const bad = join(tmp.dir, 'bad.ttf');
    writeFileSync(bad, 'not a font');
    await expect(render('x', { fonts: [{ path: bad }] })).rejects.toMatchObject({ code: 'font', problem: 'invalid' });
  });
});

describe('renderPdf: images', () => {
  const withImage = (image: string) =>
    render(':::letterhead\n:::\n\nTexto.', { letterhead: { lines: ['H. Ayuntamiento'], image } });

  it.each([
    ['PNG with alpha', 'alpha.png'],
    ['interlaced PNG', 'interlaced.png'],
    ['interlaced PNG with alpha', 'interlaced-alpha.png'],
    ['CMYK JPEG', 'cmyk.jpg'],
  ])('draws a %s', async (_, name) => {
    const { pdf, warnings } = await withImage(join(FIXTURES, name));
    expect(warnings).toEqual([]);
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
    expect(normalize(pdfText(pdf))).toContain('H. Ayuntamiento');
  });

  it('draws CMYK JPEG colours right (not inverted)', async () => {
    // The fixture is a red (top) to green (bottom) gradient; the image sits at the top left.
    const { pdf } = await withImage(join(FIXTURES, 'cmyk.jpg'));
    const [r, g, b] = pixel(pdf, 1, 72 + 20, 64 + 4);
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(110);
    expect(b).toBeLessThan(110);
  });

  it('follows the EXIF orientation of a JPEG', async () => {
    // A tall image (120 × 140) marked "turned a quarter" is drawn wide: 66 × 57 pt from (72, 64).
    const file = join(tmp.dir, 'turned.jpg');
    writeFileSync(file, withExifOrientation(readFileSync(join(FIXTURES, 'rgb.jpg')), 6));
    const turned = await withImage(file);
    const upright = await withImage(join(FIXTURES, 'rgb.jpg'));
    const inWideOnly = (pdf: Buffer): boolean => pixel(pdf, 1, 72 + 62, 64 + 20).some((c) => c < 200);
    expect(inWideOnly(turned.pdf)).toBe(true);
    expect(inWideOnly(upright.pdf)).toBe(false);
  });

  it('refuses SVG, naming the file', async () => {
    const file = join(FIXTURES, 'logo.svg');
    const error = await withImage(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageError);
    expect(error).toMatchObject({ file, problem: 'unsupported-format', detail: 'svg' });
  });

  it('reports a missing file', async () => {
    const file = join(tmp.dir, 'escudo.png');
    await expect(withImage(file)).rejects.toMatchObject({ code: 'image', file, problem: 'not-found' });
  });

  it('reports corrupt PNG and JPEG files instead of crashing', async () => {
    const flipped = Buffer.from(readFileSync(join(FIXTURES, 'alpha.png')));
    for (let i = 200; i < 240; i++) flipped[i] = (flipped[i] ?? 0) ^ 0x5a;
    const truncatedPng = readFileSync(join(FIXTURES, 'interlaced.png')).subarray(0, 700);
    const truncatedJpeg = readFileSync(join(FIXTURES, 'cmyk.jpg')).subarray(0, 900);
    for (const [name, data] of [
      ['flipped.png', flipped],
      ['truncated.png', truncatedPng],
      ['truncated.jpg', truncatedJpeg],
    ] as const) {
      const file = join(tmp.dir, name);
      writeFileSync(file, data);
      await expect(withImage(file)).rejects.toMatchObject({ code: 'image', file, problem: 'corrupt' });
    }
  });

  it('warns about an image over 300 KB', async () => {
    const file = join(tmp.dir, 'escudo-grande.png');
    writeFileSync(file, noisePng(400, 300));
    const { warnings } = await withImage(file);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'image-large', file, limit: 300 * 1024 });
    expect(warnings[0]?.bytes).toBeGreaterThan(300 * 1024);
  });
});

describe('renderPdf: errors and determinism', () => {
  it('names an unknown block and its line', async () => {
    const error = await render('Texto.\n\n:::firmas\nX\n:::').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownBlockError);
    expect(error).toMatchObject({ blockName: 'firmas', line: 3 });
  });

  it('rejects hyphenation languages it has no patterns for', async () => {
    await expect(render('x', { hyphenateLang: 'xx' })).rejects.toMatchObject({
      code: 'layout-options',
      option: 'hyphenateLang',
    });
    await expect(render('Texto.\n\n:::columns es xx\na\n+++\nb\n:::')).rejects.toMatchObject({
      code: 'block-syntax',
      problem: 'arguments',
      line: 3,
    });
  });

  it('gives byte-identical PDFs for the same inputs', async () => {
    const image = join(tmp.dir, 'escudo.jpg');
    copyFileSync(join(FIXTURES, 'cmyk.jpg'), image);
    const md = `:::letterhead\n:::\n\n# Título\n\n${es}\n\n:::columns es en\n${es}\n+++\n${en}\n:::\n\nŁódź 東京`;
    const options = {
      letterhead: { lines: ['H. Ayuntamiento'], image },
      watermark: 'PROYECTO / DRAFT',
      fonts: [{ path: join(FIXTURES, 'test-cjk.ttf') }],
    };
    const a = await render(md, options);
    const b = await render(md, options);
    expect(a.pdf.equals(b.pdf)).toBe(true);
  });
});

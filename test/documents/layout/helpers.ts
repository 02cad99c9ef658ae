// Reads rendered PDFs back with poppler (pdftotext, pdfinfo, pdftoppm), as a person's tools would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import type { LayoutOptions } from '../../../src/documents/layout/pdf.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function baseOptions(extra: Partial<LayoutOptions> = {}): LayoutOptions {
  return {
    pageSize: 'Letter',
    metadata: { title: 'Prueba', author: 'San Pedro de las Huertas', lang: 'es-MX', keywords: ['prueba'] },
    creationDate: new Date('2026-11-28T12:00:00Z'),
    ...extra,
  };
}

function withFile<T>(pdf: Buffer, fn: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'layout-test-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  try {
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Text of the whole document, or of one page (1-based). pdftotext's default reading order joins
 * words hyphenated at a line end by itself; `raw` keeps the lines as drawn.
 */
export function pdfText(pdf: Buffer, page?: number, raw = false): string {
  return withFile(pdf, (file) => {
    const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    return execFileSync('pdftotext', [...range, ...(raw ? ['-raw'] : []), file, '-'], { encoding: 'utf8' });
  });
}

/** Text of each page. */
export function pageTexts(pdf: Buffer): string[] {
  const all = pdfText(pdf);
  // pdftotext ends each page with a form feed.
  const pages = all.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

export function pdfInfo(pdf: Buffer): Record<string, string> {
  return withFile(pdf, (file) => {
    const out = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    const info: Record<string, string> = {};
    for (const line of out.split('\n')) {
      const m = /^([^:]+):\s*(.*)$/.exec(line);
      if (m?.[1] && m[2] !== undefined) info[m[1]] = m[2];
    }
    return info;
  });
}

/**
 * Text as a reader sees it: soft hyphens dropped, words hyphenated at a line end joined again,
 * whitespace collapsed.
 */
export function normalize(text: string): string {
  return text
    .replace(/\u00AD/g, '')
    .replace(/(\p{L})-\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The page (1-based) whose normalized text contains `needle`, or -1. */
export function pageOf(pages: string[], needle: string): number {
  return pages.findIndex((p) => normalize(p).includes(needle)) + 1 || -1;
}

/** RGB of one pixel of a page rendered at 72 dpi (x, y in points from the top left). */
export function pixel(pdf: Buffer, page: number, x: number, y: number): [number, number, number] {
  return withFile(pdf, (file) => {
    const out = join(dirname(file), 'page');
    execFileSync('pdftoppm', ['-r', '72', '-f', String(page), '-l', String(page), '-singlefile', file, out]);
    const ppm = readFileSync(`${out}.ppm`);
    // P6\n<w> <h>\n255\n then RGB bytes.
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
    if (!header?.[1]) throw new Error('not a PPM');
    const width = Number(header[1]);
    const offset = header[0].length + (Math.round(y) * width + Math.round(x)) * 3;
    return [ppm[offset] ?? 0, ppm[offset + 1] ?? 0, ppm[offset + 2] ?? 0];
  });
}

/** A valid RGB PNG of random noise (incompressible: about width × height × 3 bytes). */
export function noisePng(width: number, height: number, seed = 1): Buffer {
  let s = seed >>> 0 || 1;
  const rand = (): number => {
    // xorshift32
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s & 0xff;
  };
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let i = 1; i <= width * 3; i++) raw[row + i] = rand();
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf: Buffer): number {
  let c = -1;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ -1) >>> 0;
}

/** The JPEG with an EXIF APP1 segment saying `orientation` (6 = turned a quarter clockwise). */
export function withExifOrientation(jpeg: Buffer, orientation: number): Buffer {
  const hex = [
    '4d4d002a00000008', // big-endian TIFF header, first IFD at 8
    '0001', // one entry
    '0112', // tag: Orientation
    '0003', // type: SHORT
    '00000001', // count
    orientation.toString(16).padStart(4, '0'),
    '0000', // rest of the value field
    '00000000', // no next IFD
  ].join('');
  const tiff = Buffer.from(hex, 'hex');
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'layout-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

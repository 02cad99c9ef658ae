// Reads and checks an image before pdfkit sees it. pdfkit accepts PNG (alpha and interlaced included)
// and JPEG (CMYK included), but a corrupt PNG makes it throw from an async zlib callback — an
// uncaught exception that kills the process — so PNGs are checked here (chunk CRCs, inflate, size),
// JPEGs get a structural check, and anything else (SVG, GIF, WebP…) is refused by name.
// The inflater comes from the caller: `check` goes without it (node:zlib costs ≈4 ms to load), the
// renderer and the site pass node:zlib's.
import { readFileSync } from 'node:fs';
import { ImageError } from './errors.js';

/** Inflates a PNG's image data (node:zlib's inflateSync). */
export type Inflate = (data: Buffer) => Buffer;

export interface CheckedImage {
  file: string;
  data: Buffer;
  format: 'png' | 'jpeg';
  width: number;
  height: number;
  bytes: number;
}

/** The image at `file`, checked; without `inflate`, a PNG's compressed data is not (its chunks' CRCs are). */
export function loadImage(file: string, inflate?: Inflate): CheckedImage {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ImageError(file, 'not-found');
    throw new ImageError(file, 'unreadable', code ?? String(e));
  }
  return checkImage(file, data, inflate);
}

function checkImage(file: string, data: Buffer, inflate: Inflate | undefined): CheckedImage {
  const format = sniff(data);
  if (format === 'png') return { file, data, format, ...checkPng(file, data, inflate), bytes: data.length };
  if (format === 'jpeg') return { file, data, format, ...checkJpeg(file, data), bytes: data.length };
  throw new ImageError(file, 'unsupported-format', format);
}

function sniff(data: Buffer): string {
  if (data.length >= 8 && data.readUInt32BE(0) === 0x89504e47 && data.readUInt32BE(4) === 0x0d0a1a0a) {
    return 'png';
  }
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  const head = data.subarray(0, 1024).toString('latin1');
  if (head.startsWith('GIF8')) return 'gif';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp';
  if (head.startsWith('BM')) return 'bmp';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'tiff';
  if (head.startsWith('%PDF')) return 'pdf';
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (/^<svg[\s>]/i.test(text) || (/^<(\?xml|!--|!DOCTYPE)/i.test(text) && /<svg[\s>]/i.test(head))) {
    return 'svg';
  }
  return 'unknown';
}

// --- PNG ----------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(buf: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < buf.length; i++) c = (CRC_TABLE[(c ^ (buf[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const DEPTHS: Record<number, number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

function checkPng(file: string, data: Buffer, inflate: Inflate | undefined): { width: number; height: number } {
  const corrupt = (detail: string): ImageError => new ImageError(file, 'corrupt', detail);
  let pos = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let colorType = -1;
  let interlace = 0;
  let palette = false;
  let ended = false;
  const idat: Buffer[] = [];
  while (pos < data.length) {
    if (pos + 12 > data.length) throw corrupt('truncated chunk');
    const length = data.readUInt32BE(pos);
    const type = data.toString('latin1', pos + 4, pos + 8);
    const end = pos + 12 + length;
    if (end > data.length) throw corrupt(`truncated ${type} chunk`);
    if (crc32(data.subarray(pos + 4, pos + 8 + length)) !== data.readUInt32BE(pos + 8 + length)) {
      throw corrupt(`bad CRC in ${type} chunk`);
    }
    const body = data.subarray(pos + 8, pos + 8 + length);
    if (pos === 8 && type !== 'IHDR') throw corrupt('no IHDR chunk');
    if (type === 'IHDR') {
      if (length !== 13) throw corrupt('bad IHDR');
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      depth = body[8] ?? 0;
      colorType = body[9] ?? -1;
      interlace = body[12] ?? 0;
      if (!DEPTHS[colorType]?.includes(depth) || interlace > 1 || width === 0 || height === 0) {
        throw corrupt('bad IHDR');
      }
    } else if (type === 'PLTE') palette = true;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') {
      ended = true;
      break;
    }
    pos = end;
  }
  if (!ended) throw corrupt('no IEND chunk (truncated file)');
  if (idat.length === 0) throw corrupt('no image data');
  if (colorType === 3 && !palette) throw corrupt('palette image without PLTE');
  if (!inflate) return { width, height };
  let pixels: Buffer;
  try {
    pixels = inflate(Buffer.concat(idat));
  } catch (e) {
    throw corrupt(`image data does not inflate: ${(e as Error).message}`);
  }
  const bitsPerPixel = (CHANNELS[colorType] ?? 1) * depth;
  const expected = interlace === 1 ? adam7Size(width, height, bitsPerPixel) : rowsSize(width, height, bitsPerPixel);
  if (pixels.length < expected) throw corrupt('image data shorter than the image');
  return { width, height };
}

function rowsSize(width: number, height: number, bitsPerPixel: number): number {
  if (width === 0 || height === 0) return 0;
  return height * (1 + Math.ceil((width * bitsPerPixel) / 8));
}

function adam7Size(width: number, height: number, bitsPerPixel: number): number {
  const passes: [number, number, number, number][] = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ];
  let total = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w > 0 && h > 0) total += rowsSize(w, h, bitsPerPixel);
  }
  return total;
}

// --- JPEG ---------------------------------------------------------------------------------------

function checkJpeg(file: string, data: Buffer): { width: number; height: number } {
  const corrupt = (detail: string): ImageError => new ImageError(file, 'corrupt', detail);
  let pos = 2;
  let width = 0;
  let height = 0;
  while (pos < data.length) {
    if (data[pos] !== 0xff) throw corrupt(`bad marker at byte ${pos}`);
    while (data[pos] === 0xff) pos++;
    const marker = data[pos++];
    if (marker === undefined) break;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (marker === 0xd9) throw corrupt('no image data');
    if (pos + 2 > data.length) throw corrupt('truncated');
    const length = data.readUInt16BE(pos);
    if (length < 2 || pos + length > data.length) throw corrupt('truncated segment');
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (![0xc0, 0xc1, 0xc2].includes(marker)) {
        throw new ImageError(file, 'unsupported-format', 'jpeg-lossless-or-arithmetic');
      }
      if (length < 8) throw corrupt('bad frame header');
      height = data.readUInt16BE(pos + 3);
      width = data.readUInt16BE(pos + 5);
      const components = data[pos + 7] ?? 0;
      if (![1, 3, 4].includes(components) || width === 0 || height === 0) {
        throw corrupt('bad frame header');
      }
    }
    if (marker === 0xda) {
      if (width === 0) throw corrupt('scan before frame header');
      // Entropy-coded data follows; a complete file ends with EOI (trailing padding allowed).
      let end = data.length;
      while (end > pos && data[end - 1] !== 0xd9) end--;
      if (end < pos + 2 || data[end - 2] !== 0xff) throw corrupt('no end-of-image marker (truncated file)');
      return { width, height };
    }
    pos += length;
  }
  throw corrupt('no image data');
}

// renderPdf: Markdown (with the container blocks of docs/markdown-blocks.md) → PDF bytes.
// pdfkit is imported only by this module tree; load it lazily from the commands that render.
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { type BuildContext, buildItems, drawSet, set, type Typography } from './blocks.js';
import { BlockSyntaxError, LayoutOptionsError } from './errors.js';
import { Paginator } from './flow.js';
import { DocumentFonts } from './fonts.js';
import { checkHyphenationLanguage, hyphenationLanguage } from './hyphenate.js';
import { type CheckedImage, loadImage } from './images.js';
import { type Block, parseMarkdown, type TextRun } from './markdown.js';

// The error classes, for callers that already load this module (others import ./errors.js, which
// does not load pdfkit).
export * from './errors.js';

export type PageSize = 'A4' | 'Letter' | 'Legal';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface LayoutOptions {
  /** Default 'Letter'. */
  pageSize?: PageSize;
  /** In points (1/72 in). Default 64 top, 72 sides, 64 bottom; the footer sits in the bottom margin. */
  margins?: Partial<Margins>;
  /** Drawn where the Markdown has a `:::letterhead` block: coat of arms on the left, lines centred. */
  letterhead?: {
    /** E.g. ["H. Ayuntamiento de San Pedro de las Huertas", "Administración 2024–2027"]; the first is bold. */
    lines: string[];
    /** A `:::lang` part's lines, by its language, in place of `lines` (one language after another). */
    linesByLang?: Record<string, string[]>;
    /** Path to a PNG or JPEG. */
    image?: string;
  };
  /**
   * Footer of every page: a function, or a template where {page} and {total} are replaced
   * ("Página {page} de {total}", the default). `false` for none.
   */
  footer?: string | ((page: number, total: number) => string) | false;
  metadata: {
    title: string;
    author?: string;
    subject?: string;
    keywords?: string[];
    /** BCP 47, e.g. 'es-MX'. Also the default hyphenation language. */
    lang: string;
  };
  /** Written as CreationDate and ModDate: the same inputs give byte-identical PDFs. */
  creationDate: Date;
  /** E.g. "PROYECTO / DRAFT": diagonal, light grey, behind every page, and in the page header. */
  watermark?: string;
  /** Extra fonts (TTF/OTF) for characters the main font lacks, tried in order. */
  fonts?: { path: string }[];
  /** Hyphenation of justified text; default: the language of metadata.lang if patterns exist. */
  hyphenateLang?: string | false;
  /** Body text size in points; default 11. */
  fontSize?: number;
  /** Names the caller's field for a Markdown line, for MissingGlyphError. */
  fieldAt?: (line: number) => string | undefined;
  /** Image size above which a warning is returned; default 300 KB. */
  imageWarningBytes?: number;
}

export interface LayoutWarning {
  code: 'image-large';
  file: string;
  bytes: number;
  limit: number;
  message: string;
}

export interface RenderResult {
  pdf: Buffer;
  pageCount: number;
  warnings: LayoutWarning[];
}

const DEFAULT_MARGINS: Margins = { top: 64, right: 72, bottom: 64, left: 72 };
const PAGE_SIZES: Record<PageSize, string> = { A4: 'A4', Letter: 'LETTER', Legal: 'LEGAL' };

/**
 * Renders Markdown to a PDF. Throws the typed errors of ./errors.ts (UnknownBlockError,
 * BlockSyntaxError, MissingGlyphError, ImageError, FontError, LayoutOptionsError); never prints.
 */
export async function renderPdf(markdown: string, options: LayoutOptions): Promise<RenderResult> {
  const blocks = parseMarkdown(markdown);
  const warnings: LayoutWarning[] = [];
  const lang = documentHyphenation(options);
  checkColumnLanguages(blocks);

  let image: CheckedImage | undefined;
  if (options.letterhead?.image) {
    image = loadImage(options.letterhead.image, inflateSync);
    const limit = options.imageWarningBytes ?? 300 * 1024;
    if (image.bytes > limit) {
      warnings.push({
        code: 'image-large',
        file: image.file,
        bytes: image.bytes,
        limit,
        message: `Image ${image.file} is ${Math.round(image.bytes / 1024)} KB (over ${Math.round(limit / 1024)} KB): the PDF grows by as much`,
      });
    }
  }

  const pageSize = options.pageSize ?? 'Letter';
  if (!(pageSize in PAGE_SIZES)) throw new LayoutOptionsError('pageSize', String(pageSize));
  const margins: Margins = { ...DEFAULT_MARGINS, ...options.margins };
  const { metadata } = options;
  const doc = new PDFDocument({
    size: PAGE_SIZES[pageSize],
    margins,
    autoFirstPage: false,
    bufferPages: true,
    // No default font: pdfkit would parse Helvetica's metrics for nothing.
    font: '',
    pdfVersion: '1.7',
    lang: metadata.lang,
    displayTitle: true,
    info: {
      Title: metadata.title,
      ...(metadata.author ? { Author: metadata.author } : {}),
      ...(metadata.subject ? { Subject: metadata.subject } : {}),
      ...(metadata.keywords?.length ? { Keywords: metadata.keywords.join(', ') } : {}),
      Creator: 'linkage',
      CreationDate: options.creationDate,
      ModDate: options.creationDate,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const fonts = new DocumentFonts(
    doc,
    (options.fonts ?? []).map((f) => f.path),
  );
  const size = options.fontSize ?? 11;
  const type: Typography = {
    bodySize: size,
    leading: 1.4,
    headingSizes: [size * 1.4, size * 1.2, size * 1.05],
    tableSize: size * 0.9,
    smallSize: size * 0.85,
    textColor: '#000000',
    ruleColor: '#777777',
  };
  const ctx: BuildContext = {
    doc,
    fonts,
    type,
    lang,
    fieldAt: options.fieldAt,
    letterhead: options.letterhead
      ? { lines: options.letterhead.lines, linesByLang: options.letterhead.linesByLang, image }
      : undefined,
  };

  // Measure everything before the first page exists, so glyph errors come before any drawing.
  const dims = pageDimensions(pageSize);
  const contentWidth = dims.width - margins.left - margins.right;
  const items = buildItems(ctx, blocks, contentWidth);
  const watermark = options.watermark ? prepareWatermark(ctx, options.watermark, dims, margins) : undefined;

  const newPage = (): void => {
    doc.addPage({ size: PAGE_SIZES[pageSize], margins });
    watermark?.(doc);
    doc.fillColor(type.textColor);
  };
  newPage();
  new Paginator({ x: margins.left, top: margins.top, bottom: dims.height - margins.bottom, newPage }).run(items);

  // Footers need the page count: pages are buffered and written once everything is laid out.
  const range = doc.bufferedPageRange();
  const total = range.count;
  const footer = options.footer ?? 'Página {page} de {total}';
  if (footer !== false) {
    for (let i = 0; i < total; i++) {
      doc.switchToPage(range.start + i);
      const text = typeof footer === 'function' ? footer(i + 1, total) : fillTemplate(footer, i + 1, total);
      const s = set(ctx, plain(text), {
        width: contentWidth,
        size: size * 0.8,
        align: 'center',
        lang: undefined,
        leading: 1.2,
        field: 'footer',
      });
      doc.fillColor('#444444');
      drawSet(ctx, s, margins.left, dims.height - margins.bottom + (margins.bottom - s.height) / 2);
    }
  }
  doc.end();
  await ended;
  return { pdf: Buffer.concat(chunks), pageCount: total, warnings };
}

function documentHyphenation(options: LayoutOptions): string | undefined {
  if (options.hyphenateLang === false) return undefined;
  if (options.hyphenateLang !== undefined) {
    checkHyphenationLanguage(options.hyphenateLang);
    return options.hyphenateLang;
  }
  return hyphenationLanguage(options.metadata.lang);
}

/** Fails early, naming the line, on a `:::columns` language without hyphenation patterns. */
function checkColumnLanguages(blocks: readonly Block[]): void {
  for (const block of blocks) {
    if (block.kind === 'columns') {
      for (const lang of block.langs) {
        try {
          if (lang) checkHyphenationLanguage(lang);
        } catch {
          throw new BlockSyntaxError('arguments', 'columns', block.line, `no hyphenation patterns for "${lang}"`);
        }
      }
      for (const column of block.columns) checkColumnLanguages(column);
    } else if (block.kind === 'keep' || block.kind === 'quote' || block.kind === 'lang') {
      checkColumnLanguages(block.blocks);
    }
  }
}

function fillTemplate(template: string, page: number, total: number): string {
  return template.replace(/\{page\}/g, String(page)).replace(/\{total\}/g, String(total));
}

function plain(text: string): TextRun[] {
  return [{ text, bold: false, italic: false, line: 0 }];
}

function pageDimensions(size: PageSize): { width: number; height: number } {
  switch (size) {
    case 'A4':
      return { width: 595.28, height: 841.89 };
    case 'Letter':
      return { width: 612, height: 792 };
    case 'Legal':
      return { width: 612, height: 1008 };
  }
}

/** Measures the watermark once; returns the painter called on each new page (behind the content). */
function prepareWatermark(
  ctx: BuildContext,
  text: string,
  dims: { width: number; height: number },
  margins: Margins,
): (doc: BuildContext['doc']) => void {
  const runs: TextRun[] = [{ text, bold: true, italic: false, line: 0 }];
  const unit = set(ctx, runs, { width: 1e6, size: 1, align: 'left', lang: undefined, leading: 1, field: 'watermark' });
  const diagonal = Math.hypot(dims.width, dims.height);
  const size = Math.min(96, (diagonal * 0.7) / Math.max(unit.lines[0]?.width ?? 1, 0.01));
  const big = set(ctx, runs, { width: 1e6, size, align: 'left', lang: undefined, leading: 1, field: 'watermark' });
  const bigWidth = big.lines[0]?.width ?? 0;
  const header = set(ctx, runs, {
    width: dims.width - margins.left - margins.right,
    size: ctx.type.bodySize * 0.75,
    align: 'center',
    lang: undefined,
    leading: 1.2,
    field: 'watermark',
  });
  const angle = (Math.atan2(dims.height, dims.width) * 180) / Math.PI;
  return (doc) => {
    const cx = dims.width / 2;
    const cy = dims.height / 2;
    doc.save();
    doc.rotate(-angle, { origin: [cx, cy] });
    doc.fillColor('#d6d6d6');
    drawSet(ctx, big, cx - bigWidth / 2, cy - big.height / 2);
    doc.restore();
    doc.save();
    doc.fillColor('#8c8c8c');
    drawSet(ctx, header, margins.left, Math.max(4, (margins.top - header.height) / 2));
    doc.restore();
  };
}

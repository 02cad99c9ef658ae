// Blocks → measured flow items (see flow.ts). Each item gets a draw function that paints with
// pdfkit at the position the paginator gives it.
import type PDFDocument from 'pdfkit';
import { buildChart } from './chart.js';
import { ImageError } from './errors.js';
import type { Box, FlowItem, Group } from './flow.js';
import { itemHeight, shiftItems, stackHeight } from './flow.js';
import type { DocumentFonts } from './fonts.js';
import { hyphenationLanguage } from './hyphenate.js';
import type { CheckedImage } from './images.js';
import type {
  Block,
  ColumnsBlock,
  ListBlock,
  ParagraphBlock,
  Signature,
  SignatureBlock,
  TableBlock,
  TextRun,
} from './markdown.js';
import { buildProgress } from './progress.js';
import { type SetLine, type SetOptions, type SetText, setText, type TextAlign, textExtent } from './text.js';

type Doc = InstanceType<typeof PDFDocument>;

export interface Typography {
  bodySize: number;
  leading: number;
  headingSizes: [number, number, number];
  tableSize: number;
  smallSize: number;
  textColor: string;
  ruleColor: string;
}

export interface BuildContext {
  doc: Doc;
  fonts: DocumentFonts;
  type: Typography;
  /** Hyphenation language of the current flow (a column may have its own). */
  lang: string | undefined;
  fieldAt: ((line: number) => string | undefined) | undefined;
  letterhead:
    | { lines: string[]; linesByLang: Record<string, string[]> | undefined; image: CheckedImage | undefined }
    | undefined;
  /** Inside a list item: a nested list sits close to its item. */
  inList?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Drawing primitives

/** Draws one typeset line whose top is at y. */
export function drawLine(ctx: BuildContext, set: SetText, line: SetLine, x: number, y: number): void {
  const { fonts } = ctx;
  const m = fonts.metrics('main-regular');
  const baseline = y + (set.lineHeight - (m.ascender - m.descender) * set.size) / 2 + m.ascender * set.size;
  const fragments = line.fragments.filter((f) => f.text !== '');
  if (fragments.length > 0) fonts.drawLine(set.size, fragments, x, baseline);
}

export function drawSet(ctx: BuildContext, set: SetText, x: number, y: number): void {
  set.lines.forEach((line, i) => {
    drawLine(ctx, set, line, x, y + i * set.lineHeight);
  });
}

export function hline(ctx: BuildContext, x1: number, x2: number, y: number, width = 0.6, color?: string): void {
  ctx.doc
    .save()
    .lineWidth(width)
    .strokeColor(color ?? ctx.type.ruleColor)
    .moveTo(x1, y)
    .lineTo(x2, y)
    .stroke()
    .restore();
}

export function set(
  ctx: BuildContext,
  runs: readonly TextRun[],
  opts: Partial<SetOptions> & { width: number },
): SetText {
  return setText(
    runs,
    {
      size: ctx.type.bodySize,
      leading: ctx.type.leading,
      align: 'justify',
      lang: ctx.lang,
      field: ctx.fieldAt,
      ...opts,
    },
    ctx.fonts,
  );
}

export function box(height: number, draw: (x: number, y: number) => void, extra: Partial<Box> = {}): Box {
  return { type: 'box', height, gapBefore: 0, keepWithNext: false, blockEnd: false, draw, ...extra };
}

/** One box per line, with orphan/widow control (first two and last two lines stay together). */
function lineBoxes(ctx: BuildContext, s: SetText, gapBefore: number, keepAll = false): Box[] {
  const n = s.lines.length;
  return s.lines.map((line, i) =>
    box(s.lineHeight, (x, y) => drawLine(ctx, s, line, x, y), {
      gapBefore: i === 0 ? gapBefore : 0,
      keepWithNext: keepAll || (i === 0 && n > 1) || (i === n - 2 && n > 1),
      blockEnd: i === n - 1,
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Blocks

export function buildItems(ctx: BuildContext, blocks: readonly Block[], width: number): FlowItem[] {
  const items: FlowItem[] = [];
  const paraGap = ctx.type.bodySize * 0.6;
  const line = ctx.type.bodySize * ctx.type.leading;
  let previous: Block | undefined;
  for (const block of blocks) {
    // A label line ("Potencial:") or any paragraph just before a list or a table stays with its start
    // (and a heading over it, which keeps with the paragraph); the signatures keep at least the last
    // two lines of text above them, the closing formula or the end of the last paragraph.
    if (block.kind === 'signature') keepTail(items, 2 * line);
    else if (previous?.kind === 'paragraph' && (INTRODUCED.has(block.kind) || isLabel(previous))) keepTail(items, line);
    switch (block.kind) {
      case 'paragraph': {
        // What follows the signatures (an oficio's c.c.p., an enclosure) is a list of lines: not
        // justified, and it goes with them, whole.
        const signatures = previous?.kind === 'signature' ? items.at(-1) : undefined;
        const s = set(ctx, block.runs, { width, align: block.preformatted || signatures ? 'left' : 'justify' });
        const lines = lineBoxes(ctx, s, paraGap);
        if (signatures) {
          signatures.keepWithNext = true;
          for (const l of lines.slice(0, -1)) l.keepWithNext = true;
        }
        items.push(...lines);
        break;
      }
      case 'heading': {
        const size = ctx.type.headingSizes[block.level - 1] ?? ctx.type.bodySize;
        const align: TextAlign = block.level === 1 ? 'center' : 'left';
        const s = set(ctx, block.runs, { width, size, align, force: { bold: true }, lang: undefined, leading: 1.3 });
        const lines = lineBoxes(ctx, s, size * (block.level === 1 ? 1.1 : 0.9), true);
        const last = lines[lines.length - 1];
        if (last) last.height += size * 0.25;
        items.push(...lines);
        break;
      }
      case 'list':
        items.push(...buildList(ctx, block, width, paraGap));
        break;
      case 'table':
        items.push(...buildTable(ctx, block, width, paraGap));
        break;
      case 'rule':
        items.push(
          box(ctx.type.bodySize, (x, y) => hline(ctx, x, x + width, y + ctx.type.bodySize / 2), {
            gapBefore: paraGap,
            blockEnd: true,
          }),
        );
        break;
      case 'quote': {
        const indent = ctx.type.bodySize * 1.5;
        const inner = shiftItems(buildItems(ctx, block.blocks, width - indent), indent);
        const first = inner[0];
        if (first) inner[0] = { ...first, gapBefore: paraGap } as FlowItem;
        items.push(...inner.map((item) => withBar(ctx, item)));
        break;
      }
      case 'letterhead': {
        const lh = buildLetterhead(ctx, block.lines, width);
        if (lh) items.push(lh);
        break;
      }
      case 'place-date': {
        const sets = block.lines.map((runs) => set(ctx, runs, { width, align: 'right', lang: undefined }));
        const boxes = sets.flatMap((s) => lineBoxes(ctx, s, 0, true));
        const first = boxes[0];
        if (first) first.gapBefore = paraGap * 2;
        const last = boxes[boxes.length - 1];
        if (last) {
          last.keepWithNext = false;
          last.height += paraGap;
        }
        items.push(...boxes);
        break;
      }
      case 'signature':
        items.push(buildSignatures(ctx, block, width, paraGap));
        break;
      case 'columns':
        items.push(buildColumns(ctx, block, width, paraGap));
        break;
      case 'pagebreak':
        items.push({ type: 'break', gapBefore: 0, keepWithNext: false, blockEnd: true });
        break;
      case 'chart':
        items.push(buildChart(ctx, block.spec, width, paraGap));
        break;
      case 'progress':
        items.push(...buildProgress(ctx, block, width, paraGap));
        break;
      case 'lang':
        // Each language's part is hyphenated with its own patterns, as each column of a pair is, and
        // heads its letterhead with its own lines (the council's name in its language).
        items.push(
          ...buildItems(
            {
              ...ctx,
              lang: hyphenationLanguage(block.lang),
              letterhead: ctx.letterhead && {
                ...ctx.letterhead,
                lines: ctx.letterhead.linesByLang?.[block.lang] ?? ctx.letterhead.lines,
              },
            },
            block.blocks,
            width,
          ),
        );
        break;
      case 'keep': {
        const inner = buildItems(ctx, block.blocks, width);
        const first = inner[0];
        if (first) {
          items.push({
            type: 'group',
            items: inner,
            gapBefore: first.gapBefore,
            keepWithNext: false,
            blockEnd: true,
          });
        }
        break;
      }
    }
    previous = block;
  }
  return items;
}

/** The blocks a paragraph just before introduces. */
const INTRODUCED = new Set<Block['kind']>(['list', 'table', 'progress']);

/** A paragraph that ends with a colon introduces what follows it. */
function isLabel(paragraph: ParagraphBlock): boolean {
  return /:\s*$/.test(paragraph.runs[paragraph.runs.length - 1]?.text ?? '');
}

/** Keeps the last items (back to a page break) with what comes next, until they are `height` tall. */
function keepTail(items: FlowItem[], height: number): void {
  let kept = 0;
  for (let k = items.length - 1; k >= 0 && kept < height - 0.01; k--) {
    const item = items[k];
    if (!item || item.type === 'break') return;
    item.keepWithNext = true;
    kept += itemHeight(item);
  }
}

/** A quote's boxes also draw the bar at their left. */
function withBar(ctx: BuildContext, item: FlowItem): FlowItem {
  if (item.type !== 'box') return item;
  const draw = item.draw;
  const bar = ctx.type.bodySize * 0.3;
  return {
    ...item,
    draw: (x, y) => {
      ctx.doc
        .save()
        .lineWidth(1.5)
        .strokeColor('#b0b0b0')
        .moveTo(x + bar, y)
        .lineTo(x + bar, y + item.height)
        .stroke()
        .restore();
      draw(x, y);
    },
  };
}

function listLabel(list: ListBlock, index: number): string {
  const n = list.start + index;
  switch (list.marker) {
    case 'bullet':
      return '•';
    case 'decimal':
      return `${n}${list.delimiter}`;
    case 'lower-alpha':
    case 'upper-alpha': {
      let s = '';
      for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
      return `${list.marker === 'upper-alpha' ? s.toUpperCase() : s}${list.delimiter}`;
    }
  }
}

/**
 * A list is short, and kept on one page, when it has at most this many items and at most
 * SHORT_LIST_LINES lines: an oficio's annexes, a handover's evidence for one case. Moved whole, it
 * leaves at most a fifth of a page empty above it. A longer list (an agreement's five forms of
 * cooperation) may break with two items on one page and three on the other; kept whole, it would
 * move with its article's heading and push the signatures of every demo agreement onto a page of
 * their own.
 */
const SHORT_LIST_ITEMS = 4;
const SHORT_LIST_LINES = 10;

/**
 * A list's items, each with its label hanging in the indent. A short list is not split; a longer one
 * may break between items, but never leaves a single item alone on either page: its first item keeps
 * with its second, its last but one with its last. The paragraph that introduces a list ("Anexos:")
 * keeps with its first item (buildItems), and so with the whole of a short list.
 */
function buildList(ctx: BuildContext, list: ListBlock, width: number, paraGap: number): FlowItem[] {
  const size = ctx.type.bodySize;
  const labels = list.items.map((_, i) => listLabel(list, i));
  const labelSets = labels.map((label, i) =>
    set(ctx, [{ text: label, bold: false, italic: false, line: list.items[i]?.line ?? list.line }], {
      width: 10_000,
      align: 'left',
    }),
  );
  const widest = Math.max(...labelSets.map((s) => s.lines[0]?.width ?? 0));
  // Hanging indent: the text of every line starts after the widest label.
  const indent = Math.max(size * 1.6, widest + size * 0.6);
  const parts: FlowItem[][] = [];
  list.items.forEach((item, i) => {
    const inner = shiftItems(buildItems({ ...ctx, inList: true }, item.blocks, width - indent), indent);
    const first = inner[0];
    const labelSet = labelSets[i];
    if (!first || !labelSet) return;
    const gap = list.loose || (i === 0 && !ctx.inList) ? paraGap : size * 0.25;
    if (first.type === 'box') {
      const draw = first.draw;
      const labelLine = labelSet.lines[0];
      inner[0] = {
        ...first,
        gapBefore: gap,
        draw: (x, y) => {
          // x is already shifted by the indent; the label hangs in the indent, right-aligned for
          // numbers and letters so that "9." and "10." line up.
          if (labelLine) {
            const lx = list.marker === 'bullet' ? x + size * 0.4 : x + indent - size * 0.5 - labelLine.width;
            drawLine(ctx, labelSet, labelLine, lx, y);
          }
          draw(x, y);
        },
      };
    } else {
      inner[0] = { ...first, gapBefore: gap } as FlowItem;
    }
    // An item of up to four lines (an oficio's annex, a profile's bullet) is not split across pages.
    if (inner.length <= 4) for (const part of inner.slice(0, -1)) part.keepWithNext = true;
    parts.push(inner);
  });
  const lines = parts.reduce((h, part) => h + stackHeight(part), 0) / (size * ctx.type.leading);
  const short = parts.length <= SHORT_LIST_ITEMS && lines <= SHORT_LIST_LINES + 0.01;
  parts.slice(0, -1).forEach((part, i) => {
    if (short) for (const item of part) item.keepWithNext = true;
    else if (i === 0 || i === parts.length - 2) {
      const end = part.at(-1);
      if (end) end.keepWithNext = true;
    }
  });
  return parts.flat();
}

// ---------------------------------------------------------------------------------------------
// Tables

/** A column whose body cells a block draws itself (`:::progress` bars) instead of as text. */
export interface CellDrawer {
  column: number;
  /** The narrowest the drawing may be, padding excluded. */
  minWidth: number;
  /** The cell's drawing at the column's width, or undefined to print the cell as text. */
  build: (runs: TextRun[], width: number) => { height: number; draw: (x: number, y: number) => void } | undefined;
}

export function buildTable(
  ctx: BuildContext,
  table: TableBlock,
  width: number,
  paraGap: number,
  drawer?: CellDrawer,
): FlowItem[] {
  const size = ctx.type.tableSize;
  const pad = size * 0.45;
  const cols = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  if (cols === 0) return [];
  const sizeOpts = { size, lang: ctx.lang, field: ctx.fieldAt };
  const mins = new Array<number>(cols).fill(0);
  const maxs = new Array<number>(cols).fill(0);
  const measure = (cells: TextRun[][], bold: boolean): void => {
    cells.forEach((runs, c) => {
      const e = textExtent(runs, { ...sizeOpts, force: bold ? { bold: true } : {} }, ctx.fonts);
      mins[c] = Math.max(mins[c] ?? 0, e.min + 2 * pad);
      maxs[c] = Math.max(maxs[c] ?? 0, e.max + 2 * pad);
    });
  };
  measure(table.header, true);
  for (const row of table.rows) measure(row, false);
  if (drawer) {
    const c = drawer.column;
    mins[c] = Math.max(mins[c] ?? 0, drawer.minWidth + 2 * pad);
    maxs[c] = Math.max(maxs[c] ?? 0, mins[c] ?? 0);
  }
  const widths = columnWidths(mins, maxs, width);
  const drawnAt = drawer ? widths.slice(0, drawer.column).reduce((a, b) => a + b, 0) : 0;

  const buildRow = (cells: TextRun[][], header: boolean): Box => {
    const custom =
      drawer && !header ? drawer.build(cells[drawer.column] ?? [], (widths[drawer.column] ?? 0) - 2 * pad) : undefined;
    const sets = widths.map((w, c) =>
      set(ctx, custom && c === drawer?.column ? [] : (cells[c] ?? []), {
        width: w - 2 * pad,
        size,
        leading: 1.3,
        align: table.align[c] ?? 'left',
        ...(header ? { force: { bold: true } } : {}),
      }),
    );
    const height = Math.max(...sets.map((s) => s.height), custom?.height ?? 0) + 2 * pad;
    return box(height, (x, y) => {
      const { doc } = ctx;
      if (header) doc.save().rect(x, y, width, height).fill('#ececec').restore();
      doc.fillColor(ctx.type.textColor);
      let cx = x;
      sets.forEach((s, c) => {
        drawSet(ctx, s, cx + pad, y + pad);
        cx += widths[c] ?? 0;
      });
      custom?.draw(x + drawnAt + pad, y + pad);
      // Cell borders.
      doc.save().lineWidth(0.5).strokeColor('#8a8a8a');
      doc.rect(x, y, width, height).stroke();
      let bx = x;
      for (let c = 0; c < widths.length - 1; c++) {
        bx += widths[c] ?? 0;
        doc
          .moveTo(bx, y)
          .lineTo(bx, y + height)
          .stroke();
      }
      doc.restore();
    });
  };

  const header = buildRow(table.header, true);
  header.gapBefore = paraGap;
  header.keepWithNext = table.rows.length > 0;
  const rows = table.rows.map((cells, r) => {
    const row = buildRow(cells, false);
    row.repeat = header;
    row.blockEnd = r === table.rows.length - 1;
    return row;
  });
  if (rows.length === 0) header.blockEnd = true;
  return [header, ...rows];
}

/** HTML-like automatic table layout: natural widths when they fit, else share the excess. */
export function columnWidths(mins: number[], maxs: number[], width: number): number[] {
  const sumMax = maxs.reduce((a, b) => a + b, 0);
  const sumMin = mins.reduce((a, b) => a + b, 0);
  if (sumMax <= width) return maxs.map((m) => (m / sumMax) * width);
  if (sumMin >= width) return mins.map((m) => (m / sumMin) * width);
  const spare = width - sumMin;
  const flex = sumMax - sumMin;
  return mins.map((m, i) => m + (((maxs[i] ?? m) - m) / flex) * spare);
}

// ---------------------------------------------------------------------------------------------
// Letterhead, signatures, columns

function buildLetterhead(ctx: BuildContext, extra: TextRun[][], width: number): Group | undefined {
  const lh = ctx.letterhead;
  const lines: { runs: TextRun[]; size: number; bold: boolean }[] = [];
  (lh?.lines ?? []).forEach((text, i) => {
    lines.push({
      runs: [{ text, bold: i === 0, italic: false, line: 0 }],
      size: i === 0 ? ctx.type.bodySize * 1.3 : ctx.type.bodySize,
      bold: i === 0,
    });
  });
  for (const runs of extra) lines.push({ runs, size: ctx.type.smallSize, bold: false });
  const image = lh?.image;
  if (lines.length === 0 && !image) return undefined;

  const maxImage = ctx.type.bodySize * 6;
  let iw = 0;
  let ih = 0;
  let opened: OpenedImage | undefined;
  if (image) {
    opened = openImage(ctx.doc, image);
    // A JPEG whose EXIF orientation turns it a quarter is drawn with its sides swapped.
    const turned = (opened.orientation ?? 1) > 4;
    const w = turned ? image.height : image.width;
    const h = turned ? image.width : image.height;
    const scale = Math.min(maxImage / w, maxImage / h);
    iw = w * scale;
    ih = h * scale;
  }
  // Text is centred on the page, clear of the coat of arms on the left; when a line would wrap so,
  // it is centred in the whole room right of the coat of arms instead.
  const side = iw > 0 ? iw + ctx.type.bodySize : 0;
  const layout = (textWidth: number): SetText[] =>
    lines.map((l, i) =>
      set(ctx, l.runs, {
        width: textWidth,
        size: l.size,
        align: 'center',
        lang: undefined,
        leading: 1.3,
        // Lines from the options are named by index; lines written in the block by their Markdown line.
        field: i < (lh?.lines.length ?? 0) ? `letterhead.lines[${i}]` : ctx.fieldAt,
      }),
    );
  let sets = layout(width - 2 * side);
  if (side > 0 && sets.some((s) => s.lines.length > 1)) sets = layout(width - side);
  const textHeight = sets.reduce((h, s) => h + s.height, 0);
  const inner = Math.max(ih, textHeight);
  const ruleGap = ctx.type.bodySize * 0.5;
  const height = inner + ruleGap * 2;
  const draw = (x: number, y: number): void => {
    if (opened) ctx.doc.image(opened as unknown as Buffer, x, y + (inner - ih) / 2, { width: iw, height: ih });
    let ty = y + (inner - textHeight) / 2;
    for (const s of sets) {
      drawSet(ctx, s, x + side, ty);
      ty += s.height;
    }
    hline(ctx, x, x + width, y + inner + ruleGap, 1, '#555555');
  };
  return {
    type: 'group',
    items: [box(height, draw, { blockEnd: true })],
    gapBefore: 0,
    keepWithNext: false,
    blockEnd: true,
  };
}

/** pdfkit's opened image (`openImage` is not in @types/pdfkit); drawing it again reuses one XObject. */
interface OpenedImage {
  width: number;
  height: number;
  orientation?: number;
}

function openImage(doc: Doc, image: CheckedImage): OpenedImage {
  try {
    return (doc as unknown as { openImage(src: Buffer): OpenedImage }).openImage(image.data);
  } catch (e) {
    throw new ImageError(image.file, 'corrupt', e instanceof Error ? e.message : String(e));
  }
}

/**
 * The rows of a signature block: side by side in a grid, up to three in a row; or, when the block
 * has sides (`|||`), each side's signatures one under another in its own column, a hole where a side
 * has fewer.
 */
function signatureRows(signatures: Signature[]): (Signature | undefined)[][] {
  const sides = Math.max(...signatures.map((s) => s.side)) + 1;
  const rows: (Signature | undefined)[][] = [];
  if (sides > 1) {
    const columns = Array.from({ length: sides }, (_, side) => signatures.filter((s) => s.side === side));
    const depth = Math.max(...columns.map((c) => c.length));
    for (let r = 0; r < depth; r++) rows.push(columns.map((c) => c[r]));
    return rows;
  }
  const n = signatures.length;
  const perRow = n <= 3 ? n : n % 3 === 0 ? 3 : n % 2 === 0 ? 2 : 3;
  for (let start = 0; start < n; start += perRow) rows.push(signatures.slice(start, start + perRow));
  return rows;
}

function buildSignatures(ctx: BuildContext, block: SignatureBlock, width: number, paraGap: number): Group {
  const rows = signatureRows(block.signatures);
  const perRow = Math.max(...rows.map((r) => r.length));
  const gutter = ctx.type.bodySize * 1.5;
  // A lone signature gets half the width, not a line across the page.
  const cellWidth = Math.min((width - gutter * (perRow - 1)) / perRow, width * 0.5);
  const boxes: Box[] = rows.map((row) => {
    const cells = row.map((sig) => (sig ? signatureCell(ctx, sig, cellWidth) : undefined));
    const present = cells.filter((c) => c !== undefined);
    const captionHeight = Math.max(...present.map((c) => c.caption));
    const signSpace = ctx.type.bodySize * 3.6;
    const below = Math.max(...present.map((c) => c.below));
    const height = captionHeight + signSpace + below;
    // A lone signature on a row with room for more is centred.
    const offset = (width - (cells.length * cellWidth + (cells.length - 1) * gutter)) / 2;
    return box(
      height,
      (x, y) => {
        cells.forEach((cell, i) => {
          cell?.draw(x + offset + i * (cellWidth + gutter), y, captionHeight, signSpace);
        });
      },
      { gapBefore: paraGap * 3, blockEnd: true },
    );
  });
  return { type: 'group', items: boxes, gapBefore: paraGap * 3, keepWithNext: false, blockEnd: true };
}

function signatureCell(
  ctx: BuildContext,
  sig: Signature,
  width: number,
): { caption: number; below: number; draw: (x: number, y: number, captionHeight: number, signSpace: number) => void } {
  const common = { width, align: 'center' as const, lang: undefined, leading: 1.3 };
  const caption = sig.caption.map((runs) => set(ctx, runs, common));
  const name = sig.name ? [set(ctx, sig.name, { ...common, force: { bold: true } })] : [];
  const titles = sig.titles.map((runs) => set(ctx, runs, { ...common, size: ctx.type.bodySize * 0.95 }));
  const below = [...name, ...titles];
  const hsum = (sets: SetText[]): number => sets.reduce((h, s) => h + s.height, 0);
  const ruleGap = ctx.type.bodySize * 0.3;
  return {
    caption: hsum(caption),
    below: hsum(below) + ruleGap,
    draw: (x, y, captionHeight, signSpace) => {
      let cy = y;
      for (const s of caption) {
        drawSet(ctx, s, x, cy);
        cy += s.height;
      }
      const lineY = y + captionHeight + signSpace;
      hline(ctx, x + width * 0.08, x + width * 0.92, lineY, 0.8, '#000000');
      cy = lineY + ruleGap;
      for (const s of below) {
        drawSet(ctx, s, x, cy);
        cy += s.height;
      }
    },
  };
}

function buildColumns(ctx: BuildContext, block: ColumnsBlock, width: number, paraGap: number): FlowItem {
  const gutter = ctx.type.bodySize * 1.8;
  const colWidth = (width - gutter) / 2;
  const column = (blocks: Block[], lang: string | undefined): FlowItem[] => {
    const items = buildItems({ ...ctx, lang: lang ?? ctx.lang }, blocks, colWidth);
    const first = items[0];
    if (first) items[0] = { ...first, gapBefore: 0 } as FlowItem;
    return items;
  };
  return {
    type: 'pair',
    left: column(block.columns[0], block.langs[0]),
    right: column(block.columns[1], block.langs[1]),
    rightOffset: colWidth + gutter,
    gapBefore: paraGap,
    keepWithNext: false,
    blockEnd: true,
  };
}

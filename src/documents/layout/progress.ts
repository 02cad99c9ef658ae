// `:::progress N`: a table whose column N shows each row's progress as a vector bar, readable in
// black and white: one segment per step, done segments filled dark, the rest outlined, the count
// ("7/12") printed beside the bar and the cell's label above it.
import { type BuildContext, box, buildTable, type CellDrawer, drawSet, set } from './blocks.js';
import type { FlowItem } from './flow.js';
import type { ProgressBlock, TextRun } from './markdown.js';

const FILL = '#3c3c3c';
const FRACTION = /^\s*(\d{1,3})\/(\d{1,3})\s*/;

export function buildProgress(ctx: BuildContext, block: ProgressBlock, width: number, paraGap: number): FlowItem[] {
  return buildTable(ctx, block.table, width, paraGap, progressCells(ctx, block.column));
}

/** A cell that starts with `done/total` (done ≤ total) and the label after it; else undefined. */
export function parseProgressCell(
  runs: readonly TextRun[],
): { done: number; total: number; label: TextRun[] } | undefined {
  const first = runs[0];
  const m = first ? FRACTION.exec(first.text) : null;
  if (!first || !m) return undefined;
  const done = Number(m[1]);
  const total = Number(m[2]);
  if (done > total) return undefined;
  const rest = first.text.slice(m[0].length);
  return { done, total, label: [...(rest ? [{ ...first, text: rest }] : []), ...runs.slice(1)] };
}

function progressCells(ctx: BuildContext, column: number): CellDrawer {
  const size = ctx.type.tableSize;
  const barHeight = size * 0.85;
  const gap = size * 0.3;
  return {
    column,
    minWidth: size * 9,
    build: (runs, width) => {
      const cell = parseProgressCell(runs);
      if (!cell) return undefined;
      const opts = { width, size, leading: 1.3, align: 'left' as const, lang: undefined };
      const label = cell.label.length > 0 ? set(ctx, cell.label, opts) : undefined;
      const count = set(ctx, [{ text: `${cell.done}/${cell.total}`, bold: true, italic: false, line: 0 }], opts);
      const countWidth = count.lines[0]?.width ?? 0;
      const labelHeight = label ? label.height + gap : 0;
      const height = labelHeight + Math.max(barHeight, count.lineHeight);
      return box(height, (x, y) => {
        if (label) drawSet(ctx, label, x, y);
        const barY = y + labelHeight + (count.lineHeight - barHeight) / 2;
        const barWidth = Math.max(width - countWidth - size * 0.5, size * 2);
        drawBar(ctx, x, barY, barWidth, barHeight, cell.done, cell.total);
        drawSet(ctx, count, x + barWidth + size * 0.5, y + labelHeight);
      });
    },
  };
}

/** The bar: `total` segments, the first `done` filled; no colour carries meaning. */
function drawBar(ctx: BuildContext, x: number, y: number, w: number, h: number, done: number, total: number): void {
  const doc = ctx.doc;
  doc.save().lineWidth(0.6).strokeColor('#000000');
  const segment = total > 0 ? w / total : w;
  if (done > 0) doc.rect(x, y, segment * done, h).fill(FILL);
  doc.rect(x, y, w, h).stroke();
  // Step marks: white inside the filled part, so the steps still count there.
  for (let i = 1; i < total; i++) {
    doc
      .strokeColor(i < done ? '#ffffff' : '#000000')
      .moveTo(x + segment * i, y + (i < done ? 0.6 : 0))
      .lineTo(x + segment * i, y + h - (i < done ? 0.6 : 0))
      .stroke();
  }
  doc.restore();
}

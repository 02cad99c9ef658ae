// A program's calendar as a Gantt-style chart: one row per activity, a column per month, each bar
// from the activity's start to its end. Readable in black and white: the status is the bar's fill
// (solid, hatched, outlined, dotted), named in a legend, never a colour alone.
import { type BuildContext, box, drawSet, hline, set } from './blocks.js';
import type { Box } from './flow.js';
import type { GanttSpec, TextRun } from './markdown.js';

const ROW_GAP = 3;
const BAR_HEIGHT = 8;
const GRID = '#c8c8c8';
const FILL = '#4a4a4a';

/** How each status is drawn; the legend lists the styles the chart uses, in this order. */
export const GANTT_STYLES = ['done', 'in-progress', 'planned', 'postponed', 'cancelled'] as const;
type Style = (typeof GANTT_STYLES)[number];

const runs = (text: string, bold = false): TextRun[] => [{ text, bold, italic: false, line: 0 }];

/** Days since 1970-01-01 of an ISO date (UTC): the chart's horizontal unit. */
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The first day of each month from `start` to `end`, as ISO dates. */
function months(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  const last = end.slice(0, 7);
  for (;;) {
    const iso = `${y}-${String(m).padStart(2, '0')}`;
    if (iso > last) return out;
    out.push(`${iso}-01`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

export function buildGantt(ctx: BuildContext, spec: GanttSpec, width: number, gapBefore: number): Box {
  const small = ctx.type.smallSize;
  const locale = spec.locale === 'es' ? 'es-MX' : spec.locale === 'en' ? 'en-US' : spec.locale;
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const title = set(ctx, runs(spec.title, true), { width, size: small + 1, align: 'left', lang: undefined });
  const labelWidth = Math.min(width * 0.38, 200);
  const plotWidth = width - labelWidth - 6;
  const labels = spec.rows.map((r) =>
    set(ctx, runs(r.label), { width: labelWidth - 4, size: small, align: 'left', lang: undefined }),
  );
  const rowHeights = labels.map((l) => Math.max(l.lines.length * l.lineHeight, BAR_HEIGHT) + ROW_GAP * 2);
  const monthStarts = months(spec.start, spec.end);
  const first = dayOf(spec.start);
  const span = dayOf(spec.end) + 1 - first;
  const xOf = (iso: string, endOfDay = false) =>
    (Math.min(Math.max(dayOf(iso) + (endOfDay ? 1 : 0) - first, 0), span) / span) * plotWidth;
  const monthLabels = monthStarts.map((m) => {
    const name = monthName.format(new Date(`${m}T00:00:00Z`)).replace('.', '');
    return set(ctx, runs(name), { width: plotWidth, size: small - 1, align: 'left', lang: undefined });
  });
  const used = GANTT_STYLES.filter((s) => spec.rows.some((r) => r.status === s));
  const legend = used.map((s) =>
    set(ctx, runs(spec.legend?.[s] ?? s), { width, size: small, align: 'left', lang: undefined }),
  );
  const titleHeight = title.lines.length * title.lineHeight + 6;
  const headerHeight = (monthLabels[0]?.lineHeight ?? small) + 4;
  const plotHeight = rowHeights.reduce((a, b) => a + b, 0);
  const legendHeight = legend.length > 0 ? (legend[0]?.lineHeight ?? 0) + 6 : 0;
  const height = titleHeight + headerHeight + plotHeight + legendHeight;

  return box(
    height,
    (x, y) => {
      const doc = ctx.doc;
      drawSet(ctx, title, x, y);
      const top = y + titleHeight;
      const px = x + labelWidth + 6;
      const plotTop = top + headerHeight;
      const bottom = plotTop + plotHeight;
      monthStarts.forEach((m, i) => {
        const mx = px + xOf(m);
        const next = monthStarts[i + 1];
        const mw = (next ? px + xOf(next) : px + plotWidth) - mx;
        const l = monthLabels[i];
        if (l) drawSet(ctx, l, mx + Math.max((mw - (l.lines[0]?.width ?? 0)) / 2, 0), top);
        doc.save().lineWidth(0.4).strokeColor(GRID).moveTo(mx, plotTop).lineTo(mx, bottom).stroke().restore();
      });
      doc
        .save()
        .lineWidth(0.4)
        .strokeColor(GRID)
        .moveTo(px + plotWidth, plotTop)
        .lineTo(px + plotWidth, bottom)
        .stroke()
        .restore();
      hline(ctx, px, px + plotWidth, plotTop, 0.8, '#000000');
      let ry = plotTop;
      spec.rows.forEach((row, i) => {
        const h = rowHeights[i] ?? 0;
        const label = labels[i];
        if (label) drawSet(ctx, label, x, ry + ROW_GAP);
        const bx = px + xOf(row.start);
        // A one-day activity still shows: at least a short bar.
        const bw = Math.max(px + xOf(row.end, true) - bx, 3);
        drawBar(ctx, row.status, bx, ry + (h - BAR_HEIGHT) / 2, bw, BAR_HEIGHT);
        ry += h;
        hline(ctx, x, px + plotWidth, ry, 0.3, GRID);
      });
      let lx = px;
      const ly = bottom + 6;
      used.forEach((s, i) => {
        const l = legend[i];
        if (!l) return;
        const key = small * 1.6;
        drawBar(ctx, s, lx, ly + 1, key, small * 0.9);
        drawSet(ctx, l, lx + key + 4, ly);
        lx += key + 14 + (l.lines[0]?.width ?? 0);
      });
    },
    { gapBefore: gapBefore * 1.5, blockEnd: true },
  );
}

function drawBar(ctx: BuildContext, style: Style, x: number, y: number, w: number, h: number): void {
  const doc = ctx.doc;
  doc.save().lineWidth(0.8);
  switch (style) {
    case 'done':
      doc.rect(x, y, w, h).fillAndStroke(FILL, '#000000');
      break;
    case 'in-progress':
      // Diagonal hatching, clipped to the bar.
      doc.save().rect(x, y, w, h).clip();
      for (let hx = x - h; hx < x + w; hx += 3) doc.moveTo(hx, y + h).lineTo(hx + h, y);
      doc.lineWidth(0.6).stroke('#000000').restore();
      doc.rect(x, y, w, h).stroke('#000000');
      break;
    case 'planned':
      doc.rect(x, y, w, h).stroke('#000000');
      break;
    case 'postponed':
      doc.dash(1.5, { space: 1.5 }).rect(x, y, w, h).stroke('#000000').undash();
      break;
    case 'cancelled':
      doc.rect(x, y, w, h).stroke('#7a7a7a');
      doc
        .moveTo(x, y + h / 2)
        .lineTo(x + w, y + h / 2)
        .stroke('#7a7a7a');
      break;
  }
  doc.restore();
}

// Bar charts as vector graphics, readable in black and white: filled dark bars for values, outlined
// bars for targets, every bar labelled with its number, a light grid with its scale.
import { type BuildContext, box, drawSet, hline, set } from './blocks.js';
import type { Box } from './flow.js';
import { buildGantt } from './gantt.js';
import type { BarChartSpec, ChartSpec, TextRun } from './markdown.js';

const PLOT_HEIGHT = 130;
const BAR_FILL = '#4a4a4a';
const GRID = '#c8c8c8';

const runs = (text: string, bold = false): TextRun[] => [{ text, bold, italic: false, line: 0 }];

/** A round upper bound for the axis: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

export function buildChart(ctx: BuildContext, spec: ChartSpec, width: number, gapBefore: number): Box {
  return spec.type === 'gantt' ? buildGantt(ctx, spec, width, gapBefore) : buildBars(ctx, spec, width, gapBefore);
}

function buildBars(ctx: BuildContext, spec: BarChartSpec, width: number, gapBefore: number): Box {
  const small = ctx.type.smallSize;
  const format = new Intl.NumberFormat(spec.locale === 'es' ? 'es-MX' : spec.locale === 'en' ? 'en-US' : spec.locale, {
    maximumFractionDigits: 2,
  });
  const withTargets = spec.points.some((p) => p.target !== undefined);
  const top = niceMax(Math.max(...spec.points.flatMap((p) => [p.value, p.target ?? 0])));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => top * f);

  const title = set(ctx, runs(spec.unit ? `${spec.title} (${spec.unit})` : spec.title, true), {
    width,
    size: small + 1,
    align: 'left',
    lang: undefined,
  });
  const tickSets = ticks.map((t) =>
    set(ctx, runs(format.format(t)), { width, size: small, align: 'left', lang: undefined }),
  );
  const axisWidth = Math.max(...tickSets.map((s) => s.lines[0]?.width ?? 0)) + 6;
  const plotWidth = width - axisWidth;
  const slot = plotWidth / spec.points.length;
  const labels = spec.points.map((p) =>
    set(ctx, runs(p.label), { width: slot - 2, size: small, align: 'center', lang: undefined }),
  );
  const labelHeight = Math.max(...labels.map((s) => s.lines.length * s.lineHeight));
  const legend =
    withTargets && spec.legend
      ? spec.legend.map((l) => set(ctx, runs(l), { width, size: small, align: 'left', lang: undefined }))
      : [];
  const legendHeight = legend.length > 0 ? (legend[0]?.lineHeight ?? 0) + 4 : 0;
  const titleHeight = title.lines.length * title.lineHeight + 6;
  const valueRoom = small * 1.4;
  const height = titleHeight + valueRoom + PLOT_HEIGHT + 4 + labelHeight + legendHeight;

  return box(
    height,
    (x, y) => {
      const doc = ctx.doc;
      drawSet(ctx, title, x, y);
      const plotTop = y + titleHeight + valueRoom;
      const base = plotTop + PLOT_HEIGHT;
      const px = x + axisWidth;
      const yOf = (v: number) => base - (v / top) * PLOT_HEIGHT;
      ticks.forEach((t, i) => {
        const ty = yOf(t);
        hline(ctx, px, px + plotWidth, ty, i === 0 ? 0.8 : 0.4, i === 0 ? '#000000' : GRID);
        const s = tickSets[i];
        if (s) drawSet(ctx, s, x + axisWidth - 6 - (s.lines[0]?.width ?? 0), ty - s.lineHeight / 2);
      });
      spec.points.forEach((p, i) => {
        const bars = p.target !== undefined ? 2 : 1;
        const barWidth = Math.min(slot * (bars === 2 ? 0.34 : 0.56), 48);
        const start = px + i * slot + (slot - barWidth * bars - (bars - 1) * 2) / 2;
        const drawBar = (bx: number, value: number, filled: boolean) => {
          const top = yOf(value);
          doc.save().lineWidth(0.8);
          if (filled) doc.rect(bx, top, barWidth, base - top).fillAndStroke(BAR_FILL, '#000000');
          else doc.rect(bx, top, barWidth, base - top).stroke('#000000');
          doc.restore();
          const v = set(ctx, runs(format.format(value)), { width: slot, size: small, align: 'left', lang: undefined });
          const vw = v.lines[0]?.width ?? 0;
          drawSet(ctx, v, bx + barWidth / 2 - vw / 2, top - v.lineHeight - 1);
        };
        drawBar(start, p.value, true);
        if (p.target !== undefined) drawBar(start + barWidth + 2, p.target, false);
        const label = labels[i];
        if (label) drawSet(ctx, label, px + i * slot + 1, base + 4);
      });
      if (legend.length === 2) {
        const ly = base + 4 + labelHeight + 4;
        const key = small * 0.9;
        let lx = px;
        legend.forEach((l, i) => {
          doc.save().lineWidth(0.8);
          if (i === 0) doc.rect(lx, ly + 1, key, key).fillAndStroke(BAR_FILL, '#000000');
          else doc.rect(lx, ly + 1, key, key).stroke('#000000');
          doc.restore();
          drawSet(ctx, l, lx + key + 4, ly);
          lx += key + 12 + (l.lines[0]?.width ?? 0);
        });
      }
    },
    { gapBefore: gapBefore * 1.5, blockEnd: true },
  );
}

// An AOP year's indicators as a bar chart in inline SVG, with the same figures in a table.
// Each indicator has its own unit, so each gets its own pair of bars (target outlined, result filled,
// both labelled with words and numbers: readable in black and white) on its own scale. The SVG is
// decoration for sighted readers (aria-hidden); the table is the accessible version and is visible.
// Bar widths are percentages of the SVG's width and each label goes above its bar, from the left
// edge: beside a long bar it ran off a 320 px screen. So the chart reads the same on a phone and on a
// desktop.
import { formatNumber, formatShare } from '../intl.js';
import type { UiLang } from '../ui/i18n.js';
import { label } from './html.js';

export interface IndicatorRow {
  /** HTML (escaped). */
  name: string;
  unit: string;
  baseline?: number;
  target: number;
  actual?: number;
}

/** The widest bar, as a share of the chart's width (its outline stays inside). */
const MAX_BAR = 99;

const pct = (value: number, max: number) => (max > 0 ? ((Math.max(0, value) / max) * MAX_BAR).toFixed(2) : '0');

function bars(row: IndicatorRow, lang: UiLang): string {
  const max = Math.max(row.target, row.actual ?? 0, 0);
  const tw = pct(row.target, max);
  const aw = pct(row.actual ?? 0, max);
  const actual = row.actual === undefined ? label(lang, 'site.chart.no-actual') : formatNumber(row.actual, lang);
  return (
    `<svg class="bars" width="100%" height="80" focusable="false">` +
    `<text x="1" y="14">${label(lang, 'site.chart.target')}: ${formatNumber(row.target, lang)}</text>` +
    `<rect class="target" x="1" y="20" width="${tw}%" height="18"/>` +
    `<text x="1" y="54">${label(lang, 'site.chart.actual')}: ${actual}</text>` +
    `<rect class="actual" x="1" y="60" width="${aw}%" height="18"/>` +
    '</svg>'
  );
}

/** The figure for one program year: bars for each indicator, then the table. */
export function indicatorFigure(rows: IndicatorRow[], year: number, lang: UiLang, id: string): string {
  const num = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v, lang));
  const share = (r: IndicatorRow) => (r.actual === undefined ? null : formatShare(r.actual, r.target, lang)) ?? '—';
  const visual = rows
    .map((r) => `<div class="indicator"><p>${r.name} <span class="unit">(${r.unit})</span></p>${bars(r, lang)}</div>`)
    .join('\n');
  const head = ['indicator', 'baseline']
    .map((k) => `<th scope="col">${label(lang, `site.table.${k}`)}</th>`)
    .concat(
      `<th scope="col">${label(lang, 'site.chart.target')}</th>`,
      `<th scope="col">${label(lang, 'site.chart.actual')}</th>`,
      `<th scope="col">${label(lang, 'site.table.share')}</th>`,
    )
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${r.name} <span class="unit">(${r.unit})</span></th><td class="n">${num(r.baseline)}</td>` +
        `<td class="n">${num(r.target)}</td><td class="n">${num(r.actual)}</td><td class="n">${share(r)}</td></tr>`,
    )
    .join('\n');
  return `<figure class="chart" aria-labelledby="${id}">
<figcaption id="${id}">${label(lang, 'site.chart.caption', { year })}</figcaption>
<div class="visual" aria-hidden="true">
<p class="legend"><span class="key target"></span> ${label(lang, 'site.chart.target')} <span class="key actual"></span> ${label(lang, 'site.chart.actual')}</p>
${visual}
</div>
<div class="table-wrap" role="region" tabindex="0" aria-label="${label(lang, 'site.table.caption', { year })}"><table>
<caption class="visually-hidden">${label(lang, 'site.table.caption', { year })}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>
</figure>`;
}

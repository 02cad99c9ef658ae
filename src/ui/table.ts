// A table for the terminal (status, templates list), fitted to its width: the long cells wrap at
// spaces within their column, a column goes below its row, and a terminal too narrow for the table
// gets a block of lines per row. No word is cut to make it fit.
import { displayWidth, wrapText } from './text.js';

/** A table's columns and how they give way in a terminal too narrow for it. */
export interface TableSpec<C extends string> {
  /** Its columns, in order; the first one is never broken. */
  columns: readonly C[];
  /** The columns that wrap in a terminal too narrow for the table, in the order they get room back. */
  wrapping: readonly C[];
  /** How narrow a wrapping column may get (never wider than it needs): short lines of a note read badly. */
  narrowest: Partial<Record<C, number>>;
  /** The column that goes below its row when the table does not fit with it; it goes when all of it is empty. */
  below: C;
  /** What a row's block starts with, on one line, in a terminal too narrow for the table (rowBlock). */
  first: readonly C[];
}

export type Cells<C extends string> = Record<C, string>;

/** Which columns the table shows, how wide, and whether the `below` column goes below its row. */
export interface Layout<C extends string> {
  columns: readonly C[];
  widths: Map<C, number>;
  below: boolean;
  gap: string;
}

/** A word longer than this (a URL) is cut rather than widen its column. */
const LONGEST_WORD = 20;
/**
 * Between columns: two spaces; in a terminal too narrow for two, a rule one character wide, so that
 * neighbouring cells of several words do not read as one phrase ("Dictamen de la SRE SRE").
 */
const GAP = '  ';
const NARROW_GAP = '│';

export const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - displayWidth(s)));

export const tableWidth = <C extends string>(l: Layout<C>) =>
  l.columns.reduce((sum, col) => sum + (l.widths.get(col) as number), 0) + l.gap.length * (l.columns.length - 1);

/** Each column as wide as its widest cell; `sizes`: whether a row's cell counts (an error's does not). */
export function naturalLayout<C extends string, R extends Cells<C>>(
  spec: TableSpec<C>,
  head: Cells<C>,
  rows: R[],
  sizes: (row: R, col: C) => boolean = () => true,
): Layout<C> {
  const widths = new Map(
    spec.columns.map((col) => [
      col,
      Math.max(displayWidth(head[col]), ...rows.filter((r) => sizes(r, col)).map((r) => displayWidth(r[col]))),
    ]),
  );
  return { columns: spec.columns, widths, below: false, gap: GAP };
}

/**
 * The table within `columns`: the wrapping columns shrink to their narrowest (their longest word,
 * the header's included) and get the room left back in order; when that does not fit, the `below`
 * column goes below its row, then the gaps narrow to one space. No word is cut to make it fit: a
 * layout still wider than `columns` is for the caller to show as blocks (rowBlock). `rows`: the rows
 * that size the table.
 */
export function fitLayout<C extends string>(
  spec: TableSpec<C>,
  natural: Layout<C>,
  head: Cells<C>,
  rows: Cells<C>[],
  columns: number,
): Layout<C> {
  const longestWord = (col: C) =>
    Math.min(LONGEST_WORD, Math.max(0, ...[head, ...rows].flatMap((r) => r[col].split(' ').map(displayWidth))));
  const layoutOf = (shown: readonly C[]): Layout<C> => {
    const widths = new Map(natural.widths);
    for (const col of spec.wrapping)
      widths.set(
        col,
        Math.min(natural.widths.get(col) as number, Math.max(spec.narrowest[col] ?? 0, longestWord(col))),
      );
    return { columns: shown, widths, below: !shown.includes(spec.below), gap: GAP };
  };
  // With the `below` column empty, it goes: its header alone would take room from the others.
  const without = spec.columns.filter((col) => col !== spec.below);
  let layout = layoutOf(rows.some((r) => r[spec.below]) ? spec.columns : without);
  if (tableWidth(layout) > columns) layout = layoutOf(without);
  if (tableWidth(layout) > columns) layout.gap = NARROW_GAP;
  const { widths } = layout;
  const width = (col: C) => widths.get(col) as number;
  let room = columns - tableWidth(layout);
  for (const col of spec.wrapping.filter((c) => layout.columns.includes(c))) {
    const more = Math.max(0, Math.min(room, (natural.widths.get(col) as number) - width(col)));
    widths.set(col, width(col) + more);
    room -= more;
  }
  return layout;
}

/** A row's lines: each cell wrapped within its column's width. */
export function rowLines<C extends string>(
  cells: Cells<C>,
  layout: Layout<C>,
  paint: (col: C, text: string) => string,
): string[] {
  const wrapped = layout.columns.map((col) => {
    const width = layout.widths.get(col) as number;
    return displayWidth(cells[col]) > width ? wrapText(cells[col], width) : [cells[col]];
  });
  const height = Math.max(...wrapped.map((lines) => lines.length));
  return Array.from({ length: height }, (_, i) =>
    layout.columns
      .map((col, j) => paint(col, pad(wrapped[j]?.[i] ?? '', layout.widths.get(col) as number)))
      .join(layout.gap)
      .trimEnd(),
  );
}

/**
 * Text that starts below a row's first cell (the `below` column, an error), wrapped within the rest
 * of the line when `columns` is known; `first`: what the first column shows on its first line.
 */
export function belowRow<C extends string>(
  spec: TableSpec<C>,
  layout: Layout<C>,
  text: string,
  columns: number | undefined,
  paint: (text: string) => string,
  first = '',
): string[] {
  const firstWidth = layout.widths.get(spec.columns[0] as C) as number;
  const lines =
    columns === undefined
      ? [text]
      : wrapText(text, Math.max(spec.narrowest[spec.below] ?? 0, columns - firstWidth - layout.gap.length));
  return lines.map((line, i) => `${pad(i === 0 ? first : '', firstWidth)}${layout.gap}${paint(line)}`);
}

/** Text under a row's block, in lines of the terminal's width less the block's indent. */
export const blockLines = <C extends string>(spec: TableSpec<C>, text: string, columns: number): string[] =>
  wrapText(text, Math.max(spec.narrowest[spec.below] ?? 0, columns - 2));

/**
 * A row as a few lines, for a terminal too narrow for the table: its `first` cells on a line, then
 * each other cell (not an empty one, not "—") on lines of its own, after its header's name when it
 * has one, wrapped within the width. `paint`: a cell's lines, their indent included.
 */
export function rowBlock<C extends string>(
  spec: TableSpec<C>,
  head: Cells<C>,
  row: Cells<C>,
  columns: number,
  paint: (col: C, line: string) => string = (_, line) => line,
): string[] {
  const out: string[] = [];
  const [lead, ...rest] = spec.first.map((col) => row[col]);
  const first = [lead, ...rest].filter(Boolean).join(' · ');
  // A first cell too long for the line with the rest: the rest goes under it.
  if (displayWidth(first) <= columns) out.push(first);
  else out.push(lead as string, `  ${rest.filter(Boolean).join(' · ')}`);
  for (const col of spec.columns.filter((c) => !spec.first.includes(c))) {
    if (!row[col] || row[col] === '—') continue;
    const text = head[col] ? `${head[col]}: ${row[col]}` : row[col];
    out.push(...blockLines(spec, text, columns).map((line) => paint(col, `  ${line}`)));
  }
  return out;
}

import type { StatusResult, WorkspaceStatus } from '../commands/status.js';
import type { CaseStatus, LateItem } from '../process/status.js';
import { PHASES } from '../process/steps.js';
import type { Problem } from '../workspace/problems.js';
import type { Painter } from './color.js';
import { message, t, type UiLang } from './i18n.js';
import {
  belowRow,
  blockLines,
  fitLayout,
  naturalLayout,
  rowBlock,
  rowLines,
  type Cells as TableCells,
  type TableSpec,
  tableWidth,
} from './table.js';
import { mdInline, oneLine } from './text.js';

export type StatusFormat = 'table' | 'json' | 'md' | 'csv';
export const STATUS_FORMATS: StatusFormat[] = ['table', 'json', 'md', 'csv'];

interface Row {
  workspace: string;
  slug: string;
  city: string;
  phase: string;
  progress: string;
  next: string;
  move: string;
  since: string;
  late: string;
  lastContact: string;
  asOf: string;
  error: boolean;
}

/** A late item in words; a follow-up names the step it waits on (the letter's answer, the SRE's opinion). */
function lateText(lang: UiLang, c: CaseStatus, l: LateItem): string {
  const step = l.kind === 'follow-up' && l.step ? c.steps.find((s) => s.id === l.step)?.step.title[lang] : undefined;
  if (step) return t(lang, 'status.late.follow-up-step', { step, due: l.due });
  return t(lang, `status.late.${l.kind}`, {
    due: l.due,
    ...(l.year !== undefined ? { year: l.year } : {}),
    ...(l.id !== undefined ? { id: l.id } : {}),
  });
}

function bar(done: number, total: number, width = 10): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

/**
 * How a row shows its progress: with a bar (the terminal), as "6/12" (a narrow terminal, minutes),
 * or in words, "6 de 12" (csv: a spreadsheet reads "6/12" as a date, 6 Dec).
 */
type ProgressStyle = 'bar' | 'fraction' | 'words';

function progressText(lang: UiLang, { done, total }: CaseStatus['progress'], style: ProgressStyle): string {
  if (style === 'words') return t(lang, 'status.progress-of', { done, total });
  return `${style === 'bar' ? `${bar(done, total)} ` : ''}${done}/${total}`;
}

/** An amendment under way: the SRE's opinion, its copy to send for registration, or the SRE's acuse. */
export function amendmentUnderWay(lang: UiLang, a: NonNullable<CaseStatus['amendment']>): string {
  return t(lang, `status.amendment.${a.waits}`, { id: a.id });
}

function toRow(ws: Section, c: CaseStatus, lang: UiLang, style: ProgressStyle): Row {
  const base = {
    workspace: ws.label,
    slug: c.slug,
    city: c.cityIn[lang],
    lastContact: c.lastContact ?? '',
    asOf: ws.asOf ?? '',
    error: false,
  };
  if (c.error) {
    const where = `${ws.shown(c.error.file)}${c.error.line !== undefined ? `:${c.error.line}` : ''}`;
    return {
      ...base,
      phase: '',
      progress: '',
      next: t(lang, 'status.error', { message: `${where} ${message(lang, c.error.id, c.error.params).text}` }),
      move: '',
      since: '',
      late: '',
      error: true,
    };
  }
  const progress = progressText(lang, c.progress, style);
  if (c.closed) {
    return {
      ...base,
      phase: t(lang, `status.closed.${c.closed.state}`),
      progress,
      next: '—',
      move: '—',
      since: c.closed.date ?? '',
      late: '',
    };
  }
  const phase = c.phase ? `${c.phase} ${PHASES[c.phase].title[lang]}` : '';
  const steps = c.next.map((s) => s.step.title[lang]).join(' + ');
  // A termination notified and not yet in effect: the case is open until then, and says so.
  const ending = c.ending ? t(lang, 'status.ending', { date: c.ending.date }) : undefined;
  // An amendment under way (its opinion or registration) is the case's to follow, whatever step leads.
  const amendment = c.amendment ? amendmentUnderWay(lang, c.amendment) : undefined;
  const next = [steps || (ending || amendment ? '' : t(lang, 'status.complete')), amendment, ending]
    .filter(Boolean)
    .join('; ');
  return {
    ...base,
    phase,
    progress,
    next,
    move: c.move ? t(lang, `status.actor.${c.move.actor}`) : '',
    since: c.move?.since ?? '',
    late: c.late.map((l) => lateText(lang, c, l)).join('; '),
  };
}

/** A column of the table: every field of a row but its error flag. */
type Column = Exclude<keyof Row, 'error'>;
const COLUMNS: Column[] = ['slug', 'phase', 'progress', 'next', 'move', 'since', 'late'];
const header = (lang: UiLang, col: Column) => t(lang, `status.col.${col === 'slug' ? 'case' : col}`);

/** A workspace as the report shows it: under its label. */
interface Section extends WorkspaceStatus {
  /** What names it in the report (label). */
  label: string;
  /** One of its files (`cases/x/case.yaml`) as the user reaches it, from where they stand. */
  shown: (file: string) => string;
  /** The date it is reported as of (asOfDate). */
  asOf?: string;
}

/**
 * Each workspace's label: its municipality's name, with its folder beside it when another workspace of
 * the report has that name too (two copies, a municipality's workspace and its rehearsal); its folder
 * alone when linkage.yaml does not load.
 */
function labels(result: StatusResult, folder: (root: string) => string): string[] {
  const count = new Map<string | undefined, number>();
  for (const { name } of result.workspaces) count.set(name, (count.get(name) ?? 0) + 1);
  return result.workspaces.map(({ name, root }) => {
    if (name === undefined) return folder(root);
    return (count.get(name) as number) > 1 ? `${name} (${folder(root)})` : name;
  });
}

/**
 * The date a workspace is reported as of; none when linkage.yaml does not load (the date it would show
 * is not its own: its pinned asOf is in the file that does not load).
 */
const asOfDate = (ws: WorkspaceStatus): string | undefined => (ws.name === undefined ? undefined : ws.today);

/** A workspace's heading: its label, and the date it is as of. */
function heading(ws: Section, lang: UiLang): string {
  return ws.asOf === undefined ? ws.label : `${ws.label} — ${t(lang, 'status.asOf', { date: ws.asOf })}`;
}

/**
 * `shown`: a workspace's folder, or one of its files, as the user reaches it, from where they stand
 * (shownFile: `.` for here).
 * `columns`: the terminal's width, when the output is a terminal (the table fits within it).
 */
export function renderStatus(
  result: StatusResult,
  format: StatusFormat,
  lang: UiLang,
  c: Painter,
  shown: (root: string, file?: string) => string,
  columns?: number,
): string {
  const many = result.workspaces.length > 1;
  // The json, as check's, gives each workspace's folder (absolute) and its files from there.
  if (format === 'json') return `${JSON.stringify(statusJson(result), null, 2)}\n`;
  // As a label, `.` would not name the folder: its full path.
  const label = labels(result, (root) => (shown(root) === '.' ? root : shown(root)));
  const sections = result.workspaces.map((ws, i): Section => {
    const asOf = asOfDate(ws);
    return {
      ...ws,
      label: label[i] as string,
      shown: (file: string) => shown(ws.root, file),
      ...(asOf === undefined ? {} : { asOf }),
    };
  });
  switch (format) {
    case 'csv':
      return renderCsv(sections, lang);
    case 'md':
      return renderMarkdown(sections, lang);
    default:
      return renderTable(sections, lang, c, many, columns);
  }
}

/** A problem of the workspace itself (linkage.yaml, cases/), as the report says it: file, line and message. */
function workspaceProblem(ws: Section, p: Problem, lang: UiLang): string {
  return `${ws.shown(p.file)}${p.line ? `:${p.line}` : ''}: ${message(lang, p.id, p.params).text}`;
}

/** Phase 1's open steps; not said when linkage.yaml did not load (no steps to tell). */
function phase1Line(ws: Section, lang: UiLang): string {
  const open = ws.phase1.filter((s) => s.state !== 'done');
  const steps =
    open.length === 0
      ? t(lang, 'status.phase1.done')
      : open.map((s) => `${s.step.title[lang]} (${t(lang, `status.state.${s.state}`)})`).join(', ');
  return t(lang, 'status.phase1', { steps });
}

/** A row for the terminal: a line break, tab or control character in a cell would break it. */
const onOneLine = (r: Row): Row => {
  const out = { ...r };
  for (const col of COLUMNS) out[col] = oneLine(r[col]);
  return out;
};

/**
 * The table in a terminal: the next step and the late items wrap (short lines of late items read
 * badly), the late items go below their row; too narrow for it, a case's block starts with its
 * slug, phase and progress.
 */
const TABLE: TableSpec<Column> = {
  columns: COLUMNS,
  wrapping: ['next', 'late'],
  narrowest: { next: 18, late: 30 },
  below: 'late',
  first: ['slug', 'phase', 'progress'],
};

type Cells = TableCells<Column>;

/** An unreadable case's error does not widen the columns, but its slug's. */
const sizes = (r: Row, col: Column) => col === 'slug' || !r.error;

/** Each case as a few lines, for a terminal too narrow for the table; an unreadable case says why. */
function caseBlocks(head: Cells, rows: Row[], columns: number, c: Painter): string[] {
  return rows.flatMap((r) =>
    r.error
      ? [r.slug, ...blockLines(TABLE, r.next, columns).map((line) => `  ${c.red(line)}`)]
      : rowBlock(TABLE, head, r, columns, (col, line) => (col === 'late' ? c.yellow(line) : line)),
  );
}

/** `columns`: the terminal's width, to fit the table to; none when the output is not a terminal. */
function renderTable(sections: Section[], lang: UiLang, c: Painter, many: boolean, columns?: number): string {
  const out: string[] = [];
  const head = Object.fromEntries(COLUMNS.map((col) => [col, header(lang, col)])) as Cells;
  for (const ws of sections) {
    out.push(c.bold(oneLine(heading(ws, lang))));
    for (const p of ws.problems) out.push(c.red(workspaceProblem(ws, p, lang)));
    if (ws.phase1.length > 0) out.push(oneLine(phase1Line(ws, lang)));
    if (ws.cases.length === 0) {
      out.push(t(lang, 'status.noCases'), '');
      continue;
    }
    let rows = ws.cases.map((cs) => onOneLine(toRow(ws, cs, lang, 'bar')));
    let layout = naturalLayout(TABLE, head, rows, sizes);
    if (columns !== undefined && tableWidth(layout) > columns) {
      // Too wide for the terminal: the progress without its bar, then the long cells wrapped.
      rows = ws.cases.map((cs) => onOneLine(toRow(ws, cs, lang, 'fraction')));
      const sized = rows.filter((r) => !r.error);
      layout = fitLayout(TABLE, naturalLayout(TABLE, head, rows, sizes), head, sized, columns);
      if (tableWidth(layout) > columns) {
        out.push(...caseBlocks(head, rows, columns, c), '');
        continue;
      }
    }
    // Every row an error (linkage.yaml does not load): no header over columns that stay empty.
    if (!rows.every((r) => r.error)) out.push(...rowLines(head, layout, (_, text) => c.bold(text)));
    for (const r of rows) {
      if (r.error) {
        // What starts below a row's slug (an error, the late items) wraps within the rest of the line.
        out.push(...belowRow(TABLE, layout, r.next, columns, c.red, r.slug));
        continue;
      }
      out.push(...rowLines(r, layout, (col, text) => (col === 'late' && r.late ? c.yellow(text) : text)));
      if (layout.below && r.late) out.push(...belowRow(TABLE, layout, `${head.late}: ${r.late}`, columns, c.yellow));
    }
    out.push('');
  }
  if (many) out.pop();
  return `${out.join('\n')}\n`;
}

function renderMarkdown(sections: Section[], lang: UiLang): string {
  const out: string[] = [];
  for (const ws of sections) {
    out.push(`## ${mdInline(heading(ws, lang))}`, '');
    // The minutes say what the table says: a linkage.yaml that does not load, a workspace with no cases.
    for (const p of ws.problems)
      out.push(mdInline(t(lang, 'status.error', { message: workspaceProblem(ws, p, lang) })), '');
    if (ws.phase1.length > 0) out.push(mdInline(phase1Line(ws, lang)), '');
    if (ws.cases.length === 0) {
      out.push(t(lang, 'status.noCases'), '');
      continue;
    }
    const rows = ws.cases.map((cs) => toRow(ws, cs, lang, 'fraction'));
    // Every row an error (linkage.yaml does not load): each case with its error, as the table shows
    // them, not a table of columns that stay empty.
    if (rows.every((r) => r.error)) {
      out.push(...rows.map((r) => `- ${mdInline(r.slug)}: ${mdInline(r.next)}`), '');
      continue;
    }
    const cols: Column[] = [...COLUMNS, 'lastContact'];
    out.push(`| ${cols.map((col) => header(lang, col)).join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`);
    for (const r of rows) out.push(`| ${cols.map((col) => mdInline(r[col])).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}

function renderCsv(sections: Section[], lang: UiLang): string {
  const cols: Column[] = [
    'workspace',
    'slug',
    'city',
    'phase',
    'progress',
    'next',
    'move',
    'since',
    'late',
    'lastContact',
    // Last, where the columns before it stay where a sheet built on them expects them.
    'asOf',
  ];
  // A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before them) as a formula: a city
  // named "=HYPERLINK(…)" must stay text, so such a cell starts with an apostrophe (OWASP's advice).
  const cell = (raw: string) => {
    const s = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
    return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [cols.map((col) => cell(header(lang, col))).join(',')];
  const note = (ws: Section, text: string) => {
    const cells: Partial<Row> = { workspace: ws.label, next: text, asOf: ws.asOf ?? '' };
    return cols.map((col) => cell(cells[col] ?? '')).join(',');
  };
  for (const ws of sections) {
    // A row of its own for what has no case to go with: a broken linkage.yaml, an open Phase 1, a
    // workspace with no cases (without it the municipality would be missing from the sheet, as if never asked for).
    for (const p of ws.problems)
      lines.push(note(ws, t(lang, 'status.error', { message: workspaceProblem(ws, p, lang) })));
    // Phase 1 open (a liaison not on record): the table says so above its rows; a case past its letter does not.
    if (ws.phase1.some((s) => s.state !== 'done')) lines.push(note(ws, phase1Line(ws, lang)));
    if (ws.cases.length === 0) lines.push(note(ws, t(lang, 'status.noCases')));
    for (const cs of ws.cases) {
      const r = toRow(ws, cs, lang, 'words');
      lines.push(cols.map((col) => cell(r[col])).join(','));
    }
  }
  // A BOM so that Excel opens the accents right.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function statusJson(result: StatusResult) {
  return {
    workspaces: result.workspaces.map((ws) => ({
      root: ws.root,
      name: ws.name ?? null,
      today: asOfDate(ws) ?? null,
      phase1: ws.phase1.map((s) => ({ step: s.id, state: s.state })),
      problems: ws.problems.map((p) => ({ file: p.file, line: p.line ?? null, id: p.id, params: p.params })),
      cases: ws.cases.map((c) => ({
        slug: c.slug,
        city: c.city,
        country: c.country ?? null,
        kind: c.kind ?? null,
        phase: c.phase ?? null,
        closed: c.closed ?? null,
        ending: c.ending ?? null,
        progress: c.progress,
        next: c.next.map((s) => ({ step: s.id, state: s.state, missing: s.missing.map((f) => f.path.join('.')) })),
        move: c.move ?? null,
        amendment: c.amendment ?? null,
        late: c.late,
        lastContact: c.lastContact ?? null,
        steps: c.steps.map((s) => ({ step: s.id, state: s.state, date: s.date ?? null })),
        error: c.error
          ? { file: c.error.file, line: c.error.line ?? null, id: c.error.id, params: c.error.params }
          : null,
      })),
    })),
  };
}

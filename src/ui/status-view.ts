import type { StatusResult, WorkspaceStatus } from '../commands/status.js';
import type { CaseStatus, LateItem } from '../process/status.js';
import { PHASES } from '../process/steps.js';
import type { Painter } from './color.js';
import { message, t, type UiLang } from './i18n.js';
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
  error: boolean;
}

/** A late item in words; a follow-up names the step it waits on (the letter's answer, the SRE's opinion). */
function lateText(lang: UiLang, c: CaseStatus, l: LateItem): string {
  const step = l.kind === 'follow-up' && l.step ? c.steps.find((s) => s.id === l.step)?.step.title[lang] : undefined;
  if (step) return t(lang, 'status.late.follow-up-step', { step, due: l.due });
  return t(lang, `status.late.${l.kind}`, { due: l.due, ...(l.year !== undefined ? { year: l.year } : {}) });
}

function bar(done: number, total: number, width = 10): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

function toRow(ws: WorkspaceStatus, c: CaseStatus, lang: UiLang, withBar: boolean): Row {
  const base = {
    workspace: ws.name,
    slug: c.slug,
    city: c.cityIn[lang],
    lastContact: c.lastContact ?? '',
    error: false,
  };
  if (c.error) {
    const where = `${c.error.file}${c.error.line !== undefined ? `:${c.error.line}` : ''}`;
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
  const progress = `${withBar ? `${bar(c.progress.done, c.progress.total)} ` : ''}${c.progress.done}/${c.progress.total}`;
  const late = c.late.map((l) => lateText(lang, c, l)).join('; ');
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
  const next = c.next.length > 0 ? c.next.map((s) => s.step.title[lang]).join(' + ') : t(lang, 'status.complete');
  return {
    ...base,
    phase,
    progress,
    next,
    move: c.move ? t(lang, `status.actor.${c.move.actor}`) : '',
    since: c.move?.since ?? '',
    late,
  };
}

/** A column of the table: every field of a row but its error flag. */
type Column = Exclude<keyof Row, 'error'>;
const COLUMNS: Column[] = ['slug', 'phase', 'progress', 'next', 'move', 'since', 'late'];
const header = (lang: UiLang, col: Column) => t(lang, `status.col.${col === 'slug' ? 'case' : col}`);

const width = (s: string) => [...s].length;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

export function renderStatus(result: StatusResult, format: StatusFormat, lang: UiLang, c: Painter): string {
  const many = result.workspaces.length > 1;
  switch (format) {
    case 'json':
      return `${JSON.stringify(statusJson(result), null, 2)}\n`;
    case 'csv':
      return renderCsv(result, lang, many);
    case 'md':
      return renderMarkdown(result, lang, many);
    default:
      return renderTable(result, lang, c, many);
  }
}

function phase1Line(ws: WorkspaceStatus, lang: UiLang): string {
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

function renderTable(result: StatusResult, lang: UiLang, c: Painter, many: boolean): string {
  const out: string[] = [];
  for (const ws of result.workspaces) {
    out.push(c.bold(`${oneLine(ws.name)} — ${t(lang, 'status.asOf', { date: ws.today })}`));
    for (const p of ws.problems)
      out.push(c.red(`${p.file}${p.line ? `:${p.line}` : ''}: ${message(lang, p.id, p.params).text}`));
    out.push(oneLine(phase1Line(ws, lang)));
    if (ws.cases.length === 0) {
      out.push(t(lang, 'status.noCases'), '');
      continue;
    }
    const rows = ws.cases.map((cs) => onOneLine(toRow(ws, cs, lang, true)));
    // An unreadable case prints its error across the row; it does not widen the columns.
    const sized = rows.filter((r) => !r.error);
    const widths = COLUMNS.map((col) =>
      Math.max(width(header(lang, col)), ...(col === 'slug' ? rows : sized).map((r) => width(r[col]))),
    );
    out.push(
      c.bold(
        COLUMNS.map((col, i) => pad(header(lang, col), widths[i] as number))
          .join('  ')
          .trimEnd(),
      ),
    );
    for (const r of rows) {
      if (r.error) {
        out.push(`${pad(r.slug, widths[0] as number)}  ${c.red(r.next)}`);
        continue;
      }
      const cells = COLUMNS.map((col, i) => {
        const text = pad(r[col], widths[i] as number);
        if (col === 'late' && r.late) return c.yellow(text);
        return text;
      });
      out.push(cells.join('  ').trimEnd());
    }
    out.push('');
  }
  if (many) out.pop();
  return `${out.join('\n')}\n`;
}

function renderMarkdown(result: StatusResult, lang: UiLang, many: boolean): string {
  const out: string[] = [];
  for (const ws of result.workspaces) {
    out.push(
      `## ${mdInline(ws.name)} — ${t(lang, 'status.asOf', { date: ws.today })}`,
      '',
      mdInline(phase1Line(ws, lang)),
      '',
    );
    const cols: Column[] = [...COLUMNS, 'lastContact'];
    out.push(`| ${cols.map((col) => header(lang, col)).join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`);
    for (const cs of ws.cases) {
      const r = toRow(ws, cs, lang, false);
      out.push(`| ${cols.map((col) => mdInline(r[col])).join(' | ')} |`);
    }
    out.push('');
  }
  if (!many) return `${out.join('\n')}`;
  return `${out.join('\n')}`;
}

function renderCsv(result: StatusResult, lang: UiLang, _many: boolean): string {
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
  ];
  // A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before them) as a formula: a city
  // named "=HYPERLINK(…)" must stay text, so such a cell starts with an apostrophe (OWASP's advice).
  const cell = (raw: string) => {
    const s = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
    return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [cols.map((col) => cell(header(lang, col))).join(',')];
  for (const ws of result.workspaces) {
    for (const cs of ws.cases) {
      const r = toRow(ws, cs, lang, false);
      // "6/12" opens in Excel as a date (6 Dec): "6 de 12" stays what it is.
      if (!r.error) r.progress = t(lang, 'status.progress-of', cs.progress);
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
      name: ws.name,
      today: ws.today,
      phase1: ws.phase1.map((s) => ({ step: s.id, state: s.state })),
      problems: ws.problems.map((p) => ({ file: p.file, line: p.line ?? null, id: p.id, params: p.params })),
      cases: ws.cases.map((c) => ({
        slug: c.slug,
        city: c.city,
        country: c.country ?? null,
        kind: c.kind ?? null,
        phase: c.phase ?? null,
        closed: c.closed ?? null,
        progress: c.progress,
        next: c.next.map((s) => ({ step: s.id, state: s.state, missing: s.missing.map((f) => f.path.join('.')) })),
        move: c.move ?? null,
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

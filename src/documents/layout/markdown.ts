// Markdown → a small typed block tree. marked's lexer does the Markdown; the container blocks
// (`:::name` … `:::`, see docs/markdown-blocks.md) are split out line by line first, so their
// contents can be lexed on their own and errors can name the line. Raw HTML stays text.
import { Lexer, type Token, Tokenizer, type Tokens } from 'marked';
import { BlockSyntaxError, UnknownBlockError } from './errors.js';

export interface TextRun {
  /** Plain text; '\n' is a hard line break. */
  text: string;
  bold: boolean;
  italic: boolean;
  /** 1-based source line the run starts on. */
  line: number;
}

export type Align = 'left' | 'center' | 'right';
export type ListMarker = 'bullet' | 'decimal' | 'lower-alpha' | 'upper-alpha';

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
  line: number;
  /** Code blocks and raw HTML blocks keep their line breaks and are not justified. */
  preformatted?: boolean;
}
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  runs: TextRun[];
  line: number;
}
export interface ListItem {
  blocks: Block[];
  line: number;
}
export interface ListBlock {
  kind: 'list';
  marker: ListMarker;
  /** The character after the number or letter: "1." / "a)". */
  delimiter: '.' | ')';
  start: number;
  items: ListItem[];
  /** Items separated by blank lines get paragraph spacing. */
  loose: boolean;
  line: number;
}
export interface TableBlock {
  kind: 'table';
  header: TextRun[][];
  align: (Align | null)[];
  rows: TextRun[][][];
  line: number;
}
export interface RuleBlock {
  kind: 'rule';
  line: number;
}
export interface QuoteBlock {
  kind: 'quote';
  blocks: Block[];
  line: number;
}
export interface LetterheadBlock {
  kind: 'letterhead';
  /** Extra lines written inside the block, printed under the letterhead lines of the options. */
  lines: TextRun[][];
  line: number;
}
export interface PlaceDateBlock {
  kind: 'place-date';
  lines: TextRun[][];
  line: number;
}
export interface Signature {
  /** Lines above the signing line ("Por el Municipio de Zapopan"). */
  caption: TextRun[][];
  /** The signer's name, printed bold under the line. */
  name: TextRun[] | undefined;
  /** Title lines under the name. */
  titles: TextRun[][];
  /** The side it stands on, counted from 0: a `|||` line starts the next (one side per Party). */
  side: number;
}
export interface SignatureBlock {
  kind: 'signature';
  signatures: Signature[];
  line: number;
}
export interface ColumnsBlock {
  kind: 'columns';
  columns: [Block[], Block[]];
  /** Hyphenation language per column (`:::columns es en`); undefined = the document's. */
  langs: [string | undefined, string | undefined];
  line: number;
}
export interface PageBreakBlock {
  kind: 'pagebreak';
  line: number;
}
/** A bar chart: one bar per point, or an outlined target beside each filled actual. */
export interface BarChartSpec {
  type: 'bar';
  title: string;
  unit?: string;
  /** BCP 47 or ISO 639 code for the number format of the axis and the values. */
  locale: string;
  points: { label: string; value: number; target?: number }[];
  /** Legend words for the two bars when points carry targets, e.g. ["Resultado", "Meta"]. */
  legend?: [string, string];
}
/** A calendar: one row per activity, its bar from start to end over the months of the period. */
export interface GanttSpec {
  type: 'gantt';
  title: string;
  locale: string;
  /** The period the months run over (ISO dates). */
  start: string;
  end: string;
  rows: {
    label: string;
    start: string;
    end: string;
    status: 'done' | 'in-progress' | 'planned' | 'postponed' | 'cancelled';
  }[];
  /** The words for each status the rows use. */
  legend?: Partial<Record<'done' | 'in-progress' | 'planned' | 'postponed' | 'cancelled', string>>;
}
export type ChartSpec = BarChartSpec | GanttSpec;
export interface ChartBlock {
  kind: 'chart';
  spec: ChartSpec;
  line: number;
}
/** A table whose column `column` (0-based) draws `done/total label` cells as progress bars. */
export interface ProgressBlock {
  kind: 'progress';
  table: TableBlock;
  column: number;
  line: number;
}
export interface KeepBlock {
  kind: 'keep';
  blocks: Block[];
  line: number;
}
/** Text in one language (`:::lang de`): one language's part of a document written one after another. */
export interface LangBlock {
  kind: 'lang';
  lang: string;
  blocks: Block[];
  line: number;
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | ListBlock
  | TableBlock
  | RuleBlock
  | QuoteBlock
  | LetterheadBlock
  | PlaceDateBlock
  | SignatureBlock
  | ColumnsBlock
  | PageBreakBlock
  | ChartBlock
  | KeepBlock
  | LangBlock
  | ProgressBlock;

export const CONTAINER_NAMES = [
  'letterhead',
  'place-date',
  'signature',
  'columns',
  'pagebreak',
  'keep',
  'chart',
  'progress',
  'lang',
] as const;
export type ContainerName = (typeof CONTAINER_NAMES)[number];

// ---------------------------------------------------------------------------------------------
// Container splitting

const FENCE = /^ {0,3}:{3,}[ \t]*([A-Za-z][\w-]*)?[ \t]*(.*?)\s*$/;
const SEPARATOR = /^ {0,3}\+{3,}\s*$/;
/** In a signature block, the line between one Party's signatures and the next Party's. */
const SIDE_SEPARATOR = /^ {0,3}\|{3}\s*$/;
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LANG_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

interface SourceLine {
  text: string;
  line: number;
}

interface Frame {
  name: ContainerName | 'root';
  line: number;
  args: string[];
  /** For block containers: finished blocks per column (one column unless `columns`). */
  columns: Block[][];
  /** Markdown lines not yet lexed, of the current column. */
  pending: SourceLine[];
  /** Raw-line containers (letterhead, place-date, signature) keep their lines as written. */
  raw: boolean;
}

const RAW_CONTAINERS = new Set<string>(['letterhead', 'place-date', 'signature', 'chart']);
/** Which containers may hold which: everything else is 'misplaced'. */
const ALLOWED_PARENTS: Record<ContainerName, readonly string[]> = {
  lang: ['root'],
  letterhead: ['root', 'lang'],
  pagebreak: ['root', 'lang'],
  columns: ['root', 'keep', 'lang'],
  keep: ['root', 'columns', 'lang'],
  signature: ['root', 'keep', 'columns', 'lang'],
  'place-date': ['root', 'keep', 'columns', 'lang'],
  chart: ['root', 'keep', 'lang'],
  progress: ['root', 'keep', 'lang'],
};

/** Parses the Markdown of a document into blocks. Throws UnknownBlockError / BlockSyntaxError. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').normalize('NFC').split('\n');
  const root: Frame = { name: 'root', line: 0, args: [], columns: [[]], pending: [], raw: false };
  const stack: Frame[] = [root];
  let codeFence: string | undefined;

  const top = (): Frame => stack[stack.length - 1] ?? root;
  const flush = (frame: Frame): void => {
    if (frame.raw || frame.pending.length === 0) return;
    const first = frame.pending[0]?.line ?? 1;
    const text = frame.pending.map((l) => l.text).join('\n');
    frame.pending = [];
    const column = frame.columns[frame.columns.length - 1];
    if (column) appendBlocks(column, lexBlocks(text, first));
  };

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const lineNo = i + 1;
    const frame = top();
    if (codeFence !== undefined) {
      if (text.trimStart().startsWith(codeFence)) codeFence = undefined;
      frame.pending.push({ text, line: lineNo });
      continue;
    }
    const code = frame.raw ? null : CODE_FENCE.exec(text);
    if (code?.[1]) {
      codeFence = code[1];
      frame.pending.push({ text, line: lineNo });
      continue;
    }
    const fence = FENCE.exec(text);
    if (fence) {
      const name = fence[1];
      const rest = fence[2] ?? '';
      if (name === undefined) {
        if (rest !== '') throw new BlockSyntaxError('arguments', undefined, lineNo, rest);
        if (frame === root) throw new BlockSyntaxError('unexpected-close', undefined, lineNo);
        stack.pop();
        closeFrame(frame, top(), flush);
        continue;
      }
      const lower = name.toLowerCase();
      if (!(CONTAINER_NAMES as readonly string[]).includes(lower)) {
        throw new UnknownBlockError(name, lineNo);
      }
      const cname = lower as ContainerName;
      if (frame.raw || !ALLOWED_PARENTS[cname].includes(frame.name)) {
        throw new BlockSyntaxError('misplaced', cname, lineNo, `inside :::${frame.name}`);
      }
      const args = rest === '' ? [] : rest.split(/\s+/);
      checkArguments(cname, args, lineNo);
      flush(frame);
      if (cname === 'pagebreak') {
        frame.columns[frame.columns.length - 1]?.push({ kind: 'pagebreak', line: lineNo });
        continue;
      }
      stack.push({
        name: cname,
        line: lineNo,
        args,
        columns: [[]],
        pending: [],
        raw: RAW_CONTAINERS.has(cname),
      });
      continue;
    }
    if (SEPARATOR.test(text) && (frame.name === 'columns' || frame.name === 'signature')) {
      if (frame.name === 'columns') {
        flush(frame);
        if (frame.columns.length >= 2) {
          throw new BlockSyntaxError('columns-separator', 'columns', lineNo, 'more than one +++');
        }
        frame.columns.push([]);
        continue;
      }
    }
    frame.pending.push({ text, line: lineNo });
  }
  const open = top();
  if (open !== root) throw new BlockSyntaxError('unclosed', open.name, open.line);
  flush(root);
  return root.columns[0] ?? [];
}

function checkArguments(name: ContainerName, args: string[], line: number): void {
  if (name === 'columns') {
    if (args.length > 2 || args.some((a) => !LANG_CODE.test(a))) {
      throw new BlockSyntaxError('arguments', name, line, args.join(' '));
    }
  } else if (name === 'lang') {
    if (args.length !== 1 || !LANG_CODE.test(args[0] ?? '')) {
      throw new BlockSyntaxError('arguments', name, line, args.join(' ') || 'a language code');
    }
  } else if (name === 'progress') {
    if (args.length !== 1 || !/^[1-9]\d?$/.test(args[0] ?? '')) {
      throw new BlockSyntaxError('arguments', name, line, args.join(' ') || 'a column number');
    }
  } else if (args.length > 0) {
    throw new BlockSyntaxError('arguments', name, line, args.join(' '));
  }
}

function closeFrame(frame: Frame, parent: Frame, flush: (f: Frame) => void): void {
  flush(frame);
  const target = parent.columns[parent.columns.length - 1];
  if (!target) return;
  const lines = frame.pending;
  switch (frame.name) {
    case 'letterhead':
      target.push({ kind: 'letterhead', lines: nonEmptyLines(lines), line: frame.line });
      return;
    case 'place-date': {
      const body = nonEmptyLines(lines);
      if (body.length === 0) throw new BlockSyntaxError('empty', 'place-date', frame.line);
      target.push({ kind: 'place-date', lines: body, line: frame.line });
      return;
    }
    case 'signature':
      target.push({ kind: 'signature', signatures: parseSignatures(lines, frame.line), line: frame.line });
      return;
    case 'keep':
      target.push({ kind: 'keep', blocks: frame.columns[0] ?? [], line: frame.line });
      return;
    case 'lang':
      target.push({ kind: 'lang', lang: frame.args[0] ?? '', blocks: frame.columns[0] ?? [], line: frame.line });
      return;
    case 'chart':
      target.push({ kind: 'chart', spec: parseChart(lines, frame.line), line: frame.line });
      return;
    case 'columns': {
      const [left, right] = frame.columns;
      if (!left || !right) {
        throw new BlockSyntaxError('columns-separator', 'columns', frame.line, 'no +++ line');
      }
      target.push({
        kind: 'columns',
        columns: [left, right],
        langs: [frame.args[0], frame.args[1] ?? frame.args[0]],
        line: frame.line,
      });
      return;
    }
    case 'progress':
      target.push(parseProgress(frame));
      return;
    default:
      return;
  }
}

/** `:::progress N` holds exactly one table with at least N columns; column N carries the bars. */
function parseProgress(frame: Frame): ProgressBlock {
  const blocks = frame.columns[0] ?? [];
  const table = blocks[0];
  const column = Number(frame.args[0]) - 1;
  if (blocks.length !== 1 || table?.kind !== 'table' || table.header.length <= column) {
    throw new BlockSyntaxError(
      'progress-table',
      'progress',
      frame.line,
      `expected one table with column ${column + 1}`,
    );
  }
  return { kind: 'progress', table, column, line: frame.line };
}

/** A chart's body is JSON (numbers and labels, not Markdown): see docs/markdown-blocks.md. */
function parseChart(lines: SourceLine[], blockLine: number): ChartSpec {
  let value: unknown;
  try {
    value = JSON.parse(lines.map((l) => l.text).join('\n'));
  } catch (error) {
    throw new BlockSyntaxError('chart-data', 'chart', blockLine, (error as Error).message);
  }
  if ((value as { type?: unknown } | null)?.type === 'gantt') return parseGantt(value as Partial<GanttSpec>, blockLine);
  const spec = value as Partial<BarChartSpec> | null;
  const points = Array.isArray(spec?.points) ? spec.points : undefined;
  const valid =
    spec?.type === 'bar' &&
    typeof spec.title === 'string' &&
    points !== undefined &&
    points.length > 0 &&
    points.every(
      (p) =>
        typeof p?.label === 'string' &&
        Number.isFinite(p.value) &&
        (p.target === undefined || Number.isFinite(p.target)),
    );
  if (!valid)
    throw new BlockSyntaxError(
      'chart-data',
      'chart',
      blockLine,
      'expected {type: "bar", title, points: [{label, value}]}',
    );
  return { locale: 'es', ...spec } as BarChartSpec;
}

const GANTT_STATUSES = new Set(['done', 'in-progress', 'planned', 'postponed', 'cancelled']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseGantt(spec: Partial<GanttSpec>, blockLine: number): GanttSpec {
  const rows = Array.isArray(spec.rows) ? spec.rows : undefined;
  const valid =
    typeof spec.title === 'string' &&
    ISO_DATE.test(String(spec.start)) &&
    ISO_DATE.test(String(spec.end)) &&
    String(spec.start) <= String(spec.end) &&
    rows !== undefined &&
    rows.length > 0 &&
    rows.every(
      (r) =>
        typeof r?.label === 'string' &&
        ISO_DATE.test(String(r.start)) &&
        ISO_DATE.test(String(r.end)) &&
        r.start <= r.end &&
        GANTT_STATUSES.has(r.status),
    );
  if (!valid)
    throw new BlockSyntaxError(
      'chart-data',
      'chart',
      blockLine,
      'expected {type: "gantt", title, start, end, rows: [{label, start, end, status}]}',
    );
  return { locale: 'es', ...spec } as GanttSpec;
}

function nonEmptyLines(lines: SourceLine[]): TextRun[][] {
  return lines.filter((l) => l.text.trim() !== '').map((l) => inlineText(l.text.trim(), l.line));
}

function parseSignatures(lines: SourceLine[], blockLine: number): Signature[] {
  const groups: { side: number; lines: SourceLine[] }[] = [{ side: 0, lines: [] }];
  for (const l of lines) {
    const side = groups[groups.length - 1]?.side ?? 0;
    if (SEPARATOR.test(l.text)) groups.push({ side, lines: [] });
    else if (SIDE_SEPARATOR.test(l.text)) groups.push({ side: side + 1, lines: [] });
    else if (l.text.trim() !== '') groups[groups.length - 1]?.lines.push(l);
  }
  const signatures: Signature[] = [];
  for (const { side, lines: group } of groups) {
    if (group.length === 0) continue;
    const rule = group.findIndex((l) => /^\s*_{3,}\s*$/.test(l.text));
    const above = rule < 0 ? [] : group.slice(0, rule);
    const below = rule < 0 ? group : group.slice(rule + 1);
    const [name, ...titles] = below.map((l) => inlineText(l.text.trim(), l.line));
    signatures.push({ caption: above.map((l) => inlineText(l.text.trim(), l.line)), name, titles, side });
  }
  if (signatures.length === 0) throw new BlockSyntaxError('empty', 'signature', blockLine);
  return signatures;
}

// ---------------------------------------------------------------------------------------------
// Markdown proper

/**
 * marked's setext-heading rule ("Title" over "===") runs a regex that crawls through a whole
 * paragraph before it fails: on long justified paragraphs, a third of the lexing time. It is only
 * tried when an underline line follows within the paragraph.
 */
class QuickTokenizer extends Tokenizer {
  override lheading(src: string): Tokens.Heading | undefined {
    const end = src.indexOf('\n\n');
    const block = end < 0 ? src : src.slice(0, end);
    return /\n {0,3}(?:=+|-+)[ \t]*(?:\n|$)/.test(block) ? super.lheading(src) : undefined;
  }
}

function lexBlocks(text: string, firstLine: number): Block[] {
  const tokens = new Lexer({ gfm: true, tokenizer: new QuickTokenizer() }).lex(text);
  return convertTokens(tokens, firstLine);
}

/** Appends, merging a lettered list that continues one just before it ("a)" … blank … "b)"). */
function appendBlocks(target: Block[], blocks: Block[]): void {
  for (const block of blocks) {
    const prev = target[target.length - 1];
    if (
      block.kind === 'list' &&
      prev?.kind === 'list' &&
      isLettered(block) &&
      prev.marker === block.marker &&
      prev.delimiter === block.delimiter &&
      prev.start + prev.items.length === block.start
    ) {
      prev.items.push(...block.items);
      prev.loose = true;
      continue;
    }
    target.push(block);
  }
}

function isLettered(list: ListBlock): boolean {
  return list.marker === 'lower-alpha' || list.marker === 'upper-alpha';
}

function convertTokens(tokens: Token[], firstLine: number): Block[] {
  const blocks: Block[] = [];
  let line = firstLine;
  for (const token of tokens) {
    const start = line;
    line += countNewlines(token.raw);
    const block = convertToken(token, start);
    if (block) appendBlocks(blocks, Array.isArray(block) ? block : [block]);
  }
  return blocks;
}

function convertToken(token: Token, line: number): Block | Block[] | undefined {
  switch (token.type) {
    case 'space':
    case 'def':
      return undefined;
    case 'paragraph': {
      const t = token as Tokens.Paragraph;
      return letteredList(t.text, line) ?? { kind: 'paragraph', runs: inlineRuns(t.tokens, line), line };
    }
    case 'text': {
      const t = token as Tokens.Text;
      const runs = t.tokens ? inlineRuns(t.tokens, line) : plainRuns(decodeEntities(t.text), line);
      return letteredList(t.text, line) ?? { kind: 'paragraph', runs, line };
    }
    case 'heading': {
      const t = token as Tokens.Heading;
      const level = Math.min(3, Math.max(1, t.depth)) as 1 | 2 | 3;
      return { kind: 'heading', level, runs: inlineRuns(t.tokens, line), line };
    }
    case 'list':
      return convertList(token as Tokens.List, line);
    case 'table': {
      const t = token as Tokens.Table;
      return {
        kind: 'table',
        header: t.header.map((c) => inlineRuns(c.tokens, line)),
        align: t.align.map((a) => a ?? null),
        rows: t.rows.map((row, r) => row.map((c) => inlineRuns(c.tokens, line + 2 + r))),
        line,
      };
    }
    case 'hr':
      return { kind: 'rule', line };
    case 'blockquote': {
      const t = token as Tokens.Blockquote;
      return { kind: 'quote', blocks: convertTokens(t.tokens, line), line };
    }
    case 'code': {
      const t = token as Tokens.Code;
      return { kind: 'paragraph', runs: plainRuns(t.text, line), line, preformatted: true };
    }
    case 'html': {
      // Not interpreted: printed as written.
      const t = token as Tokens.HTML;
      return { kind: 'paragraph', runs: plainRuns(t.text.replace(/\n+$/, ''), line), line, preformatted: true };
    }
    default: {
      const generic = token as { text?: unknown; tokens?: Token[] };
      if (generic.tokens) return { kind: 'paragraph', runs: inlineRuns(generic.tokens, line), line };
      if (typeof generic.text === 'string' && generic.text.trim() !== '') {
        return { kind: 'paragraph', runs: plainRuns(generic.text, line), line };
      }
      return undefined;
    }
  }
}

function convertList(list: Tokens.List, line: number): ListBlock {
  const first = list.items[0]?.raw ?? '';
  const delimiter = /^\s*\d+\)/.test(first) ? ')' : '.';
  const start = typeof list.start === 'number' ? list.start : 1;
  const items: ListItem[] = [];
  let itemLine = line;
  for (const item of list.items) {
    items.push({ blocks: convertTokens(item.tokens, itemLine), line: itemLine });
    itemLine += countNewlines(item.raw);
  }
  return {
    kind: 'list',
    marker: list.ordered ? 'decimal' : 'bullet',
    delimiter,
    start,
    items,
    loose: list.loose,
    line,
  };
}

const LETTER_ITEM = /^([a-z])([.)])[ \t]+|^([A-Z])(\))[ \t]+/;

/**
 * marked knows only numbered lists; templates write lettered ones ("a) …", "b) …", or "A) …").
 * A paragraph whose first line starts with a letter marker becomes a lettered list; it continues
 * across blank lines when the letters follow on (see appendBlocks).
 */
function letteredList(text: string, line: number): ListBlock | undefined {
  const lines = text.split('\n');
  const m = LETTER_ITEM.exec(lines[0] ?? '');
  if (!m) return undefined;
  const letter = (m[1] ?? m[3] ?? 'a').toLowerCase();
  const delimiter = (m[2] ?? m[4] ?? ')') as '.' | ')';
  const upper = m[3] !== undefined;
  const start = letter.charCodeAt(0) - 96;
  const items: { text: string; line: number }[] = [];
  let expected = start;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    const mm = LETTER_ITEM.exec(l);
    const lm = mm ? (mm[1] ?? mm[3] ?? '') : '';
    const isNext =
      mm !== null &&
      (mm[2] ?? mm[4]) === delimiter &&
      (mm[3] !== undefined) === upper &&
      lm.toLowerCase().charCodeAt(0) - 96 === expected;
    if (isNext && mm) {
      items.push({ text: l.slice(mm[0].length), line: line + i });
      expected++;
    } else {
      const last = items[items.length - 1];
      if (last) last.text += `\n${l}`;
    }
  }
  return {
    kind: 'list',
    marker: upper ? 'upper-alpha' : 'lower-alpha',
    delimiter,
    start,
    items: items.map((it) => ({
      blocks: [{ kind: 'paragraph', runs: inlineText(it.text, it.line), line: it.line }],
      line: it.line,
    })),
    loose: false,
    line,
  };
}

// ---------------------------------------------------------------------------------------------
// Inline

/** Lexes one line (or a few) of inline Markdown into runs. */
export function inlineText(text: string, line: number): TextRun[] {
  return inlineRuns(Lexer.lexInline(text, { gfm: true }), line);
}

function inlineRuns(tokens: Token[] | undefined, line: number): TextRun[] {
  const runs: TextRun[] = [];
  const state = { line };
  collectInline(tokens ?? [], false, false, runs, state);
  return mergeRuns(runs);
}

function collectInline(tokens: Token[], bold: boolean, italic: boolean, out: TextRun[], state: { line: number }): void {
  for (const token of tokens) {
    const push = (text: string): void => {
      out.push({ text, bold, italic, line: state.line });
      state.line += countNewlines(token.raw);
    };
    switch (token.type) {
      case 'strong':
        collectInline((token as Tokens.Strong).tokens, true, italic, out, state);
        break;
      case 'em':
        collectInline((token as Tokens.Em).tokens, bold, true, out, state);
        break;
      case 'del':
      case 'link':
        collectInline((token as Tokens.Del | Tokens.Link).tokens, bold, italic, out, state);
        break;
      case 'br':
        push('\n');
        break;
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens) collectInline(t.tokens, bold, italic, out, state);
        else push(decodeEntities(t.text).replace(/\n/g, ' '));
        break;
      }
      case 'escape':
      case 'codespan':
      case 'image':
        push((token as Tokens.Escape | Tokens.Codespan | Tokens.Image).text);
        break;
      case 'html':
        push((token as Tokens.Tag).raw.replace(/\n/g, ' '));
        break;
      case 'checkbox':
        break;
      default: {
        const g = token as { text?: unknown; tokens?: Token[] };
        if (g.tokens) collectInline(g.tokens, bold, italic, out, state);
        else if (typeof g.text === 'string') push(g.text);
      }
    }
  }
}

function plainRuns(text: string, line: number): TextRun[] {
  return [{ text, bold: false, italic: false, line }];
}

function mergeRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const prev = out[out.length - 1];
    if (prev && prev.bold === run.bold && prev.italic === run.italic && prev.line === run.line) {
      prev.text += run.text;
    } else {
      out.push({ ...run });
    }
  }
  return out;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  shy: '\u00AD',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  copy: '©',
  reg: '®',
  deg: '°',
  ordf: 'ª',
  ordm: 'º',
  iexcl: '¡',
  iquest: '¿',
  sect: '§',
  para: '¶',
  middot: '·',
  euro: '€',
};

/** CommonMark decodes entity references in text; raw HTML tags themselves stay text. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const cp = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\uFFFD';
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

import { join } from 'node:path';
import { ejectTemplate, listTemplates } from '../commands/templates.js';
import { t } from '../ui/i18n.js';
import {
  belowRow,
  type Cells,
  fitLayout,
  naturalLayout,
  rowBlock,
  rowLines,
  type TableSpec,
  tableWidth,
} from '../ui/table.js';
import { oneLine } from '../ui/text.js';
import { type ActionContext, out, shownPath, singleRoot, writeLines } from './context.js';

type Column = 'document' | 'lang' | 'file' | 'origin' | 'version' | 'note';

/**
 * The list in a terminal, fitted as status's table: the origin and the note of an outdated template
 * wrap, the note goes below its row; too narrow for it, a template's block starts with its document,
 * language, origin and version, its file and note under them. No header: each cell says what it is.
 */
const TABLE: TableSpec<Column> = {
  columns: ['document', 'lang', 'file', 'origin', 'version', 'note'],
  wrapping: ['note', 'origin'],
  narrowest: { note: 30 },
  below: 'note',
  first: ['document', 'lang', 'origin', 'version'],
};

export async function templatesListAction(ctx: ActionContext): Promise<number> {
  const c = out(ctx);
  const rows = listTemplates(singleRoot(ctx)).map(
    (r): Cells<Column> => ({
      document: oneLine(r.document),
      lang: oneLine(r.lang),
      file: oneLine(r.template?.shown ?? '—'),
      origin: r.template ? t(ctx.lang, `templates.origin.${r.template.origin}`) : '—',
      // Version 0 is a version; only a template whose header says none has none.
      version: typeof r.template?.contextVersion === 'number' ? `v${r.template.contextVersion}` : '—',
      // Outdated: a workspace template whose header gives a version older than the current one.
      note: r.outdated
        ? t(ctx.lang, 'templates.outdated', { version: r.template?.contextVersion as number, current: r.current })
        : r.unversioned
          ? t(ctx.lang, 'templates.unversioned', { document: r.document, current: r.current })
          : '',
    }),
  );
  const head = Object.fromEntries(TABLE.columns.map((col) => [col, ''])) as Cells<Column>;
  // The note, the last column, in colour without the spaces that pad it.
  const paint = (col: Column, text: string) => (col === 'note' && text.trim() ? c.yellow(text.trimEnd()) : text);
  // On a terminal the list fits its width; piped, it keeps every row on one line.
  const columns = ctx.stdout.isTTY ? ctx.stdout.columns : undefined;
  let layout = naturalLayout(TABLE, head, rows);
  if (columns !== undefined && tableWidth(layout) > columns) layout = fitLayout(TABLE, layout, head, rows, columns);
  const lines =
    columns !== undefined && tableWidth(layout) > columns
      ? rows.flatMap((r) => rowBlock(TABLE, head, r, columns, paint))
      : rows.flatMap((r) => [
          ...rowLines(r, layout, paint),
          ...(layout.below && r.note ? belowRow(TABLE, layout, r.note, columns, c.yellow) : []),
        ]);
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export async function templatesEjectAction(ctx: ActionContext, document: string): Promise<number> {
  const root = singleRoot(ctx);
  const files = ejectTemplate(root, document).map((file) => shownPath(ctx, join(root, file)));
  writeLines(ctx.stdout, `${files.map((file) => t(ctx.lang, 'templates.ejected', { file })).join('\n')}\n`);
  return 0;
}

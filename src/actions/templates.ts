import { join } from 'node:path';
import { ejectTemplate, listTemplates } from '../commands/templates.js';
import { t } from '../ui/i18n.js';
import { type ActionContext, out, shownPath, singleRoot, writeLines } from './context.js';

export async function templatesListAction(ctx: ActionContext): Promise<number> {
  const c = out(ctx);
  const rows = listTemplates(singleRoot(ctx)).map((r) => [
    r.document,
    r.lang,
    r.template?.shown ?? '—',
    r.template ? t(ctx.lang, `templates.origin.${r.template.origin}`) : '—',
    r.template?.contextVersion ? `v${r.template.contextVersion}` : '—',
    r.outdated
      ? c.yellow(t(ctx.lang, 'templates.outdated', { version: r.template?.contextVersion ?? 0, current: r.current }))
      : '',
  ]);
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => [...(r[i] as string)].length)));
  const lines = rows.map((r) =>
    r
      .map((cell, i) => (i < 5 ? cell.padEnd(widths[i] as number) : cell))
      .join('  ')
      .trimEnd(),
  );
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export async function templatesEjectAction(ctx: ActionContext, document: string): Promise<number> {
  const root = singleRoot(ctx);
  const files = ejectTemplate(root, document).map((file) => shownPath(ctx, join(root, file)));
  writeLines(ctx.stdout, `${files.map((file) => t(ctx.lang, 'templates.ejected', { file })).join('\n')}\n`);
  return 0;
}

import { join } from 'node:path';
import { runAopNew } from '../commands/aop.js';
import { namedCase, withConfig } from '../commands/common.js';
import { UserError } from '../errors.js';
import { commandLine } from '../ui/command-line.js';
import { t } from '../ui/i18n.js';
import { loadWorkspace } from '../workspace/load.js';
import { type ActionContext, globalArgs, shownPath, singleRoot, writeLines } from './context.js';

/** A program year as the schema takes it. */
function parseYear(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1992 || year > 2200) throw new UserError('aop-new.bad-year', { value });
  return year;
}

export async function aopNewAction(
  ctx: ActionContext,
  slug: string,
  year: string | undefined,
  opts: { dryRun?: boolean },
): Promise<number> {
  const root = singleRoot(ctx);
  const ws = withConfig(loadWorkspace(root));
  const result = runAopNew(ws, namedCase(ws, slug), year === undefined ? undefined : parseYear(year), opts.dryRun);
  if (opts.dryRun) {
    ctx.stdout.write(result.plan.writes[0]?.content as string);
    return 0;
  }
  const lines = [t(ctx.lang, 'aop-new.done', { file: shownPath(ctx, join(root, result.file)), year: result.year })];
  if (result.from !== undefined) {
    lines.push(
      result.carried.length > 0
        ? t(ctx.lang, 'aop-new.carried', {
            count: result.carried.length,
            from: result.from,
            ids: result.carried.join(', '),
          })
        : t(ctx.lang, 'aop-new.nothing-carried', { from: result.from }),
    );
  }
  const command = commandLine(['linkage', 'next', result.slug, '--step', 'aop', ...globalArgs(ctx)]);
  lines.push(t(ctx.lang, 'aop-new.next', { command }));
  writeLines(ctx.stdout, `${lines.join('\n')}\n`);
  return 0;
}

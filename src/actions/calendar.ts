import { relative } from 'node:path';
import { runCalendar } from '../commands/calendar.js';
import { t } from '../ui/i18n.js';
import { type ActionContext, singleRoot } from './context.js';

export async function calendarAction(
  ctx: ActionContext,
  caseSlug: string | undefined,
  opts: { out?: string },
): Promise<number> {
  const result = runCalendar({
    root: singleRoot(ctx),
    cwd: ctx.cwd,
    ...(caseSlug ? { caseSlug } : {}),
    ...(opts.out ? { out: opts.out } : {}),
    lang: ctx.lang,
    ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}),
    env: ctx.env,
  });
  if (!result.file) {
    ctx.stdout.write(result.ics);
    return 0;
  }
  const file = relative(ctx.cwd, result.file) || result.file;
  ctx.stdout.write(`${t(ctx.lang, 'calendar.written', { file, count: result.count })}\n`);
  return 0;
}

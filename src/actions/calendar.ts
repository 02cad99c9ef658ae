import { runCalendar } from '../commands/calendar.js';
import { makeChalk } from '../ui/color.js';
import { trailingArgs } from '../ui/command-line.js';
import { t } from '../ui/i18n.js';
import { formatProblemText } from '../ui/problems.js';
import { type ActionContext, shownFile, shownPath, singleRoot, workspaceArgs, writeLines } from './context.js';

export async function calendarAction(
  ctx: ActionContext,
  caseSlug: string | undefined,
  opts: { out?: string },
): Promise<number> {
  const root = singleRoot(ctx);
  const result = runCalendar({
    root,
    cwd: ctx.cwd,
    ...(caseSlug ? { caseSlug } : {}),
    ...(opts.out ? { out: opts.out } : {}),
    lang: ctx.lang,
    ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}),
    env: ctx.env,
  });
  const c = makeChalk(ctx.stderr, !ctx.color);
  // What the terminal shows suggests commands for here; the calendar's events stay bare.
  const globals = trailingArgs(workspaceArgs(ctx, root));
  // On a terminal, each finding broken at spaces as check breaks it (a painted mark would not be seen as one).
  const columns = ctx.stderr.isTTY ? ctx.stderr.columns : undefined;
  for (const { slug, problems } of result.leftOut) {
    writeLines(ctx.stderr, `${t(ctx.lang, 'calendar.case-left-out', { slug, globals })}\n`);
    // The files as check names them: from where the user stands, so that an editor opens them.
    const lines = problems.map((p) =>
      formatProblemText({ ...p, file: shownFile(ctx, root, p.file) }, ctx.lang, c, '  ', globals, columns),
    );
    ctx.stderr.write(`${lines.join('\n')}\n`);
  }
  if (!result.file) {
    ctx.stdout.write(result.ics);
    return 0;
  }
  const file = shownPath(ctx, result.file);
  writeLines(ctx.stdout, `${t(ctx.lang, 'calendar.written', { file, count: result.count })}\n`);
  return 0;
}

import { runStatus } from '../commands/status.js';
import { UserError } from '../errors.js';
import { renderStatus, STATUS_FORMATS, type StatusFormat } from '../ui/status-view.js';
import { type ActionContext, out, shownPath, workspaceRoots } from './context.js';

export async function statusAction(
  ctx: ActionContext,
  caseSlug: string | undefined,
  opts: { format: string },
): Promise<number> {
  if (!STATUS_FORMATS.includes(opts.format as StatusFormat)) {
    throw new UserError('cli.bad-format', { value: opts.format, allowed: STATUS_FORMATS.join(', ') });
  }
  const result = await runStatus({
    roots: workspaceRoots(ctx),
    ...(caseSlug ? { caseSlug } : {}),
    ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}),
    env: ctx.env,
  });
  // On a terminal the table fits its width; piped, it keeps every row on one line.
  const columns = ctx.stdout.isTTY ? ctx.stdout.columns : undefined;
  // A workspace's folder as the user reaches it (`c`); here, `.` would not name it: its full path.
  const folder = (root: string) => {
    const shown = shownPath(ctx, root);
    return shown === '.' ? root : shown;
  };
  ctx.stdout.write(renderStatus(result, opts.format as StatusFormat, ctx.lang, out(ctx), folder, columns));
  return 0;
}

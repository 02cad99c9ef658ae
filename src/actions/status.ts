import { runStatus } from '../commands/status.js';
import { UserError } from '../errors.js';
import { renderStatus, STATUS_FORMATS, type StatusFormat } from '../ui/status-view.js';
import { type ActionContext, out, shownFile, workspaceRoots } from './context.js';

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
  // Each workspace's folder and files as the user reaches them, from where they stand (`c`, `c/linkage.yaml`).
  const shown = (root: string, file = '') => shownFile(ctx, root, file);
  ctx.stdout.write(renderStatus(result, opts.format as StatusFormat, ctx.lang, out(ctx), shown, columns));
  return 0;
}

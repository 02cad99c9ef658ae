import { withConfig, workspaceToday } from '../commands/common.js';
import { chooseCase } from '../commands/next.js';
import { runReview } from '../commands/review.js';
import { UserError } from '../errors.js';
import { lazyPrompter, resolvePick } from '../flows/run.js';
import { REVIEW_FORMATS, type ReviewFormat, renderReview } from '../ui/review-view.js';
import { loadWorkspace } from '../workspace/load.js';
import { type ActionContext, singleRoot } from './context.js';

export async function reviewAction(
  ctx: ActionContext,
  caseSlug: string | undefined,
  opts: { format: string; public?: boolean },
): Promise<number> {
  if (!REVIEW_FORMATS.includes(opts.format as ReviewFormat))
    throw new UserError('cli.bad-format', { value: opts.format, allowed: REVIEW_FORMATS.join(', ') });
  const root = singleRoot(ctx);
  const ws = withConfig(loadWorkspace(root, caseSlug !== undefined ? { only: [caseSlug] } : {}));
  const today = workspaceToday(ws, ctx.asOf, ctx.env);
  const target = await resolvePick(
    ctx,
    ws,
    chooseCase(ws, { cwd: ctx.cwd, ...(caseSlug !== undefined ? { slug: caseSlug } : {}), today }),
    lazyPrompter(ctx),
  );
  if (target.kind !== 'case') throw new UserError('cli.no-cases', { root: ws.root });
  const bundle = ws.cases.find((c) => c.slug === target.slug);
  if (!bundle?.case) throw new UserError('prompts.case-invalid', { slug: target.slug }, 1);
  const result = runReview(ws, bundle, today, { public: opts.public === true });
  ctx.stdout.write(renderReview(result, opts.format as ReviewFormat, ctx.lang));
  return 0;
}

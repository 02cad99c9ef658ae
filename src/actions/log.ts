import { join, resolve } from 'node:path';
import { readAnswers } from '../commands/answers.js';
import { withConfig, workspaceToday } from '../commands/common.js';
import { chooseCase } from '../commands/next.js';
import { UserError } from '../errors.js';
import { logFlow } from '../flows/log.js';
import { guarded, lazyPrompter, printEquivalent, resolvePick } from '../flows/run.js';
import { t } from '../ui/i18n.js';
import { caseFilePath, loadWorkspace } from '../workspace/load.js';
import { type ActionContext, globalArgs, shownPath, singleRoot, writeLines } from './context.js';

export interface LogFlags {
  mission?: boolean;
  representation?: boolean;
  answers?: string;
  append?: boolean;
  yes?: boolean;
}

export async function logAction(ctx: ActionContext, caseSlug: string | undefined, opts: LogFlags): Promise<number> {
  const root = singleRoot(ctx);
  const answers = opts.answers !== undefined ? readAnswers(resolve(ctx.cwd, opts.answers), opts.answers) : undefined;
  const ws = withConfig(loadWorkspace(root, caseSlug !== undefined ? { only: [caseSlug] } : {}));
  const today = workspaceToday(ws, ctx.asOf, ctx.env);
  const prompter = lazyPrompter(ctx);
  const target = await resolvePick(
    ctx,
    ws,
    chooseCase(ws, { cwd: ctx.cwd, ...(caseSlug !== undefined ? { slug: caseSlug } : {}), today }),
    prompter,
  );
  if (target.kind !== 'case') throw new UserError('cli.no-cases', { root });
  const slug = target.slug;
  const interactive = ctx.isTTY && !answers;
  const result = await guarded(
    ctx,
    () =>
      logFlow({
        root,
        lang: ctx.lang,
        today,
        out: ctx.stdout,
        ...(interactive ? { prompter } : { batch: true }),
        ...(opts.yes ? { yes: true } : {}),
        globals: globalArgs(ctx),
        ws,
        slug,
        ...(opts.mission ? { mission: true } : {}),
        ...(opts.representation ? { representation: true } : {}),
        ...(answers ? { answers } : {}),
      }),
    () => 'prompts.interrupted-log',
  );
  const s = result.session;
  if (!interactive) {
    if (result.added === 0)
      throw new UserError('answers.missing', { fields: s.missing.map((m) => m.label).join('; ') || 'contactLog' }, 2);
    s.flush();
  }
  writeLines(
    ctx.stdout,
    `${t(ctx.lang, 'prompts.log.added', { count: result.added, file: shownPath(ctx, join(root, caseFilePath(slug))) })}\n`,
  );
  if (interactive)
    printEquivalent(
      ctx,
      root,
      `log-${slug}`,
      result.answers,
      (file) => [
        'log',
        slug,
        ...(opts.mission ? ['--mission'] : []),
        ...(opts.representation ? ['--representation'] : []),
        '--answers',
        file,
        ...globalArgs(ctx),
      ],
      today,
    );
  return 0;
}

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { answersError, describeIssues, readAnswers } from '../commands/answers.js';
import { workspaceToday } from '../commands/common.js';
import { runNew } from '../commands/new.js';
import { UserError } from '../errors.js';
import { candidatesFlow } from '../flows/new.js';
import { guarded, lazyPrompter, printEquivalent } from '../flows/run.js';
import { commandLine } from '../ui/command-line.js';
import { t } from '../ui/i18n.js';
import { caseFilePath, loadWorkspace } from '../workspace/load.js';
import type { CaseFile } from '../workspace/schema.js';
import { type ActionContext, globalArgs, shownPath, singleRoot, writeLines } from './context.js';
import { translator } from './init.js';

export interface NewFlags {
  answers?: string;
  country?: string;
  slug?: string;
  yes?: boolean;
}

export async function newAction(ctx: ActionContext, city: string, opts: NewFlags): Promise<number> {
  const root = singleRoot(ctx);
  const answers = opts.answers !== undefined ? readAnswers(resolve(ctx.cwd, opts.answers), opts.answers) : undefined;
  if (ctx.isTTY) {
    const ws = loadWorkspace(root, { only: [] });
    const today = workspaceToday(ws, ctx.asOf, ctx.env);
    let slug: string | undefined;
    let candidate = false;
    const results = await guarded(
      ctx,
      () =>
        candidatesFlow({
          root,
          lang: ctx.lang,
          today,
          out: ctx.stdout,
          prompter: lazyPrompter(ctx),
          ...(opts.yes ? { yes: true } : {}),
          globals: globalArgs(ctx),
          ws,
          city,
          ...(opts.country !== undefined ? { country: opts.country } : {}),
          ...(opts.slug !== undefined ? { slug: opts.slug } : {}),
          ...(answers ? { answers } : {}),
          onCreated: (plan) => {
            slug = plan.slug;
            writeLines(
              ctx.stdout,
              `\n${t(ctx.lang, 'new.done', { slug: plan.slug, file: shownPath(ctx, join(root, plan.file)) })}\n`,
            );
          },
          onCandidate: () => {
            slug = undefined;
            candidate = true;
          },
        }),
      () =>
        slug !== undefined && existsSync(join(root, caseFilePath(slug)))
          ? ['interrupted', { command: commandLine(['linkage', 'next', ...globalArgs(ctx), slug]) }]
          : candidate
            ? 'prompts.interrupted-candidate'
            : 'prompts.interrupted-new',
    );
    for (const [i, result] of results.entries()) {
      printEquivalent(
        ctx,
        root,
        `new-${result.slug}`,
        result.answers,
        (file) => [
          'new',
          result.city,
          '--country',
          result.country,
          ...((i === 0 && opts.slug !== undefined) || result.slugAsked ? ['--slug', result.slug] : []),
          '--answers',
          file,
          ...globalArgs(ctx),
        ],
        today,
      );
    }
    return 0;
  }
  const result = runNew({
    root,
    city,
    ...(opts.country !== undefined ? { country: opts.country } : {}),
    ...(opts.slug !== undefined ? { slug: opts.slug } : {}),
    ...(answers ? { answers } : {}),
    ...(opts.yes ? { yes: true } : {}),
  });
  if (!result.ok) {
    if (result.reason === 'priorities') {
      const ids = result.ids.length > 0 ? result.ids.join(', ') : t(ctx.lang, 'new.no-priorities');
      const details = describeIssues(result.issues, answers?.file, translator(ctx));
      throw new UserError('new.unknown-priority', { ids }, 2, answers ? { file: answers.file } : undefined, details);
    }
    throw answersError(result.review, answers, translator(ctx)) ?? new Error('new: a failed review without a reason');
  }
  // What to record next: only what the answers (or --yes) left out of the case.
  const c = result.value as Partial<CaseFile>;
  const lines = [
    t(ctx.lang, 'new.done', { slug: result.slug, file: shownPath(ctx, join(root, result.file)) }),
    t(ctx.lang, 'new.next', { command: commandLine(['linkage', 'status', result.slug, ...globalArgs(ctx)]) }),
    ...(c.reasons?.length ? [] : [t(ctx.lang, 'new.next.reasons')]),
    ...(c.areas?.length ? [] : [t(ctx.lang, 'new.next.areas')]),
    ...(c.steps?.counterpart?.date ? [] : [t(ctx.lang, 'new.next.chosen')]),
  ];
  writeLines(ctx.stdout, `${lines.join('\n')}\n`);
  return 0;
}

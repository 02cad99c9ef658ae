import { resolve } from 'node:path';
import { answersError, describeIssues, readAnswers } from '../commands/answers.js';
import { runNew } from '../commands/new.js';
import { UserError } from '../errors.js';
import { t } from '../ui/i18n.js';
import { type ActionContext, workspaceRoots } from './context.js';
import { translator } from './init.js';

export interface NewFlags {
  answers?: string;
  country?: string;
  slug?: string;
  yes?: boolean;
}

export async function newAction(ctx: ActionContext, city: string, opts: NewFlags): Promise<number> {
  const roots = workspaceRoots(ctx);
  if (roots.length > 1) throw new UserError('cli.one-workspace', { count: roots.length });
  const root = roots[0] as string;
  const answers = opts.answers !== undefined ? readAnswers(resolve(ctx.cwd, opts.answers), opts.answers) : undefined;
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
  const lines = [
    t(ctx.lang, 'new.done', { slug: result.slug, file: result.file }),
    t(ctx.lang, 'new.next', { slug: result.slug }),
  ];
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

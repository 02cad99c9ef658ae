import { relative, resolve } from 'node:path';
import { VERSION } from '../cli.js';
import { answersError, readAnswers, type Translate } from '../commands/answers.js';
import { runInit, SCHEMAS_DIR, WORKFLOW_FILE } from '../commands/init.js';
import { message, t } from '../ui/i18n.js';
import { toPosix } from '../workspace/paths.js';
import type { ActionContext } from './context.js';

export interface InitFlags {
  answers?: string;
  yes?: boolean;
}

/** Catalog messages in the run's UI language, for the answers' error details. */
export const translator =
  (ctx: ActionContext): Translate =>
  (id, params) =>
    message(ctx.lang, id, params);

export async function initAction(ctx: ActionContext, dir: string, opts: InitFlags): Promise<number> {
  const root = resolve(ctx.cwd, dir);
  const answers = opts.answers !== undefined ? readAnswers(resolve(ctx.cwd, opts.answers), opts.answers) : undefined;
  // Without a terminal and, for now, with one too: the guided prompts will ask for what is missing.
  const result = runInit({
    dir: root,
    ...(answers ? { answers } : {}),
    ...(opts.yes ? { yes: true } : {}),
    version: VERSION,
  });
  if (!result.ok) {
    throw answersError(result.review, answers, translator(ctx)) ?? new Error('init: a failed review without a reason');
  }
  const shown = toPosix(relative(ctx.cwd, root)) || '.';
  const lines = [t(ctx.lang, 'init.done', { name: result.config.municipality.name, dir: shown })];
  const schemas = result.created.filter((f) => f.startsWith(`${SCHEMAS_DIR}/`));
  for (const file of result.created) {
    if (file.startsWith(`${SCHEMAS_DIR}/`)) continue;
    lines.push(
      file === WORKFLOW_FILE
        ? t(ctx.lang, 'init.workflow', { file, version: VERSION })
        : t(ctx.lang, 'init.file', { file }),
    );
  }
  if (schemas.length > 0) lines.push(t(ctx.lang, 'init.schemas', { dir: SCHEMAS_DIR, count: schemas.length }));
  for (const file of result.kept) lines.push(t(ctx.lang, 'init.kept', { file }));
  const arg = /\s/.test(shown) ? `"${shown}"` : shown;
  lines.push('', shown === '.' ? t(ctx.lang, 'init.next') : t(ctx.lang, 'init.next-dir', { dir: arg }));
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

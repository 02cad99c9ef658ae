import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VERSION } from '../cli.js';
import { answersError, readAnswers, type Translate } from '../commands/answers.js';
import { type InitPlan, runInit, WORKFLOW_FILE } from '../commands/init.js';
import { initFlow } from '../flows/init.js';
import { guarded, lazyPrompter, printEquivalent, todayWithoutWorkspace } from '../flows/run.js';
import { hasTemplates } from '../process/rules/document-languages.js';
import { commandLine } from '../ui/command-line.js';
import { message, t } from '../ui/i18n.js';
import { WORKSPACE_FILE } from '../workspace/load.js';
import { SCHEMAS_DIR } from '../workspace/write.js';
import { type ActionContext, globalArgs, shownPath, writeLines } from './context.js';

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
  // A mistyped --as-of or LINKAGE_TODAY is refused before anything is read or written, with or without a terminal.
  const today = todayWithoutWorkspace(ctx);
  const root = resolve(ctx.cwd, dir);
  const answers = opts.answers !== undefined ? readAnswers(resolve(ctx.cwd, opts.answers), opts.answers) : undefined;
  const shown = shownPath(ctx, root);
  if (ctx.isTTY) {
    // Phase 1 runs in the folder given: the commands it suggests, and the one that resumes it, name it.
    const inFolder = [...(shown === '.' ? [] : ['-C', shown]), ...globalArgs(ctx)];
    // On a terminal: the same answers, asked one by one; the workspace is written by runInit as below.
    const result = await guarded(
      ctx,
      () =>
        initFlow({
          root,
          lang: ctx.lang,
          today,
          out: ctx.stdout,
          prompter: lazyPrompter(ctx),
          ...(opts.yes ? { yes: true } : {}),
          globals: inFolder,
          version: VERSION,
          ...(answers ? { answers } : {}),
          onCreated: (plan) => writeLines(ctx.stdout, `\n${createdLines(ctx, plan, shown, false).join('\n')}\n`),
        }),
      // The command that resumes it, run from here: in the folder given, not the one it was run from,
      // with the answers file given, whose answers are not in the draft.
      () => {
        const resume = existsSync(join(root, WORKSPACE_FILE))
          ? ['next', ...inFolder]
          : [
              'init',
              ...(shown === '.' ? [] : [shown]),
              ...(opts.answers !== undefined ? ['--answers', opts.answers] : []),
              ...globalArgs(ctx),
            ];
        return ['interrupted', { command: commandLine(['linkage', ...resume]) }];
      },
    );
    printEquivalent(
      ctx,
      root,
      'init',
      result.answers,
      (file) => ['init', dir, '--answers', file, ...globalArgs(ctx)],
      today,
    );
    return 0;
  }
  const result = runInit({
    dir: root,
    ...(answers ? { answers } : {}),
    ...(opts.yes ? { yes: true } : {}),
    version: VERSION,
  });
  if (!result.ok) {
    throw answersError(result.review, answers, translator(ctx)) ?? new Error('init: a failed review without a reason');
  }
  writeLines(ctx.stdout, `${createdLines(ctx, result, shown, true).join('\n')}\n`);
  return 0;
}

/** What init wrote, and (when it is all there is to do) the next step. */
function createdLines(ctx: ActionContext, result: Extract<InitPlan, { ok: true }>, shown: string, next: boolean) {
  const lines = [t(ctx.lang, 'init.done', { name: result.config.municipality.name, dir: shown })];
  const schemas = result.created.filter((f) => f.startsWith(`${SCHEMAS_DIR}/`));
  for (const file of result.created) {
    if (file.startsWith(`${SCHEMAS_DIR}/`)) continue;
    lines.push(
      file === WORKFLOW_FILE
        ? t(ctx.lang, 'init.workflow', { file, version: VERSION })
        : t(ctx.lang, 'init.file', { file }),
    );
    if (file === WORKFLOW_FILE && result.repository) {
      const { root, workspace } = result.repository;
      lines.push(
        t(ctx.lang, 'init.workflow-move', {
          dest: `${shownPath(ctx, join(root, '.github', 'workflows'))}/`,
          file: shownPath(ctx, join(result.plan.root, WORKFLOW_FILE)),
          dir: workspace,
        }),
      );
    }
  }
  if (schemas.length > 0) lines.push(t(ctx.lang, 'init.schemas', { dir: SCHEMAS_DIR, count: schemas.length }));
  for (const file of result.kept) lines.push(t(ctx.lang, 'init.kept', { file }));
  // A document language without templates is accepted (the workspace may bring its own), and said.
  for (const lang of result.config.settings?.languages ?? []) {
    if (!hasTemplates(result.plan.root, lang)) lines.push(`⚠ ${t(ctx.lang, 'rule.document-languages', { lang })}`);
  }
  // The cases' history is kept in git, and the workflow written runs only from a repository.
  if (result.outsideGit) {
    const git = (...args: string[]) => commandLine(['git', ...(shown === '.' ? [] : ['-C', shown]), ...args]);
    const commands = [
      commandLine(['git', 'init', ...(shown === '.' ? [] : [shown])]),
      git('add', '.'),
      git('commit', '-m', 'linkage init'),
    ];
    // One per line: `&&` is no separator in Windows PowerShell 5.1, the terminal VS Code opens there.
    lines.push('', t(ctx.lang, 'init.git'), ...commands.map((c) => `  ${c}`));
  }
  if (next) {
    lines.push(
      '',
      shown === '.' ? t(ctx.lang, 'init.next') : t(ctx.lang, 'init.next-dir', { dir: commandLine([shown]) }),
    );
  }
  return lines;
}

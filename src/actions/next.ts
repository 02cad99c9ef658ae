import { join, resolve } from 'node:path';
import { readAnswers } from '../commands/answers.js';
import { withConfig, workspaceToday } from '../commands/common.js';
import { chooseCase } from '../commands/next.js';
import { UserError } from '../errors.js';
import { answeredNewAop, aopYearOf } from '../flows/aop.js';
import { nextFlow } from '../flows/next.js';
import { guarded, lazyPrompter, printEquivalent, resolvePick } from '../flows/run.js';
import type { Session } from '../flows/session.js';
import { stepsFor } from '../process/steps.js';
import { commandLine } from '../ui/command-line.js';
import { t } from '../ui/i18n.js';
import { loadWorkspace } from '../workspace/load.js';
import { type ActionContext, globalArgs, shownPath, singleRoot, writeLines } from './context.js';

export interface NextFlags {
  step?: string;
  answers?: string;
  append?: boolean;
  yes?: boolean;
}

/** The answers still missing, all at once; for a program's, the `year` its `aop:` answers carry. */
function missingError(ctx: ActionContext, root: string, s: Session): UserError {
  const programs = s.targets.filter((x) => x.kind === 'aop' && s.missing.some((m) => m.file === x.file));
  return new UserError(
    'answers.missing',
    { fields: s.missing.map((m) => m.label).join('; ') },
    2,
    undefined,
    programs.map((x) =>
      t(ctx.lang, 'answers.aop-year-of', { year: aopYearOf(x), file: shownPath(ctx, join(root, x.file)) }),
    ),
  );
}

export async function nextAction(ctx: ActionContext, caseSlug: string | undefined, opts: NextFlags): Promise<number> {
  const root = singleRoot(ctx);
  const answers = opts.answers !== undefined ? readAnswers(resolve(ctx.cwd, opts.answers), opts.answers) : undefined;
  const ws = withConfig(loadWorkspace(root, caseSlug !== undefined ? { only: [caseSlug] } : {}));
  const today = workspaceToday(ws, ctx.asOf, ctx.env);
  const workspaceStep =
    opts.step !== undefined && stepsFor(ws.config).find((s) => s.id === opts.step)?.scope === 'workspace';
  const prompter = lazyPrompter(ctx);
  const target = await resolvePick(
    ctx,
    ws,
    chooseCase(ws, {
      cwd: ctx.cwd,
      ...(caseSlug !== undefined ? { slug: caseSlug } : {}),
      today,
      phase1: true,
      workspaceStep,
    }),
    prompter,
  );
  const slug = target.kind === 'case' ? target.slug : undefined;
  const interactive = ctx.isTTY;
  // Without a terminal the step texts are shown only when something was saved; a refusal stays one message.
  // Shown on a terminal (no questions: stdin is none, or TERM=dumb), they wrap to it as a run with questions.
  const buffer: string[] = [];
  const columns = ctx.stdout.isTTY ? ctx.stdout.columns : undefined;
  const out = interactive
    ? ctx.stdout
    : { write: (text: string) => buffer.push(text), ...(columns !== undefined ? { columns } : {}) };
  const result = await guarded(
    ctx,
    () =>
      nextFlow({
        root,
        lang: ctx.lang,
        today,
        out,
        ...(interactive ? { prompter } : { batch: true }),
        ...(opts.yes ? { yes: true } : {}),
        globals: globalArgs(ctx),
        ws,
        ...(slug !== undefined ? { slug } : {}),
        ...(opts.step !== undefined ? { step: opts.step } : {}),
        ...(answers ? { answers } : {}),
        ...(opts.append ? { append: true } : {}),
      }),
    // The step given, too: its answers wait in the draft, and `next` alone may go to another step.
    () => [
      'interrupted',
      {
        command: commandLine([
          'linkage',
          'next',
          ...globalArgs(ctx),
          ...(slug ? [slug] : []),
          ...(opts.step !== undefined ? ['--step', opts.step] : []),
        ]),
      },
    ],
  );
  const s = result.session;
  // The files saved, said from where the user stands.
  const savedLines = (written: string[]) =>
    written.map((file) => t(ctx.lang, 'prompts.saved', { file: shownPath(ctx, join(root, file)) }));
  if (!interactive) {
    // A new program is written whole or not at all: answers that could not make it whole are refused.
    const unsaved = answeredNewAop(s);
    if (unsaved) {
      if (s.missing.some((m) => m.file === unsaved.file)) throw missingError(ctx, root, s);
      const file = shownPath(ctx, join(root, unsaved.file));
      throw new UserError('answers.aop-unused', { file, year: aopYearOf(unsaved) }, 2);
    }
    if (result.idle) {
      // An answers file that closed the case (`end:`) leaves nothing to ask, but it is still saved.
      const written = s.answered > 0 ? s.flush() : [];
      ctx.stdout.write(buffer.join(''));
      const lines = savedLines(written);
      if (lines.length > 0) writeLines(ctx.stdout, `${lines.join('\n')}\n`);
      return 0;
    }
    if (s.answered === 0 && s.missing.length > 0) throw missingError(ctx, root, s);
    const written = s.flush();
    ctx.stdout.write(buffer.join(''));
    const lines = savedLines(written);
    if (s.missing.length > 0)
      lines.push(t(ctx.lang, 'prompts.still-missing', { fields: s.missing.map((m) => m.label).join('; ') }));
    if (lines.length > 0) writeLines(ctx.stdout, `${lines.join('\n')}\n`);
    return 0;
  }
  printEquivalent(
    ctx,
    root,
    `next-${slug ?? 'fase1'}`,
    result.answers,
    (file) => [
      'next',
      ...(slug ? [slug] : []),
      ...(opts.step ? ['--step', opts.step] : []),
      '--answers',
      file,
      ...globalArgs(ctx),
    ],
    today,
  );
  return 0;
}

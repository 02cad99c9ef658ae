// What the guided commands share at their entry: Ctrl+C turned into exit 130 (once, here, after every
// earlier answer was saved), the prompts loaded only when something is asked, the case picker, and
// the closing line with the equivalent non-interactive command.
import { join } from 'node:path';
import { type ActionContext, shownPath, writeLines } from '../actions/context.js';
import type { Answers } from '../commands/answers.js';
import { checkTodayInputs } from '../commands/common.js';
import { type CaseTarget, needCase } from '../commands/next.js';
import { type Params, UserError } from '../errors.js';
import { resolveToday } from '../process/dates.js';
import { commandLine } from '../ui/command-line.js';
import { t } from '../ui/i18n.js';
import { isInterrupt, loadPrompter, type Prompter } from '../ui/prompts.js';
import type { Workspace } from '../workspace/load.js';
import { isEmptyAnswers, writeAnswersFile } from './equivalent.js';

/** Runs a flow; Ctrl+C at a prompt ends the command with exit 130 and one line saying what is kept. */
/** `interrupted`: the message for Ctrl+C (an id, or an id with its parameters), asked when it comes. */
export async function guarded<T>(
  ctx: ActionContext,
  run: () => Promise<T>,
  interrupted: () => string | [id: string, params: Params],
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isInterrupt(error)) {
      ctx.stdout.write('\n');
      const said = interrupted();
      throw typeof said === 'string' ? new UserError(said, {}, 130) : new UserError(said[0], said[1], 130);
    }
    throw error;
  }
}

/** The prompts, loaded on first use: a run with nothing to ask never imports inquirer. */
export function lazyPrompter(ctx: ActionContext): () => Promise<Prompter> {
  let p: Promise<Prompter> | undefined;
  return () => {
    p ??= loadPrompter(ctx.lang, ctx.isTTY ? ctx.stdout.columns : undefined);
    return p;
  };
}

/**
 * "Today" before a workspace exists (`init`): --as-of, LINKAGE_TODAY, or the clock in Mexico City; a given
 * date that is not one is refused (exit 2), as the commands on a workspace refuse it.
 */
export function todayWithoutWorkspace(ctx: ActionContext): string {
  checkTodayInputs(ctx.asOf, ctx.env);
  return resolveToday({
    ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}),
    ...(ctx.env.LINKAGE_TODAY ? { env: ctx.env.LINKAGE_TODAY } : {}),
  }).date;
}

/** The case a command works on; on a terminal, several cases mean a question. */
export async function resolvePick(
  ctx: ActionContext,
  ws: Workspace,
  target: CaseTarget,
  prompter: () => Promise<Prompter>,
): Promise<CaseTarget> {
  if (target.kind !== 'pick') return target;
  if (!ctx.isTTY) throw needCase(ws);
  const p = await prompter();
  const slug = await guarded(
    ctx,
    () =>
      p.select({
        message: t(ctx.lang, 'prompts.pick-case'),
        choices: target.cases.map((c) => ({
          value: c.slug,
          name: `${c.slug} · ${c.city[ctx.lang]}${
            c.closed
              ? ` (${t(ctx.lang, `status.closed.${c.closed}`)})`
              : c.next
                ? ` → ${t(ctx.lang, 'prompts.pick-next', { step: c.next[ctx.lang] })}`
                : ''
          }`,
        })),
      }),
    () => 'interrupted-nothing',
  );
  return { kind: 'case', slug };
}

/**
 * Writes the answers of an interactive run to out/answers/<name>.yaml and prints the command that
 * replays it without questions.
 */
export function printEquivalent(
  ctx: ActionContext,
  root: string,
  name: string,
  answers: Answers,
  args: (answersPath: string) => string[],
  today: string,
): string | undefined {
  if (isEmptyAnswers(answers)) return undefined;
  const file = writeAnswersFile(root, name, answers, t(ctx.lang, 'prompts.answers-header', { date: today }));
  const shown = shownPath(ctx, join(root, file));
  const command = commandLine(['linkage', ...args(shown)]);
  writeLines(ctx.stdout, `\n${t(ctx.lang, 'prompts.equivalent', { command })}\n`);
  return command;
}

// The entry: parses argv, runs one action, and is the only place that turns errors into exit codes.
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { CommanderError } from 'commander';
import { type ActionContext, globalArgs, shownFile, shownPath, writeLines } from './actions/context.js';
import { buildProgram, type GlobalOptions } from './cli.js';
import { isUserError, UserError } from './errors.js';
import { makeChalk } from './ui/color.js';
import { trailingArgs } from './ui/command-line.js';
import { message, resolveUiLang, type UiLang } from './ui/i18n.js';
import { formatProblemText, where } from './ui/problems.js';
import { findWorkspaceRoot } from './workspace/load.js';
import { located } from './workspace/locate.js';
import { readRegularFile } from './workspace/read-file.js';

/** The workspace's uiLang, read cheaply without loading the workspace. */
function workspaceUiLang(cwd: string, workspaces: string[]): string | undefined {
  try {
    const root = findWorkspaceRoot(resolve(cwd, workspaces[0] ?? '.'));
    const text = readRegularFile(join(root, 'linkage.yaml')).bytes.toString('utf8');
    return /^\s+uiLang:\s*['"]?(es|en)\b/m.exec(text)?.[1];
  } catch {
    return undefined;
  }
}

function argvUiLang(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--ui-lang' || a.startsWith('--ui-lang='));
  if (i < 0) return undefined;
  const a = argv[i] as string;
  return a.includes('=') ? a.split('=')[1] : argv[i + 1];
}

export interface MainIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** The working folder; a user error when it was deleted or moved away (the system has none to give). */
function currentDir(): string {
  try {
    return process.cwd();
  } catch {
    throw new UserError('cwd.gone');
  }
}

const processIo = (): MainIo => ({
  cwd: currentDir(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});

/** Runs one command line and returns its exit code; the entry sets it on the process. */
export async function main(argv: string[], given?: MainIo): Promise<number> {
  let lang: UiLang = resolveUiLang(argvUiLang(argv), (given?.env ?? process.env).LINKAGE_LANG, undefined);
  let io: MainIo;
  try {
    io = given ?? processIo();
  } catch (error) {
    return report(error, lang, !argv.includes('--no-color'), process.stderr);
  }
  const { env, cwd } = io;
  let exitCode = 0;
  // The run's -C and --as-of, once its action starts: the commands an error's hint suggests end with them.
  let globals = '';
  // Once the options are read (for an action, or the help): the language they and the workspace ask for.
  // A usage error can stop commander before it reads --ui-lang (`--bogus --ui-lang en`): the flag as written.
  const uiLang = () => {
    const g = program.opts<GlobalOptions>();
    return resolveUiLang(g.uiLang ?? argvUiLang(argv), env.LINKAGE_LANG, workspaceUiLang(cwd, g.workspace ?? []));
  };
  const program = buildProgram(async (action) => {
    const g = program.opts<GlobalOptions>();
    lang = uiLang();
    const ctx: ActionContext = {
      cwd,
      workspaces: g.workspace,
      ...(g.asOf !== undefined ? { asOf: g.asOf } : {}),
      color: g.color,
      lang,
      env,
      stdout: io.stdout,
      stderr: io.stderr,
      // A dumb terminal (Emacs' shell, some consoles) is none for the prompts: Node's readline does no
      // editing there (Backspace, the arrows) while they draw with escape codes, so a typo could not be
      // corrected. Without questions, the answers missing are named with --answers, exit 2.
      isTTY: Boolean(process.stdin.isTTY && io.stdout.isTTY) && env.TERM !== 'dumb',
    };
    globals = trailingArgs(globalArgs(ctx));
    exitCode = await action(ctx);
  }, uiLang);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    // A usage error comes before any action: it too is said in the language of the workspace.
    if (error instanceof CommanderError) lang = uiLang();
    return report(error, lang, program.opts<GlobalOptions>().color !== false, io.stderr, { cwd, globals });
  }
}

/** The standard output could not take the command's output: said on stderr, exit 2. */
export function outputFailed(error: NodeJS.ErrnoException, argv: string[]): number {
  const lang = resolveUiLang(argvUiLang(argv), process.env.LINKAGE_LANG, undefined);
  const m = message(lang, 'output.failed', { reason: error.code ?? error.message });
  if (!process.stderr.errored) process.stderr.write(`Error: ${m.text}\n  → ${m.hint}\n`);
  return 2;
}

/** Commander's usage errors, as catalog messages. */
function usageMessage(error: CommanderError): { id: string; params: Record<string, string> } {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const suggestion = /Did you mean (.+?)\?/.exec(error.message)?.[1];
  switch (error.code) {
    case 'commander.unknownOption':
      return suggestion
        ? { id: 'cli.unknown-option-suggest', params: { option: quoted, suggestion } }
        : { id: 'cli.unknown-option', params: { option: quoted } };
    case 'commander.unknownCommand':
      return suggestion
        ? { id: 'cli.unknown-command-suggest', params: { command: quoted, suggestion } }
        : { id: 'cli.unknown-command', params: { command: quoted } };
    case 'commander.missingArgument':
      return { id: 'cli.missing-argument', params: { argument: quoted } };
    case 'commander.optionMissingArgument':
      return { id: 'cli.option-missing-argument', params: { option: quoted } };
    case 'commander.excessArguments':
      return { id: 'cli.excess-arguments', params: {} };
    case 'commander.invalidArgument': {
      // "option '--layout <layout>' argument 'columns' is invalid. Allowed choices are sequential, parallel."
      const choice = /^error: option '([^' ]+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(
        error.message,
      );
      return choice
        ? {
            id: 'cli.invalid-choice',
            params: { option: choice[1] ?? '', value: choice[2] ?? '', allowed: choice[3] ?? '' },
          }
        : { id: 'cli.invalid-argument', params: { detail: error.message.replace(/^error: /, '') } };
    }
    default:
      return { id: 'cli.usage', params: { detail: error.message.replace(/^error: /, '') } };
  }
}

/**
 * An error on stderr, with its exit code. Once the run has a folder: its file said from there, and
 * `globals` after the commands its hint suggests.
 */
function report(
  error: unknown,
  lang: UiLang,
  color: boolean,
  stderr: NodeJS.WriteStream,
  run?: { cwd: string; globals: string },
): number {
  const globals = run?.globals ?? '';
  const c = makeChalk(stderr, !color);
  if (error instanceof CommanderError) {
    // Help and version end here too, having printed what was asked; help shown for a command line
    // that names no command (`linkage`, `linkage templates`) is a usage error with nothing to add.
    if (error.exitCode === 0) return 0;
    if (error.code === 'commander.help') return 2;
    const { id, params } = usageMessage(error);
    const m = message(lang, id, params);
    stderr.write(`${c.red('Error')}: ${m.text}\n  ${c.dim('→')} ${message(lang, 'cli.usage', { detail: '' }).hint}\n`);
    return 2;
  }
  if (isUserError(error)) {
    const m = message(lang, error.id, { globals, ...error.params });
    // A field of a workspace's file is said with its line and column, as check says it, whichever
    // command refuses it (a file the user named, relative, is left as they named it).
    const loc =
      error.location && isAbsolute(error.location.file)
        ? located(dirname(error.location.file), error).location
        : error.location;
    const at = loc
      ? `${where({ ...loc, file: run && isAbsolute(loc.file) ? shownPath(run, loc.file) : loc.file })}: `
      : '';
    // An interruption is no error: one plain line, wrapped at spaces on a terminal.
    if (error.exitCode === 130) {
      writeLines(stderr, `${m.text}\n`);
      return 130;
    }
    // The findings under it said from where the user stands, as check says them.
    const root = error.findings?.root;
    const lines = [
      `${c.red('Error')}: ${at}${m.text}`,
      ...error.details.map((d) => `  - ${d}`),
      ...(error.findings?.problems ?? []).map((p) =>
        formatProblemText(run && root ? { ...p, file: shownFile(run, root, p.file) } : p, lang, c, '  ', globals),
      ),
    ];
    if (m.hint) lines.push(`  ${c.dim('→')} ${m.hint}`);
    stderr.write(`${lines.join('\n')}\n`);
    return error.exitCode;
  }
  const m = message(lang, 'internal.bug');
  stderr.write(`${c.red(m.text)}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 70;
}

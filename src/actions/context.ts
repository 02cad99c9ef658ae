import { existsSync, realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { makeChalk, type Painter } from '../ui/color.js';
import type { UiLang } from '../ui/i18n.js';
import { wrapLines } from '../ui/text.js';
import { findWorkspaceRoot } from '../workspace/load.js';
import { toPosix } from '../workspace/paths.js';
import { nearestWorkspaceRoot } from '../workspace/root.js';

/** What every action gets: the global options, the UI language and the output streams. */
export interface ActionContext {
  cwd: string;
  workspaces: string[];
  asOf?: string;
  color: boolean;
  lang: UiLang;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Questions can be asked: stdin and stdout are a terminal, and not a dumb one (TERM=dumb). */
  isTTY: boolean;
}

export const out = (ctx: ActionContext): Painter => makeChalk(ctx.stdout, !ctx.color);

/**
 * Writes lines for the user to `stream`: on a terminal, each broken at spaces to its width, its next
 * lines under its text (wrapLine), a word longer than a line (a path) whole on a line of its own, for
 * the terminal to fold; piped, as they are, for the scripts that read them.
 */
export function writeLines(stream: NodeJS.WriteStream, text: string): void {
  const columns = stream.isTTY ? stream.columns : undefined;
  stream.write(columns ? wrapLines(text, columns, true) : text);
}

/**
 * A path a command wrote (or names), as it prints it: from where the user stands, so that it opens from
 * there, whatever -C said; absolute when that is shorter (`../../../ws/out` from far away). `.` for here.
 */
export function shownPath(ctx: Pick<ActionContext, 'cwd'>, abs: string): string {
  const rel = toPosix(relative(ctx.cwd, abs));
  if (rel === '') return '.';
  return rel.length > abs.length ? toPosix(abs) : rel;
}

/**
 * A file of the workspace at `root` (`cases/x/case.yaml`, from its root) as every command names it:
 * its shownPath, so that status, check, calendar and an error's findings spell it alike.
 */
export function shownFile(ctx: Pick<ActionContext, 'cwd'>, root: string, file: string): string {
  return shownPath(ctx, join(root, file));
}

/**
 * What goes before the paths of a workspace's files (`ws/`, or nothing) so that they open from `from`:
 * for GitHub's annotations, read from the repository's root; a person is shown shownFile.
 */
export function filePrefix(from: string, root: string): string {
  const prefix = toPosix(relative(from, root));
  return prefix === '' ? '' : `${prefix}/`;
}

/** The one workspace a command that writes or generates works in (a single -C, or the nearest). */
export function singleRoot(ctx: ActionContext): string {
  const roots = workspaceRoots(ctx);
  if (roots.length !== 1) throw new UserError('cli.one-workspace', { count: roots.length });
  return roots[0] as string;
}

/**
 * The workspaces of the -C folders, each once (two folders may lie in one, or be one through a link),
 * or the nearest one above the current folder.
 */
export function workspaceRoots(ctx: ActionContext): string[] {
  if (ctx.workspaces.length === 0) return [findWorkspaceRoot(ctx.cwd)];
  const byRealPath = new Map<string, string>();
  for (const w of ctx.workspaces) {
    const root = nearestWorkspaceRoot(workspaceDir(ctx, w));
    // Not "pass -C": it was passed, and names no workspace (an empty folder, a stray file).
    if (root === undefined) throw new UserError('workspace.not-found-given', { dir: w });
    const real = realpathSync.native(root);
    if (!byRealPath.has(real)) byRealPath.set(real, root);
  }
  return [...byRealPath.values()];
}

/**
 * A -C folder, absolute. It must exist: searching upward from a mistyped one would report a workspace
 * missing that was named, or find the one above it.
 */
export function workspaceDir(ctx: ActionContext, dir: string): string {
  const abs = resolve(ctx.cwd, dir);
  if (!existsSync(abs)) throw new UserError('workspace.dir-missing', { dir });
  return abs;
}

/** The -C and --as-of the user gave, to repeat in the equivalent command. */
export function globalArgs(ctx: ActionContext): string[] {
  return [...ctx.workspaces.flatMap((w) => ['-C', w]), ...(ctx.asOf ? ['--as-of', ctx.asOf] : [])];
}

/**
 * The -C and --as-of that make a suggested command act on the workspace at `root` from where the user
 * stands: the run's own when its one -C names that workspace; else `-C <its folder>` unless it is the
 * one found from here.
 */
export function workspaceArgs(ctx: ActionContext, root: string): string[] {
  const [only, ...more] = ctx.workspaces;
  if (only !== undefined && more.length === 0 && nearestWorkspaceRoot(resolve(ctx.cwd, only)) === root)
    return globalArgs(ctx);
  const here = nearestWorkspaceRoot(ctx.cwd) === root;
  return [...(here ? [] : ['-C', shownPath(ctx, root)]), ...(ctx.asOf ? ['--as-of', ctx.asOf] : [])];
}

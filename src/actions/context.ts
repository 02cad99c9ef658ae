import { resolve } from 'node:path';
import { makeChalk, type Painter } from '../ui/color.js';
import type { UiLang } from '../ui/i18n.js';
import { findWorkspaceRoot } from '../workspace/load.js';

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
  isTTY: boolean;
}

export const out = (ctx: ActionContext): Painter => makeChalk(ctx.stdout, !ctx.color);

/** The -C folders, or the nearest workspace above the current folder. */
export function workspaceRoots(ctx: ActionContext): string[] {
  if (ctx.workspaces.length > 0) return ctx.workspaces.map((w) => findWorkspaceRoot(resolve(ctx.cwd, w)));
  return [findWorkspaceRoot(ctx.cwd)];
}

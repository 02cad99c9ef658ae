import { UserError } from '../errors.js';
import { isDate, resolveToday } from '../process/dates.js';
import type { Workspace } from '../workspace/load.js';

/** "Today" for a workspace: --as-of, LINKAGE_TODAY, its asOf, or the clock in its timezone. */
export function workspaceToday(ws: Workspace, asOf: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.LINKAGE_TODAY;
  if (asOf !== undefined && !isDate(asOf)) throw new UserError('cli.bad-date', { value: asOf });
  if (fromEnv && !isDate(fromEnv)) throw new UserError('cli.bad-date', { value: `LINKAGE_TODAY=${fromEnv}` });
  return resolveToday({
    ...(asOf !== undefined ? { asOf } : {}),
    ...(fromEnv ? { env: fromEnv } : {}),
    ...(ws.config?.asOf ? { workspace: ws.config.asOf } : {}),
    ...(ws.config?.settings?.timezone ? { timezone: ws.config.settings.timezone } : {}),
  }).date;
}

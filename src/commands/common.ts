import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { DEFAULT_TIMEZONE, isDate, isTimeZone, resolveToday } from '../process/dates.js';
import { langMap } from '../workspace/hash.js';
import { CASES_DIR, type LoadOptions, loadWorkspace, WORKSPACE_FILE, type Workspace } from '../workspace/load.js';
import { locateProblems } from '../workspace/locate.js';
import { slugify } from '../workspace/paths.js';
import type { WorkspaceFile } from '../workspace/schema.js';
import { closest, dateIssue } from '../workspace/validate.js';

/**
 * --as-of, else LINKAGE_TODAY, when given, is a date: else a usage error. Only the one that sets "today"
 * is held to it: a LINKAGE_TODAY left in the shell does not stop a run that says --as-of. status and
 * check ask before loading anything, so a mistyped date is not reported after a whole workspace was parsed.
 */
export function checkTodayInputs(asOf: string | undefined, env: NodeJS.ProcessEnv = process.env): void {
  const fromEnv = env.LINKAGE_TODAY;
  if (asOf !== undefined) {
    if (!isDate(asOf)) throw badDate(asOf);
  } else if (fromEnv && !isDate(fromEnv)) throw badDate(fromEnv, `LINKAGE_TODAY=${fromEnv}`);
}

/** The messages for a date given on the command line, by what is wrong with it (validate.ts dateIssue). */
const BAD_DATE: Record<string, string> = {
  'schema.format.date-meant': 'cli.bad-date-meant',
  'schema.format.date-no-day': 'cli.bad-date-no-day',
  'schema.format.date-no-month': 'cli.bad-date-no-month',
};

/**
 * A date given on the command line (or in LINKAGE_TODAY, `shown` so) that is none, refused with what
 * is wrong with it: 28/11/2026 is 2026-11-28 written another way, 2026-02-30 a day February lacks.
 */
export function badDate(value: string, shown = value): UserError {
  const issue = dateIssue(value);
  return new UserError(BAD_DATE[issue.id] ?? 'cli.bad-date', { ...issue.params, value: shown });
}

/** "Today" for a workspace: --as-of, LINKAGE_TODAY, its asOf, or the clock in its timezone. */
export function workspaceToday(ws: Workspace, asOf: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  checkTodayInputs(asOf, env);
  const fromEnv = env.LINKAGE_TODAY;
  const timezone = ws.config?.settings?.timezone;
  try {
    return resolveToday({
      ...(asOf !== undefined ? { asOf } : {}),
      ...(fromEnv ? { env: fromEnv } : {}),
      ...(ws.config?.asOf ? { workspace: ws.config.asOf } : {}),
      ...(timezone ? { timezone } : {}),
    }).date;
  } catch (error) {
    // Intl refuses a zone it does not know: the user's typo in linkage.yaml, not a bug.
    if (!(error instanceof RangeError) || !timezone) throw error;
    throw badTimezone(ws.root, timezone);
  }
}

/**
 * The workspace's time zone, for what states it (the calendar): one Intl does not know is refused
 * even where "today" is pinned and never read the clock in it.
 */
export function workspaceTimezone(ws: Workspace): string {
  const timezone = ws.config?.settings?.timezone ?? DEFAULT_TIMEZONE;
  if (!isTimeZone(timezone)) throw badTimezone(ws.root, timezone);
  return timezone;
}

const badTimezone = (root: string, value: string) =>
  new UserError('settings.bad-timezone', { value }, 2, {
    file: join(root, WORKSPACE_FILE),
    path: ['settings', 'timezone'],
  });

/** The case folder `cwd` is in (cases/<slug>/…), if any. */
export function caseFromCwd(root: string, cwd: string): string | undefined {
  const rel = relative(root, resolve(cwd));
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  const parts = rel.split(sep);
  return parts[0] === CASES_DIR && parts[1] ? parts[1] : undefined;
}

/**
 * A case named on the command line, which must exist. `ws` may hold only the cases asked for: the
 * message about a case that is not there reads the whole workspace, to list its cases and suggest one.
 */
export function namedCase(ws: Workspace, slug: string): string {
  if (ws.cases.some((c) => c.slug === slug)) return slug;
  const all = loadWorkspace(ws.root).cases;
  // People name the city, often in Spanish ("cracovia"): point them to its case (krakow-pl).
  const wanted = slugify(slug, '').replace(/-$/, '');
  const byCity = all.find((c) =>
    Object.values(langMap(c.case?.counterpart.city ?? '')).some(
      (name) => slugify(name, '').replace(/-$/, '') === wanted,
    ),
  );
  const slugs = all.map((c) => c.slug);
  const params = { slug, root: ws.root, cases: slugs.join(', ') || '—' };
  if (byCity) throw new UserError('cli.unknown-case-city', { ...params, suggestion: byCity.slug });
  const near = closest(slug, slugs);
  throw near
    ? new UserError('cli.unknown-case-suggest', { ...params, suggestion: near })
    : new UserError('cli.unknown-case', params);
}

/**
 * The case a command works on: the one named, else the case folder `cwd` is in, else the only case.
 * Returns undefined when the choice is open (several cases, none named): the caller lists or asks.
 */
export function defaultCase(ws: Workspace, given: string | undefined, cwd: string): string | undefined {
  if (given !== undefined) return namedCase(ws, given);
  const here = caseFromCwd(ws.root, cwd);
  if (here && ws.cases.some((c) => c.slug === here)) return here;
  return ws.cases.length === 1 ? ws.cases[0]?.slug : undefined;
}

/**
 * A workspace whose linkage.yaml loads, for a command that needs it; else `refusal` (a message id:
 * what cannot be done) with linkage.yaml's located problems.
 */
export function readableWorkspace(
  root: string,
  refusal: string,
  options: LoadOptions = {},
): Workspace & { config: WorkspaceFile } {
  return withConfig(loadWorkspace(root, options), refusal);
}

/**
 * `ws` when its linkage.yaml loaded; else `refusal` with its located problems. Without it a case would
 * be read against the default steps and the clock (a newer schemaVersion, a broken file).
 */
export function withConfig(ws: Workspace, refusal = 'workspace.config-invalid'): Workspace & { config: WorkspaceFile } {
  if (ws.config) return ws as Workspace & { config: WorkspaceFile };
  const errors = locateProblems(
    ws.root,
    ws.problems.filter((p) => p.severity === 'error'),
  );
  throw new UserError(refusal, {}, 2, undefined, [], { root: ws.root, problems: errors });
}

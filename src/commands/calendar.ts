// `linkage calendar`: the deadlines of every case (or one) as an iCalendar file.
import { join, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { caseDeadlines } from '../process/deadlines.js';
import { deriveCaseStatus, deriveWorkspace } from '../process/status.js';
import { renderCalendar } from '../ui/calendar-ics.js';
import type { UiLang } from '../ui/i18n.js';
import type { CaseBundle, Workspace } from '../workspace/load.js';
import { locateProblems } from '../workspace/locate.js';
import { toPosix } from '../workspace/paths.js';
import type { Problem } from '../workspace/problems.js';
import { readRegularFile } from '../workspace/read-file.js';
import { caseFilePath } from '../workspace/root.js';
import { writeAtomic } from '../workspace/write.js';
import { namedCase, readableWorkspace, workspaceTimezone, workspaceToday } from './common.js';

export interface CalendarOptions {
  root: string;
  cwd: string;
  caseSlug?: string;
  /** A file, or `-` for standard output; default out/calendar.ics (one case: out/calendar-<case>.ics) at the workspace root. */
  out?: string;
  lang: UiLang;
  asOf?: string;
  env?: NodeJS.ProcessEnv;
}

export interface CalendarResult {
  ics: string;
  count: number;
  /** Where it was written; absent with `--out -`. */
  file?: string;
  /** The cases left out because they do not load, each with the located errors that stop it. */
  leftOut: { slug: string; problems: Problem[] }[];
}

export function runCalendar(options: CalendarOptions): CalendarResult {
  const ws = readableWorkspace(options.root, 'calendar.workspace-invalid');
  const slug = options.caseSlug === undefined ? undefined : namedCase(ws, options.caseSlug);
  const today = workspaceToday(ws, options.asOf, options.env);
  const timezone = workspaceTimezone(ws);
  const shared = deriveWorkspace(ws, today);
  const bundles = ws.cases.filter((b) => slug === undefined || b.slug === slug);
  // A case whose agreement or an AOP does not load is broken for its status too: its deadlines would
  // be wrong (a program owed that is only unreadable), so it is left out, and said.
  const statuses = new Map(
    bundles.flatMap((b) => (b.case ? [[b, deriveCaseStatus(ws, b, today, shared)] as const] : [])),
  );
  const leftOut = bundles.flatMap((b) => {
    const status = statuses.get(b);
    if (status && !status.error) return [];
    return [{ slug: b.slug, problems: status?.error ? locateProblems(ws.root, [status.error]) : loadErrors(ws, b) }];
  });
  // A case named on the command line is the whole calendar: without it there is nothing to write.
  const named = slug !== undefined ? leftOut[0] : undefined;
  if (named)
    throw new UserError('calendar.case-invalid', { slug: named.slug }, 2, undefined, [], {
      root: ws.root,
      problems: named.problems,
    });
  // One case's calendar has a name of its own: it does not replace the whole workspace's.
  const name = slug === undefined ? 'calendar.ics' : `calendar-${slug}.ics`;
  const file =
    options.out === '-' ? undefined : options.out ? resolve(options.cwd, options.out) : join(ws.root, 'out', name);
  const { ics, count } = renderCalendar(
    {
      municipality: ws.config.municipality.name,
      inegiCode: ws.config.municipality.inegiCode,
      timezone,
      today,
      cases: bundles.flatMap((b) => {
        const status = statuses.get(b);
        if (!status || status.error) return [];
        return [
          { slug: b.slug, city: b.case?.counterpart.city ?? b.slug, deadlines: caseDeadlines(ws, b, today, status) },
        ];
      }),
      leftOut: leftOut.map((c) => c.slug),
      ...(file ? { earlier: earlierCalendar(file) } : {}),
    },
    options.lang,
  );
  if (!file) return { ics, count, leftOut };
  writeAtomic(file, ics, options.out ?? (toPosix(relative(options.cwd, file)) || file));
  return { ics, count, file, leftOut };
}

/**
 * The calendar written there before, which this one replaces: what the user imported last. Nothing
 * when there is none; one that cannot be read is for the write to report.
 */
function earlierCalendar(file: string): string | undefined {
  try {
    return readRegularFile(file).bytes.toString('utf8');
  } catch {
    return undefined;
  }
}

/** Why a case did not load: the errors of its folder and of its case.yaml, located. */
function loadErrors(ws: Workspace, bundle: CaseBundle): Problem[] {
  const own = (p: Problem) => p.file === bundle.dir || p.file === caseFilePath(bundle.slug);
  return locateProblems(
    ws.root,
    bundle.problems.filter((p) => p.severity === 'error' && own(p)),
  );
}

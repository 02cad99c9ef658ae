import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { runCheck, type WorkspaceCheck } from '../commands/check.js';
import { UserError } from '../errors.js';
import { trailingArgs } from '../ui/command-line.js';
import { t, type UiLang } from '../ui/i18n.js';
import { formatProblemGithub, formatProblemText, problemJson } from '../ui/problems.js';
import { isInside, toPosix } from '../workspace/paths.js';
import { CASES_DIR, caseSlugs, nearestWorkspaceRoot, repositoryRoot } from '../workspace/root.js';
import { closest } from '../workspace/validate.js';
import {
  type ActionContext,
  filePrefix,
  out,
  shownFile,
  shownPath,
  workspaceArgs,
  workspaceDir,
  workspaceRoots,
} from './context.js';

const FORMATS = ['text', 'json', 'github'];

/**
 * The paths given, made absolute as `git -C` would: against the one -C folder, else where the user
 * stands, with a note for each one skipped. A CI job passes the files a change touched, so a file
 * of the repository that is not the workspace's (README.md, a workflow) is skipped, and so is one
 * git knows that was deleted, its case checked if its folder remains. Any other path must exist: a
 * mistyped one would otherwise check nothing and pass (exit 0 in CI).
 */
function pathsToCheck(ctx: ActionContext, paths: string[], base: string): { paths: string[]; notes: string[] } {
  if (paths.length > 0 && ctx.workspaces.length > 1)
    throw new UserError('check.paths-several-workspaces', { count: ctx.workspaces.length });
  const checked: string[] = [];
  const notes: string[] = [];
  for (const p of paths) {
    const abs = resolve(base, p);
    if (existsSync(abs)) {
      const repoFile = statSync(abs).isFile() && repositoryRoot(abs) !== undefined;
      if (repoFile && nearestWorkspaceRoot(abs) === undefined) notes.push(t(ctx.lang, 'check.skipped', { path: p }));
      else checked.push(abs);
    } else if (deletedInGit(abs)) {
      const caseDir = remainingCase(abs);
      if (caseDir === undefined) notes.push(t(ctx.lang, 'check.skipped-deleted', { path: p }));
      else {
        checked.push(caseDir.abs);
        notes.push(t(ctx.lang, 'check.deleted-in-case', { path: p, case: caseDir.rel }));
      }
    } else {
      const near = nearMiss(abs, nearestWorkspaceRoot(base));
      const params = { path: p, ...(near ? { suggestion: toPosix(relative(base, near)) } : {}) };
      throw new UserError(near ? 'check.no-such-path-suggest' : 'check.no-such-path', params);
    }
  }
  return { paths: checked, notes };
}

/** Whether git has a record of a path that is not there: a file a change deleted. */
function deletedInGit(abs: string): boolean {
  const repo = repositoryRoot(abs);
  if (repo === undefined) return false;
  const r = spawnSync('git', ['log', '-1', '--format=%H', '--', abs], { cwd: repo, encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

/** The case folder a deleted path was in, if that folder is still there. */
function remainingCase(abs: string): { abs: string; rel: string } | undefined {
  const root = nearestWorkspaceRoot(abs);
  if (root === undefined) return undefined;
  const [dir, slug, ...rest] = toPosix(relative(root, abs)).split('/');
  if (dir !== CASES_DIR || slug === undefined || rest.length === 0) return undefined;
  const caseAbs = join(root, CASES_DIR, slug);
  return existsSync(caseAbs) ? { abs: caseAbs, rel: `${CASES_DIR}/${slug}` } : undefined;
}

/**
 * What a path that does not exist was probably meant to be: a name beside it in its folder
 * (case.yml for case.yaml), else a case folder (cases/krakow for cases/krakow-pl).
 */
function nearMiss(abs: string, root: string | undefined): string | undefined {
  let siblings: string[] = [];
  try {
    siblings = readdirSync(dirname(abs));
  } catch {
    // Its folder is not there either.
  }
  const sibling = closest(basename(abs), siblings);
  if (sibling) return join(dirname(abs), sibling);
  const slug = root === undefined ? undefined : closest(basename(abs), caseSlugs(root) ?? []);
  return slug === undefined ? undefined : join(root as string, CASES_DIR, slug);
}

export async function checkAction(ctx: ActionContext, paths: string[], opts: { format: string }): Promise<number> {
  if (!FORMATS.includes(opts.format))
    throw new UserError('cli.bad-format', { value: opts.format, allowed: FORMATS.join(', ') });
  const roots = paths.length === 0 ? workspaceRoots(ctx) : [];
  // Where the paths are read from, and said back from: the one -C folder, else the user's.
  const base = ctx.workspaces.length === 1 ? workspaceDir(ctx, ctx.workspaces[0] as string) : ctx.cwd;
  const given = pathsToCheck(ctx, paths, base);
  const c = out(ctx);
  // On a terminal, each finding is broken at spaces to its width; piped, a finding's message is one line.
  const columns = ctx.stdout.isTTY ? ctx.stdout.columns : undefined;
  // Each workspace's findings are put in words as its result comes: a state office's workspaces come
  // from worker threads, and this thread would otherwise word all their findings after the last one.
  const shown = new Map<string, string[]>();
  const json = new Map<string, ReturnType<typeof problemJson>[]>();
  const present = (w: WorkspaceCheck) => {
    // The -C flags a command in a message needs to run from here (not in annotations: they are read
    // on GitHub, away from the run's folder, and their commands stay bare).
    const globals = trailingArgs(workspaceArgs(ctx, w.root));
    if (opts.format === 'json') {
      json.set(
        w.root,
        w.problems.map((p) => problemJson(p, ctx.lang, w.root, globals)),
      );
      return;
    }
    // Paths from where the user stands, so an editor can open them (shownFile); GitHub reads an
    // annotation's file from the repository's root, wherever the step runs (working-directory).
    const prefix = opts.format === 'github' ? filePrefix(annotationBase(ctx, w.root), w.root) : '';
    shown.set(
      w.root,
      w.problems.map((p) =>
        opts.format === 'github'
          ? formatProblemGithub(p, ctx.lang, prefix)
          : formatProblemText({ ...p, file: shownFile(ctx, w.root, p.file) }, ctx.lang, c, '', globals, columns),
      ),
    );
  };
  const result = await runCheck(
    {
      roots,
      paths: given.paths,
      ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}),
      env: ctx.env,
    },
    present,
  );
  // A folder that holds none of the workspace's files (assets/, a typo'd folder) checks nothing:
  // passing it would keep a CI job green on a path that reads nothing. A file is one a change
  // touched, skipped as those outside the workspace are.
  const empty = result.workspaces.flatMap((w) => w.empty.map((p) => join(w.root, p)));
  const files = new Set(empty.filter((abs) => statSync(abs).isFile()));
  const folders = empty.filter((abs) => !files.has(abs)).map((abs) => toPosix(relative(base, abs)) || '.');
  if (folders.length > 0) throw new UserError('check.nothing-there', { path: folders.join(', ') });
  for (const abs of empty.filter((f) => files.has(f)))
    given.notes.push(t(ctx.lang, 'check.skipped', { path: toPosix(relative(base, abs)) }));
  if (given.notes.length > 0) ctx.stderr.write(`${given.notes.join('\n')}\n`);
  if (opts.format === 'json') {
    const problems = result.workspaces.flatMap((w) => json.get(w.root) ?? []);
    ctx.stdout.write(`${JSON.stringify({ errors: result.errors, warnings: result.warnings, problems }, null, 2)}\n`);
  } else {
    const lines = result.workspaces.flatMap((w) => shown.get(w.root) ?? []);
    // A state office checks many workspaces at once: each one's count, then the total.
    if (result.workspaces.length > 1) {
      for (const w of result.workspaces) {
        const errors = w.problems.filter((p) => p.severity === 'error').length;
        lines.push(`${shownPath(ctx, w.root)}: ${counts(ctx.lang, errors, w.problems.length - errors, w.files)}`);
      }
    }
    const files = result.workspaces.reduce((n, w) => n + w.files, 0);
    const summary = counts(ctx.lang, result.errors, result.warnings, files);
    lines.push(opts.format === 'github' ? summary : result.errors > 0 ? c.red(summary) : c.green(summary));
    ctx.stdout.write(`${lines.join('\n')}\n`);
  }
  if (result.fatal) return 2;
  return result.errors > 0 ? 1 : 0;
}

/** "0 errores, 4 advertencias en 16 archivos." (or all in order) */
const counts = (lang: UiLang, errors: number, warnings: number, files: number): string =>
  errors + warnings === 0 ? t(lang, 'check.ok', { files }) : t(lang, 'check.summary', { errors, warnings, files });

/**
 * Where GitHub reads annotation paths from: the repository the workspace is in, else the checkout
 * (GITHUB_WORKSPACE, a download without .git), else where the user stands.
 */
function annotationBase(ctx: ActionContext, root: string): string {
  const repo = repositoryRoot(root);
  if (repo !== undefined) return repo;
  const checkout = ctx.env.GITHUB_WORKSPACE ? resolve(ctx.env.GITHUB_WORKSPACE) : undefined;
  return checkout !== undefined && (checkout === root || isInside(checkout, root)) ? checkout : ctx.cwd;
}

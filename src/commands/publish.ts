// `linkage publish`: the public site, built whole in a temp folder beside the target and renamed into
// place, so a reader never finds half a site. An existing target is replaced only when it is a site
// linkage wrote (it holds SITE_MARKER) or an empty folder; anything else is refused.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { ImageError } from '../documents/layout/errors.js';
import { loadImage } from '../documents/layout/images.js';
import { UserError } from '../errors.js';
import { buildSite, type CoatImage, SITE_MARKER, type SitePlan } from '../site/build.js';
import type { Workspace } from '../workspace/load.js';
import { resolveFileInside } from '../workspace/paths.js';
import { WORKSPACE_FILE } from '../workspace/root.js';
import { readableWorkspace, workspaceToday } from './common.js';

export interface PublishOptions {
  root: string;
  cwd: string;
  /** The site's folder; default `out/site` in the workspace (out/ is git-ignored). */
  out?: string;
  asOf?: string;
  env?: NodeJS.ProcessEnv;
}

export interface PublishResult extends Omit<SitePlan, 'files'> {
  dir: string;
  files: number;
}

export async function runPublish(options: PublishOptions): Promise<PublishResult> {
  const ws = readableWorkspace(options.root, 'publish.workspace-invalid');
  const dir = options.out ? resolve(options.cwd, options.out) : join(ws.root, 'out', 'site');
  checkTarget(dir);
  const today = workspaceToday(ws, options.asOf, options.env);
  const { files, ...plan } = buildSite(ws, today, coatOfArms(ws));
  writeSite(dir, files);
  return { ...plan, dir, files: files.length };
}

function coatOfArms(ws: Workspace): CoatImage | undefined {
  const ref = ws.config?.settings?.letterhead?.coatOfArms;
  if (!ref) return undefined;
  const abs = resolveFileInside(ws.root, ref);
  if (!abs)
    throw new UserError('rule.coat-of-arms.outside', { file: ref }, 2, {
      file: join(ws.root, WORKSPACE_FILE),
      path: ['settings', 'letterhead', 'coatOfArms'],
    });
  try {
    const { data, format, width, height } = loadImage(abs, inflateSync);
    return { data, format, width, height };
  } catch (error) {
    if (!(error instanceof ImageError)) throw error;
    throw new UserError(`document.image.${error.problem}`, { file: ref, detail: error.detail ?? '' }, 2, {
      file: join(ws.root, WORKSPACE_FILE),
      path: ['settings', 'letterhead', 'coatOfArms'],
    });
  }
}

/** Refuses a target that is a file, or a folder with files that are not an earlier site. */
function checkTarget(dir: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new UserError('publish.out-is-file', { dir });
  if (readdirSync(dir).length > 0 && !existsSync(join(dir, SITE_MARKER)))
    throw new UserError('publish.out-not-site', { dir });
}

function writeSite(dir: string, files: SitePlan['files']): void {
  const parent = dirname(dir);
  const tmp = join(parent, `.${basename(dir)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(dir)}.old-${process.pid}`);
  try {
    mkdirSync(parent, { recursive: true });
    rmSync(tmp, { recursive: true, force: true });
    const made = new Set<string>();
    for (const f of files) {
      const abs = join(tmp, f.path);
      const folder = dirname(abs);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(abs, f.data);
    }
    // Two renames: the old site stays whole until the new one is complete and ready to take its place.
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    // Undone as far as it can be: a clean-up that fails as well (the same place that cannot be
    // written) must not hide why the site was not written.
    try {
      rmSync(tmp, { recursive: true, force: true });
    } catch {}
    try {
      if (!existsSync(dir) && existsSync(old)) renameSync(old, dir);
    } catch {}
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new UserError('file.unwritable', { file: dir, code }, 2);
  }
}

// Shared by the publish tests: publishing a workspace with the built CLI and reading the site back.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../helpers.js';

/** Publishes `root` into `out` (default out/site) and returns the site folder. */
export function publish(root: string, out?: string, env: Record<string, string> = {}): string {
  const r = runCli(['publish', ...(out ? ['--out', out] : [])], { cwd: root, env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return out ?? join(root, 'out', 'site');
}

/** Every file of a folder, site-relative with `/`, sorted. */
export function siteFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else out.push(relative(dir, abs).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const htmlFiles = (dir: string) => siteFiles(dir).filter((f) => f.endsWith('.html'));

/** Every href and src of a page, as written. */
export function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] as string);
}

/** Where a page's reference leads: the site file and the fragment, if any. */
export function target(page: string, ref: string): { file: string; fragment?: string } {
  const [path, fragment] = ref.split('#') as [string, string | undefined];
  const file = path === '' ? page : posix.normalize(posix.join(dirname(page), path));
  return { file, ...(fragment ? { fragment } : {}) };
}

export const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers.js';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

describe('`npx linkage` in a checkout', () => {
  // npx runs a checkout's own bin by installing the checkout, as a link, into the npx cache
  // (~/.npm/_npx/<hash of the folder>/node_modules/.bin/linkage → ../linkage-mx/<package.json's bin>),
  // and reuses that install on every later run in the same folder, after a `git pull` too. A bin under
  // another name leaves the cached link dangling: `sh: 1: linkage: not found`, exit 127 (CI hit it when
  // the bin was bin/linkage.cjs for a while). So the bin keeps the name every install has linked.
  it('runs the CLI through the link npx caches, whose target every version keeps', { timeout: 120_000 }, () => {
    const checkout = join(tempDir('linkage-checkout-'), 'linkage');
    for (const part of ['package.json', 'bin', 'dist', 'schemas', 'templates', 'fonts']) {
      cpSync(join(REPO, part), join(checkout, part), { recursive: true });
    }
    symlinkSync(join(REPO, 'node_modules'), join(checkout, 'node_modules'));
    const cache = tempDir('linkage-npm-cache-');
    const run = () =>
      spawnSync(npx, ['linkage', '--version'], {
        cwd: checkout,
        encoding: 'utf8',
        // No install scripts: `prepare` would rebuild dist/ from sources the copy has not got.
        env: { ...process.env, npm_config_cache: cache, npm_config_ignore_scripts: 'true', npm_config_yes: 'true' },
      });
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    const first = run();
    expect(first.stderr).not.toMatch(/not found/);
    expect(first.stdout.trim()).toBe(version);

    const [hash, ...others] = readdirSync(join(cache, '_npx'));
    expect(others).toEqual([]);
    const link = readlinkSync(join(cache, '_npx', hash ?? '', 'node_modules', '.bin', 'linkage'));
    expect(link.split(/[\\/]/).join('/')).toBe('../linkage-mx/bin/linkage.js');

    const again = run();
    expect(again.status).toBe(0);
    expect(again.stdout.trim()).toBe(version);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import module from 'node:module';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, REPO, tempDir } from '../helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the published package', () => {
  it('installs from its tarball and runs `linkage status` and `generate` from anywhere', { timeout: 240_000 }, () => {
    const packDir = tempDir('linkage-pack-');
    // --ignore-scripts: dist/ is already built by `npm test`; pack only collects files.
    const packed = JSON.parse(
      execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
        cwd: REPO,
        encoding: 'utf8',
      }),
    ) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]?.files.map((f) => f.path) ?? [];
    expect(files).toContain('bin/linkage.js');
    expect(files).toContain('bin/package.json');
    expect(files).toContain('dist/cli.cjs');
    expect(files).toContain('dist/code-cache.cjs');
    expect(files).toContain('schemas/case.schema.json');
    // Every bundled template: a document's default languages follow the templates there are.
    const templates = (readdirSync(join(REPO, 'templates'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.hbs'))
      .map((f) => `templates/${f.split(sep).join('/')}`);
    expect(templates).toContain('templates/de/agreement.hbs');
    for (const t of templates) expect(files).toContain(t);
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('cases/'))).toBe(false);

    const app = tempDir('linkage-install-');
    execFileSync(npm, ['init', '-y'], { cwd: app, stdio: 'ignore' });
    execFileSync(
      npm,
      ['install', '--no-audit', '--no-fund', '--prefer-offline', join(packDir, packed[0]?.filename ?? '')],
      {
        cwd: app,
        stdio: 'ignore',
      },
    );
    const bin = join(app, 'node_modules', '.bin', 'linkage');
    expect(existsSync(bin)).toBe(true);

    const demo = copyWorkspace('demo');
    const elsewhere = tempDir('linkage-cwd-');
    const r = spawnSync(bin, ['status', '-C', demo], {
      cwd: elsewhere,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const slug of readdirSync(join(demo, 'cases'))) expect(r.stdout).toContain(slug);

    // A document, twice: the renderer (dist/lazy/renderer.cjs, Spanish hyphenation patterns from
    // dist/lazy/hyphen/) and, before Node 22.1, its code cache in the user's cache folder, then used.
    const cacheHome = tempDir('linkage-xdg-');
    const generate = () =>
      spawnSync(bin, ['generate', 'letter', 'krakow-pl', '--lang', 'es', '-C', demo, '--out', join(elsewhere, 'out')], {
        cwd: elsewhere,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', LINKAGE_TODAY: '2026-11-28', XDG_CACHE_HOME: cacheHome },
      });
    for (let run = 0; run < 2; run++) {
      const g = generate();
      expect(g.stderr).toBe('');
      expect(g.status).toBe(0);
    }
    expect(existsSync(join(elsewhere, 'out', 'letter-krakow-pl-es.pdf'))).toBe(true);
    const cached = existsSync(join(cacheHome, 'linkage')) ? readdirSync(join(cacheHome, 'linkage')) : [];
    expect(cached).toEqual(
      'enableCompileCache' in module
        ? []
        : [
            expect.stringMatching(/^cli\.generate-[0-9a-f]{16}\.v8$/),
            expect.stringMatching(/^renderer-[0-9a-f]{16}\.v8$/),
          ],
    );
  });
});

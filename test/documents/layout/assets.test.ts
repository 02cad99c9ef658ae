import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { fontsDir } from '../../../src/documents/layout/assets.js';
import { packageRoot } from '../../../src/workspace/package-root.js';
import { tempDir } from './helpers.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('packageRoot', () => {
  it('is the folder of the linkage-mx package.json, and holds the fonts', () => {
    expect(packageRoot()).toBe(REPO);
    expect(JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).name).toBe('linkage-mx');
    for (const style of ['Regular', 'Bold', 'Italic', 'BoldItalic']) {
      expect(existsSync(join(fontsDir(), `NotoSerif-${style}.ttf`))).toBe(true);
    }
    expect(existsSync(join(fontsDir(), 'OFL.txt'))).toBe(true);
  });

  it('works from a bundled chunk, whatever the working directory', async () => {
    const out = join(REPO, 'node_modules', '.cache', 'linkage-layout-test', 'dist', 'chunks', 'assets.mjs');
    await build({
      entryPoints: [join(REPO, 'src/documents/layout/assets.ts')],
      outfile: out,
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'error',
    });
    const cwd = process.cwd();
    process.chdir(tmp.dir);
    try {
      const bundled = (await import(
        pathToFileURL(out).href
      )) as typeof import('../../../src/documents/layout/assets.js');
      expect(bundled.fontsDir()).toBe(join(REPO, 'fonts'));
    } finally {
      process.chdir(cwd);
    }
  });
});

// The built-in templates ship precompiled (scripts/build.mjs → dist/lazy/templates/<sha256>.cjs): the
// built CLI must use them, and they must render exactly what compiling the template at run time does.
// So do the hyphenation patterns of their languages, as JSON (dist/lazy/hyphen/).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/workspace/hash.js';
import { BIN, copyWorkspace, REPO, runCli, tempDir } from '../helpers.js';

const ENV = { LINKAGE_TODAY: '2026-11-28' };
const letterText = () => readFileSync(join(REPO, 'templates', 'es', 'letter.hbs'), 'utf8');

/**
 * Every module the built CLI loads for a Spanish letter on the minimal workspace (test/e2e/trace);
 * without the code cache, so that the renderer shows too.
 */
function spanishLetterTrace(): string {
  const root = copyWorkspace('minimal');
  const trace = join(tempDir(), 'trace.txt');
  const register = join(REPO, 'test', 'e2e', 'trace', 'register.mjs');
  const r = spawnSync(
    process.execPath,
    ['--import', register, BIN, 'generate', 'letter', 'leon-es', '--lang', 'es', '--out', join(root, 'out')],
    {
      cwd: root,
      env: { ...process.env, ...ENV, LINKAGE_TRACE: trace, NO_COLOR: '1', LINKAGE_CODE_CACHE: '0' },
      encoding: 'utf8',
    },
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return readFileSync(trace, 'utf8');
}

describe('precompiled built-in templates', () => {
  it('are what the built CLI loads for a built-in template', () => {
    expect(spanishLetterTrace()).toContain(`/dist/lazy/templates/${sha256(letterText())}.cjs`);
  });

  it('render the same bytes as the template compiled at run time', () => {
    const root = copyWorkspace('minimal');
    const builtin = runCli(['generate', 'letter', 'leon-es', '--lang', 'es', '--out', join(root, 'a')], {
      cwd: root,
      env: ENV,
    });
    expect(builtin.code).toBe(0);
    // The same template with a comment at its end, so that no precompiled spec matches its text.
    mkdirSync(join(root, 'templates', 'es'), { recursive: true });
    writeFileSync(join(root, 'templates', 'es', 'letter.hbs'), `${letterText()}{{!-- a workspace copy --}}`);
    const own = runCli(['generate', 'letter', 'leon-es', '--lang', 'es', '--out', join(root, 'b')], {
      cwd: root,
      env: ENV,
    });
    expect(own.stderr).toBe('');
    expect(own.code).toBe(0);
    const a = readFileSync(join(root, 'a', 'letter-leon-es-es.pdf'));
    const b = readFileSync(join(root, 'b', 'letter-leon-es-es.pdf'));
    expect(a.length).toBeGreaterThan(1000);
    expect(b.equals(a)).toBe(true);
  });
});

describe('hyphenation patterns built as JSON', () => {
  it("are the `hyphen` package's own patterns, for Spanish and English", () => {
    const dir = join(REPO, 'dist', 'lazy', 'hyphen');
    const built = readdirSync(dir).sort();
    expect(built).toEqual(['en-gb.json', 'en-us.json', 'es.json']);
    const requireRepo = createRequire(join(REPO, 'package.json'));
    for (const file of built) {
      const patterns = requireRepo(`hyphen/patterns/${file.replace(/\.json$/, '.js')}`);
      expect(JSON.parse(readFileSync(join(dir, file), 'utf8')), file).toEqual(patterns);
    }
  });

  it("are what the built CLI reads for a Spanish document, instead of the package's file", () => {
    const trace = spanishLetterTrace();
    expect(trace).toContain('/dist/lazy/renderer.cjs');
    // es-MX: there are no es-mx patterns (a miss, as before), then Spanish's, from the JSON.
    expect(trace).toContain('hyphen/patterns/es-mx.js');
    expect(trace).not.toContain('hyphen/patterns/es.js');
  });
});

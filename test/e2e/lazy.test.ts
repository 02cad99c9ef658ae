import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generate } from '../../bench/generate.mjs';
import { BIN, copyWorkspace, REPO, tempDir } from '../helpers.js';

const REGISTER = join(import.meta.dirname, 'trace', 'register.mjs');
/** Packages kept out of the bundle: loading them shows as a resolved path under node_modules. */
const EXTERNAL = ['ajv'];
/** Bundled into the lazy chunks: a loaded chunk that holds them gives them away by these strings. */
const BUNDLED: Record<string, string> = {
  pdfkit: 'PDFKit',
  fontkit: 'fontkit',
  handlebars: 'Handlebars',
  marked: 'walkTokens',
  // The hyphenator (its Spanish and English patterns are JSON in dist/lazy/hyphen/).
  hyphen: 'createHTMLVerifier',
  // The public site's generator (src/site/), found by its marker file's name.
  site: 'linkage publish\\n',
  'ical-generator': 'X-MICROSOFT-CDO-ALLDAYEVENT',
  // The two prompts of src/ui/inquirer.ts, with @inquirer/core.
  inquirer: 'CancelPromptError',
};

function heavyLoaded(loaded: string[]): string[] {
  const found = EXTERNAL.filter((name) => loaded.some((u) => u.includes(`/node_modules/${name}`)));
  const chunks = loaded
    .filter((u) => u.startsWith('file:') && u.includes('/dist/'))
    .map((u) => readFileSync(fileURLToPath(u), 'utf8'));
  for (const [name, marker] of Object.entries(BUNDLED))
    if (chunks.some((text) => text.includes(marker))) found.push(name);
  return found;
}

/** The source files bundled into the chunks of dist/ a run loaded, from their source maps. */
function sourcesLoaded(loaded: string[]): string[] {
  return loaded
    .filter((u) => u.startsWith('file:') && u.includes('/dist/chunks/'))
    .flatMap((u) => (JSON.parse(readFileSync(`${fileURLToPath(u)}.map`, 'utf8')) as { sources: string[] }).sources);
}

/**
 * Every module URL the CLI resolved while running `args`. Without the code cache, dist/lazy/renderer.cjs
 * loads through require(), which the trace sees (a vm.Script with cached code would pass unseen).
 */
function modulesLoaded(args: string[], env: NodeJS.ProcessEnv = {}): string[] {
  const trace = join(tempDir(), 'trace.txt');
  const r = spawnSync(process.execPath, ['--import', REGISTER, BIN, ...args], {
    env: { ...process.env, ...env, LINKAGE_TRACE: trace, NO_COLOR: '1', LINKAGE_CODE_CACHE: '0' },
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  return readFileSync(trace, 'utf8').trim().split('\n');
}

describe('start-up stays light', () => {
  it('each marker is in exactly one built file, so that its absence means something', () => {
    const built = ['chunks', 'lazy'].flatMap((d) =>
      readdirSync(join(REPO, 'dist', d))
        .filter((f) => /\.c?js$/.test(f))
        .map((f) => readFileSync(join(REPO, 'dist', d, f), 'utf8')),
    );
    for (const [name, marker] of Object.entries(BUNDLED)) {
      expect({ name, files: built.filter((text) => text.includes(marker)).length }).toEqual({ name, files: 1 });
    }
  });

  it('`linkage status` loads none of pdfkit, fontkit, handlebars, marked, ical-generator, inquirer, hyphen or ajv', () => {
    const loaded = modulesLoaded(['status', '-C', copyWorkspace('minimal')]);
    expect(loaded.some((u) => u.includes('/dist/entry.js'))).toBe(true);
    expect(heavyLoaded(loaded)).toEqual([]);
  });

  it('a cold `status` or `check` of the demo loads neither YAML package: fast-yaml types every scalar', () => {
    for (const command of ['status', 'check']) {
      const loaded = modulesLoaded([command, '-C', copyWorkspace('demo')]);
      expect(loaded.filter((u) => /\/dist\/lazy\/(js-)?yaml\.cjs$/.test(u))).toEqual([]);
      expect(loaded.some((u) => u.includes('/dist/entry.js'))).toBe(true);
    }
  });

  it('`linkage status` loads none of the check rules, cold or warm', () => {
    // The rule's own definition (the catalog's message id is `rule.foreign-jurisdiction`).
    const marker = 'id: "foreign-jurisdiction"';
    const built = readdirSync(join(REPO, 'dist', 'chunks')).filter((f) =>
      readFileSync(join(REPO, 'dist', 'chunks', f), 'utf8').includes(marker),
    );
    expect(built).toHaveLength(1);
    const root = copyWorkspace('demo');
    for (let run = 0; run < 2; run++) {
      const loaded = modulesLoaded(['status', '-C', root]);
      expect(loaded.filter((u) => built.some((f) => u.endsWith(`/dist/chunks/${f}`)))).toEqual([]);
    }
  });

  it('`linkage status` loads node:worker_threads only when it starts a worker', () => {
    const threads = (loaded: string[]) => loaded.filter((u) => u.endsWith('node:worker_threads'));
    const root = copyWorkspace('demo');
    // Cold (it writes the caches, named per thread) and warm.
    expect(threads(modulesLoaded(['status', '-C', root]))).toEqual([]);
    expect(threads(modulesLoaded(['status', '-C', root]))).toEqual([]);
    // A cold status of 230 cases on two threads starts a parse worker: the trace sees the module.
    const { roots } = generate({ cases: 230, out: join(tempDir(), 'ws') });
    const big = modulesLoaded(['status', '-C', roots[0] as string], { LINKAGE_PARSE_THREADS: '2' });
    expect(threads(big)).not.toEqual([]);
  });

  it('`linkage check` does not load them either', () => {
    expect(heavyLoaded(modulesLoaded(['check', '-C', copyWorkspace('minimal')]))).toEqual([]);
  });

  it('`linkage check`, cold or warm, loads no prompt, no answers file and no YAML writer', () => {
    const root = copyWorkspace('demo');
    for (const run of ['cold', 'warm']) {
      const sources = sourcesLoaded(modulesLoaded(['check', '-C', root]));
      expect(sources.some((s) => s.endsWith('src/process/rules/index.ts'))).toBe(true);
      expect({
        run,
        sources: sources.filter((s) => /src\/flows\/|src\/workspace\/write\.ts|node_modules\/yaml\//.test(s)),
      }).toEqual({ run, sources: [] });
    }
  });

  it('`linkage generate` does load them: the check can tell', () => {
    const root = copyWorkspace('minimal');
    const loaded = modulesLoaded([
      'generate',
      'letter',
      'leon-es',
      '-C',
      root,
      '--lang',
      'es',
      '--out',
      join(root, 'out'),
    ]);
    expect(heavyLoaded(loaded)).toEqual(
      expect.arrayContaining(['hyphen', 'pdfkit', 'fontkit', 'handlebars', 'marked']),
    );
  });

  it('`linkage publish` loads the site generator, which status and check do not', () => {
    const root = copyWorkspace('minimal');
    expect(heavyLoaded(modulesLoaded(['publish', '-C', root]))).toContain('site');
  });

  it('`linkage calendar` loads ical-generator, and none of the document libraries', () => {
    const root = copyWorkspace('minimal');
    const found = heavyLoaded(modulesLoaded(['calendar', '-C', root, '--out', '-']));
    expect(found).toContain('ical-generator');
    expect(found).not.toContain('pdfkit');
  });
});

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generate } from '../../bench/generate.mjs';
import { BIN, copyWorkspace, REPO, tempDir } from '../helpers.js';

const REGISTER = join(import.meta.dirname, 'trace', 'register.mjs');
const CLI = join(REPO, 'dist', 'cli.cjs');
/** Packages kept out of the bundle: loading them shows as a resolved path under node_modules. */
const EXTERNAL = ['ajv'];
/**
 * The libraries bundled into files of their own in dist/lazy/, each found by a string of its code, and
 * the file that holds it. The CLI's bundle (dist/cli.cjs) holds none of them: a command that does not
 * require that file never even reads their code.
 */
const LAZY: Record<string, { marker: string; file: string }> = {
  pdfkit: { marker: 'PDFKit', file: 'renderer.cjs' },
  fontkit: { marker: 'fontkit', file: 'renderer.cjs' },
  marked: { marker: 'walkTokens', file: 'renderer.cjs' },
  // The hyphenator (its Spanish and English patterns are JSON in dist/lazy/hyphen/).
  hyphen: { marker: 'createHTMLVerifier', file: 'renderer.cjs' },
  handlebars: { marker: 'Template was precompiled with', file: 'handlebars.cjs' },
  'ical-generator': { marker: 'X-MICROSOFT-CDO-ALLDAYEVENT', file: 'ical.cjs' },
  // The two prompts of src/ui/inquirer.ts, with @inquirer/core.
  inquirer: { marker: 'CancelPromptError', file: 'inquirer.cjs' },
};

interface Run {
  /** Every module URL the CLI resolved or required (test/e2e/trace). */
  loaded: string[];
  /** The libraries of LAZY, and the packages of EXTERNAL, that the run loaded. */
  heavy: string[];
  /** The source modules of dist/cli.cjs whose code ran, as `src/…` and `node_modules/…`. */
  ran: Set<string>;
}

/**
 * What a run of the built CLI loaded and ran. Without the code cache, dist/cli.cjs and the files of
 * dist/lazy/ load through require(), which the trace sees (a vm.Script with cached code would pass
 * unseen). In the CLI's bundle, esbuild wraps each module that only a dynamic import reaches (a
 * command's action, and what only it needs) in a function named after its source, which V8's coverage
 * (NODE_V8_COVERAGE) counts the calls of; every other module of the bundle runs at each start.
 */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const dir = tempDir();
  const trace = join(dir, 'trace.txt');
  const coverage = join(dir, 'coverage');
  const r = spawnSync(process.execPath, ['--import', REGISTER, BIN, ...args], {
    env: {
      ...process.env,
      ...env,
      LINKAGE_TRACE: trace,
      NO_COLOR: '1',
      LINKAGE_CODE_CACHE: '0',
      NODE_V8_COVERAGE: coverage,
    },
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  const loaded = readFileSync(trace, 'utf8').trim().split('\n');
  const heavy = EXTERNAL.filter((name) => loaded.some((u) => u.includes(`/node_modules/${name}`)));
  for (const [name, { file }] of Object.entries(LAZY))
    if (loaded.some((u) => u.endsWith(`/dist/lazy/${file}`))) heavy.push(name);
  const counts = new Map<string, number>();
  for (const f of readdirSync(coverage)) {
    const { result } = JSON.parse(readFileSync(join(coverage, f), 'utf8')) as {
      result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[];
    };
    for (const script of result.filter((s) => s.url.startsWith('file:') && fileURLToPath(s.url) === CLI)) {
      for (const fn of script.functions) {
        if (/^(src|node_modules)\//.test(fn.functionName))
          counts.set(fn.functionName, (counts.get(fn.functionName) ?? 0) + (fn.ranges[0]?.count ?? 0));
      }
    }
  }
  expect(counts.size).toBeGreaterThan(0);
  const sources = (JSON.parse(readFileSync(`${CLI}.map`, 'utf8')) as { sources: string[] }).sources.map((s) =>
    s.replace(/^\.\.\//, ''),
  );
  const ran = new Set(sources.filter((s) => !counts.has(s) || (counts.get(s) as number) > 0));
  return { loaded, heavy, ran };
}

const under = (ran: Set<string>, prefix: RegExp) => [...ran].filter((s) => prefix.test(s));

describe('start-up stays light', () => {
  it('each library is in its file of dist/lazy/ and in no other built file', () => {
    const built = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.cjs'))
        .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
    const files = [...built(join(REPO, 'dist')), ...built(join(REPO, 'dist', 'lazy'))];
    for (const [name, { marker, file }] of Object.entries(LAZY)) {
      expect({ name, files: files.filter((f) => f.text.includes(marker)).map((f) => f.file) }).toEqual({
        name,
        files: [file],
      });
    }
  });

  it('`linkage status` loads none of pdfkit, fontkit, handlebars, marked, ical-generator, inquirer, hyphen or ajv', () => {
    const { loaded, heavy } = run(['status', '-C', copyWorkspace('minimal')]);
    expect(loaded.some((u) => u.endsWith('/dist/cli.cjs'))).toBe(true);
    expect(heavy).toEqual([]);
    // Nor node:child_process, which commander would load for subcommands of its own (commander-spawn.ts).
    expect(loaded.filter((u) => u.endsWith('node:child_process'))).toEqual([]);
  });

  it('a cold `status` or `check` of the demo loads neither YAML package: fast-yaml types every scalar', () => {
    for (const command of ['status', 'check']) {
      const { loaded } = run([command, '-C', copyWorkspace('demo')]);
      expect(loaded.filter((u) => /\/dist\/lazy\/(js-)?yaml\.cjs$/.test(u))).toEqual([]);
      expect(loaded.some((u) => u.endsWith('/dist/cli.cjs'))).toBe(true);
    }
  });

  it('`linkage status` runs none of the check rules, nor the site generator, cold or warm', () => {
    const root = copyWorkspace('demo');
    for (let pass = 0; pass < 2; pass++) {
      const { ran } = run(['status', '-C', root]);
      expect(ran.has('src/process/status.ts')).toBe(true);
      expect(under(ran, /^src\/(process\/rules|site)\//)).toEqual([]);
    }
  });

  it('`linkage status` loads node:worker_threads only when it starts a worker', () => {
    const threads = ({ loaded }: Run) => loaded.filter((u) => u.endsWith('node:worker_threads'));
    const root = copyWorkspace('demo');
    // Cold (it writes the caches, named per thread) and warm.
    expect(threads(run(['status', '-C', root]))).toEqual([]);
    expect(threads(run(['status', '-C', root]))).toEqual([]);
    // A cold status of 230 cases on two threads starts a parse worker: the trace sees the module.
    const { roots } = generate({ cases: 230, out: join(tempDir(), 'ws') });
    const big = run(['status', '-C', roots[0] as string], { LINKAGE_PARSE_THREADS: '2' });
    expect(threads(big)).not.toEqual([]);
  });

  it('`linkage check` does not load them either', () => {
    expect(run(['check', '-C', copyWorkspace('minimal')]).heavy).toEqual([]);
  });

  it('`linkage check`, cold or warm, runs no prompt, no answers file and no YAML writer', () => {
    const root = copyWorkspace('demo');
    for (const pass of ['cold', 'warm']) {
      const { ran, heavy } = run(['check', '-C', root]);
      expect(ran.has('src/process/rules/index.ts')).toBe(true);
      expect({ pass, ran: under(ran, /^src\/flows\/|^src\/workspace\/write\.ts$|^src\/ui\/prompts\.ts$/) }).toEqual({
        pass,
        ran: [],
      });
      expect(heavy).toEqual([]);
    }
  });

  it('`linkage generate` does load them: the check can tell', () => {
    const root = copyWorkspace('minimal');
    const { heavy } = run(['generate', 'letter', 'leon-es', '-C', root, '--lang', 'es', '--out', join(root, 'out')]);
    expect(heavy).toEqual(expect.arrayContaining(['hyphen', 'pdfkit', 'fontkit', 'handlebars', 'marked']));
  });

  it('`linkage publish` runs the site generator, which status and check do not', () => {
    const root = copyWorkspace('minimal');
    expect(under(run(['publish', '-C', root]).ran, /^src\/site\//)).not.toEqual([]);
  });

  it('`linkage calendar` loads ical-generator, and none of the document libraries', () => {
    const root = copyWorkspace('minimal');
    const { heavy } = run(['calendar', '-C', root, '--out', '-']);
    expect(heavy).toContain('ical-generator');
    expect(heavy).not.toContain('pdfkit');
  });
});

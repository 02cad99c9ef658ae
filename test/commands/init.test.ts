import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAnswers } from '../../src/commands/answers.js';
import { DEFAULT_SETTINGS, initConfig, planInit, workflowText } from '../../src/commands/init.js';
import { orderBySchema } from '../../src/workspace/new-file.js';
import { openYaml, yamlText } from '../../src/workspace/write.js';
import { FIXTURES, REPO, runCli, STACK, tempDir } from '../helpers.js';

const ANSWERS = join(FIXTURES, 'answers');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const TODAY = { LINKAGE_TODAY: '2026-01-15' };

/** Every file under a folder, workspace-relative, sorted. */
function listing(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

describe('planInit', () => {
  it('applies the settings defaults under the answers, and always writes schemaVersion 1', () => {
    const config = initConfig({ schemaVersion: 7, settings: { languages: ['es'], council: { members: 11 } } });
    expect(config.schemaVersion).toBe(1);
    expect(config.settings).toEqual({
      ...DEFAULT_SETTINGS,
      languages: ['es'],
      council: { ...DEFAULT_SETTINGS.council, members: 11 },
    });
  });

  it('asks for every fact about the municipality when there are no answers, and plans nothing', () => {
    const result = planInit({ dir: tempDir(), version: '1.2.3', yes: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.review.missing.map((m) => m.label)).toEqual([
      'municipality.name',
      'municipality.state',
      'municipality.inegiCode',
      'administrations[0].id',
      'administrations[0].period.start',
      'administrations[0].period.end',
      'administrations[0].officials (president)',
    ]);
  });

  it('wants a president among the officials', () => {
    const answers = readAnswers(join(ANSWERS, 'init.yaml'), 'init.yaml');
    const administrations = answers.value.administrations as { officials: { role: string }[] }[];
    const [first] = administrations;
    if (first) first.officials = first.officials.filter((o) => o.role !== 'president');
    const result = planInit({ dir: tempDir(), version: '1.2.3', answers });
    expect(!result.ok && result.review.missing.map((m) => m.label)).toEqual([
      'administrations[0].officials (president)',
    ]);
  });

  it('plans every file, and appends to a .gitignore that is already there', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\nout/');
    const answers = readAnswers(join(ANSWERS, 'init.yaml'), 'init.yaml');
    const result = planInit({ dir, version: '1.2.3', answers });
    if (!result.ok) throw new Error('expected a plan');
    expect(result.created).toEqual([
      'linkage.yaml',
      'cases/.gitkeep',
      '.gitignore',
      '.gitattributes',
      ...readdirSync(join(REPO, 'schemas'))
        .filter((n) => n.endsWith('.schema.json'))
        .sort()
        .map((n) => `.linkage/schemas/${n}`),
      '.github/workflows/linkage.yml',
    ]);
    const gitignore = result.plan.writes.find((w) => w.file === '.gitignore');
    expect(gitignore?.content).toBe('node_modules/\nout/\n.linkage-cache/\n');
    expect(gitignore?.expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps a CI workflow the repository already has', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, '.github', 'workflows', 'linkage.yml'), 'name: mine\n');
    const result = planInit({ dir, version: '1.2.3', answers: readAnswers(join(ANSWERS, 'init.yaml'), 'init.yaml') });
    expect(result.ok && result.kept).toEqual(['.github/workflows/linkage.yml']);
  });

  it('orders keys as the schema declares them, unknown keys last', () => {
    const schema = {
      properties: { a: {}, b: { items: { $ref: '#/$defs/X' } } },
      $defs: { X: { properties: { y: {}, z: {} } } },
    };
    const ordered = orderBySchema({ zz: 1, b: [{ z: 1, y: 2, w: 3 }], a: 0 }, schema, schema);
    expect(JSON.stringify(ordered)).toBe('{"a":0,"b":[{"y":2,"z":1,"w":3}],"zz":1}');
  });

  it('pins the version in the workflow', () => {
    const text = workflowText('9.8.7');
    expect(text).toContain('npx --yes linkage-mx@9.8.7 check --format github');
    expect(text).toContain('npx --yes linkage-mx@9.8.7 generate --check');
    expect(parse(text)).toMatchObject({ on: { push: null, pull_request: null } });
  });

  it("checks the documents in the workflow even when check's step fails, and only then fails the job", () => {
    // A failing check must not hide the documents' own problems: the next step runs unless the run was
    // cancelled or check never ran (setup failed); each failing step still fails the job.
    const steps = parse(workflowText('9.8.7')).jobs.check.steps as { id?: string; run?: string; if?: string }[];
    const check = steps.find((s) => s.run?.includes(' check --format github'));
    const documents = steps.find((s) => s.run?.includes(' generate --check'));
    expect(check?.id).toBe('check');
    expect(documents?.if).toBe(`\${{ !cancelled() && steps.check.outcome != 'skipped' }}`);
    expect(steps.filter((s) => 'continue-on-error' in s)).toEqual([]);
  });

  it('runs the workflow steps in the workspace folder when it is not the repository root', () => {
    expect(parse(workflowText('9.8.7')).jobs.check.defaults).toBeUndefined();
    expect(parse(workflowText('9.8.7')).name).toBe('linkage');
    for (const folder of ['munis/leon', 'munis/san juan: #2']) {
      const workflow = parse(workflowText('9.8.7', folder));
      // Two workspaces in one repository: each workflow named after its own in the Actions list.
      expect(workflow.name, folder).toBe(`linkage (${folder})`);
      const job = workflow.jobs.check;
      expect(job.defaults, folder).toEqual({ run: { 'working-directory': folder } });
      expect(job.steps.at(-1).run).toBe('npx --yes linkage-mx@9.8.7 generate --check');
    }
  });
});

describe('linkage init (the built CLI)', () => {
  let cwd: string;
  let ws: string;
  let run: ReturnType<typeof runCli>;

  beforeAll(() => {
    cwd = tempDir();
    ws = join(cwd, 'sanjuan');
    run = runCli(['init', 'sanjuan', '--answers', join(ANSWERS, 'init.yaml')], { cwd, env: TODAY });
  });

  it('passes both steps of the workflow it writes while Phase 1 is still in progress', () => {
    // The fixture's answers leave the profile half-written and the liaison area in Spanish only.
    const copy = join(tempDir(), 'sanjuan');
    cpSync(ws, copy, { recursive: true });
    const steps = readFileSync(join(copy, '.github', 'workflows', 'linkage.yml'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('- run: npx --yes linkage-mx@'))
      .map((l) => l.replace(/^.*linkage-mx@\S+ /, '').split(' '));
    expect(steps).toEqual([
      ['check', '--format', 'github'],
      ['generate', '--check'],
    ]);
    for (const args of steps) {
      const r = runCli(args, { cwd: copy, env: TODAY });
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
    }
    // The profile's draft, asked for by name, still says what its English version lacks.
    const profile = runCli(['generate', 'profile', '--check'], { cwd: copy, env: TODAY });
    expect(profile.code).toBe(2);
    expect(profile.stderr).toContain('linkage.yaml:34:9 (liaison.area): Falta la traducción al idioma «en»');
  });

  it('quotes a folder with shell characters in the next command, so it can be pasted', () => {
    const dir = tempDir();
    const r = runCli(['init', 'San $Pedro "Centro"', '--answers', join(ANSWERS, 'init.yaml')], {
      cwd: dir,
      env: TODAY,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('linkage new <ciudad> --country <PAÍS> -C "San \\$Pedro \\"Centro\\""');
  });

  it('says the folder is not in a git repository yet, and how to put it in one, before the next step', () => {
    const lines = run.stdout.split('\n');
    const git = lines.findIndex((l) => l.includes('no está en un repositorio de git'));
    // One command per line: `&&` is no separator in Windows PowerShell 5.1.
    expect(lines.slice(git + 1, git + 4)).toEqual([
      '  git init sanjuan',
      '  git -C sanjuan add .',
      '  git -C sanjuan commit -m "linkage init"',
    ]);
    expect(git).toBeLessThan(lines.findIndex((l) => l.startsWith('Siguiente paso')));
    // From the workspace's own folder, the commands name no folder.
    const here = tempDir();
    const r = runCli(['init', '--answers', join(ANSWERS, 'init.yaml')], { cwd: here, env: TODAY });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('\n  git init\n  git add .\n  git commit -m "linkage init"\n');
  });

  it('creates the workspace and says what to do next', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('San Juan de los Lagos');
    expect(run.stdout).toContain('linkage new <ciudad> --country <PAÍS> -C sanjuan');
    expect(listing(ws)).toEqual([
      '.gitattributes',
      '.github/workflows/linkage.yml',
      '.gitignore',
      ...readdirSync(join(REPO, 'schemas'))
        .filter((n) => n.endsWith('.schema.json'))
        .sort()
        .map((n) => `.linkage/schemas/${n}`),
      'cases/.gitkeep',
      'linkage.yaml',
    ]);
  });

  it('writes linkage.yaml with the schema line, the answers, the settings defaults and a readable key order', () => {
    const text = readFileSync(join(ws, 'linkage.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=.linkage/schemas/workspace.schema.json');
    const data = parse(text);
    expect(Object.keys(data)).toEqual([
      'schemaVersion',
      'municipality',
      'administrations',
      'liaison',
      'profile',
      'settings',
    ]);
    expect(data.municipality).toEqual({
      name: 'San Juan de los Lagos',
      state: 'Jalisco',
      inegiCode: '14073',
      office: { email: 'contacto@sanjuan.gob.mx' },
    });
    expect(data.administrations[0].officials[0]).toEqual({
      role: 'president',
      name: 'Alejandra Ñúñez Íñiguez',
      gender: 'f',
    });
    expect(data.settings).toEqual({ ...DEFAULT_SETTINGS, pageSize: 'A4' });
    expect(text).not.toContain('\r');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('writes git settings, the schemas and a CI workflow pinned to this version', () => {
    expect(readFileSync(join(ws, '.gitignore'), 'utf8')).toBe('out/\n.linkage-cache/\n');
    expect(readFileSync(join(ws, '.gitattributes'), 'utf8').split('\n')).toEqual([
      '* text=auto eol=lf',
      '*.pdf binary',
      '*.png binary',
      '*.jpg binary',
      '**/evidence/** -text',
      '',
    ]);
    for (const name of readdirSync(join(REPO, 'schemas')).filter((n) => n.endsWith('.schema.json'))) {
      expect(readFileSync(join(ws, '.linkage', 'schemas', name), 'utf8')).toBe(
        readFileSync(join(REPO, 'schemas', name), 'utf8'),
      );
    }
    const workflow = readFileSync(join(ws, '.github', 'workflows', 'linkage.yml'), 'utf8');
    expect(workflow).toContain(`npx --yes linkage-mx@${VERSION} check --format github`);
    // Actions that GitHub runs on Node 24 (it retired the Node 20 action runtime), and a Node LTS still
    // supported for linkage itself.
    const steps = parse(workflow).jobs.check.steps as { uses?: string; with?: { 'node-version'?: number } }[];
    expect(steps.filter((s) => s.uses).map((s) => s.uses)).toEqual(['actions/checkout@v5', 'actions/setup-node@v5']);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(22);
  });

  it.skipIf(spawnSync('git', ['--version']).status !== 0)(
    'keeps git from changing the line endings of evidence, which is hashed byte for byte',
    () => {
      // The workspace's .gitattributes in a repository of its own (the workspace is left as written).
      const repo = tempDir();
      copyFileSync(join(ws, '.gitattributes'), join(repo, '.gitattributes'));
      spawnSync('git', ['init', '-q', repo]);
      const attr = (file: string) =>
        spawnSync('git', ['-C', repo, 'check-attr', 'text', '--', file], { encoding: 'utf8' }).stdout.trim();
      expect(attr('evidence/nombramiento.txt')).toBe('evidence/nombramiento.txt: text: unset');
      expect(attr('cases/leon-es/evidence/respuesta.eml')).toBe('cases/leon-es/evidence/respuesta.eml: text: unset');
      expect(attr('cases/leon-es/case.yaml')).toBe('cases/leon-es/case.yaml: text: auto');
    },
  );

  it('gives a workspace that check and status accept', () => {
    const check = runCli(['check', '-C', ws], { cwd, env: TODAY });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const status = runCli(['status', '-C', ws], { cwd, env: TODAY });
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain('San Juan de los Lagos');
  });

  it('writes YAML that a load and save leaves byte-identical', () => {
    for (const file of ['linkage.yaml', '.github/workflows/linkage.yml']) {
      const written = readFileSync(join(ws, file), 'utf8');
      expect(yamlText(openYaml(ws, file)), file).toBe(written);
    }
  });

  it('refuses a folder that already holds a workspace', () => {
    const again = runCli(['init', 'sanjuan', '--answers', join(ANSWERS, 'init.yaml')], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Ya existe un espacio de trabajo');
    expect(again.stderr).not.toMatch(STACK);
  });

  it('in a folder of a repository, writes a workflow that runs there and says to move it to the root', () => {
    const repo = tempDir();
    mkdirSync(join(repo, '.git'));
    const answers = join(ANSWERS, 'init.yaml');
    const r = runCli(['init', 'munis/leon', '--answers', answers], { cwd: repo, env: TODAY });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      '⚠ GitHub sólo corre los flujos de la raíz del repositorio: mueva munis/leon/.github/workflows/linkage.yml a .github/workflows/',
    );
    const workflow = parse(readFileSync(join(repo, 'munis', 'leon', '.github', 'workflows', 'linkage.yml'), 'utf8'));
    expect(workflow.jobs.check.defaults).toEqual({ run: { 'working-directory': 'munis/leon' } });
    // At the repository's root, the workflow is where GitHub reads it: nothing to move.
    const root = runCli(['init', '--answers', answers], { cwd: join(repo), env: TODAY });
    expect(root.code, root.stderr).toBe(0);
    expect(root.stdout).not.toContain('⚠ GitHub');
    for (const out of [r.stdout, root.stdout]) expect(out).not.toContain('repositorio de git');
    expect(parse(readFileSync(join(repo, '.github', 'workflows', 'linkage.yml'), 'utf8')).jobs.check.defaults).toBe(
      undefined,
    );
  });

  it('defaults to the current folder', () => {
    const here = tempDir();
    const result = runCli(['init', '--answers', join(ANSWERS, 'init.yaml'), '--yes'], { cwd: here });
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(here, 'linkage.yaml'))).toBe(true);
    expect(result.stdout).toContain('`linkage new <ciudad> --country <PAÍS>`.');
  });
});

describe('linkage init with answers missing or wrong', () => {
  it('lists every missing field at once, exits 2 and writes nothing', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'ws'));
    writeFileSync(join(cwd, 'ws', 'README.md'), 'hola\n');
    const before = listing(cwd);
    const result = runCli(['init', 'ws', '--answers', join(ANSWERS, 'init-partial.yaml')], { cwd });
    expect(result.code).toBe(2);
    for (const field of [
      'municipality.state',
      'municipality.inegiCode',
      'administrations[0].id',
      'administrations[0].period.start',
      'administrations[0].period.end',
      'administrations[0].officials[0].gender',
    ]) {
      expect(result.stderr).toContain(field);
    }
    expect(result.stderr).not.toContain('municipality.name');
    expect(result.stderr).not.toMatch(STACK);
    expect(listing(cwd)).toEqual(before);
  });

  it('with no answers at all, even with --yes, names the facts no default can supply', () => {
    const cwd = tempDir();
    const result = runCli(['init', 'nuevo', '--yes'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('municipality.name, municipality.state, municipality.inegiCode');
    expect(result.stderr).toContain('administrations[0].officials');
    expect(existsSync(join(cwd, 'nuevo'))).toBe(false);
  });

  it('names the answers file, the line and the field of each invalid answer', () => {
    const cwd = tempDir();
    const file = join(ANSWERS, 'init-invalid.yaml');
    const result = runCli(['init', 'ws', '--answers', file], { cwd });
    expect(result.code).toBe(2);
    const lines = result.stderr.split('\n');
    const lineOf = (field: string) => lines.find((l) => l.includes(`(${field})`));
    expect(lineOf('municipality.inegiCode')).toContain(`${file}:5:`);
    expect(lineOf('administrations[0].period.end')).toContain(`${file}:10:`);
    expect(lineOf('administrations[0].officials[0].email')).toContain(`${file}:15:`);
    expect(result.stderr).toContain('Fecha no válida');
    expect(result.stderr).toContain('Correo electrónico no válido');
    expect(result.stderr).not.toMatch(STACK);
    expect(existsSync(join(cwd, 'ws'))).toBe(false);
  });

  it('refuses a mistyped key instead of saving it', () => {
    const cwd = tempDir();
    const result = runCli(['init', 'ws', '--answers', join(ANSWERS, 'init-typo.yaml'), '--ui-lang', 'en'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /init-typo\.yaml:12:1 \(setings\): Unknown key "setings"\. → Did you mean "settings"\?/,
    );
    expect(existsSync(join(cwd, 'ws'))).toBe(false);
  });

  it('takes a document language without templates, and says so (check says it too)', () => {
    const cwd = tempDir();
    const answers = join(cwd, 'init-pt.yaml');
    const text = readFileSync(join(ANSWERS, 'init.yaml'), 'utf8');
    expect(text).toContain('languages: [ es, en ]');
    writeFileSync(answers, text.replace('languages: [ es, en ]', 'languages: [ es, pt, en ]'));
    const result = runCli(['init', 'ws', '--answers', answers], { cwd, env: TODAY });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '⚠ No hay plantillas de documentos en «pt»: `linkage generate` no puede escribir ningún documento en ese idioma.',
    );
    expect(result.stdout).not.toContain('«en»');
    const check = runCli(['check', '-C', 'ws'], { cwd, env: TODAY });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('ws/linkage.yaml:48:7 (settings.languages.1) advertencia [document-languages]');
  });

  it('refuses a target that is a file', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'ws'), '');
    const result = runCli(['init', 'ws', '--answers', join(ANSWERS, 'init.yaml')], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`Error: No se pudo escribir en ${join(cwd, 'ws')} (ENOTDIR).`);
    expect(result.stderr).not.toMatch(STACK);
  });

  it('names a file it cannot write once in its error', () => {
    // A folder name longer than the file system allows: every write under it fails, whoever runs the test.
    const result = runCli(['init', 'x'.repeat(300), '--answers', join(ANSWERS, 'init.yaml'), '--ui-lang', 'en'], {
      cwd: tempDir(),
    });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('Error: Could not write to linkage.yaml (ENAMETOOLONG).');
    expect(result.stderr).not.toMatch(STACK);
  });

  it('refuses a --as-of or LINKAGE_TODAY that is not a date (exit 2) and writes nothing', () => {
    const cwd = tempDir();
    const answers = ['--answers', join(ANSWERS, 'init.yaml')];
    const asOf = runCli(['init', 'ws', ...answers, '--as-of', '2026-13-45'], { cwd });
    expect(asOf.code).toBe(2);
    expect(asOf.stderr.split('\n')[0]).toBe('Error: La fecha «2026-13-45» no existe: el año no tiene mes 13.');
    const env = runCli(['init', 'ws', ...answers, '--ui-lang', 'en'], { cwd, env: { LINKAGE_TODAY: 'mañana' } });
    expect(env.code).toBe(2);
    expect(env.stderr.split('\n')[0]).toBe('Error: The date "LINKAGE_TODAY=mañana" is not valid.');
    expect(env.stderr).not.toMatch(STACK);
    expect(readdirSync(cwd)).toEqual([]);
    // --as-of wins: a LINKAGE_TODAY it overrides is not held to it.
    const overridden = runCli(['init', 'ws', ...answers, '--as-of', '2026-01-15'], {
      cwd,
      env: { LINKAGE_TODAY: 'mañana' },
    });
    expect(overridden.code).toBe(0);
  });

  it('names an answers file that does not exist', () => {
    const result = runCli(['init', 'ws', '--answers', 'respuestas.yaml'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('respuestas.yaml');
  });
});

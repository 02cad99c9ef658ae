// -C names the workspace folders: each workspace is reported once, and a folder that does not exist is
// said to be missing, not searched upward from.
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { amendedAurora, copyWorkspace, FIXTURES, replaceIn, runCli, STACK, tempDir } from '../helpers.js';

describe('-C', () => {
  it('reports a workspace named twice, or by a folder inside it, once', () => {
    const root = copyWorkspace('minimal');
    const r = runCli(['status', '-C', root, '-C', root, '-C', join(root, 'cases'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).workspaces.map((w: { root: string }) => w.root)).toEqual([root]);
    // A command that works in one workspace takes it too.
    expect(runCli(['calendar', '-C', root, '-C', root, '--out', '-']).code).toBe(0);
    // Or by a link to it.
    const link = join(tempDir(), 'link');
    symlinkSync(root, link);
    const linked = runCli(['status', '-C', root, '-C', link, '--format', 'json']);
    expect(JSON.parse(linked.stdout).workspaces.map((w: { root: string }) => w.root)).toEqual([root]);
  });

  it('refuses a folder that does not exist (exit 2), without suggesting -C, even inside a workspace', () => {
    const root = copyWorkspace('minimal');
    for (const dir of [join(tempDir(), 'nonexist'), join(root, 'nonexist')]) {
      for (const args of [['status'], ['check'], ['check', 'cases/leon-es'], ['calendar', '--out', '-']]) {
        const r = runCli([...args, '-C', dir]);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(`Error: La carpeta ${dir} indicada con -C no existe.`);
        expect(r.stderr).not.toContain('ni en sus carpetas superiores');
        expect(r.stderr).not.toMatch(STACK);
      }
    }
  });

  it('refuses a folder or file that is in no workspace (exit 2), without suggesting -C, which was given', () => {
    const root = copyWorkspace('minimal');
    const outside = tempDir();
    writeFileSync(join(outside, 'notes.txt'), 'x');
    mkdirSync(join(outside, 'empty'));
    for (const dir of ['empty', 'notes.txt']) {
      for (const args of [['status'], ['check'], ['calendar', '--out', '-'], ['generate', 'status']]) {
        const r = runCli([...args, '-C', root, '-C', dir], { cwd: outside });
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(`Error: La ruta ${dir} indicada con -C no está en un espacio de trabajo de linkage`);
        expect(r.stderr).not.toContain('indique la carpeta con `-C');
        expect(r.stderr).not.toMatch(STACK);
      }
    }
    // A file inside a workspace names it, as a folder inside it does.
    const inside = runCli(['status', '-C', join(root, 'linkage.yaml'), '--format', 'json']);
    expect(inside.code).toBe(0);
    expect(JSON.parse(inside.stdout).workspaces.map((w: { root: string }) => w.root)).toEqual([root]);
  });

  it('is said in --help to repeat for exactly the commands that take several', () => {
    const a = copyWorkspace('minimal');
    const b = copyWorkspace('minimal');
    const help = runCli(['--help']).stdout;
    // Its description follows the option, on its line or (a narrow terminal's layout) the next.
    const lines = help.split('\n');
    const at = lines.findIndex((l) => l.includes('--workspace'));
    expect(lines.slice(at, at + 2).join(' ')).toContain('repetible en status, check y generate status');
    const env = { LINKAGE_TODAY: '2026-11-28' };
    for (const args of [['status'], ['check'], ['generate', 'status', '--check']]) {
      const r = runCli([...args, '-C', a, '-C', b], { cwd: tempDir(), env });
      expect(r.stderr, args.join(' ')).not.toContain('un solo espacio de trabajo');
      expect(r.code, args.join(' ')).toBe(0);
    }
    for (const args of [['calendar', '--out', '-'], ['publish'], ['generate', 'handover']]) {
      const r = runCli([...args, '-C', a, '-C', b], { cwd: tempDir(), env });
      expect(r.stderr, args.join(' ')).toContain(
        'Este comando trabaja sobre un solo espacio de trabajo; se indicaron 2',
      );
      expect(r.code, args.join(' ')).toBe(2);
    }
  });
});

describe('commands suggested by a run with -C', () => {
  it('name the workspace, quoted, so that they can be pasted where the run was made', () => {
    const parent = join(tempDir(), 'Vinculación Internacional');
    const root = join(parent, 'San Pedro');
    mkdirSync(parent);
    cpSync(copyWorkspace('demo'), root, { recursive: true });
    const answers = join(parent, 'carta enviada.yaml');
    writeFileSync(answers, 'steps:\n  letter:\n    date: 2026-11-27\n');
    const next = runCli(['next', 'krakow-pl', '--answers', 'carta enviada.yaml', '-C', 'San Pedro'], {
      cwd: parent,
      env: { LINKAGE_TODAY: '2026-11-28' },
    });
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toContain('Anote cada contacto con `linkage log krakow-pl -C "San Pedro"`.');
    expect(next.stdout).toContain('Cuando haya novedades: `linkage next krakow-pl -C "San Pedro"`.');

    writeFileSync(answers, readFileSync(join(root, 'cases', 'krakow-pl', 'case.yaml'), 'utf8'));
    rmSync(join(root, 'cases', 'krakow-pl'), { recursive: true });
    const opened = runCli(['new', 'Kraków', '--country', 'PL', '--answers', 'carta enviada.yaml', '-C', 'San Pedro'], {
      cwd: parent,
      env: { LINKAGE_TODAY: '2026-11-28' },
    });
    expect(opened.code, opened.stderr).toBe(0);
    expect(opened.stdout).toContain('Siguiente paso: `linkage status krakow-pl -C "San Pedro"` muestra qué falta.');

    const aop = runCli(['aop', 'new', 'giessen-de', '-C', 'San Pedro'], {
      cwd: parent,
      env: { LINKAGE_TODAY: '2026-11-28' },
    });
    expect(aop.code, aop.stderr).toBe(0);
    expect(aop.stdout).toContain('`linkage next giessen-de --step aop -C "San Pedro"` pide objetivos y actividades.');
  });
});

describe('hints of check and calendar, run with -C', () => {
  it('name the workspace, so that the command they suggest can be pasted where the run was made', () => {
    const parent = join(tempDir(), 'Vinculación Internacional');
    const root = join(parent, 'San Pedro');
    mkdirSync(parent);
    cpSync(copyWorkspace('demo'), root, { recursive: true });
    const env = { LINKAGE_TODAY: '2027-06-01' };
    const check = runCli(['check', '-C', 'San Pedro'], { cwd: parent, env });
    expect(check.stdout).toContain('Inícielo con `linkage aop new aurora-us 2027 -C "San Pedro"`');
    expect(check.stdout).toContain(
      'regístrelo con `linkage next giessen-de -C "San Pedro"` o `linkage aop new giessen-de 2026 -C "San Pedro"`',
    );
    const json = JSON.parse(runCli(['check', '-C', 'San Pedro', '--format', 'json'], { cwd: parent, env }).stdout);
    expect(json.problems.map((p: { hint: string | null }) => p.hint)).toContain(
      'Hay un POA por cada año de vigencia del acuerdo. Inícielo con `linkage aop new aurora-us 2027 -C "San Pedro"` (retoma las actividades no concluidas del año anterior).',
    );
    // Several workspaces: each hint names its own.
    cpSync(root, join(parent, 'Otro'), { recursive: true });
    const both = runCli(['check', '-C', 'San Pedro', '-C', 'Otro'], { cwd: parent, env });
    expect(both.stdout).toContain('`linkage aop new aurora-us 2027 -C "San Pedro"`');
    expect(both.stdout).toContain('`linkage aop new aurora-us 2027 -C Otro`');
    // Run inside the workspace, nothing is added.
    expect(runCli(['check'], { cwd: root, env }).stdout).toContain('Inícielo con `linkage aop new aurora-us 2027` (');

    writeFileSync(join(root, 'cases', 'krakow-pl', 'case.yaml'), 'x: [\n', { flag: 'a' });
    const calendar = runCli(['calendar', '-C', 'San Pedro', '--as-of', '2027-06-01'], { cwd: parent, env });
    expect(calendar.code, calendar.stderr).toBe(0);
    expect(calendar.stderr).toContain('ejecute `linkage check -C "San Pedro" --as-of 2027-06-01`.');
    // The broken file is named as check names it: from where the user stands.
    const broken = /^ *(\S.*case\.yaml:\d+:\d+) error/m;
    expect(calendar.stderr.match(broken)?.[1]).toBe('San Pedro/cases/krakow-pl/case.yaml:80:1');
    expect(runCli(['check', '-C', 'San Pedro'], { cwd: parent, env }).stdout.match(broken)?.[1]).toBe(
      'San Pedro/cases/krakow-pl/case.yaml:80:1',
    );
  });
});

describe('a file of a workspace', () => {
  it('is spelled alike by status, check and calendar: the shorter of its path from here and its absolute one', () => {
    const root = copyWorkspace('demo');
    replaceIn(join(root, 'cases', 'aurora-us', 'case.yaml'), '  country: US', '  country: 12');
    const file = /(\S*aurora-us\/case\.yaml):5/;
    const names = (cwd: string, args: string[]) => [
      runCli(['status', ...args], { cwd }).stdout.match(file)?.[1],
      runCli(['check', ...args], { cwd }).stdout.match(file)?.[1],
      runCli(['calendar', '--out', '-', ...args], { cwd }).stderr.match(file)?.[1],
    ];
    // Far from the workspace, its absolute path is shorter than `../../../../../linkage-…/cases/…`.
    const far = join(tempDir(), 'a', 'b', 'c', 'd');
    mkdirSync(far, { recursive: true });
    const absolute = join(root, 'cases', 'aurora-us', 'case.yaml');
    expect(names(far, ['-C', root])).toEqual([absolute, absolute, absolute]);
    // Beside it, from its parent: the path from there.
    const near = join(basename(root), 'cases', 'aurora-us', 'case.yaml');
    expect(names(dirname(root), ['-C', basename(root)])).toEqual([near, near, near]);
    // Inside it, from its cases/ folder: the path from there, not `../cases/aurora-us/case.yaml`.
    const inside = join('aurora-us', 'case.yaml');
    expect(names(join(root, 'cases'), [])).toEqual([inside, inside, inside]);
    // A broken linkage.yaml, listed under the error of a command it stops, as check lists it.
    writeFileSync(join(root, 'linkage.yaml'), 'x: [\n', { flag: 'a' });
    const broken = /(\S*linkage\.yaml):\d+:\d+ error/;
    const stopped = runCli(['generate', 'status', '-C', root], { cwd: far });
    expect(stopped.code).toBe(2);
    expect(stopped.stderr.match(broken)?.[1]).toBe(join(root, 'linkage.yaml'));
    expect(runCli(['check', '-C', root], { cwd: far }).stdout.match(broken)?.[1]).toBe(join(root, 'linkage.yaml'));
  });
});

describe('the count lines of a check over several workspaces', () => {
  it('name each workspace as status does: the shorter of its path from here and its absolute one', () => {
    const a = copyWorkspace('demo');
    const b = copyWorkspace('demo');
    const far = join(tempDir(), 'a', 'b', 'c', 'd');
    mkdirSync(far, { recursive: true });
    const counts = (cwd: string, args: string[]) =>
      runCli(['check', ...args], { cwd })
        .stdout.split('\n')
        .filter((line) => /^\S+: \d+ errores?, /.test(line))
        .map((line) => line.slice(0, line.indexOf(': ')));
    expect(counts(far, ['-C', a, '-C', b])).toEqual([a, b]);
    expect(counts(dirname(a), ['-C', basename(a), '-C', relative(dirname(a), b)])).toEqual([
      basename(a),
      relative(dirname(a), b),
    ]);
  });
});

describe('amendment messages of a run with -C', () => {
  it('name the workspace in the commands they suggest', () => {
    const { root, hash } = amendedAurora();
    const answers = join(tempDir(), 'answers.yaml');
    writeFileSync(
      answers,
      `amendments:\n  - id: modificacion-1\n    date: 2026-10-10\n    summary: { es: Se precisa el objeto., en: The purpose is made precise. }\n    hash: ${hash}\n    rounds:\n      - submitted: 2026-10-12\n        oficio: PM/DAI/0700/2026\n        hash: ${hash}\n        dictamen: { date: 2026-10-20, outcome: favourable }\n    signed: 2026-10-25\n`,
    );
    const cwd = tempDir();
    const env = { LINKAGE_TODAY: '2026-11-28' };
    const next = runCli(['next', 'aurora-us', '--step', 'amendment', '--answers', answers, '-C', root], { cwd, env });
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toContain(`Anótelo con \`linkage next aurora-us --step amendment -C ${root}\`.`);
    const check = runCli(['check', '-C', root, '--as-of', '2027-02-01'], { cwd, env }).stdout;
    expect(check).toContain(
      `(\`linkage generate registration aurora-us --amendment modificacion-1 -C ${root} --as-of 2027-02-01\`) y anote el envío en \`registration:\` de la modificación (\`linkage next aurora-us --step amendment -C ${root} --as-of 2027-02-01\`)`,
    );
  });
});

describe('paths of the files a run with -C writes', () => {
  it('are said from where the user stands, or absolute when that is shorter', () => {
    const parent = tempDir();
    const root = join(parent, 'ws');
    cpSync(copyWorkspace('demo'), root, { recursive: true });
    const env = { LINKAGE_TODAY: '2026-11-28' };
    const run = (args: string[], cwd = parent) => {
      const r = runCli([...args, '-C', cwd === parent ? 'ws' : root], { cwd, env });
      expect(r.code, r.stderr).toBe(0);
      return r.stdout;
    };
    expect(run(['aop', 'new', 'giessen-de'])).toContain(
      'Programa Operativo Anual 2026 iniciado: ws/cases/giessen-de/aop/2026.yaml',
    );
    const answers = join(FIXTURES, 'answers', 'case-city-map.yaml');
    expect(run(['new', 'Lyon', '--country', 'fr', '--answers', answers])).toContain(
      'Caso «lyon-fr» abierto: ws/cases/lyon-fr/case.yaml',
    );
    expect(run(['generate', 'profile'])).toContain('Escrito: ws/out/profile-es-en.pdf');
    const site = run(['publish']);
    expect(site).toContain('Sitio público escrito en ws/out/site:');
    // The page to open, as a URL a terminal opens with a click: absolute, its spaces escaped.
    expect(site).toContain(`Ábralo en un navegador: ${pathToFileURL(join(root, 'out', 'site', 'index.html')).href}\n`);
    // Far from the workspace, `../../…/ws/…` would be longer than the path itself.
    const far = join(tempDir(), ...Array(Math.ceil(tmpdir().length / 3) + 2).fill('d'));
    mkdirSync(far, { recursive: true });
    expect(run(['aop', 'new', 'giessen-de'], far)).toContain(`iniciado: ${root}/cases/giessen-de/aop/2027.yaml`);
    expect(run(['generate', 'profile'], far)).toContain(`Escrito: ${root}/out/profile-es-en.pdf`);
    expect(run(['publish'], far)).toContain(`Sitio público escrito en ${root}/out/site:`);
    expect(run(['calendar'], far)).toContain(`${root}/out/calendar.ics`);
  });
});

describe('files a run of next or templates eject with -C names', () => {
  it('are said from where the user stands', () => {
    const parent = tempDir();
    cpSync(copyWorkspace('demo'), join(parent, 'ws'), { recursive: true });
    writeFileSync(join(parent, 'a.yaml'), 'steps:\n  letter:\n    date: 2026-11-25\n    channel: email\n');
    const r = runCli(['next', 'krakow-pl', '--answers', 'a.yaml', '-C', 'ws'], { cwd: parent });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Guardado: ws/cases/krakow-pl/case.yaml');
    // The program whose answers are missing, and the templates eject copies.
    const missing = runCli(['next', 'giessen-de', '-C', 'ws'], { cwd: parent });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Las respuestas `aop:` de ws/cases/giessen-de/aop/2026.yaml llevan `year: 2026`.');
    const ejected = runCli(['templates', 'eject', 'letter', '-C', 'ws'], { cwd: parent });
    expect(ejected.stdout).toBe('Copiada: ws/templates/en/letter.hbs\nCopiada: ws/templates/es/letter.hbs\n');
    const again = runCli(['templates', 'eject', 'letter', '-C', 'ws'], { cwd: parent });
    expect(again.stderr).toContain('Error: ws/templates/en/letter.hbs: Ya existe; no se sobrescribe.\n');
  });
});

describe('errors of a run with -C', () => {
  it('name the workspace in the commands their hint suggests', () => {
    const parent = tempDir();
    cpSync(copyWorkspace('demo'), join(parent, 'ws'), { recursive: true });
    const run = () =>
      runCli(['aop', 'new', 'giessen-de', '2026', '-C', 'ws', '--as-of', '2026-11-28'], { cwd: parent });
    expect(run().code).toBe(0);
    const again = run();
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('`linkage next giessen-de -C ws --as-of 2026-11-28`');
    expect(again.stderr).toContain('`linkage aop new giessen-de <año> -C ws --as-of 2026-11-28`');
  });

  it('name the file they are about from where the user stands, as check does', () => {
    const parent = tempDir();
    const root = join(parent, 'ws');
    cpSync(copyWorkspace('demo'), root, { recursive: true });
    const run = (args: string[]) => runCli([...args, '-C', 'ws', '--as-of', '2026-11-28'], { cwd: parent });
    expect(run(['aop', 'new', 'giessen-de', '2026']).code).toBe(0);
    const again = run(['aop', 'new', 'giessen-de', '2026']);
    expect(again.stderr).toContain(
      'Error: ws/cases/giessen-de/aop/2026.yaml: El Programa Operativo Anual 2026 ya existe.',
    );
    // A file that eject would overwrite, and a field of linkage.yaml.
    expect(run(['templates', 'eject', 'letter']).code).toBe(0);
    expect(run(['templates', 'eject', 'letter']).stderr).toContain('Error: ws/templates/en/letter.hbs: ');
    replaceIn(join(root, 'linkage.yaml'), 'America/Mexico_City', 'Mars/Olympus');
    const zone = run(['calendar', '--out', '-']);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain('Error: ws/linkage.yaml:376:13 (settings.timezone): ');
  });

  it('name the files of the problems listed under them from where the user stands, as check does', () => {
    const parent = tempDir();
    const root = join(parent, 'ws');
    cpSync(copyWorkspace('demo'), root, { recursive: true });
    writeFileSync(join(root, 'cases/aurora-us/agreement.yaml'), 'schemaVersion: 1\nterm: [\n', { flag: 'a' });
    const r = runCli(['generate', 'agreement', 'aurora-us', '-C', 'ws'], { cwd: parent });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ {2}ws\/cases\/aurora-us\/agreement\.yaml:\d+:1 error: /m);
    // Of several workspaces too, each named from here: a broken linkage.yaml stops the report.
    const other = join(parent, 'other');
    cpSync(copyWorkspace('demo'), other, { recursive: true });
    writeFileSync(join(other, 'linkage.yaml'), 'x: [\n', { flag: 'a' });
    const both = runCli(['generate', 'status', '-C', 'ws', '-C', 'other'], { cwd: parent });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^ {2}other\/linkage\.yaml:\d+:\d+ error: /m);
  });

  it('name a broken program or case file from where the user stands', () => {
    const parent = tempDir();
    const root = join(parent, 'ws');
    cpSync(copyWorkspace('demo'), root, { recursive: true });
    const run = (args: string[]) => runCli([...args, '-C', 'ws', '--as-of', '2026-11-28'], { cwd: parent });
    writeFileSync(join(root, 'cases/aurora-us/aop/2026.yaml'), 'x: [\n');
    const previous = run(['aop', 'new', 'aurora-us', '2027']);
    expect(previous.code).toBe(2);
    expect(previous.stderr.split('\n')[0]).toBe(
      'Error: ws/cases/aurora-us/aop/2026.yaml: El programa anterior tiene errores: no se pueden retomar sus actividades.',
    );
    const document = run(['generate', 'aop', 'aurora-us', '--year', '2026']);
    expect(document.code).toBe(2);
    expect(document.stderr.split('\n')[0]).toBe(
      'Error: ws/cases/aurora-us/aop/2026.yaml: El Programa Operativo Anual tiene errores; no se genera su documento.',
    );
    writeFileSync(join(root, 'cases/hofu-jp/case.yaml'), 'schemaVersion: 1\ncounterpart: [\n');
    const broken = run(['aop', 'new', 'hofu-jp']);
    expect(broken.code).toBe(2);
    expect(broken.stderr.split('\n')[0]).toBe('Error: ws/cases/hofu-jp/case.yaml: El caso «hofu-jp» no se puede leer.');
  });
});

describe('warnings of generate, run with -C', () => {
  it('name the workspace in the commands they suggest', () => {
    const parent = tempDir();
    cpSync(copyWorkspace('demo'), join(parent, 'ws'), { recursive: true });
    const r = runCli(['generate', 'letter', 'krakow-pl', '-C', 'ws'], { cwd: parent });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('(puede partir de `linkage templates eject letter -C ws`).');
  });
});

describe('the commands check suggests for a case', () => {
  // `linkage next -C <root>` and `linkage generate registration -C <root>`, with no case, stop at
  // «Indique el caso: hay varios» in a workspace of several cases: the hint named a command that did not run.
  it('name the case, so that they run as written from anywhere', () => {
    const away = tempDir();
    const hintsOf = (root: string) => {
      const r = runCli(['check', '-C', root, '--format', 'json'], { cwd: away, env: { LINKAGE_TODAY: '2026-11-28' } });
      return JSON.parse(r.stdout).problems.map((p: { rule: string; hint: string }) => `${p.rule}: ${p.hint}`);
    };
    // A step with no facts before one that has some (the letter's key misspelt).
    const misspelt = copyWorkspace('demo');
    replaceIn(join(misspelt, 'cases', 'aurora-us', 'case.yaml'), /^ {2}letter:$/m, '  leter:');
    const order = hintsOf(misspelt).find((h: string) => h.startsWith('process-order:'));
    expect(order).toContain(`(\`linkage next aurora-us -C ${misspelt}\`)`);
    // A signed agreement never sent for registration.
    const root = copyWorkspace('demo');
    replaceIn(join(root, 'cases', 'aurora-us', 'case.yaml'), /^ {2}registration:\n(?: {4}.*\n)+/m, '');
    const late = hintsOf(root).find((h: string) => h.startsWith('late:') && h.includes('registration'));
    expect(late).toContain(`\`linkage generate registration aurora-us -C ${root}\``);
    expect(late).toContain(`\`linkage next aurora-us -C ${root}\``);
    // And the command runs: it writes the oficio for that case.
    const generated = runCli(['generate', 'registration', 'aurora-us', '-C', root], {
      cwd: away,
      env: { LINKAGE_TODAY: '2026-11-28' },
    });
    expect(generated.stderr).not.toContain('Indique el caso');
    expect(generated.code, generated.stderr).toBe(0);
  });
});

describe('the agreement check asks to generate', () => {
  // A case whose steps name text versions, but with no agreement.yaml to hold them.
  it('is generated by a command that names the case, and runs as written', () => {
    const away = tempDir();
    const root = copyWorkspace('demo');
    rmSync(join(root, 'cases', 'aurora-us', 'agreement.yaml'));
    const env = { LINKAGE_TODAY: '2026-11-28' };
    const r = runCli(['check', '-C', root, '--format', 'json'], { cwd: away, env });
    const hint = JSON.parse(r.stdout).problems.find(
      (p: { id: string }) => p.id === 'rule.agreement-versions.no-agreement',
    )?.hint;
    expect(hint).toContain(`(\`linkage generate agreement aurora-us -C ${root}\`)`);
    const generated = runCli(['generate', 'agreement', 'aurora-us', '-C', root], { cwd: away, env });
    expect(generated.stderr).not.toContain('Indique el caso');
    expect(generated.code, generated.stderr).toBe(0);
  });
});

describe('the facts check asks to record', () => {
  const away = tempDir();
  const run = (args: string[]) => runCli(args, { cwd: away, env: { LINKAGE_TODAY: '2026-11-28' } });
  const hintOf = (root: string, id: string) =>
    JSON.parse(run(['check', '-C', root, '--format', 'json']).stdout).problems.find((p: { id: string }) => p.id === id)
      ?.hint;

  it('are asked for by a `linkage next` that names the case, when the step is a case’s', () => {
    // aurora-us signed without its SRE opinion's dictamen recorded.
    const root = copyWorkspace('demo');
    replaceIn(join(root, 'cases', 'aurora-us', 'case.yaml'), /^ {8}dictamen:\n(?: {10}.*\n)+/m, '');
    expect(hintOf(root, 'rule.required-facts')).toContain(`(\`linkage next aurora-us -C ${root}\` lo pregunta)`);
    // As written, the command asks for those facts, not for the case.
    const next = run(['next', 'aurora-us', '-C', root]);
    expect(next.stderr).not.toContain('Indique el caso');
    expect(next.stderr).toContain('Faltan respuestas: Fecha del dictamen');
  });

  it('are asked for by a `linkage next` with no case, when the step is the workspace’s', () => {
    const root = copyWorkspace('demo');
    replaceIn(join(root, 'linkage.yaml'), /^ {2}oficio:.*\n/m, '');
    expect(hintOf(root, 'rule.required-facts.in-progress')).toContain(`(\`linkage next -C ${root}\`)`);
    const next = run(['next', '-C', root]);
    expect(next.stderr).toContain('Faltan respuestas: Número de oficio del nombramiento');
  });
});

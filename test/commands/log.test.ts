import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, copyWorkspace, runCli, STACK, tempDir } from '../helpers.js';

const ENV = { LINKAGE_TODAY: '2026-11-28' };

describe('linkage log without a terminal', () => {
  it('adds the entries of an answers file to the contact log, never replacing it', () => {
    const root = copyWorkspace('demo');
    const answers = join(root, 'log.yaml');
    writeFileSync(
      answers,
      'contactLog:\n  - date: 2026-11-27\n    channel: phone\n    who: Embajada de México en Polonia\n    summary: Confirmaron el contacto de la oficina de relaciones internacionales.\n',
    );
    const r = runCli(['log', 'krakow-pl', '--answers', answers], { cwd: root, env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 entrada agregada a cases/krakow-pl/case.yaml.');
    const text = readFileSync(join(root, 'cases', 'krakow-pl', 'case.yaml'), 'utf8');
    expect(text).toContain('  - date: 2026-10-27'); // the entry that was there
    expect(text).toContain('  - date: 2026-11-27\n    channel: phone\n');
    expect(runCli(['check'], { cwd: root, env: ENV }).code).toBe(0);
  });

  it('refuses an entry that lacks a required field or has a bad value, named at its place in the answers file', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'krakow-pl', 'case.yaml');
    const before = readFileSync(file, 'utf8');
    const answers = join(root, 'log.yaml');
    writeFileSync(answers, 'contactLog:\n  - date: 2026-11-20\n    channel: email\n');
    const missing = runCli(['log', 'krakow-pl', '--answers', answers], { cwd: root, env: ENV });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('contactLog[0].who, contactLog[0].summary');
    writeFileSync(answers, 'contactLog:\n  - date: 2026-13-01\n    channel: email\n    who: X\n    summary: Y\n');
    const bad = runCli(['log', 'krakow-pl', '--answers', answers], { cwd: root, env: ENV });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('log.yaml:2:5 (contactLog[0].date): Fecha no válida');
    expect(bad.stderr).not.toMatch(STACK);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it("refuses answers that would change anything but the entries (a new mayor under the previous one's record)", () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'aurora-us', 'case.yaml');
    const before = readFileSync(file, 'utf8');
    const answers = join(root, 'log.yaml');
    writeFileSync(
      answers,
      'counterpart:\n  mayor:\n    name: Otro Nombre\ncontactLog:\n  - date: 2026-11-20\n    channel: email\n    who: Marisol Gutiérrez\n    summary: Saludo.\n',
    );
    const r = runCli(['log', 'aurora-us', '--answers', answers], { cwd: root, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'log.yaml:1:1 (counterpart): `linkage log` sólo agrega entradas a `contactLog`, `missions` y `representations`; no cambia counterpart. → Para cambiarlo: `linkage next aurora-us --answers <archivo.yaml>`, con la misma forma que case.yaml.',
    );
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(file, 'utf8')).toBe(before);
    // From outside the workspace, the commands it names carry the -C that reaches it: `--answers` was
    // given no file, and `-C` was left out, so neither command ran as written.
    const away = runCli(['log', 'aurora-us', '--answers', answers, '-C', root, '--ui-lang', 'en'], {
      cwd: tempDir(),
      env: ENV,
    });
    expect(away.code).toBe(2);
    expect(away.stderr).toContain(
      `(counterpart): \`linkage log -C ${root}\` only adds entries to \`contactLog\`, \`missions\` and \`representations\`; it does not change counterpart. → To change it: \`linkage next aurora-us --answers <file.yaml> -C ${root}\`, shaped like case.yaml.`,
    );
  });

  it('with nothing to add, lists what a contact needs (exit 2)', () => {
    const r = runCli(['log', 'krakow-pl'], { cwd: copyWorkspace('demo'), env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Faltan respuestas: Fecha del contacto');
  });
});

describe('linkage log on a hand-edited file', () => {
  it('leaves an alias that still stands for its value as it is, far from the edit', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'krakow-pl', 'case.yaml');
    const text = readFileSync(file, 'utf8')
      .replace(
        '    city: Ciudad de México',
        '    city: Ciudad de México\n    office: &off\n      web: https://www.gov.pl/web/mexico',
      )
      .concat(
        '  - side: counterpart\n    type: consulate\n    name: { es: Consulado honorario, en: Honorary consulate }\n    city: Guadalajara\n    office: *off\n',
      );
    writeFileSync(file, text);
    expect(runCli(['check'], { cwd: root, env: ENV }).code).toBe(0);
    const answers = join(root, 'log.yaml');
    writeFileSync(answers, 'contactLog:\n  - date: 2026-11-27\n    channel: phone\n    who: P1\n    summary: S1\n');
    expect(runCli(['log', 'krakow-pl', '--answers', answers], { cwd: root, env: ENV }).code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('    office: *off\n');
    // Every line that was there is there, in order; the contact's four lines are the only new ones.
    const added = after
      .split('\n')
      .filter((line, i, all) => all.indexOf(line) === i && !text.split('\n').includes(line));
    expect(added).toEqual(['  - date: 2026-11-27', '    channel: phone', '    who: P1', '    summary: S1']);
  });
});

describe('linkage log, several at once on one case', () => {
  /** `log <case> --answers <file>` as a process of its own: its exit code and stderr. */
  const log = (root: string, answers: string) =>
    new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [BIN, 'log', 'krakow-pl', '--answers', answers], {
        cwd: root,
        env: { ...process.env, ...ENV, NO_COLOR: '1' },
      });
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      child.on('close', (code) => done({ code, stderr }));
    });

  it('never loses an entry: each one that says it added its entry did, the others say the file changed', async () => {
    for (let trial = 0; trial < 3; trial++) {
      const root = copyWorkspace('demo');
      const file = join(root, 'cases', 'krakow-pl', 'case.yaml');
      const before = (readFileSync(file, 'utf8').match(/who: P\d/g) ?? []).length;
      const runs = await Promise.all(
        [1, 2, 3, 4, 5].map((i) => {
          const answers = join(root, `log-${i}.yaml`);
          writeFileSync(
            answers,
            `contactLog:\n  - date: 2026-11-2${i}\n    channel: phone\n    who: P${i}\n    summary: S${i}\n`,
          );
          return log(root, answers);
        }),
      );
      const added = (readFileSync(file, 'utf8').match(/who: P\d/g) ?? []).length - before;
      expect(added).toBe(runs.filter((r) => r.code === 0).length);
      for (const r of runs.filter((x) => x.code !== 0)) {
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/cambió en disco|otro programa/);
        expect(r.stderr).not.toMatch(STACK);
      }
    }
  }, 60_000);
});

describe.skipIf(process.platform === 'win32')('linkage log on a file with its own permissions', () => {
  it('keeps them: a case.yaml only its owner may read stays so after an entry is added', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'krakow-pl', 'case.yaml');
    chmodSync(file, 0o600);
    const answers = join(root, 'log.yaml');
    writeFileSync(answers, 'contactLog:\n  - date: 2026-11-27\n    channel: phone\n    who: P\n    summary: S\n');
    const r = runCli(['log', 'krakow-pl', '--answers', answers], { cwd: root, env: ENV });
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('who: P\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('linkage log on a read-only file', () => {
  it('refuses it, naming it, and leaves it as it was', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'krakow-pl', 'case.yaml');
    const before = readFileSync(file, 'utf8');
    chmodSync(file, 0o444);
    const answers = join(root, 'log.yaml');
    writeFileSync(answers, 'contactLog:\n  - date: 2026-11-27\n    channel: phone\n    who: P\n    summary: S\n');
    const r = runCli(['log', 'krakow-pl', '--answers', answers], { cwd: root, env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cases\/krakow-pl\/case\.yaml: .*sólo lectura/);
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });
});

describe('linkage log after a command killed while it held its lock', () => {
  it('takes a lock whose command is gone (same machine) at once, without waiting for it to age', () => {
    const root = copyWorkspace('demo');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const locks = join(root, '.linkage-cache', 'locks');
    mkdirSync(locks, { recursive: true });
    writeFileSync(join(locks, 'cases__krakow-pl__case.yaml.lock'), `${gone}@${hostname()}\n`);
    const answers = join(root, 'log.yaml');
    writeFileSync(answers, 'contactLog:\n  - date: 2026-11-27\n    channel: phone\n    who: P\n    summary: S\n');
    const started = Date.now();
    const r = runCli(['log', 'krakow-pl', '--answers', answers], { cwd: root, env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(4000);
  });
});

describe('linkage log where a killed command left its temp file', () => {
  it('removes the temp file of that file once it is old enough to be nobody’s write', () => {
    const root = copyWorkspace('demo');
    const dir = join(root, 'cases', 'krakow-pl');
    const old = join(dir, 'case.yaml.4242.0a1b2c3d.tmp');
    const fresh = join(dir, 'case.yaml.4343.0a1b2c3d.tmp');
    writeFileSync(old, 'schemaVersion: 1\ncounterpart:\n  ci');
    writeFileSync(fresh, 'schemaVersion: 1\n');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(old, anHourAgo, anHourAgo);
    const answers = join(root, 'log.yaml');
    writeFileSync(answers, 'contactLog:\n  - date: 2026-11-27\n    channel: phone\n    who: P\n    summary: S\n');
    const r = runCli(['log', 'krakow-pl', '--answers', answers], { cwd: root, env: ENV });
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['case.yaml', 'case.yaml.4343.0a1b2c3d.tmp']);
  });
});

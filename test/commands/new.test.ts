import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newAction } from '../../src/actions/new.js';
import { readAnswers } from '../../src/commands/answers.js';
import { caseValue, planNew, priorityIds, takenSlug } from '../../src/commands/new.js';
import { isUserError } from '../../src/errors.js';
import { caseSchemaRef } from '../../src/workspace/new-file.js';
import { validateFile } from '../../src/workspace/validate.js';
import { openYaml, yamlText } from '../../src/workspace/write.js';
import { BIN, FIXTURES, REPO, runCli, STACK, tempDir } from '../helpers.js';
import { terminal } from './terminal.js';

const ANSWERS = join(FIXTURES, 'answers');
const CASE = join(ANSWERS, 'case.yaml');
const TODAY = { LINKAGE_TODAY: '2026-01-15' };

let template: string;

/** A fresh copy of a workspace made by `linkage init` (built once). */
function workspace(): string {
  const dir = tempDir();
  cpSync(template, dir, { recursive: true });
  return dir;
}

const caseFiles = (root: string) => (existsSync(join(root, 'cases')) ? readdirSync(join(root, 'cases')).sort() : []);

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

beforeAll(() => {
  const dir = tempDir();
  const init = runCli(['init', 'ws', '--answers', join(ANSWERS, 'init.yaml')], { cwd: dir });
  if (init.code !== 0) throw new Error(init.stderr);
  template = join(dir, 'ws');
});

describe('the schema line of a new case.yaml', () => {
  it('points at the copies init made in .linkage/schemas/', () => {
    expect(caseSchemaRef(workspace())).toBe('../../.linkage/schemas/case.schema.json');
  });

  it("points at schemas/ in the project's own demo workspace", () => {
    const root = tempDir();
    mkdirSync(join(root, 'schemas'));
    writeFileSync(join(root, 'schemas', 'case.schema.json'), '{}');
    expect(caseSchemaRef(root)).toBe('../../schemas/case.schema.json');
  });

  it('prefers .linkage/schemas/ when a workspace has both', () => {
    const root = workspace();
    mkdirSync(join(root, 'schemas'));
    writeFileSync(join(root, 'schemas', 'case.schema.json'), '{}');
    expect(caseSchemaRef(root)).toBe('../../.linkage/schemas/case.schema.json');
  });
});

describe('planNew', () => {
  it('fills the city as Spanish, upper-cases --country, and with --yes the nature and kind', () => {
    const value = caseValue({ city: ' Krako\u0301w ', country: 'pl', yes: true });
    expect(value).toEqual({
      schemaVersion: 1,
      counterpart: { nature: 'foreign-local-government', city: { es: 'Kraków' }, country: 'PL' },
      kind: 'sister-cities',
    });
  });

  it('with --yes, takes a city in Mexico for a Mexican municipality', () => {
    expect(caseValue({ city: 'Zapopan', country: 'mx', yes: true }).counterpart).toMatchObject({
      country: 'MX',
      nature: 'mexican-municipality',
    });
  });

  it("keeps a language map of the city from the answers, and the answers' nature and kind over --yes", () => {
    const answers = readAnswers(join(ANSWERS, 'case-city-map.yaml'), 'a.yaml');
    const value = caseValue({ city: 'Kraków', country: 'PL', answers, yes: true });
    expect(value.counterpart).toMatchObject({ city: { es: 'Cracovia', pl: 'Kraków' }, country: 'PL' });
    expect(value.kind).toBe('cooperation');
  });

  it('lists every missing answer; the date the counterpart was chosen is not one of them', () => {
    const result = planNew({ root: workspace(), city: 'Kraków' });
    expect(!result.ok && result.reason === 'answers' && result.review.missing.map((m) => m.label)).toEqual([
      'counterpart.country',
      'counterpart.languages',
      'counterpart.nature',
      'kind',
    ]);
  });

  it('reads the priority ids of every administration', () => {
    expect(priorityIds(workspace())).toEqual(['PMD-2024-2.1', 'PMD-2024-4.3']);
  });

  it('finds a colliding case folder whatever its case', () => {
    const root = workspace();
    mkdirSync(join(root, 'cases', 'Krakow-PL'));
    expect(takenSlug(root, 'krakow-pl')).toBe('Krakow-PL');
    expect(takenSlug(root, 'krakow-de')).toBeUndefined();
  });

  it('derives the slug the product names (ł→l, ß→ss, İ→i)', () => {
    const answers = readAnswers(join(ANSWERS, 'case-city-map.yaml'), 'a.yaml');
    const root = workspace();
    const slug = (city: string, country: string) => {
      const result = planNew({ root, city, country, answers });
      return result.ok ? result.slug : undefined;
    };
    expect(slug('Kraków', 'PL')).toBe('krakow-pl');
    expect(slug('Łódź', 'PL')).toBe('lodz-pl');
    expect(slug('Gießen', 'DE')).toBe('giessen-de');
    expect(slug('İzmir', 'TR')).toBe('izmir-tr');
  });

  it('refuses a slug that is unsafe, reserved, or not lower-case', () => {
    const root = workspace();
    const id = (slug: string) => {
      const error = thrown(() => planNew({ root, city: 'X', slug }));
      return isUserError(error) ? error.id : error;
    };
    expect(id('../evil')).toBe('slug.unsafe');
    expect(id('con')).toBe('slug.reserved');
    expect(id('Krakow-PL')).toBe('slug.form');
  });
});

describe('linkage new (the built CLI)', () => {
  it('creates cases/krakow-pl/case.yaml, valid, and says what to do next', () => {
    const root = workspace();
    const result = runCli(['new', 'Kraków', '--country', 'PL', '--answers', CASE], { cwd: root, env: TODAY });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('cases/krakow-pl/case.yaml');
    expect(result.stdout).toContain('`linkage status krakow-pl`');
    const text = readFileSync(join(root, 'cases', 'krakow-pl', 'case.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../.linkage/schemas/case.schema.json');
    const data = parse(text);
    expect(validateFile('case', data)).toEqual([]);
    expect(Object.keys(data)).toEqual(['schemaVersion', 'counterpart', 'kind', 'reasons', 'areas']);
    expect(Object.keys(data.counterpart)).toEqual(['city', 'country', 'languages', 'nature', 'mayor']);
    expect(data.counterpart.city).toEqual({ es: 'Kraków' });
    expect(data.steps).toBeUndefined();

    const check = runCli(['check'], { cwd: root, env: TODAY });
    expect(check.code, check.stdout).toBe(0);
    const status = runCli(['status'], { cwd: join(root, 'cases', 'krakow-pl'), env: TODAY });
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain('krakow-pl');
  });

  it('advises recording only what the answers left out', () => {
    const root = workspace();
    const given = runCli(['new', 'Kraków', '--country', 'PL', '--answers', CASE], { cwd: root, env: TODAY });
    expect(given.code, given.stderr).toBe(0);
    expect(given.stdout).not.toMatch(/razones|áreas de oportunidad/);
    expect(given.stdout).toContain('steps.counterpart.date');
    // Without its areas, the same answers leave only those (and the date) to record.
    const answers = join(root, 'a.yaml');
    writeFileSync(answers, readFileSync(CASE, 'utf8').replace(/^areas:[\s\S]*$/m, ''));
    const partial = runCli(['new', 'Lyon', '--country', 'FR', '--answers', answers, '--ui-lang', 'en'], {
      cwd: root,
      env: TODAY,
    });
    expect(partial.code, partial.stderr).toBe(0);
    expect(partial.stdout).toContain('areas of opportunity');
    expect(partial.stdout).not.toContain('reasons');
    expect(partial.stdout).toContain('steps.counterpart.date');
  });

  it("brings the editor's schema copies up to date, as a command of another version left them", () => {
    const root = workspace();
    const schemas = join(root, '.linkage', 'schemas');
    // An upgrade: the copies are those of the version that ran init, one of them gone.
    writeFileSync(join(schemas, 'case.schema.json'), '{"title": "an older case.yaml"}\n');
    rmSync(join(schemas, 'aop.schema.json'));
    // A read-only copy never stops the command's own write (the copies are refreshed apart from it).
    writeFileSync(join(schemas, 'profile.schema.json'), '{"title": "an older profile.yaml"}\n');
    chmodSync(join(schemas, 'profile.schema.json'), 0o444);
    const result = runCli(['new', 'Kraków', '--country', 'PL', '--answers', CASE], { cwd: root, env: TODAY });
    expect(result.code, result.stderr).toBe(0);
    for (const name of readdirSync(join(REPO, 'schemas')).filter((n) => n.endsWith('.schema.json'))) {
      expect(readFileSync(join(schemas, name), 'utf8'), name).toBe(readFileSync(join(REPO, 'schemas', name), 'utf8'));
    }
  });

  it('writes a case.yaml that a load and save leaves byte-identical', () => {
    const root = workspace();
    for (const [city, answers] of [
      ['Kraków', CASE],
      ['Cracovia', join(ANSWERS, 'case-city-map.yaml')],
    ] as const) {
      const result = runCli(['new', city, '--country', 'PL', '--answers', answers], { cwd: root });
      expect(result.code, result.stderr).toBe(0);
    }
    for (const slug of ['krakow-pl', 'cracovia-pl']) {
      const file = `cases/${slug}/case.yaml`;
      expect(yamlText(openYaml(root, file)), file).toBe(readFileSync(join(root, file), 'utf8'));
    }
  });

  it('refuses an answers file holding a NUL, located, as a character that is not text', () => {
    const root = workspace();
    const answers = join(root, 'a.yaml');
    // Inside quotes the NUL was read silently; on a line of its own, "a closing quote is missing".
    for (const [text, at] of [
      [readFileSync(CASE, 'utf8').replace('Aleksander', 'Alek\0sander'), 'a.yaml:6:15'],
      [`${readFileSync(CASE, 'utf8')}\0\n`, 'a.yaml:20:1'],
    ] as const) {
      writeFileSync(answers, text);
      const es = runCli(['new', 'Kraków', '--country', 'PL', '--answers', 'a.yaml'], { cwd: root });
      expect(es.code, es.stderr).toBe(2);
      expect(es.stderr).toContain(`${at}: El archivo contiene un carácter que no es texto (U+0000)`);
      const en = runCli(['new', 'Kraków', '--country', 'PL', '--answers', 'a.yaml'], {
        cwd: root,
        env: { LINKAGE_LANG: 'en' },
      });
      expect(en.code, en.stderr).toBe(2);
      expect(en.stderr).toContain(`${at}: The file holds a character that is not text (U+0000)`);
      expect(caseFiles(root)).toEqual(['.gitkeep']);
    }
  });

  it('writes one case of two `new` of one city run at once: the other is refused, not written over it', async () => {
    /** `new Lyon --country FR` as a process of its own: its exit code and stderr, and whether it ended. */
    const run = (root: string, answers: string) => {
      const r = { code: null as number | null, stderr: '', ended: false };
      const child = spawn(process.execPath, [BIN, 'new', 'Lyon', '--country', 'FR', '--answers', answers], {
        cwd: root,
        env: { ...process.env, ...TODAY, NO_COLOR: '1' },
      });
      child.stderr.on('data', (d) => {
        r.stderr += d;
      });
      const done = new Promise<void>((end) =>
        child.on('close', (code) => {
          Object.assign(r, { code, ended: true });
          end();
        }),
      );
      return { r, done };
    };
    const root = workspace();
    // A lock on the new file, as a third command writing it holds it: both runs must wait for it, past
    // their check that the case does not exist, and meet at the write.
    const locks = join(root, '.linkage-cache', 'locks');
    mkdirSync(locks, { recursive: true });
    const lock = join(locks, 'cases__lyon-fr__case.yaml.lock');
    writeFileSync(lock, `${process.pid}@${hostname()}\n`);
    const runs = [1, 2].map((i) => {
      const answers = join(root, `a-${i}.yaml`);
      writeFileSync(answers, readFileSync(CASE, 'utf8').replace('Aleksander Miszalski', `Mayor ${i}`));
      return run(root, answers);
    });
    await new Promise((wait) => setTimeout(wait, 2500));
    expect(runs.map(({ r }) => r.ended)).toEqual([false, false]);
    rmSync(lock);
    await Promise.all(runs.map(({ done }) => done));
    const won = runs.flatMap(({ r }, i) => (r.code === 0 ? [i + 1] : []));
    expect(won, runs.map(({ r }) => r.stderr).join('\n')).toHaveLength(1);
    expect(readFileSync(join(root, 'cases', 'lyon-fr', 'case.yaml'), 'utf8')).toContain(`name: Mayor ${won[0]}\n`);
    const lost = runs.find(({ r }) => r.code !== 0)?.r;
    expect(lost?.code).toBe(2);
    // Refused at the write; or, on a machine so slow that it planned after the other had written,
    // refused before it for the case that now exists.
    expect(lost?.stderr).toMatch(/cambió en disco|otro programa|Ya existe un caso/);
    expect(lost?.stderr).not.toMatch(STACK);
  }, 30_000);

  it('works from -C and from inside a case folder', () => {
    const root = workspace();
    const cwd = tempDir();
    const fromC = runCli(
      ['new', 'Lyon', '--country', 'fr', '--answers', join(ANSWERS, 'case-city-map.yaml'), '-C', root],
      { cwd },
    );
    expect(fromC.code, fromC.stderr).toBe(0);
    const inside = runCli(['new', 'Porto', '--country', 'PT', '--answers', join(ANSWERS, 'case-city-map.yaml')], {
      cwd: join(root, 'cases', 'lyon-fr'),
    });
    expect(inside.code, inside.stderr).toBe(0);
    expect(caseFiles(root)).toEqual(['.gitkeep', 'lyon-fr', 'porto-pt']);
  });

  it('refuses a slug taken by another case, compared case-insensitively', () => {
    const root = workspace();
    mkdirSync(join(root, 'cases', 'Krakow-PL'));
    const result = runCli(['new', 'Kraków', '--country', 'PL', '--answers', CASE], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Ya existe un caso «Krakow-PL»');
    expect(result.stderr).toContain('--slug');
    expect(caseFiles(root)).toEqual(['.gitkeep', 'Krakow-PL']);
    expect(readdirSync(join(root, 'cases', 'Krakow-PL'))).toEqual([]);
  });

  it.each([
    ['../evil', 'saldría del espacio de trabajo'],
    ['con', 'reservado en Windows'],
    ['Krakow', 'no es válido'],
  ])('refuses --slug %s', (slug, text) => {
    const root = workspace();
    const result = runCli(['new', 'Kraków', '--country', 'PL', '--answers', CASE, '--slug', slug], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(text);
    expect(result.stderr).not.toMatch(STACK);
    expect(caseFiles(root)).toEqual(['.gitkeep']);
    expect(existsSync(join(root, '..', 'evil'))).toBe(false);
  });

  it('asks for --slug when the city has no Latin letters, and takes it', () => {
    const root = workspace();
    const answers = join(ANSWERS, 'case-city-map.yaml');
    const result = runCli(['new', '東京', '--country', 'JP', '--answers', answers], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('東京');
    expect(result.stderr).toContain('--slug');
    expect(caseFiles(root)).toEqual(['.gitkeep']);
    const named = runCli(['new', '東京', '--country', 'JP', '--answers', answers, '--slug', 'tokyo-jp'], { cwd: root });
    expect(named.code, named.stderr).toBe(0);
    expect(caseFiles(root)).toEqual(['.gitkeep', 'tokyo-jp']);
  });

  it('lists every missing answer at once and writes nothing', () => {
    const root = workspace();
    const result = runCli(['new', 'Kraków'], { cwd: root });
    expect(result.code).toBe(2);
    // Named by the questions that ask them, as `next` names what it lacks.
    expect(result.stderr).toContain(
      'Faltan respuestas: País de Kraków [counterpart.country], Idiomas de la contraparte [counterpart.languages], ¿Qué es la contraparte? [counterpart.nature], Tipo de vínculo [kind].',
    );
    expect(caseFiles(root)).toEqual(['.gitkeep']);
    const withYes = runCli(['new', 'Kraków', '--country', 'PL', '--yes', '--ui-lang', 'en'], { cwd: root });
    expect(withYes.code).toBe(2);
    expect(withYes.stderr).toMatch(/: The counterpart's languages \[counterpart\.languages\]\.\n/);
    expect(caseFiles(root)).toEqual(['.gitkeep']);
  });

  it('refuses an area tied to a priority that linkage.yaml does not have, listing the valid ones', () => {
    const root = workspace();
    const file = join(ANSWERS, 'case-unknown-priority.yaml');
    const result = runCli(['new', 'Kraków', '--country', 'PL', '--answers', file], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}:8:5 (areas[0].priority)`);
    expect(result.stderr).toContain('PMD-2024-9.9');
    expect(result.stderr).toContain('PMD-2024-2.1, PMD-2024-4.3');
    expect(caseFiles(root)).toEqual(['.gitkeep']);
  });

  it('refuses a mistyped key, and an invalid --country', () => {
    const root = workspace();
    const typo = runCli(['new', 'Kraków', '--country', 'PL', '--answers', join(ANSWERS, 'case-typo.yaml'), '--yes'], {
      cwd: root,
    });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/case-typo\.yaml:4:1 \(kinde\): Clave desconocida «kinde»/);
    const country = runCli(['new', 'Kraków', '--country', 'POL', '--answers', CASE], { cwd: root });
    expect(country.code).toBe(2);
    expect(country.stderr).toContain('  - --country POL: País no válido');
    expect(caseFiles(root)).toEqual(['.gitkeep']);
  });

  it('blames --country, not the answers file, for a country the flag gave', () => {
    const root = workspace();
    // The answers give a valid country too: the flag's wins, and so does its mistake.
    const answers = join(root, 'a.yaml');
    writeFileSync(answers, readFileSync(CASE, 'utf8').replace('counterpart:\n', 'counterpart:\n  country: FR\n'));
    for (const file of [CASE, answers]) {
      const r = runCli(['new', 'Paris', '--country', 'FRA', '--answers', file], { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Error: Las respuestas no son válidas.\n');
      expect(r.stderr).toContain('  - --country FRA: País no válido: use el código ISO 3166-1');
      expect(r.stderr).not.toContain(file);
      expect(r.stderr).not.toMatch(STACK);
    }
    // A mistake of the file's is still located in it, beside the flag's.
    writeFileSync(answers, `${readFileSync(CASE, 'utf8')}kinde: x\n`);
    const both = runCli(['new', 'Paris', '--country', 'FRA', '--answers', 'a.yaml'], { cwd: root });
    expect(both.stderr).toContain('Error: a.yaml: Las respuestas no son válidas.');
    expect(both.stderr).toMatch(/ {2}- a\.yaml:\d+:1 \(kinde\): Clave desconocida/);
    expect(both.stderr).toContain('  - --country FRA: País no válido');
    expect(caseFiles(root)).toEqual(['.gitkeep']);
  });

  it('on a terminal, refuses a --country that is no country code before asking anything', async () => {
    const root = workspace();
    const ctx = terminal(root);
    await expect(newAction(ctx, 'Paris', { country: 'FRA' })).rejects.toMatchObject({
      id: 'new.country-flag',
      params: { value: 'FRA' },
      exitCode: 2,
    });
    expect(ctx.said()).not.toContain('?');
    expect(caseFiles(root)).toEqual(['.gitkeep']);
  });

  it('says there is no workspace outside one', () => {
    const result = runCli(['new', 'Kraków', '--country', 'PL', '--answers', CASE], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('linkage init');
  });
});

// The slips of someone who edits the YAML files by hand (VS Code, Notepad), each on a copy of the demo:
// `check` names the file, line, column and field, says in plain Spanish what is wrong and what to write,
// exits 1; `status` still shows every other case; never a stack trace.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { copyWorkspace, replaceIn, runCli, STACK } from '../helpers.js';

const KRAKOW = 'cases/krakow-pl/case.yaml';
const edit = (root: string, file: string, change: (t: string) => string) => {
  const before = readFileSync(join(root, file), 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit did not apply to ${file}`);
  writeFileSync(join(root, file), after);
};

/** Each slip: what to do to the demo, and what check must say of it (the line, and the hint after it). */
const slips: [string, (root: string) => void, RegExp][] = [
  [
    'a bare value where a list goes',
    (r) => edit(r, KRAKOW, (t) => t.replace('languages: [pl]', 'languages: pl')),
    /case\.yaml:7:14 \(counterpart\.languages\) error: Se esperaba una lista\.\n {2}→ .*`\[es, en\]`/,
  ],
  [
    'a list where one value goes',
    (r) => edit(r, KRAKOW, (t) => t.replace('country: PL', 'country: [PL]')),
    /case\.yaml:5:3 \(counterpart\.country\) error: Se esperaba un solo valor, no una lista.*\n {2}→ .*sin corchetes/,
  ],
  [
    'a key left without its value',
    (r) => edit(r, KRAKOW, (t) => t.replace('    date: 2026-10-20', '    date:')),
    /case\.yaml:54:10 \(steps\.counterpart\.date\) error: Falta el valor: no hay nada después de los dos puntos\./,
  ],
  [
    'a code of digits without quotes, read as a number',
    (r) => edit(r, 'linkage.yaml', (t) => t.replace('inegiCode: "11047"', 'inegiCode: 11047')),
    /linkage\.yaml:11:14 \(municipality\.inegiCode\) error: Se esperaba un texto.*\n {2}→ Póngalo entre comillas/,
  ],
  [
    'a colon inside an unquoted text',
    (r) => edit(r, KRAKOW, (t) => t.replace('  region: Małopolska', '  region: Voivodato: Małopolska')),
    /case\.yaml:6:11 error: El YAML no es válido: el texto lleva «: ».*\n {2}→ Ponga el texto entre comillas: region: "Voivodato: Małopolska"\n/,
  ],
  [
    'a SHA-256 in capitals, as Windows gives it (Get-FileHash)',
    (r) =>
      edit(r, 'cases/mildura-au/case.yaml', (t) =>
        t.replace('105a590fe0bb8978f7b32c11e3c9c6b5bb5b28ebd6f4c49413f860efd195b6d6', (h) => h.toUpperCase()),
      ),
    /case\.yaml:101:17 \(steps\.council\.evidence\.0\.sha256\) error: El hash está en mayúsculas.*\n {2}→ Escriba `sha256: 105a590fe0bb8978f7b32c11e3c9c6b5bb5b28ebd6f4c49413f860efd195b6d6`/,
  ],
  [
    'an option in capitals, or spelt as in Spanish',
    (r) =>
      edit(r, 'cases/aurora-us/case.yaml', (t) =>
        t.replace('outcome: favourable', 'outcome: Favourable').replace('outcome: accepted', 'outcome: aceptado'),
      ),
    /case\.yaml:120:20 \(steps\.sre-opinion\.rounds\.0\.dictamen\.outcome\) error: Valor no permitido\. Valores válidos: favourable, .*\n {2}→ ¿Quiso decir «favourable»\?/,
  ],
  [
    'a date written as in Mexico, day first',
    (r) => edit(r, KRAKOW, (t) => t.replace('    date: 2026-10-20', '    date: 20/10/2026')),
    /case\.yaml:54:11 \(steps\.counterpart\.date\) error: Fecha no válida: .*AAAA-MM-DD.*\n {2}→ Escriba 2026-10-20\./,
  ],
  [
    'a date with a time',
    (r) => edit(r, KRAKOW, (t) => t.replace('    date: 2026-10-20', '    date: 2026-10-20T10:00')),
    /case\.yaml:54:11 \(steps\.counterpart\.date\) error: Fecha no válida: .*sin hora\.\n {2}→ Escriba 2026-10-20\./,
  ],
  [
    'a day the month does not have',
    (r) => edit(r, KRAKOW, (t) => t.replace('    date: 2026-10-20', '    date: 2026-11-31')),
    /case\.yaml:54:11 \(steps\.counterpart\.date\) error: Fecha no válida: 2026-11-31 no existe, ese mes tiene 30 días\./,
  ],
  [
    'a month the year does not have',
    (r) => edit(r, KRAKOW, (t) => t.replace('    date: 2026-10-20', '    date: 2026-13-01')),
    /case\.yaml:54:11 \(steps\.counterpart\.date\) error: Fecha no válida: 2026-13-01 no existe, el año no tiene mes 13\.\n {2}→ El mes va en medio, del 01 al 12/,
  ],
  [
    'a notice period of no days',
    (r) => edit(r, 'cases/leamington-ca/agreement.yaml', (t) => t.replace('noticeDays: 90', 'noticeDays: 0')),
    /agreement\.yaml:23:15 \(term\.noticeDays\) error: Debe ser al menos 1; dice 0\./,
  ],
  [
    'a language text left without its value',
    (r) => edit(r, KRAKOW, (t) => t.replace('  region: Małopolska', '  region:')),
    /case\.yaml:6:10 \(counterpart\.region\) error: Falta el valor: no hay nada después de los dos puntos\.\n {2}→ Escriba el valor/,
  ],
  [
    'a postal code without quotes where a language text goes, read as a number',
    (r) => edit(r, KRAKOW, (t) => t.replace('  region: Małopolska', '  region: 01000')),
    /case\.yaml:6:11 \(counterpart\.region\) error: Se esperaba un texto, pero este valor se lee como número.*\n {2}→ Póngalo entre comillas/,
  ],
  [
    'an empty list of languages',
    (r) => edit(r, KRAKOW, (t) => t.replace('languages: [pl]', 'languages: []')),
    /case\.yaml:7:3 \(counterpart\.languages\) error: La lista está vacía: necesita al menos 1 elemento\./,
  ],
];

describe('check on a hand-edited copy of the demo', () => {
  it.each(slips)('%s: located, in plain words, exit 1; status still shows the cases', (_, slip, expected) => {
    const root = copyWorkspace('demo');
    slip(root);
    const check = runCli(['check'], { cwd: root });
    expect(check.stdout).toMatch(expected);
    expect(check.stdout).not.toMatch(/array|string|object|Tipo incorrecto/);
    // ajv's own English ("must be >= 1", "must NOT have fewer than 1 items") never reaches the user.
    expect(check.stdout).not.toMatch(/\bmust\b/);
    expect(check.code).toBe(1);
    const status = runCli(['status'], { cwd: root });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^almeria-es /m);
    expect(status.stdout).toMatch(/^mildura-au /m);
    for (const r of [check, status]) expect(r.stdout + r.stderr).not.toMatch(STACK);
  });
});

describe('a key linkage does not know, added by hand to a case', () => {
  // `check` only warns of it (exit 0): the file is the person's, and a note under a contact is theirs to keep.
  const handNoted = () => {
    const root = copyWorkspace('demo');
    const file = join(root, KRAKOW);
    replaceIn(file, 'kind: sister-cities\n', 'kind: sister-cities\nnotas: revisar con Cabildo\n');
    replaceIn(file, '    followUpOn: 2026-12-04\n', '    followUpOn: 2026-12-04\n    notes: llamar al agregado\n');
    return { root, file };
  };
  const answers = (root: string, text: string) => {
    const path = join(root, 'answers.yaml');
    writeFileSync(path, text);
    return path;
  };
  const CONTACT =
    'contactLog:\n  - date: 2026-11-20\n    channel: email\n    who: Oficina de Cracovia\n    summary: Se envió la propuesta.\n';

  it('is a warning for check, and log and next still write the entry or step they were given', () => {
    const { root, file } = handNoted();
    expect(runCli(['check'], { cwd: root }).code).toBe(0);
    const log = runCli(['log', 'krakow-pl', '--answers', answers(root, CONTACT)], { cwd: root });
    expect(log.stderr).toBe('');
    expect(log.code).toBe(0);
    const letter = 'steps:\n  letter:\n    date: 2026-11-25\n    channel: email\n    followUpOn: 2026-12-20\n';
    const next = runCli(['next', 'krakow-pl', '--answers', answers(root, letter)], { cwd: root });
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('notas: revisar con Cabildo\n');
    expect(text).toContain('    notes: llamar al agregado\n');
    expect(text).toContain('    who: Oficina de Cracovia\n');
    expect(text).toContain('  letter:\n    date: 2026-11-25\n');
  });

  it('an unknown key in the answers themselves is still refused, named there, and nothing is written', () => {
    const { root, file } = handNoted();
    const before = readFileSync(file, 'utf8');
    const log = runCli(['log', 'krakow-pl', '--answers', answers(root, `${CONTACT}    chanel: phone\n`)], {
      cwd: root,
    });
    expect(log.code).toBe(2);
    expect(log.stderr).toContain('answers.yaml:6:5 (contactLog[0].chanel)');
    expect(log.stderr).not.toMatch(/notas|notes/);
    const next = runCli(
      ['next', 'krakow-pl', '--answers', answers(root, 'steps:\n  letter:\n    date: 2026-11-25\n    chanel: email\n')],
      {
        cwd: root,
      },
    );
    expect(next.code).toBe(2);
    expect(next.stderr).toContain('answers.yaml:4:5 (steps.letter.chanel)');
    expect(next.stderr).not.toMatch(/notas|notes/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a step the process does not have, named in the answers, is refused there; one the case had is left to check', () => {
    const { root, file } = handNoted();
    // A step added by hand to the case is the case's: check warns of it, next still writes.
    replaceIn(file, 'steps:\n  counterpart:\n', 'steps:\n  respons:\n    date: 2026-11-01\n  counterpart:\n');
    const before = readFileSync(file, 'utf8');
    const next = runCli(['next', 'krakow-pl', '--answers', answers(root, 'steps:\n  leter:\n    date: 2026-11-25\n')], {
      cwd: root,
    });
    expect(next.code).toBe(2);
    expect(next.stderr).toMatch(
      /answers\.yaml:2:3 \(steps\.leter\): «leter» no es un paso del proceso\. → ¿Quiso decir «letter»\?/,
    );
    expect(next.stderr).not.toMatch(/«respons»|notas|notes/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const letter = 'steps:\n  letter:\n    date: 2026-11-25\n    channel: email\n    followUpOn: 2026-12-20\n';
    expect(runCli(['next', 'krakow-pl', '--answers', answers(root, letter)], { cwd: root }).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('  respons:\n    date: 2026-11-01\n');

    const lyon =
      'counterpart:\n  country: FR\n  languages: [fr]\n  nature: foreign-local-government\nkind: sister-cities\n' +
      'steps:\n  counterpart:\n    date: 2026-11-02\n  counterprat:\n    date: 2026-11-02\n';
    const created = runCli(['new', 'Lyon', '--answers', answers(root, lyon)], { cwd: root });
    expect(created.code).toBe(2);
    expect(created.stderr).toMatch(/answers\.yaml:9:3 \(steps\.counterprat\): .* → ¿Quiso decir «counterpart»\?/);
    expect(existsSync(join(root, 'cases/lyon-fr'))).toBe(false);

    const config = readFileSync(join(root, 'linkage.yaml'), 'utf8').replace('    after: draft\n', '    after: drat\n');
    const dir = join(root, 'other');
    const init = runCli(['init', dir, '--answers', answers(root, config)], { cwd: root });
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/answers\.yaml:\d+:5 \(localSteps\[0\]\.after\): .*«drat».* → ¿Quiso decir «draft»\?/);
    // Nothing is written: the refusal does not say where the step "will be placed", as check does of a workspace.
    expect(init.stderr).not.toMatch(/se colocará|al final/);
    expect(init.stderr).toMatch(/«drat», que no es un paso del proceso: escriba .*después de qué paso va/);
    expect(existsSync(dir)).toBe(false);
    const en = runCli(
      ['init', dir, '--answers', answers(root, config.replace('    after: drat\n', '    after: zzz\n'))],
      {
        cwd: root,
        env: { LINKAGE_LANG: 'en' },
      },
    );
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(
      /\(localSteps\[0\]\.after\): .*"zzz", which is not a step of the process: write .*which step it follows/,
    );
    expect(en.stderr).not.toMatch(/placed last/);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('a required key written not quite as it is spelt', () => {
  it('is one error, at the key as written, saying how to write it', () => {
    const root = copyWorkspace('demo');
    edit(root, KRAKOW, (t) =>
      t.replace('\ncounterpart:\n', '\nCounterpart:\n').replace('    name: Tomasz', '    nmae: Tomasz'),
    );
    const check = runCli(['check'], { cwd: root });
    expect(check.code).toBe(1);
    const krakow = check.stdout.split('\n').filter((l) => l.includes('krakow-pl/'));
    expect(krakow).toEqual([
      expect.stringMatching(/case\.yaml:3:1 \(Counterpart\) error: .*«counterpart».*«Counterpart»/),
    ]);
    expect(check.stdout).toMatch(/\(Counterpart\) error: .*\n {2}→ Escriba la clave `counterpart:`/);
    expect(check.stdout).not.toMatch(/Clave desconocida «Counterpart»|Falta el campo obligatorio «counterpart»\./);

    // Nested, and once the top is right: the same, at the line of the key.
    edit(root, KRAKOW, (t) => t.replace('\nCounterpart:\n', '\ncounterpart:\n'));
    const nested = runCli(['check'], { cwd: root, env: { LINKAGE_LANG: 'en' } });
    const lines = nested.stdout.split('\n').filter((l) => l.includes('krakow-pl/'));
    expect(lines).toEqual([
      expect.stringMatching(/case\.yaml:14:\d+ \(counterpart\.mayor\.nmae\) error: .*"name".*"nmae"/),
    ]);
    expect(nested.stdout).toMatch(/\n {2}→ Write the key as `name:`/);
  });
});

describe('a finding about a key', () => {
  it('points at the key, one about a value at the value, in every format', () => {
    const root = copyWorkspace('demo');
    edit(root, KRAKOW, (t) =>
      t
        .replace('  country: PL\n', '  country: pl\n')
        .replace('    pl: Urząd Miasta Krakowa\n', '    PL: Urząd Miasta Krakowa\n')
        .replace('    name: Tomasz', '    nmae: Tomasz')
        .replace('    gender: m\n', '    gendr: m\n'),
    );
    edit(root, 'cases/giessen-de/case.yaml', (t) =>
      t.replace('    folio: CAI/009/2025\n', '    foilo: CAI/009/2025\n'),
    );
    const check = runCli(['check'], { cwd: root });
    const at = (path: string) =>
      check.stdout.split('\n').find((l) => l.includes('krakow-pl/') && l.includes(`(${path})`));
    // A key holding a plain value: its key, as a key holding a block is (`Counterpart:` at 3:1).
    expect(at('counterpart.mayor.nmae')).toMatch(/case\.yaml:14:5 .*«name».*«nmae»/);
    expect(at('counterpart.mayor.gendr')).toMatch(/case\.yaml:15:5 .*Clave desconocida «gendr»/);
    expect(at('counterpart.body.PL')).toMatch(/case\.yaml:12:5 .*«PL»/);
    const giessen = check.stdout
      .split('\n')
      .find((l) => l.includes('giessen-de/') && l.includes('(steps.comision.foilo)'));
    expect(giessen).toMatch(/case\.yaml:107:5 .*«foilo»/);
    // A wrong value: the value.
    expect(at('counterpart.country')).toMatch(/case\.yaml:5:12 /);

    const github = runCli(['check', '--format', 'github'], { cwd: root }).stdout;
    expect(github).toMatch(/case\.yaml,line=14,col=5,title=schema\.required-misspelt::/);
    expect(github).toMatch(/case\.yaml,line=15,col=5,title=schema\.unknown-key::/);
    const json = JSON.parse(runCli(['check', '--format', 'json'], { cwd: root }).stdout) as {
      problems: { path?: string[]; line?: number; column?: number }[];
    };
    const placed = (key: string) => json.problems.find((p) => p.path?.at(-1) === key);
    expect(placed('nmae')).toMatchObject({ line: 14, column: 5 });
    expect(placed('gendr')).toMatchObject({ line: 15, column: 5 });
    expect(placed('country')).toMatchObject({ line: 5, column: 12 });
  });
});

describe('a YAML merge key (`<<: *anchor`), which YAML 1.2 does not have', () => {
  const merged = () => {
    const root = copyWorkspace('demo');
    edit(root, KRAKOW, (t) =>
      t.replace(
        '  city: { es: Cracovia, en: Kraków, pl: Kraków }\n',
        '  base: &b { es: Cracovia, en: Kraków, pl: Kraków }\n  city:\n    <<: *b\n',
      ),
    );
    return root;
  };

  it('is said once, at the `<<` line, with the keys to write instead', () => {
    const root = merged();
    const check = runCli(['check'], { cwd: root });
    expect(check.code).toBe(1);
    const krakow = check.stdout.split('\n').filter((l) => l.includes('krakow-pl/'));
    expect(krakow).toEqual([expect.stringMatching(/case\.yaml:6:5 error: .*YAML 1\.2.*«<<»/)]);
    expect(check.stdout).toMatch(/«<<».*\n {2}→ .*es, en, pl/);
    expect(check.stdout).not.toMatch(/Falta el texto en español|código de idioma|Clave desconocida «base»/);
    const en = runCli(['check'], { cwd: root, env: { LINKAGE_LANG: 'en' } });
    expect(en.stdout).toMatch(/case\.yaml:6:5 error: .*YAML 1\.2.*"<<".*\n {2}→ .*es, en, pl/);
    const status = runCli(['status'], { cwd: root });
    expect(status.code).toBe(0);
    for (const r of [check, en, status]) expect(r.stdout + r.stderr).not.toMatch(STACK);
  });
});

describe('a date check cannot read, on a day that is not the one the catalog was written on', () => {
  it('is explained by an example of the form, not by a fixed day passed off as today', () => {
    const root = copyWorkspace('demo');
    edit(root, KRAKOW, (t) => t.replace('    date: 2026-10-20', '    date: pronto'));
    edit(root, 'cases/leamington-ca/case.yaml', (t) => t.replace('    date: 2026-04-22', '    date: "22 abril"'));
    for (const [lang, example] of [
      ['es', /el 5 de marzo de 2026 es 2026-03-05/],
      ['en', /5 March 2026 is 2026-03-05/],
    ] as const) {
      const check = runCli(['check'], { cwd: root, env: { LINKAGE_TODAY: '2027-02-10', LINKAGE_LANG: lang } });
      expect(check.code).toBe(1);
      const hints = (file: string) =>
        check.stdout.match(new RegExp(`${file}/case\\.yaml:\\d+:\\d+ \\(steps\\.\\w+\\.date\\).*\\n {2}→ (.*)`))?.[1];
      expect(hints('krakow-pl')).toMatch(example);
      expect(hints('leamington-ca')).toMatch(example);
      expect(check.stdout).not.toContain('2026-11-28');
    }
  });
});

describe('a comment written beside a value, aligned by hand', () => {
  const HOFU = 'cases/hofu-jp/case.yaml';
  const aligned = () => {
    const root = copyWorkspace('demo');
    const file = join(root, HOFU);
    replaceIn(
      file,
      '    date: 2026-07-15\n    channel: email\n',
      '    date: 2026-07-15      # fecha del oficio\n    channel: email        # por correo\n',
    );
    replaceIn(
      file,
      '  - date: 2026-09-18\n    channel: email\n',
      '  - date: 2026-09-18    # recordatorio\n    channel: email        # al mismo buzón\n',
    );
    return { root, file };
  };

  it('keeps its column when next changes the value, on the lines beside it, and in a list', () => {
    const { root, file } = aligned();
    const answers = join(root, 'answers.yaml');
    const contactLog = parse(readFileSync(file, 'utf8')).contactLog;
    contactLog[1].date = '2026-09-19';
    writeFileSync(
      answers,
      stringify({
        steps: { letter: { date: '2026-07-16' }, response: { date: '2026-10-30', outcome: 'accepted' } },
        contactLog,
      }),
    );
    const r = runCli(['next', 'hofu-jp', '--answers', answers], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('    date: 2026-07-16      # fecha del oficio\n    channel: email        # por correo\n');
    expect(text).toContain('  - date: 2026-09-19    # recordatorio\n    channel: email        # al mismo buzón\n');
  });
});

describe('a comment written after the last entry of steps or of the contact log', () => {
  // At the entries' indentation it is a note on the entry above it ("still pending after the letter"):
  // an entry added after that one goes below the note, which keeps its place, not the other way round.
  it('stays right after the entry it followed when next adds a step or log an entry', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases/hofu-jp/case.yaml');
    replaceIn(file, '    followUpOn: 2026-09-15\n', '    followUpOn: 2026-09-15\n  # pendiente: acuse de la SRE\n');
    replaceIn(
      file,
      '    followUpOn: 2026-12-15\n',
      '    followUpOn: 2026-12-15\n  # próxima: llamar a la Embajada en enero\n',
    );
    const answers = join(root, 'answers.yaml');
    writeFileSync(answers, 'steps:\n  response:\n    date: 2026-10-30\n    outcome: accepted\n');
    const next = runCli(['next', 'hofu-jp', '--answers', answers], { cwd: root });
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    writeFileSync(
      answers,
      'contactLog:\n  - date: 2027-01-12\n    channel: phone\n    who: Embajada\n    summary: Llamada.\n',
    );
    const log = runCli(['log', 'hofu-jp', '--answers', answers], { cwd: root });
    expect(log.stderr).toBe('');
    expect(log.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(
      '    followUpOn: 2026-09-15\n  # pendiente: acuse de la SRE\n  response:\n    date: 2026-10-30\n    outcome: accepted\ncontactLog:\n',
    );
    expect(text).toContain(
      '    followUpOn: 2026-12-15\n  # próxima: llamar a la Embajada en enero\n  - date: 2027-01-12\n    channel: phone\n    who: Embajada\n    summary: Llamada.\nrepresentations:\n',
    );
  });
});

describe('two dates out of order', () => {
  // Signed before the SRE's opinion: the earlier date was named `steps.sre-opinion.rounds.0.dictamen.date`,
  // a zero-based path with no line, which a liaison officer cannot find in the file.
  it('names the earlier date in words, its round from 1, and its line', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'aurora-us', 'case.yaml');
    replaceIn(file, /(\n {4}municipality:\n(?: {6}.*\n)*? {6}date: )2023-03-22/, '$12022-12-01');
    const line = readFileSync(file, 'utf8').split('\n').indexOf('          date: 2022-12-09') + 1;
    const run = (lang: string) => runCli(['check', '--ui-lang', lang, '--format', 'json'], { cwd: root }).stdout;
    const es = JSON.parse(run('es')).problems.find((p: { rule: string }) => p.rule === 'event-dates');
    expect(es.message).toContain(
      `anterior al 2022-12-09 (fecha del dictamen, ronda 1 de «Dictamen de la SRE», línea ${line})`,
    );
    expect(es.hint).toContain(`la de la línea ${line}`);
    const en = JSON.parse(run('en')).problems.find((p: { rule: string }) => p.rule === 'event-dates');
    expect(en.message).toContain(
      `before 2022-12-09 (date of the opinion, round 1 of "The SRE's opinion", line ${line})`,
    );
    expect(en.message).not.toContain('rounds.0');
  });
});

describe('a span that ends before it starts', () => {
  // A mission's end before its start said «anterior al inicio (2023-09-13, missions.0.start)»: a
  // zero-based path, no line, where a liaison officer looks for a mission by its place in the list.
  it('names the mission from 1, by its id, and the start by its line', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'aurora-us', 'case.yaml');
    replaceIn(file, /(\n {4}start: 2023-09-13\n {4}end: )2023-09-17/, '$12023-09-10');
    const line = readFileSync(file, 'utf8').split('\n').indexOf('    start: 2023-09-13') + 1;
    const run = (lang: string) => runCli(['check', '--ui-lang', lang, '--format', 'json'], { cwd: root }).stdout;
    const es = JSON.parse(run('es')).problems.find((p: { rule: string }) => p.rule === 'event-dates');
    expect(es.message).toBe(
      `El fin de la misión 1 «visita-aurora-2023-09» (2023-09-10) es anterior a su inicio (2023-09-13, línea ${line}).`,
    );
    const en = JSON.parse(run('en')).problems.find((p: { rule: string }) => p.rule === 'event-dates');
    expect(en.message).toBe(
      `The end of mission 1 "visita-aurora-2023-09" (2023-09-10) is before its start (2023-09-13, line ${line}).`,
    );
  });
});

describe('two administrations in office on the same day', () => {
  // Said «(administrations.1.period.start), y la anterior termina el 2024-10-05
  // (administrations.0.period.end)»: paths counted from 0 where the file names each by its id.
  it('names both administrations by their ids, and the outgoing one’s end by its line', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'linkage.yaml');
    replaceIn(file, 'period: { start: 2021-10-01, end: 2024-09-30 }', 'period: { start: 2021-10-01, end: 2024-10-05 }');
    const line =
      readFileSync(file, 'utf8').split('\n').indexOf('    period: { start: 2021-10-01, end: 2024-10-05 }') + 1;
    const run = (lang: string) => runCli(['check', '--ui-lang', lang, '--format', 'json'], { cwd: root }).stdout;
    const es = JSON.parse(run('es')).problems.find((p: { rule: string }) => p.rule === 'event-dates');
    expect(es.message).toBe(
      `La administración 2024-2027 empieza el 2024-10-01, y la anterior, 2021-2024, termina el 2024-10-05 (línea ${line}): dos administraciones en funciones el mismo día.`,
    );
    const en = JSON.parse(run('en')).problems.find((p: { rule: string }) => p.rule === 'event-dates');
    expect(en.message).toBe(
      `The 2024-2027 administration starts on 2024-10-01, and the previous one, 2021-2024, ends on 2024-10-05 (line ${line}): two administrations in office on the same day.`,
    );
  });
});

describe('an amendment signed before the SRE’s opinion on it', () => {
  // The dictamen was named `amendments.0.rounds.0.dictamen.date`: zero-based, no line.
  it('names the dictamen in words, in round 1 of the amendment by its id, and its line', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'aurora-us', 'case.yaml');
    const amendment = [
      'amendments:',
      '  - id: turismo',
      '    summary: { es: Agrega el área de turismo., en: Adds the tourism area. }',
      '    date: 2024-02-01',
      '    rounds:',
      '      - submitted: 2024-03-01',
      '        dictamen: { date: 2024-04-10, outcome: favourable }',
      '    signed: 2024-04-01',
    ];
    writeFileSync(file, `${readFileSync(file, 'utf8')}${amendment.join('\n')}\n`);
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .indexOf(amendment[6] as string) + 1;
    const run = (lang: string) => runCli(['check', '--ui-lang', lang, '--format', 'json'], { cwd: root }).stdout;
    const es = JSON.parse(run('es')).problems.find((p: { rule: string }) => p.rule === 'event-dates');
    expect(es.message).toContain(
      `anterior al 2024-04-10 (fecha del dictamen, ronda 1 de la modificación turismo, línea ${line})`,
    );
    const en = JSON.parse(run('en')).problems.find((p: { rule: string }) => p.rule === 'event-dates');
    expect(en.message).toContain(`before 2024-04-10 (date of the opinion, round 1 of amendment turismo, line ${line})`);
    expect(en.message).not.toContain('rounds.0');
  });
});

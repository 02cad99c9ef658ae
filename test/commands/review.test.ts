import '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { reviewAction } from '../../src/actions/review.js';
import { pick, prompt } from '../flows/driver.js';
import { copyWorkspace, replaceIn, runCli } from '../helpers.js';
import { terminal } from './terminal.js';

const ENV = { LINKAGE_TODAY: '2026-11-28' };

describe('linkage review', () => {
  it('prints every recorded fact of a case, with the steps and their state', () => {
    const r = runCli(['review', 'aurora-us'], { env: ENV });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Caso aurora-us: Aurora (US)');
    expect(r.stdout).toContain('Pasos del proceso');
    expect(r.stdout).toContain('Aprobación del Cabildo — hecho (2022-08-25)');
    expect(r.stdout).toContain('Número de registro: RAI-0418/2023');
    expect(r.stdout).toContain('Versiones del texto del acuerdo');
    expect(r.stdout).toContain('Naturaleza: Gobierno local extranjero');
  });

  it('numbers a list of texts (the attachments) "1.", as every other list, in both languages', () => {
    for (const lang of ['es', 'en']) {
      const out = runCli(['--ui-lang', lang, 'review', 'aurora-us'], { env: ENV }).stdout;
      expect(out).toMatch(
        /^ +· 1\.\n +· \[es\] Texto del Acuerdo en español e inglés\n +· \[en\] Text of the Agreement/m,
      );
      expect(out).toMatch(/^ +· 2\.\n/m);
      expect(out).not.toMatch(/^ +· \d+:/m);
    }
    const md = runCli(['review', 'aurora-us', '--format', 'md'], { env: ENV }).stdout;
    expect(md).not.toMatch(/\*\*\d+\*\*:/);
  });

  it('--format md gives Markdown for the minutes; --public leaves out x-private fields', () => {
    const root = copyWorkspace('demo');
    const md = runCli(['review', 'hofu-jp', '--format', 'md'], { cwd: root, env: ENV });
    expect(md.code).toBe(0);
    expect(md.stdout.startsWith('# Caso hofu-jp: Hōfu (JP)\n')).toBe(true);
    expect(md.stdout).toContain('## Contacto con la contraparte');
    expect(md.stdout).toContain('- **Bitácora de contactos**:');
    // A contact's email is personal data (x-private in the schema).
    const file = `${root}/cases/hofu-jp/case.yaml`;
    replaceIn(file, '    - name: Yuki Morimoto\n', '    - name: Yuki Morimoto\n      email: yuki@city.hofu.jp\n');
    expect(runCli(['review', 'hofu-jp'], { cwd: root, env: ENV }).stdout).toContain('yuki@city.hofu.jp');
    const pub = runCli(['review', 'hofu-jp', '--public'], { cwd: root, env: ENV });
    expect(pub.code).toBe(0);
    expect(pub.stdout).toContain('Yuki Morimoto');
    expect(pub.stdout).not.toContain('yuki@city.hofu.jp');
  });

  it('--public leaves out a key the schema does not know, such as an email written under the mayor', () => {
    const root = copyWorkspace('demo');
    const file = `${root}/cases/aurora-us/case.yaml`;
    replaceIn(
      file,
      '    name: Karen L. Ostrowski\n',
      '    name: Karen L. Ostrowski\n    email: karen@aurora-il.example\n    cell: +1 630 555 0199\n',
    );
    expect(runCli(['review', 'aurora-us'], { cwd: root, env: ENV }).stdout).toContain('karen@aurora-il.example');
    for (const format of ['text', 'md']) {
      const pub = runCli(['review', 'aurora-us', '--public', '--format', format], { cwd: root, env: ENV });
      expect(pub.code).toBe(0);
      expect(pub.stdout).toContain('Karen L. Ostrowski');
      expect(pub.stdout).not.toContain('karen@aurora-il.example');
      expect(pub.stdout).not.toContain('555 0199');
      // Language maps and a local step's facts are known keys: they stay.
      expect(pub.stdout).toContain('Mayor of Aurora');
    }
  });

  it("names a local step's facts with the labels linkage.yaml gives them, in the UI language", () => {
    const es = runCli(['review', 'giessen-de'], { env: ENV });
    expect(es.stdout).toContain('· Folio del dictamen: CAI/009/2025');
    expect(es.stdout).toContain('· Fecha del dictamen: 2025-09-15');
    expect(es.stdout).not.toContain('folio:');
    const en = runCli(['--ui-lang', 'en', 'review', 'giessen-de'], { env: ENV });
    expect(en.stdout).toContain('· Reference number of the opinion: CAI/009/2025');
  });

  it('names every field of a case in words, in either language: no YAML key shows through', () => {
    for (const lang of ['es', 'en']) {
      const text = runCli(['--ui-lang', lang, 'review', 'aurora-us'], { env: ENV }).stdout;
      // A field's label starts with a capital; a raw key (formerMayors, from, communication) does not.
      expect(text.match(/^ *· [a-z][A-Za-z]*:/gm) ?? [], lang).toEqual([]);
    }
    const en = runCli(['--ui-lang', 'en', 'review', 'aurora-us'], { env: ENV }).stdout;
    expect(en).toContain('  · Former mayors:\n');
    expect(en).toContain('      · To: 2025-05-18\n');
    expect(en).toContain('    · From: 2025-05-19\n');
    expect(en).toContain('  · Communications:\n');
  });

  it('keeps a line break in a name off the md heading, escapes md as status does, and no control character reaches the terminal', () => {
    const root = copyWorkspace('demo');
    const file = `${root}/cases/krakow-pl/case.yaml`;
    replaceIn(file, 'city: { es: Cracovia,', 'city: { es: "Cra\\ncovia <b>#1</b>\\r\\u001b[31m",');
    const md = runCli(['review', 'krakow-pl', '--format', 'md'], { cwd: root, env: ENV }).stdout;
    expect(md.split('\n')[0]).toBe('# Caso krakow-pl: Cra covia \\<b\\>\\#1\\</b\\> \\[31m (PL)');
    const text = runCli(['review', 'krakow-pl'], { cwd: root, env: ENV }).stdout;
    expect(text.split('\n')[0]).toBe('Caso krakow-pl: Cra covia <b>#1</b> [31m (PL)');
    expect(text).not.toMatch(/[\r\u001b]/);
    // A value of several lines goes on under its item.
    expect(text).toContain('    · [es] Cra\n      covia <b>#1</b>\n      [31m\n');
  });

  it('without a terminal and with several cases, lists them (exit 2)', () => {
    const r = runCli(['review'], { env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Indique el caso');
  });

  it('on a terminal, the case picker names each next step as the status table does, not by its id', async () => {
    const root = copyWorkspace('demo');
    const ctx = terminal(root);
    const run = reviewAction(ctx, undefined, { format: 'text' });
    const shown = await prompt('¿Qué caso?');
    expect(shown).toContain('krakow-pl · Cracovia → Carta de Intención');
    expect(shown).toContain('leamington-ca · Leamington → Dictamen de la SRE');
    expect(shown).not.toContain('→ sre-opinion');
    await pick('¿Qué caso?');
    expect(await run).toBe(0);
    expect(ctx.said()).toContain('Caso aurora-us: Aurora (US)');
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../src/documents/catalog.js';
import { draftMark } from '../../src/documents/render.js';
import { copyWorkspace, flat, pdfPages, pdfText, REPO, replaceIn, runCli, STACK } from '../helpers.js';

const AS_OF = { LINKAGE_TODAY: '2026-11-28' };

/** A PNG of pseudo-random pixels (fixed seed): it does not compress, so it is large. */
function noisyPng(width: number, height: number): Buffer {
  let seed = 20261128;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let i = 1; i < row.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      row[i] = seed >>> 24;
    }
    rows.push(row);
  }
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (table[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function generate(root: string, args: string[], env: Record<string, string> = AS_OF) {
  return runCli(['generate', ...args], { cwd: root, env });
}

/** Generates a document with `args`, quietly and successfully, and returns the text of its `file` in out/. */
function draftText(root: string, args: string[], file: string): string {
  const r = generate(root, args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return flat(pdfText(join(root, 'out', file)));
}

/**
 * A document in a language linkage has no words for (German, Polish…), made as a workspace makes one
 * and as `generate` and `check` ask: the language among the workspace's, the document's template (by
 * default the English one copied, as a workspace starts one), and a text in that language beside each
 * English one of linkage.yaml and of the case `files` that has none (the English, or a stand-in for a
 * long one). The demo's Gießen case has its German.
 */
function documentIn(
  root: string,
  lang: string,
  document = 'letter',
  {
    files = [],
    template = readFileSync(join(REPO, 'templates', 'en', `${document}.hbs`), 'utf8'),
  }: { files?: string[]; template?: string } = {},
) {
  const yaml = join(root, 'linkage.yaml');
  if (!new RegExp(`^ {2}languages: \\[.*\\b${lang}\\b`, 'm').test(readFileSync(yaml, 'utf8'))) {
    replaceIn(yaml, /^( {2}languages: \[.*)\]/m, `$1, ${lang}]`);
  }
  mkdirSync(join(root, 'templates', lang), { recursive: true });
  writeFileSync(join(root, 'templates', lang, `${document}.hbs`), template);
  for (const file of [yaml, ...files.map((f) => join(root, 'cases', f))]) {
    replaceIn(file, new RegExp(`^( +)en: ([^>|\\n].*)\\n(?!\\1${lang}:)`, 'gm'), `$&$1${lang}: $2\n`);
    replaceIn(file, /^( +)en: >-\n/gm, `$1${lang}: Text.\n$&`);
    replaceIn(file, /\ben: ([^,{}\n]+) \}/g, `en: $1, ${lang}: $1 }`);
  }
}

/** The author a PDF's metadata names. */
const pdfAuthor = (file: string) =>
  /^Author:\s*(.*)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1];

describe('linkage generate letter', () => {
  it('warns on a document dated when no recorded administration is in office, and will not issue it', () => {
    const root = copyWorkspace('demo');
    const gen = (args: string[]) => runCli(['generate', 'letter', 'krakow-pl', ...args], { cwd: root, env: AS_OF });
    // The last day of the 2024–2027 administration: its president signs.
    const last = gen(['--date', '2027-09-30']);
    expect(last.code).toBe(0);
    expect(last.stdout).not.toContain('Ninguna administración');
    // The day after, with no incoming administration recorded: still her name, so it says so.
    const after = gen(['--date', '2027-10-05']);
    expect(after.code).toBe(0);
    expect(flat(after.stdout)).toContain(
      'Ninguna administración registrada está en funciones el 2027-10-05: el documento sale con los funcionarios de la administración 2024-2027, del 2024-10-01 al 2027-09-30.',
    );
    const issued = gen(['--date', '2027-10-05', '--record']);
    expect(issued.code).toBe(2);
    expect(flat(issued.stderr)).toContain('Ninguna administración registrada está en funciones el 2027-10-05');
    expect(existsSync(join(root, 'cases', 'krakow-pl', 'issued'))).toBe(false);
    expect(readFileSync(join(root, 'cases', 'krakow-pl', 'case.yaml'), 'utf8')).not.toContain('2027-10-05');
  });

  it('writes the Letter of Intent in Spanish, then English, into out/', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['letter', 'krakow-pl', '--lang', 'es,en', '--date', '2026-11-28']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(root, 'out', 'letter-krakow-pl-es-en.pdf');
    expect(r.stdout).toContain('out/letter-krakow-pl-es-en.pdf');
    const text = flat(pdfText(file));
    expect(text).toContain('San Pedro de las Huertas, Gto., a 28 de noviembre de 2026');
    expect(text).toContain('San Pedro de las Huertas, Guanajuato, November 28, 2026');
    expect(text).toContain('Honorable Presidente de la Ciudad de Cracovia:');
    // Whose dictamen: the SRE's, named, never «su» in a letter that speaks to the Mayor as «usted».
    expect(text).toContain(
      'conforme al modelo de la Secretaría de Relaciones Exteriores de México, cuya firma quedará sujeta al dictamen de dicha Secretaría.',
    );
    expect(text).not.toContain('su dictamen');
    expect(text).toContain(
      'based on the model of the Ministry of Foreign Affairs of Mexico (SRE), the signing of which will be subject to the opinion of that Ministry.',
    );
    expect(text).toContain('Perfil Municipal');
    expect(text).toContain('Atentamente');
    expect(text).toContain('Dear Mayor Wierzbicki,');
    expect(text).toContain('Yours sincerely,');
    expect(text).toContain('Claudia Patricia Núñez Villaseñor Presidenta Municipal');
    expect(text).toMatch(/a\) Conservación del centro histórico/);
    expect(text).not.toMatch(/se compromete|Asunto:|Oficio/);
    expect(text.indexOf('Atentamente')).toBeLessThan(text.indexOf('Yours sincerely,'));
    // One closing in English: "Yours sincerely," over the signature, not a second one before it.
    expect(text).not.toMatch(/regards/i);
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`Página 1 de ${pages} · Page 1 of ${pages}`);
    expect(text).toContain(`Página ${pages} de ${pages}`);
  });

  it('writes the topic of a cooperation letter in lower case inside its sentence, as the agreement does', () => {
    const root = copyWorkspace('demo');
    const text = draftText(root, ['letter', 'giessen-de', '--lang', 'es,en'], 'letter-giessen-de-es-en.pdf');
    // case.yaml records the topic as the agreement's title has it: «Formación Profesional Dual».
    expect(text).toContain(
      'una relación de cooperación en materia de formación profesional dual con la ciudad de Gießen.',
    );
    expect(text).toContain('a cooperation relationship on dual vocational training with the city of Giessen.');
    expect(text).not.toMatch(/Formación Profesional Dual|Dual Vocational Training/);
  });

  it('addresses Gießen in the state the agreement names, Hesse in Spanish and English', () => {
    const root = copyWorkspace('demo');
    const text = draftText(root, ['letter', 'giessen-de', '--lang', 'es,en'], 'letter-giessen-de-es-en.pdf');
    // The agreement's parties clause: «la Ciudad Universitaria de Gießen, Estado de Hesse».
    expect(text).toContain('Alcaldesa de Gießen Gießen, Hesse, Alemania');
    expect(text).toContain('Lord Mayor of Giessen Giessen, Hesse, Germany');
    expect(text).not.toContain('Hessen');
  });

  it('opens and closes the English letter as letters are written in the counterpart’s country', () => {
    const root = copyWorkspace('demo');
    const english = (slug: string) => {
      expect(generate(root, ['letter', slug, '--lang', 'en']).code).toBe(0);
      return flat(pdfText(join(root, 'out', `letter-${slug}-en.pdf`)));
    };
    // North America: "Dear Mayor Whitaker:" and "Sincerely,"; "Honorable" is the Spanish formula.
    const aurora = english('aurora-us');
    expect(aurora).toContain('Dear Mayor Whitaker:');
    expect(aurora).toMatch(/ Sincerely, Jorge Alberto Ramírez Olvera/);
    expect(aurora).not.toContain('Honorable');
    expect(english('leamington-ca')).toContain('Dear Mayor Rivard:');
    // Elsewhere a comma and "Yours sincerely,"; the office word is the city's own ("Lord Mayor").
    const mildura = english('mildura-au');
    expect(mildura).toContain('Dear Mayor Rinaldi,');
    expect(mildura).toContain('Yours sincerely,');
    expect(english('giessen-de')).toContain('Dear Lord Mayor Vollmer,');
    // No mayor recorded: the office, still in English form.
    replaceIn(join(root, 'cases', 'mildura-au', 'case.yaml'), / {2}mayor:\n(?: {4,}.*\n)+/, '');
    expect(english('mildura-au')).toContain('Dear Mayor,');
  });

  it('introduces the reasons in English words, not «We are moved by», a calque of «Nos mueven»', () => {
    const root = copyWorkspace('demo');
    const text = draftText(root, ['letter', 'aurora-us', '--lang', 'es,en'], 'letter-aurora-us-es-en.pdf');
    expect(text).toContain('Nos mueven las siguientes razones:');
    expect(text).toContain('Our reasons are the following: • About 12,000 people');
    expect(text).not.toContain('moved by');
  });

  it('opens and closes a German letter as German letters are written', () => {
    const root = copyWorkspace('demo');
    documentIn(root, 'de', 'letter', {
      template:
        '{{counterpart.salutation}}\n\nwir möchten mit Ihnen zusammenarbeiten.\n\n' +
        ':::signature\n{{counterpart.closing}}\n___\n{{president.fullName}}\n:::\n',
    });
    const german = () => {
      const r = generate(root, ['letter', 'giessen-de', '--lang', 'de']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return flat(pdfText(join(root, 'out', 'letter-giessen-de-de.pdf')));
    };
    // "Sehr geehrte Frau Oberbürgermeisterin Vollmer," with the office word of her German title, and
    // "Mit freundlichen Grüßen" over the signature; never the title alone with a colon.
    const giessen = german();
    expect(giessen).toContain('Sehr geehrte Frau Oberbürgermeisterin Vollmer,');
    expect(giessen).not.toContain('Universitätsstadt Gießen:');
    expect(giessen).toMatch(/Mit freundlichen Grüßen Claudia Patricia Núñez Villaseñor/);
    // A mayor with no title recorded: the built-in German word for the office, by gender.
    const file = join(root, 'cases', 'giessen-de', 'case.yaml');
    replaceIn(file, / {4}title:\n {6}es: Alcaldesa de Gießen\n(?: {6}.*\n)+/, '');
    replaceIn(file, /( {4}name: )Katrin Vollmer\n {4}gender: f/, '$1Jonas Vollmer\n    gender: m');
    expect(german()).toContain('Sehr geehrter Herr Bürgermeister Vollmer,');
    // No mayor recorded: the formula for an addressee not known by name.
    replaceIn(file, / {2}mayor:\n(?: {4,}.*\n)+/, '');
    expect(german()).toContain('Sehr geehrte Damen und Herren,');
  });

  it('names the council by its Spanish proper name in a language with no words of linkage’s for it', () => {
    const root = copyWorkspace('demo');
    documentIn(root, 'de');
    const r = generate(root, ['letter', 'giessen-de', '--lang', 'de']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(root, 'out', 'letter-giessen-de-de.pdf');
    const text = flat(pdfText(file));
    // "H. Ayuntamiento de …" is the institution's name, as a Mexican document abroad keeps it; never the
    // English of it in a German letter (letterhead, signature block, the PDF's author).
    expect(text).toMatch(/^ ?H\. Ayuntamiento de San Pedro de las Huertas Guanajuato · 2024–2027/);
    expect(text).toContain('Municipio de San Pedro de las Huertas, Guanajuato');
    expect(text).not.toMatch(/Municipal Council|Municipality of/);
    expect(pdfAuthor(file)).toBe('H. Ayuntamiento de San Pedro de las Huertas');
  });

  it('signs a German letter with the president’s Spanish title when linkage has no German one', () => {
    const root = copyWorkspace('demo');
    documentIn(root, 'de');
    const german = () => {
      expect(generate(root, ['letter', 'giessen-de', '--lang', 'de']).code).toBe(0);
      return flat(pdfText(join(root, 'out', 'letter-giessen-de-de.pdf')));
    };
    // The title of her office is a proper title: in Spanish, never an empty line under her name.
    expect(german()).toContain('Claudia Patricia Núñez Villaseñor Presidenta Municipal Municipio de San Pedro');
    // A German title recorded for her is hers.
    replaceIn(
      join(root, 'linkage.yaml'),
      /( {8}name: Claudia Patricia Núñez Villaseñor\n)/,
      '$1        title:\n          es: Presidenta Municipal\n          de: Bürgermeisterin\n',
    );
    expect(german()).toContain('Claudia Patricia Núñez Villaseñor Bürgermeisterin Municipio de San Pedro');
  });

  it('writes the salutation, closing and page footer of a Polish letter in Spanish, not English', () => {
    const root = copyWorkspace('demo');
    // A Polish Letter of Intent for Kraków, made as a workspace makes one for a language linkage has no
    // words of its own for.
    documentIn(root, 'pl', 'letter', { files: ['krakow-pl/case.yaml'] });
    const r = generate(root, ['letter', 'krakow-pl', '--lang', 'es,pl']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(root, 'out', 'letter-krakow-pl-es-pl.pdf');
    const text = flat(pdfText(file));
    const polish = text.slice(text.indexOf('On behalf of'));
    // Spanish, the letter's other language: never the bare Polish title with a colon, nor no closing.
    expect(text.split('Honorable Presidente de la Ciudad de Cracovia:')).toHaveLength(3);
    expect(text).not.toContain('Prezydent Miasta Krakowa:');
    expect(polish).toMatch(/Atentamente Claudia Patricia Núñez Villaseñor/);
    // One footer, Spanish, rather than "2 / 3" beside it.
    const pages = pdfPages(file);
    expect(text).toContain(`Página ${pages} de ${pages}`);
    expect(text).not.toContain(` / ${pages}`);
    // Polish alone: the Spanish words, the Spanish title in the PDF's metadata.
    expect(generate(root, ['letter', 'krakow-pl', '--lang', 'pl']).code).toBe(0);
    const alone = join(root, 'out', 'letter-krakow-pl-pl.pdf');
    expect(flat(pdfText(alone))).toMatch(/Honorable Presidente de la Ciudad de Cracovia:.*Página 1 de/);
    expect(execFileSync('pdfinfo', [alone], { encoding: 'utf8' })).toMatch(/^Title:\s*Carta de Intención — Kraków$/m);
  });

  it('gives a Polish letter’s mayor with no title recorded the Spanish one, never an empty line', () => {
    const root = copyWorkspace('demo');
    const kraków = join(root, 'cases', 'krakow-pl', 'case.yaml');
    replaceIn(kraków, /( {4}gender: m\n) {4}title:\n(?: {6}.*\n){3}/, '$1');
    documentIn(root, 'pl', 'letter', { files: ['krakow-pl/case.yaml'] });
    // Under his name, as in the Spanish salutation: "Alcalde", his office's Spanish title by his gender.
    const text = draftText(root, ['letter', 'krakow-pl', '--lang', 'pl'], 'letter-krakow-pl-pl.pdf');
    expect(text).toContain('Tomasz Wierzbicki Alcalde Kraków, Małopolska');
    expect(text).toContain('Honorable Alcalde Tomasz Wierzbicki:');
  });

  it('says an undated Polish document is undated as Spanish does, "fecha por definir", not "____"', () => {
    const root = copyWorkspace('demo');
    const aop = 'aurora-us/aop/2026.yaml';
    replaceIn(join(root, 'cases', aop), /^approved: .*\n/m, '');
    documentIn(root, 'pl', 'aop', { files: ['aurora-us/case.yaml', 'aurora-us/agreement.yaml', aop] });
    // A program not yet approved is undated: said in Spanish, as its footer and draft mark are.
    const text = draftText(root, ['aop', 'aurora-us', '--lang', 'pl'], 'aop-aurora-us-2026-pl.pdf');
    expect(text).toContain('San Pedro de las Huertas, Guanajuato, fecha por definir');
    expect(text).not.toContain('____');
  });

  it('heads each Party’s signatures of a Polish agreement "Por …", in Spanish, never a bare or no name', () => {
    const root = copyWorkspace('demo');
    documentIn(root, 'pl', 'agreement', { files: ['mildura-au/case.yaml', 'mildura-au/agreement.yaml'] });
    const text = draftText(root, ['agreement', 'mildura-au', '--lang', 'pl'], 'agreement-mildura-au-pl.pdf');
    // The caption whole in Spanish, as the letter's salutation: "Por" and the Spanish name of each Party.
    expect(text).toContain('Por el Municipio de San Pedro de las Huertas');
    expect(text).toContain('Por la Ciudad Rural de Mildura');
    expect(text).not.toMatch(/(?<!For )Mildura Rural City Council Claudia/);
  });

  it('names a signing place with no German form by its Spanish one in a German agreement, not the English', () => {
    const root = copyWorkspace('demo');
    // Gießen's signing place recorded in Spanish and English only: "Gießen, Hesse" / "Giessen, Hesse".
    replaceIn(join(root, 'cases', 'giessen-de', 'case.yaml'), /, de: "Gießen, Hessen" \}/g, ' }');
    // A proper name with no form of its own in the language: the Spanish one, as the letter names the
    // city and the template's own place fields do; never English mixed into a German text.
    const text = draftText(root, ['agreement', 'giessen-de', '--lang', 'de'], 'agreement-giessen-de-de.pdf');
    expect(text).toContain('Unterzeichnet in Gießen, Hesse, am 8. Oktober 2026');
    expect(text).not.toContain('Giessen');
  });

  it('addresses the letter with the counterpart’s state or province, as the agreement names the city', () => {
    const root = copyWorkspace('demo');
    // There are Auroras in Illinois, Colorado and Ontario: the address says which.
    expect(generate(root, ['letter', 'aurora-us', '--lang', 'es,en']).code).toBe(0);
    const text = flat(pdfText(join(root, 'out', 'letter-aurora-us-es-en.pdf')));
    expect(text).toContain('Daniel R. Whitaker Alcalde de Aurora Aurora, Illinois, Estados Unidos');
    expect(text).toContain('Daniel R. Whitaker Mayor of Aurora Aurora, Illinois, United States');
    // With no mayor recorded, the office's address says it too.
    replaceIn(join(root, 'cases', 'leamington-ca', 'case.yaml'), / {2}mayor:\n(?: {4,}.*\n)+/, '');
    expect(generate(root, ['letter', 'leamington-ca', '--lang', 'en']).code).toBe(0);
    expect(flat(pdfText(join(root, 'out', 'letter-leamington-ca-en.pdf')))).toContain(
      'Office of the Mayor of Leamington Leamington, Ontario, Canada',
    );
  });

  it('heads each language version with the motto in that language', () => {
    const root = copyWorkspace('demo');
    generate(root, ['letter', 'krakow-pl', '--lang', 'es,en']);
    const text = flat(pdfText(join(root, 'out', 'letter-krakow-pl-es-en.pdf')));
    const english = text.indexOf('On behalf of the Municipal Council');
    expect(text.split('Tierra de huertas, tierra de trabajo')).toHaveLength(2);
    expect(text.indexOf('Tierra de huertas, tierra de trabajo')).toBeLessThan(text.indexOf('Tengo el honor'));
    expect(text.split('Land of orchards, land of work')).toHaveLength(2);
    expect(text.indexOf('Land of orchards, land of work')).toBeGreaterThan(text.indexOf('Atentamente'));
    expect(text.indexOf('Land of orchards, land of work')).toBeLessThan(english);
  });

  it('gives byte-identical PDFs for the same inputs', () => {
    const root = copyWorkspace('demo');
    generate(root, ['letter', 'hofu-jp', '--out', 'a']);
    generate(root, ['letter', 'hofu-jp', '--out', 'b']);
    const a = readFileSync(join(root, 'a', 'letter-hofu-jp-es-en.pdf'));
    const b = readFileSync(join(root, 'b', 'letter-hofu-jp-es-en.pdf'));
    expect(a.length).toBeGreaterThan(10_000);
    expect(a.equals(b)).toBe(true);
  });

  it('dates a letter not yet sent with the workspace’s today, never "fecha por definir"', () => {
    const root = copyWorkspace('demo');
    generate(root, ['letter', 'krakow-pl', '--lang', 'es']);
    const text = flat(pdfText(join(root, 'out', 'letter-krakow-pl-es.pdf')));
    expect(text).toContain('San Pedro de las Huertas, Gto., a 28 de noviembre de 2026');
    expect(text).not.toContain('fecha por definir');

    generate(root, ['letter', 'krakow-pl', '--lang', 'en', '--as-of', '2026-12-03']);
    expect(flat(pdfText(join(root, 'out', 'letter-krakow-pl-en.pdf')))).toContain(
      'San Pedro de las Huertas, Guanajuato, December 3, 2026',
    );
  });

  it('prints what the user typed, Markdown and all: "O\'Brien & Co" and "50% *urgente*"', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'krakow-pl', 'case.yaml');
    replaceIn(
      file,
      /(reasons:\n)/,
      '$1  - type: other\n    text:\n      es: "O\'Brien & Co: 50% *urgente* [ver] <b>#1</b> \\\\ fin"\n      en: "O\'Brien & Co"\n',
    );
    const r = generate(root, ['letter', 'krakow-pl', '--lang', 'es']);
    expect(r.code).toBe(0);
    expect(flat(pdfText(join(root, 'out', 'letter-krakow-pl-es.pdf')))).toContain(
      "O'Brien & Co: 50% *urgente* [ver] <b>#1</b> \\ fin",
    );
  });

  it('uses the officials in office on the letter’s own date', () => {
    const root = copyWorkspace('demo');
    // Aurora's letter went out in 2022, under the 2021–2024 administration.
    generate(root, ['letter', 'aurora-us', '--lang', 'es']);
    const text = flat(pdfText(join(root, 'out', 'letter-aurora-us-es.pdf')));
    expect(text).toContain('a 7 de marzo de 2022');
    expect(text).toContain('Jorge Alberto Ramírez Olvera Presidente Municipal');
    expect(text).not.toContain('Claudia Patricia Núñez Villaseñor');
  });

  it('is addressed to the counterpart’s mayor in office on the letter’s date', () => {
    const root = copyWorkspace('demo');
    // Aurora's letter (2022) went to Daniel R. Whitaker; Karen L. Ostrowski took office in May 2025.
    generate(root, ['letter', 'aurora-us', '--lang', 'es']);
    const text = flat(pdfText(join(root, 'out', 'letter-aurora-us-es.pdf')));
    expect(text).toContain('Daniel R. Whitaker Alcalde de Aurora');
    expect(text).toContain('Honorable Alcalde de Aurora:');
    expect(text).not.toContain('Ostrowski');

    generate(root, ['letter', 'aurora-us', '--lang', 'es', '--date', '2025-06-02', '--out', 'later']);
    expect(flat(pdfText(join(root, 'later', 'letter-aurora-us-es.pdf')))).toContain(
      'Karen L. Ostrowski Alcaldesa de Aurora',
    );

    // A date no recorded mayor covers: the letter goes to the office, naming no one.
    const file = join(root, 'cases', 'aurora-us', 'case.yaml');
    replaceIn(file, / {2}formerMayors:\n(?: {4,}.*\n)+/, '');
    generate(root, ['letter', 'aurora-us', '--lang', 'es', '--out', 'office']);
    const office = flat(pdfText(join(root, 'office', 'letter-aurora-us-es.pdf')));
    expect(office).toContain('Honorable Alcaldía de Aurora:');
    expect(office).not.toMatch(/Whitaker|Ostrowski/);
  });

  it('names the file and field of a missing translation, exit 2, no PDF', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'krakow-pl', 'case.yaml');
    const text = readFileSync(file, 'utf8');
    const broken = text.replace(/(areas:\n {2}- id: \S+\n {4}title:\n {6}es: .+\n) {6}en: .+\n/, '$1');
    expect(broken).not.toBe(text);
    writeFileSync(file, broken);
    const r = generate(root, ['letter', 'krakow-pl', '--lang', 'es,en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /cases\/krakow-pl\/case\.yaml:\d+:\d+ \(areas\.0\.title\): Falta la traducción al idioma «en» del campo areas\.0\.title\./,
    );
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('says a missing Spanish text is missing, and to add it (not "next to the Spanish text")', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'krakow-pl', 'case.yaml');
    const text = readFileSync(file, 'utf8');
    const broken = text.replace(/(areas:\n {2}- id: \S+\n {4}title:\n) {6}es: .+\n/, '$1');
    expect(broken).not.toBe(text);
    writeFileSync(file, broken);
    // `check` says it first, as the CI that runs it before anyone generates anything.
    const checked = runCli(['check'], { cwd: root, env: AS_OF });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(
      /cases\/krakow-pl\/case\.yaml:\d+:\d+ \(areas\.0\.title\) error: Falta el texto en español \(«es:»\) de este campo[^\n]*\n {2}→ Agregue `es: …` a ese campo/,
    );
    const r = generate(root, ['letter', 'krakow-pl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/El caso «krakow-pl» tiene errores[^\n]*\n {2}→ Ejecute `linkage check`/);
    expect(r.stderr).not.toMatch(/junto al texto en español|--lang es/);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('names every document of the catalog in its help', () => {
    // cli.ts keeps its own list (the catalog pulls the renderers in): it must not fall behind.
    const r = runCli(['generate', '--help']);
    expect(r.code).toBe(0);
    const listed = /documento: ([^\n]*(?:\n {4,}[^\n]*)*)/.exec(r.stdout)?.[1]?.replace(/\s+/g, ' ');
    for (const doc of DOCUMENTS) expect(listed).toMatch(new RegExp(`(^|[ ,])${doc.id}(,|$| )`));
  });

  it('suggests the document meant', () => {
    const r = generate(copyWorkspace('demo'), ['leter', 'krakow-pl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«leter» no es un documento de linkage. ¿Quiso decir «letter»?');
  });

  it('a language some document has no template in stops `generate all` before anything is written', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['all', '--lang', 'es,de']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No hay plantilla del documento profile en el idioma «de»');
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('--layout parallel on a document without a side-by-side template says so, not that «parallel» is a language', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['letter', 'krakow-pl', '--lang', 'es,en', '--layout', 'parallel']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'El documento letter no tiene plantilla con los idiomas en columnas (--layout parallel).',
    );
    expect(r.stderr).not.toContain('idioma «parallel»');
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('`generate all --lang es,en` writes the oficios to the SRE in Spanish, their only language, and the rest in both', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['all', 'aurora-us', '--lang', 'es,en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = readdirSync(join(root, 'out'));
    expect(written).toEqual(
      expect.arrayContaining(['opinion-request-aurora-us-es.pdf', 'registration-aurora-us-es.pdf']),
    );
    expect(written).toEqual(expect.arrayContaining(['letter-aurora-us-es-en.pdf', 'status-es-en.pdf']));
    // Asked for in English alone, an oficio is refused: it has no English template.
    const en = generate(root, ['opinion-request', 'aurora-us', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('No hay plantilla del documento opinion-request en el idioma «en»');
  });

  it('`generate all --lang en` writes the oficios to the SRE in Spanish, as es,en does, and the rest in English', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['all', '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = readdirSync(join(root, 'out'));
    expect(written).toEqual(
      expect.arrayContaining(['opinion-request-aurora-us-es.pdf', 'registration-aurora-us-es.pdf']),
    );
    expect(written).toEqual(expect.arrayContaining(['letter-aurora-us-en.pdf', 'status-en.pdf', 'profile-en.pdf']));
    expect(written.filter((f) => f.startsWith('opinion-request-') && !f.endsWith('-es.pdf'))).toEqual([]);
    expect(flat(pdfText(join(root, 'out', 'opinion-request-aurora-us-es.pdf')))).toContain(
      'Solicitud de dictamen sobre el acuerdo con Aurora',
    );
    expect(flat(pdfText(join(root, 'out', 'letter-aurora-us-en.pdf')))).toContain('I have the honor to write to you');
  });

  it('says so when the output folder cannot be written', () => {
    const root = copyWorkspace('demo');
    writeFileSync(join(root, 'blocked'), 'a file, not a folder');
    const r = generate(root, ['letter', 'krakow-pl', '--out', 'blocked/sub']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(root, 'blocked')} es un archivo y no una carpeta`);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('defaults to the case folder the officer stands in', () => {
    const root = copyWorkspace('demo');
    const r = runCli(['generate', 'letter'], { cwd: join(root, 'cases', 'hofu-jp'), env: AS_OF });
    expect(r.code).toBe(0);
    expect(existsSync(join(root, 'out', 'letter-hofu-jp-es-en.pdf'))).toBe(true);
    const none = generate(root, ['letter']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Indique el caso');
  });
});

describe('the profile of a sparse workspace', () => {
  it('ends the contact with the office when the liaison has no email or phone, with no stray backslash', () => {
    // The liaison's area and person only.
    const root = copyWorkspace('minimal');
    replaceIn(join(root, 'linkage.yaml'), / {2}office:\n {4}email: .+\n(?= {2}appointed:)/, '');
    const r = generate(root, ['profile']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = pdfText(join(root, 'out', 'profile-es-en.pdf'));
    expect(flat(text)).toContain(
      'Jorge Peña Ibáñez Coordinación de Asuntos Internacionales, H. Ayuntamiento de Villa de Santa Úrsula',
    );
    expect(text).not.toContain('\\');
  });
});

describe('the languages of a document by default', () => {
  it("adds the counterpart's language to each document that has a template in it, else English", () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['all', 'giessen-de']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = readdirSync(join(root, 'out'));
    // Gießen speaks German: its agreement has a German template; its letter and profile do not.
    expect(out).toContain('agreement-giessen-de-es-de.pdf');
    expect(out).not.toContain('agreement-giessen-de-es-en.pdf');
    expect(out).toContain('letter-giessen-de-es-en.pdf');
    expect(out).toContain('profile-giessen-de-es-en.pdf');
    const text = flat(pdfText(join(root, 'out', 'agreement-giessen-de-es-de.pdf')));
    expect(text).toContain('ARTÍCULO 1. Objeto');
    expect(text).toContain('Artikel 1. Gegenstand');
    expect(text).not.toContain('ARTICLE 1.');
    expect(text).toMatch(/Página 1 de (\d+) · Seite 1 von \1/);

    // Issued, it is registered in those languages, and a draft run copies it by them.
    const issued = generate(root, ['agreement', 'giessen-de', '--record', '--date', '2026-10-08']);
    expect(issued.code).toBe(0);
    const register = readFileSync(join(root, 'cases', 'giessen-de', 'documents.yaml'), 'utf8');
    expect(register).toContain('file: issued/agreement-giessen-de-es-de.pdf');
    expect(register).toMatch(/langs:\n\s+- es\n\s+- de\n/);
    expect(generate(root, ['agreement', 'giessen-de']).stdout).toContain(
      'Copiado del documento emitido: out/agreement-giessen-de-es-de.pdf',
    );
  });

  it("says so when the counterpart's language has no template and the document goes out in others", () => {
    const root = copyWorkspace('demo');
    // Hōfu reads Japanese: there is no Japanese letter, so it is written in Spanish and English.
    const letter = generate(root, ['letter', 'hofu-jp']);
    expect(letter.code).toBe(0);
    expect(letter.stderr).toBe('');
    expect(letter.stdout).toContain(
      'La contraparte del caso «hofu-jp» lee japonés (ja), y no hay plantilla del documento letter en ese idioma: se escribió en «es, en».',
    );
    expect(letter.stdout).toContain('cree templates/ja/letter.hbs');
    expect(letter.stdout).toContain('Escrito: out/letter-hofu-jp-es-en.pdf');
    expect(letter.stdout).toContain('agregue «ja» a settings.languages');
    // Gießen reads German, a workspace language, and there is no German letter: only the template is missing.
    const german = generate(root, ['letter', 'giessen-de']);
    expect(german.stdout).toContain('La contraparte del caso «giessen-de» lee alemán (de)');
    expect(german.stdout).toContain('cree templates/de/letter.hbs');
    expect(german.stdout).not.toContain('settings.languages');
    // Gießen reads German and its agreement has a German template: nothing to say.
    const agreement = generate(root, ['agreement', 'giessen-de']);
    expect(agreement.code).toBe(0);
    expect(agreement.stdout).not.toContain('La contraparte del caso');
    // Languages the user asked for are the user's choice: nothing to say either.
    expect(generate(root, ['letter', 'hofu-jp', '--lang', 'es,en']).stdout).not.toContain('La contraparte del caso');
  });

  it('says only to add the language when linkage has a template in it but the workspace does not list it', () => {
    const root = copyWorkspace('demo');
    // A new workspace lists es and en: Gießen's agreement has linkage's German template all the same.
    replaceIn(join(root, 'linkage.yaml'), 'languages: [es, en, de]', 'languages: [es, en]');
    const agreement = generate(root, ['agreement', 'giessen-de']);
    expect(agreement.code).toBe(0);
    expect(flat(agreement.stdout)).toContain(
      'La contraparte del caso «giessen-de» lee alemán (de), que no está en los idiomas del espacio de trabajo: se escribió en «es, en». Para una versión en su idioma, agregue «de» a settings.languages en linkage.yaml: ya hay plantilla del documento agreement en ese idioma.',
    );
    expect(agreement.stdout).not.toContain('no hay plantilla');
    expect(agreement.stdout).not.toContain('templates/de/agreement.hbs');
  });

  it('are those it was issued in, once issued: a draft run copies the signed text, not a new one', () => {
    const root = copyWorkspace('demo');
    const issued = generate(root, ['agreement', 'giessen-de', '--lang', 'es,en', '--record', '--date', '2026-10-08']);
    expect(issued.code).toBe(0);
    for (const args of [
      ['agreement', 'giessen-de'],
      ['all', 'giessen-de'],
    ]) {
      const r = generate(root, args);
      expect(r.stdout, args.join(' ')).toContain('Copiado del documento emitido: out/agreement-giessen-de-es-en.pdf');
      expect(r.stdout).not.toContain('agreement-giessen-de-es-de.pdf');
    }
  });
});

describe('an issued agreement amended afterwards', () => {
  it('is no longer what a draft run copies: the draft has the text as it now stands', () => {
    const root = copyWorkspace('demo');
    expect(generate(root, ['agreement', 'aurora-us', '--lang', 'es', '--record']).code).toBe(0);
    const file = join(root, 'cases', 'aurora-us', 'agreement.yaml');
    replaceIn(file, 'mediante negociaciones directas', 'mediante negociaciones directas y cordiales');
    const r = generate(root, ['agreement', 'aurora-us']);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('Copiado del documento emitido');
    const text = flat(pdfText(join(root, 'out', 'agreement-aurora-us-es.pdf')));
    expect(text).toContain('mediante negociaciones directas y cordiales');
    expect(text).toContain('PROYECTO');
  });
});

describe('issuing a document with --record', () => {
  it('writes the PDF into the case, records the step’s date and registers its hash; then copies it', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['letter', 'krakow-pl', '--record', '--date', '2026-11-27']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const issued = join(root, 'cases', 'krakow-pl', 'issued', 'letter-krakow-pl-es-en.pdf');
    expect(existsSync(issued)).toBe(true);
    expect(readFileSync(join(root, 'cases', 'krakow-pl', 'case.yaml'), 'utf8')).toMatch(
      / {2}letter:\n {4}date: 2026-11-27\n/,
    );
    const register = readFileSync(join(root, 'cases', 'krakow-pl', 'documents.yaml'), 'utf8');
    expect(register).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/documents\.schema\.json/);
    expect(register).toContain('file: issued/letter-krakow-pl-es-en.pdf');
    expect(register).toMatch(/sha256: [0-9a-f]{64}/);
    expect(runCli(['check'], { cwd: root, env: AS_OF }).code).toBe(0);

    // Issued once: generate copies the issued PDF instead of rendering it again.
    const again = generate(root, ['letter', 'krakow-pl']);
    expect(again.stdout).toContain('Copiado del documento emitido');
    expect(readFileSync(join(root, 'out', 'letter-krakow-pl-es-en.pdf')).equals(readFileSync(issued))).toBe(true);

    // The register does not change when the hash does not.
    generate(root, ['letter', 'krakow-pl', '--record']);
    expect(readFileSync(join(root, 'cases', 'krakow-pl', 'documents.yaml'), 'utf8')).toBe(register);
  });

  it('needs the document’s date', () => {
    const r = generate(copyWorkspace('demo'), ['letter', 'krakow-pl', '--record']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Para emitir el documento hace falta su fecha.');
  });
});

describe('generate --check', () => {
  it('renders every document in memory and writes nothing', () => {
    const root = copyWorkspace('demo');
    const before = readdirSync(root).sort();
    const r = generate(root, ['--check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+ documentos se componen sin errores\./);
    expect(readdirSync(root).sort()).toEqual(before);
  });
});

describe('templates', () => {
  it('a workspace template overrides the built-in one, and list says which applies', () => {
    const root = copyWorkspace('demo');
    mkdirSync(join(root, 'templates', 'es'), { recursive: true });
    writeFileSync(
      join(root, 'templates', 'es', 'letter.hbs'),
      '{{!-- linkage: letter v1 --}}\nCarta propia para {{counterpart.city}}.\n',
    );
    generate(root, ['letter', 'krakow-pl', '--lang', 'es']);
    expect(flat(pdfText(join(root, 'out', 'letter-krakow-pl-es.pdf')))).toContain('Carta propia para Cracovia.');
    const list = runCli(['templates', 'list'], { cwd: root }).stdout;
    expect(list).toMatch(/letter\s+es\s+templates\/es\/letter\.hbs\s+del espacio de trabajo\s+v1/);
    expect(list).toMatch(/letter\s+en\s+templates\/en\/letter\.hbs\s+incluida\s+v1/);
  });

  it('flags an override written for an older context version', () => {
    const root = copyWorkspace('demo');
    mkdirSync(join(root, 'templates', 'en'), { recursive: true });
    writeFileSync(join(root, 'templates', 'en', 'letter.hbs'), '{{!-- linkage: letter v0 --}}\nOld.\n');
    expect(runCli(['templates', 'list'], { cwd: root }).stdout).toMatch(
      /letter\s+en\s+.*escrita para la versión 0 del contexto; la actual es 1/,
    );
  });

  it('an ejected template set back to version 0 shows v0, and one with no header shows —', () => {
    const root = copyWorkspace('demo');
    expect(runCli(['templates', 'eject', 'agreement'], { cwd: root }).code).toBe(0);
    replaceIn(
      join(root, 'templates', 'es', 'agreement.hbs'),
      /^\{\{!-- linkage: agreement v1 --\}\}/,
      '{{!-- linkage: agreement v0 --}}',
    );
    replaceIn(join(root, 'templates', 'en', 'agreement.hbs'), /^\{\{!-- linkage: agreement v1 --\}\}\n/, '');
    const list = runCli(['templates', 'list'], { cwd: root }).stdout;
    expect(list).toMatch(
      /agreement\s+es\s+templates\/es\/agreement\.hbs\s+del espacio de trabajo\s+v0\s+escrita para la versión 0/,
    );
    expect(list).toMatch(/agreement\s+en\s+templates\/en\/agreement\.hbs\s+del espacio de trabajo\s+—/);
    // With no header it was written for no version known, not for version 0: the note says what to add.
    const en = list.split('\n').find((l) => /agreement\s+en\s/.test(l)) ?? '';
    expect(en).not.toContain('versión 0');
    expect(en).toContain(
      'no dice para qué versión del contexto se escribió; si es la actual (1), agregue como primera línea {{!-- linkage: agreement v1 --}}',
    );
  });

  it('a mistyped field is an error naming the template, its line and the field path', () => {
    const root = copyWorkspace('demo');
    mkdirSync(join(root, 'templates', 'es'), { recursive: true });
    writeFileSync(
      join(root, 'templates', 'es', 'letter.hbs'),
      '{{!-- linkage: letter v1 --}}\nHola\n{{counterpart.mayr.name}}\n',
    );
    const r = generate(root, ['letter', 'krakow-pl', '--lang', 'es']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'La plantilla templates/es/letter.hbs, línea 3, usa el campo «counterpart.mayr.name», que no existe.',
    );
  });

  it('a Handlebars syntax error names the template and line', () => {
    const root = copyWorkspace('demo');
    mkdirSync(join(root, 'templates', 'es'), { recursive: true });
    writeFileSync(join(root, 'templates', 'es', 'letter.hbs'), 'uno\ndos\n{{#if counterpart.mayor}}\nsin cierre\n');
    const r = generate(root, ['letter', 'krakow-pl', '--lang', 'es']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/La plantilla templates\/es\/letter\.hbs tiene un error de sintaxis en la línea \d+/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('eject copies the built-in templates out, once', () => {
    const root = copyWorkspace('minimal');
    const r = runCli(['templates', 'eject', 'letter'], { cwd: root });
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, 'templates', 'es', 'letter.hbs'), 'utf8')).toMatch(
      /^\{\{!-- linkage: letter v1 --\}\}/,
    );
    expect(existsSync(join(root, 'templates', 'en', 'letter.hbs'))).toBe(true);
    const again = runCli(['templates', 'eject', 'letter'], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^Error: templates\/(en|es)\/letter\.hbs: Ya existe; no se sobrescribe\./);
  });
});

describe('fonts and images', () => {
  it('renders Latin Extended names: Łódź, İzmir, Plzeň, Nguyễn', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'krakow-pl', 'case.yaml');
    replaceIn(file, /( {2}mayor:\n\s+name: ).+/, '$1Łódź İzmir Plzeň Nguyễn');
    const r = generate(root, ['letter', 'krakow-pl', '--lang', 'es']);
    expect(r.stderr).toBe('');
    expect(flat(pdfText(join(root, 'out', 'letter-krakow-pl-es.pdf')))).toContain('Łódź İzmir Plzeň Nguyễn');
  });

  it('a character no font has is an error naming it and its field, and writes no PDF', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'hofu-jp', 'case.yaml');
    replaceIn(file, /( {2}mayor:\n\s+name: ).+/, '$1井原 健太');
    const r = generate(root, ['letter', 'hofu-jp', '--lang', 'es']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /cases\/hofu-jp\/case\.yaml:\d+:\d+ \(counterpart\.mayor\.name\): Ninguna fuente configurada tiene el carácter «井» \(U\+4E95\) del campo counterpart\.mayor\.name/,
    );
    expect(existsSync(join(root, 'out', 'letter-hofu-jp-es.pdf'))).toBe(false);
  });

  it('names the field the character was printed from, not another that has it too, also in a workspace report', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'hofu-jp', 'case.yaml');
    // 防府市 is also in the Japanese names (city, body, title), which no Spanish document prints.
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^( {6}es: Alcalde de Hōfu)$/m, '$1 (防府市長)');
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const line = changed.split('\n').findIndex((l) => l.includes('(防府市長)')) + 1;
    const where = new RegExp(
      `cases/hofu-jp/case\\.yaml:${line}:\\d+ \\(counterpart\\.mayor\\.title\\.es\\): Ninguna fuente configurada tiene el carácter «防»`,
    );
    for (const args of [['letter', 'hofu-jp', '--lang', 'es'], ['handover']]) {
      const r = generate(root, args);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr, args[0]).toMatch(where);
    }
  });

  const withCoat = (root: string, coat: string) => {
    const file = join(root, 'linkage.yaml');
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^( {4}coatOfArms: ).+$/m, `$1${coat}`);
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
  };

  it('a missing coat of arms is a clear error', () => {
    const root = copyWorkspace('demo');
    withCoat(root, 'escudo.png');
    const r = generate(root, ['letter', 'krakow-pl', '--lang', 'es']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No se encontró la imagen');
    expect(r.stderr).toContain('escudo.png');
  });

  it('an SVG coat of arms is refused with what to do', () => {
    const root = copyWorkspace('demo');
    writeFileSync(join(root, 'escudo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    withCoat(root, 'escudo.svg');
    const r = generate(root, ['letter', 'krakow-pl', '--lang', 'es']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no es PNG ni JPEG');
    expect(r.stderr).toContain('Exporte el escudo como PNG');
  });

  it('warns when the coat of arms is over 300 KB, and still writes the PDF', () => {
    const root = copyWorkspace('demo');
    writeFileSync(join(root, 'escudo.png'), noisyPng(400, 400));
    withCoat(root, 'escudo.png');
    const r = generate(root, ['letter', 'krakow-pl', '--lang', 'es']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /La imagen .*escudo\.png pesa \d+ KB; cada PDF crece otro tanto\. Redúzcala a menos de 300 KB/,
    );
    expect(existsSync(join(root, 'out', 'letter-krakow-pl-es.pdf'))).toBe(true);
  });

  it('a corrupt image is a clear error', () => {
    const root = copyWorkspace('demo');
    writeFileSync(
      join(root, 'escudo.png'),
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('broken')]),
    );
    withCoat(root, 'escudo.png');
    const r = generate(root, ['letter', 'krakow-pl', '--lang', 'es']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('está dañada');
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('linkage generate profile', () => {
  it('has every section, a table of key figures and labelled bar charts, in es and en', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['profile', '--lang', 'es,en']);
    expect(r.stderr).toBe('');
    const text = flat(pdfText(join(root, 'out', 'profile-es-en.pdf')));
    for (const heading of [
      'Perfil Municipal de San Pedro de las Huertas',
      'Ubicación y geografía',
      'Datos clave',
      'Economía y sectores principales',
      'Fortalezas y potencial',
      'Prioridades y estrategias',
      'Participación ciudadana',
      'Experiencia internacional',
      'Comunidades migrantes en el exterior',
      'Contacto',
      'Municipal Profile of San Pedro de las Huertas',
      'Citizen participation',
      'Migrant communities abroad',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Población: 148,372 habitantes (INEGI, Censo de Población y Vivienda 2020).');
    expect(text).toContain('Superficie agrícola de riego 21,400 hectáreas 2024 SADER, SIAP');
    expect(text).toContain('PMD-2024-4.1 Agua y medio ambiente');
    expect(text).toContain('Exportaciones hortícolas (millones de dólares)');
    // The chart's scale and every bar's value and label are text in the PDF.
    const chart = text.slice(
      text.indexOf('Exportaciones hortícolas (millones de dólares)'),
      text.indexOf('Población total (habitantes)'),
    );
    for (const word of [
      '200',
      '150',
      '100',
      '50',
      '0',
      '128',
      '139',
      '152',
      '161',
      '174',
      '187',
      '2020',
      '2021',
      '2025',
    ]) {
      expect(chart.split(' ')).toContain(word);
    }
    expect(text).toContain('Aurora, Estados Unidos: Hermanamiento, firmado el 22 de marzo de 2023.');
    expect(text).toContain('internacional@sanpedrohuertas.gob.mx');
  });

  it('names each English agreement in force by its kind, as one signs it: a sister-city agreement', () => {
    const root = copyWorkspace('demo');
    const text = draftText(root, ['profile', '--lang', 'es,en'], 'profile-es-en.pdf');
    // «Sister cities, signed on …» said the cities were signed; what is signed is the agreement.
    expect(text).toContain('Aurora, United States: Sister-city agreement, signed on March 22, 2023.');
    expect(text).toContain('Giessen, Germany: Cooperation agreement, signed on October 8, 2026.');
    expect(text).not.toContain('Sister cities,');
  });

  it('writes the demo’s English in American spelling throughout, as its «programs» and «center»', () => {
    const root = copyWorkspace('demo');
    const text = draftText(root, ['profile', '--lang', 'en'], 'profile-en.pdf');
    expect(text).toContain('An agricultural valley 1,720 meters above sea level');
    expect(text).toContain('the dual training program');
    expect(text).not.toMatch(/metres|programme|centre|organis/);
  });

  it('cites a key figure’s source by its name, not in Spanish word order («… Empresarial local»)', () => {
    const root = copyWorkspace('demo');
    const text = draftText(root, ['profile', '--lang', 'en'], 'profile-en.pdf');
    expect(text).toMatch(/Vegetable exports 187 million US 2025 Consejo Coordinador Empresarial de San Pedro/);
    expect(text).not.toContain('Empresarial local');
  });

  it('proposes areas of cooperation to the city it is made for, not «areas of opportunity», a calque', () => {
    const root = copyWorkspace('demo');
    const text = draftText(root, ['profile', 'krakow-pl', '--lang', 'es,en'], 'profile-krakow-pl-es-en.pdf');
    expect(text).toContain('Áreas de oportunidad que proponemos a Cracovia');
    expect(text).toContain(
      'Areas of cooperation we propose to Kraków, tied to our Municipal Development Plan: a) Historic-center conservation',
    );
    expect(text).not.toMatch(/areas of opportunity/i);
  });

  it('labels its fixed choices in Spanish in a language with no words of linkage’s for them, not English', () => {
    const root = copyWorkspace('demo');
    documentIn(root, 'de', 'profile');
    const text = draftText(root, ['profile', 'giessen-de', '--lang', 'de'], 'profile-giessen-de-de.pdf');
    // Participants' sectors and the kind of each linkage in force, as the footer: Spanish, never English.
    for (const spanish of ['Sector empresarial', 'Clubes sociales', 'Sindicatos', 'Asociaciones de migrantes']) {
      expect(text).toContain(spanish);
    }
    expect(text).toMatch(/Aurora, Vereinigte Staaten: Hermanamiento/);
    expect(text).not.toMatch(/Business|Social clubs|Unions|Migrant associations|Sister-city/);
  });

  it('gives the population’s year once: not again when its source names it', () => {
    const root = copyWorkspace('demo');
    generate(root, ['profile', '--lang', 'es,en']);
    const text = flat(pdfText(join(root, 'out', 'profile-es-en.pdf')));
    expect(text).toContain('Población: 148,372 habitantes (INEGI, Censo de Población y Vivienda 2020).');
    expect(text).toContain('Population: 148,372 inhabitants (INEGI, Censo de Población y Vivienda 2020).');
    expect(text).not.toContain('(2020, INEGI');
    // A source without the year keeps it.
    replaceIn(join(root, 'linkage.yaml'), 'source: INEGI, Censo de Población y Vivienda 2020', 'source: INEGI');
    generate(root, ['profile', '--lang', 'es']);
    expect(flat(pdfText(join(root, 'out', 'profile-es.pdf')))).toContain(
      'Población: 148,372 habitantes (2020, INEGI).',
    );
  });

  it('given a case, leads with the areas proposed to that counterpart', () => {
    const root = copyWorkspace('demo');
    generate(root, ['profile', 'krakow-pl', '--lang', 'es']);
    const text = flat(pdfText(join(root, 'out', 'profile-krakow-pl-es.pdf')));
    const lead = text.indexOf('Propuesta de vinculación con Cracovia, Polonia');
    expect(lead).toBeGreaterThan(0);
    expect(lead).toBeLessThan(text.indexOf('Ubicación y geografía'));
    expect(text).toContain('a) Conservación del centro histórico y turismo cultural');
  });

  it('given a case, is the profile as of its letter: that administration, plan, participants and agreements', () => {
    const root = copyWorkspace('demo');
    // Aurora's letter went out on 7 March 2022, a year before its agreement was signed.
    generate(root, ['profile', 'aurora-us', '--lang', 'es']);
    const text = flat(pdfText(join(root, 'out', 'profile-aurora-us-es.pdf')));
    expect(text).toContain('Guanajuato · 2021–2024');
    expect(text).toContain('a 7 de marzo de 2022');
    expect(text).toContain('Propuesta de vinculación con Aurora, Estados Unidos');
    expect(text).toContain('Del Plan Municipal de Desarrollo 2021–2024');
    expect(text).toContain('PMD-2021-5.3 Atención a migrantes y sus familias');
    expect(text).not.toContain('PMD-2024');
    expect(text).not.toContain('Acuerdos en vigor');
    // Participants who joined after the letter (2024) are not in it.
    expect(text).toContain('Club Rotario San Pedro de las Huertas');
    expect(text).not.toContain('Guadalupe Mendoza Ríos');
  });
});

describe('configured fonts and issued documents', () => {
  const addFont = (root: string, path: string) => {
    const file = join(root, 'linkage.yaml');
    replaceIn(file, /^settings:\n/m, `settings:\n  fonts:\n    - path: ${path}\n`);
  };

  it('a font added in linkage.yaml prints the characters the main font lacks', () => {
    const root = copyWorkspace('demo');
    mkdirSync(join(root, 'fonts'));
    writeFileSync(
      join(root, 'fonts', 'cjk.ttf'),
      readFileSync(join(import.meta.dirname, 'layout', 'fixtures', 'test-cjk.ttf')),
    );
    addFont(root, 'fonts/cjk.ttf');
    const file = join(root, 'cases', 'hofu-jp', 'case.yaml');
    replaceIn(file, /( {2}mayor:\n\s+name: ).+/, '$1東京');
    const r = generate(root, ['letter', 'hofu-jp', '--lang', 'es']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(flat(pdfText(join(root, 'out', 'letter-hofu-jp-es.pdf')))).toContain('東京');
  });

  it('a configured font that is not there is a clear error', () => {
    const root = copyWorkspace('demo');
    addFont(root, 'fonts/NotoSansJP.ttf');
    const r = generate(root, ['letter', 'hofu-jp', '--lang', 'es']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No se encontró la fuente');
    expect(r.stderr).toContain('NotoSansJP.ttf');
  });

  it('check verifies an issued document by its hash, not by rendering it again', () => {
    const root = copyWorkspace('demo');
    generate(root, ['letter', 'krakow-pl', '--record', '--date', '2026-11-27']);
    // A new template does not turn history red: the issued PDF stands.
    mkdirSync(join(root, 'templates', 'es'), { recursive: true });
    writeFileSync(join(root, 'templates', 'es', 'letter.hbs'), '{{!-- linkage: letter v1 --}}\nOtra carta.\n');
    expect(runCli(['check'], { cwd: root, env: AS_OF }).code).toBe(0);
    // A changed PDF does.
    const pdf = join(root, 'cases', 'krakow-pl', 'issued', 'letter-krakow-pl-es-en.pdf');
    writeFileSync(pdf, Buffer.concat([readFileSync(pdf), Buffer.from('%tampered\n')]));
    const r = runCli(['check'], { cwd: root, env: AS_OF });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/cases\/krakow-pl\/documents\.yaml:\d+:\d+ .*error \[hashes\]/);
  });
});

describe('naming the case', () => {
  it('a city name instead of the case folder points to the case', () => {
    const r = runCli(['generate', 'letter', 'Cracovia'], { cwd: copyWorkspace('demo'), env: AS_OF });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No hay un caso «Cracovia» en');
    expect(r.stderr).toContain('esa ciudad es el caso «krakow-pl»');
  });
});

describe('the draft mark', () => {
  it('says "draft" in Spanish for a language linkage has no word for, as the page footer does', () => {
    expect(draftMark(['es', 'en'])).toBe('PROYECTO / DRAFT');
    expect(draftMark(['es', 'de'])).toBe('PROYECTO / ENTWURF');
    expect(draftMark(['es', 'pl'])).toBe('PROYECTO');
    expect(draftMark(['pl'])).toBe('PROYECTO');
  });
});

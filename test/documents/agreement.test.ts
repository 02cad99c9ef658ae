import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  copyWorkspace,
  flat,
  lengthenFirstArticle,
  pdfDrawnText,
  pdfLayoutText,
  pdfPages,
  pdfPageText,
  pdfText,
  replaceIn,
  runCli,
  STACK,
} from '../helpers.js';

const AS_OF = { LINKAGE_TODAY: '2026-11-28' };
const generate = (root: string, args: string[]) => runCli(['generate', ...args], { cwd: root, env: AS_OF });

const HEADINGS_ES = [
  'Objeto',
  'Áreas de cooperación',
  'Modalidades de cooperación',
  'Programas Operativos Anuales',
  'Coordinadores',
  'Seguimiento y evaluación',
  'Financiamiento',
  'Personal',
  'Propiedad intelectual',
  'Solución de controversias',
  'Modificaciones',
  'Entrada en vigor, duración y terminación',
];

describe('linkage generate agreement', () => {
  it('prints every article heading, in order, in Spanish and then English, with the closing formula and signatures', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['agreement', 'aurora-us', '--lang', 'es,en']);
    expect(r.stderr).toBe('');
    const text = flat(pdfText(join(root, 'out', 'agreement-aurora-us-es-en.pdf')));
    let at = 0;
    for (let n = 1; n <= 12; n++) {
      const found = text.indexOf(`ARTÍCULO ${n}.`, at);
      expect(found, `ARTÍCULO ${n}`).toBeGreaterThan(at);
      at = found;
    }
    for (let n = 1; n <= 12; n++) {
      const found = text.indexOf(`ARTICLE ${n}.`, at);
      expect(found, `ARTICLE ${n}`).toBeGreaterThan(at);
      at = found;
    }
    for (const heading of HEADINGS_ES) expect(text).toMatch(new RegExp(`ARTÍCULO \\d+\\. ${heading}`));
    expect(text).toContain('en adelante denominados «las Partes»');
    expect(text).toContain('Han acordado lo siguiente:');
    // Signed apart: each Party's place and date, the originals, the languages, equally authentic.
    expect(text).toContain(
      'Firmado en San Pedro de las Huertas, Guanajuato, el 22 de marzo de 2023, y en Aurora, Illinois, el 15 de marzo de 2023, en dos ejemplares originales, en idiomas español e inglés, siendo ambos textos igualmente auténticos.',
    );
    // Officials of the signature's date, titles by gender, and the configured co-signers.
    expect(text).toContain('Jorge Alberto Ramírez Olvera Presidente Municipal');
    expect(text).toMatch(/María Fernanda Torres Gallardo Síndica Municipal/);
    expect(text).toMatch(/Secretario del Ayuntamiento/);
    expect(text).toContain('Por el Municipio de San Pedro de las Huertas');
    expect(text).toContain('Municipal President');
    expect(text).toContain('Municipal Trustee');
  });

  it('carries PROYECTO (in its languages) on every page unless --final, which needs the favourable dictamen on this text', () => {
    const root = copyWorkspace('demo');
    generate(root, ['agreement', 'aurora-us', '--lang', 'es', '--out', 'draft']);
    const draft = join(root, 'draft', 'agreement-aurora-us-es.pdf');
    const pages = pdfPages(draft);
    for (let p = 1; p <= pages; p++) {
      expect(pdfPageText(draft, p)).toContain('PROYECTO');
      expect(pdfPageText(draft, p)).not.toContain('DRAFT');
    }
    generate(root, ['agreement', 'aurora-us', '--lang', 'es,en', '--out', 'draft']);
    expect(pdfPageText(join(root, 'draft', 'agreement-aurora-us-es-en.pdf'), 1)).toContain('PROYECTO / DRAFT');
    generate(root, ['agreement', 'giessen-de', '--lang', 'es,de', '--out', 'draft']);
    expect(pdfPageText(join(root, 'draft', 'agreement-giessen-de-es-de.pdf'), 1)).toContain('PROYECTO / ENTWURF');

    const r = generate(root, ['agreement', 'aurora-us', '--lang', 'es', '--final', '--out', 'final']);
    expect(r.code).toBe(0);
    expect(pdfText(join(root, 'final', 'agreement-aurora-us-es.pdf'))).not.toContain('PROYECTO');
  });

  it('refuses --final without a favourable dictamen, and on a text other than the one the SRE saw', () => {
    const root = copyWorkspace('demo');
    const none = generate(root, ['agreement', 'leamington-ca', '--final']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('aún no tiene dictamen favorable de la SRE');
    expect(none.stderr).toContain('art. 7');

    const file = join(root, 'cases', 'aurora-us', 'agreement.yaml');
    replaceIn(file, 'mediante negociaciones directas', 'mediante negociaciones directas y cordiales');
    const changed = generate(root, ['agreement', 'aurora-us', '--final']);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(
      /El dictamen favorable es sobre otro texto \(hash [0-9a-f]{12}\); el texto actual tiene el hash [0-9a-f]{12}\./,
    );
    expect(changed.stderr).not.toMatch(STACK);
  });

  it('allows --final when the dictamen has no hash of its own and its round sent the current text', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'aurora-us', 'case.yaml');
    const text = readFileSync(file, 'utf8');
    const own =
      '          outcome: favourable\n          hash: "f195773214b02c8e2fa354c638682a0560a54a423981e7b41441de435c237a9b"\n';
    expect(text).toContain(own);
    writeFileSync(file, text.replace(own, '          outcome: favourable\n'));
    const r = generate(root, ['agreement', 'aurora-us', '--lang', 'es', '--final', '--out', 'final']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('allows --final on an amended text once the SRE cleared the amendment, and not before', () => {
    const root = copyWorkspace('demo');
    const agreement = join(root, 'cases', 'aurora-us', 'agreement.yaml');
    replaceIn(agreement, 'mediante negociaciones directas', 'mediante negociaciones directas y cordiales');
    // The hash of the amended text, as check names it.
    const hash = runCli(['check', 'cases/aurora-us'], { cwd: root, env: AS_OF }).stdout.match(
      /`hash: ([0-9a-f]{64})`/,
    )?.[1];
    expect(hash).toBeDefined();
    writeFileSync(agreement, `${readFileSync(agreement, 'utf8')}  - hash: "${hash}"\n    date: 2026-10-01\n`);
    const caseFile = join(root, 'cases', 'aurora-us', 'case.yaml');
    const submitted = `amendments:\n  - id: modificacion-1\n    date: 2026-10-01\n    summary: { es: Solución cordial de controversias }\n    hash: "${hash}"\n    rounds:\n      - submitted: 2026-10-05\n        oficio: PM/0900/2026\n        hash: "${hash}"\n`;
    const text = readFileSync(caseFile, 'utf8');
    writeFileSync(caseFile, text.replace('\ncontactLog:\n', `\n${submitted}contactLog:\n`));
    const waiting = generate(root, ['agreement', 'aurora-us', '--final']);
    expect(waiting.code).toBe(2);
    expect(waiting.stderr).toContain('El dictamen favorable es sobre otro texto');
    expect(waiting.stderr).toContain('`linkage next aurora-us --step amendment`');

    const cleared = `${submitted}        dictamen:\n          date: 2026-11-10\n          outcome: favourable\n`;
    writeFileSync(caseFile, text.replace('\ncontactLog:\n', `\n${cleared}contactLog:\n`));
    expect(runCli(['check', 'cases/aurora-us', '--format', 'json'], { cwd: root, env: AS_OF }).code).toBe(0);
    const r = generate(root, ['agreement', 'aurora-us', '--lang', 'es', '--final', '--out', 'final']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pdf = flat(pdfText(join(root, 'final', 'agreement-aurora-us-es.pdf')));
    expect(pdf).not.toContain('PROYECTO');
    expect(pdf).toContain('mediante negociaciones directas y cordiales');
  });

  it('pairs the language versions article by article in the parallel layout', () => {
    const root = copyWorkspace('demo');
    // A long article, so that pairs have to break across pages.
    lengthenFirstArticle(root, 40);
    const r = generate(root, ['agreement', 'aurora-us', '--lang', 'es,en', '--layout', 'parallel']);
    expect(r.code).toBe(0);
    const pdf = join(root, 'out', 'agreement-aurora-us-es-en.pdf');
    const pages = pdfPages(pdf);
    for (let n = 1; n <= 12; n++) {
      const pageEs = Array.from({ length: pages }, (_, i) => i + 1).find((p) =>
        pdfPageText(pdf, p).includes(`ARTÍCULO ${n}.`),
      );
      const pageEn = Array.from({ length: pages }, (_, i) => i + 1).find((p) =>
        pdfPageText(pdf, p).includes(`ARTICLE ${n}.`),
      );
      expect(pageEs, `ARTÍCULO ${n}`).toBeDefined();
      expect(pageEn, `ARTICLE ${n} starts on the page of ARTÍCULO ${n}`).toBe(pageEs);
    }
    expect(flat(pdfText(pdf))).toContain('Oración larga 40.');
  });

  it('renders a third language from the templates and article texts the workspace adds', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['agreement', 'giessen-de', '--lang', 'es,de']);
    expect(r.stderr).toBe('');
    const text = flat(pdfText(join(root, 'out', 'agreement-giessen-de-es-de.pdf')));
    expect(text).toContain('ARTÍCULO 1. Objeto');
    expect(text).toContain('Artikel 1. Gegenstand');
    expect(text).toContain('in den Sprachen Spanisch und Deutsch, wobei jeder Wortlaut gleichermaßen verbindlich ist.');
  });
});

/** The page of a PDF that prints all of `texts`, laid out (pdftotext -layout). */
function pageWith(pdf: string, ...texts: string[]): string {
  const pages = Array.from({ length: pdfPages(pdf) }, (_, i) => pdfLayoutText(pdf, i + 1));
  const page = pages.find((p) => texts.every((t) => p.includes(t)));
  expect(page, texts.join(' · ')).toBeDefined();
  return page as string;
}

/** Where a text starts on its line of a laid-out page: left column well under 40, right well over. */
const columnAt = (page: string, text: string) =>
  page
    .split('\n')
    .find((l) => l.includes(text))
    ?.indexOf(text) ?? -1;

describe('the closing formula and the signatures of the agreement', () => {
  it("stands each Party's signers in its own column, co-signers under their President", () => {
    const root = copyWorkspace('demo');
    expect(generate(root, ['agreement', 'aurora-us']).stderr).toBe('');
    const page = pageWith(
      join(root, 'out', 'agreement-aurora-us-es-en.pdf'),
      'Por la Ciudad de Aurora',
      'Secretario del Ayuntamiento',
    );
    for (const ours of [
      'Jorge Alberto Ramírez Olvera',
      'María Fernanda Torres Gallardo',
      'Héctor Manuel Aguilar Rangel',
    ])
      expect(columnAt(page, ours), ours).toBeLessThan(30);
    expect(columnAt(page, 'Daniel R. Whitaker')).toBeGreaterThan(40);
    expect(columnAt(page, 'Por la Ciudad de Aurora')).toBeGreaterThan(40);
  });

  it('shows who signed, with their recorded titles, once the signature is recorded', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'giessen-de', 'case.yaml');
    const text = readFileSync(file, 'utf8');
    const changed = text.replace('        - name: Rodrigo Esquivel Muñoz', '        - name: Interino Suplente Pérez');
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    expect(generate(root, ['agreement', 'giessen-de']).stderr).toBe('');
    const pdf = flat(pdfText(join(root, 'out', 'agreement-giessen-de-es-de.pdf')));
    expect(pdf).toContain('Interino Suplente Pérez Síndico Municipal');
    expect(pdf).not.toContain('Rodrigo Esquivel Muñoz');
  });

  it('names the authentic languages of the agreement, not those of the model: Almería signs in Spanish only', () => {
    const root = copyWorkspace('demo');
    // As if Almería had accepted (it declined: a case closed without a text has no agreement).
    const file = join(root, 'cases', 'almeria-es', 'case.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('outcome: declined', 'outcome: accepted')
        .replace(/^end:\n(?: {2}.*\n)+/m, ''),
    );
    expect(generate(root, ['agreement', 'almeria-es']).stderr).toBe('');
    const pdf = flat(pdfText(join(root, 'out', 'agreement-almeria-es-es.pdf')));
    expect(pdf).toContain('ejemplares originales, en idioma español.');
    expect(pdf).not.toContain('inglés');
    expect(pdf).not.toContain('igualmente auténticos');
  });

  it('generate all --layout parallel lays the agreement in columns and the other documents as usual', () => {
    const root = copyWorkspace('demo');
    const all = generate(root, ['all', 'aurora-us', '--layout', 'parallel', '--out', 'all']);
    expect(all.stderr).toBe('');
    expect(all.code).toBe(0);
    expect(readdirSync(join(root, 'all'))).toContain('letter-aurora-us-es-en.pdf');
    // The agreement is the one `generate agreement --layout parallel` makes.
    expect(generate(root, ['agreement', 'aurora-us', '--layout', 'parallel', '--out', 'one']).code).toBe(0);
    expect(readFileSync(join(root, 'all', 'agreement-aurora-us-es-en.pdf'))).toEqual(
      readFileSync(join(root, 'one', 'agreement-aurora-us-es-en.pdf')),
    );
  });

  it('the parallel layout has every signer, its captions and titles in both languages', () => {
    const root = copyWorkspace('demo');
    expect(generate(root, ['agreement', 'aurora-us', '--layout', 'parallel']).stderr).toBe('');
    const page = pageWith(join(root, 'out', 'agreement-aurora-us-es-en.pdf'), 'Por la Ciudad de Aurora');
    expect(page).toContain('For the City of Aurora');
    expect(page).toContain('For the Municipality of San Pedro de las');
    for (const line of ['María Fernanda Torres Gallardo', 'Municipal Trustee', 'Héctor Manuel Aguilar Rangel'])
      expect(columnAt(page, line), line).toBeLessThan(30);
    expect(columnAt(page, 'Mayor of Aurora')).toBeGreaterThan(40);
  });

  it('the German version has its closing formula, every signer with the recorded titles, and the party names', () => {
    const root = copyWorkspace('demo');
    expect(generate(root, ['agreement', 'giessen-de', '--lang', 'es,de']).stderr).toBe('');
    const text = flat(pdfText(join(root, 'out', 'agreement-giessen-de-es-de.pdf')));
    expect(text).toContain(
      'Unterzeichnet in Gießen, Hessen, am 8. Oktober 2026, in zwei Urschriften in den Sprachen Spanisch und Deutsch',
    );
    expect(text).toContain('Für das Municipio San Pedro de las Huertas');
    expect(text).toContain('Für die Universitätsstadt Gießen');
    expect(text).toContain('Claudia Patricia Núñez Villaseñor Gemeindepräsidentin');
    expect(text).toContain('Sekretär des Gemeinderats');
    // The preamble ends with its formula, as the Spanish one ends with «Han acordado lo siguiente:».
    const drawn = pdfDrawnText(join(root, 'out', 'agreement-giessen-de-es-de.pdf'));
    expect(drawn).toMatch(/ihren Völkern beiträgt; haben Folgendes vereinbart: Artikel 1\. Gegenstand/);

    expect(
      generate(root, ['agreement', 'giessen-de', '--lang', 'es,de', '--layout', 'parallel', '--out', 'p']).stderr,
    ).toBe('');
    const parallel = flat(pdfText(join(root, 'p', 'agreement-giessen-de-es-de.pdf')));
    expect(parallel).toContain('Artikel 1. Gegenstand');
    expect(parallel).toContain('haben Folgendes vereinbart:');
    expect(parallel).toContain('wobei jeder Wortlaut gleichermaßen verbindlich ist.');
    expect(parallel).toContain('Síndico (Rechtsvertreter der Gemeinde)');
  });

  it('names the counterpart as the text does: captions and the parties clause agree with the title', () => {
    const root = copyWorkspace('demo');
    expect(generate(root, ['agreement', 'mildura-au']).stderr).toBe('');
    const mildura = flat(pdfText(join(root, 'out', 'agreement-mildura-au-es-en.pdf')));
    expect(mildura).toContain('Por la Ciudad Rural de Mildura');
    expect(mildura).toContain('For Mildura Rural City Council');
    expect(mildura).not.toContain('Ciudad de Mildura');
    expect(generate(root, ['agreement', 'aurora-us']).stderr).toBe('');
    const aurora = flat(pdfText(join(root, 'out', 'agreement-aurora-us-es-en.pdf')));
    expect(aurora).toContain('Estado de Illinois, Estados Unidos de América, en adelante denominados «las Partes»');
    expect(aurora).not.toMatch(/Estados Unidos, en adelante/);
  });
});

describe('the oficios to the SRE', () => {
  it('the opinion request: number, Asunto, art. 7, the council session, the text hash, attachments, Atentamente, c.c.p.', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['opinion-request', 'leamington-ca']);
    expect(r.stderr).toBe('');
    const text = flat(pdfText(join(root, 'out', 'opinion-request-leamington-ca-es.pdf')));
    expect(text).toContain('Oficio núm. PM/DAI/0412/2026');
    expect(text).toContain('Asunto: Solicitud de dictamen sobre el acuerdo con Leamington, Canadá');
    expect(text).toContain('San Pedro de las Huertas, Gto., a 8 de junio de 2026');
    expect(text).toContain(
      'María Elena Vázquez Corona Directora General de Coordinación Política Secretaría de Relaciones Exteriores',
    );
    expect(text).toContain(
      'Por conducto de: Coordinación de Asuntos Internacionales del Gobierno del Estado de Guanajuato',
    );
    expect(text).toContain('Con fundamento en el artículo 7 de la Ley sobre la Celebración de Tratados');
    expect(text).toContain('dictamen sobre la procedencia de suscribirlo');
    expect(text).toContain('sesión de Cabildo número 38 celebrada el 14 de mayo de 2026');
    expect(text).toContain('huella SHA-256 8709bed6973d');
    expect(text).toMatch(/Anexos: 1\. .+ 2\. /);
    expect(text).toContain('Atentamente');
    expect(text).toContain('c.c.p. Archivo');
  });

  it('a draft of a new request prints a blank oficio number; --record needs one and records the round', () => {
    const root = copyWorkspace('demo');
    // Leamington's text before it went to the SRE: the draft of its first request has blanks for what
    // is not recorded.
    const file = join(root, 'cases', 'leamington-ca', 'case.yaml');
    const text = readFileSync(file, 'utf8');
    const unsent = text.replace(/ {2}sre-opinion:\n(?: {4}.*\n| {6}.*\n| {8}.*\n| {10}.*\n| {12}.*\n)+/, '');
    expect(unsent).not.toBe(text);
    writeFileSync(file, unsent);
    const draft = generate(root, ['opinion-request', 'leamington-ca', '--out', 'draft']);
    expect(draft.code).toBe(0);
    const draftText = flat(pdfText(join(root, 'draft', 'opinion-request-leamington-ca-es.pdf')));
    expect(draftText).toContain('Oficio núm. ____');
    expect(draftText).toContain('San Pedro de las Huertas, Gto., fecha por definir');
    const refused = generate(root, ['opinion-request', 'leamington-ca', '--record', '--date', '2026-11-20']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('hace falta su número de oficio');

    const ok = generate(root, [
      'opinion-request',
      'leamington-ca',
      '--record',
      '--date',
      '2026-11-20',
      '--oficio',
      'PM/DAI/0500/2026',
    ]);
    expect(ok.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toMatch(
      /sre-opinion:\n\s+rounds:\n\s+- submitted: 2026-11-20\n\s+oficio: PM\/DAI\/0500\/2026\n\s+hash: [0-9a-f]{64}/,
    );
    expect(readFileSync(join(root, 'cases', 'leamington-ca', 'documents.yaml'), 'utf8')).toContain(
      'file: issued/opinion-request-leamington-ca-es.pdf',
    );
  });

  it('issuing the registration letter records its oficio and date in the case', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'giessen-de', 'case.yaml');
    // Gießen's copy went to the SRE already: take that fact back, then issue the letter.
    const text = readFileSync(file, 'utf8');
    const without = text.replace(/ {2}registration:\n(?: {4}.*\n| {6}.*\n| {8}.*\n)+/, '');
    expect(without).not.toBe(text);
    writeFileSync(file, without);
    const r = generate(root, [
      'registration',
      'giessen-de',
      '--record',
      '--date',
      '2026-11-25',
      '--oficio',
      'PM/DAI/0611/2026',
    ]);
    expect(r.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toMatch(
      / {2}registration:\n {4}date: 2026-11-25\n {4}oficio: PM\/DAI\/0611\/2026\n/,
    );
    expect(flat(pdfText(join(root, 'cases', 'giessen-de', 'issued', 'registration-giessen-de-es.pdf')))).toContain(
      'Oficio núm. PM/DAI/0611/2026',
    );
  });

  it('the registration letter sends the signed copy for the registry, citing the favourable dictamen', () => {
    const root = copyWorkspace('demo');
    generate(root, ['registration', 'aurora-us']);
    const text = flat(pdfText(join(root, 'out', 'registration-aurora-us-es.pdf')));
    expect(text).toContain('Oficio núm. PM/0214/2023');
    expect(text).toContain('Asunto: Registro del acuerdo con Aurora, Estados Unidos');
    expect(text).toContain('a fin de que se inscriba en el Registro de acuerdos interinstitucionales');
    expect(text).toContain('en San Pedro de las Huertas, Guanajuato, el 22 de marzo de 2023');
    expect(text).toContain('oficio CJ/DGCP/4312/2022 del 9 de diciembre de 2022');
    expect(text).toContain('Jorge Alberto Ramírez Olvera');
  });

  it('the registration letter does not call favourable a dictamen that found none required', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'aurora-us', 'case.yaml');
    replaceIn(file, 'outcome: favourable', 'outcome: not-required');
    expect(generate(root, ['registration', 'aurora-us']).code).toBe(0);
    const text = flat(pdfText(join(root, 'out', 'registration-aurora-us-es.pdf')));
    expect(text).not.toContain('dictamen favorable');
    expect(text).toContain(
      'El acuerdo se firmó sobre el texto respecto del cual esa Secretaría determinó que no se requería su dictamen, comunicado mediante el oficio CJ/DGCP/4312/2022 del 9 de diciembre de 2022.',
    );
  });
});

describe('the counterpart signer before the signature is recorded', () => {
  it('is the mayor in office on the document date (formerMayors), not always the current one', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'leamington-ca', 'case.yaml');
    replaceIn(
      file,
      '  mayor:\n    name: Catherine Rivard\n',
      '  formerMayors:\n    - name: Hilda MacDonald\n      gender: f\n      to: 2026-10-31\n  mayor:\n    name: Catherine Rivard\n    from: 2026-11-01\n',
    );
    expect(generate(root, ['agreement', 'leamington-ca', '--lang', 'es', '--date', '2026-06-01']).code).toBe(0);
    const before = flat(pdfText(join(root, 'out', 'agreement-leamington-ca-es.pdf')));
    expect(before).toContain('Hilda MacDonald');
    expect(before).not.toContain('Catherine Rivard');
    expect(generate(root, ['agreement', 'leamington-ca', '--lang', 'es', '--date', '2026-11-20']).code).toBe(0);
    expect(flat(pdfText(join(root, 'out', 'agreement-leamington-ca-es.pdf')))).toContain('Catherine Rivard');
  });
});

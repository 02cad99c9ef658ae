import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lsctCitation } from '../../src/documents/context/oficio.js';
import {
  AMENDED_AURORA,
  amendedDemo,
  copyWorkspace,
  flat,
  pdfPages,
  pdfPageText,
  pdfText,
  replaceIn,
  runCli,
} from '../helpers.js';

const AS_OF = { LINKAGE_TODAY: '2026-11-28' };
/** The hash of aurora-us's text as signed in 2023 (the demo's). */
const ORIGINAL_AURORA = 'f195773214b02c8e2fa354c638682a0560a54a423981e7b41441de435c237a9b';
/** Mildura's first text, which the SRE observed, and the one revised after its observations. */
const MILDURA_FIRST = '6ff367e08d2d910be70d7b2fd7fc76d01d16ecddfd823d9ef20f6dd06944ac23';
const MILDURA_REVISED = 'f8178ac8421e45d14d81304adedb4d8d996f6d11c2d6da1538167c8adc6b1cb2';
const generate = (root: string, args: string[]) => runCli(['generate', ...args], { cwd: root, env: AS_OF });

/** Generates one oficio of a case (or of its amendment) into out/ and returns its text. */
function oficioText(root: string, document: string, slug: string, amendment?: string): string {
  const r = generate(root, [document, slug, ...(amendment ? ['--amendment', amendment] : [])]);
  expect(r.stderr).toBe('');
  return flat(pdfText(join(root, 'out', `${[document, slug, amendment, 'es'].filter(Boolean).join('-')}.pdf`)));
}

/**
 * Mildura's case.yaml with its second round given the first round's hash (the text the SRE observed)
 * and every answer `rejected`: the municipality keeps that text and explains why.
 */
const keepFirstText = (text: string): string =>
  text
    .replace(`hash: "${MILDURA_REVISED}"`, `hash: "${MILDURA_FIRST}"`)
    .replaceAll('resolution: accepted', 'resolution: rejected');

/** Rewrites a case's case.yaml with `edit`, failing if the edit changed nothing. */
function editCase(root: string, slug: string, edit: (text: string) => string): string {
  const file = join(root, 'cases', slug, 'case.yaml');
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
  return file;
}

describe('the oficios to the SRE', () => {
  it('cite the Ley sobre la Celebración de Tratados with its publication and its last reform by their date', () => {
    const root = copyWorkspace('demo');
    const law = (date: string) =>
      `Con fundamento en el artículo 7 de la Ley sobre la Celebración de Tratados, publicada en el Diario Oficial de la Federación el 2 de enero de 1992 y reformada por última vez el ${date}, me permito`;
    // Aurora's request of 2022 and its registration of 2023: the 2021 reform, not the 2025 one to come.
    expect(oficioText(root, 'opinion-request', 'aurora-us')).toContain(law('20 de mayo de 2021'));
    expect(oficioText(root, 'registration', 'aurora-us')).toContain(law('20 de mayo de 2021'));
    // Gießen's registration of October 2026: the reform of November 2025.
    expect(oficioText(root, 'registration', 'giessen-de')).toContain(law('14 de noviembre de 2025'));
  });

  it('cite the law as published on a date before its first reform, and as in force today when undated', () => {
    const published =
      'Ley sobre la Celebración de Tratados, publicada en el Diario Oficial de la Federación el 2 de enero de 1992';
    expect(lsctCitation('2021-05-19')).toBe(published);
    expect(lsctCitation('2021-05-20')).toBe(`${published} y reformada por última vez el 20 de mayo de 2021`);
    expect(lsctCitation('2025-11-13')).toBe(`${published} y reformada por última vez el 20 de mayo de 2021`);
    expect(lsctCitation(null)).toBe(`${published} y reformada por última vez el 14 de noviembre de 2025`);
  });
});

describe('the opinion request', () => {
  it('after a favourable dictamen is the round that was sent: its number, date, route, annexes and signer', () => {
    const root = copyWorkspace('demo');
    const text = oficioText(root, 'opinion-request', 'aurora-us');
    expect(text).toContain('Oficio núm. PM/0561/2022');
    expect(text).toContain('San Pedro de las Huertas, Gto., a 5 de septiembre de 2022');
    // One round only, and its dictamen was favourable: no "second version", no observations.
    expect(text).not.toContain('versión que se somete');
    expect(text).not.toContain('observaciones');
    // Sent directly to the DGCP: neither through the state office nor copied to it.
    expect(text).not.toContain('Por conducto de');
    expect(text).not.toContain('Gobierno del Estado');
    expect(text).toContain('1. Texto del Acuerdo en español e inglés');
    expect(text).toContain('3. Carta de aceptación del Alcalde de Aurora');
    // The text is named by its whole SHA-256, as the SRE's dictamen will name it, not by a prefix.
    expect(text).toContain(
      'se identifica con la huella SHA-256 f195773214b02c8e2fa354c638682a0560a54a423981e7b41441de435c237a9b',
    );
    // Signed by the president in office on 5 September 2022, under that administration's letterhead.
    expect(text).toContain('Jorge Alberto Ramírez Olvera Presidente Municipal');
    expect(text).toContain('Guanajuato · 2021–2024');
  });

  it('issuing it after a favourable dictamen records no new round', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases', 'giessen-de', 'case.yaml');
    const before = readFileSync(file, 'utf8');
    const r = generate(root, ['opinion-request', 'giessen-de', '--record']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(flat(pdfText(join(root, 'cases', 'giessen-de', 'issued', 'opinion-request-giessen-de-es.pdf')))).toContain(
      'Oficio núm. PM/DAI/0571/2025',
    );
  });

  it('a round after observations says it answers them', () => {
    const text = oficioText(copyWorkspace('demo'), 'opinion-request', 'mildura-au');
    expect(text).toContain(
      'Esta es la 2.ª versión que se somete a esa Secretaría; atiende las observaciones comunicadas mediante el oficio CJ/DGCP/1876/2026 del 10 de junio de 2026.',
    );
  });

  it("a second round of the agreement's own text, unchanged, says so and gives each answer", () => {
    const root = copyWorkspace('demo');
    // Mildura's second round given the first round's hash (the text the SRE observed), the
    // municipality keeping that text: its answers explain why rather than change it.
    editCase(root, 'mildura-au', keepFirstText);
    const text = oficioText(root, 'opinion-request', 'mildura-au');
    expect(text).not.toContain('2.ª versión');
    expect(text).toContain(
      'Esta es la 2.ª solicitud de dictamen que se dirige a esa Secretaría. El texto es el mismo que se sometió en la 1.ª solicitud: el Municipio lo mantiene y responde a las observaciones comunicadas mediante el oficio CJ/DGCP/1876/2026 del 10 de junio de 2026 como sigue:',
    );
    expect(text).toContain(
      '2. Observación (artículo financiamiento): Sujetar los gastos de cada Parte a la disponibilidad de sus recursos presupuestarios. Respuesta: Se añadió la sujeción a la disponibilidad presupuestaria.',
    );
  });

  it('ends each observation it answers with one full stop, before its answer', () => {
    const root = copyWorkspace('demo');
    // The same-text letter, obs-3 written without its final full stop, obs-2 with one.
    editCase(root, 'mildura-au', (text) =>
      keepFirstText(text).replace('fungirá como coordinadora.', 'fungirá como coordinadora'),
    );
    const text = oficioText(root, 'opinion-request', 'mildura-au');
    expect(text).toContain(
      '3. Observación (artículo coordinadores): Precisar el área del Municipio que fungirá como coordinadora. Respuesta: El artículo ya designa',
    );
    expect(text).toContain('de sus recursos presupuestarios. Respuesta: Se añadió');
    expect(text).not.toContain('..');
  });

  it('refuses to say the municipality keeps the observed text when an answer says the text was changed', () => {
    const root = copyWorkspace('demo');
    // Mildura's second round given the first round's hash, while obs-1 and obs-2 are recorded as
    // accepted ("se aceptó y se cambió el texto"): the letter would say the text is kept and print
    // answers saying it was changed.
    editCase(root, 'mildura-au', (text) => text.replace(`hash: "${MILDURA_REVISED}"`, `hash: "${MILDURA_FIRST}"`));
    const r = generate(root, ['opinion-request', 'mildura-au']);
    expect(r.code).toBe(2);
    const err = flat(r.stderr);
    expect(err).toContain(
      'La 2.ª solicitud de dictamen somete a la SRE el mismo texto que ya le sometió, pero la observación «obs-1» del dictamen de la 1.ª se registró como aceptada (se cambió el texto)',
    );
    // At the round's hash, by its line: the refusal comes before any document is made.
    expect(err).toMatch(/cases\/mildura-au\/case\.yaml:\d+:\d+ \(steps\.sre-opinion\.rounds\.1\.hash\)/);
    expect(err).toContain('rejected o clarified');
    expect(existsSync(join(root, 'out', 'opinion-request-mildura-au-es.pdf'))).toBe(false);
  });

  it('refuses, at the answer, a next request not recorded yet whose current text is the one observed', () => {
    const root = copyWorkspace('demo');
    // Mildura's second round not recorded yet, and the SRE's observations made on the current text (the
    // revised one): the next request would submit it again while obs-1 and obs-2 say it was changed.
    editCase(root, 'mildura-au', (text) =>
      text
        .replaceAll(`"${MILDURA_FIRST}"`, `"${MILDURA_REVISED}"`)
        .replace(/ {6}- submitted: 2026-10-12\n[\s\S]*?(?=contactLog:)/, ''),
    );
    // check warns of it, at the same place.
    const check = flat(runCli(['check'], { cwd: root, env: AS_OF }).stdout);
    expect(check).toMatch(
      /cases\/mildura-au\/case\.yaml:\d+:\d+ \(steps\.sre-opinion\.rounds\.0\.dictamen\.observations\.0\.answer\.resolution\) advertencia \[resubmitted-text\]: La próxima ronda \(2\), aún no registrada, sometería a la SRE el texto actual de agreement\.yaml, el mismo sobre el que comunicó observaciones en la ronda 1, pero la observación «obs-1» se registró como aceptada/,
    );
    const r = generate(root, ['opinion-request', 'mildura-au']);
    expect(r.code).toBe(2);
    const err = flat(r.stderr);
    expect(err).toContain(
      'La 2.ª solicitud de dictamen somete a la SRE el mismo texto que ya le sometió, pero la observación «obs-1» del dictamen de la 1.ª se registró como aceptada',
    );
    expect(err).toMatch(
      /cases\/mildura-au\/case\.yaml:\d+:\d+ \(steps\.sre-opinion\.rounds\.0\.dictamen\.observations\.0\.answer\.resolution\)/,
    );
    expect(existsSync(join(root, 'out', 'opinion-request-mildura-au-es.pdf'))).toBe(false);
    // Its answers recorded as keeping the text: the request is made.
    editCase(root, 'mildura-au', (text) => text.replaceAll('resolution: accepted', 'resolution: rejected'));
    expect(runCli(['check'], { cwd: root, env: AS_OF }).stdout).not.toContain('[resubmitted-text]');
    expect(generate(root, ['opinion-request', 'mildura-au']).code).toBe(0);
  });

  it('a third round that goes back to the first text, after observations on the second answered "accepted", is made and passes check', () => {
    const root = copyWorkspace('demo');
    // A (round 1, observed, answers accepted) → B (round 2, observed, its answer accepted: back to A) →
    // A (round 3): the SRE observed B, the text changed, the answer is true.
    const anchor = '            sha256: "0c93ef6be0ad0e7988266add93370dccf83bfe9842d1940a2c70df86b61661de"\n';
    editCase(root, 'mildura-au', (text) =>
      text.replace(
        anchor,
        `${anchor}        dictamen:
          date: 2026-11-02
          oficio: CJ/DGCP/2001/2026
          outcome: observations
          hash: "${MILDURA_REVISED}"
          observations:
            - id: obs-b1
              text: Volver a la redacción anterior del artículo de controversias.
              answer: { date: 2026-11-10, resolution: accepted, text: Se volvió a la redacción anterior. }
      - submitted: 2026-11-20
        oficio: PM/DAI/0700/2026
        hash: "${MILDURA_FIRST}"
        route: state
`,
      ),
    );
    const check = runCli(['check'], { cwd: root, env: AS_OF });
    expect(check.stdout).not.toContain('[resubmitted-text]');
    const text = oficioText(root, 'opinion-request', 'mildura-au');
    // The text is round 1's, but not the one the SRE observed last (round 2's): the letter does not
    // say the Municipality keeps it; it says it goes back to it to answer those observations.
    // (The oficio's number may break across lines after a slash.)
    expect(text).toContain(
      'Esta es la 3.ª solicitud de dictamen que se dirige a esa Secretaría. El texto es el que se sometió en la 1.ª solicitud: para atender las observaciones comunicadas mediante el oficio CJ/',
    );
    expect(text).toContain(
      '2001/2026 del 2 de noviembre de 2026, el Municipio vuelve a esa redacción y responde a ellas como sigue: 1. Observación:',
    );
    expect(text).not.toContain('lo mantiene');
    expect(text).not.toContain('El texto es el mismo');
    expect(text).toContain(
      '1. Observación: Volver a la redacción anterior del artículo de controversias. Respuesta: Se volvió a la redacción anterior.',
    );
    // The observation on B left unanswered: the letter says it answers it, so check asks for the answer,
    // at that observation.
    editCase(root, 'mildura-au', (t) =>
      t.replace(
        /\n {14}answer: \{ date: 2026-11-10, resolution: accepted, text: Se volvió a la redacción anterior\. \}/,
        '',
      ),
    );
    const unanswered = runCli(['check'], { cwd: root, env: AS_OF });
    expect(unanswered.code).toBe(0);
    expect(flat(unanswered.stdout)).toMatch(
      /cases\/mildura-au\/case\.yaml:\d+:\d+ \(steps\.sre-opinion\.rounds\.1\.dictamen\.observations\.0\) advertencia \[resubmitted-text\]: La ronda 3 vuelve al texto de la ronda 1 para atender las observaciones que la SRE comunicó en la ronda 2, pero la observación «obs-b1» no tiene respuesta registrada/,
    );
  });

  it('says which version the council approved when the text now submitted is a later one', () => {
    // Mildura's council approved the first draft (20 November 2025); the second round submits the
    // text revised after the SRE's observations (5 August 2026), which the council never voted on.
    const text = oficioText(copyWorkspace('demo'), 'opinion-request', 'mildura-au');
    expect(text).not.toContain('El texto fue aprobado por el H. Ayuntamiento');
    expect(text).toContain(
      'El H. Ayuntamiento aprobó la versión del 20 de noviembre de 2025 del texto en la sesión de Cabildo número 31 celebrada el 29 de enero de 2026.',
    );
    expect(text).toContain('versión del 5 de agosto de 2026');
  });

  it('says the text submitted is the one the council approved when the hashes agree', () => {
    const text = oficioText(copyWorkspace('demo'), 'opinion-request', 'aurora-us');
    expect(text).toContain(
      'El texto fue aprobado por el H. Ayuntamiento en la sesión de Cabildo número 21 celebrada el 25 de agosto de 2022.',
    );
  });

  it('a round after an unfavourable dictamen revises the text without speaking of observations', () => {
    const root = copyWorkspace('demo');
    editCase(root, 'mildura-au', (text) => text.replace('outcome: observations', 'outcome: unfavourable'));
    const text = oficioText(root, 'opinion-request', 'mildura-au');
    expect(text).toContain(
      'Esta es la 2.ª versión que se somete a esa Secretaría; revisa la versión anterior, sobre la que esa Secretaría emitió su dictamen mediante el oficio CJ/DGCP/1876/2026 del 10 de junio de 2026.',
    );
    expect(text).not.toContain('atiende las observaciones');
  });

  it('a round after an unfavourable dictamen that submits the same text again names that request, not observations', () => {
    const root = copyWorkspace('demo');
    editCase(root, 'mildura-au', (text) =>
      keepFirstText(text).replace('outcome: observations', 'outcome: unfavourable'),
    );
    const text = oficioText(root, 'opinion-request', 'mildura-au');
    expect(text).toContain(
      'Esta es la 2.ª solicitud de dictamen que se dirige a esa Secretaría. El texto es el que se sometió en la 1.ª solicitud; esa Secretaría emitió su dictamen sobre la solicitud anterior mediante el oficio CJ/DGCP/1876/2026 del 10 de junio de 2026.',
    );
    expect(text).not.toContain('responde a');
  });

  it('keeps "Anexos:" and all its annexes on one page: a short list is not split', () => {
    // The demo's Mildura request ended page 1 with "Anexos:" and annexes 1 and 2, and put annex 3
    // alone at the top of page 2, above the closing formula.
    const root = copyWorkspace('demo');
    oficioText(root, 'opinion-request', 'mildura-au');
    const pdf = join(root, 'out', 'opinion-request-mildura-au-es.pdf');
    const pages = Array.from({ length: pdfPages(pdf) }, (_, p) => flat(pdfPageText(pdf, p + 1)));
    const pageOf = (text: string) => pages.findIndex((page) => page.includes(text));
    expect(pageOf('Anexos:')).toBeGreaterThanOrEqual(0);
    for (const annex of [
      '1. Texto revisado del Acuerdo',
      '2. Respuesta a las observaciones',
      '3. Conformidad de la Ciudad Rural de Mildura',
    ]) {
      expect(pageOf(annex)).toBe(pageOf('Anexos:'));
    }
  });

  it('keeps "Anexos:" on the page of its first two annexes, not with the first alone', () => {
    // Mildura's request with a longer address and longer first two annexes: "Anexos:" and the first
    // (four lines) end page 1, where the second (four lines too) no longer fits.
    const root = copyWorkspace('demo');
    const longer = (from: string, more: string) => (text: string) => text.replace(from, `${from}${more}`);
    replaceIn(
      join(root, 'linkage.yaml'),
      '06010 Ciudad de México',
      '06010 Ciudad de México, Edificio de la Cancillería, piso diez, ala poniente, oficina de correspondencia',
    );
    editCase(root, 'mildura-au', (text) =>
      [
        longer(
          'es: Texto revisado del Acuerdo en español e inglés',
          ', con las modificaciones de los artículos sobre controversias y financiamiento señaladas por la Consultoría Jurídica en su dictamen del 10 de junio de 2026, y con la conformidad de la Ciudad Rural de Mildura expresada por su Alcalde el 28 de julio de 2026 por escrito',
        ),
        longer(
          'es: Respuesta a las observaciones de la Consultoría Jurídica',
          ' y a la consulta de la Consultoría Jurídica'.repeat(6),
        ),
      ].reduce((t, edit) => edit(t), text),
    );
    oficioText(root, 'opinion-request', 'mildura-au');
    const pdf = join(root, 'out', 'opinion-request-mildura-au-es.pdf');
    const pages = Array.from({ length: pdfPages(pdf) }, (_, p) => flat(pdfPageText(pdf, p + 1)));
    const pageOf = (text: string) => pages.findIndex((page) => page.includes(text));
    expect(pages.length).toBe(2);
    expect(pageOf('Anexos:')).toBeGreaterThanOrEqual(0);
    expect(pageOf('1. Texto revisado del Acuerdo')).toBe(pageOf('Anexos:'));
    expect(pageOf('2. Respuesta a las observaciones')).toBe(pageOf('Anexos:'));
  });
});

describe('the opinion request for an amendment', () => {
  it('of a signed agreement, is by default the amendment under way: what it modifies, what changes, its whole hash', () => {
    const root = amendedDemo();
    const r = generate(root, ['opinion-request', 'aurora-us']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('out/opinion-request-aurora-us-modificacion-1-es.pdf');
    const text = flat(pdfText(join(root, 'out', 'opinion-request-aurora-us-modificacion-1-es.pdf')));
    expect(text).toContain(
      'Asunto: Solicitud de dictamen sobre la modificación del acuerdo con Aurora, Estados Unidos',
    );
    expect(text).toContain(
      'pretende suscribir una modificación del Acuerdo de Hermanamiento entre el Municipio de San Pedro de las Huertas',
    );
    expect(text).toContain(
      'firmado el 22 de marzo de 2023 e inscrito en el Registro de acuerdos interinstitucionales con el número RAI-0418/2023, por lo que le solicito atentamente el dictamen sobre la procedencia de suscribirla.',
    );
    expect(text).toContain('Materia de la modificación: Se precisa el objeto del acuerdo.');
    expect(text).toContain(
      `se identifica con la huella SHA-256 ${AMENDED_AURORA}, versión del 10 de noviembre de 2026.`,
    );
    expect(text).toContain('1. Texto del acuerdo con la modificación en español');
    expect(text).toContain('2. Texto del acuerdo con la modificación en inglés');
    // The council approved the agreement's text in 2022, not this one.
    expect(text).not.toContain('Cabildo');
    // Not yet sent: no number; the workspace's route (through the state office); the president of 2026.
    expect(text).toContain('Oficio núm. ____');
    expect(text).toContain('Por conducto de: Coordinación de Asuntos Internacionales del Gobierno del Estado');
    expect(text).toContain('Claudia Patricia Núñez Villaseñor Presidenta Municipal');
  });

  it("--record records the oficio in the amendment's own round, beside the agreement's request", () => {
    const root = amendedDemo();
    const file = join(root, 'cases', 'aurora-us', 'case.yaml');
    const r = generate(root, [
      'opinion-request',
      'aurora-us',
      '--amendment',
      'modificacion-1',
      '--record',
      '--date',
      '2026-11-20',
      '--oficio',
      'PM/DAI/0800/2026',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const c = readFileSync(file, 'utf8');
    expect(c).toContain(
      `    rounds:\n      - submitted: 2026-11-20\n        oficio: PM/DAI/0800/2026\n        hash: ${AMENDED_AURORA}\n`,
    );
    // The agreement's own round of 2022 is as it was.
    expect(c).toContain('      - submitted: 2022-09-05\n        oficio: PM/0561/2022\n');
    const register = readFileSync(join(root, 'cases', 'aurora-us', 'documents.yaml'), 'utf8');
    expect(register).toContain('file: issued/opinion-request-aurora-us-modificacion-1-es.pdf');
    expect(register).toContain('step: amendment');
    const issued = flat(
      pdfText(join(root, 'cases', 'aurora-us', 'issued', 'opinion-request-aurora-us-modificacion-1-es.pdf')),
    );
    expect(issued).toContain('Oficio núm. PM/DAI/0800/2026');
    expect(issued).toContain('San Pedro de las Huertas, Gto., a 20 de noviembre de 2026');
    expect(runCli(['check'], { cwd: root, env: AS_OF }).code).toBe(0);
    // generate all writes both requests: the agreement's (its round of 2022) and the amendment's.
    const all = generate(root, ['all']);
    expect(all.code).toBe(0);
    expect(flat(pdfText(join(root, 'out', 'opinion-request-aurora-us-es.pdf')))).toContain('Oficio núm. PM/0561/2022');
    expect(all.stdout).toContain('out/opinion-request-aurora-us-modificacion-1-es.pdf');
  });

  it('a round after observations on the amendment says it answers them', () => {
    const root = amendedDemo(
      `    rounds:\n      - submitted: 2026-11-12\n        oficio: PM/DAI/0800/2026\n        hash: ${AMENDED_AURORA}\n        route: direct\n        dictamen:\n          date: 2026-11-20\n          oficio: CJ/DGCP/2301/2026\n          outcome: observations\n          observations:\n            - id: obs-1\n              text: Precisar el alcance.\n              answer: { date: 2026-11-22, resolution: accepted }\n`,
    );
    // The text is revised after the observation: the next round submits a new version.
    replaceIn(
      join(root, 'cases', 'aurora-us', 'agreement.yaml'),
      'de sus competencias.',
      'de sus competencias propias.',
    );
    const text = oficioText(root, 'opinion-request', 'aurora-us', 'modificacion-1');
    expect(text).toContain(
      'Esta es la 2.ª versión de la modificación que se somete a esa Secretaría; atiende las observaciones comunicadas mediante el oficio CJ/DGCP/2301/2026 del 20 de noviembre de 2026.',
    );
    expect(text).toContain('Oficio núm. ____');
  });

  it('a round that submits again the observed text says it is the same and gives the answers, not a new version', () => {
    // The municipality keeps the amended text the SRE observed and answers its observation.
    const root = amendedDemo(
      `    rounds:\n      - submitted: 2026-11-12\n        oficio: PM/DAI/0800/2026\n        hash: ${AMENDED_AURORA}\n        route: direct\n        dictamen:\n          date: 2026-11-20\n          oficio: CJ/DGCP/2301/2026\n          outcome: observations\n          observations:\n            - id: obs-1\n              article: objeto\n              text: Precisar el alcance.\n              answer: { date: 2026-11-22, resolution: clarified, text: El artículo ya enumera las áreas. }\n      - submitted: 2026-11-25\n        oficio: PM/DAI/0850/2026\n        hash: ${AMENDED_AURORA}\n        route: direct\n`,
    );
    const text = oficioText(root, 'opinion-request', 'aurora-us', 'modificacion-1');
    expect(text).not.toContain('versión de la modificación que se somete');
    expect(text).not.toContain('atiende las observaciones');
    expect(text).toContain(
      'Esta es la 2.ª solicitud de dictamen sobre la modificación que se dirige a esa Secretaría. El texto es el mismo que se sometió en la 1.ª solicitud: el Municipio lo mantiene y responde a las observaciones comunicadas mediante el oficio CJ/DGCP/2301/2026 del 20 de noviembre de 2026 como sigue:',
    );
    expect(text).toContain(
      '1. Observación (artículo objeto): Precisar el alcance. Respuesta: El artículo ya enumera las áreas.',
    );
    expect(text).toContain('Oficio núm. PM/DAI/0850/2026');
  });

  it('warns, naming the observation and where to write it, when an answer it quotes has no text', () => {
    // The amended text the SRE observed, kept: the request quotes the answer, recorded without its text.
    const root = amendedDemo(
      `    rounds:\n      - submitted: 2026-11-12\n        oficio: PM/DAI/0800/2026\n        hash: ${AMENDED_AURORA}\n        route: direct\n        dictamen:\n          date: 2026-11-20\n          oficio: CJ/DGCP/2301/2026\n          outcome: observations\n          observations:\n            - id: obs-1\n              text: Precisar el alcance.\n              answer: { date: 2026-11-22, resolution: clarified }\n      - submitted: 2026-11-25\n        oficio: PM/DAI/0850/2026\n        hash: ${AMENDED_AURORA}\n        route: direct\n`,
    );
    const r = generate(root, ['opinion-request', 'aurora-us', '--amendment', 'modificacion-1']);
    expect(r.code).toBe(0);
    expect(flat(pdfText(join(root, 'out', 'opinion-request-aurora-us-modificacion-1-es.pdf')))).toContain(
      '1. Observación: Precisar el alcance. Respuesta: ____',
    );
    expect(flat(r.stdout)).toContain(
      'La 2.ª solicitud de dictamen cita la respuesta a la observación «obs-1» del dictamen de la 1.ª, pero esa respuesta no tiene texto: el oficio imprime «____» en su lugar.',
    );
    expect(flat(r.stdout)).toContain(
      'Escriba la respuesta (por qué el texto la atiende o por qué se mantiene) en `amendments.0.rounds.0.dictamen.observations.0.answer.text` de cases/aurora-us/case.yaml.',
    );
    // The agreement's own rounds: Mildura keeping its first text, the answer to obs-2 without its text.
    editCase(root, 'mildura-au', (text) =>
      keepFirstText(text).replace(/\n {16}text:\n {18}es: Se añadió la sujeción.*\n(?: {18,}.*\n)*/, '\n'),
    );
    const en = runCli(['generate', 'opinion-request', 'mildura-au'], {
      cwd: root,
      env: { ...AS_OF, LINKAGE_LANG: 'en' },
    });
    expect(flat(en.stdout)).toContain('quotes the answer to the observation "obs-2" of the opinion on request 1');
    expect(flat(en.stdout)).toContain('`steps.sre-opinion.rounds.0.dictamen.observations.1.answer.text`');
    // obs-1 and obs-3 have their answers' texts.
    expect(flat(en.stdout)).not.toContain('obs-1');
    expect(flat(en.stdout)).not.toContain('obs-3');
  });

  it('leaves alone a register written by hand: its entry, under a file name of its own, is still the issued copy', () => {
    const root = copyWorkspace('rules/base');
    // lyon-fr's register names its letter documents/letter-lyon-fr-es.pdf.
    const r = generate(root, ['letter', 'lyon-fr', '--lang', 'es']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Copiado del documento emitido: out/letter-lyon-fr-es.pdf');
  });

  it('names the amendment it is asked for, and says which there are when there is no such one', () => {
    const root = amendedDemo();
    const r = generate(root, ['opinion-request', 'aurora-us', '--amendment', 'modificacion-2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('El caso «aurora-us» no tiene una modificación «modificacion-2».');
    expect(r.stderr).toContain('Sus modificaciones: modificacion-1.');
    const letter = generate(root, ['letter', 'aurora-us', '--amendment', 'modificacion-1']);
    expect(letter.code).toBe(2);
    expect(letter.stderr).toContain('el documento letter no trata de ninguna');
  });
});

describe('the registration letter of a signed amendment', () => {
  /** The amendment cleared by the SRE and signed, through the state office as the workspace routes. */
  const signed = `    rounds:\n      - submitted: 2026-11-12\n        oficio: PM/DAI/0800/2026\n        hash: ${AMENDED_AURORA}\n        dictamen: { date: 2026-11-20, oficio: CJ/DGCP/2400/2026, outcome: favourable }\n    signed: 2026-11-25\n`;

  it('is by default the signed amendment not yet sent: the agreement it modifies, the signature, the dictamen', () => {
    const text = oficioText(amendedDemo(signed), 'registration', 'aurora-us', 'modificacion-1');
    expect(text).toContain('Asunto: Registro de la modificación del acuerdo con Aurora, Estados Unidos');
    expect(text).toContain(
      'me permito remitir a esa Secretaría copia de la modificación del Acuerdo de Hermanamiento entre el Municipio de San Pedro de las Huertas',
    );
    expect(text).toContain(
      'inscrito con el número RAI-0418/2023, firmada por las Partes el 25 de noviembre de 2026, a fin de que se inscriba en el Registro de acuerdos interinstitucionales.',
    );
    expect(text).toContain(
      'La modificación se firmó sobre el texto que obtuvo el dictamen favorable de esa Secretaría, comunicado mediante el oficio CJ/DGCP/2400/2026 del 20 de noviembre de 2026.',
    );
    expect(text).toMatch(/Anexo: 1\. Copia de la modificación del Acuerdo de Hermanamiento .+, firmada/);
    expect(text).toContain('Por conducto de: Coordinación de Asuntos Internacionales del Gobierno del Estado');
    expect(text).toContain('Claudia Patricia Núñez Villaseñor Presidenta Municipal');
    // Without --amendment, the same letter: the amendment is the signed text still to be registered.
    const root = amendedDemo(signed);
    expect(generate(root, ['registration', 'aurora-us']).stdout).toContain(
      'out/registration-aurora-us-modificacion-1-es.pdf',
    );
  });

  it('--record records its date and oficio under the amendment; check orders them after its signature', () => {
    const root = amendedDemo(signed);
    const r = generate(root, [
      'registration',
      'aurora-us',
      '--record',
      '--date',
      '2026-11-27',
      '--oficio',
      'PM/DAI/0850/2026',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(root, 'cases', 'aurora-us', 'case.yaml');
    expect(readFileSync(file, 'utf8')).toContain(
      '    signed: 2026-11-25\n    registration:\n      date: 2026-11-27\n      oficio: PM/DAI/0850/2026\n',
    );
    expect(runCli(['check'], { cwd: root, env: AS_OF }).code).toBe(0);
    // Registered, it is no longer the default: the agreement's own letter is.
    expect(generate(root, ['registration', 'aurora-us']).stdout).toContain('out/registration-aurora-us-es.pdf');
    replaceIn(file, '      date: 2026-11-27', '      date: 2026-11-24');
    const check = runCli(['check'], { cwd: root, env: AS_OF });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('(amendments.0.registration.date) error [event-dates]');
  });

  it('of an amendment signed without a favourable dictamen on its rounds, is refused, citing LSCT art. 7, exit 2', () => {
    // The SRE asked for changes to the amendment, yet its signature is recorded (by hand: `next` refuses it).
    const root = amendedDemo(
      `    rounds:\n      - submitted: 2026-11-12\n        hash: ${AMENDED_AURORA}\n        dictamen: { date: 2026-11-20, outcome: observations }\n`,
    );
    editCase(root, 'aurora-us', (text) =>
      text.replace('          outcome: observations\n', '          outcome: observations\n    signed: 2026-11-25\n'),
    );
    const r = generate(root, ['registration', 'aurora-us', '--amendment', 'modificacion-1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cases\/aurora-us\/case\.yaml:\d+:\d+ \(amendments\.0\): /);
    expect(flat(r.stderr)).toContain(
      'La modificación «modificacion-1» del caso «aurora-us» consta firmada, pero no hay un dictamen favorable (o «no requerido») de la SRE sobre ella',
    );
    expect(flat(r.stderr)).toContain('Ley sobre la Celebración de Tratados, art. 7');
    expect(existsSync(join(root, 'out', 'registration-aurora-us-modificacion-1-es.pdf'))).toBe(false);
  });

  it('of a text signed other than the one the SRE cleared, is refused, citing LSCT art. 7, exit 2', () => {
    // The amendment's favourable dictamen speaks of the agreement's original text, not the amendment.
    const root = amendedDemo(
      `    rounds:\n      - submitted: 2026-11-12\n        hash: ${AMENDED_AURORA}\n        dictamen: { date: 2026-11-20, outcome: favourable }\n    signed: 2026-11-25\n`,
    );
    // Written by hand: `next` refuses it.
    editCase(root, 'aurora-us', (text) =>
      text.replace(
        '          outcome: favourable\n    signed:',
        `          outcome: favourable\n          hash: "${ORIGINAL_AURORA}"\n    signed:`,
      ),
    );
    const r = generate(root, ['registration', 'aurora-us', '--amendment', 'modificacion-1']);
    expect(r.code).toBe(2);
    expect(flat(r.stderr)).toContain(
      'La modificación «modificacion-1» del caso «aurora-us» firmada (hash 9b982f787ab1) no es la que la SRE dictaminó (hash f195773214b0)',
    );
    expect(flat(r.stderr)).toContain('Ley sobre la Celebración de Tratados, art. 7');
    expect(existsSync(join(root, 'out', 'registration-aurora-us-modificacion-1-es.pdf'))).toBe(false);
    // The agreement's own signature recorded on a text the SRE did not clear.
    const demo = copyWorkspace('demo');
    editCase(demo, 'aurora-us', (text) =>
      text.replace(`  signature:\n    hash: "${ORIGINAL_AURORA}"`, `  signature:\n    hash: "${AMENDED_AURORA}"`),
    );
    const agreement = generate(demo, ['registration', 'aurora-us']);
    expect(agreement.code).toBe(2);
    expect(agreement.stderr).toContain('cases/aurora-us/case.yaml:129:11 (steps.signature.hash): ');
    expect(flat(agreement.stderr)).toContain(
      'El texto firmado del acuerdo del caso «aurora-us» (hash 9b982f787ab1) no es el que la SRE dictaminó favorablemente (hash f195773214b0)',
    );
  });

  it('of an amendment not signed yet, is refused by name (exit 2) and left out of generate all', () => {
    const root = amendedDemo();
    const r = generate(root, ['registration', 'aurora-us', '--amendment', 'modificacion-1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('La modificación «modificacion-1» del caso «aurora-us» no consta firmada.');
    const all = generate(root, ['all']);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('out/registration-aurora-us-es.pdf');
    expect(all.stdout).not.toContain('registration-aurora-us-modificacion-1');
    // Its copy recorded as sent for registration by hand, before any signature: out of order.
    editCase(root, 'aurora-us', (text) =>
      text.replace(
        `    hash: ${AMENDED_AURORA}\n`,
        `    hash: ${AMENDED_AURORA}\n    registration:\n      date: 2026-11-27\n`,
      ),
    );
    const check = runCli(['check'], { cwd: root, env: AS_OF });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('(amendments.0.registration.date) error [process-order]');
    expect(check.stdout).toContain('la modificación «modificacion-1»');
  });
});

describe('the addressee of both oficios', () => {
  it('with no person named at the DGCP, is the office once, not its name twice', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'linkage.yaml');
    const before = readFileSync(file, 'utf8');
    const after = before.replace(/\n {6}addressee:\n(?: {8}.*\n)+/, '\n');
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    for (const document of ['opinion-request', 'registration']) {
      const text = oficioText(root, document, 'aurora-us');
      expect(text, document).toContain(
        'Dirección General de Coordinación Política Secretaría de Relaciones Exteriores Plaza Juárez 20',
      );
      expect(text, document).not.toContain('Dirección General de Coordinación Política Dirección General');
    }
  });
});

describe('which oficios a case has reached', () => {
  it('generate all writes the opinion request once there is a text and the case is open, the registration letter once signed', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['all']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = (document: string) =>
      [...r.stdout.matchAll(new RegExp(`out/${document}-([a-z]+-[a-z]+)-es\\.pdf`, 'g'))].map((m) => m[1]).sort();
    // Almería declined, Kraków and Hōfu are at the letter: no agreement to submit to the SRE.
    expect(written('opinion-request')).toEqual(['aurora-us', 'giessen-de', 'leamington-ca', 'mildura-au']);
    expect(written('registration')).toEqual(['aurora-us', 'giessen-de']);
    // Nor an agreement for a case closed before any text of its own; a model draft for those at the letter.
    const agreements = [...r.stdout.matchAll(/out\/agreement-([a-z]+-[a-z]+)-/g)].map((m) => m[1]);
    expect(agreements).not.toContain('almeria-es');
    expect(agreements).toContain('krakow-pl');
  });

  it('generate all leaves out, with a warning, a request that would keep the observed text and answer "accepted"', () => {
    const root = copyWorkspace('demo');
    // Mildura's second round given the first round's hash while obs-1 and obs-2 are answered accepted:
    // asked for by name, the letter is refused (exit 2); `all` wrote some documents, then stopped.
    editCase(root, 'mildura-au', (text) => text.replace(`hash: "${MILDURA_REVISED}"`, `hash: "${MILDURA_FIRST}"`));
    const r = generate(root, ['all']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = flat(r.stdout);
    expect(out).toContain(
      'Se omitió `opinion-request` del caso «mildura-au»: cases/mildura-au/case.yaml:177:15 (steps.sre-opinion.rounds.1.hash): La 2.ª solicitud de dictamen somete a la SRE el mismo texto que ya le sometió, pero la observación «obs-1» del dictamen de la 1.ª se registró como aceptada (se cambió el texto)',
    );
    expect(out).toContain('rejected o clarified');
    expect(existsSync(join(root, 'out', 'opinion-request-mildura-au-es.pdf'))).toBe(false);
    // Every other document is written: the other cases' requests, Mildura's own other documents.
    const written = [...r.stdout.matchAll(/out\/([a-z-]+)\.pdf/g)].map((m) => m[1]);
    expect(written).toEqual(
      expect.arrayContaining(['letter-mildura-au-es-en', 'agreement-mildura-au-es-en', 'status-es', 'handover-es']),
    );
    expect(written.filter((f) => f?.startsWith('opinion-request-')).sort()).toEqual([
      'opinion-request-aurora-us-es',
      'opinion-request-giessen-de-es',
      'opinion-request-leamington-ca-es',
    ]);
  });

  it('of an agreement signed without a favourable dictamen, is refused, citing LSCT art. 7, exit 2', () => {
    const root = copyWorkspace('demo');
    // Aurora's only dictamen asked for changes: the signature recorded has no dictamen behind it.
    editCase(root, 'aurora-us', (text) => text.replace('outcome: favourable', 'outcome: observations'));
    const r = generate(root, ['registration', 'aurora-us']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cases/aurora-us/case.yaml:102:3 (steps.sre-opinion): ');
    expect(flat(r.stderr)).toContain('no hay un dictamen favorable (o «no requerido») de la SRE');
    expect(flat(r.stderr)).toContain('Ley sobre la Celebración de Tratados, art. 7');
    expect(existsSync(join(root, 'out', 'registration-aurora-us-es.pdf'))).toBe(false);
  });

  it('asked for by name before signature, the registration letter is refused, exit 2', () => {
    const root = copyWorkspace('demo');
    const r = generate(root, ['registration', 'leamington-ca']);
    expect(r.code).toBe(2);
    // Not signed: at `steps:`, where the signature would go.
    expect(r.stderr).toContain('cases/leamington-ca/case.yaml:64:1 (steps.signature): ');
    expect(r.stderr).toContain('El acuerdo del caso «leamington-ca» no consta firmado');
    expect(r.stderr).toContain('`linkage next leamington-ca`');
    // One Party's place is not enough: the letter says where and when each signed.
    editCase(root, 'aurora-us', (text) => text.replace('      place: Aurora, Illinois\n', ''));
    expect(generate(root, ['registration', 'aurora-us']).code).toBe(2);
  });

  it('asked for by name, the opinion request of a closed case or of one without a text is refused, exit 2', () => {
    const root = copyWorkspace('demo');
    const closed = generate(root, ['opinion-request', 'almeria-es']);
    expect(closed.code).toBe(2);
    expect(closed.stderr).toContain('El caso «almeria-es» se cerró sin haber pedido el dictamen de la SRE');
    const agreement = generate(root, ['agreement', 'almeria-es']);
    expect(agreement.code).toBe(2);
    expect(agreement.stderr).toContain('El caso «almeria-es» se cerró sin que se negociara un acuerdo');
    // An agreement.yaml that does not load is said to be broken, for the agreement and the oficios alike,
    // never replaced by the bare model's text; `all` leaves those documents out.
    for (const slug of ['almeria-es', 'giessen-de']) {
      writeFileSync(join(root, 'cases', slug, 'agreement.yaml'), 'title: [\n');
      for (const doc of ['agreement', 'opinion-request']) {
        const r = generate(root, [doc, slug]);
        expect(r.code, `${doc} ${slug}`).toBe(2);
        expect(r.stderr).toContain(`El agreement.yaml del caso «${slug}» tiene errores`);
        expect(r.stderr).toMatch(new RegExp(`cases/${slug}/agreement\\.yaml:\\d+:\\d+ error: El YAML no es válido`));
      }
    }
    const all = generate(root, ['all', 'giessen-de']);
    expect(all.code).toBe(0);
    expect(all.stdout).not.toMatch(/agreement-giessen-de|opinion-request-giessen-de/);
    const early = generate(root, ['opinion-request', 'krakow-pl']);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('El caso «krakow-pl» aún no tiene el texto del acuerdo (agreement.yaml)');
    expect(early.stderr).toContain('`linkage generate agreement krakow-pl`');
  });
});

describe('the registration letter', () => {
  it('goes the way the opinion request went: through the state office when it did, directly when not', () => {
    const root = copyWorkspace('demo');
    // Gießen's request went through the state's coordination office: so does the signed copy.
    const giessen = oficioText(root, 'registration', 'giessen-de');
    expect(giessen).toContain(
      'Presente Por conducto de: Coordinación de Asuntos Internacionales del Gobierno del Estado de Guanajuato Con fundamento en el artículo 7',
    );
    expect(giessen).toContain('c.c.p. Coordinación de Asuntos Internacionales del Gobierno del Estado de Guanajuato');
    // Aurora's went directly to the DGCP: neither through the state office nor copied to it.
    const aurora = oficioText(root, 'registration', 'aurora-us');
    expect(aurora).not.toContain('Por conducto de');
    expect(aurora).not.toContain('Gobierno del Estado');
  });

  it('says once where and when both Parties signed together, naming the counterpart as the agreement does', () => {
    const text = oficioText(copyWorkspace('demo'), 'registration', 'giessen-de');
    expect(text).toContain(
      'firmado por el Municipio de San Pedro de las Huertas, Guanajuato, y por la Ciudad Universitaria de Gießen, Alemania, en Gießen, Hesse, el 8 de octubre de 2026, a fin de que se inscriba',
    );
    // Sent through the state office, as the request for the opinion was: it has its copy.
    expect(text).toContain('c.c.p. Coordinación de Asuntos Internacionales del Gobierno del Estado de Guanajuato');
  });

  it('gives each Party its own place and date, and copies no state office when the rounds went direct', () => {
    const text = oficioText(copyWorkspace('demo'), 'registration', 'aurora-us');
    expect(text).toContain(
      'firmado por el Municipio de San Pedro de las Huertas, Guanajuato, en San Pedro de las Huertas, Guanajuato, el 22 de marzo de 2023, y por la Ciudad de Aurora, Estados Unidos, en Aurora, Illinois, el 15 de marzo de 2023, a fin de',
    );
    expect(text).not.toContain('Gobierno del Estado');
  });
});

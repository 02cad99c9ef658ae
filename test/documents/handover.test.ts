// `linkage generate handover`: the annex to the acta de entrega-recepción, run as the built CLI on
// copies of the demo, and read back.
import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { documentIds } from '../../src/documents/catalog.js';
import { commonContext } from '../../src/documents/context/common.js';
import { handoverContext } from '../../src/documents/context/handover.js';
import { HandoverContext } from '../../src/documents/context/schema.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import {
  amendedAurora,
  amendedDemo,
  copyWorkspace,
  flat,
  incomingAdministration,
  pdfDrawnText,
  pdfPages,
  replaceIn,
  runCli,
} from '../helpers.js';

const AS_OF = { LINKAGE_TODAY: '2026-11-28' };
const generate = (cwd: string, args: string[]) => runCli(['generate', ...args], { cwd, env: AS_OF });

function editYaml(file: string, change: (doc: ReturnType<typeof parseDocument>) => void): void {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  change(doc);
  writeFileSync(file, doc.toString());
}

/** Every evidence reference recorded in a case file: its path and hash. */
function recordedEvidence(file: string): { path: string; sha256: string }[] {
  const out: { path: string; sha256: string }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.path === 'string' && typeof o.sha256 === 'string') out.push({ path: o.path, sha256: o.sha256 });
      Object.values(o).forEach(walk);
    }
  };
  walk(parseDocument(readFileSync(file, 'utf8')).toJS());
  return out;
}

/** The demo's handover in Spanish and in English, as drawn. */
function demoHandovers(): { es: string; en: string } {
  const root = copyWorkspace('demo');
  const text = (lang: string) => {
    expect(generate(root, ['handover', '--lang', lang]).code).toBe(0);
    return pdfDrawnText(join(root, 'out', `handover-${lang}.pdf`));
  };
  return { es: text('es'), en: text('en') };
}
describe('linkage generate handover', () => {
  it('lists cases, commitments, contacts, last contacts, and every file with its hash', () => {
    const root = copyWorkspace('demo');
    // An issued document, so that the register (documents.yaml) has an entry to list.
    const issued = generate(root, ['letter', 'krakow-pl', '--record', '--date', '2026-11-28']);
    expect(issued.code).toBe(0);
    const letterHash = /[0-9a-f]{64}/.exec(issued.stdout)?.[0] as string;
    const r = generate(root, ['handover']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(root, 'out', 'handover-es.pdf');
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThan(3);
    const text = pdfDrawnText(file);
    expect(text).toContain(`Página ${pages} de ${pages}`);
    expect(text).toContain('Informe de entrega-recepción de las vinculaciones internacionales');
    expect(text).toContain('Entrega: la administración 2024–2027.');
    // Said in words: the file key is for `check`, not for readers of the report.
    expect(text).toContain('Recibe: la administración entrante, cuyos datos aún no se han registrado.');
    expect(text).not.toMatch(/administrations|linkage\.yaml/);
    expect(text).toContain('2 acuerdos en vigor, 4 en trámite y 1 caso cerrado.');
    // Cases in force first, with their standing; closed ones apart.
    expect(text).toContain(
      'Aurora, Estados Unidos · Hermanamiento En vigor desde el 22 mar 2023 — — 4 · Instrumentación 12/12',
    );
    expect(text).toContain(
      'Hōfu, Japón · Hermanamiento En trámite Contraparte, desde el 15 jul 2026 (!) Seguimiento: Respuesta de la contraparte: venció el 15 sep 2026',
    );
    expect(text).toContain('Casos cerrados: Almería, España (Declinado, 3 jul 2025).');
    // Pending commitments by date: late first, then follow-ups, AOPs, the term, the notice period.
    const commitments = text.slice(text.indexOf('2. Compromisos pendientes'), text.indexOf('3. Áreas'));
    // The 2024 mission left postponed belongs to a closed program: the next one took it up.
    expect(commitments).not.toContain('Actividad 2024');
    const order = [
      '(!) 15 sep 2026 Hōfu Seguimiento: Respuesta de la contraparte',
      '1 dic 2026 Leamington Dictamen de la SRE',
      '7 dic 2026 Gießen Acordar el POA 2026',
      '2 mar 2027 Aurora Resultados del POA 2026',
      '8 oct 2031 Gießen Fin de la vigencia de 5 años (prorrogable por acuerdo escrito; terminación con 90 días de aviso)',
      '— Aurora Vigencia indefinida; terminación con 90 días de aviso por escrito',
    ];
    let at = -1;
    for (const line of order) {
      const i = commitments.indexOf(line);
      expect(i, line).toBeGreaterThan(at);
      at = i;
    }
    // Areas still tied to the 2021–2024 plan, with the closest priority of the plan in force.
    expect(text).toContain(
      'Aurora: «Atención a las personas migrantes y a sus familias» sigue ligada a PMD-2021-5.3, de un plan que ya no está en vigor. Prioridad más cercana del plan vigente: PMD-2024-5.1 «Personas migrantes y sus familias».',
    );
    // Contacts on both sides, the embassies and consulates, the citizen participants.
    expect(text).toContain('Enlace: Luis Fernando Cabrera Solís, Director de Asuntos Internacionales');
    expect(text).toContain('Presidenta Municipal: Claudia Patricia Núñez Villaseñor');
    expect(text).toContain('Jonas Brandt, Responsable de Relaciones Internacionales (Coordinador por parte de Gießen)');
    expect(text).toContain('Consulado General de México en Chicago · https://consulmex.sre.gob.mx/');
    expect(text).toContain('Club de Migrantes Huerteños de Aurora');
    // The last contact with each partner.
    expect(text).toContain('Hōfu, Japón: 22 oct 2026, videollamada, con Embajada de México en Japón');
    // Every recorded evidence file of a case, at its path, with its hash; the issued letter too.
    for (const slug of ['aurora-us', 'giessen-de', 'mildura-au']) {
      const refs = recordedEvidence(join(root, 'cases', slug, 'case.yaml'));
      expect(refs.length, slug).toBeGreaterThan(0);
      for (const ref of refs) expect(text).toContain(`cases/${slug}/${ref.path} SHA-256 ${ref.sha256}`);
    }
    const letter = 'cases/krakow-pl/issued/letter-krakow-pl-es-en.pdf';
    expect(
      createHash('sha256')
        .update(readFileSync(join(root, letter)))
        .digest('hex'),
    ).toBe(letterHash);
    expect(text).toContain(`${letter} SHA-256 ${letterHash}`);
    expect(text).toMatch(/Entrega Luis Fernando Cabrera Solís .* Recibe Nombre y cargo Página/);
  });

  it('names the incoming administration, its officials and its plan when linkage.yaml records them', () => {
    const root = copyWorkspace('demo');
    editYaml(join(root, 'linkage.yaml'), (d) =>
      d.addIn(
        ['administrations'],
        incomingAdministration({
          officials: [
            { role: 'president', name: 'Ximena Rangel Soto', gender: 'f' },
            { role: 'sindico', name: 'Tomás Ledesma Ruiz', gender: 'm' },
          ],
          pmd: { priorities: [{ id: 'PMD-2027-1.1', title: { es: 'Agua para todos', en: 'Water for all' } }] },
        }),
      ),
    );
    const r = generate(root, ['handover', '--date', '2027-09-20', '--lang', 'es,en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = pdfDrawnText(join(root, 'out', 'handover-es-en.pdf'));
    expect(text).toContain('Recibe: la administración 2027–2030, que inicia el 1 oct 2027.');
    expect(text).toContain('Entrante, Presidenta Municipal: Ximena Rangel Soto');
    expect(text).toContain('Entrante, Síndico Municipal: Tomás Ledesma Ruiz');
    expect(text).toContain(
      'Prioridades del Plan Municipal de Desarrollo de la administración entrante: PMD-2027-1.1 Agua para todos.',
    );
    expect(text).toContain("incoming administration's Municipal Development Plan: PMD-2027-1.1 Water for all.");
    expect(text).toMatch(/Entrega Luis Fernando Cabrera Solís .* Recibe Ximena Rangel Soto Presidenta Municipal/);
    expect(text).toContain('Receiving: the 2027–2030 administration, which takes office on Oct 1, 2027.');
    expect(text).toContain('San Pedro de las Huertas, Gto., a 20 de septiembre de 2027');
  });

  it("lists the areas to re-map to the incoming administration's plan, those of the outgoing plan included", () => {
    const root = copyWorkspace('demo');
    editYaml(join(root, 'linkage.yaml'), (d) =>
      d.addIn(
        ['administrations'],
        incomingAdministration({
          pmd: {
            priorities: [
              { id: 'PMD-2027-3.1', title: { es: 'Agua para todos', en: 'Water for all' } },
              { id: 'PMD-2027-4.4', title: { es: 'Comunidades migrantes', en: 'Migrant communities' } },
            ],
          },
        }),
      ),
    );
    expect(generate(root, ['handover', '--date', '2027-09-30', '--lang', 'es,en']).code).toBe(0);
    const text = flat(pdfDrawnText(join(root, 'out', 'handover-es-en.pdf')));
    expect(text).toContain('3. Áreas por realinear al Plan Municipal de Desarrollo de la administración entrante');
    // Tied to the outgoing plan, which ends tomorrow: the incoming team re-maps them too.
    expect(text).toContain(
      'Mildura: «Uso eficiente del agua, riego tecnificado y reúso de agua tratada» está ligada a PMD-2024-4.1, del plan de una administración anterior. Prioridad más cercana del plan entrante: PMD-2027-3.1 «Agua para todos».',
    );
    // The closest priority is the incoming plan's, not the outgoing one's.
    expect(text).toContain(
      'Aurora: «Atención a las personas migrantes y a sus familias» está ligada a PMD-2021-5.3, del plan de una administración anterior. Prioridad más cercana del plan entrante: PMD-2027-4.4 «Comunidades migrantes».',
    );
    expect(text).not.toContain('PMD-2024-5.1 «');
    expect(text).toContain("3. Areas to re-map to the incoming administration's Municipal Development Plan");
    expect(text).toContain('Closest priority of the incoming plan: PMD-2027-3.1 "Water for all".');
  });

  it('on the day the incoming administration takes office, the outgoing one hands over to it', () => {
    const root = copyWorkspace('demo');
    editYaml(join(root, 'linkage.yaml'), (d) => d.addIn(['administrations'], incomingAdministration()));
    const r = generate(root, ['handover', '--date', '2027-10-01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = pdfDrawnText(join(root, 'out', 'handover-es.pdf'));
    expect(text).toContain('Entrega: la administración 2024–2027.');
    expect(text).toContain('Recibe: la administración 2027–2030, que inicia el 1 oct 2027.');
    expect(text).toContain('Presidenta Municipal: Claudia Patricia Núñez Villaseñor');
    expect(text).toContain('Entrante, Presidente Municipal: Martín Salgado Ríos');
    expect(text).toContain('anexo del acta de entrega-recepción de la administración 2024–2027.');
  });

  it("says a step that is the municipality's own move as what it owes: send the Letter of Intent", () => {
    const { es, en } = demoHandovers();
    expect(es).toContain('— Cracovia Enviar la Carta de Intención');
    expect(en).toContain('— Kraków Send the Letter of Intent');
    // A step the municipality waits on keeps its title: the SRE's opinion is the SRE's to give.
    expect(es).toContain('1 dic 2026 Leamington Dictamen de la SRE');
  });

  it("says an embassy's or consulate's city and country once: not again after a name that says them", () => {
    const { es, en } = demoHandovers();
    expect(es).toContain('• Consulado General de México en Chicago · https://consulmex.sre.gob.mx/');
    expect(es).toContain('• Embajada de México en Alemania (Berlín) · https://embamex.sre.gob.mx/alemania/');
    expect(es).toContain('• Embajada del Japón en México (Ciudad de México), del país de la contraparte');
    expect(es).not.toMatch(/\(Chicago\)|, de México/);
    expect(en).toContain('• Consulate General of Mexico in Chicago · https://');
    expect(en).not.toMatch(/\(Chicago\)|Mexico's representation/);
  });

  it("names a Phase 1 step the cases wait on as what the municipality owes: the incoming administration's plan", () => {
    const root = copyWorkspace('demo');
    editYaml(join(root, 'linkage.yaml'), (d) => d.addIn(['administrations'], incomingAdministration()));
    expect(generate(root, ['handover', '--date', '2027-10-02']).code).toBe(0);
    const text = pdfDrawnText(join(root, 'out', 'handover-es.pdf'));
    expect(text).toContain('— Cracovia Elaborar el Perfil Municipal y fijar las prioridades');
    expect(text).not.toMatch(/ profile /);
  });

  it('says when a file is missing or its hash was not recorded', () => {
    const root = copyWorkspace('demo');
    const caseFile = join(root, 'cases', 'leamington-ca', 'case.yaml');
    const refs = recordedEvidence(caseFile);
    const [gone, unhashed] = refs as [{ path: string }, { path: string; sha256: string }];
    unlinkSync(join(root, 'cases', 'leamington-ca', gone.path));
    replaceIn(caseFile, new RegExp(`\\s+sha256: "?${unhashed.sha256}"?`), '');
    expect(runCli(['check'], { cwd: root, env: AS_OF }).code).toBe(1);
    const r = generate(root, ['handover']);
    expect(r.code).toBe(0);
    const text = pdfDrawnText(join(root, 'out', 'handover-es.pdf'));
    expect(text).toContain(`cases/leamington-ca/${gone.path} (FALTA EL ARCHIVO)`);
    expect(text).toContain(`cases/leamington-ca/${unhashed.path} SHA-256 ${unhashed.sha256} (calculado)`);
  });

  it("lists a local step's evidence fact too, named by its step (the same references check verifies)", () => {
    const root = copyWorkspace('demo');
    editYaml(join(root, 'linkage.yaml'), (doc) => {
      const facts = doc.getIn(['localSteps', 0, 'facts']) as { add(v: unknown): void };
      facts.add(doc.createNode({ key: 'acta', type: 'evidence', label: { es: 'Acta', en: 'Minutes' } }));
    });
    const file = 'evidence/acta-comision.txt';
    writeFileSync(join(root, 'cases', 'giessen-de', file), 'Acta de la Comisión\n');
    const hash = createHash('sha256').update('Acta de la Comisión\n').digest('hex');
    editYaml(join(root, 'cases', 'giessen-de', 'case.yaml'), (doc) =>
      doc.setIn(['steps', 'comision', 'acta'], doc.createNode([{ path: file, sha256: hash }])),
    );
    const ws = loadWorkspace(root, { cache: false });
    const doc = { id: 'handover', title: 'Entrega', date: '2026-11-28', draft: true, today: '2026-11-28' };
    const context = handoverContext(commonContext(ws, doc, 'es'), ws, '2026-11-28', 'es');
    const items = context.files.flatMap((g) => g.items).filter((i) => i.sha256 === hash);
    expect(items).toEqual([
      expect.objectContaining({
        recorded: true,
        present: true,
        what: 'Dictamen de la Comisión de Asuntos Internacionales',
      }),
    ]);
    // Markdown-escaped for the template.
    expect(items[0]?.path.replace(/\\/g, '')).toBe(`cases/giessen-de/${file}`);
  });

  it('lists a liaison with no office email or phone on one line, with no stray hard-break backslash', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'linkage.yaml');
    editYaml(file, (doc) => doc.deleteIn(['liaison', 'office', 'email']));
    editYaml(file, (doc) => doc.deleteIn(['liaison', 'office', 'phone']));
    expect(generate(root, ['handover']).code).toBe(0);
    const none = pdfDrawnText(join(root, 'out', 'handover-es.pdf')).replace(/\s+/g, ' ');
    expect(none).toContain(
      'Enlace: Luis Fernando Cabrera Solís, Director de Asuntos Internacionales y Atención al Migrante •',
    );
    expect(none).not.toContain('\\');
    // A phone without an email: the phone alone, not " · phone".
    editYaml(file, (doc) => doc.setIn(['liaison', 'office', 'phone'], '+52 462 623 0140'));
    expect(generate(root, ['handover']).code).toBe(0);
    const phone = pdfDrawnText(join(root, 'out', 'handover-es.pdf')).replace(/\s+/g, ' ');
    expect(phone).toContain('Atención al Migrante +52 462 623 0140');
    expect(phone).not.toContain('· +52 462 623 0140');
  });

  it('says there are no files when none is recorded, rather than a bare heading, and lists only groups that hold some', () => {
    const sparse = copyWorkspace('minimal');
    const text = (lang: string) => {
      expect(generate(sparse, ['handover', '--lang', lang]).code).toBe(0);
      return pdfDrawnText(join(sparse, 'out', `handover-${lang}.pdf`)).replace(/\s+/g, ' ');
    };
    expect(text('es')).toContain('No hay archivos registrados: ni evidencias ni documentos emitidos.');
    expect(text('es')).not.toContain('Rutas relativas');
    expect(text('en')).toContain('No files are recorded: no evidence and no issued documents.');
    // The demo: its files under their groups, and no group without any (Hōfu has none).
    const demo = copyWorkspace('demo');
    expect(generate(demo, ['handover']).code).toBe(0);
    const full = pdfDrawnText(join(demo, 'out', 'handover-es.pdf')).replace(/\s+/g, ' ');
    const section = full.slice(full.indexOf('Expedientes: dónde están'));
    expect(section).toContain('Rutas relativas');
    expect(section).not.toContain('No hay archivos registrados');
    expect(section).not.toMatch(/Hōfu, Japón/);
  });

  it('gives the same bytes twice', () => {
    const root = copyWorkspace('demo');
    expect(generate(root, ['handover', '--out', 'a']).code).toBe(0);
    expect(generate(root, ['handover', '--out', 'b']).code).toBe(0);
    const a = readFileSync(join(root, 'a', 'handover-es.pdf'));
    expect(readFileSync(join(root, 'b', 'handover-es.pdf')).equals(a)).toBe(true);
  });

  it("tells an amendment's issued oficio from the agreement's own, naming the amendment", () => {
    const root = amendedAurora().root;
    // The agreement's own opinion request (its round of 2022), issued before the amendment began.
    expect(generate(root, ['opinion-request', 'aurora-us', '--record']).code).toBe(0);
    amendedDemo('', root);
    const amendment = ['--amendment', 'modificacion-1', '--record', '--date', '2026-11-20', '--oficio', 'PM/0800/2026'];
    expect(generate(root, ['opinion-request', 'aurora-us', ...amendment]).code).toBe(0);
    for (const [lang, agreement, amended] of [
      ['es', 'opinion-request (es), 5 sep 2022', 'opinion-request, modificación modificacion-1 (es), 20 nov 2026'],
      ['en', 'opinion-request (es), Sep 5, 2022', 'opinion-request, amendment modificacion-1 (es), Nov 20, 2026'],
    ] as const) {
      const r = generate(root, ['handover', '--lang', lang]);
      expect(r.stderr).toBe('');
      const text = flat(pdfDrawnText(join(root, 'out', `handover-${lang}.pdf`)));
      expect(text).toContain(`${agreement} cases/aurora-us/issued/opinion-request-aurora-us-es.pdf`);
      expect(text).toContain(`${amended} cases/aurora-us/issued/opinion-request-aurora-us-modificacion-1-es.pdf`);
    }
  });

  it('is part of generate all, with the status report', () => {
    expect(documentIds()).toEqual(expect.arrayContaining(['status', 'handover']));
    const root = copyWorkspace('demo');
    const r = generate(root, ['all', '--check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it("says how the last contact was made in the document's own words", () => {
    const root = copyWorkspace('demo');
    const lastChannel = (channel: string, lang: string) => {
      editYaml(join(root, 'cases', 'hofu-jp', 'case.yaml'), (doc) => {
        doc.setIn(['contactLog', 2, 'channel'], channel);
      });
      const ws = loadWorkspace(root, { cache: false });
      const doc = { id: 'handover', title: 'Entrega', date: '2026-11-28', draft: true, today: '2026-11-28' };
      const context = handoverContext(commonContext(ws, doc, lang), ws, '2026-11-28', lang);
      return context.lastContacts.find((l) => l.city.startsWith('Hōfu'))?.channel;
    };
    expect(lastChannel('video', 'es')).toBe('videollamada');
    expect(lastChannel('other', 'es')).toBe('otro medio');
    expect(lastChannel('letter', 'es')).toBe('carta u oficio');
    expect(lastChannel('other', 'en')).toBe('another channel');
  });

  it("says the counterpart's answer or signature when it is later than the contact log", () => {
    const root = copyWorkspace('demo');
    const lastOf = (city: string, lang: string) => {
      const ws = loadWorkspace(root, { cache: false });
      const doc = { id: 'handover', title: 'Entrega', date: '2026-11-28', draft: true, today: '2026-11-28' };
      const context = handoverContext(commonContext(ws, doc, lang), ws, '2026-11-28', lang);
      return context.lastContacts.find((l) => l.city.startsWith(city));
    };
    // Mildura answered on 2024-05-02, before its log's entries: the log's last entry is the last contact.
    expect(lastOf('Mildura', 'es')?.channel).not.toBeNull();
    editYaml(join(root, 'cases', 'mildura-au', 'case.yaml'), (doc) => {
      doc.delete('contactLog');
    });
    expect(lastOf('Mildura', 'es')).toMatchObject({ channel: null, who: null });
    expect(lastOf('Mildura', 'es')?.summary).toContain('Respuesta de la contraparte a la carta de intención');
    expect(lastOf('Mildura', 'en')?.summary).toContain('answer to the letter of intent');
    // Giessen signed on 2026-10-08; with its log ending before, its signature is the last contact.
    editYaml(join(root, 'cases', 'giessen-de', 'case.yaml'), (doc) => {
      doc.set('contactLog', doc.get('contactLog'));
      const log = doc.get('contactLog') as { items: unknown[] };
      log.items = log.items.filter((e) => String((e as { get(k: string): unknown }).get('date')) < '2026-10-08');
    });
    expect(lastOf('Gie', 'es')?.summary).toContain('Firma del acuerdo por la contraparte');
  });

  it('is handed over by the last administration once its period is over, the next not yet recorded', () => {
    const ws = loadWorkspace(copyWorkspace('demo'), { cache: false });
    const doc = { id: 'handover', title: 'Entrega', date: '2027-10-02', draft: true, today: '2027-10-02' };
    const context = handoverContext(commonContext(ws, doc, 'es'), ws, '2027-10-02', 'es');
    expect(context.outgoing.period).toBe('2024–2027');
    expect(context.incoming).toBeNull();
  });

  it("names a round's own evidence as the request for the dictamen, not as a dictamen not yet issued", () => {
    const root = copyWorkspace('demo');
    for (const lang of ['es', 'en']) expect(generate(root, ['handover', '--lang', lang]).code).toBe(0);
    const read = (lang: string) => {
      const full = pdfDrawnText(join(root, 'out', `handover-${lang}.pdf`));
      return full.slice(full.search(/Expedientes: dónde están|Files: where they are/));
    };
    // Leamington's only round awaits its dictamen: the file recorded on it is the request's acuse.
    expect(read('es')).toContain(
      'Solicitud de dictamen a la SRE (ronda 1) cases/leamington-ca/evidence/acuse-sre-2026-06-11.pdf',
    );
    expect(read('es')).toContain(
      'Solicitud de dictamen a la SRE (ronda 2) cases/mildura-au/evidence/acuse-sre-2026-10-14.pdf',
    );
    expect(read('es')).not.toContain('Dictamen de la SRE (ronda');
    expect(read('en')).toContain(
      "Request for the SRE's opinion (round 1) cases/leamington-ca/evidence/acuse-sre-2026-06-11.pdf",
    );
  });

  it('numbers every section, the contacts after the areas to re-map when there are some', () => {
    const headings = (root: string, lang: string) => {
      expect(generate(root, ['handover', '--lang', lang]).code).toBe(0);
      const text = pdfDrawnText(join(root, 'out', `handover-${lang}.pdf`));
      return [
        ...text.matchAll(
          /\b(\d)\. (Casos|Compromisos|Áreas|Contactos|Último|Expedientes|Cases|Pending|Areas|Contacts|Last|Files)\b/g,
        ),
      ].map((m) => `${m[1]}. ${m[2]}`);
    };
    // The demo: Aurora's areas still tied to the 2021 plan make a section 3.
    const demo = copyWorkspace('demo');
    expect(headings(demo, 'es')).toEqual([
      '1. Casos',
      '2. Compromisos',
      '3. Áreas',
      '4. Contactos',
      '5. Último',
      '6. Expedientes',
    ]);
    expect(headings(demo, 'en')).toEqual(['1. Cases', '2. Pending', '3. Areas', '4. Contacts', '5. Last', '6. Files']);
    // Without areas to re-map, the numbers run on with no gap.
    const minimal = copyWorkspace('minimal');
    expect(headings(minimal, 'es')).toEqual([
      '1. Casos',
      '2. Compromisos',
      '3. Contactos',
      '4. Último',
      '5. Expedientes',
    ]);
  });

  it('builds a context that fits its versioned schema', () => {
    const ws = loadWorkspace(copyWorkspace('demo'), { cache: false });
    const doc = { id: 'handover', title: 'Entrega', date: '2026-11-28', draft: true, today: '2026-11-28' };
    for (const lang of ['es', 'en']) {
      const context = handoverContext(commonContext(ws, doc, lang), ws, '2026-11-28', lang);
      expect([...Value.Errors(HandoverContext, context)].map((e) => `${e.path} ${e.message}`)).toEqual([]);
    }
  });
});

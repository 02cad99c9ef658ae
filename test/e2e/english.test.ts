// The English side: an official who runs linkage with --ui-lang en reads no Spanish the workspace
// also records in English.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, flat, pdfPages, pdfPageText, pdfText, replaceIn, runCli } from '../helpers.js';

const AS_OF = { LINKAGE_TODAY: '2026-11-28' };

describe('linkage in English', () => {
  it('check names the plan in force by its English titles', () => {
    const root = copyWorkspace('demo');
    const r = runCli(['check', '--ui-lang', 'en', '--format', 'json', 'cases/aurora-us'], { cwd: root });
    const hints = JSON.parse(r.stdout)
      .problems.filter((p: { rule: string }) => p.rule === 'area-plan-in-force')
      .map((p: { hint: string }) => p.hint);
    expect(hints).toHaveLength(3);
    expect(hints[0]).toContain('the closest priority is PMD-2024-5.1 "Migrants and their families".');
    expect(hints[0]).toContain('PMD-2024-4.1 Water and environment;');
    for (const hint of hints) expect(hint).not.toMatch(/Personas migrantes|Agua y medio ambiente|Educación/);
    const es = runCli(['check', 'cases/aurora-us'], { cwd: root }).stdout;
    expect(es).toContain('la prioridad más cercana es PMD-2024-5.1 «Personas migrantes y sus familias»');
  });

  it("check cites a finding's legal basis in the UI's language, the law's name as it is cited", () => {
    const root = copyWorkspace('demo');
    replaceIn(join(root, 'cases', 'aurora-us', 'case.yaml'), 'nature: foreign-local-government', 'nature: private');
    const laws = (lang: string) =>
      JSON.parse(runCli(['check', '--ui-lang', lang, '--format', 'json', 'cases/aurora-us'], { cwd: root }).stdout)
        .problems.filter((p: { rule: string }) => p.rule === 'counterpart-nature')
        .map((p: { law: string }) => p.law);
    expect(laws('en')).toEqual([
      'Ley sobre la Celebración de Tratados (DOF 02-01-1992; amended DOF 20-05-2021 and 14-11-2025), art. 2-II',
    ]);
    expect(laws('es')).toEqual([
      'Ley sobre la Celebración de Tratados (DOF 02-01-1992; reformas DOF 20-05-2021 y 14-11-2025), art. 2-II',
    ]);
    const text = runCli(['check', '--ui-lang', 'en', 'cases/aurora-us'], { cwd: root }).stdout;
    expect(text).toContain('Legal basis: Ley sobre la Celebración de Tratados (DOF 02-01-1992; amended');
    expect(text).not.toMatch(/reformas|Fundamento/);
  });

  it('the results report writes a share of the target as English does (109%), Spanish as before (109 %)', () => {
    const root = copyWorkspace('demo');
    const text = (lang: string) => {
      const r = runCli(['generate', 'aop-report', 'aurora-us', '--lang', lang], { cwd: root, env: AS_OF });
      expect(r.code, r.stderr).toBe(0);
      return flat(pdfText(join(root, 'out', `aop-report-aurora-us-2025-${lang}.pdf`)));
    };
    const en = text('en');
    expect(en).toContain('people 688 750 815 109%');
    expect(en).toContain('MXN 719,500.00 MXN 529,150.00 74%');
    expect(en).not.toMatch(/\d %/);
    // The opening section is headed as an English report heads it, not «In short» (from «En resumen»).
    expect(en).toMatch(/Summary In 2025, San Pedro de las Huertas and Aurora/);
    expect(en).not.toContain('In short');
    expect(text('es')).toContain('personas 688 750 815 109 %');
  });

  it('the handover says whose each embassy or consulate is in English words, not a dangling possessive', () => {
    const root = copyWorkspace('demo');
    const r = runCli(['generate', 'handover', '--lang', 'en'], { cwd: root, env: AS_OF });
    expect(r.code, r.stderr).toBe(0);
    const text = flat(pdfText(join(root, 'out', 'handover-en.pdf')));
    // Its name already says whose it is and where: said once (7206a33).
    expect(text).toContain('Consulate General of Mexico in Chicago · https://consulmex.sre.gob.mx/chicago/');
    expect(text).toContain('Embassy of Mexico in the United States (Washington, D. C.) ·');
    expect(text).toContain(
      "Embassy of Canada to Mexico (Ciudad de México), representation of the counterpart's country",
    );
    expect(text).not.toMatch(/Mexico's ·|country's ·/);
  });

  it("an English document's letterhead names the council in English, its motto in English; the Spanish one as before", () => {
    const root = copyWorkspace('demo');
    const head = (lang: string) => {
      const r = runCli(['generate', 'profile', '--lang', lang], { cwd: root, env: AS_OF });
      expect(r.code, r.stderr).toBe(0);
      return pdfPageText(join(root, 'out', `profile-${lang}.pdf`), 1)
        .split('\n')
        .slice(0, 4)
        .join('\n');
    };
    expect(head('en')).toBe(
      'Municipal Council of San Pedro de las Huertas\nGuanajuato · 2024–2027\n\nLand of orchards, land of work',
    );
    expect(head('es')).toBe(
      'H. Ayuntamiento de San Pedro de las Huertas\nGuanajuato · 2024–2027\n\nTierra de huertas, tierra de trabajo',
    );
  });

  it('a document in Spanish then English heads each part with its own letterhead', () => {
    const root = copyWorkspace('demo');
    const r = runCli(['generate', 'letter', 'aurora-us', '--lang', 'es,en'], { cwd: root, env: AS_OF });
    expect(r.code, r.stderr).toBe(0);
    const file = join(root, 'out', 'letter-aurora-us-es-en.pdf');
    const pages = Array.from({ length: pdfPages(file) }, (_, i) => pdfPageText(file, i + 1));
    const english = pages.findIndex((text) => text.includes('I have the honor to write to you'));
    expect(english).toBeGreaterThan(0);
    expect(pages[0]?.split('\n')[0]).toBe('H. Ayuntamiento de San Pedro de las Huertas');
    expect(pages[english]?.split('\n')[0]).toBe('Municipal Council of San Pedro de las Huertas');
    expect(pages[english]).not.toContain('H. Ayuntamiento');
  });

  it('the English documents spell as American English does (honor, program), not British (honour, programme)', () => {
    const root = copyWorkspace('demo');
    // The demo's own English data too (center, programs). Not giessen-de's agreement: its text is the
    // one the SRE's opinion is on (its hash is recorded), and it stays as signed.
    const documents: [string[], string][] = [
      [['letter', 'aurora-us'], 'letter-aurora-us-en.pdf'],
      [['aop-report', 'aurora-us'], 'aop-report-aurora-us-2025-en.pdf'],
      [['aop', 'aurora-us'], 'aop-aurora-us-2026-en.pdf'],
      [['status'], 'status-en.pdf'],
      [['profile'], 'profile-en.pdf'],
      [['handover'], 'handover-en.pdf'],
      [['letter', 'krakow-pl'], 'letter-krakow-pl-en.pdf'],
      [['agreement', 'krakow-pl'], 'agreement-krakow-pl-en.pdf'],
      [['letter', 'giessen-de'], 'letter-giessen-de-en.pdf'],
    ];
    const british =
      /\b(programmes?|organis\w*|honour\w*|centres?|colour\w*|favour\w*|labour|behaviour|recognis\w*|neighbour\w*|catalogue|licence|defence|travell\w*|\w+isations?)\b/i;
    for (const [args, file] of documents) {
      const r = runCli(['generate', ...args, '--lang', 'en'], { cwd: root, env: AS_OF });
      expect(r.code, r.stderr).toBe(0);
      expect(flat(pdfText(join(root, 'out', file))), file).not.toMatch(british);
    }
    expect(flat(pdfText(join(root, 'out', 'letter-aurora-us-en.pdf')))).toContain('I have the honor to write to you');
    expect(flat(pdfText(join(root, 'out', 'letter-krakow-pl-en.pdf')))).toContain(
      'Kraków manages a historic center on the World Heritage List',
    );
  });

  it('status says a late item is overdue since its date, as the Spanish "vencido el" does, not "due" as if ahead', () => {
    const root = copyWorkspace('demo');
    const status = (lang: string) => runCli(['--ui-lang', lang, 'status', 'hofu-jp'], { cwd: root, env: AS_OF }).stdout;
    const en = status('en');
    expect(en).toContain('follow-up on "The counterpart\'s answer" overdue since 2026-09-15');
    expect(en).not.toMatch(/ due \d{4}-/);
    expect(status('es')).toContain('seguimiento de «Respuesta de la contraparte» vencido el 2026-09-15');
  });

  it('says in English words which language a counterpart works in when the document cannot be in it, named in the UI language', () => {
    const root = copyWorkspace('demo');
    const generate = (lang: string) =>
      runCli(['--ui-lang', lang, 'generate', 'letter', 'krakow-pl'], { cwd: root, env: AS_OF });
    const r = generate('en');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'The counterpart in the case "krakow-pl" works in Polish (pl), and there is no template of the document letter in that language: it was written in es, en.',
    );
    expect(generate('es').stdout).toContain('La contraparte del caso «krakow-pl» lee polaco (pl), y no hay plantilla');
  });

  it('says one month and one year in the singular, in English and in Spanish', () => {
    const root = copyWorkspace('demo');
    const edit = (file: string, from: string, to: string) => replaceIn(join(root, file), from, to);
    edit('linkage.yaml', 'contactWarningMonths: 6', 'contactWarningMonths: 1');
    edit('cases/giessen-de/agreement.yaml', '  years: 5', '  years: 1');
    const check = (lang: string) =>
      runCli(['check', '--ui-lang', lang, '--as-of', '2027-11-01', 'cases/giessen-de'], { cwd: root }).stdout;
    const en = check('en');
    expect(en).toContain('no contact with the counterpart for over 1 month (due on 2026-12-17)');
    expect(en).toContain('its term was 1 year from signature (2026-10-08)');
    const es = check('es');
    expect(es).toContain('desde hace más de 1 mes (vencía el 2026-12-17)');
    expect(es).toContain('su vigencia era de 1 año desde la firma (2026-10-08)');
  });
});

import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutPrivate } from '../../src/commands/review.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import type { FileKind } from '../../src/workspace/schema.js';
import { copyWorkspace, replaceIn, runCli, STACK, tempDir } from '../helpers.js';
import { htmlFiles, publish, read, references, siteFiles, target } from './site.js';

/** The strings the x-private filter removes from a value: what must never reach a public page. */
function privateValues(value: unknown, kind: FileKind): string[] {
  const out: string[] = [];
  const leaves = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) leaves(x);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) leaves(x);
  };
  const diff = (full: unknown, kept: unknown): void => {
    if (Array.isArray(full)) for (const [i, v] of full.entries()) diff(v, (kept as unknown[])[i]);
    else if (full && typeof full === 'object')
      for (const [k, v] of Object.entries(full)) {
        if (!Object.hasOwn(kept as object, k)) leaves(v);
        else diff(v, (kept as Record<string, unknown>)[k]);
      }
  };
  diff(value, withoutPrivate(value, kind));
  return out;
}

describe('linkage publish on the demo', () => {
  let root: string;
  let site: string;
  let stdout: string;
  beforeAll(() => {
    root = copyWorkspace('demo');
    const r = runCli(['publish'], { cwd: root });
    expect(r.code).toBe(0);
    stdout = r.stdout;
    site = join(root, 'out', 'site');
  });

  it('writes the Spanish and English pages, the stylesheet and the coat of arms', () => {
    expect(siteFiles(site)).toEqual([
      '.linkage-site',
      'acuerdos/aurora-us.html',
      'acuerdos/giessen-de.html',
      'assets/escudo.png',
      'assets/site.css',
      'en/agreements/aurora-us.html',
      'en/agreements/giessen-de.html',
      'en/index.html',
      'en/take-part.html',
      'index.html',
      'participa.html',
    ]);
    expect(readFileSync(join(site, 'assets/escudo.png'))).toEqual(
      readFileSync(join(root, 'assets/escudo-san-pedro.png')),
    );
    expect(stdout).toContain('8 páginas (es, en); 2 acuerdos vigentes y 2 en proceso');
    expect(stdout).toContain('3 casos no se publican');
    expect(stdout).toContain(join('out', 'site', 'index.html'));
  });

  it('shows partners, their agreements, the grid by country, results and how to take part', () => {
    const home = read(site, 'index.html');
    expect(home).toContain('<html lang="es">');
    expect(home).toMatch(/<a href="acuerdos\/aurora-us.html">Aurora<\/a>/);
    expect(home).toContain('firmado el 22 de marzo de 2023');
    expect(home).toContain('<ul class="grid">');
    expect(home).toMatch(/<h3><span class="cc" aria-hidden="true">DE<\/span> Alemania<\/h3>/);
    // Council-approved, not yet signed: listed as in progress, without a page of their own.
    expect(home).toContain('id="p-mildura-au"');
    expect(home).toContain('Aprobado por el Ayuntamiento el 14 de mayo de 2026.');
    // Still being negotiated or declined: not published.
    for (const city of ['Cracovia', 'Hōfu', 'Almería']) expect(home).not.toContain(city);

    const aurora = read(site, 'acuerdos/aurora-us.html');
    expect(aurora).toContain('Acuerdo vigente desde el 22 de marzo de 2023.');
    expect(aurora).toContain('Registro de Acuerdos Interinstitucionales de la SRE: RAI-0418/2023.');
    expect(aurora).toContain('Atención a las personas migrantes y a sus familias');
    expect(aurora).toContain('<figcaption id="ind-aurora-us-2025">Indicadores 2025: meta y resultado</figcaption>');
    expect(aurora).toMatch(
      /<th scope="row">Personas atendidas <span class="unit">\(personas\)<\/span><\/th><td class="n">688<\/td><td class="n">750<\/td><td class="n">815<\/td><td class="n">109 %<\/td>/,
    );
    expect(read(site, 'en/agreements/aurora-us.html')).toContain('>Target: 750<');
    // Spans of days name their months in full, as every other date on the site does; Spanish
    // says "de" before the year, across months too; English as Intl writes it.
    expect(aurora).toMatch(/<td>7 de septiembre\s–\s11 de diciembre de 2026<\/td>/);
    expect(aurora).toContain('<td>13–14 de junio de 2026</td>');
    expect(read(site, 'en/agreements/aurora-us.html')).toMatch(/<td>September 7\s–\sDecember 11, 2026<\/td>/);
    // An activity's status in the words of the AOP and its report («Completed», «Concluida»).
    expect(read(site, 'en/agreements/aurora-us.html')).toMatch(/<td>June 13\s–\s14, 2026<\/td><td>Completed<\/td>/);
    expect(aurora).toContain('<td>13–14 de junio de 2026</td><td>Concluida</td>');
    expect(aurora).toMatch(/<td>7 de septiembre\s–\s11 de diciembre de 2026<\/td><td>En curso<\/td>/);
    // No page abbreviates a month: not the activities, not the visits.
    for (const file of htmlFiles(site)) {
      expect(read(site, file), file).not.toMatch(/\d de (?:ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)\b/);
      expect(read(site, file), file).not.toMatch(/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d/);
    }
    // The place ("city, state") is set off by commas, as in the agreement's closing sentence.
    expect(aurora).toContain('<li>Firmado en San Pedro de las Huertas, Guanajuato, el 22 de marzo de 2023.</li>');
    expect(aurora).toContain('<li>Firmado en Aurora, Illinois, el 15 de marzo de 2023.</li>');
    expect(read(site, 'en/agreements/aurora-us.html')).toContain(
      '<li>Signed in <span lang="es">Aurora, Illinois</span>, on March 15, 2023.</li>',
    );
    // Both Parties signed together in Gießen: one line saying so, not the same line twice.
    const giessen = read(site, 'acuerdos/giessen-de.html');
    expect(giessen.match(/<li>Firmado /g)).toHaveLength(1);
    expect(giessen).toContain('<li>Firmado por ambas Partes en Gießen, Hesse, el 8 de octubre de 2026.</li>');
    expect(read(site, 'en/agreements/giessen-de.html')).toContain(
      'Signed by both Parties in Giessen, Hesse, on October 8, 2026.</li>',
    );
    expect(giessen).toContain('<li>Katrin Vollmer, Alcaldesa de Gießen</li>');
    // A cooperation agreement is named by its topic as the agreement's title does, not by the prompt's
    // choice «Cooperation agreement on a topic» followed by the topic.
    expect(giessen).toContain('<p class="kind">Acuerdo de cooperación en materia de Formación Profesional Dual</p>');
    const giessenEn = read(site, 'en/agreements/giessen-de.html');
    expect(giessenEn).toContain('<p class="kind">Cooperation agreement on Dual Vocational Training</p>');
    expect(read(site, 'en/index.html')).toContain('Cooperation agreement on Dual Vocational Training · signed on');
    expect(giessenEn + read(site, 'index.html')).not.toMatch(/on a topic|en un tema/);

    const take = read(site, 'participa.html');
    expect(take).toContain('Dirección de Asuntos Internacionales y Atención al Migrante');
    expect(take).toContain('internacional@sanpedrohuertas.gob.mx');
    expect(take).toContain('Club de Migrantes Huerteños de Aurora');
    expect(take).toContain('<h3>Asociaciones de migrantes</h3>');
    // Organisations, not people: the demo's researcher (`kind: person`) is not published by name.
    expect(take).toContain('Instituto Tecnológico Superior de San Pedro de las Huertas');
    expect(take).not.toContain('Guadalupe Mendoza');
    expect(read(site, 'en/take-part.html')).not.toContain('Guadalupe Mendoza');
  });

  it('links each page to the same page in the other language', () => {
    expect(read(site, 'index.html')).toContain('<a href="en/index.html" hreflang="en" lang="en">English version</a>');
    expect(read(site, 'en/agreements/giessen-de.html')).toContain(
      '<a href="../../acuerdos/giessen-de.html" hreflang="es" lang="es">Versión en español</a>',
    );
  });

  it('references only files of the site, by relative paths that exist', () => {
    let checked = 0;
    for (const page of htmlFiles(site)) {
      const html = read(site, page);
      for (const ref of references(html)) {
        expect(ref, `${page}: ${ref}`).not.toMatch(/^([a-z][a-z0-9+.-]*:|\/)/i);
        const { file, fragment } = target(page, ref);
        expect(existsSync(join(site, file)), `${page}: ${ref}`).toBe(true);
        if (fragment) expect(read(site, file), `${page}: ${ref}`).toContain(`id="${fragment}"`);
        checked++;
      }
      expect(html).not.toMatch(/@import|url\(/);
    }
    expect(checked).toBeGreaterThan(50);
    expect(read(site, 'assets/site.css')).not.toMatch(/@import|url\(|@font-face/);
  });

  it('holds no value of a field the schemas mark x-private', () => {
    const ws = loadWorkspace(root, { cache: false });
    const secrets = [
      ...privateValues(ws.config, 'workspace'),
      ...ws.cases.flatMap((c) => [
        ...privateValues(c.case, 'case'),
        ...privateValues(c.agreement, 'agreement'),
        ...c.aops.flatMap((a) => privateValues(a.data, 'aop')),
      ]),
    ];
    expect(secrets).toContain('luis.cabrera@sanpedrohuertas.gob.mx');
    expect(secrets).toContain('+1 630 555 0142');
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    for (const file of siteFiles(site).filter((f) => !f.endsWith('.png'))) {
      const body = read(site, file);
      for (const secret of secrets) expect(body.includes(secret), `${secret} in ${file}`).toBe(false);
    }
  });

  it('describes each page for search engines and shared links, in its language', () => {
    const description = (file: string) => read(site, file).match(/<meta name="description" content="([^"]*)">/)?.[1];
    expect(description('index.html')).toMatch(
      /^Ciudades hermanas y acuerdos de cooperación del Municipio de San Pedro/,
    );
    expect(description('en/index.html')).toMatch(/^Sister cities and cooperation agreements of the Municipality/);
    expect(description('participa.html')).toMatch(/^Los vínculos internacionales del municipio se construyen/);
    expect(description('acuerdos/aurora-us.html')).toBe(
      'El acuerdo de San Pedro de las Huertas con Aurora, Estados Unidos: fechas, firmantes, áreas de cooperación, programas anuales y resultados.',
    );
    expect(description('en/agreements/giessen-de.html')).toBe(
      'The agreement of San Pedro de las Huertas with Giessen, Germany: dates, signatories, areas of cooperation, annual programs and results.',
    );
    const all = htmlFiles(site).map(description);
    expect(all.every((d) => d !== undefined && d.length > 40)).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  it("shows each program's budget by source and currency, planned against executed, as the AOP file has it", () => {
    const aurora = read(site, 'acuerdos/aurora-us.html').replaceAll('\u00a0', ' ');
    expect(aurora).toContain('<caption>Presupuesto del programa 2025</caption>');
    expect(aurora).toContain(
      '<tr><th scope="row">El municipio</th><td class="n">MXN 719,500.00</td><td class="n">MXN 529,150.00</td></tr>',
    );
    expect(aurora).toContain(
      '<tr><th scope="row">La contraparte</th><td class="n">USD 15,500.00</td><td class="n">USD 14,900.00</td></tr>',
    );
    expect(aurora).toContain(
      '<tr><th scope="row">Un tercero</th><td class="n">MXN 640,000.00</td><td class="n">MXN 467,000.00</td></tr>',
    );
    // 2026 records no spending yet: nothing is put in its place.
    expect(aurora).toContain(
      '<tr><th scope="row">El municipio</th><td class="n">MXN 564,000.00</td><td class="n">—</td></tr>',
    );
    const en = read(site, 'en/agreements/aurora-us.html').replaceAll('\u00a0', ' ');
    expect(en).toContain('<caption>Program budget 2025</caption>');
    expect(en).toContain(
      '<tr><th scope="row">The municipality</th><td class="n">MXN 719,500.00</td><td class="n">MXN 529,150.00</td></tr>',
    );
  });

  it('gives the same bytes for the same workspace', () => {
    const again = publish(root, join(tempDir(), 'again'));
    const files = siteFiles(site);
    expect(siteFiles(again)).toEqual(files);
    for (const f of files) expect(readFileSync(join(again, f)), f).toEqual(readFileSync(join(site, f)));
  });
});

/** Replaces text in a file of a workspace copy (the text must be there). */
const edit = (root: string, file: string, from: string, to: string): void => replaceIn(join(root, file), from, to);

describe('linkage publish escapes and refuses', () => {
  it('escapes hostile text for HTML', () => {
    const root = copyWorkspace('demo');
    edit(
      root,
      'linkage.yaml',
      '- name: Club Rotario San Pedro de las Huertas',
      `- name: 'Club "Rotario" <b>San Pedro</b> & Cía'`,
    );
    edit(
      root,
      'cases/aurora-us/case.yaml',
      'city: { es: Aurora, en: Aurora }',
      `city: { es: "Aurora <script>alert('x')</script>", en: Aurora }`,
    );
    const site = publish(root);
    const all = htmlFiles(site)
      .map((f) => read(site, f))
      .join('\n');
    expect(all).not.toContain('<script');
    expect(all).not.toContain('<b>');
    expect(read(site, 'index.html')).toContain('Aurora &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(read(site, 'participa.html')).toContain('Club &quot;Rotario&quot; &lt;b&gt;San Pedro&lt;/b&gt; &amp; Cía');
    // The page title carries it escaped too.
    expect(read(site, 'acuerdos/aurora-us.html')).toContain('<title>Aurora &lt;script&gt;');
  });

  it('does not call favourable a dictamen that found none required', () => {
    const root = copyWorkspace('demo');
    edit(root, 'cases/aurora-us/case.yaml', 'outcome: favourable', 'outcome: not-required');
    const site = publish(root);
    const es = read(site, 'acuerdos/aurora-us.html');
    const en = read(site, 'en/agreements/aurora-us.html');
    expect(es).not.toContain('Dictamen favorable');
    expect(en).not.toContain('Favorable opinion');
    expect(es).toContain(
      'La Secretaría de Relaciones Exteriores determinó el 9 de diciembre de 2022 que no se requiere su dictamen.',
    );
    expect(en).toContain('On December 9, 2022 the Ministry of Foreign Affairs determined that no opinion is required.');
  });

  it('counts one agreement in force in the singular', () => {
    const root = copyWorkspace('demo');
    rmSync(join(root, 'cases/giessen-de'), { recursive: true });
    for (const lang of ['es', 'en']) {
      const r = runCli(['publish', '--ui-lang', lang], { cwd: root });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(
        lang === 'es' ? '; 1 acuerdo vigente y 2 en proceso.' : '; 1 agreement in force and 2',
      );
    }
  });

  it('says a program has no activities yet instead of an empty table', () => {
    const root = copyWorkspace('demo');
    expect(runCli(['aop', 'new', 'giessen-de'], { cwd: root }).code).toBe(0);
    // Approved by the Parties (a program not yet approved is not published), its activities to come.
    replaceIn(
      join(root, 'cases', 'giessen-de', 'aop', '2026.yaml'),
      /^year: 2026$/m,
      'year: 2026\napproved: 2026-11-20',
    );
    const site = publish(root);
    const es = read(site, 'acuerdos/giessen-de.html');
    expect(es).toContain('<h3 id="aop-2026">Programa Operativo Anual 2026</h3>');
    expect(es).not.toContain('<table');
    expect(es).toContain('<p>Las actividades de este programa aún no se registran.</p>');
    expect(read(site, 'en/agreements/giessen-de.html')).toContain(
      '<p>This program&#39;s activities have not been recorded yet.</p>',
    );
  });

  it('writes only Spanish when the workspace does not use English', () => {
    const root = copyWorkspace('demo');
    edit(root, 'linkage.yaml', 'languages: [es, en, de]', 'languages: [es, de]');
    const site = publish(root);
    expect(existsSync(join(site, 'en'))).toBe(false);
    expect(read(site, 'index.html')).not.toContain('hreflang');
  });

  it('replaces an earlier site whole, and refuses a folder that is not a site', () => {
    const root = copyWorkspace('demo');
    const site = publish(root);
    writeFileSync(join(site, 'acuerdos', 'stale.html'), 'old');
    publish(root);
    expect(existsSync(join(site, 'acuerdos', 'stale.html'))).toBe(false);

    const other = join(tempDir(), 'docs');
    mkdirSync(other);
    writeFileSync(join(other, 'keep.txt'), 'mine');
    const r = runCli(['publish', '--out', other], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no es un sitio de linkage');
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(join(other, 'keep.txt'), 'utf8')).toBe('mine');
    expect(siteFiles(join(other, '..'))).toEqual(['docs/keep.txt']);

    const en = runCli(['publish', '--out', join(other, 'keep.txt'), '--ui-lang', 'en'], { cwd: root });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('is a file, not a folder');

    // A site under a file, or under a name too long: said, not a stack trace from the clean-up.
    for (const out of [join(other, 'keep.txt', 'site'), join(tempDir(), 'x'.repeat(300), 'site')]) {
      const r = runCli(['publish', '--out', out], { cwd: root });
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain('No se pudo escribir');
      expect(r.stderr).not.toMatch(STACK);
    }
    expect(readFileSync(join(other, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('leaves out a program the Parties have not approved yet, or approve after today', () => {
    const root = copyWorkspace('demo');
    edit(root, 'cases/aurora-us/aop/2026.yaml', 'approved: 2026-01-27\n', '');
    edit(root, 'cases/aurora-us/aop/2025.yaml', 'approved: 2025-01-28', 'approved: 2026-12-15');
    expect(runCli(['publish'], { cwd: root }).code).toBe(0);
    const page = read(join(root, 'out', 'site'), 'acuerdos/aurora-us.html');
    expect(page).not.toContain('id="aop-2026"');
    expect(page).not.toContain('id="aop-2025"');
    expect(page).toContain('id="aop-2024"');
  });

  it('names a program that does not load by its workspace path, and leaves it out', () => {
    const root = copyWorkspace('demo');
    edit(root, 'cases/aurora-us/aop/2024.yaml', 'year: 2024', 'year: [2024');
    const r = runCli(['publish'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'El programa cases/aurora-us/aop/2024.yaml tiene errores y quedó fuera del sitio; ejecute `linkage check`.\n',
    );
    expect(read(join(root, 'out', 'site'), 'acuerdos/aurora-us.html')).not.toContain('id="aop-2024"');
  });

  it('says which image is missing when the coat of arms is not there', () => {
    const root = copyWorkspace('demo');
    edit(root, 'linkage.yaml', 'assets/escudo-san-pedro.png', 'assets/nope.png');
    const r = runCli(['publish'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Error: linkage.yaml:380:17 (settings.letterhead.coatOfArms): ');
    expect(r.stderr).toContain('assets/nope.png');
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(join(root, 'out', 'site'))).toBe(false);
  });

  it('refuses a coat of arms or a font outside the workspace with the words check uses, not a slug hint', () => {
    const root = copyWorkspace('demo');
    const outside = join(tempDir(), 'escudo.png');
    writeFileSync(outside, readFileSync(join(root, 'assets', 'escudo-san-pedro.png')));
    for (const ref of ['../escudo.png', outside]) {
      const before = readFileSync(join(root, 'linkage.yaml'), 'utf8');
      writeFileSync(join(root, 'linkage.yaml'), before.replace(/coatOfArms: .+/, `coatOfArms: ${ref}`));
      const check = runCli(['check'], { cwd: root }).stdout;
      for (const args of [['publish'], ['generate', 'profile']]) {
        const r = runCli(args, { cwd: root });
        expect(r.code, `${args[0]} ${ref}`).toBe(2);
        // At the field, with its line and column, as check says it.
        expect(r.stderr).toContain(
          `Error: linkage.yaml:380:17 (settings.letterhead.coatOfArms): El escudo ${ref} está fuera del espacio de trabajo`,
        );
        expect(check).toContain(`El escudo ${ref} está fuera del espacio de trabajo`);
        expect(r.stderr).not.toContain('krakow-pl');
      }
      expect(existsSync(join(root, 'out'))).toBe(false);
    }
    // A font outside, the same way.
    const before = readFileSync(join(root, 'linkage.yaml'), 'utf8');
    writeFileSync(
      join(root, 'linkage.yaml'),
      before
        .replace(/coatOfArms: .+/, 'coatOfArms: assets/escudo-san-pedro.png')
        .replace('\nsettings:\n', '\nsettings:\n  fonts: [{ path: ../x.ttf }]\n'),
    );
    const r = runCli(['generate', 'profile'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('La fuente ../x.ttf está fuera del espacio de trabajo');
  });

  it('refuses a coat of arms that a symbolic link takes outside the workspace, and keeps one that stays in', () => {
    const root = copyWorkspace('demo');
    const outside = tempDir();
    writeFileSync(join(outside, 'escudo.png'), readFileSync(join(root, 'assets', 'escudo-san-pedro.png')));
    symlinkSync(join(outside, 'escudo.png'), join(root, 'assets', 'enlace.png'));
    symlinkSync(outside, join(root, 'compartido'));
    symlinkSync('escudo-san-pedro.png', join(root, 'assets', 'propio.png'));
    const before = readFileSync(join(root, 'linkage.yaml'), 'utf8');
    for (const ref of ['assets/enlace.png', 'compartido/escudo.png']) {
      writeFileSync(join(root, 'linkage.yaml'), before.replace(/coatOfArms: .+/, `coatOfArms: ${ref}`));
      const check = runCli(['check'], { cwd: root });
      expect(check.code, ref).toBe(1);
      expect(check.stdout).toContain(`El escudo ${ref} está fuera del espacio de trabajo`);
      for (const args of [['publish'], ['generate', 'profile']]) {
        const r = runCli(args, { cwd: root });
        expect(r.code, `${args[0]} ${ref}`).toBe(2);
        expect(r.stderr).toContain(`El escudo ${ref} está fuera del espacio de trabajo`);
      }
      expect(existsSync(join(root, 'out'))).toBe(false);
    }
    writeFileSync(join(root, 'linkage.yaml'), before.replace(/coatOfArms: .+/, 'coatOfArms: assets/propio.png'));
    expect(runCli(['publish'], { cwd: root }).code).toBe(0);
  });
});

describe('linkage publish on an agreement whose termination is notified', () => {
  it('says when it ends, on its card and on its page, and no longer once it has ended', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases/aurora-us/case.yaml');
    const notified = `${readFileSync(file, 'utf8')}end:\n  state: terminated\n  date: 2027-03-01\n  notice: { by: counterpart, date: 2026-09-01 }\n`;
    writeFileSync(file, notified);
    const site = publish(root);
    // Still in force until the notice period runs out, and a citizen reads that it will end.
    const home = read(site, 'index.html');
    expect(home).toContain(
      'firmado el 22 de marzo de 2023 · terminación notificada el 1 de septiembre de 2026: concluye el 1 de marzo de 2027',
    );
    expect(read(site, 'acuerdos/aurora-us.html')).toContain(
      '<p class="status">Acuerdo vigente desde el 22 de marzo de 2023. Terminación notificada el 1 de septiembre de 2026: concluye el 1 de marzo de 2027.</p>',
    );
    expect(read(site, 'en/agreements/aurora-us.html')).toContain(
      '<p class="status">Agreement in force since March 22, 2023. Termination notified on September 1, 2026: it ends on March 1, 2027.</p>',
    );
    expect(read(site, 'en/index.html')).toContain(
      'signed on March 22, 2023 · termination notified on September 1, 2026: it ends on March 1, 2027',
    );
    // The grid by country says it too, next to its "in force".
    expect(home).toContain(
      'aurora-us.html">Aurora</a> <span class="state in-force">vigente</span> <span class="ending">terminación notificada el 1 de septiembre de 2026: concluye el 1 de marzo de 2027</span></li>',
    );
    expect(read(site, 'en/index.html')).toContain(
      'aurora-us.html">Aurora</a> <span class="state in-force">in force</span> <span class="ending">termination notified on September 1, 2026: it ends on March 1, 2027</span></li>',
    );
    // On the day it takes effect it has ended: off the site, page and all.
    const after = publish(root, join(tempDir(), 'after'), { LINKAGE_TODAY: '2027-03-01' });
    expect(read(after, 'index.html')).not.toContain('Aurora');
    expect(existsSync(join(after, 'acuerdos/aurora-us.html'))).toBe(false);
  });

  it('says when it ends without a notice date when none is recorded', () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'cases/aurora-us/case.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}end:\n  state: terminated\n  date: 2027-03-01\n`);
    const site = publish(root);
    const home = read(site, 'index.html');
    expect(home).toContain(
      'firmado el 22 de marzo de 2023 · terminación notificada: concluye el 1 de marzo de 2027</p>',
    );
    expect(home).toContain(
      '<span class="state in-force">vigente</span> <span class="ending">terminación notificada: concluye el 1 de marzo de 2027</span>',
    );
    expect(read(site, 'acuerdos/aurora-us.html')).toContain(
      '<p class="status">Acuerdo vigente desde el 22 de marzo de 2023. Terminación notificada: concluye el 1 de marzo de 2027.</p>',
    );
    const en = read(site, 'en/index.html');
    expect(en).toContain('signed on March 22, 2023 · termination notified: it ends on March 1, 2027</p>');
    expect(en).toContain(
      '<span class="state in-force">in force</span> <span class="ending">termination notified: it ends on March 1, 2027</span>',
    );
    expect(read(site, 'en/agreements/aurora-us.html')).toContain(
      '<p class="status">Agreement in force since March 22, 2023. Termination notified: it ends on March 1, 2027.</p>',
    );
  });
});

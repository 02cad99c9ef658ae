import '@inquirer/testing/vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCheck } from '../../src/commands/check.js';
import { initFlow } from '../../src/flows/init.js';
import { nextFlow } from '../../src/flows/next.js';
import { isInterrupt } from '../../src/ui/prompts.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { tempDir } from '../helpers.js';
import { answer, collector, ctrlC, flowBase, pick, prompt, rejected, retype } from './driver.js';

const base = (root: string) => ({ ...flowBase(root), out: collector() });
const yamlOf = (root: string) => parse(readFileSync(join(root, 'linkage.yaml'), 'utf8'));

/** The municipality, its administration, languages and letterhead, with a wrong INEGI code first. */
async function answerMunicipality() {
  await answer('Nombre del municipio', 'Villa de Santa Úrsula');
  await pick('Estado', 10); // Guanajuato
  await answer('Abreviatura del estado'); // Gto. by default
  await answer('Clave INEGI', '12099');
  await rejected('Las claves INEGI de Guanajuato empiezan por 11.');
  retype('1109');
  await rejected('Clave INEGI no válida');
  screen.type('9');
  screen.keypress('enter');
  await answer('Inicio de la administración', '2024-10-10');
  await answer('Fin de la administración'); // 2027-10-09 by default
  await answer('Nombre corto de la administración'); // 2024-2027
  await answer('Presidenta o el Presidente Municipal', 'María Teresa Núñez Olvera');
  await pick('María Teresa Núñez Olvera: ¿su cargo se escribe', 0);
  await answer('Síndica o el Síndico', 'Rodrigo Esquivel Muñoz');
  await pick('Rodrigo Esquivel Muñoz: ¿su cargo', 1);
  await answer('Secretaria o el Secretario'); // skipped
  await answer('Idiomas de los documentos', 'es, xx');
  await rejected('«xx» no es un código de idioma ISO 639');
  retype('es, en');
  await answer('Escudo para el membrete'); // none
  await answer('Lema del membrete [español]', 'Tierra de trabajo');
  await answer('Lema del membrete [inglés]', 'Land of work');
}

import { screen, TODAY } from './driver.js';

describe('init on a terminal', () => {
  it('asks the municipality, writes the workspace, then Phase 1; Ctrl+C keeps the answers and `next` resumes', async () => {
    const dir = join(tempDir(), 'ws');
    const run = initFlow({ ...base(dir), version: '0.0.0-test' });
    await answerMunicipality();
    // Phase 1 starts once the workspace exists: the liaison, in every document language.
    await answer('Área de enlace de asuntos internacionales [español]', 'Coordinación de Asuntos Internacionales');
    await answer('Área de enlace de asuntos internacionales [inglés]', 'International Affairs Office');
    await answer('Persona designada como enlace', 'Jorge Peña Ibáñez');
    await pick('Jorge Peña Ibáñez: ¿su cargo', 1);
    // An optional question says Enter skips it while it is asked; its answered line has the
    // question (with a note of its own, «dato personal») and the answer, no «Enter».
    expect(await prompt('Cargo del enlace [español]')).toContain('Cargo del enlace [español] (Enter para omitir)');
    await answer('Cargo del enlace [español]'); // skipped: the other languages are not asked
    expect(await prompt('Correo electrónico')).toContain('Correo electrónico (dato personal) (Enter para omitir)');
    screen.type('jorge@');
    screen.keypress('enter');
    await rejected('Correo electrónico no válido');
    retype('jorge@santaursula.gob.mx');
    await prompt('Fecha del nombramiento');
    const answered = stripVTControlCharacters(await screen.getFullOutput());
    expect(answered).toMatch(/✔ Cargo del enlace \[español\]\s*\n/);
    expect(answered).toContain('✔ Correo electrónico (dato personal) jorge@santaursula.gob.mx');
    expect(answered).not.toMatch(/✔ [^\n]*Enter/);
    await answer('Fecha del nombramiento', '2024-11-31');
    await rejected('Fecha no válida');
    retype('2030-01-01');
    await rejected('es posterior a hoy (2026-11-28)');
    retype('2024-11-04');
    await answer('Número de oficio del nombramiento');
    ctrlC();
    const error = await run.catch((e: unknown) => e);
    expect(isInterrupt(error)).toBe(true);

    const saved = yamlOf(dir);
    expect(saved.municipality).toEqual({
      name: 'Villa de Santa Úrsula',
      state: 'Guanajuato',
      stateAbbr: 'Gto.',
      inegiCode: '11099',
    });
    expect(saved.administrations[0].officials).toEqual([
      { role: 'president', name: 'María Teresa Núñez Olvera', gender: 'f' },
      { role: 'sindico', name: 'Rodrigo Esquivel Muñoz', gender: 'm' },
    ]);
    expect(saved.settings.languages).toEqual(['es', 'en']);
    expect(saved.settings.letterhead).toEqual({ motto: { es: 'Tierra de trabajo', en: 'Land of work' } });
    expect(saved.liaison).toEqual({
      area: { es: 'Coordinación de Asuntos Internacionales', en: 'International Affairs Office' },
      person: { name: 'Jorge Peña Ibáñez', gender: 'm', email: 'jorge@santaursula.gob.mx' },
      appointed: '2024-11-04',
    });
    // Half a step is in progress: a warning in check, never an error.
    expect((await runCheck({ roots: [dir], asOf: TODAY })).errors).toBe(0);

    // `linkage next` resumes at the first unanswered fact: the oficio.
    screen.clear();
    const out = collector();
    const resume = nextFlow({ ...base(dir), out, ws: loadWorkspace(dir) });
    await answer('Número de oficio del nombramiento', 'PM/015/2024');
    // The office's email and phone are public: they are what the Profile and the letters print.
    await answer('Correo electrónico de la oficina de enlace', 'internacional@santaursula.gob.mx');
    await answer('Teléfono de la oficina de enlace', '442 123 4567');
    // Participation: an "add another" loop.
    await answer('Nombre de la persona u organización', 'Cámara de Comercio de Santa Úrsula');
    await pick('Sector', 0);
    await pick('¿Persona u organización?', 0);
    await answer('Su papel en la actividad internacional [español]', 'Vinculación empresarial');
    await answer('Su papel en la actividad internacional [inglés]', 'Business links');
    await answer('Participa desde', '2024-12-01');
    await answer('¿Agregar otra persona u organización?', 's');
    await answer('Nombre de la persona u organización', 'Club de Migrantes de Santa Úrsula en Dallas');
    await pick('Sector', 4);
    await pick('¿Persona u organización?', 2); // skipped
    await answer('Su papel en la actividad internacional [español]');
    await answer('Participa desde');
    await answer('¿Agregar otra persona u organización?', 'n');
    // Profile: PMD priorities (a loop), then the profile's content.
    await answer('Título del Plan Municipal de Desarrollo [español]');
    await answer('Título del Plan Municipal de Desarrollo [inglés]');
    await answer('Clave de la prioridad', ''); // PMD-2024-1 by default
    await answer('Prioridad PMD-2024-1 [español]', 'Agua y saneamiento');
    await answer('Prioridad PMD-2024-1 [inglés]', 'Water and sanitation');
    await answer('¿Agregar otra prioridad del PMD?', 's');
    await answer('Clave de la prioridad', 'PMD-2024-1');
    await rejected('«PMD-2024-1» ya se usa');
    retype('PMD-2024-2.1');
    await answer('Prioridad PMD-2024-2.1 [español]', 'Turismo');
    await answer('Prioridad PMD-2024-2.1 [inglés]', 'Tourism');
    await answer('¿Agregar otra prioridad del PMD?', 's');
    // The plan's own numbering goes on: PMD-2024-2.2, not PMD-2024-3.
    await answer('Clave de la prioridad', '');
    await answer('Prioridad PMD-2024-2.2 [español]', 'Cultura');
    await answer('Prioridad PMD-2024-2.2 [inglés]', 'Culture');
    await answer('¿Agregar otra prioridad del PMD?', 'n');
    await answer('Ubicación del municipio [español]', 'Centro del estado de Guanajuato.');
    await answer('Ubicación del municipio [inglés]', 'Centre of the state of Guanajuato.');
    await answer('Población total', 'muchos');
    await rejected('Escriba un número entero');
    retype('48,210');
    await answer('Año de esa cifra');
    await answer('Fuente de la cifra');
    await answer('Economía: actividades principales [español]', 'Agricultura de riego.');
    await answer('Economía: actividades principales [inglés]', 'Irrigated farming.');
    await answer('Fortaleza [español]', 'Tradición agroindustrial');
    await answer('Fortaleza [inglés]', 'Agro-industrial tradition');
    await answer('¿Agregar otra fortaleza?', 'n');
    await answer('¿Agregar un potencial del municipio?', 'n');
    await answer('Experiencia internacional');
    await answer('¿Agregar una comunidad de migrantes', 's');
    await answer('Lugar (ciudad, estado o región)', 'Dallas, Texas');
    await answer('País (código ISO de dos letras)', 'xq');
    await rejected('«XQ» no es un código de país ISO 3166-1');
    retype('us'); // upper-cased, as the counterpart's country is
    await answer('Personas (aproximado', '3500');
    await answer('¿Agregar otra comunidad migrante?', 'n');
    const result = await resume;

    const done = yamlOf(dir);
    expect(done.liaison.oficio).toBe('PM/015/2024');
    expect(done.liaison.office).toEqual({ email: 'internacional@santaursula.gob.mx', phone: '442 123 4567' });
    expect(done.participation).toEqual([
      {
        name: 'Cámara de Comercio de Santa Úrsula',
        sector: 'business',
        kind: 'organization',
        role: { es: 'Vinculación empresarial', en: 'Business links' },
        since: '2024-12-01',
      },
      { name: 'Club de Migrantes de Santa Úrsula en Dallas', sector: 'migrant-association' },
    ]);
    expect(done.administrations[0].pmd.priorities.map((p: { id: string }) => p.id)).toEqual([
      'PMD-2024-1',
      'PMD-2024-2.1',
      'PMD-2024-2.2',
    ]);
    expect(done.profile.population).toEqual({
      total: 48210,
      year: 2020,
      source: 'INEGI, Censo de Población y Vivienda 2020',
    });
    expect(done.profile.migrantCommunities).toEqual([{ place: 'Dallas, Texas', country: 'US', population: 3500 }]);
    expect(out.text()).toContain('La Fase 1 (Identificación) está completa.');
    expect(out.text()).toContain('`linkage generate profile`');
    expect(result.answers.liaison).toMatchObject({ oficio: 'PM/015/2024' });
    expect(existsSync(join(dir, '.linkage-cache', 'drafts', 'linkage.yaml.json'))).toBe(false);
    expect(await runCheck({ roots: [dir], asOf: TODAY })).toMatchObject({ errors: 0, warnings: 0 });
  });
});

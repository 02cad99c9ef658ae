// Commander declarations only: each action lazily imports its module, so `linkage status` never
// loads what `generate` or the prompts need.
import { Command, Option } from 'commander';
import type { ActionContext } from './actions/context.js';
import type { GenerateFlags } from './actions/generate.js';

declare const __LINKAGE_VERSION__: string;
export const VERSION = typeof __LINKAGE_VERSION__ === 'string' ? __LINKAGE_VERSION__ : '0.0.0-dev';

export interface GlobalOptions {
  workspace: string[];
  color: boolean;
  asOf?: string;
  uiLang?: string;
}

type Run = (action: (ctx: ActionContext) => Promise<number>) => Promise<void>;

const collect = (value: string, previous: string[]) => [...previous, value];

export function buildProgram(run: Run): Command {
  const program = new Command('linkage')
    .description('Hermanamientos y acuerdos de cooperación internacional de municipios, según el proceso de la SRE.')
    .version(VERSION, '-V, --version', 'muestra la versión')
    .helpOption('-h, --help', 'muestra esta ayuda')
    .helpCommand('help [command]', 'muestra la ayuda de un comando')
    // src/ahead.ts reads the options of status and check from argv before commander loads: an option
    // added to them (or to these global ones) goes into its OPTIONS too, or those runs start late.
    .option('-C, --workspace <dir>', 'espacio de trabajo (repetible en comandos de lectura)', collect, [])
    .option('--no-color', 'sin colores')
    .option('--as-of <date>', 'fecha de "hoy" (AAAA-MM-DD)')
    .addOption(new Option('--ui-lang <lang>', 'idioma de la interfaz').choices(['es', 'en']))
    .exitOverride()
    // Usage errors are printed by the entry, from the message catalog, in the user's language.
    .configureOutput({ outputError: () => {} });

  program
    .command('status')
    .description('dónde está cada caso, a quién le toca y qué está atrasado')
    .argument('[case]', 'identificador del caso (su carpeta)')
    .option('--format <format>', 'table | json | md | csv', 'table')
    .action((caseSlug: string | undefined, opts: { format: string }) =>
      run(async (ctx) => (await import('./actions/status.js')).statusAction(ctx, caseSlug, opts)),
    );

  program
    .command('check')
    .description('revisa los archivos del espacio de trabajo y las reglas del proceso')
    .argument('[path...]', 'archivos o carpetas a revisar (desde la carpeta de -C, si se da)')
    .option('--format <format>', 'text | json | github', 'text')
    .action((paths: string[], opts: { format: string }) =>
      run(async (ctx) => (await import('./actions/check.js')).checkAction(ctx, paths, opts)),
    );

  program
    .command('init')
    .description('crea un espacio de trabajo para el municipio (Fase 1: identificación)')
    .argument('[dir]', 'carpeta', '.')
    .option('--answers <file>', 'respuestas en YAML, con la forma de linkage.yaml')
    .option('--yes', 'acepta los valores por omisión')
    .action((dir: string, opts: { answers?: string; yes?: boolean }) =>
      run(async (ctx) => (await import('./actions/init.js')).initAction(ctx, dir, opts)),
    );

  program
    .command('new')
    .description('abre un caso para una ciudad contraparte')
    .argument('<city>', 'nombre de la ciudad')
    .option('--answers <file>', 'respuestas en YAML, con la forma de case.yaml')
    .option('--country <code>', 'país (ISO 3166-1, p. ej. PL)')
    .option('--slug <slug>', 'identificador del caso (p. ej. krakow-pl)')
    .option('--yes', 'acepta los valores por omisión')
    .action((city: string, opts: { answers?: string; country?: string; slug?: string; yes?: boolean }) =>
      run(async (ctx) => (await import('./actions/new.js')).newAction(ctx, city, opts)),
    );

  program
    .command('next')
    .description('pregunta lo que le falta al siguiente paso de un caso (sin caso: la Fase 1)')
    .argument('[case]', 'identificador del caso (su carpeta)')
    .option(
      '--step <id>',
      'vuelve a un paso, aunque ya esté hecho; `end` cierra el caso y `amendment` registra una modificación',
    )
    .option('--answers <file>', 'respuestas en YAML, con la forma de case.yaml (o de linkage.yaml para la Fase 1)')
    .option('--append', 'agrega a las listas en lugar de reemplazarlas')
    .option('--yes', 'acepta los valores por omisión')
    .action(
      (caseSlug: string | undefined, opts: { step?: string; answers?: string; append?: boolean; yes?: boolean }) =>
        run(async (ctx) => (await import('./actions/next.js')).nextAction(ctx, caseSlug, opts)),
    );

  program
    .command('log')
    .description(
      'anota un contacto con la contraparte (o una misión, con --mission, o una representación, con --representation)',
    )
    .argument('[case]', 'identificador del caso (su carpeta)')
    .option('--mission', 'anota una misión (viaje o visita) en lugar de un contacto')
    .option('--representation', 'anota una embajada o un consulado (de México o de la contraparte)')
    .option(
      '--answers <file>',
      'entradas en YAML, con la forma de case.yaml (contactLog:, missions:, representations:); siempre se agregan',
    )
    .option('--append', 'las entradas siempre se agregan (se acepta por simetría)')
    .option('--yes', 'acepta los valores por omisión')
    .action(
      (
        caseSlug: string | undefined,
        opts: { mission?: boolean; representation?: boolean; answers?: string; append?: boolean; yes?: boolean },
      ) => run(async (ctx) => (await import('./actions/log.js')).logAction(ctx, caseSlug, opts)),
    );

  program
    .command('review')
    .description('todo lo registrado de un caso, para una reunión o antes de firmar')
    .argument('[case]', 'identificador del caso (su carpeta)')
    .option('--format <format>', 'text | md', 'text')
    .option('--public', 'sin datos personales (campos x-private)')
    .action((caseSlug: string | undefined, opts: { format: string; public?: boolean }) =>
      run(async (ctx) => (await import('./actions/review.js')).reviewAction(ctx, caseSlug, opts)),
    );

  program
    .command('generate')
    .description('escribe un documento en PDF: profile, letter, … o all')
    .argument(
      '[document]',
      'documento: profile, letter, agreement, opinion-request, registration, aop, aop-report, status, handover o all',
    )
    .argument('[case]', 'identificador del caso')
    .option('--lang <codes>', 'idiomas del documento, p. ej. es, en, es,en')
    .option('--out <dir>', 'carpeta de salida (por omisión out/)')
    .option('--date <date>', 'fecha del documento (AAAA-MM-DD)')
    .option('--record', 'emite el documento: lo guarda en el caso y lo registra')
    .option('--oficio <number>', 'número de oficio (solicitud de dictamen, registro)')
    .option('--year <year>', 'año del Programa Operativo Anual (aop, aop-report)')
    .option('--final', 'el acuerdo sin marca de PROYECTO: sólo con dictamen favorable sobre su texto')
    .addOption(
      new Option('--layout <layout>', 'acuerdo bilingüe: uno tras otro o en columnas').choices([
        'sequential',
        'parallel',
      ]),
    )
    .option('--check', 'compone todo en memoria y no escribe nada')
    .action((document: string | undefined, caseSlug: string | undefined, opts: GenerateFlags) =>
      run(async (ctx) => (await import('./actions/generate.js')).generateAction(ctx, document, caseSlug, opts)),
    );

  const templates = program.command('templates').description('plantillas de los documentos');
  templates
    .command('list')
    .description('qué plantilla se usa para cada documento e idioma')
    .action(() => run(async (ctx) => (await import('./actions/templates.js')).templatesListAction(ctx)));
  templates
    .command('eject')
    .description('copia una plantilla incluida al espacio de trabajo para editarla')
    .argument('<document>', 'documento')
    .action((document: string) =>
      run(async (ctx) => (await import('./actions/templates.js')).templatesEjectAction(ctx, document)),
    );

  program
    .command('publish')
    .description('escribe el sitio público de los vínculos internacionales (HTML estático, sin datos personales)')
    .option('--out <dir>', 'carpeta del sitio (por omisión out/site/)')
    .action((opts: { out?: string }) =>
      run(async (ctx) => (await import('./actions/publish.js')).publishAction(ctx, opts)),
    );

  program
    .command('calendar')
    .description('escribe los plazos de los casos como calendario iCalendar (.ics)')
    .argument('[case]', 'identificador del caso (sin él: todos los casos)')
    .option('--out <file>', 'archivo de salida (por omisión out/calendar.ics; - para la salida estándar)')
    .action((caseSlug: string | undefined, opts: { out?: string }) =>
      run(async (ctx) => (await import('./actions/calendar.js')).calendarAction(ctx, caseSlug, opts)),
    );

  const aop = program.command('aop').description('Programas Operativos Anuales (POA)');
  aop
    .command('new')
    .description('inicia el POA del año siguiente con las actividades no concluidas del año')
    .argument('<case>', 'identificador del caso (su carpeta)')
    .argument('[year]', 'año del programa (por omisión, el siguiente al último POA, o el de la firma)')
    .option('--dry-run', 'muestra el archivo sin escribirlo')
    .action((caseSlug: string, year: string | undefined, opts: { dryRun?: boolean }) =>
      run(async (ctx) => (await import('./actions/aop.js')).aopNewAction(ctx, caseSlug, year, opts)),
    );

  return program;
}

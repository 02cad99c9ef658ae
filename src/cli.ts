// Commander declarations only: each action lazily imports its module, so `linkage status` never
// loads what `generate` or the prompts need.
import { Command, Option } from 'commander';
import type { ActionContext } from './actions/context.js';

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
    .version(VERSION, '-V, --version')
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
    .argument('[path...]', 'archivos o carpetas a revisar')
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

  return program;
}

// Commander declarations only: each action lazily imports its module, so `linkage status` never
// loads what `generate` or the prompts need.
import { Command, Option } from 'commander';
import type { ActionContext } from './actions/context.js';
import type { GenerateFlags } from './actions/generate.js';
import { helpIn } from './ui/help.js';
import type { UiLang } from './ui/i18n.js';

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

/** `lang` gives the UI language when help is shown: by then the options (`--ui-lang`, `-C`) are read. */
export function buildProgram(run: Run, lang: () => UiLang): Command {
  const program = new Command('linkage')
    // Before the subcommands: they inherit it. Descriptions below are catalog ids (src/ui/messages/help.ts).
    .configureHelp(helpIn(lang))
    .description('help.program')
    .version(VERSION, '-V, --version', 'help.version')
    .helpOption('-h, --help', 'help.help')
    .helpCommand('help [command]', 'help.help-command')
    // src/ahead.ts reads the options of status and check from argv before commander loads: an option
    // added to them (or to these global ones) goes into its OPTIONS too, or those runs start late.
    .option('-C, --workspace <dir>', 'help.workspace', collect, [])
    .option('--no-color', 'help.no-color')
    .option('--as-of <date>', 'help.as-of')
    .addOption(new Option('--ui-lang <lang>', 'help.ui-lang').choices(['es', 'en']))
    .exitOverride()
    // Usage errors are printed by the entry, from the message catalog, in the user's language.
    .configureOutput({ outputError: () => {} });

  program
    .command('status')
    .description('help.status')
    .argument('[case]', 'help.arg.case')
    .option('--format <format>', 'table | json | md | csv', 'table')
    .action((caseSlug: string | undefined, opts: { format: string }) =>
      run(async (ctx) => (await import('./actions/status.js')).statusAction(ctx, caseSlug, opts)),
    );

  program
    .command('check')
    .description('help.check')
    .argument('[path...]', 'help.check.path')
    .option('--format <format>', 'text | json | github', 'text')
    .action((paths: string[], opts: { format: string }) =>
      run(async (ctx) => (await import('./actions/check.js')).checkAction(ctx, paths, opts)),
    );

  program
    .command('init')
    .description('help.init')
    .argument('[dir]', 'help.init.dir', '.')
    .option('--answers <file>', 'help.init.answers')
    .option('--yes', 'help.opt.yes')
    .action((dir: string, opts: { answers?: string; yes?: boolean }) =>
      run(async (ctx) => (await import('./actions/init.js')).initAction(ctx, dir, opts)),
    );

  program
    .command('new')
    .description('help.new')
    .argument('<city>', 'help.new.city')
    .option('--answers <file>', 'help.opt.answers-case')
    .option('--country <code>', 'help.new.country')
    .option('--slug <slug>', 'help.new.slug')
    .option('--yes', 'help.opt.yes')
    .action((city: string, opts: { answers?: string; country?: string; slug?: string; yes?: boolean }) =>
      run(async (ctx) => (await import('./actions/new.js')).newAction(ctx, city, opts)),
    );

  program
    .command('next')
    .description('help.next')
    .argument('[case]', 'help.arg.case')
    .option('--step <id>', 'help.next.step')
    .option('--answers <file>', 'help.next.answers')
    .option('--append', 'help.next.append')
    .option('--yes', 'help.opt.yes')
    .action(
      (caseSlug: string | undefined, opts: { step?: string; answers?: string; append?: boolean; yes?: boolean }) =>
        run(async (ctx) => (await import('./actions/next.js')).nextAction(ctx, caseSlug, opts)),
    );

  program
    .command('log')
    .description('help.log')
    .argument('[case]', 'help.arg.case')
    .option('--mission', 'help.log.mission')
    .option('--representation', 'help.log.representation')
    .option('--answers <file>', 'help.log.answers')
    .option('--append', 'help.log.append')
    .option('--yes', 'help.opt.yes')
    .action(
      (
        caseSlug: string | undefined,
        opts: { mission?: boolean; representation?: boolean; answers?: string; append?: boolean; yes?: boolean },
      ) => run(async (ctx) => (await import('./actions/log.js')).logAction(ctx, caseSlug, opts)),
    );

  program
    .command('review')
    .description('help.review')
    .argument('[case]', 'help.arg.case')
    .option('--format <format>', 'text | md', 'text')
    .option('--public', 'help.review.public')
    .action((caseSlug: string | undefined, opts: { format: string; public?: boolean }) =>
      run(async (ctx) => (await import('./actions/review.js')).reviewAction(ctx, caseSlug, opts)),
    );

  program
    .command('generate')
    .description('help.generate')
    .argument('[document]', 'help.generate.document')
    .argument('[case]', 'help.generate.case')
    .option('--lang <codes>', 'help.generate.lang')
    .option('--out <dir>', 'help.generate.out')
    .option('--date <date>', 'help.generate.date')
    .option('--record', 'help.generate.record')
    .option('--oficio <number>', 'help.generate.oficio')
    .option('--year <year>', 'help.generate.year')
    .option('--amendment <id>', 'help.generate.amendment')
    .option('--final', 'help.generate.final')
    .addOption(new Option('--layout <layout>', 'help.generate.layout').choices(['sequential', 'parallel']))
    .option('--check', 'help.generate.check')
    .action((document: string | undefined, caseSlug: string | undefined, opts: GenerateFlags) =>
      run(async (ctx) => (await import('./actions/generate.js')).generateAction(ctx, document, caseSlug, opts)),
    );

  const templates = program.command('templates').description('help.templates');
  templates
    .command('list')
    .description('help.templates.list')
    .action(() => run(async (ctx) => (await import('./actions/templates.js')).templatesListAction(ctx)));
  templates
    .command('eject')
    .description('help.templates.eject')
    .argument('<document>', 'help.templates.document')
    .action((document: string) =>
      run(async (ctx) => (await import('./actions/templates.js')).templatesEjectAction(ctx, document)),
    );

  program
    .command('publish')
    .description('help.publish')
    .option('--out <dir>', 'help.publish.out')
    .action((opts: { out?: string }) =>
      run(async (ctx) => (await import('./actions/publish.js')).publishAction(ctx, opts)),
    );

  program
    .command('calendar')
    .description('help.calendar')
    .argument('[case]', 'help.calendar.case')
    .option('--out <file>', 'help.calendar.out')
    .action((caseSlug: string | undefined, opts: { out?: string }) =>
      run(async (ctx) => (await import('./actions/calendar.js')).calendarAction(ctx, caseSlug, opts)),
    );

  const aop = program.command('aop').description('help.aop');
  aop
    .command('new')
    .description('help.aop.new')
    .argument('<case>', 'help.arg.case')
    .argument('[year]', 'help.aop.year')
    .option('--dry-run', 'help.aop.dry-run')
    .action((caseSlug: string, year: string | undefined, opts: { dryRun?: boolean }) =>
      run(async (ctx) => (await import('./actions/aop.js')).aopNewAction(ctx, caseSlug, year, opts)),
    );

  return program;
}

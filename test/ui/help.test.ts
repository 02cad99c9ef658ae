import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { COMMANDS, commandOf, VALUED_GLOBAL_OPTIONS } from '../../src/code-cache.js';
import { catalog } from '../../src/ui/messages/index.js';
import { copyWorkspace, replaceIn, runCli, STACK } from '../helpers.js';

/** Every description of a command line's help: the program's, its commands', options' and arguments'. */
function descriptions(cmd: Command): string[] {
  return [
    cmd.description(),
    ...cmd.options.map((o) => o.description ?? ''),
    ...cmd.registeredArguments.map((a) => a.description),
    ...cmd.commands.flatMap(descriptions),
  ];
}

describe('linkage --help', () => {
  it('names each description by a catalog id (or a list of literal values), so that it is translated', () => {
    const program = buildProgram(
      async () => {},
      () => 'es',
    );
    const found = descriptions(program);
    expect(found.length).toBeGreaterThan(50);
    const untranslated = found.filter((d) => !catalog[d] && !/^[a-z]+( \| [a-z]+)+$/.test(d));
    expect(untranslated).toEqual([]);
  });

  it('has the commands code-cache.ts keeps a cache for, and the global options it skips with their value', () => {
    const program = buildProgram(
      async () => {},
      () => 'es',
    );
    expect(program.commands.map((c) => c.name()).filter((n) => n !== 'help')).toEqual(COMMANDS);
    // An option that takes a value before the command must not be taken for the command.
    const valued = program.options.filter((o) => o.required || o.optional).flatMap((o) => [o.short, o.long]);
    expect(new Set(valued.filter(Boolean))).toEqual(VALUED_GLOBAL_OPTIONS);
    for (const flag of VALUED_GLOBAL_OPTIONS) expect(commandOf([flag, 'check', 'status'])).toBe('status');
    expect(commandOf(['--no-color', '-C', 'ws', 'check', '--format', 'github'])).toBe('check');
    expect(commandOf(['chek'])).toBeUndefined();
    expect(commandOf(['--version'])).toBeUndefined();
  });

  it('speaks English with --ui-lang en or LINKAGE_LANG=en, Spanish otherwise, commander words included', () => {
    const en = runCli(['--ui-lang', 'en', '--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Usage: linkage [options] [command]');
    expect(en.stdout).toContain('status [options] [case]               where each case stands');
    const check = runCli(['check', '--help'], { env: { LINKAGE_LANG: 'en' } });
    expect(check.stdout).toContain("checks the workspace's files");
    expect(check.stdout).toContain('(default: text)');
    const es = runCli(['generate', '--help']);
    expect(es.stdout).toContain('Uso: linkage generate [opciones] [documento] [caso]');
    expect(es.stdout).toContain('--layout <disposición>');
    expect(es.stdout).toContain('(valores: sequential, parallel)');
    for (const english of ['Usage:', 'Options:', 'Arguments:', 'default:', 'choices:', '[options]'])
      expect(es.stdout).not.toContain(english);
  });

  it('fits every help in the terminal, Spanish and English, at 80 and 100 columns', () => {
    const commands = (cmd: Command): Command[] => [cmd, ...cmd.commands.flatMap(commands)];
    for (const lang of ['es', 'en'] as const) {
      for (const width of [80, 100]) {
        for (const cmd of commands(
          buildProgram(
            async () => {},
            () => lang,
          ),
        )) {
          cmd.configureOutput({ getOutHelpWidth: () => width });
          const wide = cmd
            .helpInformation()
            .split('\n')
            .filter((line) => line.length > width);
          expect(wide, `${lang}, ${width} columns, ${cmd.name()} --help`).toEqual([]);
        }
      }
      // The built CLI, its output not a terminal: commander's 80 columns.
      const top = runCli(['--ui-lang', lang, '--help']).stdout.split('\n');
      expect(top.filter((line) => line.length > 80)).toEqual([]);
    }
  });

  it("follows the workspace's uiLang", () => {
    const root = copyWorkspace('demo');
    const file = join(root, 'linkage.yaml');
    replaceIn(file, 'uiLang: es', 'uiLang: en');
    expect(runCli(['-C', root, 'status', '--help']).stdout).toContain('Usage: linkage status');
    expect(runCli(['status', '--help'], { cwd: root }).stdout).toContain('Usage: linkage status');
    // The flag first, as for every message.
    expect(runCli(['-C', root, '--ui-lang', 'es', 'status', '--help']).stdout).toContain('Uso: linkage status');
    // A usage error too, in the workspace or through -C, before or after the command.
    expect(runCli(['statu'], { cwd: root }).stderr).toContain('"statu" is not a linkage command. Did you mean status?');
    expect(runCli(['-C', root, 'status', '--bogus']).stderr).toContain('"--bogus" is not an option of this command.');
    expect(runCli(['-C', root, 'generate']).stderr).toContain('The argument "document" is missing.');
    expect(runCli(['-C', root, '--ui-lang', 'es', 'statu']).stderr).toContain('«statu» no es un comando de linkage.');
    expect(runCli(['--bogus', '--ui-lang', 'en']).stderr).toContain('"--bogus" is not an option of this command.');
  });

  it('prints help and exits 2 for a command line that names no command, with no internal words', () => {
    for (const args of [[], ['templates'], ['aop']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Uso: linkage');
      expect(r.stderr).not.toContain('outputHelp');
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it('says a value outside an option’s choices in the user’s language', () => {
    const r = runCli(['generate', 'letter', 'krakow-pl', '--layout', 'columns']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«columns» no es un valor de --layout. Valores: sequential, parallel.');
    const en = runCli(['--ui-lang', 'fr', 'status'], { env: { LINKAGE_LANG: 'en' } });
    expect(en.stderr).toContain('"fr" is not a value of --ui-lang. Values: es, en.');
  });
});

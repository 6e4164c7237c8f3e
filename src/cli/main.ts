/**
 * The command line. Options are declared once here; each command's module is
 * loaded only when that command runs, so `--help` stays fast.
 */
import { Command, CommanderError, Option } from 'commander';
import { EXIT_USAGE } from './exit-codes';
import { createReporter } from './reporter';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), ...value.split(',').filter((v) => v !== '')];

function withCommonOptions(command: Command, renders = true): Command {
  command
    .option('--specs <paths...>', 'spec files or folders (default: specs/)')
    .option('--config <file>', 'config file (default: modelgen.config.yaml when present)')
    .option('--no-color', 'never colour the output');
  if (renders) {
    command
      .option('--out <dir>', 'output folder (default: generated/)')
      .addOption(new Option('--lang <list>', 'targets, comma-separated (default: all)').argParser(collect))
      .option('--templates <dir>', 'folder whose <lang>/<file> templates override the built-in ones');
  }
  return command;
}

export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('modelgen')
    .description('Generate SDK model files for seven languages from API reference docs.')
    .version(require('../../package.json').version)
    .showHelpAfterError()
    // Set before the subcommands are added, which inherit it: usage errors throw instead of exiting 1.
    .exitOverride()
    .addHelpText('after', '\nExamples:\n  $ modelgen generate\n  $ modelgen check --lang typescript,go\n  $ modelgen lint --strict');


  withCommonOptions(program.command('generate'))
    .description('render the models and write the files that changed')
    .option('--dry-run', 'list what would change, write nothing')
    .option('-q, --quiet', 'print nothing on success')
    .addHelpText('after', '\nExample:\n  $ modelgen generate --specs specs --out generated --lang typescript')
    .action(async (flags) => setExitCode(await (await import('./commands/generate')).generate(flags, createReporter({ colour: flags.color }))));

  withCommonOptions(program.command('check'))
    .description('exit 1 with a diff when the generated files differ from what the specs produce; writes nothing')
    .addHelpText('after', '\nExample (in CI):\n  $ modelgen check || exit 1')
    .action(async (flags) => setExitCode(await (await import('./commands/check')).check(flags, createReporter({ colour: flags.color }))));

  withCommonOptions(program.command('lint'), false)
    .description('report where the specs disagree across languages')
    .option('--strict', 'exit 1 when there is any finding')
    .addHelpText('after', '\nExample:\n  $ modelgen lint --specs specs/directory.mdx')
    .action(async (flags) => setExitCode(await (await import('./commands/lint')).lint(flags, createReporter({ colour: flags.color }))));

  withCommonOptions(program.command('ir'), false)
    .description('print the normalised models as JSON, the data behind the templates')
    .addHelpText('after', '\nExample:\n  $ modelgen ir --specs specs/directory.mdx > directory.ir.json')
    .action(async (flags) => setExitCode(await (await import('./commands/ir')).ir(flags, createReporter({ colour: flags.color }))));

  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    throw error;
  }
  return code;
}

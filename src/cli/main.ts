/**
 * The command line. Options are declared once here; each command's module is
 * loaded only when that command runs, so `--help` stays fast.
 */
import { Command, CommanderError, Option } from 'commander';
import { EXIT_USAGE } from './exit-codes';
import type { GenerateFlags } from './commands/generate';
import type { Reporter } from './reporter';

export { codeReach } from '../code-reach';

const OUTPUT_FORMATS = ['text', 'json', 'github'];

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), ...value.split(',').filter((v) => v !== '')];

function terminalOptions(command: Command): Command {
  return command
    .option('-q, --quiet', 'print only results and errors')
    .option('-v, --verbose', 'print more detail (unchanged files, the time of each stage)')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)');
}

function specOptions(command: Command): Command {
  return command.option('--specs <paths...>', 'spec files or folders (default: specs/)').option('--config <file>', 'config file (default: the nearest modelgen.config.yaml or .yml, here or above)');
}

function renderOptions(command: Command): Command {
  return command
    .option('--out <dir>', 'output folder (default: generated/)')
    .addOption(new Option('--lang <list>', 'targets, comma-separated; ts or js for typescript (default: all)').argParser(collect))
    .option('--templates <dir>', 'folder whose <lang>/<file> templates override the built-in ones')
    .option('--no-cache', 'neither read nor write the input-hash cache; render everything')
    .option('--cache-dir <dir>', 'where the input-hash cache lives (default: node_modules/.cache/modelgen above the project, else $XDG_CACHE_HOME/modelgen)');
}

const formatOption = () => new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('text');

function examples(...lines: string[]): string {
  return `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  $ ${l}`).join('\n')}`;
}

type Action<F> = (flags: F, reporter: Reporter) => Promise<number>;

export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('modelgen')
    .description('Generate SDK model files for seven languages from API reference docs.')
    .version(require('../../package.json').version)
    .showHelpAfterError()
    // Set before the subcommands are added, which inherit it: usage errors throw instead of exiting 1.
    .exitOverride()
    .addHelpText('after', examples('modelgen generate', 'modelgen check --lang typescript,go', 'modelgen lint --strict'));

  // Commander has already checked the flags against the declarations above.
  const action =
    <F>(load: () => Promise<Action<F>>) =>
    async (flags: F & { color?: boolean; quiet?: boolean; verbose?: boolean }) => {
      const { createReporter } = await import('./reporter');
      const reporter = createReporter({ color: flags.color, quiet: flags.quiet, verbose: flags.verbose });
      setExitCode(await (await load())(flags, reporter));
    };

  terminalOptions(renderOptions(specOptions(program.command('generate'))))
    .description('render the models and write the files that changed')
    .option('--dry-run', 'list what would change, write nothing')
    .option('-w, --watch', 'regenerate whenever a spec, template or the config changes')
    .addHelpText('after', examples('modelgen generate --specs specs --out generated --lang typescript', 'modelgen generate --watch'))
    .action(
      action(async () => {
        const [{ generate }, { watch }] = await Promise.all([import('./commands/generate'), import('./commands/watch')]);
        return (flags: GenerateFlags & { watch?: boolean }, reporter: Reporter) => (flags.watch ? watch(flags, reporter) : generate(flags, reporter));
      }),
    );

  terminalOptions(renderOptions(specOptions(program.command('check'))))
    .description('exit 1 with a diff when the generated files differ from what the specs produce; writes nothing')
    .addOption(formatOption())
    .addHelpText('after', examples('modelgen check', 'modelgen check --format github   # annotations in GitHub Actions'))
    .action(action(async () => (await import('./commands/check')).check));

  terminalOptions(specOptions(program.command('lint')))
    .description('report where the specs disagree across languages, and with the API contract')
    .option('--strict', 'exit 1 when there is any finding')
    .option('--contract <file>', "the API's OpenAPI 3.0/3.1 document to check the docs against (default: the config's `contract:`)")
    .addOption(formatOption())
    .addHelpText('after', examples('modelgen lint --specs specs/directory.mdx', 'modelgen lint --strict --format json', 'modelgen lint --contract open-api-spec.yaml'))
    .action(action(async () => (await import('./commands/lint')).lint));

  terminalOptions(specOptions(program.command('ir')))
    .description('print the normalised models as JSON, the data behind the templates')
    .addHelpText('after', examples('modelgen ir --specs specs/directory.mdx > directory.ir.json'))
    .action(action(async () => (await import('./commands/ir')).ir));

  const templates = program
    .command('templates')
    .description('work with the Handlebars templates')
    .addHelpText('after', examples('modelgen templates eject --lang typescript --to my-templates'));
  terminalOptions(templates.command('eject'))
    .description("copy a target's built-in templates into a folder to customise them")
    .requiredOption('--lang <lang>', 'the target whose templates to copy')
    .option('--to <dir>', 'destination folder; files land in <dir>/<lang>/', 'templates')
    .addHelpText('after', examples('modelgen templates eject --lang go --to my-templates', 'modelgen generate --templates my-templates'))
    .action(action(async () => (await import('./commands/eject')).eject));

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

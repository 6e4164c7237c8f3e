/** `templates eject`: copies a target's built-in templates so a user can start customising them. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnostic } from '../../diagnostics/diagnostic';
import { BUILTIN_TEMPLATES } from '../../render/template-files';
import { didYouMean } from '../../docs/normalize/name-keys';
import { LANGUAGE_ALIASES, TARGET_NAMES, targetByLangFlag } from '../../targets/registry';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import { Reporter } from '../reporter';

export interface EjectFlags {
  readonly lang: string;
  readonly to: string;
}

export async function eject(flags: EjectFlags, reporter: Reporter): Promise<number> {
  const target = targetByLangFlag(flags.lang);
  if (!target) {
    reporter.diagnostics([diagnostic('unknownTarget', `unknown language \`${flags.lang}\`; expected one of ${TARGET_NAMES.join(', ')}${didYouMean(flags.lang, TARGET_NAMES, LANGUAGE_ALIASES)}`)]);
    return EXIT_USAGE;
  }
  const source = path.join(BUILTIN_TEMPLATES, target.name);
  const dest = path.join(flags.to, target.name);
  const files = fs.readdirSync(source).filter((f) => f.endsWith('.hbs')).sort();
  const existing = files.filter((f) => fs.existsSync(path.join(dest, f)));
  if (existing.length > 0) {
    reporter.diagnostics(existing.map((f) => diagnostic('notGenerated', `refusing to overwrite ${path.join(dest, f)}`, undefined, 'eject into an empty folder, or delete the files you want replaced')));
    return EXIT_USAGE;
  }
  fs.mkdirSync(dest, { recursive: true });
  for (const file of files) {
    fs.copyFileSync(path.join(source, file), path.join(dest, file));
    reporter.info(`copied ${path.join(dest, file)}`);
  }
  reporter.info(`edit them, then run: modelgen generate --templates ${flags.to}`);
  return EXIT_OK;
}

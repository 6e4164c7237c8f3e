/**
 * Where a target's templates come from: `templates/<target>/`, overridden
 * file by file by `<override dir>/<target>/`. Kept apart from the engine so
 * the cache can fingerprint templates without loading Handlebars.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const BUILTIN_TEMPLATES = path.resolve(__dirname, '..', '..', 'templates');

export interface TemplateFile {
  /** `builtin/<name>` or `override/<name>`: where it comes from, not where that is on this machine. */
  readonly label: string;
  readonly text: string;
}

/** Every `.hbs` file that can take part in rendering `target`, built-in and overriding, with its contents. */
export function templateFiles(target: string, overrideDir?: string): TemplateFile[] {
  const sources: [string, string][] = [['builtin', path.join(BUILTIN_TEMPLATES, target)]];
  if (overrideDir) sources.push(['override', path.join(overrideDir, target)]);
  return sources.flatMap(([kind, dir]) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.hbs'))
          .sort()
          .map((f) => ({ label: `${kind}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }))
      : [],
  );
}

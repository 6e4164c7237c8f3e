/** Every target modelgen knows. Adding a language is a folder and one line here. */
import { Target, TargetName, TargetOption } from './target';
import { dotnetTarget } from './dotnet';
import { goTarget } from './go';
import { javaTarget } from './java';
import { phpTarget } from './php';
import { pythonTarget } from './python';
import { rubyTarget } from './ruby';
import { typescriptTarget } from './typescript';
import { REFERENCE_LANGUAGE_ALIASES } from '../ir/languages';
import { pathTextProblem } from '../write/safe-path';

export const TARGETS: readonly Target[] = [typescriptTarget, goTarget, javaTarget, pythonTarget, rubyTarget, phpTarget, dotnetTarget];

export const TARGET_NAMES: readonly TargetName[] = TARGETS.map((t) => t.name);

export function findTarget(name: string): Target | undefined {
  return TARGETS.find((t) => t.name === name);
}

/** Names `--lang` also takes: the spec's own word for TypeScript (`js`) and the usual short one. */
export const TARGET_SYNONYMS: Readonly<Record<string, TargetName>> = { js: 'typescript', ts: 'typescript' };

/** The target a `--lang` word names, synonyms included. */
export function targetByLangFlag(name: string): Target | undefined {
  return findTarget(TARGET_SYNONYMS[name.toLowerCase()] ?? name);
}

/**
 * Other names people give the languages, for a "did you mean": no spelling
 * distance leads from `golang` to `go`. The spec's own aliases, turned into
 * target names (`typescript` for `js`).
 */
export const LANGUAGE_ALIASES: Readonly<Record<string, TargetName>> = {
  ...TARGET_SYNONYMS,
  ...Object.fromEntries(
    Object.entries(REFERENCE_LANGUAGE_ALIASES).flatMap(([alias, language]) => {
      const target = TARGETS.find((t) => t.language === language);
      return target && alias !== target.name ? [[alias, target.name]] : [];
    }),
  ),
};

/** Options every target has, besides its own. */
export const COMMON_TARGET_OPTIONS: readonly TargetOption[] = [
  {
    key: 'dir',
    description: 'output folder for this language, under --out (default: the target name)',
    default: '',
    validate: (value) => (pathTextProblem(value) === undefined ? undefined : 'must be a relative folder without `.`, `..` or `\\` segments, control characters or names unsafe on some systems'),
  },
];

/** Every target modelgen knows. Adding a language is a folder and one line here. */
import { Target, TargetName, TargetOption } from './target';
import { dotnetTarget } from './dotnet';
import { goTarget } from './go';
import { javaTarget } from './java';
import { phpTarget } from './php';
import { pythonTarget } from './python';
import { rubyTarget } from './ruby';
import { typescriptTarget } from './typescript';
import { pathTextProblem } from '../write/safe-path';

export const TARGETS: readonly Target[] = [typescriptTarget, goTarget, javaTarget, pythonTarget, rubyTarget, phpTarget, dotnetTarget];

export const TARGET_NAMES: readonly TargetName[] = TARGETS.map((t) => t.name);

export function findTarget(name: string): Target | undefined {
  return TARGETS.find((t) => t.name === name);
}

/** Options every target has, besides its own. */
export const COMMON_TARGET_OPTIONS: readonly TargetOption[] = [
  {
    key: 'dir',
    description: 'output folder for this language, under --out (default: the target name)',
    default: '',
    validate: (value) => (pathTextProblem(value) === undefined ? undefined : 'must be a relative folder without `.`, `..` or `\\` segments, control characters or names unsafe on some systems'),
  },
];

/**
 * How a generated class names the models it refers to: the short name for
 * its own namespace, a `use` import for another namespace, and a fully
 * qualified `\Ns\Name` when the short name is already taken.
 */
import { Model, ModelType, TypeRef } from '../../ir/model';
import { planUniqueNames } from '../naming';
import { className, namespaceFor } from './naming';
import { modelsIn } from '../../ir/type-walk';

/** The class of each model of the run, by model id (see `phpClassNames`). */
export type ClassNames = ReadonlyMap<string, string>;

/**
 * One class per model in each namespace, by model id: escaping can land one
 * documented name on another (`List` → `ListModel` beside a `ListModel`),
 * which would be one file and a redeclared class. PHP compares class names
 * without case, so `Foo` and `FOO` clash too.
 */
export function phpClassNames(models: readonly Model[], namespaceOption: string | undefined): ClassNames {
  const byNamespace = new Map<string, { key: string; name: string }[]>();
  for (const model of models) {
    const binding = model.bindings.find((b) => b.language === 'php');
    if (!binding) continue;
    const namespace = namespaceFor(namespaceOption, binding.qualifier).toLowerCase();
    byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), { key: model.id, name: binding.name }]);
  }
  const result = new Map<string, string>();
  for (const claims of byNamespace.values()) for (const [id, name] of planUniqueNames(claims, className, { fold: (n) => n.toLowerCase() })) result.set(id, name);
  return result;
}

export interface ClassRefs {
  /** The name to write for a referenced model. */
  readonly nameOf: (ref: ModelType) => string;
  /** `use` targets, sorted: `Other\Ns\Thing`. */
  readonly imports: readonly string[];
}

/**
 * Decides every reference of one class at once, so the answer does not depend
 * on the order the properties mention them: names of the class itself and of
 * its own namespace win, then imports in order of their full name.
 */
export function classRefs(
  namespace: string,
  selfName: string,
  types: readonly TypeRef[],
  namespaceOption: string | undefined,
  classes: ClassNames = new Map(),
): ClassRefs {
  const qualified = (ref: ModelType): { namespace: string; name: string; full: string } => {
    const ns = namespaceFor(namespaceOption, ref.qualifier);
    const name = classes.get(ref.modelId) ?? className(ref.name);
    return { namespace: ns, name, full: `${ns}\\${name}` };
  };
  const refs = types.flatMap(modelsIn).map(qualified);
  const taken = new Set([selfName.toLowerCase(), ...refs.filter((r) => r.namespace === namespace).map((r) => r.name.toLowerCase())]);
  const printed = new Map<string, string>();
  const imports: string[] = [];
  for (const ref of [...new Map(refs.map((r) => [r.full, r])).values()].sort((a, b) => compare(a.full, b.full))) {
    if (ref.namespace === namespace) printed.set(ref.full, ref.name);
    else if (taken.has(ref.name.toLowerCase())) printed.set(ref.full, `\\${ref.full}`);
    else {
      // PHP class names are case-insensitive, so `Foo` and `FOO` collide too.
      taken.add(ref.name.toLowerCase());
      imports.push(ref.full);
      printed.set(ref.full, ref.name);
    }
  }
  return { nameOf: (ref) => printed.get(qualified(ref).full) ?? `\\${qualified(ref).full}`, imports };
}

/** Code-unit order, independent of the locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

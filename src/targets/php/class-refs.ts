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

/** The class of a union's reader, Unknown variant or wrapper of a variant, as keys of `ClassNames` beside model ids. */
export const readerKey = (unionId: string) => `${unionId}#reader`;
export const unknownKey = (unionId: string) => `${unionId}#unknown`;
export const wrapperKey = (unionId: string, variantId: string) => `${unionId}#${variantId}`;

/** A class some union or enum of the run claims, in its namespace. */
export interface ClassClaim {
  readonly namespace: string;
  readonly key: string;
  readonly name: string;
}

/**
 * One class per model in each namespace, by model id: escaping can land one
 * documented name on another (`List` → `ListModel` beside a `ListModel`),
 * which would be one file and a redeclared class. PHP compares class names
 * without case, so `Foo` and `FOO` clash too. `primary` (union interfaces,
 * enum classes) claim beside the models; `derived` (a union's reader,
 * Unknown and wrappers, named after it) only get what those left free.
 */
export function phpClassNames(models: readonly Model[], namespaceOption: string | undefined, primary: readonly ClassClaim[] = [], derived: readonly ClassClaim[] = []): ClassNames {
  const byNamespace = new Map<string, { primary: { key: string; name: string }[]; derived: { key: string; name: string }[] }>();
  const claim = (namespace: string, kind: 'primary' | 'derived', key: string, name: string) => {
    const folded = namespace.toLowerCase();
    const entry = byNamespace.get(folded) ?? { primary: [], derived: [] };
    entry[kind].push({ key, name });
    byNamespace.set(folded, entry);
  };
  for (const model of models) {
    const binding = model.bindings.find((b) => b.language === 'php');
    if (binding) claim(namespaceFor(namespaceOption, binding.qualifier), 'primary', model.id, binding.name);
  }
  for (const c of primary) claim(c.namespace, 'primary', c.key, c.name);
  for (const c of derived) claim(c.namespace, 'derived', c.key, c.name);
  const result = new Map<string, string>();
  const fold = (n: string) => n.toLowerCase();
  for (const claims of byNamespace.values()) {
    const first = planUniqueNames(claims.primary, className, { fold });
    for (const [id, name] of first) result.set(id, name);
    for (const [id, name] of planUniqueNames(claims.derived, className, { fold, taken: first.values() })) result.set(id, name);
  }
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
  // A named enum is written as `string`: its class of constants is never named in code.
  const refs = types.flatMap(modelsIn).filter((ref) => ref.modelKind !== 'enum').map(qualified);
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

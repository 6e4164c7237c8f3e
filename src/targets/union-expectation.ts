/**
 * What strict reading expects of a union, the same in every language: a
 * value of a JSON kind one of its variants has. Which variant, or Unknown,
 * is then decided as lenient reading decides it, so an unknown discriminator
 * or an object no variant's keys match passes strict reading too (unions are
 * open as enums are); a string where only objects are variants does not.
 */
import { TypeRef, UnionBinding, UnionModel } from '../ir/model';
import { ReferenceLanguage } from '../ir/languages';
import { stripNullable } from '../ir/type-walk';

export interface UnionExpectation {
  /** The JSON kinds (`object`, `string`, `number`, `boolean`, `array`) a value must have; empty: any value. */
  readonly kinds: readonly string[];
  /** How the strict error names them: `object`, `string, number or boolean`, `value`. */
  readonly expected: string;
}

export function unionExpectation(binding: UnionBinding, language: ReferenceLanguage, unions: ReadonlyMap<string, UnionModel>, seen: ReadonlySet<string> = new Set()): UnionExpectation {
  const kinds = [...new Set(binding.variants.flatMap((v) => variantKinds(v.type, language, unions, seen)))];
  if (kinds.includes('value')) return { kinds: [], expected: 'value' };
  const expected = kinds.length <= 1 ? (kinds[0] ?? 'value') : `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}`;
  return { kinds, expected };
}

function variantKinds(type: TypeRef, language: ReferenceLanguage, unions: ReadonlyMap<string, UnionModel>, seen: ReadonlySet<string>): string[] {
  const bare = stripNullable(type);
  switch (bare.kind) {
    case 'model': {
      if (bare.modelKind === 'enum') return ['string'];
      if (bare.modelKind !== 'union') return ['object'];
      // A union nested in a union: its own variants' kinds (a cycle takes any value).
      const inner = unions.get(bare.modelId)?.bindings.find((b) => b.language === language);
      if (!inner || seen.has(bare.modelId)) return ['value'];
      const nested = unionExpectation(inner, language, unions, new Set([...seen, bare.modelId]));
      return nested.kinds.length === 0 ? ['value'] : [...nested.kinds];
    }
    case 'literal':
      return [typeof bare.value === 'string' ? 'string' : typeof bare.value === 'boolean' ? 'boolean' : 'number'];
    case 'integer':
    case 'number':
      return ['number'];
    case 'list':
      return ['array'];
    case 'map':
      return ['object'];
    case 'any':
      return ['value'];
    case 'enum':
    case 'string':
      return ['string'];
    case 'boolean':
      return ['boolean'];
    default:
      return ['value'];
  }
}

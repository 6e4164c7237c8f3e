/**
 * Wire payloads for every object model and union of a ModelSet, for the
 * targets' round-trip drivers: each property's `example` where it has one
 * that fits its type, else a value made from the type (strings honour
 * `format`); per model, one payload with every property, one with only the
 * required ones and, when some are nullable, one with those `null`; per
 * union, one payload per variant and, when discriminated by strings, one
 * whose tag no variant has (targets keep it whole as their Unknown
 * variant). Integers stay within 2^53. Deterministic: the same set gives
 * the same payloads, in model order.
 */
import { JsonValue, Model, ModelSet, TypeRef, UnionModel } from '../../src/ir/model';
import { IrTypeChecker, wireBinding, wireProperties } from './ir-type-check';

export interface Payload {
  readonly modelId: string;
  readonly kind: 'model' | 'union';
  /** Unique in the list: `directory-full`, `event_schema-dsync_user_created`. */
  readonly name: string;
  readonly json: JsonValue;
}

/** A tag no discriminated union of the WorkOS document or the shapes uses. */
export const UNKNOWN_TAG = 'modelgen.unknown_variant';

type Mode = 'full' | 'required' | 'nulls';

/** Nesting below which nested models get only their required properties, lists and maps none. */
const MAX_DEPTH = 6;

const FORMATTED: Readonly<Record<string, string>> = {
  'date-time': '2024-01-02T03:04:05.000Z',
  date: '2024-01-02',
  time: '03:04:05',
  email: 'user@example.com',
  uri: 'https://example.com/path',
  url: 'https://example.com/path',
  uuid: '123e4567-e89b-12d3-a456-426614174000',
};

export function payloadsFor(set: ModelSet): Payload[] {
  const maker = new PayloadMaker(set);
  return [...set.models.flatMap((m) => maker.modelPayloads(m)), ...set.unions.flatMap((u) => maker.unionPayloads(u))];
}

class PayloadMaker {
  private readonly checker: IrTypeChecker;
  private readonly models: Map<string, Model>;
  private readonly unions: Map<string, UnionModel>;
  private readonly enums: Map<string, readonly string[]>;

  constructor(set: ModelSet) {
    this.checker = new IrTypeChecker(set);
    this.models = new Map(set.models.map((m) => [m.id, m]));
    this.unions = new Map(set.unions.map((u) => [u.id, u]));
    this.enums = new Map(set.enums.map((e) => [e.id, e.values]));
  }

  modelPayloads(model: Model): Payload[] {
    const modes: Mode[] = ['full', 'required', ...(wireProperties(model).some((p) => p.type.kind === 'nullable') ? (['nulls'] as const) : [])];
    const seen = new Set<string>();
    return modes.flatMap((mode) => {
      const json = this.object(model, mode, 0);
      const text = JSON.stringify(json);
      if (seen.has(text)) return [];
      seen.add(text);
      return [{ modelId: model.id, kind: 'model' as const, name: `${model.id}-${mode}`, json }];
    });
  }

  unionPayloads(union: UnionModel): Payload[] {
    const variants = wireBinding(union).variants;
    const payloads: Payload[] = variants.map((v) => ({ modelId: union.id, kind: 'union', name: `${union.id}-${v.id}`, json: this.value(v.type, 'full', 0) }));
    const tags = variants.flatMap((v) => v.tags);
    const first = payloads[0]?.json;
    if (union.discriminator && tags.every((t) => typeof t === 'string') && typeof first === 'object' && first !== null && !Array.isArray(first)) {
      payloads.push({ modelId: union.id, kind: 'union', name: `${union.id}-unknown`, json: { ...first, [union.discriminator.wireName]: UNKNOWN_TAG } });
    }
    return payloads;
  }

  private object(model: Model, mode: Mode, depth: number): JsonValue {
    const json: Record<string, JsonValue> = {};
    for (const p of wireProperties(model)) {
      if (p.optional && mode === 'required') continue;
      if (mode === 'nulls' && p.type.kind === 'nullable') json[p.wireName] = null;
      else if (p.example !== undefined && this.checker.check(p.example, p.type).length === 0) json[p.wireName] = p.example;
      else json[p.wireName] = this.value(p.type, 'full', depth + 1);
    }
    return json;
  }

  private value(type: TypeRef, mode: Mode, depth: number): JsonValue {
    switch (type.kind) {
      case 'nullable':
        return this.value(type.inner, mode, depth);
      case 'string':
        return FORMATTED[type.format ?? ''] ?? 'text';
      case 'literal':
        return type.value;
      case 'enum':
        return type.members[0]?.wireValue ?? 'value';
      case 'boolean':
        return true;
      case 'integer':
        return 42;
      case 'number':
        return 1.5;
      case 'any':
        return { any: [1, 'two', true, null] };
      case 'list':
        return depth >= MAX_DEPTH ? [] : [this.value(type.items, mode, depth + 1)];
      case 'map':
        return depth >= MAX_DEPTH ? {} : { key: this.value(type.values, mode, depth + 1) };
      case 'model':
        return this.named(type.modelId, depth);
    }
  }

  private named(id: string, depth: number): JsonValue {
    const values = this.enums.get(id);
    if (values) return values[0] ?? 'value';
    const union = this.unions.get(id);
    if (union) {
      const variant = wireBinding(union).variants[0];
      return variant ? this.value(variant.type, 'full', depth) : null;
    }
    const model = this.models.get(id);
    return model ? this.object(model, depth >= MAX_DEPTH ? 'required' : 'full', depth) : null;
  }
}

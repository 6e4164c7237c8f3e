/**
 * Whether a JSON value is what an IR type promises, strictly: every
 * required key present, no key the model does not document (writers drop
 * those, so a round trip could not give them back), integers safe, and a
 * union value read as the variant the targets pick (discriminated by its
 * tag, else the first variant whose required keys and consts it has). An
 * unknown discriminator value is allowed: targets keep it whole.
 */
import { JsonValue, LiteralValue, Model, ModelSet, Property, TypeRef, UnionModel, UnionVariant } from '../../src/ir/model';

export class IrTypeChecker {
  private readonly models: Map<string, Model>;
  private readonly unions: Map<string, UnionModel>;
  private readonly enums: Set<string>;

  constructor(set: ModelSet) {
    this.models = new Map(set.models.map((m) => [m.id, m]));
    this.unions = new Map(set.unions.map((u) => [u.id, u]));
    this.enums = new Set(set.enums.map((e) => e.id));
  }

  /** The problems, as `path: message`; none when the value fits. */
  check(value: JsonValue, type: TypeRef, at = '$'): string[] {
    switch (type.kind) {
      case 'nullable':
        return value === null ? [] : this.check(value, type.inner, at);
      case 'any':
        return [];
      case 'string':
        return typeof value === 'string' ? [] : [`${at}: expected a string`];
      case 'enum':
        return typeof value === 'string' ? [] : [`${at}: expected an enum string`];
      case 'literal':
        return value === type.value ? [] : [`${at}: expected ${JSON.stringify(type.value)}`];
      case 'boolean':
        return typeof value === 'boolean' ? [] : [`${at}: expected a boolean`];
      case 'integer':
        return Number.isSafeInteger(value) ? [] : [`${at}: expected a safe integer`];
      case 'number':
        return typeof value === 'number' ? [] : [`${at}: expected a number`];
      case 'list':
        return Array.isArray(value) ? value.flatMap((v, i) => this.check(v, type.items, `${at}[${i}]`)) : [`${at}: expected a list`];
      case 'map':
        return isObject(value) ? Object.entries(value).flatMap(([k, v]) => this.check(v, type.values, `${at}.${k}`)) : [`${at}: expected an object`];
      case 'model':
        return this.checkModel(value, type.modelId, at);
    }
  }

  private checkModel(value: JsonValue, id: string, at: string): string[] {
    if (this.enums.has(id)) return typeof value === 'string' ? [] : [`${at}: expected an enum string`];
    const union = this.unions.get(id);
    if (union) return this.checkUnion(value, union, at);
    const model = this.models.get(id);
    if (!model) return [`${at}: no model \`${id}\``];
    if (!isObject(value)) return [`${at}: expected a ${id} object`];
    const properties = wireProperties(model);
    const problems = Object.keys(value).filter((k) => !properties.some((p) => p.wireName === k)).map((k) => `${at}.${k}: not a property of ${id}`);
    for (const p of properties) {
      const v = value[p.wireName];
      if (v === undefined) {
        if (!p.optional) problems.push(`${at}.${p.wireName}: required, missing`);
      } else problems.push(...this.check(v, p.type, `${at}.${p.wireName}`));
    }
    return problems;
  }

  private checkUnion(value: JsonValue, union: UnionModel, at: string): string[] {
    const variant = this.variantOf(value, union);
    if (variant === 'unknown') return [];
    if (!variant) return [`${at}: no variant of ${union.id} takes it`];
    return this.check(value, variant.type, at);
  }

  /** The variant a target reads the value as; `unknown` for a discriminator value no variant has. */
  variantOf(value: JsonValue, union: UnionModel): UnionVariant | 'unknown' | undefined {
    const variants = wireBinding(union).variants;
    const d = union.discriminator;
    if (d) {
      if (!isObject(value)) return undefined;
      const tag = value[d.wireName];
      return variants.find((v) => v.tags.some((t) => t === tag)) ?? 'unknown';
    }
    return variants.find((v) => this.takes(v, value));
  }

  private takes(variant: UnionVariant, value: JsonValue): boolean {
    const type = variant.type;
    if (type.kind !== 'model' || this.enums.has(type.modelId) || this.unions.has(type.modelId)) return this.check(value, type).length === 0;
    const model = this.models.get(type.modelId);
    if (!model || !isObject(value)) return false;
    const consts = wireProperties(model).flatMap((p) => (!p.optional && p.type.kind === 'literal' ? [[p.wireName, p.type.value] as [string, LiteralValue]] : []));
    return variant.requiredKeys.every((k) => k in value) && consts.every(([k, c]) => value[k] === c);
  }
}

export function wireProperties(model: Model): readonly Property[] {
  return wireBinding(model).properties;
}

/** The `curl` binding (wire names and types), else the first. */
export function wireBinding<B extends { readonly language: string }>(type: { readonly bindings: readonly B[] }): B {
  return type.bindings.find((b) => b.language === 'curl') ?? type.bindings[0];
}

export function isObject(value: JsonValue | undefined): value is { readonly [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Enum findings: per description variant of a field, the values the API
 * sends that the variant does not list, and the values it lists that the
 * API does not send. A variant's values are read off the first property
 * that references it: its enum type's members, or its known string values.
 */
import { Diagnostic, diagnostic, SourceLocation } from '../diagnostics/diagnostic';
import { Field, Model, TypeRef } from '../ir/model';
import { list } from '../docs/normalize/lint';
import { ContractProperty, ContractSchema } from '../openapi/contract';
import { documentedBy, where } from './field-views';

interface VariantValues {
  readonly variant: string;
  readonly values: readonly string[];
  readonly location: SourceLocation;
}

export function compareEnums(model: Model, schema: ContractSchema): Diagnostic[] {
  const findings: Diagnostic[] = [];
  for (const field of model.fields) {
    const property = schema.properties.find((p) => p.wireName === field.wireName);
    const apiValues = property?.enum?.filter((v): v is string => typeof v === 'string') ?? [];
    if (!property || apiValues.length === 0) continue;
    for (const variant of variantsOf(model, field)) findings.push(...compareVariant(field, property, apiValues, variant, model.source.path));
  }
  return findings;
}

function compareVariant(field: Field, property: ContractProperty, apiValues: readonly string[], variant: VariantValues, page: string): Diagnostic[] {
  const findings: Diagnostic[] = [];
  const api = `the API (${where(property.location)})`;
  const name = `\`${field.id}.${variant.variant}\``;
  const missing = apiValues.filter((v) => !variant.values.includes(v));
  const unknown = variant.values.filter((v) => !apiValues.includes(v));
  if (missing.length > 0) {
    const message = `${api} lists ${apiValues.length} values of \`${field.id}\`; ${name} lists ${variant.values.length}: missing ${list(missing.map(code))}`;
    findings.push(diagnostic('contractEnumValuesMissing', message, variant.location, `add ${list(missing.map(code))} to ${name} in ${page}`));
  }
  if (unknown.length > 0) {
    const message = `${name} lists ${list(unknown.map(code))}, which ${api} does not send as \`${field.wireName}\``;
    findings.push(diagnostic('contractEnumValuesUnknown', message, variant.location));
  }
  return findings;
}

function variantsOf(model: Model, field: Field): VariantValues[] {
  const variants = new Map<string, VariantValues>();
  for (const { property } of documentedBy(model, field)) {
    const type = enumOf(property.type);
    const variant = type?.variant ?? property.knownValuesVariant;
    const values = type ? type.members.map((m) => m.wireValue) : property.knownValues;
    if (variant === undefined || values === undefined || variants.has(variant)) continue;
    variants.set(variant, { variant, values: [...new Set(values)], location: property.location });
  }
  return [...variants.values()];
}

function enumOf(type: TypeRef): Extract<TypeRef, { kind: 'enum' }> | undefined {
  if (type.kind === 'nullable') return enumOf(type.inner);
  if (type.kind === 'list') return enumOf(type.items);
  return type.kind === 'enum' ? type : undefined;
}

const code = (value: string) => `\`${value}\``;

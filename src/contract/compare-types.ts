/**
 * Type findings: a docs property whose JSON shape cannot hold what the
 * contract sends (string against integer, list against object, one model
 * against another). Where either side cannot tell (`any`, a union, an
 * unknown schema, a model with no schema), there is no finding.
 */
import { Diagnostic, diagnostic } from '../diagnostics/diagnostic';
import { assertNever, Model, TypeRef } from '../ir/model';
import { list } from '../docs/normalize/lint';
import { ContractSchema, ContractType, describeContractType } from '../openapi/contract';
import { documentedBy, where } from './field-views';

/** The contract schema name of each docs model that matched one. */
export type SchemaNames = ReadonlyMap<string, string>;

export function compareTypes(model: Model, schema: ContractSchema, schemaNames: SchemaNames): Diagnostic[] {
  const findings: Diagnostic[] = [];
  for (const field of model.fields) {
    const property = schema.properties.find((p) => p.wireName === field.wireName);
    if (!property) continue;
    const byShape = new Map<string, Array<ReturnType<typeof documentedBy>[number]>>();
    for (const d of documentedBy(model, field)) {
      if (fits(d.property.type, property.type, schemaNames)) continue;
      const shape = describeDocsType(d.property.type);
      byShape.set(shape, [...(byShape.get(shape) ?? []), d]);
    }
    for (const [shape, documented] of byShape) {
      const languages = list(documented.map((d) => d.language));
      const wanted = describeContractType(property.type);
      findings.push(
        diagnostic(
          'contractTypeDiffers',
          `\`${field.id}\` is ${shape} in ${languages}, but ${wanted} in the API's \`${schema.name}\` (${where(property.location)})`,
          documented[0].property.location,
          `make \`${property.wireName}\` ${wanted} in ${languages} in ${model.source.path}`,
        ),
      );
    }
  }
  return findings;
}

/** Can a value of the contract type be read into the docs type? */
export function fits(docs: TypeRef, api: ContractType, schemaNames: SchemaNames): boolean {
  if (api.kind === 'unknown' || api.kind === 'union' || docs.kind === 'any') return true;
  switch (docs.kind) {
    case 'nullable':
      return fits(docs.inner, api, schemaNames);
    case 'string':
    case 'literal':
    case 'enum':
      return api.kind === 'string';
    case 'integer':
    case 'boolean':
      return api.kind === docs.kind;
    case 'number':
      return api.kind === 'number' || api.kind === 'integer';
    case 'list':
      return api.kind === 'array' && fits(docs.items, api.items, schemaNames);
    case 'map':
      // An untyped object (`object`, `map[string]any`) can hold any object schema.
      return api.kind === 'object' || api.kind === 'ref' || (api.kind === 'map' && fits(docs.values, api.values, schemaNames));
    case 'model': {
      const name = schemaNames.get(docs.modelId);
      return api.kind === 'object' || (api.kind === 'ref' && (name === undefined || name === api.schema));
    }
    default:
      return assertNever(docs, 'type');
  }
}

/** `string`, `list of integer`, `model \`directory_group\`` (its schema named when it has one). */
export function describeDocsType(type: TypeRef): string {
  switch (type.kind) {
    case 'nullable':
      return describeDocsType(type.inner);
    case 'literal':
    case 'enum':
      return 'string';
    case 'list':
      return `array of ${describeDocsType(type.items)}`;
    case 'map':
      return `map of ${describeDocsType(type.values)}`;
    case 'model':
      return `model \`${type.modelId}\``;
    case 'any':
      return 'any JSON value';
    default:
      return type.kind;
  }
}

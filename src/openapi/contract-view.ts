/**
 * The contract `lint --contract` compares docs pages with, as a view of the
 * schemas schema-reader.ts read: per component, its type and its
 * properties (for a union, the properties every variant has).
 */
import { Contract, ContractProperty, ContractSchema, ContractType } from './contract';
import { OpenApiDocument } from './document';
import { Schema, SchemaProperty } from './schema';
import { SchemaReader } from './schema-reader';

export function contractOf(doc: OpenApiDocument, reader: SchemaReader): Contract {
  const schemas = reader.components(doc).map(
    ({ ref, location, schema }): ContractSchema => ({
      name: ref.name,
      location,
      description: schema.description,
      deprecated: schema.deprecated,
      type: contractType(schema),
      properties: propertiesOf(schema, reader),
    }),
  );
  return { file: doc.path, openapi: doc.version, location: doc.schemasLocation, schemas };
}

function contractType(schema: Schema): ContractType {
  const shape = schema.shape;
  switch (shape.kind) {
    case 'any':
      return { kind: 'unknown' };
    case 'array':
      return { kind: 'array', items: contractType(shape.items) };
    case 'object':
      if (shape.additional && shape.properties.length === 0) return { kind: 'map', values: contractType(shape.additional) };
      return { kind: 'object', properties: shape.properties.map(contractProperty) };
    case 'ref':
      return { kind: 'ref', schema: shape.ref.name };
    case 'union':
      return { kind: 'union', members: shape.members.map(contractType) };
    default:
      return { kind: shape.kind };
  }
}

function contractProperty({ wireName, required, schema, location }: SchemaProperty): ContractProperty {
  const single = schema.enum?.length === 1 ? schema.enum[0] : undefined;
  const constValue = schema.const ?? single;
  return {
    wireName,
    required,
    nullable: schema.nullable,
    type: contractType(schema),
    ...(constValue !== undefined ? { const: constValue } : {}),
    ...(schema.enum ? { enum: schema.enum } : {}),
    ...(schema.format !== undefined ? { format: schema.format } : {}),
    deprecated: schema.deprecated,
    ...(schema.description !== undefined ? { description: schema.description } : {}),
    location,
  };
}

/** An object's properties; a union's are those every variant has, required where every variant requires them. */
function propertiesOf(schema: Schema, reader: SchemaReader): ContractProperty[] {
  const shape = schema.shape;
  if (shape.kind === 'object') return shape.properties.map(contractProperty);
  if (shape.kind !== 'union') return [];
  const variants = shape.members.map((m) => reader.dereference(m)?.shape);
  const objects = variants.flatMap((v) => (v?.kind === 'object' ? [v.properties] : []));
  if (objects.length === 0 || objects.length < variants.length) return [];
  return objects[0]
    .filter((p) => objects.every((props) => props.some((q) => q.wireName === p.wireName)))
    .map((p) => contractProperty({ ...p, required: objects.every((props) => props.some((q) => q.wireName === p.wireName && q.required)) }));
}

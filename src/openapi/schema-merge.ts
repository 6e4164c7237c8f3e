/**
 * `allOf`: its members merged into one object, or, when a member is a
 * union, distributed over it (each variant is the other members merged with
 * that variant), so `allOf: [Base, {oneOf: [A, B]}]` is the union of
 * Base+A and Base+B. A lone member (`allOf: [$ref]`, a common way to add a
 * description) stays what it is, so a reference stays a reference.
 */
import { SourceLocation } from '../diagnostics/diagnostic';
import { emptyFacts, Schema, SchemaFacts as Facts, SchemaProperty } from './schema';

export interface Dereferencer {
  dereference(schema: Schema): Schema | undefined;
  unsupported(location: SourceLocation, message: string): void;
}

export function mergeAllOf(reader: Dereferencer, own: Schema | undefined, members: readonly Schema[], location: SourceLocation, facts: Facts): Schema {
  if (own === undefined && members.length === 1) return withFacts(members[0], facts);
  const parts = [...members, ...(own ? [own] : [])].flatMap((p) => reader.dereference(p) ?? []).filter((p) => p.shape.kind !== 'any');
  const unionAt = parts.findIndex((p) => p.shape.kind === 'union');
  if (unionAt >= 0) {
    const union = parts[unionAt];
    const others = parts.filter((_, i) => i !== unionAt);
    if (union.shape.kind !== 'union') throw new Error('internal error: union part expected');
    const variants = union.shape.members.map((v) => (others.length === 0 ? v : mergeAllOf(reader, undefined, [...others, v], v.location, emptyFacts())));
    const shape = { kind: 'union' as const, members: variants, ...(union.shape.discriminator ? { discriminator: union.shape.discriminator } : {}) };
    return withFacts({ ...foldFacts(others), location, shape }, facts);
  }
  const objects = parts.filter((p) => p.shape.kind === 'object');
  if (objects.length > 0 && objects.length < parts.length) reader.unsupported(location, '`allOf` mixes objects with other kinds of schema; only the objects are merged');
  if (objects.length === 0) return withFacts({ ...foldFacts(parts), location, shape: parts[parts.length - 1]?.shape ?? { kind: 'any' } }, facts);
  return withFacts({ ...foldFacts(parts), location, shape: mergeObjects(objects) }, facts);
}

/**
 * Properties by wire name in first-seen order; a property named again takes
 * the later member's schema. A member's `required` applies to the merged
 * object, so it may list a property another member defines.
 */
function mergeObjects(objects: readonly Schema[]): Schema['shape'] {
  const byName = new Map<string, SchemaProperty>();
  const required = new Set<string>();
  let additional: Schema | undefined;
  for (const part of objects) {
    if (part.shape.kind !== 'object') continue;
    for (const p of part.shape.properties) byName.set(p.wireName, p);
    for (const key of part.shape.required) required.add(key);
    additional = part.shape.additional ?? additional;
  }
  const properties = [...byName.values()].map((p) => ({ ...p, required: required.has(p.wireName) }));
  return { kind: 'object', properties, required: [...required], ...(additional ? { additional } : {}) };
}

/** The members' facts as one: the last member that says a thing wins; a flag any member sets is set. */
function foldFacts(parts: readonly Schema[]): Facts {
  let folded: Facts = emptyFacts();
  for (const part of parts) folded = overlay(folded, part);
  return { ...folded, nullable: false };
}

/** `over` said of `base`: what `over` says wins, flags add up. */
function overlay<T extends Facts>(base: T, over: Facts): T {
  return {
    ...base,
    nullable: base.nullable || over.nullable,
    deprecated: base.deprecated || over.deprecated,
    readOnly: base.readOnly || over.readOnly,
    writeOnly: base.writeOnly || over.writeOnly,
    ...(over.const !== undefined ? { const: over.const } : {}),
    ...(over.enum !== undefined ? { enum: over.enum } : {}),
    ...(over.format !== undefined ? { format: over.format } : {}),
    ...(over.title !== undefined ? { title: over.title } : {}),
    ...(over.description !== undefined ? { description: over.description } : {}),
    ...(over.example !== undefined ? { example: over.example } : {}),
    extensions: { ...base.extensions, ...over.extensions },
  };
}

/** A schema with what its referring node says on top (a description beside a `$ref`, `nullable`). */
export function withFacts(schema: Schema, facts: Facts): Schema {
  return overlay(schema, facts);
}

export function nullableOf(schema: Schema, nullable: boolean): Schema {
  return nullable && !schema.nullable ? { ...schema, nullable: true } : schema;
}

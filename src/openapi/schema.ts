/**
 * An OpenAPI schema as read once from the document: `$ref`s to component
 * schemas kept as named references (so recursion is finite), every other
 * pointer read in place, nullability in both dialects folded into one flag,
 * `allOf` merged (and distributed over a `oneOf` member), unions flattened.
 * Both `lint --contract` (contract-view.ts) and the IR front end
 * (build-ir.ts) read this, never the YAML.
 */
import { SourceLocation } from '../diagnostics/diagnostic';
import { JsonValue } from '../ir/model';

export type ScalarValue = string | number | boolean | null;

/** A component schema of some document of the run: `other.yaml#/components/schemas/Name`. */
export interface ComponentRef {
  /** The document's path as given to the run. */
  readonly file: string;
  readonly name: string;
}

export interface Schema {
  /** Where the schema node starts. */
  readonly location: SourceLocation;
  readonly shape: SchemaShape;
  /** `nullable: true`, `type: [T, "null"]`, a `{type: "null"}` member of oneOf/anyOf, or `null` among the `enum` values. */
  readonly nullable: boolean;
  readonly const?: ScalarValue;
  /** The `enum` values, `null` left out (it is `nullable`). */
  readonly enum?: readonly ScalarValue[];
  readonly format?: string;
  readonly deprecated: boolean;
  readonly readOnly: boolean;
  readonly writeOnly: boolean;
  readonly title?: string;
  readonly description?: string;
  readonly example?: JsonValue;
  /** The `x-` keys, by name, as JSON. */
  readonly extensions: Readonly<Record<string, JsonValue>>;
}

export type SchemaShape =
  | { readonly kind: 'string' | 'integer' | 'number' | 'boolean' | 'any' }
  | { readonly kind: 'array'; readonly items: Schema }
  /** `additional`: `additionalProperties` (a schema, or `any` for `true`) or the `patternProperties`' values. */
  | { readonly kind: 'object'; readonly properties: readonly SchemaProperty[]; readonly required: readonly string[]; readonly additional?: Schema }
  | { readonly kind: 'ref'; readonly ref: ComponentRef }
  | { readonly kind: 'union'; readonly members: readonly Schema[]; readonly discriminator?: DiscriminatorSpec };

export interface SchemaProperty {
  readonly wireName: string;
  /** Listed in `required` (of the object, or of any `allOf` member merged into it). */
  readonly required: boolean;
  readonly schema: Schema;
  /** The property's key in the document. */
  readonly location: SourceLocation;
}

/** The document's own `discriminator`. */
export interface DiscriminatorSpec {
  readonly propertyName: string;
  /** Discriminator value → the component it selects. */
  readonly mapping: ReadonlyMap<string, ComponentRef>;
  readonly location: SourceLocation;
}

/** A component schema with where its key is. */
export interface ComponentSchema {
  readonly ref: ComponentRef;
  readonly location: SourceLocation;
  readonly schema: Schema;
}

/** What is said of a schema besides its shape. */
export type SchemaFacts = Omit<Schema, 'shape' | 'location'>;

export function emptyFacts(): SchemaFacts {
  return { nullable: false, deprecated: false, readOnly: false, writeOnly: false, extensions: {} };
}

export const refKey = (ref: ComponentRef): string => `${ref.file}#${ref.name}`;

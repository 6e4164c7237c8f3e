/**
 * The intermediate representation: plain readonly data, built by `normalize`
 * and read by the targets. No YAML nodes and no template concerns live here.
 */
import { SourceLocation } from '../diagnostics/diagnostic';
import { Area } from './area';
import { ReferenceLanguage } from './languages';

/** The description variants a reference may pick: `(model.field.variant)`. */
export const DESCRIPTION_VARIANTS = ['lowercase', 'lowercaseNormalized', 'titlecase'] as const;
export type DescriptionVariant = (typeof DESCRIPTION_VARIANTS)[number];

export interface SpecSource {
  /** The spec's path as given to the run, with `/` separators (`../specs/directory.mdx`); diagnostics use it. */
  readonly path: string;
  /** Relative to the project root (`specs/directory.mdx`), the same from any working folder; headers use it. */
  readonly name: string;
  /** The page's `# Title`, when it has one. */
  readonly title?: string;
  /** The page's first prose paragraph, when it has one. */
  readonly summary?: string;
}

/**
 * Everything a run generates. Object models, unions and named enums are kept
 * apart because each is a different kind of type in every language; a
 * `ModelType` names which of the three it points at.
 */
export interface ModelSet {
  /** Object models: a type with named members. */
  readonly models: readonly Model[];
  /** Unions (OpenAPI `oneOf`/`anyOf`): a value that is one of several types. */
  readonly unions: readonly UnionModel[];
  /** Named enums (an OpenAPI component that is a string `enum`). */
  readonly enums: readonly EnumModel[];
}

/** Any JSON value, as YAML or JSON gave it: examples and `const` values. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** What a model, union or enum has whatever its kind; targets read these for names, folders and doc comments. */
export interface TypeDefinition {
  /** The identity shared by every language (`directory`, `event_schema`). */
  readonly id: string;
  readonly source: SpecSource;
  readonly area?: Area;
  readonly description?: string;
  /** `deprecated: true`: each language marks the type its own way. */
  readonly deprecated?: boolean;
  /** One example of the whole value, when the input gives one (doc comments, test payloads). */
  readonly example?: JsonValue;
}

/** A type's name in one language, where no member list goes with it (unions, enums). */
export interface TypeBinding {
  readonly language: ReferenceLanguage;
  readonly name: string;
  readonly qualifier?: string;
  readonly location: SourceLocation;
}

export interface Model extends TypeDefinition {
  /** The API area the model belongs to (src/docs/normalize/area.ts); `modelArea` reads it. */
  readonly area?: Area;
  /** `descriptions.<id>.self`, Markdown links kept. */
  readonly description?: string;
  /** The canonical fields, in the order the descriptions list them. */
  readonly fields: readonly Field[];
  /** One binding per language that documents the model, in REFERENCE_LANGUAGES order. */
  readonly bindings: readonly Binding[];
}

export interface Field {
  /** The description reference without its variant: `directory.state`. */
  readonly id: string;
  /** The name of the JSON key on the wire: the `curl` key, else inferred. */
  readonly wireName: string;
  readonly wireNameInferred: boolean;
  /** May be absent from the wire payload. */
  readonly optional: boolean;
  /** The prose of the field's main text (no enum bullet list). */
  readonly description?: string;
  /** Wire values, when the field's description is an enum. */
  readonly enumValues?: readonly EnumValue[];
}

export interface EnumValue {
  readonly value: string;
  /** Not in the `lowercase` list; derived from a member name instead. */
  readonly inferred: boolean;
}

/** What one language documents of a model. */
export interface Binding {
  readonly language: ReferenceLanguage;
  /** The type's name in that language (`Directory`, `Group`). */
  readonly name: string;
  /** Package or namespace read off the title (`directorysync`, `WorkOS\Resource`). */
  readonly qualifier?: string;
  readonly url?: string;
  readonly properties: readonly Property[];
  readonly location: SourceLocation;
}

export interface Property {
  /** Member name in that language, as documented. */
  readonly name: string;
  readonly fieldId: string;
  readonly wireName: string;
  readonly optional: boolean;
  readonly type: TypeRef;
  /** Prose of the referenced description variant. */
  readonly description?: string;
  /**
   * For a string-typed property whose description is an enum: the wire values
   * of the referenced variant, for doc comments. The type stays a string.
   */
  readonly knownValues?: readonly string[];
  /** The description variant `knownValues` come from (`lowercase` unless the reference names one). */
  readonly knownValuesVariant?: DescriptionVariant;
  /** `deprecated: true` (docs page or OpenAPI): each language marks the member its own way. */
  readonly deprecated?: boolean;
  /** OpenAPI `readOnly`: sent by the API, never accepted (doc comments only). */
  readonly readOnly?: boolean;
  /** OpenAPI `writeOnly`: accepted by the API, never sent (doc comments only). */
  readonly writeOnly?: boolean;
  /** The input's `example` value for this member (doc comments, test payloads). */
  readonly example?: JsonValue;
  readonly location: SourceLocation;
}

/**
 * A union: the wire value is exactly one of `variants`. Discriminated when
 * `discriminator` is set: every variant is an object model whose
 * `discriminator.wireName` key holds one of its `tags`; any other value reads
 * into the language's Unknown variant, which keeps the raw JSON and writes it
 * back unchanged. Undiscriminated unions try their variants in order (see
 * `UnionVariant`), and a value no variant takes is also kept as Unknown.
 */
export interface UnionModel extends TypeDefinition {
  readonly discriminator?: Discriminator;
  /** One per SDK language (plus `curl`), in REFERENCE_LANGUAGES order; every binding lists the same variants. */
  readonly bindings: readonly UnionBinding[];
}

/** A union in one language: its variants' types carry that language's model names, as properties' types do. */
export interface UnionBinding extends TypeBinding {
  /** In the input's order, which is the order undiscriminated reading tries them in. */
  readonly variants: readonly UnionVariant[];
}

export interface Discriminator {
  /** The JSON key whose value names the variant (`event`, `object`). */
  readonly wireName: string;
  /** Where the choice came from: the document's `discriminator`, or a required `const` every variant has. */
  readonly from: 'discriminator' | 'const';
}

export interface UnionVariant {
  /**
   * An identifier-like name for the variant, unique in the union, for
   * languages that wrap variants (`string`, `directory_user_created`):
   * snake_case words, each target cases it.
   */
  readonly id: string;
  /** A `model` type (an object variant, always so when discriminated), or a scalar, list or map type. */
  readonly type: TypeRef;
  /** The discriminator values that select this variant; empty when undiscriminated. */
  readonly tags: readonly LiteralValue[];
  /**
   * For undiscriminated object variants: the wire keys the variant requires.
   * Reading takes the first variant, in order, whose required keys are all
   * present (and whose required `const` members match).
   */
  readonly requiredKeys: readonly string[];
}

/** A named, open string enum: its own type and file in each language. */
export interface EnumModel extends TypeDefinition {
  /** The wire values, in the input's order. */
  readonly values: readonly string[];
  /** One per language, each with its members (the same wire values, named for that language). */
  readonly bindings: readonly EnumBinding[];
}

export interface EnumBinding extends TypeBinding {
  readonly members: readonly EnumMember[];
}

/**
 * A property's type. Optional (may be absent) lives on the property;
 * nullable (may be `null`) is a type, so `(string | null)[]` and
 * `string[] | null` stay distinct.
 */
export type TypeRef =
  | StringType
  | LiteralType
  | EnumType
  | BooleanType
  | IntegerType
  | NumberType
  | AnyType
  | ListType
  | MapType
  | ModelType
  | NullableType;

export interface StringType {
  readonly kind: 'string';
  /**
   * OpenAPI `format` (`date-time`, `date`, `email`, `uri`, ...): carried
   * into doc comments; the wire value stays a string unless a target's own
   * option maps a format to a language type.
   */
  readonly format?: string;
}

/** A `const` value (`object: "directory"`, `active: true`). */
export type LiteralValue = string | number | boolean;

export interface LiteralType {
  readonly kind: 'literal';
  readonly value: LiteralValue;
}

/** A language-level enum type; its members come from the referenced variant. */
export interface EnumType {
  readonly kind: 'enum';
  /** The type's name in that language, without qualifier (`DirectoryState`). */
  readonly name: string;
  readonly qualifier?: string;
  readonly variant: DescriptionVariant;
  readonly members: readonly EnumMember[];
}

export interface BooleanType {
  readonly kind: 'boolean';
}

/** A whole number (JSON numbers without a fraction). */
export interface IntegerType {
  readonly kind: 'integer';
  /** `int32`, `int64`: `int64` needs a 64-bit type in every language. */
  readonly format?: string;
}

/** A JSON number that may have a fraction. */
export interface NumberType {
  readonly kind: 'number';
  /** `float`, `double`: doc comments only. */
  readonly format?: string;
}

/** Any JSON value, passed through untouched. */
export interface AnyType {
  readonly kind: 'any';
}

export interface ListType {
  readonly kind: 'list';
  readonly items: TypeRef;
}

/** A JSON object with string keys and values of one type. */
export interface MapType {
  readonly kind: 'map';
  readonly values: TypeRef;
}

/** Another model, union or named enum of the run, possibly from another spec, possibly this one. */
export interface ModelType {
  readonly kind: 'model';
  readonly modelId: string;
  /** The referenced model's type name in this language (its binding's `name`). */
  readonly name: string;
  readonly qualifier?: string;
  /** What `modelId` names: absent for an object model (`ModelSet.models`), else `ModelSet.unions` or `ModelSet.enums`. */
  readonly modelKind?: 'union' | 'enum';
}

export interface NullableType {
  readonly kind: 'nullable';
  readonly inner: TypeRef;
}

export interface EnumMember {
  /** An identifier: the documented name, sanitised if need be. */
  readonly name: string;
  /** As written in the docs (`Cezanne HR`). */
  readonly documentedName: string;
  readonly wireValue: string;
  /**
   * False when an earlier member of the same list already stands for this
   * wire value (`Linked` after `Active`): reading picks the primary one.
   */
  readonly primary: boolean;
}

/** Exhaustiveness check for switches over discriminated unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`internal error: unexpected ${what}: ${JSON.stringify(value)}`);
}

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

export interface ModelSet {
  readonly models: readonly Model[];
}

export interface Model {
  /** The identity shared by every language (`directory`, `directory_group`). */
  readonly id: string;
  readonly source: SpecSource;
  /** The API area the model belongs to (src/normalize/area.ts); `modelArea` reads it. */
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
  readonly location: SourceLocation;
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
}

export interface LiteralType {
  readonly kind: 'literal';
  readonly value: string;
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
}

/** A JSON number that may have a fraction. */
export interface NumberType {
  readonly kind: 'number';
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

/** Another model of the run, possibly from another spec, possibly this one. */
export interface ModelType {
  readonly kind: 'model';
  readonly modelId: string;
  /** The referenced model's type name in this language (its binding's `name`). */
  readonly name: string;
  readonly qualifier?: string;
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

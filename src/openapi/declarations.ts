/**
 * The types an OpenAPI run declares before they are named for each
 * language: one per component object, union or string enum, and one per
 * inline object, union or enum, named from its path (`Directory.metadata` →
 * `DirectoryMetadata`). Types reference each other by declaration, so a
 * language's names are applied once, at the end (emit-ir.ts).
 */
import { SourceLocation } from '../diagnostics/diagnostic';
import { AnyType, BooleanType, Discriminator, IntegerType, LiteralType, NumberType, StringType, UnionVariant } from '../ir/model';
import { snakeCase } from '../targets/naming';
import { OpenApiDocument } from './document';
import { Schema } from './schema';

/** A property's type with references to declarations instead of per-language names. */
export type NeutralType =
  | StringType
  | LiteralType
  | BooleanType
  | IntegerType
  | NumberType
  | AnyType
  | { readonly kind: 'list'; readonly items: NeutralType }
  | { readonly kind: 'map'; readonly values: NeutralType }
  | { readonly kind: 'nullable'; readonly inner: NeutralType }
  | { readonly kind: 'decl'; readonly decl: Declaration };

interface DeclarationBase {
  /** The type's name before casing: the component's name, or the path's words joined (`DirectoryMetadata`). */
  readonly name: string;
  readonly id: string;
  readonly schema: Schema;
  readonly doc: OpenApiDocument;
  /** The component's key, or the inline schema. */
  readonly location: SourceLocation;
}

export interface DeclaredProperty {
  readonly wireName: string;
  readonly required: boolean;
  readonly type: NeutralType;
  readonly schema: Schema;
  readonly location: SourceLocation;
}

/** A union variant whose type names declarations. */
export type DeclaredVariant = Omit<UnionVariant, 'type'> & { readonly type: NeutralType };

export interface ModelDeclaration extends DeclarationBase {
  readonly kind: 'model';
  readonly properties: DeclaredProperty[];
}

export interface UnionDeclaration extends DeclarationBase {
  readonly kind: 'union';
  readonly variants: DeclaredVariant[];
  discriminator?: Discriminator;
}

export interface EnumDeclaration extends DeclarationBase {
  readonly kind: 'enum';
  readonly values: readonly string[];
}

export type Declaration = ModelDeclaration | UnionDeclaration | EnumDeclaration;

/** The id a name gives: its snake_case words (`EventSchema` → `event_schema`). */
export function idOf(name: string): string {
  return snakeCase(name) || 'schema';
}

/**
 * Hands out names whose ids are unique across the run (docs pages' ids
 * included). A component keeps its name, or is refused when another took
 * its id; an inline type gets 2, 3, ... appended, in the order the run meets
 * them, so the result is the same on every run.
 */
export class NameRegistry {
  private readonly taken: Map<string, string>;

  constructor(docsIds: Iterable<string>) {
    this.taken = new Map([...docsIds].map((id) => [id, 'a docs page']));
  }

  /** The id for a component, or who holds it already. */
  claimComponent(name: string, owner: string): { id: string } | { takenBy: string } {
    const id = idOf(name);
    const holder = this.taken.get(id);
    if (holder !== undefined) return { takenBy: holder };
    this.taken.set(id, owner);
    return { id };
  }

  claimInline(base: string, owner: string): { name: string; id: string } {
    let name = base;
    for (let n = 2; this.taken.has(idOf(name)); n++) name = `${base}${n}`;
    this.taken.set(idOf(name), owner);
    return { name, id: idOf(name) };
  }
}

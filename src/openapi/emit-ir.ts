/**
 * Declarations into the IR: each language's names applied (conventions
 * from language-names.ts, then the overrides of name-overrides.ts), and
 * every reference to a declaration spelt with the referenced type's name in
 * that language, as docs pages' properties are.
 */
import { AreaOverrides, overriddenArea } from '../docs/normalize/area';
import { REFERENCE_LANGUAGES, ReferenceLanguage } from '../ir/languages';
import { EnumMember, EnumModel, Model, ModelSet, Property, SpecSource, TypeRef, UnionModel } from '../ir/model';
import { Declaration, DeclaredProperty, EnumDeclaration, ModelDeclaration, NeutralType, UnionDeclaration } from './declarations';
import { memberNameFor, typeNameFor } from './language-names';
import { Names } from './name-overrides';

export class IrEmitter {
  constructor(
    private readonly names: Names,
    private readonly areas: AreaOverrides,
  ) {}

  modelSet(decls: readonly Declaration[]): ModelSet {
    return {
      models: decls.flatMap((d) => (d.kind === 'model' ? [this.model(d)] : [])),
      unions: decls.flatMap((d) => (d.kind === 'union' ? [this.union(d)] : [])),
      enums: decls.flatMap((d) => (d.kind === 'enum' ? [this.enumModel(d)] : [])),
    };
  }

  private typeName(decl: Declaration, language: ReferenceLanguage): string {
    return this.names.type(decl, language) ?? typeNameFor(language, decl.name);
  }

  private definition(decl: Declaration) {
    const source: SpecSource = { path: decl.doc.path, name: decl.doc.name };
    const area = overriddenArea(this.areas, decl.id, decl.doc.name);
    const { description, deprecated, example } = decl.schema;
    return { id: decl.id, source, ...(area ? { area } : {}), ...(description !== undefined ? { description } : {}), ...(deprecated ? { deprecated } : {}), ...(example !== undefined ? { example } : {}) };
  }

  private model(decl: ModelDeclaration): Model {
    const fields = decl.properties.map((p) => ({
      id: `${decl.id}.${p.wireName}`,
      wireName: p.wireName,
      wireNameInferred: false,
      optional: !p.required,
      ...(p.schema.description !== undefined ? { description: p.schema.description } : {}),
    }));
    const bindings = REFERENCE_LANGUAGES.map((language) => ({
      language,
      name: this.typeName(decl, language),
      location: decl.location,
      properties: decl.properties.map((p) => this.property(decl, p, language)),
    }));
    return { ...this.definition(decl), fields, bindings };
  }

  private property(decl: ModelDeclaration, p: DeclaredProperty, language: ReferenceLanguage): Property {
    const s = p.schema;
    return {
      name: this.names.member(decl, p.wireName, s.extensions, language) ?? memberNameFor(language, p.wireName),
      fieldId: `${decl.id}.${p.wireName}`,
      wireName: p.wireName,
      optional: !p.required,
      type: this.type(p.type, language),
      ...(s.description !== undefined ? { description: s.description } : {}),
      ...(s.deprecated ? { deprecated: true } : {}),
      ...(s.readOnly ? { readOnly: true } : {}),
      ...(s.writeOnly ? { writeOnly: true } : {}),
      ...(s.example !== undefined ? { example: s.example } : {}),
      location: p.location,
    };
  }

  private union(decl: UnionDeclaration): UnionModel {
    const bindings = REFERENCE_LANGUAGES.map((language) => ({
      language,
      name: this.typeName(decl, language),
      location: decl.location,
      variants: decl.variants.map((v) => ({ id: v.id, type: this.type(v.type, language), tags: v.tags, requiredKeys: v.requiredKeys })),
    }));
    return { ...this.definition(decl), ...(decl.discriminator ? { discriminator: decl.discriminator } : {}), bindings };
  }

  private enumModel(decl: EnumDeclaration): EnumModel {
    const bindings = REFERENCE_LANGUAGES.map((language) => ({
      language,
      name: this.typeName(decl, language),
      location: decl.location,
      members: decl.values.map((value, i): EnumMember => {
        const name = this.names.enumMember(decl, i, language) ?? enumMemberName(language, value);
        return { name, documentedName: value, wireValue: value, primary: decl.values.indexOf(value) === i };
      }),
    }));
    return { ...this.definition(decl), values: decl.values, bindings };
  }

  type(type: NeutralType, language: ReferenceLanguage): TypeRef {
    switch (type.kind) {
      case 'list':
        return { kind: 'list', items: this.type(type.items, language) };
      case 'map':
        return { kind: 'map', values: this.type(type.values, language) };
      case 'nullable':
        return { kind: 'nullable', inner: this.type(type.inner, language) };
      case 'decl': {
        const { decl } = type;
        return { kind: 'model', modelId: decl.id, name: this.typeName(decl, language), ...(decl.kind === 'model' ? {} : { modelKind: decl.kind }) };
      }
      default:
        return type;
    }
  }
}

/**
 * A member's name: the wire value itself, except in Go and .NET, whose
 * constants are PascalCase words (`in_review` → `InReview`). TypeScript
 * reads a name that differs from the value as a normalised spelling, so
 * its members must keep the value.
 */
function enumMemberName(language: ReferenceLanguage, value: string): string {
  return language === 'go' || language === 'dotnet' ? typeNameFor(language, value) : value;
}

/**
 * Schemas into declarations and neutral types. Components are declared
 * first, in the run's order, so they keep their names; every inline object,
 * union and string enum met while their properties are typed is declared on
 * the way, named from its path. A component that is only a scalar, a list or
 * a map is an alias: its type is written out wherever it is used.
 */
import { DiagnosticBag } from '../diagnostics/diagnostic';
import { pascalCase } from '../targets/naming';
import { Declaration, DeclaredProperty, idOf, ModelDeclaration, NameRegistry, NeutralType } from './declarations';
import { OpenApiDocument } from './document';
import { ComponentRef, ComponentSchema, refKey, Schema } from './schema';
import { SchemaReader } from './schema-reader';
import { buildUnion } from './union-builder';

type DeclKind = Declaration['kind'] | 'alias';

export class TypeBuilder {
  readonly declarations: Declaration[] = [];
  private readonly components = new Map<string, Declaration>();
  private readonly aliases = new Map<string, NeutralType | 'reading'>();

  constructor(
    readonly reader: SchemaReader,
    private readonly registry: NameRegistry,
    readonly bag: DiagnosticBag,
  ) {}

  /** Declares every component of the documents that is an object, a union or an enum, then types them. */
  build(docs: readonly OpenApiDocument[]): Declaration[] {
    const declared = docs.flatMap((doc) => this.reader.components(doc).flatMap((c) => this.declareComponent(doc, c)));
    for (const decl of declared) this.fill(decl);
    return this.declarations;
  }

  private declareComponent(doc: OpenApiDocument, component: ComponentSchema): Declaration[] {
    const kind = kindOf(component.schema, true);
    if (kind === 'alias') return [];
    const claim = this.registry.claimComponent(component.ref.name, `${doc.path}'s \`${component.ref.name}\``);
    if ('takenBy' in claim) {
      this.bag.add('openapiDuplicateId', `schema \`${component.ref.name}\` has the id \`${idOf(component.ref.name)}\`, which ${claim.takenBy} already uses`, component.location);
      return [];
    }
    const decl = this.declaration(kind, component.ref.name, claim.id, component.schema, doc, component.location);
    this.components.set(refKey(component.ref), decl);
    return [decl];
  }

  private declaration(kind: Declaration['kind'], name: string, id: string, schema: Schema, doc: OpenApiDocument, location: Schema['location']): Declaration {
    const base = { name, id, schema, doc, location };
    const decl: Declaration =
      kind === 'model' ? { ...base, kind, properties: [] } : kind === 'union' ? { ...base, kind, variants: [] } : { ...base, kind, values: stringValues(schema) };
    this.declarations.push(decl);
    return decl;
  }

  private fill(decl: Declaration): void {
    if (decl.kind === 'model') decl.properties.push(...this.properties(decl));
    else if (decl.kind === 'union') buildUnion(decl, this);
  }

  private properties(decl: ModelDeclaration): DeclaredProperty[] {
    const shape = decl.schema.shape;
    if (shape.kind !== 'object') return [];
    if (shape.additional && shape.properties.length > 0) this.reader.unsupported(shape.additional.location, `\`${decl.name}\` has properties and also allows other keys; the other keys are not modelled, so reading drops them`);
    return shape.properties.map((p) => ({ wireName: p.wireName, required: p.required, schema: p.schema, location: p.location, type: this.typeOf(p.schema, `${decl.name}${pascalCase(p.wireName)}`, decl.doc) }));
  }

  /** A schema's type; `hint` names an inline declaration made for it. */
  typeOf(schema: Schema, hint: string, doc: OpenApiDocument): NeutralType {
    const base = this.baseType(schema, hint, doc);
    return schema.nullable && base.kind !== 'nullable' ? { kind: 'nullable', inner: base } : base;
  }

  private baseType(schema: Schema, hint: string, doc: OpenApiDocument): NeutralType {
    const shape = schema.shape;
    const literal = schema.const ?? (schema.enum?.length === 1 ? schema.enum[0] : undefined);
    if (literal !== undefined && literal !== null && shape.kind !== 'union' && shape.kind !== 'ref') return { kind: 'literal', value: literal };
    switch (shape.kind) {
      case 'ref':
        return this.refType(shape.ref);
      case 'string':
        if (kindOf(schema) === 'enum') return { kind: 'decl', decl: this.inline('enum', schema, hint, doc) };
        return schema.format !== undefined ? { kind: 'string', format: schema.format } : { kind: 'string' };
      case 'integer':
      case 'number':
        if (schema.enum !== undefined) this.reader.unsupported(schema.location, `an \`enum\` of ${shape.kind}s is read as ${shape.kind === 'integer' ? 'an integer' : 'a number'}; its values are not listed in the SDKs`);
        return schema.format !== undefined ? { kind: shape.kind, format: schema.format } : { kind: shape.kind };
      case 'boolean':
      case 'any':
        return { kind: shape.kind };
      case 'array':
        return { kind: 'list', items: this.typeOf(shape.items, `${hint}Item`, doc) };
      case 'object':
        if (kindOf(schema) === 'model') return { kind: 'decl', decl: this.inline('model', schema, hint, doc) };
        return { kind: 'map', values: shape.additional ? this.typeOf(shape.additional, `${hint}Value`, doc) : { kind: 'any' } };
      case 'union':
        return { kind: 'decl', decl: this.inline('union', schema, hint, doc) };
    }
  }

  private inline(kind: Declaration['kind'], schema: Schema, hint: string, doc: OpenApiDocument): Declaration {
    const { name, id } = this.registry.claimInline(hint, `${doc.path}'s inline \`${hint}\``);
    const decl = this.declaration(kind, name, id, schema, doc, schema.location);
    this.fill(decl);
    return decl;
  }

  /** A component's declaration, or an alias's type written out (a cycle of aliases is `any`). */
  private refType(ref: ComponentRef): NeutralType {
    const key = refKey(ref);
    const decl = this.components.get(key);
    const component = this.reader.component(ref);
    const nullable = component?.schema.nullable ?? false;
    if (decl) return nullable ? { kind: 'nullable', inner: { kind: 'decl', decl } } : { kind: 'decl', decl };
    const known = this.aliases.get(key);
    if (known === 'reading' || !component) return { kind: 'any' };
    if (known) return known;
    this.aliases.set(key, 'reading');
    const doc = this.reader.documentOf(ref);
    const type = doc ? this.typeOf(component.schema, ref.name, doc) : { kind: 'any' as const };
    this.aliases.set(key, type);
    return type;
  }
}

/**
 * What a schema declares: an object with properties is a model (a
 * component object without `additionalProperties` is one even with none:
 * it is a named type, `CreateApplicationSecretDto`), a union a union, a
 * string enum an enum; anything else is written out where used, a bare
 * inline `{type: object}` as a map of any values, so nothing it holds is lost.
 */
export function kindOf(schema: Schema, component = false): DeclKind {
  const shape = schema.shape;
  if (shape.kind === 'object') return shape.properties.length > 0 || (component && !shape.additional) ? 'model' : 'alias';
  if (shape.kind === 'union') return 'union';
  if (shape.kind === 'string' && schema.const === undefined && stringValues(schema).length > 1) return 'enum';
  return 'alias';
}

function stringValues(schema: Schema): string[] {
  return (schema.enum ?? []).filter((v): v is string => typeof v === 'string');
}

/**
 * Schema nodes of the run's OpenAPI documents into `Schema`s (schema.ts).
 * A `$ref` to a component schema, in this document or another of the run,
 * stays a named reference; any other pointer is read where it points, and
 * a node met again while it is being read is a cycle, read as `any` rather
 * than followed for ever. Every `$ref` that leads nowhere is reported once.
 */
import * as path from 'node:path';
import { DiagnosticName } from '../diagnostics/codes';
import { DiagnosticBag } from '../diagnostics/diagnostic';
import { JsonValue } from '../ir/model';
import { describeNode, getPair, isMap, isScalar, isSeq, mapPairs, scalarString, YAMLMap } from '../load/yaml-nodes';
import { MAX_JSON_VALUES, nodeJson, OpenApiDocument, resolveAlias } from './document';
import { ComponentRef, ComponentSchema, DiscriminatorSpec, emptyFacts, refKey, ScalarValue, Schema, SchemaFacts as Facts, SchemaProperty, SchemaShape } from './schema';
import { mergeAllOf, nullableOf, withFacts } from './schema-merge';

const COMPONENT_POINTER = /^\/components\/schemas\/([^/]+)$/;

/**
 * Schema nodes a run may read. Aliases can make a small text stand for an
 * exponential number of schemas (an alias bomb); WorkOS's document, 31,000
 * lines, reads about 2,700.
 */
export const MAX_SCHEMA_READS = 100_000;

type RefCode = Extract<DiagnosticName, 'contractRefUnresolved' | 'openapiRefUnresolved'>;

export class SchemaReader {
  private readonly documents = new Map<string, OpenApiDocument>();
  private readonly read = new Map<string, ComponentSchema | 'reading'>();
  /** Nodes being read right now: meeting one again is a cycle. */
  private readonly reading = new Set<unknown>();
  /** `$ref` nodes already reported: a schema read from several places is reported once. */
  private readonly reported = new Set<unknown>();
  private reads = 0;

  /** Whether reading went past MAX_SCHEMA_READS, and stopped. */
  get exhausted(): boolean {
    return this.reads > MAX_SCHEMA_READS;
  }

  constructor(
    documents: readonly OpenApiDocument[],
    private readonly bag: DiagnosticBag,
    private readonly refCode: RefCode = 'openapiRefUnresolved',
  ) {
    for (const doc of documents) this.documents.set(path.resolve(doc.path), doc);
  }

  /** Every component schema of a document, in document order. */
  components(doc: OpenApiDocument): ComponentSchema[] {
    return [...doc.components.keys()].flatMap((name) => this.component({ file: doc.path, name }) ?? []);
  }

  /** A component schema, read once; undefined when it does not exist or is being read (an `allOf` that includes itself). */
  component(ref: ComponentRef): ComponentSchema | undefined {
    const key = refKey(ref);
    const known = this.read.get(key);
    if (known !== undefined) return known === 'reading' ? undefined : known;
    const doc = this.documents.get(path.resolve(ref.file));
    const entry = doc?.components.get(ref.name);
    if (!doc || !entry) return undefined;
    this.read.set(key, 'reading');
    const component = { ref, location: doc.at(entry.keyNode), schema: this.schema(doc, entry.node) };
    this.read.set(key, component);
    return component;
  }

  documentOf(ref: ComponentRef): OpenApiDocument | undefined {
    return this.documents.get(path.resolve(ref.file));
  }

  /** The schema a reference stands for, followed through components that are themselves references. */
  dereference(schema: Schema): Schema | undefined {
    let current: Schema | undefined = schema;
    for (let hops = 0; current?.shape.kind === 'ref' && hops < 64; hops++) current = this.component(current.shape.ref)?.schema;
    return current?.shape.kind === 'ref' ? undefined : current;
  }

  schema(doc: OpenApiDocument, raw: unknown): Schema {
    const node = resolveAlias(doc, raw);
    const location = doc.at(node);
    if (++this.reads > MAX_SCHEMA_READS) {
      if (this.reads === MAX_SCHEMA_READS + 1) this.bag.add('openapiTooLarge', `the OpenAPI documents expand into more than ${MAX_SCHEMA_READS} schemas (YAML aliases repeat what they name); reading stopped here`, location);
      return anySchema(location);
    }
    if (!isMap(node) || this.reading.has(node)) {
      if (!isMap(node) && !(isScalar(node) && node.value === true)) this.unsupported(location, `a schema here is ${describeNode(node)}, not a mapping; it is read as any JSON value`);
      return anySchema(location);
    }
    this.reading.add(node);
    try {
      return this.mapSchema(doc, node);
    } finally {
      this.reading.delete(node);
    }
  }

  private mapSchema(doc: OpenApiDocument, node: YAMLMap): Schema {
    const location = doc.at(node);
    const facts = this.facts(doc, node);
    const get = (key: string) => resolveAlias(doc, getPair(node, key)?.value);
    const ref = getPair(node, '$ref');
    if (ref) return withFacts(this.refSchema(doc, ref.value, location), facts);
    const allOf = get('allOf');
    if (isSeq(allOf)) return mergeAllOf(this, this.ownObject(doc, node), allOf.items.map((m) => this.schema(doc, m)), location, facts);
    const alternatives = get('oneOf') ?? get('anyOf');
    if (isSeq(alternatives)) {
      const union = this.alternatives(doc, node, alternatives.items, facts);
      return getPair(node, 'properties') ? mergeAllOf(this, undefined, [this.ownObject(doc, node) as Schema, union], location, facts) : union;
    }
    const { shape, nullable } = this.typedShape(doc, node, facts);
    return { location, shape, ...facts, nullable: facts.nullable || nullable };
  }

  /** A schema's own `properties`, beside its `allOf`, as one more member to merge. */
  private ownObject(doc: OpenApiDocument, node: YAMLMap): Schema | undefined {
    if (!getPair(node, 'properties') && !getPair(node, 'additionalProperties') && !getPair(node, 'patternProperties')) return undefined;
    return { ...emptyFacts(), location: doc.at(node), shape: this.objectShape(doc, node) };
  }

  private facts(doc: OpenApiDocument, node: YAMLMap): Facts {
    const get = (key: string) => resolveAlias(doc, getPair(node, key)?.value);
    const enumNode = get('enum');
    const values = isSeq(enumNode) ? enumNode.items.map((i) => scalarValue(resolveAlias(doc, i))).filter((v): v is ScalarValue => v !== undefined) : undefined;
    const flag = (key: string) => scalarValue(get(key)) === true;
    const constNode = get('const');
    const extensions: Record<string, JsonValue> = {};
    for (const { key, value } of mapPairs(node)) {
      const json = key.startsWith('x-') ? nodeJson(doc, value) : undefined;
      if (json !== undefined) extensions[key] = json;
    }
    const example = getPair(node, 'example') ? nodeJson(doc, getPair(node, 'example')?.value) : undefined;
    if (getPair(node, 'example') && example === undefined) this.unsupported(doc.at(getPair(node, 'example')?.keyNode), `this \`example\` expands past ${MAX_JSON_VALUES} values through aliases; it is left out`);
    return {
      nullable: flag('nullable') || values?.includes(null) === true,
      ...(isScalar(constNode) && scalarValue(constNode) !== null ? { const: scalarValue(constNode) } : {}),
      ...(values ? { enum: values.filter((v) => v !== null) } : {}),
      ...optionalString('format', scalarString(get('format'))),
      deprecated: flag('deprecated'),
      readOnly: flag('readOnly'),
      writeOnly: flag('writeOnly'),
      ...optionalString('title', scalarString(get('title'))),
      ...optionalString('description', scalarString(get('description'))),
      ...(example !== undefined ? { example } : {}),
      extensions,
    };
  }

  /** `type` (one name or a list; `null` among them is nullability), else what the keywords imply. */
  private typedShape(doc: OpenApiDocument, node: YAMLMap, facts: Facts): { shape: SchemaShape; nullable: boolean } {
    const typeNode = resolveAlias(doc, getPair(node, 'type')?.value);
    const names = isSeq(typeNode) ? typeNode.items.map((i) => scalarString(resolveAlias(doc, i)) ?? '') : [scalarString(typeNode) ?? impliedType(node, facts)];
    const kinds = names.filter((n) => n !== 'null' && n !== '');
    const nullable = names.includes('null');
    if (kinds.length <= 1) return { shape: this.kindShape(doc, node, kinds[0] ?? ''), nullable };
    const members = kinds.map((kind): Schema => ({ ...emptyFacts(), location: doc.at(typeNode), shape: this.kindShape(doc, node, kind) }));
    return { shape: { kind: 'union', members }, nullable };
  }

  private kindShape(doc: OpenApiDocument, node: YAMLMap, kind: string): SchemaShape {
    switch (kind) {
      case 'string':
      case 'integer':
      case 'number':
      case 'boolean':
        return { kind };
      case 'array': {
        const items = getPair(node, 'items');
        if (getPair(node, 'prefixItems')) this.unsupported(doc.at(getPair(node, 'prefixItems')?.keyNode), 'a tuple (`prefixItems`) is read as a list of its `items` schema (any value without one)');
        return { kind: 'array', items: items ? this.schema(doc, items.value) : anySchema(doc.at(node)) };
      }
      case 'object':
        return this.objectShape(doc, node);
      default:
        return { kind: 'any' };
    }
  }

  private objectShape(doc: OpenApiDocument, node: YAMLMap): SchemaShape {
    const props = resolveAlias(doc, getPair(node, 'properties')?.value);
    const requiredNode = resolveAlias(doc, getPair(node, 'required')?.value);
    const required = new Set(isSeq(requiredNode) ? requiredNode.items.map((i) => scalarString(resolveAlias(doc, i)) ?? '') : []);
    const properties: SchemaProperty[] = isMap(props)
      ? mapPairs(props).map(({ key, keyNode, value }) => ({ wireName: key, required: required.has(key), schema: this.schema(doc, value), location: doc.at(keyNode) }))
      : [];
    const additional = this.additional(doc, node);
    return { kind: 'object', properties, required: [...required], ...(additional ? { additional } : {}) };
  }

  /** `additionalProperties` (a schema, or `true` for any value), else the `patternProperties`' values (one schema, or a union of them). */
  private additional(doc: OpenApiDocument, node: YAMLMap): Schema | undefined {
    const extra = resolveAlias(doc, getPair(node, 'additionalProperties')?.value);
    if (isMap(extra)) return this.schema(doc, extra);
    if (scalarValue(extra) === true) return anySchema(doc.at(extra));
    const patterns = resolveAlias(doc, getPair(node, 'patternProperties')?.value);
    if (!isMap(patterns) || patterns.items.length === 0) return undefined;
    const members = mapPairs(patterns).map(({ value }) => this.schema(doc, value));
    return members.length === 1 ? members[0] : { ...emptyFacts(), location: doc.at(patterns), shape: { kind: 'union', members } };
  }

  /** oneOf/anyOf: `{type: null}` members make it nullable; one member left is that member; inline unions among the members are spliced in. */
  private alternatives(doc: OpenApiDocument, node: YAMLMap, items: readonly unknown[], facts: Facts): Schema {
    const location = doc.at(node);
    const isNull = (m: unknown) => {
      const member = resolveAlias(doc, m);
      return isMap(member) && scalarString(getPair(member, 'type')?.value) === 'null' && !getPair(member, 'oneOf');
    };
    const rest = items.filter((m) => !isNull(m)).map((m) => this.schema(doc, m));
    const nullable = rest.length < items.length || facts.nullable;
    if (rest.length === 0) return { location, shape: { kind: 'any' }, ...facts, nullable };
    if (rest.length === 1) return nullableOf(withFacts(rest[0], facts), nullable);
    const members = rest.flatMap((m) => this.spliced(m));
    const discriminator = this.discriminator(doc, node);
    return { location, shape: { kind: 'union', members, ...(discriminator ? { discriminator } : {}) }, ...facts, nullable };
  }

  /** A member that is itself a union, inline or a component, stands for its variants: variants are never unions. */
  private spliced(member: Schema): readonly Schema[] {
    const target = member.shape.kind === 'ref' ? this.dereference(member) : member;
    if (target?.shape.kind !== 'union' || target.nullable || (member.shape.kind !== 'ref' && target.shape.discriminator)) return [member];
    return target.shape.members;
  }

  /** A shape modelgen reads as something simpler, said where it is. */
  unsupported(location: Schema['location'], message: string): void {
    this.bag.add('openapiUnsupported', message, location);
  }

  private discriminator(doc: OpenApiDocument, node: YAMLMap): DiscriminatorSpec | undefined {
    const spec = resolveAlias(doc, getPair(node, 'discriminator')?.value);
    const propertyName = isMap(spec) ? scalarString(getPair(spec, 'propertyName')?.value) : undefined;
    if (!isMap(spec) || propertyName === undefined) return undefined;
    const mappingNode = resolveAlias(doc, getPair(spec, 'mapping')?.value);
    const mapping = new Map<string, ComponentRef>();
    for (const { key, value } of isMap(mappingNode) ? mapPairs(mappingNode) : []) {
      const target = scalarString(value) ?? '';
      const ref = this.componentRef(doc, target.includes('#') || target.includes('/') ? target : `#/components/schemas/${target}`);
      if (ref) mapping.set(key, ref);
      else this.unresolved(target, value, doc);
    }
    return { propertyName, mapping, location: doc.at(spec) };
  }

  private refSchema(doc: OpenApiDocument, refNode: unknown, location: Schema['location']): Schema {
    const ref = scalarString(refNode) ?? '';
    const component = this.componentRef(doc, ref);
    if (component) return { ...emptyFacts(), location, shape: { kind: 'ref', ref: component } };
    const target = this.pointer(doc, ref);
    if (target === undefined) {
      this.unresolved(ref, refNode, doc);
      return anySchema(location);
    }
    return this.schema(target.doc, target.node);
  }

  /** The component a `$ref` names, when it names one that exists: `#/components/schemas/X` or `other.yaml#/components/schemas/X`. */
  private componentRef(doc: OpenApiDocument, ref: string): ComponentRef | undefined {
    const [file, pointer] = splitRef(ref);
    const match = COMPONENT_POINTER.exec(pointer);
    const target = file === '' ? doc : this.documents.get(path.resolve(path.dirname(doc.path), file));
    if (!match || !target) return undefined;
    const name = decodePointer(match[1]);
    return target.components.has(name) ? { file: target.path, name } : undefined;
  }

  /** Any other JSON pointer, in this document or another of the run. */
  private pointer(doc: OpenApiDocument, ref: string): { doc: OpenApiDocument; node: unknown } | undefined {
    const [file, pointer] = splitRef(ref);
    const target = file === '' ? doc : this.documents.get(path.resolve(path.dirname(doc.path), file));
    if (!target || (pointer !== '' && !pointer.startsWith('/'))) return undefined;
    let node: unknown = target.root;
    for (const raw of pointer.split('/').filter((s) => s !== '')) {
      const step = decodePointer(raw);
      node = resolveAlias(target, node);
      if (isMap(node)) node = getPair(node, step)?.value;
      else if (isSeq(node) && /^\d+$/.test(step)) node = node.items[Number(step)];
      else return undefined;
      if (node === undefined) return undefined;
    }
    return { doc: target, node };
  }

  private unresolved(ref: string, refNode: unknown, doc: OpenApiDocument): void {
    if (this.reported.has(refNode)) return;
    this.reported.add(refNode);
    const [file] = splitRef(ref);
    const where = file === '' || this.documents.has(path.resolve(path.dirname(doc.path), file)) ? 'in the document' : `: \`${file}\` is not a document of this run`;
    this.bag.add(this.refCode, `\`$ref: ${ref}\` points at nothing${where.startsWith(':') ? where : ` ${where}`}`, doc.at(refNode));
  }
}

function splitRef(ref: string): [string, string] {
  const hash = ref.indexOf('#');
  return hash < 0 ? [ref, ''] : [ref.slice(0, hash), ref.slice(hash + 1)];
}

function impliedType(node: YAMLMap, facts: Facts): string {
  if (getPair(node, 'properties') || getPair(node, 'additionalProperties') || getPair(node, 'patternProperties')) return 'object';
  if (getPair(node, 'items')) return 'array';
  const value = facts.const ?? facts.enum?.[0];
  return typeof value === 'string' ? 'string' : typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : '';
}

export function anySchema(location: Schema['location']): Schema {
  return { ...emptyFacts(), location, shape: { kind: 'any' } };
}

const optionalString = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));

function decodePointer(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

function scalarValue(node: unknown): ScalarValue | undefined {
  if (!isScalar(node)) return undefined;
  const v: unknown = node.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
}

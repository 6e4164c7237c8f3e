/**
 * One schema node of an OpenAPI document into a contract type, with
 * nullability in both dialects (3.0's `nullable: true`, 3.1's `null` type)
 * and `allOf` members merged into one object.
 */
import { isScalar } from 'yaml';
import { DiagnosticBag, SourceLocation } from '../diagnostics/diagnostic';
import { getPair, isMap, isSeq, mapPairs, scalarString, YAMLMap } from '../load/yaml-nodes';
import { ContractProperty, ContractSchema, ContractType, ContractValue } from './contract';

const COMPONENT_REF = /^#\/components\/schemas\/([^/]+)$/;

/** What a schema node says, before it becomes a property or a component. */
interface SchemaFacts {
  readonly type: ContractType;
  readonly nullable: boolean;
  readonly properties: readonly ContractProperty[];
  readonly const?: ContractValue;
  readonly enum?: readonly ContractValue[];
  readonly format?: string;
  readonly deprecated: boolean;
  readonly description?: string;
}

const UNKNOWN: SchemaFacts = { type: { kind: 'unknown' }, nullable: false, properties: [], deprecated: false };

export class SchemaReader {
  /** Nodes being read right now: meeting one again is a `$ref` cycle. */
  private readonly reading = new Set<unknown>();
  /** `$ref` nodes already reported: a schema read from several places is reported once. */
  private readonly reported = new Set<unknown>();

  constructor(
    private readonly root: YAMLMap,
    private readonly at: (node: unknown) => SourceLocation,
    private readonly bag: DiagnosticBag,
  ) {}

  component(name: string, location: SourceLocation, node: unknown): ContractSchema {
    const facts = this.facts(node);
    return { name, location, description: facts.description, deprecated: facts.deprecated, type: facts.type, properties: facts.properties };
  }

  private facts(node: unknown): SchemaFacts {
    if (!isMap(node)) return UNKNOWN;
    if (this.reading.has(node)) return UNKNOWN;
    this.reading.add(node);
    try {
      return this.mapFacts(node);
    } finally {
      this.reading.delete(node);
    }
  }

  private mapFacts(node: YAMLMap): SchemaFacts {
    const ref = getPair(node, '$ref');
    if (ref) return this.refFacts(ref.value);
    const get = (key: string) => getPair(node, key)?.value;
    const common = {
      const: scalarValue(get('const')),
      enum: isSeq(get('enum')) ? (get('enum') as { items: unknown[] }).items.map(scalarValue).filter((v): v is ContractValue => v !== undefined) : undefined,
      format: scalarString(get('format')),
      deprecated: scalarValue(get('deprecated')) === true,
      description: scalarString(get('description')),
    };
    const shape = this.shape(node);
    const singleEnum = common.enum?.length === 1 ? common.enum[0] : undefined;
    return { ...shape, ...common, const: common.const ?? singleEnum, nullable: shape.nullable || scalarValue(get('nullable')) === true || common.enum?.includes(null) === true };
  }

  /** The type, nullability and properties of a schema without `$ref`. */
  private shape(node: YAMLMap): Pick<SchemaFacts, 'type' | 'nullable' | 'properties'> {
    const get = (key: string) => getPair(node, key)?.value;
    const allOf = get('allOf');
    if (isSeq(allOf)) return this.merged(node, allOf.items);
    const alternatives = get('oneOf') ?? get('anyOf');
    if (isSeq(alternatives)) return this.alternatives(alternatives.items);
    const typeNode = get('type');
    const names = isSeq(typeNode) ? typeNode.items.map((i) => scalarString(i) ?? '') : [scalarString(typeNode) ?? (get('properties') ? 'object' : '')];
    const kinds = names.filter((n) => n !== 'null').map((n) => this.kindOf(n, node));
    const nullable = names.includes('null');
    if (kinds.length !== 1) return { type: kinds.length === 0 ? { kind: 'unknown' } : { kind: 'union', members: kinds }, nullable, properties: [] };
    return { type: kinds[0], nullable, properties: kinds[0].kind === 'object' ? kinds[0].properties : [] };
  }

  private kindOf(name: string, node: YAMLMap): ContractType {
    const get = (key: string) => getPair(node, key)?.value;
    switch (name) {
      case 'string':
      case 'integer':
      case 'number':
      case 'boolean':
        return { kind: name };
      case 'array':
        return { kind: 'array', items: this.facts(get('items')).type };
      case 'object':
        return this.objectKind(node);
      default:
        return { kind: 'unknown' };
    }
  }

  /** An object with properties, else a map when `additionalProperties` allows any key. */
  private objectKind(node: YAMLMap): ContractType {
    const extra = getPair(node, 'additionalProperties')?.value;
    if (!getPair(node, 'properties') && extra !== undefined && scalarValue(extra) !== false) {
      return { kind: 'map', values: isMap(extra) ? this.facts(extra).type : { kind: 'unknown' } };
    }
    return { kind: 'object', properties: this.properties(node) };
  }

  private properties(node: YAMLMap): ContractProperty[] {
    const props = getPair(node, 'properties')?.value;
    if (!isMap(props)) return [];
    const requiredNode = getPair(node, 'required')?.value;
    const required = new Set(isSeq(requiredNode) ? requiredNode.items.map((i) => scalarString(i) ?? '') : []);
    return mapPairs(props).map(({ key, keyNode, value }) => {
      const { properties: _nested, ...facts } = this.facts(value);
      return { wireName: key, required: required.has(key), ...facts, location: this.at(keyNode) };
    });
  }

  /** allOf: every member's properties in one object; a property named again takes the later member's facts. */
  private merged(node: YAMLMap, members: readonly unknown[]): Pick<SchemaFacts, 'type' | 'nullable' | 'properties'> {
    const byName = new Map<string, ContractProperty>();
    const requiredAnywhere = new Set<string>();
    for (const member of [...members.map((m) => this.dereference(m)), node]) {
      if (!isMap(member)) continue;
      const own = member === node ? this.properties(node) : this.facts(member).properties;
      for (const p of own) {
        if (p.required) requiredAnywhere.add(p.wireName);
        byName.set(p.wireName, p);
      }
    }
    const properties = [...byName.values()].map((p) => ({ ...p, required: p.required || requiredAnywhere.has(p.wireName) }));
    return { type: { kind: 'object', properties }, nullable: false, properties };
  }

  private alternatives(members: readonly unknown[]): Pick<SchemaFacts, 'type' | 'nullable' | 'properties'> {
    const isNull = (m: unknown) => isMap(m) && scalarString(getPair(m, 'type')?.value) === 'null';
    const rest = members.filter((m) => !isNull(m)).map((m) => this.facts(m));
    const nullable = rest.length < members.length || rest.some((f) => f.nullable);
    if (rest.length === 1) return { type: rest[0].type, nullable, properties: rest[0].properties };
    return { type: rest.length === 0 ? { kind: 'unknown' } : { kind: 'union', members: rest.map((f) => f.type) }, nullable, properties: [] };
  }

  /** A `$ref` to a component schema stays a named reference; any other local pointer is read where it points. */
  private refFacts(refNode: unknown): SchemaFacts {
    const ref = scalarString(refNode) ?? '';
    const component = COMPONENT_REF.exec(ref);
    const target = this.resolve(ref);
    if (target === undefined) {
      this.unresolved(ref, refNode);
      return UNKNOWN;
    }
    if (component) return { ...UNKNOWN, type: { kind: 'ref', schema: decodePointer(component[1]) } };
    return this.facts(target);
  }

  /** The node an allOf member stands for: a `$ref` followed, anything else as it is. */
  private dereference(member: unknown): unknown {
    const ref = isMap(member) ? scalarString(getPair(member, '$ref')?.value) : undefined;
    if (ref === undefined) return member;
    const target = this.resolve(ref);
    if (target === undefined) this.unresolved(ref, getPair(member as YAMLMap, '$ref')?.value);
    return target;
  }

  private unresolved(ref: string, refNode: unknown): void {
    if (this.reported.has(refNode)) return;
    this.reported.add(refNode);
    this.bag.add('contractRefUnresolved', `\`$ref: ${ref}\` points at nothing in the document`, this.at(refNode));
  }

  /** A local JSON pointer (`#/components/schemas/X`), or undefined when it leads nowhere. */
  private resolve(ref: string): unknown {
    if (!ref.startsWith('#/') && ref !== '#') return undefined;
    let node: unknown = this.root;
    for (const raw of ref.slice(2).split('/').filter((s) => s !== '')) {
      const step = decodePointer(raw);
      if (isMap(node)) node = getPair(node, step)?.value;
      else if (isSeq(node) && /^\d+$/.test(step)) node = node.items[Number(step)];
      else return undefined;
      if (node === undefined) return undefined;
    }
    return node;
  }
}

function decodePointer(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

function scalarValue(node: unknown): ContractValue | undefined {
  if (!isScalar(node)) return undefined;
  const v: unknown = node.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
}

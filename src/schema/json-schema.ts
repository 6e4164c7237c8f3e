/**
 * The subset of JSON Schema modelgen's own schemas use, and a validator that
 * checks a YAML node against it and reports each problem at its position.
 */
import { SourceLocation } from '../diagnostics/diagnostic';
import { didYouMean } from '../docs/normalize/name-keys';
import { describeNode, isMap, isScalar, isSeq, mapPairs } from '../load/yaml-nodes';

export interface JsonSchema {
  readonly $schema?: string;
  readonly $id?: string;
  readonly title?: string;
  readonly description?: string;
  readonly type?: 'object' | 'array' | 'string' | 'boolean';
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly string[];
  readonly minLength?: number;
  readonly pattern?: string;
  readonly anyOf?: readonly JsonSchema[];
  /** Only local references, `#/definitions/<name>`. */
  readonly $ref?: string;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly markdownDescription?: string;
}

export interface SchemaProblem {
  readonly message: string;
  readonly location: SourceLocation;
  /** The failing key is unknown (a misspelling), rather than of the wrong type. */
  readonly unknownKey: boolean;
}

export interface ValidateOptions {
  /** Other names users give a key (`output` for `out`), suggested when an unknown key is one of them. */
  readonly aliases?: Readonly<Record<string, string>>;
}

export function validateNode(node: unknown, schema: JsonSchema, where: string, locate: (node: unknown) => SourceLocation, options: ValidateOptions = {}): SchemaProblem[] {
  return validateAt(node, schema, where, { locate, root: schema, aliases: options.aliases ?? {} });
}

interface Walk {
  readonly locate: (node: unknown) => SourceLocation;
  readonly root: JsonSchema;
  readonly aliases: Readonly<Record<string, string>>;
}

function validateAt(node: unknown, schema: JsonSchema, where: string, walk: Walk): SchemaProblem[] {
  if (schema.$ref) return validateAt(node, resolveRef(walk.root, schema.$ref), where, walk);
  const problems: SchemaProblem[] = [];
  const fail = (message: string, at: unknown = node, unknownKey = false) => problems.push({ message, location: walk.locate(at), unknownKey });
  if (schema.anyOf) {
    const results = schema.anyOf.map((s) => validateAt(node, s, where, walk));
    if (!results.some((r) => r.length === 0)) fail(`${where} is ${describeNode(node)}, expected ${schema.anyOf.map(expected).join(' or ')}`);
    return problems;
  }
  if (!matchesType(node, schema)) {
    fail(`${where} is ${describeNode(node)}, expected ${expected(schema)}`);
    return problems;
  }
  if (isScalar(node) && typeof node.value === 'string') {
    if (schema.enum && !schema.enum.includes(node.value)) fail(`${where} is \`${node.value}\`, expected one of ${schema.enum.join(', ')}${didYouMean(node.value, schema.enum, walk.aliases)}`);
    if (schema.minLength !== undefined && node.value.length < schema.minLength) fail(`${where} is empty`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(node.value)) fail(`${where} \`${node.value}\` does not match ${schema.pattern}`);
  }
  if (isSeq(node) && schema.items) {
    node.items.forEach((item, i) => problems.push(...validateAt(item, schema.items as JsonSchema, `${where}[${i}]`, walk)));
  }
  if (isMap(node)) problems.push(...validatePairs(node, schema, where, walk, fail));
  return problems;
}

function validatePairs(node: Parameters<typeof mapPairs>[0], schema: JsonSchema, where: string, walk: Walk, fail: (message: string, at: unknown, unknownKey: boolean) => void): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const pairs = mapPairs(node);
  for (const key of schema.required ?? []) if (!pairs.some((p) => p.key === key)) fail(`${where} has no \`${key}\``, node, false);
  for (const { key, keyNode, value } of pairs) {
    const child = schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    if (child) problems.push(...validateAt(value, child, `\`${key}\``, walk));
    else if (schema.additionalProperties === false) fail(unknownKeyMessage(key, where, Object.keys(schema.properties ?? {}), walk.aliases), keyNode, true);
  }
  return problems;
}

/** A misspelt key gets its nearest name; any other unknown key the list of known ones. */
function unknownKeyMessage(key: string, where: string, known: readonly string[], aliases: Readonly<Record<string, string>>): string {
  const suggestion = didYouMean(key, known, aliases);
  return `unknown key \`${key}\` in ${where}${suggestion || `; expected ${known.join(', ')}`}`;
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  const name = /^#\/definitions\/(.+)$/.exec(ref)?.[1];
  const target = name === undefined ? undefined : root.definitions?.[name];
  if (!target) throw new Error(`internal error: unresolvable schema reference ${ref}`);
  return target;
}

function matchesType(node: unknown, schema: JsonSchema): boolean {
  switch (schema.type) {
    case undefined:
      return true;
    case 'object':
      return isMap(node);
    case 'array':
      return isSeq(node);
    case 'string':
      return isScalar(node) && typeof node.value === 'string';
    case 'boolean':
      return isScalar(node) && typeof node.value === 'boolean';
  }
}

function expected(schema: JsonSchema): string {
  if (schema.enum) return `one of ${schema.enum.join(', ')}`;
  const names = { object: 'a mapping', array: 'a list', string: 'a string', boolean: 'true or false' };
  return schema.type ? names[schema.type] : 'a value';
}


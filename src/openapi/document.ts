/**
 * An OpenAPI 3.0 or 3.1 document, parsed once with positions: YAML or JSON
 * (JSON is YAML), recognised by its top-level `openapi:` key. YAML anchors
 * and aliases are allowed here, unlike in docs pages: published documents
 * use them (WorkOS's shares examples and enum lists through them).
 */
import * as path from 'node:path';
import { DiagnosticName } from '../diagnostics/codes';
import { DiagnosticBag, SourceLocation } from '../diagnostics/diagnostic';
import { JsonValue } from '../ir/model';
import { readFastYaml } from '../load/fast-yaml';
import { lineLocator } from '../load/line-locator';
import { MAX_NESTING } from '../load/yaml-limits';
import { getPair, isAlias, isMap, isScalar, isSeq, mapPairs, scalarString, YAMLMap } from '../load/yaml-nodes';

export interface OpenApiDocument {
  /** As given to the run, with `/` separators; diagnostics use it. */
  readonly path: string;
  /** Relative to the project root; headers and `areas:` keys use it. */
  readonly name: string;
  /** The `openapi:` version, such as `3.1.1`. */
  readonly version: string;
  readonly root: YAMLMap;
  /** `components.schemas` by name, in document order. */
  readonly components: ReadonlyMap<string, { readonly keyNode: unknown; readonly node: unknown }>;
  /** Where `components.schemas` is, or the document's start. */
  readonly schemasLocation: SourceLocation;
  /** Where a node starts (the document's start for a node without a position). */
  readonly at: (node: unknown) => SourceLocation;
  /** What each alias stands for, found in one pass (the library's own lookup walks the whole document per alias). */
  readonly aliases: ReadonlyMap<unknown, unknown>;
}

/** Which code reports an unreadable document: `lint --contract` and `--specs` input say different things. */
export type UnreadableCode = Extract<DiagnosticName, 'contractUnreadable' | 'openapiUnreadable'>;

const OPENAPI_KEY = /^(?:openapi|"openapi"|'openapi')[ \t]*:/m;
const JSON_OPENAPI_KEY = /^\s*\{[\s\S]*"openapi"\s*:/;

/** Whether a spec file holds an OpenAPI document rather than a docs page: `.json`, or a top-level `openapi:` key. */
export function isOpenApiSource(file: string, text: string): boolean {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return true;
  if (ext !== '.yaml' && ext !== '.yml') return false;
  return OPENAPI_KEY.test(text) || JSON_OPENAPI_KEY.test(text.slice(0, 4096));
}

/** The document's YAML, read: its root, where an offset is, and what each alias stands for. */
export interface ParsedDocument {
  readonly contents: unknown;
  readonly locate: (offset: number) => SourceLocation;
  readonly aliases: ReadonlyMap<unknown, unknown>;
}

/** The document, or undefined with a diagnostic when it is not a readable OpenAPI 3.0/3.1 document. */
export function parseOpenApi(file: string, name: string, text: string, bag: DiagnosticBag, code: UnreadableCode = 'openapiUnreadable'): OpenApiDocument | undefined {
  const parsed = parseYaml(file, text, bag, code);
  if (!parsed) return undefined;
  const { contents: root, locate } = parsed;
  const start = { file, line: 1, column: 1 };
  const at = (node: unknown) => {
    const range = (node as { range?: number[] } | undefined)?.range;
    return range ? locate(range[0]) : start;
  };
  const versionNode = isMap(root) ? getPair(root, 'openapi')?.value : undefined;
  const version = scalarString(versionNode);
  if (!isMap(root) || version === undefined) {
    bag.add(code, `${file} has no top-level \`openapi:\` key, so it is not an OpenAPI document`, start);
    return undefined;
  }
  if (!/^3\.[01]\./.test(`${version}.`)) {
    bag.add(code, `${file} is OpenAPI ${version}; modelgen reads OpenAPI 3.0 and 3.1`, at(versionNode));
    return undefined;
  }
  const componentsNode = getPair(root, 'components')?.value;
  const schemasPair = isMap(componentsNode) ? getPair(componentsNode, 'schemas') : undefined;
  const schemas = isMap(schemasPair?.value) ? mapPairs(schemasPair?.value as YAMLMap) : [];
  const components = new Map(schemas.map(({ key, keyNode, value }) => [key, { keyNode, node: value }]));
  return { path: file, name, version, root, components, schemasLocation: schemasPair ? at(schemasPair.keyNode) : start, at, aliases: parsed.aliases };
}

/** By src/load/fast-yaml.ts when it can, else by `yaml` (document-yaml.ts), which then says what is wrong. */
function parseYaml(file: string, text: string, bag: DiagnosticBag, code: UnreadableCode): ParsedDocument | undefined {
  const fast = readFastYaml(text, { aliases: true });
  if (fast) {
    const position = lineLocator(fast.lineStarts);
    return { contents: fast.contents, aliases: fast.aliases, locate: (offset) => ({ file, ...position(offset) }) };
  }
  // Loaded only here: a document the fast reader reads needs none of the `yaml` library.
  const { parseOpenApiYaml } = require('./document-yaml') as typeof import('./document-yaml');
  return parseOpenApiYaml(file, text, bag, code);
}

/** An alias stands for the node its anchor names. */
export function resolveAlias(doc: OpenApiDocument, node: unknown): unknown {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 100; hops++) current = doc.aliases.get(current);
  return current;
}

/** Values an `example` or extension may expand to through aliases before it is left out: an alias bomb stops here. */
export const MAX_JSON_VALUES = 100_000;

/** A node as JSON, aliases followed; undefined when it would expand past MAX_JSON_VALUES values (or nest past MAX_NESTING). */
export function nodeJson(doc: OpenApiDocument, raw: unknown): JsonValue | undefined {
  const budget = { left: MAX_JSON_VALUES };
  try {
    return toJson(doc, raw, 0, budget);
  } catch (error) {
    if (error === budget) return undefined;
    throw error;
  }
}

function toJson(doc: OpenApiDocument, raw: unknown, depth: number, budget: { left: number }): JsonValue {
  const node = resolveAlias(doc, raw);
  if (--budget.left < 0 || depth > MAX_NESTING) throw budget;
  if (isMap(node)) return Object.fromEntries(mapPairs(node).map(({ key, value }) => [key, toJson(doc, value, depth + 1, budget)]));
  if (isSeq(node)) return node.items.map((item) => toJson(doc, item, depth + 1, budget));
  if (!isScalar(node)) return null;
  const v: unknown = node.value;
  return typeof v === 'string' || typeof v === 'boolean' || v === null ? v : typeof v === 'number' ? (Number.isFinite(v) ? v : String(v)) : String(v);
}

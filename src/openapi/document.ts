/**
 * An OpenAPI 3.0 or 3.1 document, parsed once with positions: YAML or JSON
 * (JSON is YAML), recognised by its top-level `openapi:` key. YAML anchors
 * and aliases are allowed here, unlike in docs pages: published documents
 * use them (WorkOS's shares examples and enum lists through them).
 */
import * as path from 'node:path';
import { Alias, Document, isAlias, isScalar, LineCounter, Node, parseDocument, visit } from 'yaml';
import { DiagnosticName } from '../diagnostics/codes';
import { DiagnosticBag, SourceLocation } from '../diagnostics/diagnostic';
import { JsonValue } from '../ir/model';
import { endPosition } from '../load/decode-text';
import { describeCodePoint } from '../load/text-policy';
import { disallowedInScalars, excessiveNesting, findDuplicateKey, MAX_NESTING } from '../load/yaml-guards';
import { getPair, isMap, isSeq, mapPairs, scalarString, YAMLMap } from '../load/yaml-nodes';

export interface OpenApiDocument {
  /** As given to the run, with `/` separators; diagnostics use it. */
  readonly path: string;
  /** Relative to the project root; headers and `areas:` keys use it. */
  readonly name: string;
  /** The `openapi:` version, such as `3.1.1`. */
  readonly version: string;
  readonly document: Document.Parsed;
  readonly root: YAMLMap;
  /** `components.schemas` by name, in document order. */
  readonly components: ReadonlyMap<string, { readonly keyNode: unknown; readonly node: unknown }>;
  /** Where `components.schemas` is, or the document's start. */
  readonly schemasLocation: SourceLocation;
  /** Where a node starts (the document's start for a node without a position). */
  readonly at: (node: unknown) => SourceLocation;
  /** What each alias stands for, found in one pass (the library's own lookup walks the whole document per alias). */
  readonly aliases: ReadonlyMap<Alias, unknown>;
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

/** The document, or undefined with a diagnostic when it is not a readable OpenAPI 3.0/3.1 document. */
export function parseOpenApi(file: string, name: string, text: string, bag: DiagnosticBag, code: UnreadableCode = 'openapiUnreadable'): OpenApiDocument | undefined {
  // The guards docs pages have, but aliases: nesting measured before parsing (the parser recurses), duplicate keys, escaped control characters.
  const tooDeep = excessiveNesting(text);
  if (tooDeep !== undefined) {
    bag.add(code, `${file} nests more than ${MAX_NESTING} levels deep`, { file, ...endPosition(text.slice(0, tooDeep)) });
    return undefined;
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const locate = (offset: number): SourceLocation => {
    const p = lines.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const start = { file, line: 1, column: 1 };
  const at = (node: unknown) => {
    const range = (node as Node | undefined)?.range;
    return range ? locate(range[0]) : start;
  };
  if (document.errors.length > 0) {
    bag.add(code, `${file} is not valid YAML or JSON: ${document.errors[0].message.split('\n')[0]}`, locate(document.errors[0].pos[0]));
    return undefined;
  }
  const duplicate = findDuplicateKey(document);
  const escaped = disallowedInScalars(document);
  if (duplicate || escaped) {
    const message = duplicate ? `${file} is not valid YAML or JSON: a mapping has the key \`${String(duplicate.value)}\` twice` : `a string in ${file} holds ${describeCodePoint(escaped?.codePoint ?? '')}`;
    bag.add(code, message, duplicate ? at(duplicate) : locate(escaped?.offset ?? 0));
    return undefined;
  }
  const root = document.contents;
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
  return { path: file, name, version, document, root, components, schemasLocation: schemasPair ? at(schemasPair.keyNode) : start, at, aliases: aliasTargets(document) };
}

/** Each alias → the last node before it with its anchor, as YAML defines. */
function aliasTargets(document: Document.Parsed): Map<Alias, unknown> {
  const latest = new Map<string, unknown>();
  const targets = new Map<Alias, unknown>();
  visit(document, {
    Node: (_key, node) => {
      if (isAlias(node)) targets.set(node, latest.get(node.source));
      else if ((node as { anchor?: string }).anchor) latest.set((node as { anchor: string }).anchor, node);
    },
  });
  return targets;
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

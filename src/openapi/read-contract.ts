/**
 * Reads an OpenAPI 3.0 or 3.1 document (YAML or JSON; JSON is YAML) into the
 * contract model, keeping the position of every schema and property. Local
 * `$ref`s are resolved: a reference to a component schema stays a named
 * reference (so recursive schemas are finite), any other local pointer is
 * read in place, and a pointer met again while it is being read is a cycle,
 * read as `unknown` rather than followed for ever.
 */
import { LineCounter, Node, parseDocument } from 'yaml';
import { DiagnosticBag, SourceLocation } from '../diagnostics/diagnostic';
import { getPair, isMap, mapPairs, scalarString, YAMLMap } from '../load/yaml-nodes';
import { Contract, ContractSchema } from './contract';
import { SchemaReader } from './schema-reader';

/** The document, or undefined with a diagnostic when it is not a readable OpenAPI document. */
export function readContract(file: string, text: string, bag: DiagnosticBag): Contract | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const locate = (offset: number): SourceLocation => {
    const p = lines.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const start = { file, line: 1, column: 1 };
  if (doc.errors.length > 0) {
    bag.add('contractUnreadable', `${file} is not valid YAML or JSON: ${doc.errors[0].message.split('\n')[0]}`, locate(doc.errors[0].pos[0]));
    return undefined;
  }
  const root = doc.contents;
  const version = isMap(root) ? scalarString(getPair(root, 'openapi')?.value) : undefined;
  if (!isMap(root) || version === undefined) {
    bag.add('contractUnreadable', `${file} has no top-level \`openapi:\` key, so it is not an OpenAPI document`, start);
    return undefined;
  }
  if (!/^3\.[01]\./.test(`${version}.`)) {
    bag.add('contractUnreadable', `${file} is OpenAPI ${version}; modelgen reads OpenAPI 3.0 and 3.1`, locate((getPair(root, 'openapi')?.value as Node).range?.[0] ?? 0));
    return undefined;
  }
  const components = getPair(root, 'components')?.value;
  const schemasPair = isMap(components) ? getPair(components, 'schemas') : undefined;
  const schemasNode = isMap(schemasPair?.value) ? (schemasPair?.value as YAMLMap) : undefined;
  const at = (node: unknown) => locate((node as Node | undefined)?.range?.[0] ?? 0);
  const reader = new SchemaReader(root, at, bag);
  const schemas: ContractSchema[] = schemasNode ? mapPairs(schemasNode).map(({ key, keyNode, value }) => reader.component(key, at(keyNode), value)) : [];
  return { file, openapi: version, location: schemasPair ? at(schemasPair.keyNode) : start, schemas };
}

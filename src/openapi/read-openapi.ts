/**
 * The OpenAPI front end: the run's OpenAPI documents into IR models, unions
 * and enums. All documents are parsed first, so a `$ref` may point into any
 * of them; ids are unique across the run, docs pages' included.
 */
import { DiagnosticBag } from '../diagnostics/diagnostic';
import { AreaOverrides } from '../docs/normalize/area';
import { ModelSet } from '../ir/model';
import { SpecSource } from '../load/load-specs';
import { NameRegistry } from './declarations';
import { OpenApiDocument, parseOpenApi } from './document';
import { IrEmitter } from './emit-ir';
import { lintNames } from './lint-names';
import { NameOverrides, Names } from './name-overrides';
import { SchemaReader } from './schema-reader';
import { TypeBuilder } from './type-builder';

export interface OpenApiContext {
  readonly areas?: AreaOverrides;
  readonly names?: NameOverrides;
  /** The docs pages' model ids, which OpenAPI ids must not take. */
  readonly docsIds?: Iterable<string>;
}

export function readOpenApi(sources: readonly SpecSource[], context: OpenApiContext, bag: DiagnosticBag): ModelSet {
  const docs = sources.flatMap((s): OpenApiDocument[] => {
    const doc = parseOpenApi(s.path, s.name, s.text, bag);
    return doc ? [doc] : [];
  });
  const reader = new SchemaReader(docs, bag);
  // Every schema is read before any type is declared, so an alias bomb stops before it declares a type per copy.
  for (const doc of docs) reader.components(doc);
  if (reader.exhausted) return { models: [], unions: [], enums: [] };
  const decls = new TypeBuilder(reader, new NameRegistry(context.docsIds ?? []), bag).build(docs);
  const names = new Names(context.names);
  names.check(decls, bag);
  const modelSet = new IrEmitter(names, context.areas ?? new Map()).modelSet(decls);
  bag.push(...lintNames(modelSet));
  return modelSet;
}

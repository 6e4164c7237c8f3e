/**
 * Reads the `--contract` OpenAPI document into the contract model, through
 * the same reading the `--specs` front end uses (document.ts, schema-reader.ts).
 */
import { DiagnosticBag } from '../diagnostics/diagnostic';
import { Contract } from './contract';
import { contractOf } from './contract-view';
import { parseOpenApi } from './document';
import { SchemaReader } from './schema-reader';

/** The document, or undefined with a diagnostic when it is not a readable OpenAPI document. */
export function readContract(file: string, text: string, bag: DiagnosticBag): Contract | undefined {
  const doc = parseOpenApi(file, file, text, bag, 'contractUnreadable');
  return doc && contractOf(doc, new SchemaReader([doc], bag, 'contractRefUnresolved'));
}

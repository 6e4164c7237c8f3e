/**
 * WorkOS's published OpenAPI document (the pinned devDependency
 * `@workos/openapi-spec`) read through the real pipeline, as `--specs`
 * reads it: target tests render it, compile it and round-trip
 * `payloadsFor(workosModelSet())` (openapi-payloads.ts).
 */
import * as path from 'node:path';
import { Diagnostic } from '../../src/diagnostics/diagnostic';
import { formatDiagnostic } from '../../src/diagnostics/format-text';
import { ModelSet } from '../../src/ir/model';
import { readSpecs } from '../../src/pipeline';

export const WORKOS_OPENAPI = path.join(__dirname, '..', '..', 'node_modules', '@workos', 'openapi-spec', 'open-api-spec.yaml');
/** The spec's name, as headers give it: relative to the repository root. */
export const WORKOS_OPENAPI_NAME = 'node_modules/@workos/openapi-spec/open-api-spec.yaml';

let cached: { modelSet: ModelSet; diagnostics: readonly Diagnostic[] } | undefined;

/** The document's IR and the warnings reading it gave; throws (naming them) when reading it gave an error. */
export function readWorkosOpenApi(): { readonly modelSet: ModelSet; readonly diagnostics: readonly Diagnostic[] } {
  if (!cached) {
    const read = readSpecs([WORKOS_OPENAPI], () => WORKOS_OPENAPI_NAME);
    const errors = read.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(`reading the WorkOS OpenAPI document failed:\n${errors.map((d) => formatDiagnostic(d)).join('\n')}`);
    cached = read;
  }
  return cached;
}

export function workosModelSet(): ModelSet {
  return readWorkosOpenApi().modelSet;
}

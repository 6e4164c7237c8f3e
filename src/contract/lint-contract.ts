/**
 * `lint --contract`: every docs model against the contract schema it stands
 * for. Findings are located in the docs page; the contract's place is in
 * the message. One summary line covers the schemas no page documents.
 */
import { Diagnostic, diagnostic } from '../diagnostics/diagnostic';
import { ModelSet } from '../ir/model';
import { list } from '../docs/normalize/lint';
import { Contract } from '../openapi/contract';
import { compareEnums } from './compare-enums';
import { compareFields } from './compare-fields';
import { compareTypes } from './compare-types';
import { matchSchemas } from './match-schemas';

/** Schema names the summary line shows before `...`. */
const SUMMARY_NAMES = 5;

export function lintAgainstContract(modelSet: ModelSet, contract: Contract, contractNames: Readonly<Record<string, string>>): Diagnostic[] {
  const matches = matchSchemas(modelSet.models, contract, contractNames);
  const schemaNames = new Map(matches.flatMap((m) => (m.schema ? [[m.model.id, m.schema.name] as const] : [])));
  const findings: Diagnostic[] = [];
  for (const { model, schema, tried } of matches) {
    const location = model.bindings[0]?.location;
    if (!schema) {
      findings.push(diagnostic('contractSchemaMissing', `\`${model.id}\` has no schema in ${contract.file}: ${tried}`, location));
      continue;
    }
    findings.push(...compareFields(model, schema), ...compareTypes(model, schema, schemaNames), ...compareEnums(model, schema));
  }
  const documented = new Set(schemaNames.values());
  const undocumented = contract.schemas.filter((s) => !documented.has(s.name)).map((s) => `\`${s.name}\``);
  if (undocumented.length > 0) {
    const shown = undocumented.length > SUMMARY_NAMES ? `${undocumented.slice(0, SUMMARY_NAMES).join(', ')}, ...` : list(undocumented);
    const message = `${undocumented.length} of the ${contract.schemas.length} schemas in ${contract.file} are documented by no page: ${shown}`;
    findings.push(diagnostic('contractSchemasUndocumented', message, contract.location));
  }
  return findings;
}


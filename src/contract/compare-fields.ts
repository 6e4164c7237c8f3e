/**
 * Field-level findings of one docs model against its contract schema:
 * presence per language, unknown fields, optionality and nullability.
 */
import { Diagnostic, diagnostic } from '../diagnostics/diagnostic';
import { Model } from '../ir/model';
import { ReferenceLanguage } from '../ir/languages';
import { list } from '../docs/normalize/lint';
import { SPELLINGS } from '../docs/normalize/type-spellings';
import { ContractProperty, ContractSchema } from '../openapi/contract';
import { documentedBy, Documented, referenceKeys, where } from './field-views';

export function compareFields(model: Model, schema: ContractSchema): Diagnostic[] {
  const findings: Diagnostic[] = [];
  const page = model.source.path;
  const api = (p: ContractProperty) => `the API's \`${schema.name}\` (${where(p.location)})`;
  for (const property of schema.properties) {
    const field = model.fields.find((f) => f.wireName === property.wireName);
    const documented = field ? documentedBy(model, field) : [];
    const missing = model.bindings.filter((b) => !documented.some((d) => d.language === b.language));
    if (missing.length === 0) continue;
    const whereDocs = documented.length === 0 ? 'no language of the docs documents it' : `the docs lack it in ${list(missing.map((b) => b.language))}`;
    const sdkMissing = missing.some((b) => b.language !== 'curl');
    const hint = `add \`${property.wireName}\` to ${list(referenceKeys(missing.map((b) => b.language)))} in ${page}${sdkMissing ? ', unless those SDKs leave it out' : ''}`;
    findings.push(diagnostic('contractFieldMissing', `\`${model.id}\`: ${api(property)} has \`${property.wireName}\`; ${whereDocs}`, missing[0].location, hint));
  }
  for (const field of model.fields) {
    const documented = documentedBy(model, field);
    const property = schema.properties.find((p) => p.wireName === field.wireName);
    if (documented.length === 0) continue;
    if (!property) {
      findings.push(diagnostic('contractFieldUnknown', `\`${field.id}\` (wire name \`${field.wireName}\`) is not in the API's \`${schema.name}\` (${where(schema.location)})`, documented[0].property.location));
      continue;
    }
    findings.push(...optionality(field.id, property, documented, api(property), page), ...nullability(field.id, property, documented, api(property), page));
  }
  return findings;
}

function optionality(fieldId: string, property: ContractProperty, documented: readonly Documented[], api: string, page: string): Diagnostic[] {
  const differing = documented.filter((d) => d.property.optional === property.required);
  if (differing.length === 0) return [];
  const languages = list(differing.map((d) => d.language));
  const docs = property.required ? 'optional' : 'required';
  const apiSays = property.required ? 'required' : 'optional';
  const hint = property.required
    ? `remove \`optional: true\` from \`${property.wireName}\` in ${languages} in ${page}`
    : `mark \`${property.wireName}\` \`optional: true\` in ${languages} in ${page}`;
  return [diagnostic('contractOptionalityDiffers', `\`${fieldId}\` is ${docs} in ${languages}, but ${apiSays} in ${api}`, differing[0].property.location, hint)];
}

/** Only languages that can spell null are asked to; any language that says null where the API never sends it is told. */
function nullability(fieldId: string, property: ContractProperty, documented: readonly Documented[], api: string, page: string): Diagnostic[] {
  const differing = documented.filter((d) => (d.property.type.kind === 'nullable') !== property.nullable && (!property.nullable || canSpellNull(d.language)));
  if (differing.length === 0) return [];
  const languages = list(differing.map((d) => d.language));
  const message = property.nullable
    ? `\`${fieldId}\` may be null in ${api}, but not in ${languages}`
    : `\`${fieldId}\` may be null in ${languages}, but never is in ${api}`;
  const hint = property.nullable ? `spell the type of \`${property.wireName}\` nullable in ${languages} in ${page}` : `drop null from the type of \`${property.wireName}\` in ${languages} in ${page}`;
  return [diagnostic('contractNullabilityDiffers', message, differing[0].property.location, hint)];
}

function canSpellNull(language: ReferenceLanguage): boolean {
  const s = SPELLINGS[language];
  return s.nullNames.length > 0 || s.nullableGenerics.length > 0 || s.nullableMark !== 'none' || s.goForms;
}

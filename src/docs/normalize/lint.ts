/**
 * Cross-language findings on a built model: fields some languages lack, and
 * optionality the languages disagree on. Enum and reference findings are
 * reported where they arise, in normalize.
 */
import { Diagnostic, diagnostic } from '../../diagnostics/diagnostic';
import { Model, Property } from '../../ir/model';

export function lintModel(model: Model): Diagnostic[] {
  const findings: Diagnostic[] = [];
  const languages = model.bindings.map((b) => b.language);
  for (const field of model.fields) {
    const documenting = model.bindings
      .map((b) => ({ language: b.language, property: b.properties.find((p) => p.fieldId === field.id) }))
      .filter((x): x is { language: Model['bindings'][number]['language']; property: Property } => x.property !== undefined);
    const missing = languages.filter((l) => !documenting.some((d) => d.language === l));
    const first = documenting[0];
    if (!first) continue;
    if (missing.length > 0) {
      findings.push(
        diagnostic(
          'fieldMissing',
          `\`${field.id}\` is absent from ${list(missing)} (documented by ${list(documenting.map((d) => d.language))})`,
          first.property.location,
        ),
      );
    }
    const nullable = documenting.filter((d) => d.property.type.kind === 'nullable');
    const notNullable = documenting.filter((d) => d.property.type.kind !== 'nullable');
    if (nullable.length > 0 && notNullable.length > 0) {
      findings.push(
        diagnostic(
          'nullabilityDiffers',
          `\`${field.id}\` may be null in ${list(nullable.map((d) => d.language))} but not in ${list(notNullable.map((d) => d.language))}`,
          (nullable.length <= notNullable.length ? nullable : notNullable)[0].property.location,
        ),
      );
    }
    const optional = documenting.filter((d) => d.property.optional);
    const required = documenting.filter((d) => !d.property.optional);
    if (optional.length > 0 && required.length > 0) {
      const minority = optional.length <= required.length ? optional : required;
      findings.push(
        diagnostic(
          'optionalityDiffers',
          `\`${field.id}\` is optional in ${list(optional.map((d) => d.language))} but required in ${list(required.map((d) => d.language))}`,
          minority[0].property.location,
        ),
      );
    }
  }
  return findings;
}

/** `a`, `a and b`, `a, b and c`. */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

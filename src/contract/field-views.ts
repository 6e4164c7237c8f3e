/** A docs field as each language documents it, next to the contract property of the same wire name. */
import { SourceLocation } from '../diagnostics/diagnostic';
import { Field, Model, Property } from '../ir/model';
import { ReferenceLanguage } from '../ir/languages';

export interface Documented {
  readonly language: ReferenceLanguage;
  readonly property: Property;
}

/** Every binding's property for this field, in REFERENCE_LANGUAGES order. */
export function documentedBy(model: Model, field: Field): Documented[] {
  return model.bindings.flatMap((b) => {
    const property = b.properties.find((p) => p.fieldId === field.id);
    return property ? [{ language: b.language, property }] : [];
  });
}

/** `file:line:col`, as the contract's place is given inside a message. */
export function where(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/** `reference.curl`, `reference.curl and reference.python`: where in the page to add something. */
export function referenceKeys(languages: readonly ReferenceLanguage[]): string[] {
  return languages.map((l) => `reference.${l}`);
}

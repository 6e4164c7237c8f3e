/**
 * Names chosen by hand where the conventions do not give the SDK's: the
 * config's `names:` (`names: { DirectoryUser: { dotnet: DirectoryUser } }`,
 * a schema or `Schema.property` → per-language names), then the `x-`
 * extensions other generators read: `x-go-type-name` and `x-go-name` for Go
 * (oapi-codegen's), `x-enum-varnames` and `x-enumNames` for enum constants.
 */
import { DiagnosticBag, SourceLocation } from '../diagnostics/diagnostic';
import { didYouMean } from '../docs/normalize/name-keys';
import { REFERENCE_LANGUAGE_ALIASES, REFERENCE_LANGUAGES, ReferenceLanguage } from '../ir/languages';
import { JsonValue } from '../ir/model';
import { Declaration } from './declarations';

export interface NameOverride {
  /** Per language: the name and where the config gives it. */
  readonly names: ReadonlyMap<string, { readonly name: string; readonly location: SourceLocation }>;
  /** The key's place in the config. */
  readonly location: SourceLocation;
}

/** `names:` in the config: a schema name or `Schema.property` → its names. */
export type NameOverrides = ReadonlyMap<string, NameOverride>;

export class Names {
  constructor(private readonly overrides: NameOverrides = new Map()) {}

  type(decl: Declaration, language: ReferenceLanguage): string | undefined {
    const configured = this.overrides.get(decl.name)?.names.get(language)?.name;
    if (configured !== undefined || language !== 'go') return configured;
    return text(decl.schema.extensions['x-go-type-name']) ?? text(decl.schema.extensions['x-go-name']);
  }

  member(decl: Declaration, wireName: string, extensions: Readonly<Record<string, JsonValue>>, language: ReferenceLanguage): string | undefined {
    const configured = this.overrides.get(`${decl.name}.${wireName}`)?.names.get(language)?.name;
    return configured ?? (language === 'go' ? text(extensions['x-go-name']) : undefined);
  }

  /** `x-enum-varnames` (or NSwag's `x-enumNames`): one name per value, for the languages with enum constants. */
  enumMember(decl: Declaration, index: number, language: ReferenceLanguage): string | undefined {
    if (language !== 'go' && language !== 'java' && language !== 'dotnet') return undefined;
    const list = decl.schema.extensions['x-enum-varnames'] ?? decl.schema.extensions['x-enumNames'];
    return Array.isArray(list) ? text(list[index]) : undefined;
  }

  /** Every key must name a schema (or a property of one) of the run, and every language a reference language. */
  check(decls: readonly Declaration[], bag: DiagnosticBag): void {
    const byName = new Map(decls.map((d) => [d.name, d]));
    for (const [key, override] of this.overrides) {
      for (const [language, { location }] of override.names) {
        if ((REFERENCE_LANGUAGES as readonly string[]).includes(language)) continue;
        bag.add('namesLanguageUnknown', `\`names.${key}\` names the language \`${language}\`${didYouMean(language, REFERENCE_LANGUAGES, REFERENCE_LANGUAGE_ALIASES)}`, location);
      }
      if (byName.has(key)) continue;
      const dot = key.lastIndexOf('.');
      const owner = dot > 0 ? byName.get(key.slice(0, dot)) : undefined;
      const wire = key.slice(dot + 1);
      if (owner?.kind === 'model' && owner.properties.some((p) => p.wireName === wire)) continue;
      const message = owner
        ? `\`names\` names \`${key}\`, but \`${owner.name}\` has no property \`${wire}\`${didYouMean(wire, owner.kind === 'model' ? owner.properties.map((p) => p.wireName) : [])}`
        : `\`names\` names \`${key}\`, which is no schema of this run${didYouMean(dot > 0 ? key.slice(0, dot) : key, byName.keys())}`;
      bag.add('namesKeyUnknown', message, override.location);
    }
  }
}

function text(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

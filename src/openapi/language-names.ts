/**
 * The names an OpenAPI schema and its properties take in each language, by
 * that language's conventions: a contract has one name per schema and one
 * wire key per property, where docs pages spell every language's own.
 * Targets still escape reserved words and settle clashes (src/targets).
 */
import { ReferenceLanguage } from '../ir/languages';
import { goPascalCase } from '../targets/go/naming';
import { camelCase, pascalCase, snakeCase } from '../targets/naming';

/** A type's name: PascalCase everywhere, with Go's initialisms in Go (`SsoConnection` → `SSOConnection`). */
export function typeNameFor(language: ReferenceLanguage, schemaName: string): string {
  if (language === 'curl') return schemaName;
  if (language === 'go') return goPascalCase(schemaName) || schemaName;
  return pascalCase(schemaName) || schemaName;
}

/**
 * A member's name: camelCase in TypeScript, Java and PHP; PascalCase in Go
 * (with initialisms: `organization_id` → `OrganizationID`) and .NET;
 * snake_case in Python and Ruby; the wire key itself for curl.
 */
export function memberNameFor(language: ReferenceLanguage, wireName: string): string {
  const built = memberName(language, wireName);
  return built === '' ? wireName : built;
}

function memberName(language: ReferenceLanguage, wireName: string): string {
  switch (language) {
    case 'curl':
      return wireName;
    case 'js':
    case 'java':
    case 'php':
      return camelCase(wireName);
    case 'go':
      return goPascalCase(wireName);
    case 'dotnet':
      return pascalCase(wireName);
    case 'python':
    case 'ruby':
      return snakeCase(wireName);
  }
}

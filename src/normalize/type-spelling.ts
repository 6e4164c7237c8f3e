/**
 * Reads a property's `type` as a language spells it. Whether a named type is
 * an enum depends on its description, which the caller knows.
 */
export type TypeSpelling =
  | { readonly kind: 'string' }
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'enum-keyword' }
  | { readonly kind: 'named'; readonly name: string; readonly qualifier?: string };

const STRING_SPELLINGS = new Set(['string', 'str']);
const NAMED = /^(?:[A-Za-z_][A-Za-z0-9_]*(?:\.|\\|::))*[A-Za-z_][A-Za-z0-9_]*$/;

export const ACCEPTED_SPELLINGS = "string, str, String, enum, a quoted literal ('\"directory\"'), or a type name whose description is an enum";

export function parseTypeSpelling(spelling: string): TypeSpelling | undefined {
  const text = spelling.trim();
  if (STRING_SPELLINGS.has(text.toLowerCase())) return { kind: 'string' };
  if (text === 'enum') return { kind: 'enum-keyword' };
  const literal = /^"(.*)"$|^'(.*)'$/.exec(text);
  if (literal) return { kind: 'literal', value: literal[1] ?? literal[2] };
  if (NAMED.test(text)) return { kind: 'named', ...splitQualifier(text) };
  return undefined;
}

/** `directorysync.Directory` → qualifier `directorysync`, name `Directory`. */
export function splitQualifier(name: string): { name: string; qualifier?: string } {
  const match = /^(.*)(?:\.|\\|::)([^.\\:]+)$/.exec(name);
  return match ? { name: match[2], qualifier: match[1] } : { name };
}

/** A title such as `class Directory` or `WorkOS\Resource\Directory`: its qualifier, if any. */
export function titleQualifier(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const bare = title.trim().replace(/^(?:(?:public|final|abstract|class|interface|struct|record|type|enum)\s+)+/, '');
  return splitQualifier(bare).qualifier;
}

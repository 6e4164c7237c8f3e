/** Case conversions shared by the targets; each target adds its own rules on top. */

/** Splits an identifier or phrase into words: `organizationId`, `organization_id`, `HTTPServer2` alike. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

export function pascalCase(name: string): string {
  return words(name).map(capitalize).join('');
}

export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

export function snakeCase(name: string): string {
  return words(name)
    .map((w) => w.toLowerCase())
    .join('_');
}

export function kebabCase(name: string): string {
  return words(name)
    .map((w) => w.toLowerCase())
    .join('-');
}

export function screamingSnakeCase(name: string): string {
  return snakeCase(name).toUpperCase();
}

/** Appends `suffix` to a name that a language reserves; the wire name is never touched. */
export function escapeReserved(name: string, reserved: ReadonlySet<string>, suffix = '_'): string {
  return reserved.has(name) ? `${name}${suffix}` : name;
}

/** A name to hand out: `key` identifies its owner (a model id), `name` is the name as documented. */
export interface NameClaim {
  readonly key: string;
  readonly name: string;
}

/**
 * Gives every claim an identifier unique in one namespace, keyed by claim.
 * Names that escape to themselves are placed first, so a documented name is
 * never renamed because another name's escape landed on it (Ruby's `JSON`
 * becomes `JSONModel`; beside a documented `JSONModel` it becomes
 * `JSONModel2`). Any later clash gets 2, 3, ... appended. `fold` compares
 * names the way the language does (PHP class names ignore case).
 */
export function planUniqueNames(
  claims: readonly NameClaim[],
  escape: (name: string) => string,
  options: { readonly taken?: Iterable<string>; readonly fold?: (name: string) => string } = {},
): Map<string, string> {
  const fold = options.fold ?? ((name: string) => name);
  const used = new Set([...(options.taken ?? [])].map(fold));
  const result = new Map<string, string>();
  const escaped = claims.map((claim) => ({ ...claim, escaped: escape(claim.name) }));
  const place = (key: string, base: string) => {
    let name = base;
    for (let n = 2; used.has(fold(name)); n++) name = `${base}${n}`;
    used.add(fold(name));
    result.set(key, name);
  };
  for (const claim of escaped) if (claim.escaped === claim.name && !used.has(fold(claim.name)) && !result.has(claim.key)) place(claim.key, claim.name);
  for (const claim of escaped) if (!result.has(claim.key)) place(claim.key, claim.escaped);
  return result;
}

/**
 * A JSON number as a Java or C# literal: a `long` (`2L`) when it is a whole
 * number a double holds exactly, else a `double` (`0.5`, `1e+21`).
 */
export function numberLiteral(value: number): string {
  if (Number.isSafeInteger(value)) return `${value}L`;
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

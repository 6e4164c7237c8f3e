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

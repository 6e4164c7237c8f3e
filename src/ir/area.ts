/**
 * An API area (`directory-sync`, `sso`): the part of the reference a model
 * belongs to, kept as words so each language can case it its own way.
 */
export interface Area {
  /** Lowercase words: `['directory', 'sync']`. */
  readonly words: readonly string[];
  /** Where it came from: the config, the Go title's package, the reference url, or nothing (`models`). */
  readonly from: 'config' | 'go-title' | 'url' | 'default';
}

/** Words of an area name as the config and urls write it: `directory-sync`, `directory_sync`. */
export const AREA_NAME = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;

export function areaFromName(name: string, from: Area['from']): Area {
  return { words: name.split(/[-_]/), from };
}

/** No area: the docs give none. `{area}` then drops out of names with its separator (`models.{area}` → `models`). */
export const DEFAULT_AREA: Area = { words: [], from: 'default' };

export const modelArea = (model: { readonly area?: Area }): Area => model.area ?? DEFAULT_AREA;

/** The canonical spelling, as the config writes it: `directory-sync`. */
const areaName = (area: Area) => area.words.join('-');

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Each language's spelling of an area in its package, namespace or module names. */
export const AREA_CASES = {
  /** Java and Go packages: `directorysync`. */
  joined: (area: Area) => area.words.join(''),
  /** Python packages, Ruby file folders: `directory_sync`. */
  snake: (area: Area) => area.words.join('_'),
  /** .NET and PHP namespaces, Ruby modules: `DirectorySync`. */
  pascal: (area: Area) => area.words.map(capitalise).join(''),
  /** TypeScript folders: `directory-sync`. */
  kebab: areaName,
} as const;

const AREA_PLACEHOLDER = '{area}';

/** An option value with `{area}` replaced by the area cased for the language. */
export function withArea(value: string, area: Area, casing: (area: Area) => string): string {
  const cased = casing(area);
  if (cased === '') return value.replace(/(?:\.|::|\\|\/)\{area\}|\{area\}(?:\.|::|\\|\/)?/g, '');
  return value.split(AREA_PLACEHOLDER).join(cased);
}

/** Checks an option that may hold `{area}` as it will be after substitution, with a stand-in area. */
export function areaAware(validate: (value: string) => string | undefined, casing: (area: Area) => string): (value: string) => string | undefined {
  const sample = areaFromName('sample-area', 'default');
  return (value) => validate(withArea(value, sample, casing));
}

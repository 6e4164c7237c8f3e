/**
 * Which API area a model belongs to, read from the docs: the package of its
 * Go title (`directorysync.Directory`), else the section of its reference url
 * (`/reference/sso/connection` → `sso`); the config's `areas` map wins over both.
 */
import { DiagnosticBag, SourceLocation } from '../../diagnostics/diagnostic';
import { Area, AREA_NAME, areaFromName, DEFAULT_AREA } from '../../ir/area';
import { Binding } from '../../ir/model';

/** `areas:` in the config: a spec path or a model id → an area name. */
export interface AreaOverride {
  readonly area: string;
  readonly location: SourceLocation;
}

export type AreaOverrides = ReadonlyMap<string, AreaOverride>;

/** The first segment after `/reference/`, when it is a usable name. */
function urlSection(url: string | undefined): string | undefined {
  const section = /^\/?reference\/([^/?#]+)/.exec(url ?? '')?.[1]?.toLowerCase();
  return section !== undefined && AREA_NAME.test(section) ? section : undefined;
}

/**
 * The docs' area. The Go package gives the name; the url's words, when they
 * spell the same name, give its word boundaries (`directorysync` is
 * `directory-sync`), so other languages can case it.
 */
export function documentedArea(bindings: readonly Binding[]): Area {
  const section = bindings.map((b) => urlSection(b.url)).find((s) => s !== undefined);
  // Spelt as the Go target spells a package from a title (lowercase letters and digits).
  const goPackage = bindings.find((b) => b.language === 'go')?.qualifier?.split(/[./\\]/).pop()?.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (goPackage !== undefined && /^[a-z][a-z0-9]*$/.test(goPackage)) {
    const fromUrl = section !== undefined ? areaFromName(section, 'go-title') : undefined;
    return fromUrl && fromUrl.words.join('') === goPackage ? fromUrl : areaFromName(goPackage, 'go-title');
  }
  return section !== undefined ? areaFromName(section, 'url') : DEFAULT_AREA;
}

/** The config's area for a model: by model id first, then by its spec's path. */
export function overriddenArea(overrides: AreaOverrides, modelId: string, specPath: string): Area | undefined {
  const found = overrides.get(modelId) ?? overrides.get(specPath);
  return found && areaFromName(found.area, 'config');
}

/** Every `areas` key must name a spec of the run or a model id: a misspelt key would silently change nothing. */
export function checkOverrides(overrides: AreaOverrides, modelIds: ReadonlySet<string>, specPaths: ReadonlySet<string>, bag: DiagnosticBag): void {
  for (const [key, { location }] of overrides) {
    if (modelIds.has(key) || specPaths.has(key)) continue;
    bag.add('areaKeyUnknown', `\`areas\` names \`${key}\`, which is neither a spec of this run nor a model id`, location);
  }
}

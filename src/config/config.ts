/**
 * `modelgen.config.yaml`: defaults for a repository's runs. The file is
 * checked against its JSON Schema (src/schema/config-schema.ts), so an
 * unknown key or a wrong type is a diagnostic with its position; target
 * options then get their own checks. Paths in it are relative to the config
 * file's folder; absolute ones are taken as they are.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticBag, SourceLocation } from '../diagnostics/diagnostic';
import { endPosition } from '../load/decode-text';
import { AreaOverride } from '../docs/normalize/area';
import { NameOverride } from '../openapi/name-overrides';
import { CONFIG_KEY_ALIASES, configSchema } from '../schema/config-schema';
import { validateNode } from '../schema/json-schema';
import { COMMON_TARGET_OPTIONS, findTarget } from '../targets/registry';
import { findConfigFile } from './project-root';
import { readFastYaml } from '../load/fast-yaml';
import { describeNode, isMap, isSeq, locationOf, mapPairs, scalarString, YAMLMap } from '../load/yaml-nodes';

export interface Config {
  /** The file read, relative to the working folder unless given absolute. */
  readonly file?: string;
  /** Absolute, like `out` and `templates`. */
  readonly specs?: readonly string[];
  readonly out?: string;
  readonly languages?: readonly string[];
  readonly templates?: string;
  /** The API's OpenAPI document that `lint` checks the docs against. */
  readonly contract?: string;
  /** Docs model id → contract schema name, where neither the `object` const nor the PascalCase id finds it. */
  readonly contractNames?: Readonly<Record<string, string>>;
  /** Where the input-hash cache lives (default: see src/cache/cache-location.ts). */
  readonly cacheDir?: string;
  /** Per-target options (`package`, `namespace`, `dir`, ...), by target name. */
  readonly targets: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** `areas`: by model id or spec name (relative to the config file's folder, as spec names in headers are). */
  readonly areas?: ReadonlyMap<string, AreaOverride>;
  /** `names`: per-language names of OpenAPI schemas and properties (`DirectoryUser`, `DirectoryUser.idp_id`). */
  readonly names?: ReadonlyMap<string, NameOverride>;
}

/**
 * Reads the config: the given file (relative to `cwd`), else the nearest
 * `modelgen.config.yaml` or `.yml` in `cwd` or a folder above it.
 */
export function loadConfig(explicit: string | undefined, cwd: string, bag: DiagnosticBag): Config {
  const found = explicit === undefined ? findConfigFile(cwd) : undefined;
  // Named relative to the working folder in messages, like every other path.
  const file = explicit ?? (found && path.relative(cwd, found));
  if (!file) return { targets: {} };
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch {
    bag.add('configInvalid', `cannot read config file '${file}'`, undefined, 'check the --config path');
    return { targets: {} };
  }
  return parseConfig(file, text, bag, path.dirname(path.resolve(cwd, file)));
}

/** `base` is the folder the config's paths are relative to: its own. */
export function parseConfig(file: string, text: string, bag: DiagnosticBag, base = path.resolve(path.dirname(file))): Config {
  const contents = readFastYaml(text, { aliases: false })?.contents ?? parseWithYaml(file, text, bag);
  if (contents === undefined || contents === null) return { file, targets: {} };
  const start = { file, line: 1, column: 1 };
  const at = (node: unknown) => locationOf(node, (offset) => ({ file, ...endPosition(text.slice(0, offset)) }), start);
  const problems = validateNode(contents, configSchema(), 'the config', at, { aliases: CONFIG_KEY_ALIASES });
  for (const p of problems) bag.add('configInvalid', p.message, p.location);
  if (problems.length > 0 || !isMap(contents)) return { file, targets: {} };

  const config: { -readonly [K in keyof Config]: Config[K] } = { file, targets: {} };
  for (const { key, value } of mapPairs(contents)) {
    const list = isSeq(value) ? value.items.map((i) => scalarString(i) ?? '') : [scalarString(value) ?? ''];
    if (key === 'specs') config.specs = list.map((p) => path.resolve(base, p));
    else if (key === 'languages') config.languages = list;
    else if (key === 'out' || key === 'templates' || key === 'contract' || key === 'cacheDir') config[key] = path.resolve(base, list[0]);
    else if (key === 'contractNames' && isMap(value)) config.contractNames = Object.fromEntries(mapPairs(value).map((p) => [p.key, scalarString(p.value) ?? '']));
    else if (key === 'targets' && isMap(value)) config.targets = readTargetOptions(value, at, bag);
    else if (key === 'areas' && isMap(value)) config.areas = readAreas(value, at);
    else if (key === 'names' && isMap(value)) config.names = readNames(value, at);
  }
  return config;
}

/**
 * The config's contents by the `yaml` library, for a config too elaborate
 * for src/load/fast-yaml.ts (and for every broken one: `yaml` says what is wrong).
 * Undefined when there is an error, which is in `bag`.
 */
function parseWithYaml(file: string, text: string, bag: DiagnosticBag): unknown {
  // Loaded only here: most configs never need it.
  const { excessiveNesting, MAX_NESTING } = require('../load/yaml-guards') as typeof import('../load/yaml-guards');
  const { LineCounter, parseDocument } = require('yaml') as typeof import('yaml');
  const tooDeep = excessiveNesting(text);
  if (tooDeep !== undefined) {
    bag.add('configInvalid', `the YAML nests more than ${MAX_NESTING} levels deep`, { file, ...endPosition(text.slice(0, tooDeep)) });
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  for (const error of doc.errors) {
    const p = lines.linePos(error.pos[0]);
    bag.add('configInvalid', `invalid YAML: ${error.message.split('\n')[0]}`, { file, line: p.line, column: p.col });
  }
  return doc.errors.length > 0 ? undefined : doc.contents;
}

/**
 * A key with a spec file's extension is a path relative to the config file,
 * which is the project root spec names are relative to (`specs/sso.mdx`);
 * any other key is a model id.
 */
function readAreas(node: YAMLMap, at: (n: unknown) => SourceLocation): Map<string, AreaOverride> {
  const areas = new Map<string, AreaOverride>();
  for (const { key, keyNode, value } of mapPairs(node)) {
    const name = /\.(?:ya?ml|mdx?|json)$/.test(key) ? path.posix.normalize(key.split('\\').join('/')) : key;
    areas.set(name, { area: scalarString(value) ?? '', location: at(keyNode) });
  }
  return areas;
}

/** The schema has checked the shape; which schemas and languages the keys name is checked once the specs are read. */
function readNames(node: YAMLMap, at: (n: unknown) => SourceLocation): Map<string, NameOverride> {
  const names = new Map<string, NameOverride>();
  for (const { key, keyNode, value } of mapPairs(node)) {
    const languages = isMap(value) ? mapPairs(value).map((p) => [p.key, { name: scalarString(p.value) ?? '', location: at(p.keyNode) }] as const) : [];
    names.set(key, { names: new Map(languages), location: at(keyNode) });
  }
  return names;
}

/** The schema has checked names and types; here each option's own rules apply. */
function readTargetOptions(node: YAMLMap, at: (n: unknown) => SourceLocation, bag: DiagnosticBag) {
  const result: Record<string, Record<string, string>> = {};
  for (const { key: name, value } of mapPairs(node)) {
    const target = findTarget(name);
    if (!target || !isMap(value)) continue;
    const options: Record<string, string> = {};
    for (const option of mapPairs(value)) {
      const spec = [...COMMON_TARGET_OPTIONS, ...target.options].find((o) => o.key === option.key);
      const text = scalarString(option.value) ?? describeNode(option.value);
      const problem = spec && 'validate' in spec && spec.validate ? spec.validate(text) : undefined;
      if (problem) bag.add('configInvalid', `\`targets.${name}.${option.key}\`: ${problem}`, at(option.value));
      else options[option.key] = text;
    }
    result[name] = options;
  }
  return result;
}

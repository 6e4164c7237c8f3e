/**
 * The JSON Schema of `modelgen.config.yaml`, built from the declarations of
 * the config keys and of every target's options, so it cannot drift from
 * them. `npm run schemas` writes it to `schemas/`; a test keeps that file in sync.
 */
import { COMMON_TARGET_OPTIONS, LANGUAGE_ALIASES, TARGETS } from '../targets/registry';
import { AREA_NAME } from '../ir/area';
import { JsonSchema } from './json-schema';

/** The config's top-level keys and what they mean. */
export const TOP_LEVEL_KEYS = {
  $schema: 'the JSON Schema editors use to check this file',
  specs: 'spec files or folders (a string or a list)',
  out: 'the output folder',
  languages: 'targets to generate (a list)',
  templates: 'a folder whose files override the built-in templates',
  targets: 'per-language options, by target name',
  areas: 'API areas by spec path (relative to this file) or model id, overriding the area read from the docs: `specs/sso.mdx: sso`',
  contract: "the API's OpenAPI 3.0/3.1 document that `lint` checks the docs against",
  contractNames: 'contract schema names by docs model id, where the `object` const and the PascalCase id do not find the schema',
  names: 'per-language names for OpenAPI schemas and properties, where the conventions do not give the SDK\'s: `DirectoryUser: { dotnet: DirectoryUser }`, `DirectoryUser.idp_id: { go: IdpID }`',
  cacheDir: 'where the input-hash cache lives (default: node_modules/.cache/modelgen above the project, else $XDG_CACHE_HOME/modelgen)',
} as const;

/** Names users reach for that no spelling distance finds: other tools' words for the config's keys, and the languages' other names. */
export const CONFIG_KEY_ALIASES: Readonly<Record<string, string>> = {
  output: 'out',
  outdir: 'out',
  output_dir: 'out',
  input: 'specs',
  template: 'templates',
  langs: 'languages',
  lang: 'languages',
  ...LANGUAGE_ALIASES,
};

const path: JsonSchema = { type: 'string', minLength: 1 };

export function configSchema(): JsonSchema {
  const targetNames = TARGETS.map((t) => t.name);
  const targets = Object.fromEntries(
    TARGETS.map((target) => [
      target.name,
      {
        type: 'object',
        description: `Options of the ${target.name} target.`,
        additionalProperties: false,
        properties: Object.fromEntries(
          [...COMMON_TARGET_OPTIONS, ...target.options].map((o) => [
            o.key,
            { type: 'string', minLength: 1, description: 'default' in o && o.default !== '' ? `${o.description} (default: ${o.default})` : o.description } as JsonSchema,
          ]),
        ),
      } as JsonSchema,
    ]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'modelgen.config.schema.json',
    title: 'modelgen configuration',
    description: 'Defaults for modelgen runs in this repository; command-line flags win over them.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: TOP_LEVEL_KEYS.$schema },
      specs: { description: TOP_LEVEL_KEYS.specs, anyOf: [path, { type: 'array', items: path }] },
      out: { ...path, description: TOP_LEVEL_KEYS.out },
      languages: { type: 'array', description: TOP_LEVEL_KEYS.languages, items: { type: 'string', enum: targetNames } },
      templates: { ...path, description: TOP_LEVEL_KEYS.templates },
      targets: { type: 'object', description: TOP_LEVEL_KEYS.targets, additionalProperties: false, properties: targets },
      areas: {
        type: 'object',
        description: TOP_LEVEL_KEYS.areas,
        additionalProperties: { type: 'string', pattern: AREA_NAME.source, description: 'an area name: lowercase words joined by `-` or `_` (`directory-sync`)' },
      },
      contract: { ...path, description: TOP_LEVEL_KEYS.contract },
      contractNames: { type: 'object', description: TOP_LEVEL_KEYS.contractNames, additionalProperties: { type: 'string', minLength: 1 } },
      names: {
        type: 'object',
        description: TOP_LEVEL_KEYS.names,
        additionalProperties: {
          type: 'object',
          description: 'a language (curl, js, go, java, python, ruby, php, dotnet) → the name in it',
          additionalProperties: { type: 'string', minLength: 1 },
        },
      },
      cacheDir: { ...path, description: TOP_LEVEL_KEYS.cacheDir },
    },
  };
}

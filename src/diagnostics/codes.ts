/**
 * Every diagnostic modelgen can report, declared once. The code is stable
 * (scripts and docs refer to it); the hint tells the user how to fix it.
 */
export type Severity = 'error' | 'warning';

export interface DiagnosticKind {
  readonly code: string;
  readonly severity: Severity;
  readonly hint: string;
}

export const DIAGNOSTICS = {
  // Loading: the files themselves.
  noSpecs: {
    code: 'MG001',
    severity: 'error',
    hint: 'pass --specs with a spec file or a folder holding .yaml, .yml, .md or .mdx files',
  },
  unreadableFile: {
    code: 'MG002',
    severity: 'error',
    hint: 'check that the path exists and is readable',
  },
  yamlSyntax: {
    code: 'MG003',
    severity: 'error',
    hint: 'fix the YAML syntax; a quoted string or consistent indentation usually does it',
  },
  missingFrontMatter: {
    code: 'MG004',
    severity: 'error',
    hint: "a .md/.mdx spec starts with a '---' line, the YAML spec, and a closing '---' line",
  },
  invalidUtf8: {
    code: 'MG005',
    severity: 'error',
    hint: 'save the file as UTF-8',
  },
  nestedTooDeeply: {
    code: 'MG006',
    severity: 'error',
    hint: 'a spec nests a few levels deep; look for unclosed brackets or runaway indentation',
  },
  yamlAlias: {
    code: 'MG007',
    severity: 'error',
    hint: 'write the aliased value out in full; modelgen does not resolve YAML anchors and aliases',
  },
  textNotAllowed: {
    code: 'MG008',
    severity: 'error',
    hint: 'remove the character, or write what it stands for in words; spec text may hold any character except C0 control characters and DEL (tab and line breaks are fine), lone surrogates and U+FFFE/U+FFFF',
  },
  // Validation: the shape of one spec.
  notAMapping: {
    code: 'MG010',
    severity: 'error',
    hint: 'a spec is a YAML mapping with `descriptions` and `reference`',
  },
  missingReference: {
    code: 'MG011',
    severity: 'error',
    hint: 'add a `reference` mapping with one list of model entries per language (curl, js, go, ...)',
  },
  unknownLanguage: {
    code: 'MG012',
    severity: 'error',
    hint: 'reference languages are curl, js, go, java, python, ruby, php and dotnet',
  },
  wrongType: {
    code: 'MG013',
    severity: 'error',
    hint: 'see the spec format in the README',
  },
  missingKey: {
    code: 'MG014',
    severity: 'error',
    hint: 'give the entry the missing key',
  },
  badDescriptionReference: {
    code: 'MG015',
    severity: 'error',
    hint: 'write the reference as `(model.field)` or `(model.field.variant)`',
  },
  unsafeName: {
    code: 'MG016',
    severity: 'error',
    hint: 'ids, keys and the package in a title become file and folder names; use plain names of at most 200 bytes, without `..`, `/`, `\\` or control characters',
  },
  unknownSpecKey: {
    code: 'MG017',
    severity: 'error',
    hint: 'a model entry has url, key, id, title and properties; a property has key, type, optional, deprecated and description',
  },
  // Normalisation: across specs and languages.
  unresolvedReference: {
    code: 'MG020',
    severity: 'error',
    hint: 'add the text under `descriptions`, or correct the reference',
  },
  duplicateModel: {
    code: 'MG021',
    severity: 'error',
    hint: 'each model id may be defined by one spec of a run; remove or rename one of them',
  },
  duplicateProperty: {
    code: 'MG022',
    severity: 'error',
    hint: 'a language documents each member once; remove the duplicate',
  },
  unknownType: {
    code: 'MG023',
    severity: 'error',
    hint: 'use a string type, `enum`, a quoted literal such as \'"directory"\', or a type whose description is an enum',
  },
  missingModel: {
    code: 'MG025',
    severity: 'error',
    hint: "define that model in a spec of this run (its `key` for this language must match), or describe the field as an enum",
  },
  modelMissingInLanguage: {
    code: 'MG024',
    severity: 'warning',
    hint: 'document the model for that language too, or ignore if the SDK does not have it',
  },
  // Lint findings: the docs disagree with themselves. Never fatal.
  fieldMissing: {
    code: 'MG101',
    severity: 'warning',
    hint: 'document the field in every SDK that has it, or confirm the SDK lacks it',
  },
  optionalityDiffers: {
    code: 'MG102',
    severity: 'warning',
    hint: 'make `optional` agree across languages unless the SDKs really differ',
  },
  referenceRelinked: {
    code: 'MG103',
    severity: 'warning',
    hint: 'point the description reference at the field the property is named after',
  },
  wireNameInferred: {
    code: 'MG104',
    severity: 'warning',
    hint: 'document the field in the `curl` reference so its wire name is explicit',
  },
  enumMemberInferred: {
    code: 'MG105',
    severity: 'warning',
    hint: 'add the wire value to the `lowercase` list of the description',
  },
  enumMemberApproximate: {
    code: 'MG106',
    severity: 'warning',
    hint: 'spell the member like its wire value so the match is exact',
  },
  enumMemberSanitized: {
    code: 'MG107',
    severity: 'warning',
    hint: 'write enum member names as identifiers',
  },
  enumMemberUnlisted: {
    code: 'MG108',
    severity: 'warning',
    hint: 'list the wire value in every variant that names the enum\'s members',
  },
  nullabilityDiffers: {
    code: 'MG109',
    severity: 'warning',
    hint: 'spell the type as nullable in every language whose SDK accepts null (`T | null`, `*T`, `Optional[T]`, `?T`, `T?`), where the language can say so',
  },
  // Contract findings (`lint --contract`): the docs disagree with the API's OpenAPI document.
  contractFieldMissing: {
    code: 'MG110',
    severity: 'warning',
    hint: 'document the field the API sends, or confirm the SDK leaves it out',
  },
  contractFieldUnknown: {
    code: 'MG111',
    severity: 'warning',
    hint: 'remove the field, correct its wire name, or add it to the API contract',
  },
  contractOptionalityDiffers: {
    code: 'MG112',
    severity: 'warning',
    hint: 'make `optional` match the contract\'s `required` list',
  },
  contractNullabilityDiffers: {
    code: 'MG113',
    severity: 'warning',
    hint: 'spell the type nullable where the API may send null, and not where it never does',
  },
  contractTypeDiffers: {
    code: 'MG114',
    severity: 'warning',
    hint: 'give the property the type the contract gives the field',
  },
  contractEnumValuesMissing: {
    code: 'MG115',
    severity: 'warning',
    hint: 'list every value the API sends in the description variant',
  },
  contractEnumValuesUnknown: {
    code: 'MG116',
    severity: 'warning',
    hint: 'remove the values the API never sends, or add them to the contract',
  },
  contractSchemaMissing: {
    code: 'MG117',
    severity: 'warning',
    hint: 'map the model to a schema with `contractNames` in the config, or add the schema to the contract',
  },
  contractSchemasUndocumented: {
    code: 'MG118',
    severity: 'warning',
    hint: 'document those schemas in a spec, or ignore this if the docs cover only part of the API',
  },
  // Configuration, templates and output.
  configInvalid: {
    code: 'MG201',
    severity: 'error',
    hint: 'see the configuration section of the README for the accepted keys',
  },
  unknownTarget: {
    code: 'MG202',
    severity: 'error',
    hint: 'targets are typescript, go, java, python, ruby, php and dotnet',
  },
  templateError: {
    code: 'MG203',
    severity: 'error',
    hint: 'fix the template; `modelgen ir` shows the data the templates receive',
  },
  notGenerated: {
    code: 'MG204',
    severity: 'error',
    hint: 'modelgen only replaces files it generated; move the file away or choose another --out',
  },
  unsafePath: {
    code: 'MG205',
    severity: 'error',
    hint: 'names that become paths must not contain `..`, `/`, `\\` or be absolute',
  },
  outputConflict: {
    code: 'MG206',
    severity: 'error',
    hint: 'two models render to the same file; give them different names or packages',
  },
  outputUnreadable: {
    code: 'MG207',
    severity: 'error',
    hint: 'modelgen writes a file at that path; move whatever is in the way, or fix its permissions',
  },
  writeFailed: {
    code: 'MG208',
    severity: 'error',
    hint: 'fix the cause (permissions, disk space) and run `modelgen generate` again: files already replaced are complete, the rest are untouched',
  },
  targetCannotRender: {
    code: 'MG209',
    severity: 'error',
    hint: 'change the target options so the models can be rendered together',
  },
  cacheWriteFailed: {
    code: 'MG210',
    severity: 'error',
    hint: 'the generated files are written and correct; fix the cause (disk space, permissions), choose another --cache-dir, or pass --no-cache',
  },
  templateUnusable: {
    code: 'MG211',
    severity: 'error',
    hint: 'a template is a readable plain file inside the --templates folder; remove or fix what is in its place',
  },
  headerMissing: {
    code: 'MG212',
    severity: 'error',
    hint: 'start the template with `{{header}}` (as the built-in one does): modelgen recognises its own files by that header, and refuses to replace files without it',
  },
  templatesMissing: {
    code: 'MG215',
    severity: 'error',
    hint: 'point --templates (or `templates` in the config) at a folder holding <lang>/<file>.hbs overrides; `modelgen templates eject` makes one',
  },
  areaKeyUnknown: {
    code: 'MG213',
    severity: 'error',
    hint: 'key `areas` by a spec path (relative to the config file, as `specs` lists it) or by a model `id`',
  },
  contractUnreadable: {
    code: 'MG220',
    severity: 'error',
    hint: 'pass an OpenAPI 3.0 or 3.1 document (YAML or JSON with a top-level `openapi:` key) to --contract or `contract:`',
  },
  contractRefUnresolved: {
    code: 'MG221',
    severity: 'error',
    hint: 'point the `$ref` at a schema the document defines, such as `#/components/schemas/Name`',
  },
} as const satisfies Record<string, DiagnosticKind>;

export type DiagnosticName = keyof typeof DIAGNOSTICS;

/** The OpenAPI front end on small hand-written documents (test/fixtures/openapi/), one mapping rule per test. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic';
import { formatDiagnostic } from '../../src/diagnostics/format-text';
import { ModelSet, Property } from '../../src/ir/model';
import { readSources, readSpecs } from '../../src/pipeline';
import { MAX_SCHEMA_READS } from '../../src/openapi/schema-reader';
import { parseConfig } from '../../src/config/config';
import { integrityProblems } from '../support/ir-integrity';
import { REPO_ROOT } from '../support/render';

const FIXTURES = 'test/fixtures/openapi';
const read = (files: readonly string[], names?: Parameters<typeof readSpecs>[3]) => {
  const result = readSpecs(files.map((f) => (f.startsWith('specs/') ? f : `${FIXTURES}/${f}`)), undefined, undefined, names);
  return { ...result, messages: result.diagnostics.map((d) => formatDiagnostic(d).split('\n')[0]) };
};
const find = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const found = list.find((m) => m.id === id);
  if (!found) throw new Error(`no ${id} among ${list.map((m) => m.id).join(', ')}`);
  return found;
};
const wire = <B>(m: { readonly bindings: readonly B[] }): B => m.bindings[0];
const prop = (set: ModelSet, id: string, wireName: string): Property => find(set.models, id).bindings[0].properties.find((p) => p.wireName === wireName) as Property;

const v31 = read(['mapping-31.yaml']);
const v30 = read(['mapping-30.yaml']);

test('the documents read without a finding, and the IR holds together', () => {
  expect([...v31.messages, ...v30.messages]).toEqual([]);
  expect(integrityProblems(v31.modelSet)).toEqual([]);
  expect(integrityProblems(v30.modelSet)).toEqual([]);
});

test('a component object is a model with every language\'s names; required keys are not optional', () => {
  const directory = find(v31.modelSet.models, 'directory');
  expect(directory.bindings.map((b) => [b.language, b.name, b.properties.find((p) => p.wireName === 'created_at')?.name])).toEqual([
    ['curl', 'Directory', 'created_at'],
    ['js', 'Directory', 'createdAt'],
    ['go', 'Directory', 'CreatedAt'],
    ['java', 'Directory', 'createdAt'],
    ['python', 'Directory', 'created_at'],
    ['ruby', 'Directory', 'created_at'],
    ['php', 'Directory', 'createdAt'],
    ['dotnet', 'Directory', 'CreatedAt'],
  ]);
  expect(directory.fields.filter((f) => !f.optional).map((f) => f.wireName)).toEqual(['object', 'id', 'metadata', 'state']);
  expect(directory).toMatchObject({ description: 'A directory.', source: { path: `${FIXTURES}/mapping-31.yaml`, name: `${FIXTURES}/mapping-31.yaml` } });
  expect(wire(directory).location).toEqual({ file: `${FIXTURES}/mapping-31.yaml`, line: 5, column: 5 });
  expect(prop(v31.modelSet, 'directory', 'created_at').location).toEqual({ file: `${FIXTURES}/mapping-31.yaml`, line: 14, column: 9 });
});

test('const of every scalar kind is a literal; formats, readOnly, writeOnly, deprecated, description and example are carried', () => {
  const p = (w: string) => prop(v31.modelSet, 'directory', w);
  expect([p('object').type, p('version').type, p('enabled').type]).toEqual([
    { kind: 'literal', value: 'directory' },
    { kind: 'literal', value: 2 },
    { kind: 'literal', value: true },
  ]);
  expect(['created_at', 'day', 'size', 'ratio', 'email', 'homepage'].map((w) => p(w).type)).toEqual([
    { kind: 'string', format: 'date-time' },
    { kind: 'string', format: 'date' },
    { kind: 'integer', format: 'int64' },
    { kind: 'number', format: 'double' },
    { kind: 'string', format: 'email' },
    { kind: 'string', format: 'uri' },
  ]);
  expect(p('id')).toMatchObject({ readOnly: true, example: 'directory_01' });
  expect(p('secret').writeOnly).toBe(true);
  expect(p('legacy').deprecated).toBe(true);
  expect(p('created_at').description).toBe('When it was created.');
  expect(find(v31.modelSet.models, 'deprecated_thing')).toMatchObject({ deprecated: true, example: { name: 'old' } });
});

test('maps: additionalProperties as a schema, as true, as {}, and patternProperties; {} alone is any', () => {
  const p = (w: string) => prop(v31.modelSet, 'directory', w).type;
  expect([p('labels'), p('extra'), p('patterned'), p('anything')]).toEqual([
    { kind: 'map', values: { kind: 'string' } },
    { kind: 'map', values: { kind: 'any' } },
    { kind: 'map', values: { kind: 'integer' } },
    { kind: 'any' },
  ]);
});

test('nullable in both dialects: 3.1 `type: [T, null]`, oneOf/anyOf with `{type: null}`, `null` among enum values; 3.0 `nullable: true`', () => {
  const p = (w: string) => prop(v31.modelSet, 'nulls', w).type;
  expect([p('typed'), p('one'), p('any'), p('plain')]).toEqual([
    { kind: 'nullable', inner: { kind: 'string' } },
    { kind: 'nullable', inner: { kind: 'model', modelId: 'directory', name: 'Directory' } },
    { kind: 'nullable', inner: { kind: 'boolean' } },
    { kind: 'string' },
  ]);
  expect(p('listed')).toEqual({ kind: 'nullable', inner: { kind: 'model', modelId: 'nulls_listed', name: 'NullsListed', modelKind: 'enum' } });
  expect(find(v31.modelSet.enums, 'nulls_listed').values).toEqual(['a', 'b']);
  expect(prop(v30.modelSet, 'pet', 'nickname').type).toEqual({ kind: 'nullable', inner: { kind: 'string' } });
  expect(prop(v30.modelSet, 'pet', 'friend').type).toEqual({ kind: 'nullable', inner: { kind: 'model', modelId: 'cat', name: 'Cat' } });
});

test('allOf merges into one model: properties in order, any member\'s `required` applying to every member\'s properties', () => {
  const merged = find(v31.modelSet.models, 'merged');
  expect(merged.fields.map((f) => [f.wireName, f.optional])).toEqual([['taken', false], ['kind', false]]);
  expect(merged.description).toBe('Everything a directory has, and a kind.');
});

test('inline objects, list items, enums and unions are named from their path; a name already taken gets 2', () => {
  const p = (w: string) => prop(v31.modelSet, 'directory', w).type;
  // `DirectoryMetadata` is a component, so the inline `Directory.metadata` becomes `DirectoryMetadata2`.
  expect(p('metadata')).toEqual({ kind: 'model', modelId: 'directory_metadata2', name: 'DirectoryMetadata2' });
  expect(p('tags')).toEqual({ kind: 'list', items: { kind: 'model', modelId: 'directory_tags_item', name: 'DirectoryTagsItem' } });
  expect(p('state')).toEqual({ kind: 'model', modelId: 'directory_state', name: 'DirectoryState', modelKind: 'enum' });
  expect(p('owner')).toEqual({ kind: 'model', modelId: 'directory_owner', name: 'DirectoryOwner', modelKind: 'union' });
  expect(wire(find(v31.modelSet.unions, 'directory_owner')).variants.map((v) => [v.id, v.type.kind])).toEqual([['string', 'string'], ['integer', 'integer']]);
  expect(find(v31.modelSet.enums, 'directory_state').values).toEqual(['linked', 'unlinked']);
});

test('a component that is only a scalar or a list is an alias, written out where it is used', () => {
  expect(find(v31.modelSet.models, 'tagged').bindings[0].properties.map((p) => p.type)).toEqual([
    { kind: 'string', format: 'slug' },
    { kind: 'list', items: { kind: 'string', format: 'slug' } },
  ]);
  expect([...v31.modelSet.models, ...v31.modelSet.unions, ...v31.modelSet.enums].some((m) => m.id === 'slug' || m.id === 'slugs')).toBe(false);
});

test('a model that contains itself, directly and through a list', () => {
  expect(['parent', 'children'].map((w) => prop(v31.modelSet, 'tree', w).type)).toEqual([
    { kind: 'model', modelId: 'tree', name: 'Tree' },
    { kind: 'list', items: { kind: 'model', modelId: 'tree', name: 'Tree' } },
  ]);
});

test('a string enum component is an EnumModel; x-enum-varnames names the members of the languages with enum constants', () => {
  const color = find(v31.modelSet.enums, 'color');
  expect(color.values).toEqual(['red', 'green', 'in_between']);
  expect(color.bindings.map((b) => [b.language, b.members.map((m) => m.name).join(',')])).toEqual([
    ['curl', 'red,green,in_between'],
    ['js', 'red,green,in_between'],
    ['go', 'Red,Green,InBetween'],
    ['java', 'Red,Green,InBetween'],
    ['python', 'red,green,in_between'],
    ['ruby', 'red,green,in_between'],
    ['php', 'red,green,in_between'],
    ['dotnet', 'Red,Green,InBetween'],
  ]);
});

test('x-go-name renames a Go member only', () => {
  expect(find(v31.modelSet.models, 'deprecated_thing').bindings.map((b) => b.properties[0].name)).toEqual(['name', 'name', 'Title', 'name', 'name', 'name', 'name', 'Name']);
});

test('a document\'s discriminator with a mapping: tags from the mapping (a name or a $ref), else the component\'s name', () => {
  const animal = find(v30.modelSet.unions, 'animal');
  expect(animal.discriminator).toEqual({ wireName: 'kind', from: 'discriminator' });
  expect(wire(animal).variants.map((v) => [v.id, v.tags])).toEqual([['cat', ['cat', 'kitty']], ['dog', ['Dog']]]);
});

test('an undiscriminated union of scalars keeps the document\'s order', () => {
  expect(wire(find(v30.modelSet.unions, 'scalar')).variants.map((v) => [v.id, v.type.kind, v.tags, v.requiredKeys])).toEqual([
    ['string', 'string', [], []],
    ['number', 'number', [], []],
    ['boolean', 'boolean', [], []],
  ]);
});

test('JSON input reads like YAML, positions included', () => {
  const json = read(['mapping.json']);
  expect(json.messages).toEqual([]);
  expect(prop(json.modelSet, 'widget', 'size')).toMatchObject({ type: { kind: 'nullable', inner: { kind: 'integer' } }, location: { file: `${FIXTURES}/mapping.json`, line: 11, column: 11 } });
});

test('a $ref to another document of the run, to its component and to a pointer inside it, with a cycle between the files', () => {
  const cross = read(['cross-a.yaml', 'cross-b.yaml']);
  expect(cross.messages).toEqual([]);
  expect(prop(cross.modelSet, 'order', 'customer').type).toEqual({ kind: 'model', modelId: 'customer', name: 'Customer' });
  expect(prop(cross.modelSet, 'customer', 'orders').type).toEqual({ kind: 'list', items: { kind: 'model', modelId: 'order', name: 'Order' } });
  expect(prop(cross.modelSet, 'order', 'address').type).toEqual({ kind: 'model', modelId: 'order_address', name: 'OrderAddress' });
  expect(find(cross.modelSet.models, 'customer').source.path).toBe(`${FIXTURES}/cross-b.yaml`);
});

test('the other file missing from the run is an unresolved $ref', () => {
  expect(read(['cross-a.yaml']).messages).toEqual([
    `${FIXTURES}/cross-a.yaml:9:27 - error MG031: \`$ref: cross-b.yaml#/components/schemas/Customer\` points at nothing: \`cross-b.yaml\` is not a document of this run`,
    `${FIXTURES}/cross-a.yaml:10:26 - error MG031: \`$ref: cross-b.yaml#/components/schemas/Customer/properties/address\` points at nothing: \`cross-b.yaml\` is not a document of this run`,
  ]);
});

test('every diagnostic on a document, at its file:line:col', () => {
  expect(read(['problems.yaml']).messages.sort()).toEqual(
    [
      `${FIXTURES}/problems.yaml:8:26 - error MG031: \`$ref: #/components/schemas/Missing\` points at nothing in the document`,
      `${FIXTURES}/problems.yaml:9:28 - error MG031: \`$ref: not-in-run.yaml#/components/schemas/X\` points at nothing: \`not-in-run.yaml\` is not a document of this run`,
      `${FIXTURES}/problems.yaml:12:29 - warning MG122: \`Odd\` has properties and also allows other keys; the other keys are not modelled, so reading drops them`,
      `${FIXTURES}/problems.yaml:14:16 - warning MG122: an \`enum\` of integers is read as an integer; its values are not listed in the SDKs`,
      `${FIXTURES}/problems.yaml:15:30 - warning MG122: a tuple (\`prefixItems\`) is read as a list of its \`items\` schema (any value without one)`,
      `${FIXTURES}/problems.yaml:16:16 - warning MG122: a schema here is a number, not a mapping; it is read as any JSON value`,
      `${FIXTURES}/problems.yaml:20:11 - warning MG120: variants \`variant1\` and \`variant2\` of \`Twins\` require the same keys and no \`const\` tells them apart; reading always takes \`variant1\``,
      `${FIXTURES}/problems.yaml:24:11 - warning MG120: variants \`string\` and \`string_2\` of \`Strings\` are both string; reading always takes \`string\``,
      `${FIXTURES}/problems.yaml:29:22 - warning MG120: \`Loose\` names the discriminator \`kind\`, but not every variant is an object; it is read as an undiscriminated union`,
      `${FIXTURES}/problems.yaml:39:5 - error MG032: schema \`Sso_Connection\` has the id \`sso_connection\`, which ${FIXTURES}/problems.yaml's \`SSOConnection\` already uses`,
      ...['`userId` in js', '`UserID` in go', '`userId` in java', '`user_id` in python', '`user_id` in ruby', '`userId` in php', '`UserId` in dotnet'].map(
        (n) => `${FIXTURES}/problems.yaml:34:9 - warning MG121: properties \`user_id\` and \`userId\` of \`cased\` are both named ${n}`,
      ),
    ].sort(),
  );
});

test('ids are unique across the run: a schema may not take a docs page\'s id, an inline type gets a suffix instead', () => {
  const mixed = read(['specs/directory.mdx', 'mapping-31.yaml']);
  expect(mixed.messages.filter((m) => m.includes('error'))).toEqual([`${FIXTURES}/mapping-31.yaml:5:5 - error MG032: schema \`Directory\` has the id \`directory\`, which a docs page already uses`]);
  const ok = read(['specs/directory-group.mdx', 'mapping-30.yaml']);
  expect(ok.messages.filter((m) => m.includes('error'))).toEqual([]);
  expect([...ok.modelSet.models.map((m) => m.id)]).toEqual(['directory_group', 'pet', 'cat', 'dog']);
});

describe('names: in the config', () => {
  const config = (yaml: string) => {
    const bag = new DiagnosticBag();
    const parsed = parseConfig('modelgen.config.yaml', yaml, bag, REPO_ROOT);
    expect(bag.all).toEqual([]);
    return parsed.names;
  };

  test('a schema\'s and a property\'s name for one language, the others keeping the conventions', () => {
    const names = config('names:\n  Directory: { dotnet: DirectoryInfo, go: Dir }\n  Directory.created_at: { python: created }\n');
    const renamed = read(['mapping-31.yaml'], names);
    expect(renamed.messages).toEqual([]);
    const directory = find(renamed.modelSet.models, 'directory');
    expect(directory.bindings.map((b) => b.name)).toEqual(['Directory', 'Directory', 'Dir', 'Directory', 'Directory', 'Directory', 'Directory', 'DirectoryInfo']);
    expect(directory.bindings.map((b) => b.properties.find((p) => p.wireName === 'created_at')?.name)).toEqual(['created_at', 'createdAt', 'CreatedAt', 'createdAt', 'created', 'created_at', 'createdAt', 'CreatedAt']);
    // References use the new name too.
    expect(prop(renamed.modelSet, 'nulls', 'one').type).toEqual({ kind: 'nullable', inner: { kind: 'model', modelId: 'directory', name: 'Directory' } });
    expect(find(renamed.modelSet.models, 'nulls').bindings.find((b) => b.language === 'dotnet')?.properties[1].type).toEqual({ kind: 'nullable', inner: { kind: 'model', modelId: 'directory', name: 'DirectoryInfo' } });
    expect(integrityProblems(renamed.modelSet)).toEqual([]);
  });

  test('an unknown schema, property or language is an error at the config key, with the nearest name', () => {
    const names = config('names:\n  Directroy: { go: D }\n  Directory.craeted_at: { go: C }\n  Tree: { golang: T }\n');
    expect(read(['mapping-31.yaml'], names).messages).toEqual([
      'modelgen.config.yaml:2:3 - error MG230: `names` names `Directroy`, which is no schema of this run; did you mean `Directory`?',
      'modelgen.config.yaml:3:3 - error MG230: `names` names `Directory.craeted_at`, but `Directory` has no property `craeted_at`; did you mean `created_at`?',
      'modelgen.config.yaml:4:11 - error MG231: `names.Tree` names the language `golang`; did you mean `go`?',
    ]);
  });

  test('a name that makes two schemas one type in a language is a lint finding', () => {
    const names = config('names:\n  Tree: { java: Directory }\n');
    expect(read(['mapping-31.yaml'], names).messages).toEqual([`${FIXTURES}/mapping-31.yaml:65:5 - warning MG121: schemas \`directory\` and \`tree\` are both named \`Directory\` in java`]);
  });
});

test('the reading is the same from any working folder', () => {
  const here = read(['mapping-31.yaml']).modelSet;
  const cwd = process.cwd();
  try {
    process.chdir(path.join(REPO_ROOT, FIXTURES));
    const there = readSpecs(['mapping-31.yaml'], () => `${FIXTURES}/mapping-31.yaml`).modelSet;
    expect(JSON.stringify(there).split('"file":"mapping-31.yaml"').join(`"file":"${FIXTURES}/mapping-31.yaml"`).split('"path":"mapping-31.yaml"').join(`"path":"${FIXTURES}/mapping-31.yaml"`)).toBe(JSON.stringify(here));
  } finally {
    process.chdir(cwd);
  }
});

describe('hostile documents: an error at the place, never a hang or a crash', () => {
  const readText = (text: string) => {
    const bag = new DiagnosticBag();
    const result = readSources([{ path: 'x.yaml', name: 'x.yaml', text }], bag);
    return result.diagnostics.map((d) => formatDiagnostic(d).split('\n')[0]);
  };
  const head = "openapi: 3.1.0\ninfo: { title: t, version: '1' }\ncomponents:\n  schemas:\n";

  test('an alias bomb stops at the schema budget, declaring nothing', () => {
    const bomb = read(['alias-bomb.yaml']);
    expect(bomb.messages).toEqual([`${FIXTURES}/alias-bomb.yaml:8:17 - error MG033: the OpenAPI documents expand into more than ${MAX_SCHEMA_READS} schemas (YAML aliases repeat what they name); reading stopped here`]);
    expect(bomb.modelSet.models).toEqual([]);
  });

  test('a key given twice, nesting past the limit, an escaped control character', () => {
    expect(readText(`${head}    A: { type: object }\n    A: { type: string }\n`)).toEqual(['x.yaml:6:5 - error MG030: x.yaml is not valid YAML or JSON: a mapping has the key `A` twice']);
    expect(readText(`${head}    A: ${'['.repeat(80)}${']'.repeat(80)}\n`)[0]).toMatch(/^x\.yaml:5:\d+ - error MG030: x\.yaml nests more than 64 levels deep$/);
    expect(readText(`${head}    A: { type: string, description: "bell \\u0007" }\n`)).toEqual(['x.yaml:5:37 - error MG030: a string in x.yaml holds U+0007, a control character']);
  });

  test('aliases to schemas and examples are followed (published documents use them)', () => {
    const text = `${head}    A:\n      type: object\n      properties:\n        a: &s { type: string, example: &e [1, 2] }\n        b: *s\n      example: { list: *e }\n`;
    expect(readText(text)).toEqual([]);
  });
});

test('`areas:` applies by spec name and by model id, as for docs pages; without one a model has the default area', () => {
  const at = { file: 'modelgen.config.yaml', line: 1, column: 1 };
  const areas = new Map([
    [`${FIXTURES}/mapping-30.yaml`, { area: 'pets', location: at }],
    ['cat', { area: 'felines', location: at }],
    ['doge', { area: 'x', location: at }],
  ]);
  const result = readSpecs([`${FIXTURES}/mapping-30.yaml`], undefined, areas);
  expect(['pet', 'cat'].map((id) => find(result.modelSet.models, id).area?.words)).toEqual([['pets'], ['felines']]);
  expect(find(result.modelSet.unions, 'animal').area?.words).toEqual(['pets']);
  expect(result.diagnostics.map((d) => formatDiagnostic(d).split('\n')[0])).toEqual(['modelgen.config.yaml:1:1 - error MG213: `areas` names `doge`, which is neither a spec of this run nor a model id']);
  expect(find(v30.modelSet.models, 'pet').area).toBeUndefined();
});

test('an inline type whose name a docs page\'s id has gets a suffix; a variant\'s title names it', () => {
  const text = [
    "openapi: 3.1.0",
    "info: { title: t, version: '1' }",
    'components:',
    '  schemas:',
    '    Directory:',
    '      type: object',
    '      properties:',
    '        group: { type: object, properties: { name: { type: string } } }',
    '        target:',
    '          oneOf:',
    '            - { title: By ID, type: object, required: [id], properties: { id: { type: string } } }',
    '            - { type: object, required: [slug], properties: { slug: { type: string } } }',
  ].join('\n');
  const page = readSpecs([path.join(REPO_ROOT, 'specs/directory-group.mdx')]);
  const docsSource = { path: 'specs/directory-group.mdx', name: 'specs/directory-group.mdx', text: fs.readFileSync(path.join(REPO_ROOT, 'specs/directory-group.mdx'), 'utf8') };
  const result = readSources([docsSource, { path: 'api.yaml', name: 'api.yaml', text }]);
  expect(page.modelSet.models.map((m) => m.id)).toEqual(['directory_group']);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(prop(result.modelSet, 'directory', 'group').type).toEqual({ kind: 'model', modelId: 'directory_group2', name: 'DirectoryGroup2' });
  expect(find(result.modelSet.unions, 'directory_target').bindings[0].variants.map((v) => [v.id, v.type.kind === 'model' && v.type.name])).toEqual([
    ['by_id', 'DirectoryTargetById'],
    ['slug', 'DirectoryTargetSlug'],
  ]);
});

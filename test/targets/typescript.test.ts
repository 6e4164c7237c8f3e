import * as fs from 'node:fs';
import * as path from 'node:path';
import { ModelSet } from '../../src/ir/model';
import { expectationFor, Fixture, FIXTURES_DIR, loadFixtures } from '../support/fixtures';
import { renderSpecs, REPO_ROOT, writeTemp } from '../support/render';
import { run } from '../support/toolchain';
import { loadRealPayloads } from '../support/real-payloads';
import { compareWriteBack, mutationFailures, mutations, STRICT_ERRORS_DOCUMENTING_OBJECT } from '../support/write-back';
import { modelNames } from '../../src/targets/typescript/types';

const bin = (name: string) => path.join(REPO_ROOT, 'node_modules', '.bin', name);

type Sdk = Record<string, (value: unknown) => Record<string, unknown>>;

/** The spec sets this file proves the target on, each rendered by the real pipeline into its own folder. */
const SETS = {
  seed: undefined,
  forms: ['test/specs/type-forms/type-forms.yaml'],
  page: ['specs/directory.mdx', 'test/targets/typescript/directory-page.yaml'],
  reserved: ['test/specs/hostile/reserved-keys.yaml'],
  enums: ['test/specs/hostile/enum-values.yaml'],
} as const;
type SetName = keyof typeof SETS;

const all: { dir?: string; rendered?: Record<SetName, Awaited<ReturnType<typeof renderSpecs>>>; sdk?: Record<SetName, Sdk> } = {};

beforeAll(async () => {
  const names = Object.keys(SETS) as SetName[];
  const rendered = await Promise.all(names.map((n) => renderSpecs(['typescript'], SETS[n])));
  all.rendered = Object.fromEntries(names.map((n, i) => [n, rendered[i]])) as Record<SetName, Awaited<ReturnType<typeof renderSpecs>>>;
  all.dir = writeTemp(names.flatMap((n) => all.rendered![n].files.map((f) => ({ ...f, path: `${n}/${f.path}` }))));
});

const entries = () => (Object.keys(SETS) as SetName[]).map((n) => path.join(all.dir!, n, 'typescript', 'index.ts'));

/**
 * Compiles every set in ONE tsc run (the machine is shared), to CommonJS with
 * the strictest flags a user might set, and loads each set's index in this
 * process, which is the round-trip driver. Loading through the compiled
 * CommonJS also proves the import cycles (tree_node ↔ leaf) resolve.
 */
function sdks(): Record<SetName, Sdk> {
  if (!all.sdk) {
    const outDir = path.join(all.dir!, 'js');
    const flags = ['--strict', '--noUnusedLocals', '--noUnusedParameters', '--exactOptionalPropertyTypes', '--target', 'ES2020', '--module', 'commonjs'];
    run(bin('tsc'), [...flags, '--rootDir', all.dir!, '--outDir', outDir, ...entries()]);
    const load = (n: SetName) => require(path.join(outDir, n, 'typescript', 'index.js')) as Sdk;
    all.sdk = { seed: load('seed'), forms: load('forms'), page: load('page'), reserved: load('reserved'), enums: load('enums') };
  }
  return all.sdk;
}

interface SpecSet {
  rendered(): Awaited<ReturnType<typeof renderSpecs>>;
  file(p: string): string;
  sdk(): Sdk;
}

function specSet(name: SetName): SpecSet {
  return {
    rendered: () => all.rendered![name],
    file: (p) => all.rendered![name].files.find((f) => f.path === p)?.contents ?? '',
    sdk: () => sdks()[name],
  };
}

describe('typescript output of every spec set', () => {
  test('compiles with tsc --strict --exactOptionalPropertyTypes --noUnusedLocals --noUnusedParameters', () => {
    expect(Object.keys(sdks())).toEqual(['seed', 'forms', 'page', 'reserved', 'enums']);
  });

  test('compiles as ES modules under --verbatimModuleSyntax (type-only imports are marked)', () => {
    const flags = ['--strict', '--noEmit', '--target', 'ES2020', '--module', 'esnext', '--moduleResolution', 'bundler', '--verbatimModuleSyntax'];
    run(bin('tsc'), [...flags, ...entries()]);
  });

  test('passes prettier --check unchanged', () => {
    run(bin('prettier'), ['--check', '--no-config', ...(Object.keys(SETS) as SetName[]).map((n) => path.join(all.dir!, n, 'typescript'))]);
  });

  test('renders byte-for-byte the same twice', async () => {
    const again = await renderSpecs(['typescript'], SETS.forms);
    expect(again.files).toEqual(all.rendered!.forms.files);
  });
});

/** The TypeScript type name of a fixture's model, read off the IR binding. */
function typeNameOf(modelSet: ModelSet, fixture: Fixture): string {
  const binding = modelSet.models.find((m) => m.id === fixture.modelId)?.bindings.find((b) => b.language === 'js');
  if (!binding) throw new Error(`no js binding for ${fixture.modelId}`);
  return binding.name;
}

function roundTrip(set: SpecSet, fixtures: readonly Fixture[]) {
  const sdk = set.sdk();
  for (const fixture of fixtures) {
    const name = typeNameOf(set.rendered().modelSet, fixture);
    const written = sdk[`serialize${name}`](sdk[`deserialize${name}`](fixture.payload));
    // toStrictEqual on the written object itself, not on its JSON: an absent key must not come back as `key: undefined`.
    expect({ fixture: fixture.name, json: written }).toStrictEqual({ fixture: fixture.name, json: expectationFor(set.rendered().modelSet, 'js', fixture, false).expected });
  }
}

describe('typescript target on the seed specs', () => {
  const set = specSet('seed');

  test('lays out one module per model and an index', () => {
    const paths = set.rendered().files.map((f) => f.path).sort();
    expect(paths).toEqual(['_runtime', 'directory-group', 'directory-user-email', 'directory-user-role', 'directory-user', 'directory', 'index'].map((m) => `typescript/${m}.ts`).sort());
    expect(set.file('typescript/index.ts')).toBe(
      '// Code generated by modelgen from the specs: the index of the TypeScript models. DO NOT EDIT.\n' +
        'export { ModelValidationError } from "./_runtime";\n' +
        'export * from "./directory";\nexport * from "./directory-group";\nexport * from "./directory-user";\n' +
        'export * from "./directory-user-email";\nexport * from "./directory-user-role";\n',
    );
  });

  test('emits nested models, maps of any and nullable strings', () => {
    const user = set.file('typescript/directory-user.ts');
    expect(user.split('\n')[0]).toBe('// Code generated by modelgen from specs/directory-user.mdx. DO NOT EDIT.');
    expect(user).toContain('export interface DirectoryUser {\n');
    expect(user).toContain('  groups: DirectoryGroup[];\n');
    expect(user).toContain('  groups: DirectoryGroupResponse[];\n');
    expect(user).toContain('  customAttributes: Record<string, unknown>;\n');
    expect(user).toContain('  email: string | null;\n');
    expect(user).toContain('  jobTitle?: string | null;\n');
    expect(user).toContain('  role?: RoleResponse;\n');
    expect(user).toContain('    groups: runtime.convertList(response.groups, (item) =>\n      runtime.convertModel(item, deserializeDirectoryGroup),\n    ),\n');
    expect(user).toContain('    raw_attributes: directoryUser.rawAttributes,\n');
    expect(user).toContain('} from "./directory-group";\n');
  });

  test('round-trips every fixture (6 payloads, directory_user ones included)', () => {
    const fixtures = loadFixtures();
    expect(fixtures.map((f) => f.modelId).sort()).toEqual(['directory', 'directory', 'directory', 'directory_group', 'directory_user', 'directory_user']);
    roundTrip(set, fixtures);
  });

  test('reads nested models into js keys and keeps null versus absent', () => {
    const sdk = set.sdk();
    const [full, nulls] = ['directory_user.json', 'directory_user_nulls.json'].map((f) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures', f), 'utf8')));
    const user = sdk.deserializeDirectoryUser(full) as { groups: { directoryId: string }[]; emails: { value: unknown }[]; customAttributes: Record<string, unknown> };
    expect(user.groups[0].directoryId).toBe('directory_01ECAZ4NV9QMV47GW873HDCX74');
    expect(user.emails[1].value).toBeNull();
    expect(user.customAttributes.addresses).toEqual([{ type: 'work', locality: 'Brooklyn', primary: true }]);
    const sparse = sdk.deserializeDirectoryUser(nulls);
    expect(sparse.email).toBeNull();
    expect(Object.keys(sparse)).not.toEqual(expect.arrayContaining(['emails']));
    expect('username' in sparse || 'role' in sparse || 'an_undocumented_field' in sparse).toBe(false);
  });

  test('exposes the normalised state and keeps unknown enum values', () => {
    const sdk = set.sdk();
    const [complete, unknown] = ['directory.json', 'directory_unknown_values.json'].map((f) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures', f), 'utf8')));
    expect(complete.state).toBe('unlinked');
    expect(sdk.deserializeDirectory(complete).state).toBe('inactive');
    expect(sdk.serializeDirectory(sdk.deserializeDirectory(complete)).state).toBe('unlinked');
    expect(sdk.deserializeDirectory(unknown).state).toBe('paused');
    expect(sdk.deserializeDirectory(unknown).type).toBe('acme hr v9');
  });
});

describe('typescript target on the type-forms spec', () => {
  const set = specSet('forms');
  const fixtures = () => loadFixtures(path.join(REPO_ROOT, 'test/specs/type-forms'));

  test('emits every type form', () => {
    const node = set.file('typescript/tree-node.ts');
    for (const line of [
      '  count: number;',
      '  enabled: boolean;',
      '  matrix: number[][];',
      '  tags: Record<string, string>;',
      '  children: TreeNode[];',
      '  childrenByName?: Record<string, TreeNode>;',
      '  children_by_name?: Record<string, TreeNodeResponse>;',
      '  parent?: TreeNode | null;',
      '  leaf?: LeafResponse;',
      '  notes: string[] | null;',
      '  maybeNames: (string | null)[];',
      '  extra?: unknown;',
      '  nickname?: string | null;',
      '    children: runtime.convertList(response.children, (item) =>',
      '    maybe_names: treeNode.maybeNames,',
      '    ...(response.label === undefined ? {} : { label: response.label }),',
    ]) {
      expect(node.split('\n')).toContain(line);
    }
    expect(set.file('typescript/leaf.ts')).toContain('  weights?: Record<string, number[]>;\n');
  });

  test('round-trips both fixtures, through self and mutual references', () => {
    expect(fixtures().map((f) => f.name)).toEqual(['tree_node.full.json', 'tree_node.sparse.json']);
    roundTrip(set, fixtures());
  });

  test('tree_node.sparse: absent optional keys stay absent, null nullable keys stay null', () => {
    const sdk = set.sdk();
    const sparse = fixtures().find((f) => f.name === 'tree_node.sparse.json')!.payload;
    const model = sdk.deserializeTreeNode(sparse);
    const written = sdk.serializeTreeNode(model);
    for (const object of [model, written]) {
      for (const key of ['label', 'leaf', 'extra', 'childrenByName', 'children_by_name', 'not_documented']) expect(key in object).toBe(false);
    }
    expect(written.parent).toBeNull();
    expect(written.notes).toBeNull();
    expect(written.nickname).toBeNull();
    expect(written.maybe_names).toEqual([null]);
    expect(model.maybeNames).toEqual([null]);
    expect(model.kind).toBe('a kind no spec lists');
  });

  test('reads nested values into js keys at every depth', () => {
    const sdk = set.sdk();
    const full = fixtures().find((f) => f.name === 'tree_node.full.json')!.payload;
    const model = sdk.deserializeTreeNode(full) as unknown as {
      childrenByName: Record<string, { leaf: { owner: { maybeNames: unknown[] } } }>;
      children: { maybeNames: unknown[] }[];
      extra: unknown;
    };
    expect(model.childrenByName.b.leaf.owner.maybeNames).toEqual([]);
    expect(model.children[0].maybeNames).toEqual([null, 'a']);
    expect(model.extra).toBe(full.extra);
  });
});

describe('typescript target: a normalised enum inside nested models', () => {
  const set = specSet('page');

  test('maps linked ↔ active in a list, in a map of nullables and in an optional nullable', () => {
    const sdk = set.sdk();
    const directory = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/directory.json'), 'utf8'));
    const wire = { data: [directory, { ...directory, state: 'linked' }], by_id: { a: directory, gone: null }, first: null };
    const page = sdk.deserializeDirectoryPage(wire) as unknown as { data: { state: string }[]; byId: Record<string, { state: string } | null>; first: unknown };
    expect(page.data.map((d) => d.state)).toEqual(['inactive', 'active']);
    expect(page.byId.a?.state).toBe('inactive');
    expect(page.byId.gone).toBeNull();
    expect(page.first).toBeNull();
    expect(sdk.serializeDirectoryPage(page)).toStrictEqual(wire);
    const { first: _, ...withoutFirst } = wire;
    expect('first' in sdk.serializeDirectoryPage(sdk.deserializeDirectoryPage(withoutFirst))).toBe(false);
  });
});

/** The model a payload reads into, by its TypeScript names. */
function readWrite(set: SpecSet, modelId: string, payload: unknown): unknown {
  const names = modelNames(typeNameOf(set.rendered().modelSet, { modelId } as Fixture));
  const sdk = set.sdk();
  return sdk[names.serializeName](sdk[names.deserializeName](payload));
}

describe('typescript readers on what the API really sends', () => {
  const set = specSet('seed');
  const none = { dropped: [], changed: [], invented: [] };

  test('every harvested payload (test/fixtures/real/) comes back with nothing documented lost or changed', () => {
    const fixtures = loadRealPayloads();
    expect(fixtures).toHaveLength(13);
    const results = Object.fromEntries(fixtures.map((f) => [f.name, compareWriteBack(f.payload, readWrite(set, f.modelId, f.payload))]));
    // What TypeScript does not document, and so drops: the groups' `object` and `raw_attributes`, the users'
    // `roles`, the keys the Go and .NET SDKs capitalise. `state: "active"` is the SDK spelling of `linked`.
    expect(results).toEqual({
      'directory_go_1.json': { ...none, dropped: ['idp_id'] },
      'directory_group_kotlin_1.json': { ...none, dropped: ['object', 'raw_attributes'] },
      'directory_group_node_1.json': { ...none, dropped: ['raw_attributes'] },
      'directory_group_ruby_1.json': { ...none, dropped: ['object', 'raw_attributes'] },
      'directory_kotlin_1.json': { ...none, dropped: ['idp_id'] },
      'directory_node_1.json': none,
      'directory_python_1.json': { ...none, dropped: ['metadata'], changed: ['state'] },
      'directory_ruby_1.json': none,
      'directory_user_dotnet_1.json': { ...none, dropped: ['groups[0].object', 'roles', 'PrimaryEmail'] },
      'directory_user_go_1.json': {
        ...none,
        dropped: ['emails[0].Primary', 'emails[0].Value', 'emails[0].Type', 'groups[0].Object', 'groups[0].ID', 'groups[0].Name', 'groups[0].raw_attributes', 'roles'],
      },
      'directory_user_node_1.json': { ...none, dropped: ['groups[0].raw_attributes'] },
      'directory_user_php_1.json': { ...none, dropped: ['roles'] },
      'directory_user_ruby_1.json': {
        ...none,
        dropped: ['roles', 'groups[0].object', 'groups[0].raw_attributes', 'groups[1].object', 'groups[1].role', 'groups[1].raw_attributes'],
      },
    });
    const written = readWrite(set, 'directory', fixtures.find((f) => f.name === 'directory_python_1.json')!.payload) as Record<string, unknown>;
    expect(written.state).toBe('linked');
  });

  test('a missing required field reads as absent and a null one as null, and both are written back so', () => {
    const sdk = set.sdk();
    const php = loadRealPayloads().find((f) => f.name === 'directory_user_php_1.json')!.payload;
    expect(php.groups).toBeNull();
    const user = sdk.deserializeDirectoryUser(php);
    expect(user.groups).toBeNull();
    expect(user.idpId).toBeNull();
    expect('object' in user || 'createdAt' in user).toBe(false);
    const written = sdk.serializeDirectoryUser(user);
    expect('object' in written || 'created_at' in written).toBe(false);
    expect(written.groups).toBeNull();
  });

  // Each key and list item at every depth, replaced by absence, null and each JSON kind, `{}` and `[]` included.
  test.each([
    ['seed', 'directory_user.json'],
    ['seed', 'directory.json'],
    ['seed', 'directory_group.json'],
    ['forms', 'tree_node.full.json'],
    // Keys named like Object.prototype members (`constructor`, `__proto__`): absent must not read the inherited value.
    ['reserved', 'reserved_words.full.json'],
    // Normalised enums (`linked` ↔ `active`) in a list, in a map of nullables and in an optional nullable model.
    ['page', 'directory_page.full.json'],
  ] as const)('%s %s: never throws, and writes back every value it read, whatever it holds', (setName, file) => {
    const other = specSet(setName);
    const folders = [FIXTURES_DIR, path.join(REPO_ROOT, 'test/specs/type-forms'), path.join(REPO_ROOT, 'test/specs/hostile'), path.join(__dirname, 'typescript')];
    const fixture = folders.flatMap((d) => loadFixtures(d)).find((f) => f.name === file)!;
    const base = compareWriteBack(fixture.payload, readWrite(other, fixture.modelId, fixture.payload));
    const cases = mutations(fixture.payload);
    expect(cases.length).toBeGreaterThan(50);
    const failures = mutationFailures(base, cases, ({ payload }) => readWrite(other, fixture.modelId, payload));
    expect(failures).toEqual([]);
    // The strict reader of the same payloads throws nothing but ModelValidationError, and reads like the lenient one when it passes.
    const names = modelNames(typeNameOf(other.rendered().modelSet, fixture));
    const sdk = other.sdk();
    const strictFailures = cases.flatMap(({ path: at, value, payload }): unknown[] => {
      try {
        const strict = sdk[names.strictName](payload);
        return JSON.stringify(strict) === JSON.stringify(sdk[names.deserializeName](payload)) ? [] : [{ at, value, strict }];
      } catch (error) {
        return error instanceof (sdk.ModelValidationError as unknown as new () => Error) ? [] : [{ at, value, error: String(error) }];
      }
    });
    expect(strictFailures).toEqual([]);
  });
});

describe('typescript enums: open, and a documented `unknown` is a value like any other', () => {
  const set = specSet('enums');

  test('the union lists `unknown` once and invents no fallback spelling; unknown and unlisted values come back as read', () => {
    const source = set.file('typescript/enum-zoo.ts');
    expect(source).toMatch(/export type Code =[^;]*\| "unknown"\n[^;]*\| \(string & \{\}\);/);
    expect(source.match(/"unknown"/g)).toHaveLength(1);
    expect(source).not.toMatch(/unknown2/i);
    const sdk = set.sdk();
    for (const payload of [{ name: 'n', code: 'unknown' }, { name: 'n', code: 'never listed', shade: 'no such shade' }]) {
      expect(sdk.serializeEnumZoo(sdk.deserializeEnumZoo(payload))).toStrictEqual(payload);
      expect(sdk.deserializeEnumZooStrict(payload)).toStrictEqual(sdk.deserializeEnumZoo(payload));
    }
  });
});

describe('typescript strict readers', () => {
  const seed = specSet('seed');
  const forms = specSet('forms');
  const real = (name: string) => loadRealPayloads().find((f) => f.name === name)!.payload;
  const user = () => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/directory_user.json'), 'utf8')) as Record<string, unknown> & { groups: Record<string, unknown>[] };
  const strictError = (sdk: Sdk, reader: string, json: unknown) => {
    try {
      sdk[reader](json);
    } catch (error) {
      return error as Error & { model: string; path: string; expected: string; found: string };
    }
    throw new Error(`${reader} accepted ${JSON.stringify(json)}`);
  };

  test('throw one ModelValidationError naming the model, the JSON path, what the docs promise and what was found', () => {
    const sdk = seed.sdk();
    const payload = user();
    payload.groups = [payload.groups[0], payload.groups[0], { ...payload.groups[0], name: null }];
    const error = strictError(sdk, 'deserializeDirectoryUserStrict', payload);
    expect(error.message).toBe('DirectoryUser: groups[2].name: expected string, found null');
    expect(error).toBeInstanceOf(sdk.ModelValidationError as unknown as new () => Error);
    expect([error.name, error.model, error.path, error.expected, error.found]).toEqual(['ModelValidationError', 'DirectoryUser', 'groups[2].name', 'string', 'null']);
  });

  test.each<[string, string, () => unknown, string]>([
    ['a missing required field', 'deserializeDirectoryUserStrict', () => real('directory_user_php_1.json'), 'DirectoryUser: object: expected "directory_user", found missing'],
    ['a null required list', 'deserializeDirectoryUserStrict', () => ({ ...real('directory_user_php_1.json'), object: 'directory_user' }), 'DirectoryUser: idp_id: expected string, found null'],
    ['another literal', 'deserializeDirectoryStrict', () => ({ ...real('directory_node_1.json'), object: 'directory_group' }), 'Directory: object: expected "directory", found string'],
    ['a number for a string', 'deserializeDirectoryStrict', () => ({ ...real('directory_node_1.json'), name: 7 }), 'Directory: name: expected string, found number'],
    ['a null optional field', 'deserializeDirectoryStrict', () => ({ ...real('directory_node_1.json'), organization_id: null }), 'Directory: organization_id: expected string, found null'],
    ['a list item of another kind', 'deserializeDirectoryUserStrict', () => ({ ...user(), emails: [{}, 'x'] }), 'DirectoryUser: emails[1]: expected object, found string'],
    ['`{}` for a list', 'deserializeDirectoryUserStrict', () => ({ ...user(), groups: {} }), 'DirectoryUser: groups: expected array, found object'],
    ['`[]` for a map', 'deserializeDirectoryUserStrict', () => ({ ...user(), custom_attributes: [] }), 'DirectoryUser: custom_attributes: expected object, found array'],
    ['a payload that is not an object', 'deserializeDirectoryStrict', () => [], 'Directory: $: expected object, found array'],
  ])('seed: %s', (_, reader, json, message) => {
    expect(strictError(seed.sdk(), reader, json()).message).toBe(message);
  });

  test.each<[string, (node: Record<string, unknown>) => void, string]>([
    // The js reference types `count` as `number`: JavaScript has no integer type to promise.
    ['a string for a number', (n) => (n.count = '1'), 'TreeNode: count: expected number, found string'],
    ['a boolean for a number', (n) => (n.ratio = true), 'TreeNode: ratio: expected number, found boolean'],
    ['a list item in a list of lists', (n) => (n.matrix = [[1], [2, 'x']]), 'TreeNode: matrix[1][1]: expected number, found string'],
    ['a map value', (n) => (n.tags = { a: 'b', c: null }), 'TreeNode: tags.c: expected string, found null'],
    ['deep in a nested model, through a map', (n) => ((n.children_by_name as Record<string, Record<string, unknown>>).b.id = false), 'TreeNode: children_by_name.b.id: expected string, found boolean'],
    ['a missing required nullable field', (n) => delete n.notes, 'TreeNode: notes: expected array, found missing'],
  ])('type forms: %s', (_, mutate, message) => {
    const node = structuredClone(loadFixtures(path.join(REPO_ROOT, 'test/specs/type-forms')).find((f) => f.name === 'tree_node.full.json')!.payload) as Record<string, unknown>;
    mutate(node);
    expect(strictError(forms.sdk(), 'deserializeTreeNodeStrict', node).message).toBe(message);
  });

  test('every harvested payload reads strictly or throws its exact error', () => {
    const sdk = seed.sdk();
    const errors = Object.fromEntries(
      loadRealPayloads().flatMap((f) => {
        const names = modelNames(typeNameOf(seed.rendered().modelSet, f));
        try {
          expect(sdk[names.strictName](f.payload)).toStrictEqual(sdk[names.deserializeName](f.payload));
          return [];
        } catch (error) {
          return [[f.name, (error as Error).message]];
        }
      }),
    );
    expect(errors).toEqual(STRICT_ERRORS_DOCUMENTING_OBJECT);
  });

  test('accept what the docs allow: every fixture, unknown enum values, unknown keys, absent optional and null nullable fields', () => {
    for (const [set, fixtures] of [[seed, loadFixtures()], [forms, loadFixtures(path.join(REPO_ROOT, 'test/specs/type-forms'))]] as const) {
      for (const fixture of fixtures) {
        const names = modelNames(typeNameOf(set.rendered().modelSet, fixture));
        expect(set.sdk()[names.strictName](fixture.payload)).toStrictEqual(set.sdk()[names.deserializeName](fixture.payload));
      }
    }
  });
});

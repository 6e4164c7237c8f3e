import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expectationFor, Fixture, loadFixtures } from '../support/fixtures';
import { renderSpecs, SEED_SPECS, writeTemp } from '../support/render';
import { describeWithToolchain, run } from '../support/toolchain';
import { buildDotnetDriver, dotnetTypeFor, droppedPaths, loadRealFixtures, TYPE_FORM_ODDITIES } from '../support/drivers';

/**
 * A spec in the seed format whose dotnet binding uses enum types (the seeds'
 * dotnet binding has none): a titlecase list with two members on one wire
 * value, an optional lowercase list with a value named `unknown`, a keyword
 * member and a member named like its class.
 */
const WIDGET_SPEC = `descriptions:
  widget:
    self: "A widget & <b>friends</b> </summary> */ \${x} #{y} \\\\ Zürich"
    object: Distinguishes the Widget object.
    id: Unique identifier for the Widget.
    class: A member whose name is a C# keyword.
    widget: A member named like its class.
    state:
      lowercase: |
        The widget's state.
        - \`linked\`
        - \`unlinked\`
        - \`invalid_credentials\`
        - \`linked\`
      titlecase: |
        The widget's state.
        - \`Active\`
        - \`Inactive\`
        - \`InvalidCredentials\`
        - \`Linked\`
    kind:
      lowercase: |
        The kind of widget.
        - \`big one\`
        - \`small\`
        - \`unknown\`
    states:
      lowercase: |
        Earlier states.
        - \`linked\`
        - \`unlinked\`
        - \`invalid_credentials\`
        - \`linked\`
      titlecase: |
        Earlier states.
        - \`Active\`
        - \`Inactive\`
        - \`InvalidCredentials\`
        - \`Linked\`
    kinds:
      lowercase: |
        Kinds by name.
        - \`big one\`
        - \`small\`
        - \`unknown\`
    parts: Widgets inside this one.
    meta: Untyped values, whose date-like strings must pass through as sent.
    event: A keyword-named member that may be absent or null.
    note: A note that may be absent or null.
    note_specified: A member named like the note's presence flag.
reference:
  curl:
    - { url: /reference/widget, key: widget, id: widget, title: widget, properties: [
        { key: object, type: string, description: (widget.object) },
        { key: id, type: string, description: (widget.id) },
        { key: class, type: string, description: (widget.class) },
        { key: widget, type: string, description: (widget.widget) },
        { key: state, type: enum, description: (widget.state.lowercase) },
        { key: kind, type: enum, optional: true, description: (widget.kind.lowercase) },
        { key: states, type: 'array', optional: true, description: (widget.states.lowercase) },
        { key: kinds, type: 'object', optional: true, description: (widget.kinds.lowercase) },
        { key: parts, type: 'array', optional: true, description: (widget.parts) },
        { key: meta, type: 'object', optional: true, description: (widget.meta) },
        { key: event, type: 'string | null', optional: true, description: (widget.event) },
        { key: note, type: 'string | null', optional: true, description: (widget.note) },
        { key: note_specified, type: 'string', optional: true, description: (widget.note_specified) } ] }
  dotnet:
    - { url: /reference/widget, key: Widget, id: widget, title: class Widget, properties: [
        { key: Object, type: '"widget"', description: (widget.object) },
        { key: Id, type: string, description: (widget.id) },
        { key: class, type: string, description: (widget.class) },
        { key: Widget, type: string, description: (widget.widget) },
        { key: State, type: WidgetState, description: (widget.state.titlecase) },
        { key: Kind, type: WidgetKind, optional: true, description: (widget.kind.lowercase) },
        { key: States, type: 'List<WidgetState>', optional: true, description: (widget.states.titlecase) },
        { key: Kinds, type: 'Dictionary<string, WidgetKind?>', optional: true, description: (widget.kinds.lowercase) },
        { key: Parts, type: 'List<Widget>', optional: true, description: (widget.parts) },
        { key: Meta, type: 'Dictionary<string, object>', optional: true, description: (widget.meta) },
        { key: event, type: 'string?', optional: true, description: (widget.event) },
        { key: Note, type: 'string?', optional: true, description: (widget.note) },
        { key: NoteSpecified, type: 'string', optional: true, description: (widget.note_specified) } ] }
`;

/** Date-like strings Newtonsoft.Json would turn into DateTime (and shift or trim) if it parsed them. */
const DATE_STRINGS = { offset: '2021-01-01T00:00:00+02:00', millis: '2021-06-25T19:07:33.150Z', n: 1, f: 1.5, e: {}, l: [] };

const WIDGET_FIXTURES: Record<string, object> = {
  'widget.json': {
    object: 'widget', id: 'w1', class: 'c', widget: 'w', state: 'linked', kind: 'big one', extra: { a: [1] },
    states: ['unlinked', 'linked'], kinds: { a: 'small', b: null }, meta: DATE_STRINGS, event: null, note: 'n', note_specified: 'x',
    parts: [{ object: 'widget', id: 'p1', class: 'c', widget: 'w', state: 'unlinked', meta: { d: '2020-02-02T02:02:02.200Z' }, parts: [] }],
  },
  'widget_minimal.json': { object: 'widget', id: 'w2', class: 'c', widget: 'w', state: 'invalid_credentials' },
  'widget_named_unknown.json': { object: 'widget', id: 'w3', class: 'c', widget: 'w', state: 'unlinked', kind: 'unknown', note: null },
  'widget_unknown_values.json': {
    object: 'widget', id: 'w4', class: 'c', widget: 'w', state: 'paused', kind: { nested: true },
    states: ['paused', 'linked'], kinds: { a: 'huge', b: 'small' },
    parts: [{ object: 'widget', id: 'p2', class: 'c', widget: 'w', state: 'exploded', kind: 'weird' }],
  },
};

const TYPE_FORMS_DIR = path.join('test', 'specs', 'type-forms');
const TYPE_FORMS_SPEC = path.join(TYPE_FORMS_DIR, 'type-forms.yaml');

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

const payloadDir = tempDir('modelgen-dotnet-payloads-');

function payloadFile(name: string, payload: unknown): string {
  const file = path.join(payloadDir, name);
  fs.writeFileSync(file, JSON.stringify(payload));
  return file;
}

const USER = loadFixtures().find((f) => f.name === 'directory_user.json')?.payload as Record<string, unknown>;
const GROUP = (USER.groups as Record<string, unknown>[])[0];
const EMAIL = (USER.emails as Record<string, unknown>[])[0];
const TREE = loadFixtures(path.join('test', 'specs', 'type-forms')).find((f) => f.name === 'tree_node.full.json')?.payload;

/** Payloads for FromJsonStrict and the message each must give; the last is valid but for an unlisted enum value and an unknown key. */
const STRICT_CASES: readonly (readonly [string, Record<string, unknown>, string | null])[] = [
  ['directory_user', { ...USER, groups: [GROUP, GROUP, { ...GROUP, name: null }] }, 'User: groups[2].name: expected string, found null'],
  ['directory_user', { ...USER, id: undefined }, 'User: id: expected string, found missing'],
  ['directory_user', { ...USER, state: 7 }, 'User: state: expected string, found number'],
  ['directory_user', { ...USER, custom_attributes: [] }, 'User: custom_attributes: expected object, found array'],
  ['directory_user', { ...USER, emails: [{ ...EMAIL, primary: 'yes' }] }, 'User: emails[0].primary: expected boolean, found string'],
  ['directory_user', { ...USER, object: 'user' }, 'User: object: expected "directory_user", found string'],
  // Map values are checked in payload order, as in every language: z before a.
  ['tree_node', { ...TREE, tags: { z: 1, a: 2 } }, 'TreeNode: tags.z: expected string, found number'],
  ['directory_user', { ...USER, state: 'a state no list names', unknown_field: 1 }, null],
];

/** A group with a required key missing, one null, one of another kind, an optional null and an undocumented key. */
const ODD_GROUP = { id: 5, idp_id: null, name: ['x'], organization_id: null, created_at: 'c', extra: 1 };

/** Keys C#'s reference does not document, per real payload (Directory has no external_key, idp_id or metadata, Group no raw_attributes, User no roles). */
const REAL_DROPS = {
  'directory_go_1.json': ['external_key',  'idp_id'],
  'directory_group_kotlin_1.json': ['raw_attributes'],
  'directory_group_node_1.json': ['raw_attributes'],
  'directory_group_ruby_1.json': ['raw_attributes'],
  'directory_kotlin_1.json': ['idp_id',  'external_key'],
  'directory_node_1.json': ['external_key'],
  'directory_python_1.json': ['external_key',  'metadata'],
  'directory_ruby_1.json': ['external_key'],
  'directory_user_dotnet_1.json': ['roles',  'PrimaryEmail'],
  'directory_user_go_1.json': ['emails[0].Primary',  'emails[0].Value',  'emails[0].Type',  'groups[0].Object',  'groups[0].ID',  'groups[0].Name',  'groups[0].raw_attributes',  'roles'],
  'directory_user_node_1.json': ['groups[0].raw_attributes'],
  'directory_user_php_1.json': ['roles'],
  'directory_user_ruby_1.json': ['roles',  'groups[0].raw_attributes',  'groups[1].role',  'groups[1].raw_attributes'],
};

function writeWidgetFiles(): { specDir: string; fixtures: Fixture[] } {
  const specDir = tempDir('modelgen-dotnet-spec-');
  fs.writeFileSync(path.join(specDir, 'widget.yaml'), WIDGET_SPEC);
  const fixtureDir = tempDir('modelgen-dotnet-fixtures-');
  for (const [name, payload] of Object.entries(WIDGET_FIXTURES)) fs.writeFileSync(path.join(fixtureDir, name), JSON.stringify(payload));
  return { specDir, fixtures: loadFixtures(fixtureDir) };
}

interface DriverLine {
  readonly fixture: string;
  readonly json: Record<string, unknown>;
  readonly enums: Record<string, string>;
  /** Strict reading only: the exception's message and parts. */
  readonly error?: string;
  readonly [part: string]: unknown;
}

describe('dotnet target on the seed specs', () => {
  let files: Awaited<ReturnType<typeof renderSpecs>>['files'];

  beforeAll(async () => {
    files = (await renderSpecs(['dotnet'])).files;
  });

  const contents = (file: string) => files.find((f) => f.path === file)?.contents ?? '';

  test('lays out one file per class, named by the dotnet key, and the shared converter', () => {
    expect(files.map((f) => f.path).sort()).toEqual(['dotnet/DirectorySync/Directory.cs', 'dotnet/DirectorySync/Email.cs', 'dotnet/DirectorySync/Group.cs', 'dotnet/DirectorySync/ModelJson.cs', 'dotnet/DirectorySync/ModelValidationException.cs', 'dotnet/DirectorySync/Role.cs', 'dotnet/DirectorySync/User.cs']);
    expect(files.find((f) => f.path === 'dotnet/DirectorySync/ModelJson.cs')?.specs).toEqual(['specs/directory-group.mdx', 'specs/directory-user.mdx', 'specs/directory.mdx']);
  });

  test('writes the header, the namespace, the class and the wire mappings', () => {
    const lines = contents('dotnet/DirectorySync/Directory.cs').split('\n');
    expect(lines.slice(0, 6)).toEqual(['// <auto-generated/>', '// Code generated by modelgen from specs/directory.mdx. DO NOT EDIT.', 'using Newtonsoft.Json;', '', 'namespace WorkOS.DirectorySync', '{']);
    expect(lines).toContain('    [JsonConverter(typeof(global::WorkOS.DirectorySync.ModelJson.Converter))]');
    expect(lines).toContain('    public class Directory : global::WorkOS.DirectorySync.ModelJson.IModel');
    expect(lines).toContain('            reader.Literal("object", global::WorkOS.DirectorySync.ModelJson.Literal("directory"));');
    expect(lines).toContain('            this.OrganizationId = reader.Read<string>("organization_id", global::WorkOS.DirectorySync.ModelJson.String, default(string), true, false);');
    expect(lines).toContain('            writer.Write<string>("organization_id", this.OrganizationId, default(string), true);');
    expect(lines).toContain('        public static Directory FromJsonStrict(string json)');
    expect(lines).toContain('        [JsonProperty("object")]');
    expect(lines).toContain('        public string Object => "directory";');
    expect(lines).toContain('        [JsonProperty("organization_id")]');
    expect(lines).toContain('        public string OrganizationId { get; set; }');
    expect(contents('dotnet/DirectorySync/Group.cs')).toContain('        [JsonProperty("idp_id")]\n        public string IdpId { get; set; }\n');
  });

  test('spells nested models, lists, maps and nullable strings in the user model', () => {
    const user = contents('dotnet/DirectorySync/User.cs');
    expect(user).toContain('            .Field("groups", true, global::WorkOS.DirectorySync.ModelJson.List(global::WorkOS.DirectorySync.ModelJson.Model(() => global::WorkOS.DirectorySync.Group.WireShape)))\n');
    expect(user).toContain('            reader.ReadTracked<string>("username", global::WorkOS.DirectorySync.ModelJson.String, value => this.Username = value);\n');
    expect(user).toContain('        [JsonProperty("emails")]\n        public List<Email> Emails { get; set; }\n');
    expect(user).toContain('        [JsonProperty("custom_attributes")]\n        public Dictionary<string, object> CustomAttributes { get; set; }\n');
    expect(user).toContain('        [JsonProperty("groups")]\n        public List<Group> Groups { get; set; }\n');
    expect(user).toContain('        [JsonProperty("role")]\n        public Role Role { get; set; }\n');
    expect(user).toContain('        /// Nullable: <c>null</c> is written as <c>null</c>.\n        /// </summary>\n        [JsonProperty("email")]\n        public string Email { get; set; }\n');
    expect(user).toContain('        [JsonProperty("username")]\n        public string Username\n        {\n            get => this._username;\n');
    expect(user).toContain('        [JsonIgnore]\n        public bool UsernameSpecified { get; set; }\n');
    expect(contents('dotnet/DirectorySync/Email.cs')).toContain('        [JsonProperty("primary")]\n        public bool? Primary { get; set; }\n');
  });

  test('renders byte-for-byte the same on a second run', async () => {
    expect((await renderSpecs(['dotnet'])).files).toEqual(files);
  });
});

describeWithToolchain('dotnet toolchain', ['mcs', 'mono', 'pkg-config'], () => {
  let rendered: Awaited<ReturnType<typeof renderSpecs>>;
  let fixtures: Fixture[];
  let lines: DriverLine[];
  const file = (name: string) => rendered.files.find((f) => f.path === name)?.contents ?? '';
  const line = (fixture: string) => lines.find((l) => l.fixture.endsWith(fixture));

  // One render, one compile and one driver process for the seeds, the widget spec and the type-forms spec.
  beforeAll(async () => {
    const widget = writeWidgetFiles();
    rendered = await renderSpecs(['dotnet'], [...SEED_SPECS, widget.specDir, TYPE_FORMS_SPEC]);
    fixtures = [...loadFixtures(), ...widget.fixtures, ...loadFixtures(TYPE_FORMS_DIR)];
    const exe = buildDotnetDriver(writeTemp(rendered.files));
    const made = ['WorkOS.Forms.TreeNode=new:', 'WorkOS.Forms.TreeNode=new:Nickname,Parent,Extra,Label,Notes'];
    const real = loadRealFixtures().map((f) => `${dotnetTypeFor(rendered.modelSet, f.modelId)}=${f.file}`);
    const strict = STRICT_CASES.map(([modelId, payload], i) => `strict:${dotnetTypeFor(rendered.modelSet, modelId)}=${payloadFile(`strict_${i}.json`, payload)}`);
    const odd = `${dotnetTypeFor(rendered.modelSet, 'directory_group')}=${payloadFile('odd_group.json', ODD_GROUP)}`;
    const oddities = TYPE_FORM_ODDITIES.map(([modelId, payload], i) => `${dotnetTypeFor(rendered.modelSet, modelId)}=${payloadFile(`oddity_${i}.json`, payload)}`);
    const output = run('mono', [exe, ...fixtures.map((f) => `${dotnetTypeFor(rendered.modelSet, f.modelId)}=${f.file}`), ...made, ...real, ...strict, odd, ...oddities]);
    lines = output.trim().split('\n').map((text) => JSON.parse(text) as DriverLine);
  });

  test('renders the enum types and their converters to their own files', () => {
    expect(rendered.files.map((f) => f.path).filter((p) => /Widget|Node|Leaf/.test(p)).sort()).toEqual([
      'dotnet/Forms/Leaf.cs', 'dotnet/Forms/NodeKind.cs', 'dotnet/Forms/NodeKindConverter.cs', 'dotnet/Forms/TreeNode.cs', 'dotnet/Widget/ModelJson.cs', 'dotnet/Widget/ModelValidationException.cs', 'dotnet/Widget/Widget.cs',
      'dotnet/Widget/WidgetKind.cs', 'dotnet/Widget/WidgetKindConverter.cs', 'dotnet/Widget/WidgetState.cs', 'dotnet/Widget/WidgetStateConverter.cs',
    ]);
    const widget = file('dotnet/Widget/Widget.cs');
    expect(widget).toContain('    /// A widget &amp; &lt;b&gt;friends&lt;/b&gt; &lt;/summary&gt; */ ${x} #{y} \\ Zürich\n');
    expect(widget).toContain('        [JsonProperty("class")]\n        public string @class { get; set; }\n');
    expect(widget).toContain('        [JsonProperty("widget")]\n        public string WidgetValue { get; set; }\n');
    expect(widget).toContain('        [JsonProperty("kind")]\n        public WidgetKind Kind { get; set; }\n');
    expect(widget).toContain('        public List<WidgetState> States { get; set; }\n');
    expect(widget).toContain('        public Dictionary<string, WidgetKind> Kinds { get; set; }\n');
    const state = file('dotnet/Widget/WidgetState.cs');
    expect(state).toContain('    [JsonConverter(typeof(WidgetStateConverter))]\n    public sealed class WidgetState : global::System.IEquatable<WidgetState>\n');
    expect(state).toContain('        public static readonly WidgetState Active = new WidgetState("linked", Known.Active);\n');
    expect(state).toContain('        public static readonly WidgetState Linked = Active;\n');
    const kind = file('dotnet/Widget/WidgetKind.cs');
    expect(kind).toContain('        public static readonly WidgetKind Unknown = new WidgetKind("unknown", Known.Unknown);\n');
    expect(kind).toContain('            UnknownValue,\n');
    expect(kind).toContain('                default:\n                    return new WidgetKind(value, Known.UnknownValue);\n');
  });

  test('names presence flags the way Newtonsoft.Json finds them, keyword names included', () => {
    const widget = file('dotnet/Widget/Widget.cs');
    expect(widget).toContain('        private string _event;\n        private string _note;\n');
    expect(widget).toContain('        public string @event\n        {\n            get => this._event;\n            set\n            {\n                this._event = value;\n                this.eventSpecified = true;\n            }\n        }\n');
    expect(widget).toContain('        [JsonIgnore]\n        public bool eventSpecified { get; set; }\n');
    expect(widget).toContain('        [JsonIgnore]\n        public bool NoteSpecified { get; set; }\n');
    expect(widget).toContain('        [JsonProperty("note_specified")]\n        public string NoteSpecifiedValue { get; set; }\n');
  });

  test('spells every type form of the type-forms spec', () => {
    const node = file('dotnet/Forms/TreeNode.cs');
    for (const expected of [
      '        public long Count { get; set; }\n',
      '        public double Ratio { get; set; }\n',
      '        public bool Enabled { get; set; }\n',
      '        public List<bool> Flags { get; set; }\n',
      '        public List<List<long>> Matrix { get; set; }\n',
      '        public Dictionary<string, string> Tags { get; set; }\n',
      '        public List<TreeNode> Children { get; set; }\n',
      '        public Dictionary<string, TreeNode> ChildrenByName { get; set; }\n',
      '        public TreeNode Parent\n',
      '        public Leaf Leaf { get; set; }\n',
      '        [JsonProperty("notes")]\n        public List<string> Notes { get; set; }\n',
      '        /// Documented as <c>List&lt;string?&gt;</c>; C# 7.2 has no nullable reference types.\n',
      '        public List<string> MaybeNames { get; set; }\n',
      '        [JsonProperty("extra")]\n        public object Extra\n',
      '        public NodeKind Kind { get; set; }\n',
      '        public string Nickname\n',
    ]) {
      expect(node).toContain(expected);
    }
    expect(file('dotnet/Forms/Leaf.cs')).toContain('        public TreeNode Owner { get; set; }\n');
    expect(file('dotnet/Forms/Leaf.cs')).toContain('        public Dictionary<string, List<double>> Weights { get; set; }\n');
  });

  test('compiles with mcs -warnaserror (docs checked) and round-trips every fixture through Newtonsoft.Json', () => {
    expect(lines.map((l) => l.fixture).slice(0, fixtures.length)).toEqual(fixtures.map((f) => f.file));
    expect(fixtures.length).toBe(6 + 4 + 2);
    fixtures.forEach((fixture, i) => {
      const { expected } = expectationFor(rendered.modelSet, 'dotnet', fixture, false);
      expect({ fixture: fixture.name, json: lines[i].json }).toEqual({ fixture: fixture.name, json: expected });
    });
  });

  test('reads values no enum member lists as Known.Unknown and writes them back as read, at the top level and inside lists, maps and nested models', () => {
    expect(line('widget_unknown_values.json')?.enums).toEqual({ state: 'Unknown' });
    expect(line('widget_named_unknown.json')?.enums).toEqual({ state: 'Inactive', kind: 'Unknown' });
    expect(line('tree_node.sparse.json')?.enums).toEqual({ kind: 'Unknown' });
    expect(line('widget_unknown_values.json')?.json).toMatchObject({ state: 'paused', kind: { nested: true }, states: ['paused', 'linked'], kinds: { a: 'huge', b: 'small' } });
    expect(line('widget_unknown_values.json')?.json.parts).toEqual([{ object: 'widget', id: 'p2', class: 'c', widget: 'w', state: 'exploded', kind: 'weird' }]);
    expect(line('widget_named_unknown.json')?.json.kind).toBe('unknown');
  });

  test('keeps absent optional keys absent and null nullable keys null', () => {
    const sparse = line('tree_node.sparse.json')?.json ?? {};
    for (const key of ['children_by_name', 'leaf', 'extra', 'label']) expect({ key, present: key in sparse }).toEqual({ key, present: false });
    for (const key of ['parent', 'notes', 'nickname']) expect({ key, value: sparse[key] }).toEqual({ key, value: null });
    expect(sparse.maybe_names).toEqual([null]);
    const nulls = line('directory_user_nulls.json')?.json ?? {};
    expect([nulls.email, nulls.first_name, nulls.last_name]).toEqual([null, null, null]);
    expect(['emails', 'username', 'job_title', 'role'].filter((key) => key in nulls)).toEqual([]);
    expect(line('widget_named_unknown.json')?.json).toMatchObject({ note: null });
    expect('event' in (line('widget_named_unknown.json')?.json ?? {})).toBe(false);
  });

  test('writes what code assigns: a nullable optional assigned null is written as null, one never assigned is left out', () => {
    const fresh = line('new:')?.json ?? {};
    const assigned = line('new:Nickname,Parent,Extra,Label,Notes')?.json ?? {};
    expect(['nickname', 'parent', 'extra', 'label', 'leaf', 'children_by_name'].filter((key) => key in fresh)).toEqual([]);
    expect(fresh).toMatchObject({ id: null, count: 0, ratio: 0, enabled: false, notes: null, kind: null });
    expect(assigned).toMatchObject({ nickname: null, parent: null, extra: null, notes: null });
    expect('label' in assigned).toBe(false);
  });

  test('passes untyped values through exactly: integers, floats, empty containers and date-like strings', () => {
    expect(line('widget.json')?.json.meta).toEqual(DATE_STRINGS);
    expect(JSON.stringify(line('widget.json')?.json.meta)).toContain('"offset":"2021-01-01T00:00:00+02:00","millis":"2021-06-25T19:07:33.150Z","n":1,"f":1.5');
    expect((line('widget.json')?.json.parts as Record<string, unknown>[])[0].meta).toEqual({ d: '2020-02-02T02:02:02.200Z' });
    expect((line('directory_user.json')?.json.custom_attributes as Record<string, unknown>).employee_number).toBe(1042);
  });

  test('round-trips the real payloads, dropping only what C# does not document', () => {
    for (const fixture of loadRealFixtures()) {
      const { expected } = expectationFor(rendered.modelSet, 'dotnet', fixture, false);
      expect({ fixture: fixture.name, json: line(fixture.name)?.json }).toEqual({ fixture: fixture.name, json: expected });
    }
    const dropped = Object.fromEntries(loadRealFixtures().map((f) => [f.name, droppedPaths(f.payload, line(f.name)?.json)]));
    expect(dropped).toEqual(REAL_DROPS);
  });

  test('writes back a missing or null required field as it was read, and a mistyped value as sent', () => {
    expect(line('odd_group.json')?.json).toEqual({ id: 5, idp_id: null, organization_id: null, name: ['x'], created_at: 'c' });
  });

  test('writes back every field kind as read when it is null, missing or of another kind', () => {
    expect(TYPE_FORM_ODDITIES.map((_, i) => line(`oddity_${i}.json`)?.json)).toEqual(TYPE_FORM_ODDITIES.map(([, payload]) => payload));
  });

  test('strict reading throws ModelValidationException naming the model, the path and what it found', () => {
    const strict = lines.filter((l) => /strict_\d+\.json$/.test(l.fixture));
    expect(strict.map((l) => l.error ?? null)).toEqual(STRICT_CASES.map(([, , message]) => message));
    expect(strict[0]).toMatchObject({ type: 'ModelValidationException', Model: 'User', Path: 'groups[2].name', Expected: 'string', Found: 'null' });
    expect(strict[strict.length - 1].json).toMatchObject({ state: 'a state no list names' });
  });
});

/**
 * The hostile corpus (test/specs/hostile): specs that are valid but built to
 * break generated code — comment-ending descriptions, reserved and clashing
 * keys, enum values that are not identifiers, models named like generated
 * helpers. For each language, ONE render of the whole corpus, ONE run of the
 * language's checkers and ONE driver process over every payload, compared
 * with what the language documents. The round trip also proves escaping
 * never changed a wire name or value.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EnumType, ModelSet } from '../../src/ir/model';
import { TargetName } from '../../src/targets/target';
import { isSpecFile } from '../../src/load/load-specs';
import { constantNames } from '../../src/targets/java/enum-view';
/** The seeds' options (modelgen.config.yaml) for the corpus's area, `hostile` (its Go titles' package). */
const JAVA_PACKAGE = 'com.workos.hostile.models';
import { knownFallback } from '../../src/targets/dotnet/view-model';
import { SdkLanguage } from '../../src/ir/languages';
import {
  DriverCase,
  DriverOutput,
  dotnetRoundTrip,
  goRoundTrip,
  javaRoundTrip,
  phpCheck,
  phpDriver,
  pythonRoundTrip,
  rubyCheck,
  rubyDriver,
  typescriptRoundTrip,
} from '../support/drivers';
import { expectRoundTrips as expectRoundTripsOf, loadFixtures } from '../support/fixtures';
import { Rendered, renderSpecs, REPO_ROOT, writeTemp } from '../support/render';
import { describeWithToolchain } from '../support/toolchain';

const CORPUS_DIR = path.join(REPO_ROOT, 'test', 'specs', 'hostile');
/** Relative, as a user passes them (headers name them); the README is not a spec. */
const SPECS = fs.readdirSync(CORPUS_DIR).filter((f) => isSpecFile(f) && f !== 'README.md').sort().map((f) => `test/specs/hostile/${f}`);
const FIXTURES = loadFixtures(CORPUS_DIR);
const PYTHON_PACKAGE = 'workos.hostile';

/** The corpus rendered for one language (cached: the exact-text tests and the toolchain tests share it). */
const renders = new Map<TargetName, Promise<Rendered>>();
function corpus(target: TargetName): Promise<Rendered> {
  if (!renders.has(target)) renders.set(target, renderSpecs([target], SPECS));
  return renders.get(target) as Promise<Rendered>;
}

function fileOf(rendered: Rendered, file: string): string {
  const found = rendered.files.find((f) => f.path === file);
  if (!found) throw new Error(`not rendered: ${file}; got ${rendered.files.map((f) => f.path).join(', ')}`);
  return found.contents;
}

const expectRoundTrips = (modelSet: ModelSet, language: SdkLanguage, outputs: readonly DriverOutput[], unknownMember?: (type: EnumType) => string) =>
  expectRoundTripsOf(modelSet, language, FIXTURES, outputs, unknownMember);

const cases = (modelSet: ModelSet): DriverCase[] => FIXTURES.map((fixture) => ({ fixture, modelSet }));

describe('the hostile corpus', () => {
  test('has a payload for every model, and every model is documented in all eight reference languages', async () => {
    const { modelSet } = await corpus('typescript');
    expect(modelSet.models.filter((m) => !FIXTURES.some((f) => f.modelId === m.id)).map((m) => m.id)).toEqual([]);
    for (const model of modelSet.models) expect({ model: model.id, languages: model.bindings.map((b) => b.language).sort() }).toEqual({ model: model.id, languages: ['curl', 'dotnet', 'go', 'java', 'js', 'php', 'python', 'ruby'] });
  });

  test('holds every hazard it claims to', () => {
    const text = SPECS.map((s) => fs.readFileSync(path.join(REPO_ROOT, s), 'utf8')).join('\n');
    const hazards = ['*/', '/*', '\\"\\"\\"', "'''", '?>', '<?php', '</summary>', ' < ', ' & ', '#{x}', '${y}', '%s', '{@code', '@param', '\\\\"', '\\n=begin\\n=end', '-->', '\\t', '\\r\\n', '😀', 'Zürich', '__proto__', '`2fa`', '`a/b`', '``'];
    expect(hazards.filter((h) => !text.includes(h))).toEqual([]);
    expect(fs.readFileSync(path.join(CORPUS_DIR, 'crlf-page.mdx'), 'utf8').split('\r\n').length).toBeGreaterThan(50);
    const longest = Math.max(...SPECS.flatMap((s) => fs.readFileSync(path.join(REPO_ROOT, s), 'utf8').split('\n').map((l) => l.length)));
    expect(longest).toBeGreaterThan(5000);
  });
});

/** The exact text the nastiest cases come out as, one language at a time (rendering only). */
describe('hostile corpus: exact text', () => {
  const lines = async (target: TargetName, file: string) => fileOf(await corpus(target), file).split('\n');

  test('typescript: a `*/` description, a `__proto__` key and a wire type clashing with a model', async () => {
    expect(await lines('typescript', 'typescript/doc-hazard.ts')).toContain('   * Ends *\\/ early; opens /* another; /** and *\\/ again; a lone * and / apart.');
    const reserved = await lines('typescript', 'typescript/reserved-words.ts');
    expect(reserved).toContain('      : { ["__proto__"]: response.__proto__ }),');
    expect(reserved).toContain('    ...(!Object.prototype.hasOwnProperty.call(response, "__proto__") ||');
    expect(await lines('typescript', 'typescript/widget.ts')).toContain('export type WidgetResponse2 = {');
    expect(await lines('typescript', 'typescript/widget-response.ts')).toContain('export interface WidgetResponse {');
  });

  test("go: the constants of `2fa`, an empty value and `ünïcode`; `'''` as gofmt prints it; the key `-`", async () => {
    const zoo = await lines('go', 'go/hostile/enum_zoo.go');
    expect(zoo).toContain('\tCode2fa          Code = "2fa"');
    expect(zoo).toContain('\tCodeEmpty        Code = ""');
    expect(zoo).toContain('\tCodeÜnïcode      Code = "ünïcode"');
    expect(zoo).toContain('\tCodeAB_4         Code = "a b"');
    expect(await lines('go', 'go/hostile/doc_hazard.go')).toContain('// DocHazard mixes every hazard: */ /* """ \u201d\' ?> <?php </summary> < & #{x} ${y} %s {@code z} \\ end\\');
    expect(await lines('go', 'go/hostile/case_clash.go')).toContain('\tField string `json:"-,"`');
  });

  test('java: the Javadoc of a `*/` description and a `@param` line; the fallback beside a member named Unknown', async () => {
    const doc = await lines('java', 'java/com/workos/hostile/models/DocHazard.java');
    expect(doc).toContain(' * @param blockComment Ends *&#47; early; opens /* another; /** and *&#47; again; a lone * and / apart.');
    expect(doc).toContain(' *     &#64;param name a tag at a line start');
    const code = await lines('java', 'java/com/workos/hostile/models/Code.java');
    expect(code).toContain('  public static final Code _2FA = new Code("2fa", Known._2FA);');
    expect(code).toContain('      case "unknown" -> Unknown;');
    expect(code).toContain('    Unknown2');
    expect(code.join('\n')).not.toContain('"unknown2"');
  });

  test('python: the field for `class`, a mangled name, docstrings with triple quotes and a trailing backslash', async () => {
    expect(await lines('python', 'python/workos/hostile/reserved_words.py')).toContain('    class_: str');
    expect(await lines('python', 'python/workos/hostile/case_clash.py')).toContain('            "__private": self._private,');
    const doc = await lines('python', 'python/workos/hostile/doc_hazard.py');
    expect(doc).toContain('    """Python quotes \\"\\"\\" and \'\'\' inside, \\"\\"\\"\'\'\' together, and a \\"\\"\\" at the end \\"\\"\\"');
    expect(doc).toContain('    """Ends with a backslash \\\\"""');
  });

  test('ruby: `=begin` kept in a comment, `class` escaped, JSON and JSONModel kept apart', async () => {
    const doc = await lines('ruby', 'ruby/lib/workos/doc_hazard.rb');
    expect(doc).toContain('    # =begin');
    expect(doc).toContain('    # \\@param name a tag at a line start');
    expect(await lines('ruby', 'ruby/lib/workos/reserved_words.rb')).toContain('    attr_reader :class_');
    expect(await lines('ruby', 'ruby/lib/workos/json_doc.rb')).toContain('  class JSONModel2');
    expect(await lines('ruby', 'ruby/lib/workos/json_model.rb')).toContain('  class JSONModel');
  });

  test('php: `*/` and `@param` in a docblock, `$this` escaped, List and ListModel kept apart', async () => {
    const doc = await lines('php', 'php/Acme/Hostile/DocHazard.php');
    expect(doc).toContain('         * Ends *\\/ early; opens /* another; /** and *\\/ again; a lone * and /');
    expect(doc).toContain(' * \\@param name not a tag');
    expect(await lines('php', 'php/Acme/Hostile/ReservedWords.php')).toContain("            'this' => $this->this_,");
    expect(await lines('php', 'php/Acme/Hostile/ListModel2.php')).toContain('final class ListModel2 implements \\JsonSerializable');
    expect(await lines('php', 'php/Acme/Hostile/ListModel.php')).toContain('final class ListModel implements \\JsonSerializable');
  });

  test('dotnet: `</summary>` escaped, a property named Equals, a converter clashing with a model', async () => {
    const doc = await lines('dotnet', 'dotnet/Hostile/DocHazard.cs');
    expect(doc).toContain('        /// &lt;/summary&gt; &lt;summary&gt;x&lt;/summary&gt; &lt;see cref="T"/&gt; a &lt; b &amp;&amp; c &gt; d &amp;amp; &amp;lt; &lt;![CDATA[ x ]]&gt; &lt;b&gt;bold&lt;/b&gt; &lt;/param&gt;');
    expect(await lines('dotnet', 'dotnet/Hostile/ReservedWords.cs')).toContain('        public string EqualsValue { get; set; }');
    expect(await lines('dotnet', 'dotnet/Hostile/WidgetStateConverter2.cs')).toContain('    public sealed class WidgetStateConverter2 : JsonConverter');
    expect(await lines('dotnet', 'dotnet/Hostile/WidgetStateConverter.cs')).toContain('    public class WidgetStateConverter : global::WorkOS.Hostile.ModelJson.IModel');
  });
});

describeWithToolchain('hostile corpus: typescript', ['node'], () => {
  let rendered: Rendered;
  let outputs: DriverOutput[];

  beforeAll(async () => {
    rendered = await corpus('typescript');
    outputs = typescriptRoundTrip(writeTemp(rendered.files, 'modelgen-hostile-ts-'), cases(rendered.modelSet));
  });

  test('compiles with tsc --strict, passes prettier --check and round-trips every payload', () => {
    expectRoundTrips(rendered.modelSet, 'js', outputs);
  });
});

describeWithToolchain('hostile corpus: go', ['go', 'gofmt'], () => {
  let rendered: Rendered;
  let outputs: DriverOutput[];

  beforeAll(async () => {
    rendered = await corpus('go');
    const dir = writeTemp(rendered.files, 'modelgen-hostile-go-');
    outputs = goRoundTrip(dir, [rendered.modelSet.models], cases(rendered.modelSet));
  });

  test('passes gofmt -l and go vet, and round-trips every payload through encoding/json', () => {
    expectRoundTrips(rendered.modelSet, 'go', outputs);
  });
});

describeWithToolchain('hostile corpus: java', ['javac', 'java'], () => {
  let rendered: Rendered;
  let outputs: DriverOutput[];

  beforeAll(async () => {
    rendered = await corpus('java');
    outputs = javaRoundTrip(writeTemp(rendered.files, 'modelgen-hostile-java-'), rendered.files, JAVA_PACKAGE, cases(rendered.modelSet));
  });

  test('compiles with javac -Xlint:all -Werror and round-trips every payload through Jackson', () => {
    expectRoundTrips(rendered.modelSet, 'java', outputs, (type) => constantNames(type).unknown);
  });
});

describeWithToolchain('hostile corpus: python', ['python3', 'mypy', 'black'], () => {
  let rendered: Rendered;
  let outputs: DriverOutput[];

  beforeAll(async () => {
    rendered = await corpus('python');
    const dir = writeTemp(rendered.files, 'modelgen-hostile-python-');
    outputs = pythonRoundTrip(dir, [PYTHON_PACKAGE], cases(rendered.modelSet).map((c) => ({ ...c, pkg: PYTHON_PACKAGE })));
  });

  test('passes black --check and mypy --strict, and round-trips every payload', () => {
    expectRoundTrips(rendered.modelSet, 'python', outputs);
  });
});

describeWithToolchain('hostile corpus: ruby', ['ruby', 'rubocop'], () => {
  let rendered: Rendered;
  let lines: ReturnType<typeof rubyDriver>;

  beforeAll(async () => {
    rendered = await corpus('ruby');
    const dir = writeTemp(rendered.files, 'modelgen-hostile-ruby-');
    rubyCheck(dir);
    lines = rubyDriver(dir, rendered.modelSet, FIXTURES);
  });

  test('passes ruby -wc and rubocop, loads without a warning and round-trips every payload (string and symbol keys)', () => {
    expectRoundTrips(rendered.modelSet, 'ruby', lines.map((l) => ({ json: l.json, enums: {} })));
    expectRoundTrips(rendered.modelSet, 'ruby', lines.map((l) => ({ json: l.symbol_keys as Record<string, unknown>, enums: {} })));
  });
});

describeWithToolchain('hostile corpus: php', ['php', 'phpcs'], () => {
  let rendered: Rendered;
  let results: ReturnType<typeof phpDriver>;

  beforeAll(async () => {
    rendered = await corpus('php');
    const dir = writeTemp(rendered.files, 'modelgen-hostile-php-');
    phpCheck(dir);
    results = phpDriver(dir, rendered.modelSet, FIXTURES, ['array', 'json']);
  });

  test('passes php -l and phpcs PSR-12, and round-trips every payload through fromArray and fromJson', () => {
    expect(results.filter((r) => r.error !== undefined)).toEqual([]);
    expectRoundTrips(rendered.modelSet, 'php', results.slice(0, FIXTURES.length).map((r) => ({ json: r.json as Record<string, unknown>, enums: {} })));
    expectRoundTrips(rendered.modelSet, 'php', results.slice(FIXTURES.length).map((r) => ({ json: r.json as Record<string, unknown>, enums: {} })));
  });
});

describeWithToolchain('hostile corpus: dotnet', ['mcs', 'mono', 'pkg-config'], () => {
  let rendered: Rendered;
  let outputs: DriverOutput[];

  beforeAll(async () => {
    rendered = await corpus('dotnet');
    outputs = dotnetRoundTrip(writeTemp(rendered.files, 'modelgen-hostile-dotnet-'), cases(rendered.modelSet));
  });

  test('compiles with mcs -warnaserror (XML docs checked) and round-trips every payload through Newtonsoft.Json', () => {
    expectRoundTrips(rendered.modelSet, 'dotnet', outputs, knownFallback);
  });
});

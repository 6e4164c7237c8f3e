/**
 * Generated models dropped into an existing package of each ecosystem, and
 * loaded the way that ecosystem loads it. Each case copies a small
 * repository from test/fixtures/packaging/<lang>/ (the files a user writes by
 * hand, shown in docs/packaging.md), adds the shop specs of
 * test/specs/cross-area/ (an Order in area `orders` refers to the Widget of
 * area `catalog`, and no spec names a vendor), runs the real CLI, then
 * compiles or loads the package and round-trips test/fixtures/cross-area/order.json.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { capture, goEnv, JACKSON } from '../support/drivers';
import { modelgen } from '../support/cli';
import { REPO_ROOT } from '../support/render';
import { describeWithToolchain, run } from '../support/toolchain';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'packaging');
const ORDER_FILE = path.join(REPO_ROOT, 'test', 'fixtures', 'cross-area', 'order.json');
const ORDER = JSON.parse(fs.readFileSync(ORDER_FILE, 'utf8')) as Record<string, unknown>;
const bin = (name: string) => path.join(REPO_ROOT, 'node_modules', '.bin', name);

/** A copy of the language's example repository with the shop specs, generated into with its modelgen.config.yaml. */
function generatedRepository(language: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `modelgen-packaging-${language}-`));
  fs.cpSync(path.join(FIXTURES, language), dir, { recursive: true });
  fs.cpSync(path.join(REPO_ROOT, 'test', 'specs', 'cross-area'), path.join(dir, 'specs'), { recursive: true });
  const result = modelgen(['generate', '--quiet'], dir);
  if (result.status !== 0) throw new Error(`modelgen generate exited ${result.status}:\n${result.stdout}${result.stderr}`);
  return dir;
}

const roundTripped = (stdout: string) => JSON.parse(stdout.trim()) as Record<string, unknown>;

/**
 * Strict reading checks another area's model as an object only (its shape is
 * private to its package in Go, Java and C#), so the order whose `featured`
 * widget is a string fails at `featured`, with the message a same-area model gets.
 */
const BAD_ORDER_MESSAGE = 'Order: featured: expected object, found string';

function badOrder(dir: string): string {
  const file = path.join(dir, 'bad-order.json');
  fs.writeFileSync(file, JSON.stringify({ ...ORDER, featured: 'widget_1' }));
  return file;
}

describeWithToolchain('packaging: typescript in an ES-module package', ['node'], () => {
  let dir: string;
  beforeAll(() => {
    dir = generatedRepository('typescript');
  });

  test('imports across areas with `.js`, as NodeNext resolution requires', () => {
    expect(fs.readFileSync(path.join(dir, 'src/models/orders/order.ts'), 'utf8')).toContain("} from '../catalog/widget.js';");
    expect(fs.readFileSync(path.join(dir, 'src/models/index.ts'), 'utf8')).toContain("export * from './orders/order.js';");
  });

  test('compiles under `"type": "module"` and --module nodenext, and the compiled package round-trips', () => {
    run(process.execPath, [bin('tsc'), '-p', dir]);
    const script = `import { deserializeOrder, serializeOrder } from './dist/models/index.js'; import { readFileSync } from 'node:fs'; console.log(JSON.stringify(serializeOrder(deserializeOrder(JSON.parse(readFileSync(${JSON.stringify(ORDER_FILE)}, 'utf8'))))));`;
    expect(roundTripped(run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir }))).toEqual(ORDER);
  });

  test('without importExtension the same package does not compile: the option is what makes it work', () => {
    const plain = generatedRepository('typescript');
    fs.writeFileSync(path.join(plain, 'modelgen.config.yaml'), fs.readFileSync(path.join(plain, 'modelgen.config.yaml'), 'utf8').replace('    importExtension: .js\n', ''));
    expect(modelgen(['generate', '--quiet'], plain).status).toBe(0);
    const result = capture(process.execPath, [bin('tsc'), '-p', plain]);
    expect({ status: result.status, relativeImportError: /TS2835/.test(result.stdout) }).toEqual({ status: 2, relativeImportError: true });
  });

  test("follows the repository's .prettierrc (single quotes, print width 100): its prettier --check passes", () => {
    expect(capture(process.execPath, [bin('prettier'), '--check', 'src'], { cwd: dir })).toMatchObject({ status: 0 });
    // And the defaults would not have passed it: the config is what the output follows.
    const defaults = capture(process.execPath, [bin('prettier'), '--check', '--no-config', '--single-quote=false', 'src'], { cwd: dir });
    expect(defaults.status).toBe(1);
  });
});

describeWithToolchain('packaging: python leaf package beside a hand-written parent', ['python3', 'mypy'], () => {
  let dir: string;
  beforeAll(() => {
    dir = generatedRepository('python');
  });

  test('writes only the leaf package and leaves the hand-written acme/__init__.py as it was', () => {
    expect(fs.readFileSync(path.join(dir, 'src/acme/__init__.py'), 'utf8')).toBe(fs.readFileSync(path.join(FIXTURES, 'python/src/acme/__init__.py'), 'utf8'));
    expect(fs.readdirSync(path.join(dir, 'src/acme/models')).sort()).toEqual(['__init__.py', '_types.py', 'order.py', 'widget.py']);
  });

  test('`python -c "import acme.models"` works, the parent package included, and the models round-trip', () => {
    const env = { ...process.env, PYTHONPATH: path.join(dir, 'src'), PYTHONDONTWRITEBYTECODE: '1' };
    const script = `import json, acme, acme.models; print(json.dumps(acme.models.Order.from_dict(json.load(open(${JSON.stringify(ORDER_FILE)}))).to_dict()))`;
    expect(roundTripped(run('python3', ['-c', script], { env }))).toEqual(ORDER);
    run('mypy', ['--strict', '--cache-dir', path.join(dir, '.mypy'), '-p', 'acme'], { cwd: path.join(dir, 'src') });
  });
});

describeWithToolchain('packaging: ruby gem entry file', ['ruby'], () => {
  test("`ruby -I lib -e 'require \"acme\"'` loads every model, across areas, without a warning", () => {
    const dir = generatedRepository('ruby');
    const gem = path.join(dir, 'ruby');
    expect(fs.readFileSync(path.join(gem, 'lib/acme.rb'), 'utf8')).toContain("require_relative 'acme/orders/order'");
    const script = `require "acme"; require "json"; puts Acme::Orders::Order.from_json(File.read(${JSON.stringify(ORDER_FILE)})).to_json`;
    const result = capture('ruby', ['-w', '-I', 'lib', '-e', script], { cwd: gem });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(roundTripped(result.stdout)).toEqual(ORDER);
  });
});

describeWithToolchain('packaging: php under a composer PSR-4 mapping', ['php'], () => {
  test('strips the psr4Prefix from the folders, so a composer-style autoloader finds every class', () => {
    const dir = generatedRepository('php');
    expect(fs.existsSync(path.join(dir, 'src/Orders/Order.php'))).toBe(true);
    // What composer's generated autoloader does for a "psr-4" entry: prefix → folder.
    const autoload = `
      $composer = json_decode(file_get_contents('composer.json'), true);
      spl_autoload_register(static function (string $class) use ($composer): void {
          foreach ($composer['autoload']['psr-4'] as $prefix => $folder) {
              if (str_starts_with($class, $prefix)) {
                  $file = $folder . str_replace('\\\\', '/', substr($class, strlen($prefix))) . '.php';
                  if (is_file($file)) require $file;
              }
          }
      });
      echo json_encode(\\Acme\\Sdk\\Orders\\Order::fromArray(json_decode(file_get_contents(${JSON.stringify(ORDER_FILE)}), true))->toArray());`;
    expect(roundTripped(run('php', ['-d', 'error_reporting=-1', '-r', autoload], { cwd: dir }))).toEqual(ORDER);
  });
});

describeWithToolchain('packaging: go module with a package per area', ['go'], () => {
  test('imports the other area\'s package through the module path; go vet passes, a program round-trips and strict reading checks the other area\'s model as an object', () => {
    const dir = generatedRepository('go');
    fs.mkdirSync(path.join(dir, 'cmd', 'check'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'cmd', 'check', 'main.go'),
      `package main\n\nimport (\n\t"encoding/json"\n\t"fmt"\n\t"os"\n\n\t"example.com/acme/sdk/models/orders"\n)\n\nfunc main() {\n\tdata, _ := os.ReadFile(os.Args[1])\n\tvar order orders.Order\n\tif err := json.Unmarshal(data, &order); err != nil {\n\t\tpanic(err)\n\t}\n\tout, _ := json.Marshal(order)\n\tfmt.Println(string(out))\n\tif _, err := orders.UnmarshalOrderStrict(data); err != nil {\n\t\tpanic(err)\n\t}\n\tbad, _ := os.ReadFile(os.Args[2])\n\t_, err := orders.UnmarshalOrderStrict(bad)\n\tfmt.Println(err)\n}\n`,
    );
    const env = goEnv(dir);
    run('go', ['vet', './...'], { cwd: dir, env });
    const [json, strict] = run('go', ['run', './cmd/check', ORDER_FILE, badOrder(dir)], { cwd: dir, env }).trim().split('\n');
    expect(roundTripped(json)).toEqual(ORDER);
    expect(strict).toBe(BAD_ORDER_MESSAGE);
  });
});

describeWithToolchain('packaging: java packages per area', ['javac', 'java'], () => {
  test('names the other area\'s type by its package; javac -Xlint:all -Werror compiles, Jackson round-trips and strict reading checks the other area\'s record as an object', () => {
    const dir = generatedRepository('java');
    const sources = (fs.readdirSync(path.join(dir, 'src/main/java'), { recursive: true }) as string[]).filter((f) => f.endsWith('.java')).map((f) => path.join(dir, 'src/main/java', f));
    fs.writeFileSync(
      path.join(dir, 'Check.java'),
      'import com.fasterxml.jackson.databind.ObjectMapper;\nimport java.io.File;\n\npublic final class Check {\n  public static void main(String[] args) throws Exception {\n    ObjectMapper mapper = new ObjectMapper();\n    System.out.println(mapper.writeValueAsString(mapper.readValue(new File(args[0]), com.acme.orders.models.Order.class)));\n    com.acme.orders.models.Order.fromNodeStrict(mapper.readTree(new File(args[0])));\n    try {\n      com.acme.orders.models.Order.fromNodeStrict(mapper.readTree(new File(args[1])));\n    } catch (com.acme.orders.models.ModelValidationException e) {\n      System.out.println(e.getMessage());\n    }\n  }\n}\n',
    );
    run('javac', ['-Xlint:all', '-Werror', '-cp', JACKSON, '-d', path.join(dir, 'classes'), ...sources, path.join(dir, 'Check.java')]);
    const [json, strict] = run('java', ['-cp', [path.join(dir, 'classes'), JACKSON].join(path.delimiter), 'Check', ORDER_FILE, badOrder(dir)]).trim().split('\n');
    expect(roundTripped(json)).toEqual(ORDER);
    expect(strict).toBe(BAD_ORDER_MESSAGE);
  });
});

describeWithToolchain('packaging: .NET namespaces per area', ['mcs', 'mono', 'pkg-config'], () => {
  test('every .cs file starts with // <auto-generated/>; mcs -warnaserror compiles, Newtonsoft round-trips and strict reading checks the other area\'s model as an object', () => {
    const dir = generatedRepository('dotnet');
    const sources = (fs.readdirSync(path.join(dir, 'Models'), { recursive: true }) as string[]).filter((f) => f.endsWith('.cs')).map((f) => path.join(dir, 'Models', f));
    for (const file of sources) expect({ file, first: fs.readFileSync(file, 'utf8').split('\n')[0] }).toEqual({ file, first: '// <auto-generated/>' });
    fs.writeFileSync(
      path.join(dir, 'Check.cs'),
      'using System.IO;\nusing Newtonsoft.Json;\n\npublic static class Check\n{\n    public static void Main(string[] args)\n    {\n        var order = JsonConvert.DeserializeObject<Acme.Sdk.Orders.Order>(File.ReadAllText(args[0]));\n        System.Console.WriteLine(JsonConvert.SerializeObject(order));\n        Acme.Sdk.Orders.Order.FromJsonStrict(File.ReadAllText(args[0]));\n        try\n        {\n            Acme.Sdk.Orders.Order.FromJsonStrict(File.ReadAllText(args[1]));\n        }\n        catch (Acme.Sdk.Orders.ModelValidationException e)\n        {\n            System.Console.WriteLine(e.Message);\n        }\n    }\n}\n',
    );
    const newtonsoft = run('pkg-config', ['--libs', 'newtonsoft-json']).trim().replace(/^-r:/, '');
    fs.copyFileSync(newtonsoft, path.join(dir, path.basename(newtonsoft)));
    const exe = path.join(dir, 'Check.exe');
    run('mcs', ['-warnaserror', '-langversion:7.2', '-pkg:newtonsoft-json', `-out:${exe}`, ...sources, path.join(dir, 'Check.cs')]);
    const [json, strict] = run('mono', [exe, ORDER_FILE, badOrder(dir)]).trim().split('\n');
    expect(roundTripped(json)).toEqual(ORDER);
    expect(strict).toBe(BAD_ORDER_MESSAGE);
  });
});

describe('docs/packaging.md', () => {
  test('shows every hand-written file the tests use, as the tests use it', () => {
    const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'packaging.md'), 'utf8');
    const blocks = [...doc.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
    const files = (fs.readdirSync(FIXTURES, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(FIXTURES, f)).isFile()).sort();
    expect(files.length).toBeGreaterThanOrEqual(16);
    for (const file of files) expect({ file, shown: blocks.includes(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) }).toEqual({ file, shown: true });
  });
});

/**
 * Areas and neutral defaults through the real CLI, on the shop specs of
 * test/specs/cross-area/ (Widget in `catalog`, Order in `orders`), which
 * never name a vendor.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { modelgen } from '../support/cli';
import { filesIn } from '../support/drivers';
import { REPO_ROOT } from '../support/render';

/** A project with the shop specs; Go needs the module path to import across areas. */
function shop(config = 'targets:\n  go:\n    module: example.com/shop/models\n'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-shop-'));
  fs.cpSync(path.join(REPO_ROOT, 'test', 'specs', 'cross-area'), path.join(dir, 'specs'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'modelgen.config.yaml'), config);
  return dir;
}

const NAMED = `targets:
  go:
    module: example.com/shop/models
  java:
    package: com.shop.{area}
  python:
    package: shop.{area}
  ruby:
    module: Shop::{area}
  php:
    namespace: Shop\\{area}
  dotnet:
    namespace: Shop.{area}
`;

describe('neutral defaults', () => {
  test('specs that name no vendor get none: one note line on stderr names every option to set', () => {
    const dir = shop();
    const result = modelgen(['generate'], dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'note: the specs name no package for these options, so neutral defaults were used; set targets.java.package, targets.python.package, targets.ruby.module, targets.php.namespace, targets.dotnet.namespace in modelgen.config.yaml\n',
    );
    const texts = filesIn(path.join(dir, 'generated'), '').filter((f) => fs.statSync(f).isFile()).map((f) => `${f}\n${fs.readFileSync(f, 'utf8')}`);
    expect(texts.filter((t) => /workos/i.test(t))).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'generated/java/models/orders/Order.java'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'generated/ruby/lib/models/orders/order.rb'))).toBe(true);
  });

  test('--quiet prints no note, and `check` says it too', () => {
    const dir = shop();
    expect(modelgen(['generate', '--quiet'], dir)).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(modelgen(['check'], dir).stderr).toMatch(/^note: .*targets\.java\.package/);
  });

  test('runs that keep no cache say it too: --no-cache, and a first check', () => {
    const dir = shop();
    expect(modelgen(['generate', '--no-cache'], dir).stderr).toMatch(/^note: .*targets\.java\.package/);
    expect(modelgen(['check', '--no-cache'], dir).stderr).toMatch(/^note: .*targets\.java\.package/);
    const emptyCache = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-no-cache-yet-'));
    expect(modelgen(['check', '--cache-dir', emptyCache], dir).stderr).toMatch(/^note: .*targets\.java\.package/);
  });

  test('the note is gone once the options are set, also when the cache answers', () => {
    const dir = shop(NAMED);
    expect(modelgen(['generate'], dir).stderr).toBe('');
    expect(modelgen(['generate'], dir).stderr).toBe('');
    expect(fs.existsSync(path.join(dir, 'generated/php/Shop/Orders/Order.php'))).toBe(true);
  });

  test('a reused target still says it fell back to a default', () => {
    const dir = shop();
    modelgen(['generate', '--quiet'], dir);
    const again = modelgen(['generate', '--verbose'], dir);
    expect(again.stdout).toContain('cache: reused');
    expect(again.stderr).toMatch(/^note: /);
  });
});

describe('areas in the config', () => {
  test('override the docs by spec path and by model id', () => {
    const dir = shop(`areas:\n  specs/widget.mdx: inventory\n  order: orders-v2\n${NAMED}`);
    expect(modelgen(['generate', '--quiet'], dir).status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'generated/go/inventory/widget.go'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'generated/java/com/shop/ordersv2/Order.java'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'generated/python/shop/orders_v2/order.py'), 'utf8')).toContain('from shop.inventory.widget import Widget');
  });

  test('a key naming neither a spec nor a model is MG213 at its position, and nothing is written', () => {
    const dir = shop('areas:\n  specs/widgit.mdx: inventory\ntargets:\n  go:\n    module: example.com/shop/models\n');
    const result = modelgen(['generate'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('modelgen.config.yaml:2:3 - error MG213: `areas` names `specs/widgit.mdx`, which is neither a spec of this run nor a model id');
    expect(result.stderr).toContain('hint: key `areas` by a spec path (relative to the config file, as `specs` lists it) or by a model `id`');
    expect(fs.existsSync(path.join(dir, 'generated'))).toBe(false);
  });

  test('an area that is not lowercase words is MG201 at the value', () => {
    const result = modelgen(['generate'], shop('areas:\n  order: Orders V2\n'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/modelgen\.config\.yaml:2:10 - error MG201: .*`Orders V2` does not match/);
  });

  test('an option whose `{area}` form is not a valid name is MG201', () => {
    const result = modelgen(['generate'], shop('targets:\n  java:\n    package: com.{area}.class\n'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('`targets.java.package`');
    expect(result.stderr).toContain('Java reserved word `class`');
  });

  test('Go refuses a cross-area reference without the module path, naming the option (MG209)', () => {
    const result = modelgen(['generate'], shop(''));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error MG209: go: package orders refers to models of package catalog, and importing it needs the module path');
    expect(result.stderr).toContain('set `targets.go.module`');
  });
});

/** Where the input-hash cache lives: never in the output folder, one file per output folder, wherever it is put. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cacheFileFor, defaultCacheDir } from '../../src/cache/cache-location';
import { modelgenUntimed as modelgen, tempProject } from '../support/cli';

const GO = ['--lang', 'go'];
const reusedGo = 'cache: reused go\n4 generated files are up to date\n';

describe('defaultCacheDir', () => {
  test('the nearest node_modules above the project, else $XDG_CACHE_HOME, else ~/.cache', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-where-'));
    fs.mkdirSync(path.join(root, 'node_modules'));
    fs.mkdirSync(path.join(root, 'packages/sdk'), { recursive: true });
    expect(defaultCacheDir(path.join(root, 'packages/sdk'))).toBe(path.join(root, 'node_modules/.cache/modelgen'));
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-bare-'));
    expect(defaultCacheDir(bare, { XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me/modelgen');
    expect(defaultCacheDir(bare, { XDG_CACHE_HOME: 'relative/ignored' })).toBe(path.join(os.homedir(), '.cache/modelgen'));
  });

  test('two output folders never share a cache file', () => {
    expect(cacheFileFor('/c', '/a/generated')).not.toBe(cacheFileFor('/c', '/b/generated'));
    expect(cacheFileFor('/c', '/a/generated')).toBe(cacheFileFor('/c', '/a/x/../generated'));
  });
});

describe('the cache folder', () => {
  test('--cache-dir and the cacheDir config key put it where they say', () => {
    const dir = tempProject();
    expect(modelgen(['generate', '--cache-dir', 'my-cache', ...GO], dir).status).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'my-cache')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(modelgen(['check', '--verbose', '--cache-dir', 'my-cache', ...GO], dir).stdout).toBe(reusedGo);
    fs.writeFileSync(path.join(dir, 'modelgen.config.yaml'), 'cacheDir: from-config\n');
    expect(modelgen(['generate', ...GO], dir).status).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'from-config')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(modelgen(['check', '--verbose', ...GO], dir).stdout).toBe(reusedGo);
  });

  test("without node_modules it goes to $XDG_CACHE_HOME/modelgen, and the output folder holds only code and the manifest", () => {
    const dir = tempProject();
    const xdg = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-xdg-'));
    expect(modelgen(['generate', ...GO], dir, { XDG_CACHE_HOME: xdg }).status).toBe(0);
    // code-cache/ is bin/modelgen's V8 code cache (src/cli/launch.ts), which always lives in the user's cache folder.
    expect(fs.readdirSync(path.join(xdg, 'modelgen')).sort()).toEqual([path.basename(cacheFileFor(xdg, path.join(dir, 'generated'))), 'code-cache', 'seal.key'].sort());
    expect(fs.readdirSync(path.join(dir, 'generated')).sort()).toEqual(['.modelgen-manifest.json', 'go']);
    expect(modelgen(['check', '--verbose', ...GO], dir, { XDG_CACHE_HOME: xdg }).stdout).toBe(reusedGo);
  });

  test('a cache that cannot be written is MG210 with its path, exit 2; the files are written and check passes', () => {
    const dir = tempProject({ 'blocked': 'a file where the cache folder would go' });
    const result = modelgen(['generate', '--cache-dir', 'blocked/cache', ...GO], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^modelgen - error MG210: could not write the cache \S*blocked\/cache\S*: ENOTDIR\n {2}hint: the generated files are written and correct/m);
    expect(result.stderr).not.toContain('internal error');
    expect(modelgen(['check', '--no-cache', ...GO], dir).status).toBe(0);
  });
});

describe('the old cache in the output folder', () => {
  const LEGACY = 'generated/.modelgen-cache.json';

  test("is removed by generate when it is modelgen's", () => {
    const dir = tempProject();
    expect(modelgen(['generate', ...GO], dir).status).toBe(0);
    fs.writeFileSync(path.join(dir, LEGACY), '{"generator":"modelgen","cacheFormat":1,"code":"x","folder":"y","seal":"z"}\n{}\n');
    expect(modelgen(['check', ...GO], dir).status).toBe(0);
    expect(fs.existsSync(path.join(dir, LEGACY))).toBe(true);
    expect(modelgen(['generate', ...GO], dir).status).toBe(0);
    expect(fs.existsSync(path.join(dir, LEGACY))).toBe(false);
  });

  test("is left alone when it is not modelgen's: a user's file, or a symlink", () => {
    const dir = tempProject();
    expect(modelgen(['generate', ...GO], dir).status).toBe(0);
    fs.writeFileSync(path.join(dir, LEGACY), '{"mine": true}\n');
    expect(modelgen(['generate', ...GO], dir).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, LEGACY), 'utf8')).toBe('{"mine": true}\n');
    fs.rmSync(path.join(dir, LEGACY));
    const target = path.join(dir, 'elsewhere.json');
    fs.writeFileSync(target, '{"generator":"modelgen","cacheFormat":1,"seal":"z"}\n');
    fs.symlinkSync(target, path.join(dir, LEGACY));
    expect(modelgen(['generate', ...GO], dir).status).toBe(0);
    expect(fs.lstatSync(path.join(dir, LEGACY)).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(target)).toBe(true);
  });
});

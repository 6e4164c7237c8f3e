import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findConfigFile, projectRoot, specName } from '../../src/config/project-root';

/** A folder tree under a fresh temporary folder; names ending in `/` are folders. */
function tree(entries: readonly string[]): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-root-')));
  for (const entry of entries) {
    const full = path.join(root, entry);
    if (entry.endsWith('/')) fs.mkdirSync(full, { recursive: true });
    else {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, '');
    }
  }
  return root;
}

describe('findConfigFile', () => {
  test.each([
    ['in the folder itself', ['modelgen.config.yaml', 'a/b/'], '.', 'modelgen.config.yaml'],
    ['two folders up', ['modelgen.config.yaml', 'a/b/'], 'a/b', 'modelgen.config.yaml'],
    ['as .yml', ['modelgen.config.yml', 'a/'], 'a', 'modelgen.config.yml'],
    ['.yaml before .yml in one folder', ['modelgen.config.yml', 'modelgen.config.yaml'], '.', 'modelgen.config.yaml'],
    ['the nearest wins', ['modelgen.config.yaml', 'a/modelgen.config.yml', 'a/b/'], 'a/b', 'a/modelgen.config.yml'],
  ])('%s', (_name, entries, from, expected) => {
    const root = tree(entries);
    expect(findConfigFile(path.join(root, from))).toBe(path.join(root, expected));
  });
});

describe('projectRoot', () => {
  test('the config file folder, wherever the run starts', () => {
    const root = tree(['sdk/modelgen.config.yaml', 'sdk/specs/', '.git/']);
    expect(projectRoot('../modelgen.config.yaml', path.join(root, 'sdk/specs'), 'x')).toBe(path.join(root, 'sdk'));
  });

  test.each([
    ['.git', ['repo/.git/', 'repo/api/specs/'], 'repo'],
    ['package.json', ['repo/package.json', 'repo/api/specs/'], 'repo'],
    ['the nearer of the two', ['repo/.git/', 'repo/api/package.json', 'repo/api/specs/'], 'repo/api'],
  ])('without a config: the nearest folder above the specs holding %s', (_name, entries, expected) => {
    const root = tree(entries);
    // From `/`: the working folder does not matter, the specs' place does.
    expect(projectRoot(undefined, path.parse(root).root, path.join(root, 'repo/api/specs'))).toBe(path.join(root, expected));
  });

  test('without a config or a marker: the working folder', () => {
    const root = tree(['specs/']);
    expect(projectRoot(undefined, root, 'specs')).toBe(root);
  });
});

test.each([
  ['/repo', '/repo/specs/a.mdx', 'specs/a.mdx'],
  ['/repo', '/repo/specs/../specs/a.mdx', 'specs/a.mdx'],
  ['/repo/sdk', '/repo/specs/a.mdx', '../specs/a.mdx'],
])('specName(%j, %j) = %j', (root, file, expected) => {
  expect(specName(root, file)).toBe(expected);
});

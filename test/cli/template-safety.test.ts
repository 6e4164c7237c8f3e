/** Template overrides: what a template folder holds must not crash a run, leak past the folder, or write files the next run disowns. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUILTIN_TEMPLATES } from '../../src/render/template-engine';
import { modelgen, snapshotTree, tempProject } from '../support/cli';

const GO_TEMPLATE = fs.readFileSync(path.join(BUILTIN_TEMPLATES, 'go', 'model.go.hbs'), 'utf8');

describe('a template folder holding something other than templates', () => {
  test.each([
    ['a folder named like a template', (file: string) => fs.mkdirSync(file), 'it is a folder'],
    ['a dangling symlink', (file: string) => fs.symlinkSync(path.join(path.dirname(file), 'nowhere.hbs'), file), 'it is a symlink to nothing'],
    [
      'a symlink to a file outside the template folder',
      (file: string) => {
        const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-secret-')), 'secret.hbs');
        fs.writeFileSync(outside, '{{header}}\nsecret\n');
        fs.symlinkSync(outside, file);
      },
      'it is a symlink to a file outside the template folder',
    ],
  ])('%s: MG211 with its path, exit 2, nothing written', (_what, plant, why) => {
    const dir = tempProject();
    fs.mkdirSync(path.join(dir, 'tpl/go'), { recursive: true });
    plant(path.join(dir, 'tpl/go/model.go.hbs'));
    for (const command of ['generate', 'check']) {
      const result = modelgen([command, '--templates', 'tpl', '--lang', 'go'], dir);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`tpl/go/model.go.hbs:1:1 - error MG211: cannot use the template tpl/go/model.go.hbs: ${why}`);
      expect(result.stderr).not.toContain('internal error');
    }
    expect(fs.existsSync(path.join(dir, 'generated'))).toBe(false);
  });
});

test('a template without {{header}} is refused: the files it writes could never be recognised as modelgen\'s', () => {
  const dir = tempProject({ 'tpl/go/model.go.hbs': GO_TEMPLATE.replace('{{header}}\n', '') });
  const before = snapshotTree(dir);
  const result = modelgen(['generate', '--templates', 'tpl', '--lang', 'go'], dir);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("error MG212: go/directorysync/directory.go would not begin with modelgen's header for go; its template must start with `{{header}}`");
  expect(snapshotTree(dir)).toEqual(before);
});

test("a partial of another target, called from an override, is part of the cache key: editing it makes check report the files it changes", () => {
  const dir = tempProject({
    'node_modules/.keep': '',
    'tpl/go/model.go.hbs': GO_TEMPLATE.replace('package {{packageName}}\n', 'package {{packageName}}\n\n{{> typescript/note}}\n'),
    'tpl/typescript/_note.hbs': '// Note one.',
  });
  const args = ['--templates', 'tpl', '--lang', 'typescript,go'];
  expect(modelgen(['generate', ...args], dir).status).toBe(0);
  expect(fs.readFileSync(path.join(dir, 'generated/go/directorysync/directory.go'), 'utf8')).toContain('// Note one.');
  fs.writeFileSync(path.join(dir, 'tpl/typescript/_note.hbs'), '// Note two.');
  const check = modelgen(['check', '--verbose', ...args], dir);
  expect(check.status).toBe(1);
  expect(check.stdout).toContain('stale: generated/go/directorysync/directory.go');
  expect(modelgen(['generate', ...args], dir).stdout).toContain('updated generated/go/directorysync/directory.go');
  expect(modelgen(['check', ...args], dir).status).toBe(0);
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_TEMPLATES } from '../../src/render/template-engine';
import { modelgen, snapshotTree, tempProject } from '../support/cli';

describe('templates eject', () => {
  test("copies a target's built-in templates, byte for byte, and says how to use them", () => {
    const dir = tempProject();
    const result = modelgen(['templates', 'eject', '--lang', 'go', '--to', 'my-templates'], dir);
    expect(result.status).toBe(0);
    const files = ['_doc.hbs', '_enum.hbs', 'enum.go.hbs', 'model.go.hbs', 'nullable.go.hbs', 'union.go.hbs'];
    expect(result.stdout).toBe(`${files.map((f) => `copied my-templates/go/${f}\n`).join('')}edit them, then run: modelgen generate --templates my-templates\n`);
    for (const file of files) {
      expect(fs.readFileSync(path.join(dir, 'my-templates/go', file), 'utf8')).toBe(fs.readFileSync(path.join(BUILTIN_TEMPLATES, 'go', file), 'utf8'));
    }
    expect(fs.readdirSync(path.join(dir, 'my-templates'))).toEqual(['go']);
  });

  test('--to defaults to templates/', () => {
    const dir = tempProject();
    expect(modelgen(['templates', 'eject', '--lang', 'python', '--quiet'], dir).stdout).toBe('');
    expect(fs.readdirSync(path.join(dir, 'templates/python')).sort()).toEqual(['__init__.py.hbs', '_docstring.hbs', '_module_docstring.hbs', 'enum.py.hbs', 'model.py.hbs', 'types.py.hbs', 'union.py.hbs']);
  });

  test('refuses to overwrite a template already there: exit 2, nothing written', () => {
    const dir = tempProject({ 'my-templates/go/model.go.hbs': '{{header}}\n// mine\n' });
    const before = snapshotTree(path.join(dir, 'my-templates'));
    const result = modelgen(['templates', 'eject', '--lang', 'go', '--to', 'my-templates'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'modelgen - error MG204: refusing to overwrite my-templates/go/model.go.hbs\n  hint: eject into an empty folder, or delete the files you want replaced\n1 error, 0 warnings\n',
    );
    expect(snapshotTree(path.join(dir, 'my-templates'))).toEqual(before);
  });

  test('an unknown language is bad usage, exit 2', () => {
    const dir = tempProject();
    const result = modelgen(['templates', 'eject', '--lang', 'cobol'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('modelgen - error MG202: unknown language `cobol`; expected one of typescript, go, java, python, ruby, php, dotnet');
    expect(fs.existsSync(path.join(dir, 'templates'))).toBe(false);
  });

  test('a misspelt language gets the nearest name; ts is typescript', () => {
    const dir = tempProject();
    const result = modelgen(['templates', 'eject', '--lang', 'golang'], dir);
    expect(result.stderr.split('\n')[0]).toBe('modelgen - error MG202: unknown language `golang`; expected one of typescript, go, java, python, ruby, php, dotnet; did you mean `go`?');
    expect(modelgen(['templates', 'eject', '--lang', 'ts'], dir).status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'templates', 'typescript', 'model.ts.hbs'))).toBe(true);
  });

  test('--lang is required', () => {
    const result = modelgen(['templates', 'eject'], tempProject());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("error: required option '--lang <lang>' not specified");
  });

  test('ejected templates render what the built-in ones do; an edit changes only the files of that template', () => {
    const dir = tempProject();
    expect(modelgen(['generate', '--lang', 'go,ruby'], dir).status).toBe(0);
    expect(modelgen(['templates', 'eject', '--lang', 'go', '--to', 'my-templates'], dir).status).toBe(0);
    expect(modelgen(['check', '--lang', 'go,ruby', '--templates', 'my-templates'], dir).status).toBe(0);

    const template = path.join(dir, 'my-templates/go/model.go.hbs');
    fs.writeFileSync(template, fs.readFileSync(template, 'utf8').replace('type {{name}} struct {\n', '// {{name}} is customised.\ntype {{name}} struct {\n'));
    const result = modelgen(['generate', '--lang', 'go,ruby', '--templates', 'my-templates'], dir);
    // Unchanged: the two Ruby models, Ruby's model_runtime.rb, its entry file lib/workos.rb, Go's modelgen_types.go and the manifest.
    expect(result.stdout).toBe('updated generated/go/directorysync/directory_group.go\nupdated generated/go/directorysync/directory.go\n2 files changed, 6 unchanged\n');
    expect(fs.readFileSync(path.join(dir, 'generated/go/directorysync/directory.go'), 'utf8')).toContain('\n// Directory is customised.\ntype Directory struct {\n');
  });
});

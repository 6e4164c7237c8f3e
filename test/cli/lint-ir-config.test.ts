import * as fs from 'node:fs';
import * as path from 'node:path';
import { modelgen, tempProject } from '../support/cli';

describe('lint', () => {
  test('prints every finding of the seeds with its location, exit 0; --strict exits 1', () => {
    const dir = tempProject();
    const result = modelgen(['lint'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'specs/directory.mdx:206:24 - warning MG103: python `Directory.object` references `directory.id` but is named like `directory.object`; linked to `directory.object`\n  hint: point the description reference at the field the property is named after\n',
    );
    expect(result.stdout).toMatch(/\n0 errors, 19 warnings\n$/);
    expect(modelgen(['lint', '--strict'], dir).status).toBe(1);
  });

  test('a spec with errors makes lint exit 2', () => {
    const dir = tempProject({ 'specs/x.yaml': 'reference: 3\n' });
    expect(modelgen(['lint'], dir).status).toBe(2);
  });
});

describe('ir', () => {
  test('prints the normalised models as JSON', () => {
    const result = modelgen(['ir', '--specs', 'specs/directory.mdx'], tempProject());
    expect(result.status).toBe(0);
    const ir = JSON.parse(result.stdout);
    expect(ir.models.map((m: { id: string }) => m.id)).toEqual(['directory']);
    expect(ir.models[0].bindings.map((b: { language: string }) => b.language)).toEqual(['curl', 'js', 'go', 'java', 'python', 'ruby', 'php', 'dotnet']);
  });
});

describe('config file', () => {
  test('modelgen.config.yaml supplies defaults; flags win', () => {
    const dir = tempProject({ 'modelgen.config.yaml': 'specs: specs/directory.mdx\nout: sdk\nlanguages: [typescript]\ntargets:\n  typescript:\n    dir: ts\n' });
    const result = modelgen(['generate'], dir);
    expect(result.stdout).toContain('created sdk/ts/directory.ts\n');
    expect(result.stdout).not.toContain('directory-group');
    expect(modelgen(['generate', '--out', 'other'], dir).stdout).toContain('created other/ts/directory.ts\n');
  });

  test.each([
    ['an unknown key', 'colour: red\n', 'modelgen.config.yaml:1:1 - error MG201: unknown key `colour` in the config; expected $schema, specs, out, languages, templates, targets'],
    ['a misspelt key', 'spec: specs\n', 'modelgen.config.yaml:1:1 - error MG201: unknown key `spec` in the config; did you mean `specs`?'],
    ["another tool's word for a key", 'output: sdk\n', 'modelgen.config.yaml:1:1 - error MG201: unknown key `output` in the config; did you mean `out`?'],
    ['a misspelt target', 'targets:\n  pyhton: {}\n', 'modelgen.config.yaml:2:3 - error MG201: unknown key `pyhton` in `targets`; did you mean `python`?'],
    ["a language's other name", 'languages: [golang]\n', 'modelgen.config.yaml:1:13 - error MG201: `languages`[0] is `golang`, expected one of typescript, go, java, python, ruby, php, dotnet; did you mean `go`?'],
    ['a wrong type', 'out: [a, b]\n', 'modelgen.config.yaml:1:6 - error MG201: `out` is a list, expected a string'],
    ['an unknown target', 'targets:\n  cobol: {}\n', 'modelgen.config.yaml:2:3 - error MG201: unknown key `cobol` in `targets`; expected typescript, go, java, python, ruby, php, dotnet'],
    ['an unknown target option', 'targets:\n  typescript:\n    package: x\n', 'modelgen.config.yaml:3:5 - error MG201: unknown key `package` in `typescript`; expected dir'],
    ['an unknown language', 'languages: [typescript, cobol]\n', 'modelgen.config.yaml:1:25 - error MG201: `languages`[1] is `cobol`, expected one of typescript, go, java, python, ruby, php, dotnet'],
    ['an unsafe output folder', 'targets:\n  go:\n    dir: ../../etc\n', 'modelgen.config.yaml:3:10 - error MG201: `targets.go.dir`: must be a relative folder without `.`, `..` or `\\` segments, control characters or names unsafe on some systems'],
    ['a bad option value', 'targets:\n  java:\n    package: com.class.x\n', 'modelgen.config.yaml:3:14 - error MG201: `targets.java.package`: '],
  ])('%s is an error with its position, exit 2', (_name, config, message) => {
    const result = modelgen(['generate'], tempProject({ 'modelgen.config.yaml': config }));
    expect(result.status).toBe(2);
    // The last case ends where the option's own wording starts.
    expect(result.stderr.split('\n')[0].slice(0, message.length)).toBe(message);
  });

  test.each([
    ['a misspelling', 'pyhton', 'modelgen - error MG202: unknown language `pyhton` in --lang; did you mean `python`?'],
    ['another name', 'golang', 'modelgen - error MG202: unknown language `golang` in --lang; did you mean `go`?'],
    ['C#', 'csharp', 'modelgen - error MG202: unknown language `csharp` in --lang; did you mean `dotnet`?'],
    ['no near name', 'cobol', 'modelgen - error MG202: unknown language `cobol` in --lang'],
  ])('--lang with %s is an error with a suggestion where there is one, exit 2', (_name, lang, message) => {
    const result = modelgen(['generate', '--lang', lang], tempProject());
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
  });

  test.each(['ts', 'js'])('--lang %s is typescript (js is what the specs call it)', (lang) => {
    const result = modelgen(['generate', '--lang', lang], tempProject());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('created generated/typescript/index.ts\n');
  });

  test.each(['modelgen.config.yaml', 'modelgen.config.yml'])('%s is found from a folder below it, as Prettier finds its config', (name) => {
    const dir = tempProject({ [name]: 'out: sdk\nlanguages: [go]\n' });
    const result = modelgen(['generate'], path.join(dir, 'specs'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('created ../sdk/go/directorysync/directory.go\n');
    expect(modelgen(['check'], path.join(dir, 'specs')).status).toBe(0);
  });

  test('absolute paths in the config are taken as they are, relative ones from its folder', () => {
    const dir = tempProject({ 'tpl/go/.keep': '' });
    const elsewhere = tempProject();
    const config = `specs: [${path.join(elsewhere, 'specs')}]\nout: ${path.join(dir, 'abs-out')}\ntemplates: ${path.join(dir, 'tpl')}\nlanguages: [go]\n`;
    fs.mkdirSync(path.join(dir, 'conf'));
    fs.writeFileSync(path.join(dir, 'conf', 'modelgen.config.yaml'), config);
    const result = modelgen(['generate'], path.join(dir, 'conf'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('created ../abs-out/go/directorysync/directory.go\n');
    fs.writeFileSync(path.join(dir, 'conf', 'modelgen.config.yaml'), 'specs: [../specs]\nout: rel-out\nlanguages: [go]\n');
    expect(modelgen(['generate', '--config', 'conf/modelgen.config.yaml'], dir).stdout).toContain('created conf/rel-out/go/directorysync/directory.go\n');
  });

  test('--config points at another file', () => {
    const dir = tempProject({ 'conf/mg.yaml': 'out: ../elsewhere\nlanguages: [typescript]\n' });
    expect(modelgen(['generate', '--config', 'conf/mg.yaml', '--specs', 'specs'], dir).stdout).toContain('created elsewhere/typescript/directory.ts\n');
  });
});

describe('--templates', () => {
  test.each([
    ['--templates', ['--templates', 'tpls'], {}, "modelgen - error MG215: --templates names 'tpls', which is not a folder"],
    ['the config', [], { 'modelgen.config.yaml': 'templates: tpls\n' }, "modelgen - error MG215: `templates` in modelgen.config.yaml names 'tpls', which is not a folder"],
  ])('a template folder that is not there, named by %s, is an error, exit 2', (_name, args, files, message) => {
    const dir = tempProject(files);
    const result = modelgen(['check', ...args], dir);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(result.stderr).toContain('  hint: point --templates (or `templates` in the config) at a folder holding <lang>/<file>.hbs overrides; `modelgen templates eject` makes one\n');
  });

  test('a file in the folder overrides the built-in template of the same name, and only it', () => {
    const dir = tempProject({ 'tpl/typescript/index.ts.hbs': '{{header}}\n// custom index\n' });
    modelgen(['generate', '--lang', 'typescript'], dir);
    const builtIn = fs.readFileSync(path.join(dir, 'generated/typescript/directory.ts'), 'utf8');
    const result = modelgen(['generate', '--lang', 'typescript', '--templates', 'tpl'], dir);
    expect(result.stdout).toContain('updated generated/typescript/index.ts\n');
    expect(result.stdout).not.toContain('directory.ts');
    expect(fs.readFileSync(path.join(dir, 'generated/typescript/index.ts'), 'utf8')).toContain('// custom index\n');
    expect(fs.readFileSync(path.join(dir, 'generated/typescript/directory.ts'), 'utf8')).toBe(builtIn);
  });

  test.each([
    ['a missing key', '{{header}}\n\n  {{nope}}\n', 'tpl/typescript/index.ts.hbs:3:5 - error MG203: template error: "nope" not defined in [object Object]'],
    ['a missing key on a string', '{{header}}\n{{#each modules}}\n {{nope}}\n{{/each}}\n', "tpl/typescript/index.ts.hbs:3:2 - error MG203: template error: Cannot use 'in' operator to search for 'nope' in directory"],
    ['a syntax error', '{{header}}\n{{#each modules}}\n', 'tpl/typescript/index.ts.hbs:3:1 - error MG203: template error: Parse error on line 3:'],
  ])('a template error names the template file and line: %s', (_name, template, message) => {
    const dir = tempProject({ 'tpl/typescript/index.ts.hbs': template });
    const result = modelgen(['generate', '--lang', 'typescript', '--templates', 'tpl'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(fs.existsSync(path.join(dir, 'generated'))).toBe(false);
  });
});

/** The built-in templates precompiled by `npm run build`: used while current, never in place of an edited file. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Handlebars from 'handlebars';
import { builtinTemplateNames, BUILTIN_TEMPLATES } from '../../src/render/template-files';
import { COMPILE_OPTIONS, loadPrecompiled, PrecompiledTemplates } from '../../src/render/precompiled';
import { TemplateEngine } from '../../src/render/template-engine';
import { REPO_ROOT } from '../support/render';

const NULLABLE = 'go/nullable.go.hbs';
const DATA = { header: '// h', packageName: 'p' };
const spec = (text: string) => new Function(`return ${Handlebars.precompile(text, { ...COMPILE_OPTIONS })}`)();
const renderGo = (precompiled: PrecompiledTemplates) => new TemplateEngine(undefined, undefined, precompiled).render('go', 'nullable.go.hbs', DATA);

test('the build precompiles every built-in template, each from the text templates/ holds now', () => {
  const precompiled = loadPrecompiled();
  const names = builtinTemplateNames().map(([target, file]) => `${target}/${file}`);
  expect(names.length).toBeGreaterThan(20);
  expect(Object.keys(precompiled).sort()).toEqual([...names].sort());
  for (const name of names) expect([name, precompiled[name].source]).toEqual([name, fs.readFileSync(path.join(BUILTIN_TEMPLATES, name), 'utf8')]);
});

test('a precompiled template is used while its file holds the text it came from', () => {
  const text = fs.readFileSync(path.join(BUILTIN_TEMPLATES, NULLABLE), 'utf8');
  const rendered = renderGo({ [NULLABLE]: { source: text, spec: spec('from the precompiled form {{header}}') } });
  expect(rendered).toBe('from the precompiled form // h');
});

test('a template edited since the build is compiled as the file now reads, and renders as with nothing precompiled', () => {
  const stale = renderGo({ [NULLABLE]: { source: 'an older text', spec: spec('the older text {{header}}') } });
  expect(stale).toBe(renderGo({}));
  expect(stale).toMatch(/^\/\/ h\n[^]*package p\b/);
});

test('rendering with only built-in templates loads the Handlebars runtime, not its compiler', () => {
  const script = `
    const { readSpecs, renderModels } = require('./dist/pipeline');
    const { TARGETS } = require('./dist/targets/registry');
    const runs = TARGETS.map((target) => ({ target, options: Object.fromEntries(target.options.map((o) => [o.key, o.default])), dir: target.name }));
    renderModels(readSpecs(['specs']).modelSet, runs).then((r) => {
      const loaded = Object.keys(require.cache).filter((f) => f.includes('handlebars')).map((f) => f.slice(f.indexOf('handlebars')));
      console.log(JSON.stringify({ files: r.files.length, compiler: loaded.some((f) => f.includes('compiler') || f === 'handlebars/lib/index.js'), runtime: loaded.includes('handlebars/runtime.js') }));
    });`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual({ files: expect.any(Number), compiler: false, runtime: true });
  expect(JSON.parse(run.stdout).files).toBeGreaterThan(40);
});

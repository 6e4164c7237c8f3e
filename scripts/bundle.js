#!/usr/bin/env node
'use strict';
/**
 * Part of `npm run build`: bundles the CLI (src/cli/main.ts and everything it
 * loads, yaml, commander and the Handlebars runtime included) into one file,
 * dist/modelgen.js, which bin/modelgen runs through a V8 code cache
 * (src/cli/launch.ts). One file is read and compiled once instead of some 200
 * CommonJS modules resolved one by one. Prettier stays outside: it is large,
 * loads its own plugins, and only runs when TypeScript is formatted. So does
 * the Handlebars compiler (`handlebars`, with source-map), which only a
 * template override or a template edited since the build needs; its runtime
 * (`handlebars/runtime`) is bundled.
 */
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');

/** Exactly `handlebars`; esbuild's `external` would take `handlebars/runtime` along. */
const handlebarsCompilerOutside = {
  name: 'handlebars-compiler-outside',
  setup(build) {
    build.onResolve({ filter: /^handlebars$/ }, () => ({
      path: 'handlebars',
      external: true,
    }));
  },
};

/**
 * esbuild imports each Node built-in as `__toESM(require("node:fs"))`: a new
 * object with a getter for every export, made at start-up for each of the
 * ~45 modules that import one, and a getter call on every `fs.` and `path.`
 * after. modelgen only ever uses their named exports, never `.default`, so
 * the module itself serves; the build fails if that stops being true.
 */
function plainBuiltins(file) {
  const source = fs.readFileSync(file, 'utf8');
  const wrapped = /([\w$]+) = __toESM\(require\("(node:[\w/]+)"\)\)/g;
  const names = [...source.matchAll(wrapped)].map((m) => m[1]);
  const usesDefault = names.filter((name) => new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\.default\\b`).test(source));
  if (usesDefault.length > 0) throw new Error(`bundle: ${usesDefault.join(', ')} read .default of a Node built-in; keep esbuild's __toESM for them`);
  fs.writeFileSync(file, source.replace(wrapped, '$1 = require("$2")'));
}

const outfile = path.join(ROOT, 'dist', 'modelgen.js');

esbuild
  .build({
    entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['prettier', 'fsevents'],
    // require(), as tsc compiles it: the bundle runs as a vm.Script, which has no loader for import().
    supported: { 'dynamic-import': false },
    plugins: [handlebarsCompilerOutside],
    logLevel: 'warning',
  })
  .then(() => plainBuiltins(outfile))
  .catch((error) => {
    if (error instanceof Error && !('errors' in error)) process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  });

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

esbuild
  .build({
    entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')],
    outfile: path.join(ROOT, 'dist', 'modelgen.js'),
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
  .catch(() => {
    process.exitCode = 1;
  });

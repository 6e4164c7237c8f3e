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
 * An esbuild plugin that replaces `find` with `replace` in the file matching
 * `filter` as it is loaded; the build fails when the file no longer holds
 * `find`, so a library or source that changed cannot slip past it.
 */
function replaceOnLoad(name, filter, loader, find, replace) {
  return {
    name,
    setup(build) {
      build.onLoad({ filter }, (args) => {
        const source = fs.readFileSync(args.path, 'utf8');
        if (!source.includes(find)) throw new Error(`bundle: ${args.path} no longer has \`${find}\`; update the ${name} plugin`);
        return { contents: source.replace(find, replace()), loader };
      });
    },
  };
}

/**
 * commander requires `child_process` at its top for executable subcommands,
 * which modelgen has none of; loading it (with `net` and `dgram`) costs every
 * run some 5 ms. Here it is required on first use instead.
 */
const commanderChildProcessLazy = replaceOnLoad(
  'commander-child-process-lazy',
  /[\\/]commander[\\/]lib[\\/]command\.js$/,
  'js',
  "const childProcess = require('node:child_process');",
  () => "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };",
);

/**
 * esbuild imports each Node built-in as `__toESM(require("node:fs"))`: a new
 * object with a getter for every export, made at start-up for each of the
 * ~45 modules that import one, and a getter call on every `fs.` and `path.`
 * after. modelgen only ever uses their named exports, never `.default`, so
 * the module itself serves; the build fails if that stops being true.
 */
function plainBuiltins(source) {
  const wrapped = /([\w$]+) = __toESM\(require\("(node:[\w/]+)"\)\)/g;
  const names = [...source.matchAll(wrapped)].map((m) => m[1]);
  const usesDefault = names.filter((name) => new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\.default\\b`).test(source));
  if (usesDefault.length > 0) throw new Error(`bundle: ${usesDefault.join(', ')} read .default of a Node built-in; keep esbuild's __toESM for them`);
  return source.replace(wrapped, '$1 = require("$2")');
}

/**
 * The precompiled templates (dist/builtin-templates.js, 0.5 MB) go inside
 * the bundle, so their code is in the launcher's code cache too, instead of
 * being parsed by Node's loader on every rendering run (some 6 ms).
 * src/render/precompiled.ts requires them by a computed path, which a
 * bundler cannot follow; here that require names the file.
 */
const PRECOMPILED = path.join(ROOT, 'dist', 'builtin-templates.js');
const templatesInside = replaceOnLoad('templates-inside', /[\\/]src[\\/]render[\\/]precompiled\.ts$/, 'ts', 'require(PRECOMPILED_FILE)', () =>
  fs.existsSync(PRECOMPILED) ? `require(${JSON.stringify(PRECOMPILED)})` : '{}',
);

/**
 * The code fingerprint (src/cache/fingerprint.ts) of a run from the bundle:
 * a digest of the bundle and of the bundled libraries' versions, taken here
 * once instead of by every run (hashing 1.5 MB took 6 ms of each). It names
 * the bundle's size, and a run hashes the bundle itself when the size
 * differs or the file is missing; it is removed before each build, so a
 * build that fails half-way never leaves an old one beside a new bundle.
 */
const FINGERPRINT = path.join(ROOT, 'dist', 'modelgen.fingerprint.json');
const BUNDLED_LIBRARIES = ['yaml', 'handlebars', 'commander'];

function writeFingerprint(text) {
  const { bundleFingerprint } = require('../dist/cache/fingerprint');
  const versions = BUNDLED_LIBRARIES.map((name) => `${name}@${JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version}`);
  fs.writeFileSync(FINGERPRINT, `${JSON.stringify({ bytes: Buffer.byteLength(text), digest: bundleFingerprint(text, versions) })}\n`);
}

/**
 * The launcher reads the bundle as Latin-1 (src/cli/launch.ts): a one-byte
 * string copied, not UTF-8 decoded into twice the memory for V8 to scan.
 * That reads only ASCII right, which esbuild writes except where a
 * source's regular expression or kept comment has other characters.
 */
function asciiOnly(source) {
  const at = source.search(/[^\x00-\x7f]/);
  if (at === -1) return;
  const line = source.slice(0, at).split('\n').length;
  throw new Error(`bundle: ${path.relative(ROOT, outfile)}:${line} holds a non-ASCII character (${JSON.stringify(source[at])}); write it as an escape in its source`);
}

const outfile = path.join(ROOT, 'dist', 'modelgen.js');

fs.rmSync(FINGERPRINT, { force: true });
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
    plugins: [handlebarsCompilerOutside, commanderChildProcessLazy, templatesInside],
    logLevel: 'warning',
  })
  .then(() => {
    const source = plainBuiltins(fs.readFileSync(outfile, 'utf8'));
    asciiOnly(source);
    fs.writeFileSync(outfile, source);
    writeFingerprint(source);
  })
  .catch((error) => {
    if (error instanceof Error && !('errors' in error)) process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  });

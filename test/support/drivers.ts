/**
 * Per-language "check, compile and round-trip" steps shared by the target
 * tests and the hostile-corpus harness. Each language's step takes rendered
 * output already written to a folder and the fixtures to read, runs that
 * language's checkers, then ONE driver process over every fixture, and
 * returns what the driver wrote back for each, in fixture order. The caller
 * compares that with `expectationFor(...)`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Model, ModelSet } from '../../src/ir/model';
import { TemplateEngine } from '../../src/render/template-engine';
import { identifier as dotnetIdentifier } from '../../src/targets/dotnet/naming';
import { goTarget } from '../../src/targets/go';
import { fileStem } from '../../src/targets/go/naming';
import { typeName as javaTypeName } from '../../src/targets/java/naming';
import { phpClassNames } from '../../src/targets/php/class-refs';
import { className as phpClassName, namespaceFor } from '../../src/targets/php/naming';
import { className as pythonClassName } from '../../src/targets/python/naming';
import { fileName as rubyFileName, moduleFolder } from '../../src/targets/ruby/naming';
import { rubyClassNames } from '../../src/targets/ruby/view-model';
import { RenderedFile } from '../../src/targets/target';
import { modelNames } from '../../src/targets/typescript/types';
import { Fixture, loadFixtures } from './fixtures';
import { REPO_ROOT, seedPlace } from './render';
import { run } from './toolchain';

/** A fixture and the model set its expectation is projected from. */
export interface DriverCase {
  readonly fixture: Fixture;
  readonly modelSet: ModelSet;
}

/** What a driver wrote back for one fixture; `enums` (Java, C#) holds the constant read per wire name. */
export interface DriverOutput {
  readonly json: Record<string, unknown>;
  readonly enums: Record<string, string>;
}

const TARGETS = path.join(REPO_ROOT, 'test', 'targets');
const bin = (name: string) => path.join(REPO_ROOT, 'node_modules', '.bin', name);

function binding(modelSet: ModelSet, modelId: string, language: string) {
  const found = modelSet.models.find((m) => m.id === modelId)?.bindings.find((b) => b.language === language);
  if (!found) throw new Error(`${language} does not document ${modelId}`);
  return found;
}

/** Every file below `dir` whose name ends in `ext`, as absolute paths, sorted. */
export function filesIn(dir: string, ext: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Runs a command and returns both streams whatever its status, for tests that assert on warnings. */
export function capture(command: string, args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(command, [...args], { cwd: options.cwd, input: options.input, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// ---------------------------------------------------------------- TypeScript

/**
 * Compiles `<dir>/typescript/index.ts` with the strictest flags a user might
 * set, checks Prettier leaves it unchanged, loads it and round-trips each
 * fixture through its deserialize/serialize pair, in this process.
 */
export function typescriptRoundTrip(dir: string, cases: readonly DriverCase[]): DriverOutput[] {
  const outDir = path.join(dir, 'typescript-js');
  const flags = ['--strict', '--noUnusedLocals', '--noUnusedParameters', '--exactOptionalPropertyTypes', '--target', 'ES2020', '--module', 'commonjs'];
  run(bin('tsc'), [...flags, '--rootDir', dir, '--outDir', outDir, path.join(dir, 'typescript', 'index.ts')]);
  run(bin('prettier'), ['--check', '--no-config', path.join(dir, 'typescript')]);
  const sdk = require(path.join(outDir, 'typescript', 'index.js')) as Record<string, (value: unknown) => Record<string, unknown>>;
  return cases.map(({ fixture, modelSet }) => {
    const names = modelNames(binding(modelSet, fixture.modelId, 'js').name);
    return { json: sdk[names.serializeName](sdk[names.deserializeName](fixture.payload)), enums: {} };
  });
}

// ---------------------------------------------------------------------- Go

export const GO_MODULE = 'example.com/sdk';

/** The environment every go command runs in: offline, caches inside `dir`. */
export function goEnv(dir: string): NodeJS.ProcessEnv {
  return { ...process.env, GOFLAGS: '-mod=mod', GOPATH: path.join(dir, 'gopath'), GOCACHE: path.join(dir, 'gocache'), GOPROXY: 'off', GOTOOLCHAIN: 'local', GOENV: 'off', CGO_ENABLED: '0' };
}

/**
 * Writes `go.mod` and the driver (`cmd/driver`) into `<dir>/go`, checks gofmt
 * and go vet, and builds the driver; returns its path. Each model set is a
 * group of models rendered together (so their names are planned together).
 */
function buildGoDriver(dir: string, modelSets: readonly GoDriverGroup[]): string {
  const goDir = path.join(dir, 'go');
  const env = goEnv(dir);
  fs.writeFileSync(path.join(goDir, 'go.mod'), `module ${GO_MODULE}\n\ngo 1.19\n`);
  fs.mkdirSync(path.join(goDir, 'cmd', 'driver'), { recursive: true });
  fs.writeFileSync(path.join(goDir, 'cmd', 'driver', 'main.go'), goDriverSource(modelSets));
  const packages = fs.readdirSync(goDir, { withFileTypes: true }).filter((e) => e.isDirectory() && !['cmd', 'gopath', 'gocache'].includes(e.name)).map((e) => e.name);
  const unformatted = run('gofmt', ['-l', ...packages], { cwd: goDir });
  if (unformatted !== '') throw new Error(`gofmt -l lists generated files:\n${unformatted}${run('gofmt', ['-d', ...packages], { cwd: goDir })}`);
  run('go', ['vet', './...'], { cwd: goDir, env });
  const driver = path.join(dir, 'go-driver');
  run('go', ['build', '-o', driver, './cmd/driver'], { cwd: goDir, env });
  return driver;
}

/** Runs a built Go driver over the fixtures. */
function runGoDriver(driver: string, cases: readonly DriverCase[]): DriverOutput[] {
  const lines = run(driver, cases.flatMap(({ fixture }) => [fixture.modelId, fixture.file])).trim().split('\n');
  if (lines.length !== cases.length) throw new Error(`go driver wrote ${lines.length} lines for ${cases.length} fixtures`);
  return lines.map((line) => ({ json: JSON.parse(line) as Record<string, unknown>, enums: {} }));
}

export function goRoundTrip(dir: string, modelSets: readonly GoDriverGroup[], cases: readonly DriverCase[]): DriverOutput[] {
  return runGoDriver(buildGoDriver(dir, modelSets), cases);
}

/**
 * Models rendered together, a whole model set (its unions and enums too;
 * unions can be read as roots), or a model set rendered with target options
 * (`package`, `dateTime`), its ids prefixed so two renderings of one set
 * share a driver.
 */
export type GoDriverGroup = readonly Model[] | ModelSet | GoDriverPackage;

export interface GoDriverPackage {
  readonly set: ModelSet;
  readonly options: Record<string, string>;
  /** Put before each id on the command line (`time:widget`). */
  readonly prefix: string;
}

function driverPackage(group: GoDriverGroup): GoDriverPackage {
  if ('set' in group) return group;
  return { set: 'models' in group ? group : { models: group, unions: [], enums: [] }, options: {}, prefix: '' };
}

/**
 * A `main` package that reads each file named on the command line (after
 * its model or union id) into that type, and writes it back. `-use-number`
 * first decodes untyped values with json.Decoder.UseNumber; `-strict` reads
 * with the strict reader; `-variant` prints, for a union, the index of the
 * field reading set (its variants' order, Unknown last) instead.
 */
export function goDriverSource(groups: readonly GoDriverGroup[]): string {
  const entries: string[] = [];
  const stricts: string[] = [];
  const imports = new Set<string>();
  for (const { set, options, prefix } of groups.map(driverPackage)) {
    const files = goTarget.render({ ...set, options: { package: '', module: GO_MODULE, ...options }, dir: 'go' }, new TemplateEngine());
    for (const model of [...set.models, ...set.unions]) {
      const { packageName, typeName, strictName } = goTypeOf(model.id, files);
      const key = JSON.stringify(prefix + model.id);
      imports.add(packageName);
      entries.push(`\t${key}: func() any { return &${packageName}.${typeName}{} },`);
      stricts.push(`\t${key}: func(data []byte) (any, error) { m, err := ${packageName}.${strictName}(data); return m, err },`);
    }
  }
  return `package main

import (
\t"bytes"
\t"encoding/json"
\t"fmt"
\t"os"
\t"reflect"

${[...imports].sort().map((p) => `\t"${GO_MODULE}/${p}"`).join('\n')}
)

var models = map[string]func() any{
${entries.join('\n')}
}

var strictReaders = map[string]func([]byte) (any, error){
${stricts.join('\n')}
}

func main() {
\targs := os.Args[1:]
\tuseNumber := len(args) > 0 && args[0] == "-use-number"
\tif useNumber {
\t\targs = args[1:]
\t}
\tstrict := len(args) > 0 && args[0] == "-strict"
\tif strict {
\t\targs = args[1:]
\t}
\tvariant := len(args) > 0 && args[0] == "-variant"
\tif variant {
\t\targs = args[1:]
\t}
\tfor i := 0; i+1 < len(args); i += 2 {
\t\tif err := roundTrip(args[i], args[i+1], useNumber, strict, variant); err != nil {
\t\t\tfmt.Fprintln(os.Stderr, args[i+1]+":", err)
\t\t\tos.Exit(1)
\t\t}
\t}
}

// strictLine reads with the strict reader: the error as JSON (its fields, message and type), or the model written back.
func strictLine(modelID string, data []byte) (any, error) {
\tmodel, err := strictReaders[modelID](data)
\tif err != nil {
\t\treturn map[string]any{"error": err.Error(), "type": fmt.Sprintf("%T", err), "fields": err}, nil
\t}
\treturn model, nil
}

// setField is the index of the first field of a union struct that is not nil.
func setField(union any) map[string]int {
\tvalue := reflect.ValueOf(union).Elem()
\tfor i := 0; i < value.NumField(); i++ {
\t\tif !value.Field(i).IsNil() {
\t\t\treturn map[string]int{"variant": i}
\t\t}
\t}
\treturn map[string]int{"variant": -1}
}

func roundTrip(modelID, path string, useNumber, strict, variant bool) error {
\tdata, err := os.ReadFile(path)
\tif err != nil {
\t\treturn err
\t}
\tnewModel, ok := models[modelID]
\tif !ok {
\t\treturn fmt.Errorf("no model %q", modelID)
\t}
\tvar model any = newModel()
\tif strict {
\t\tif model, err = strictLine(modelID, data); err != nil {
\t\t\treturn err
\t\t}
\t} else {
\t\tdecoder := json.NewDecoder(bytes.NewReader(data))
\t\tif useNumber {
\t\t\tdecoder.UseNumber()
\t\t}
\t\tif err := decoder.Decode(model); err != nil {
\t\t\treturn err
\t\t}
\t}
\tif variant {
\t\tmodel = setField(model)
\t}
\tout, err := json.Marshal(model)
\tif err != nil {
\t\treturn err
\t}
\tfmt.Println(string(out))
\treturn nil
}
`;
}

/** Where the Go target put a model's or union's type: its package and struct name, read off the rendered file. */
function goTypeOf(modelId: string, files: readonly RenderedFile[]): { packageName: string; typeName: string; strictName: string } {
  const file = files.find((f) => new RegExp(`/${fileStem(modelId)}\\.go$`).test(f.path));
  const packageName = file && /^package (\w+)$/m.exec(file.contents)?.[1];
  const typeName = file && /^type (\S+) struct \{$/m.exec(file.contents)?.[1];
  const strictName = file && /^func (Unmarshal\S+Strict)\(data \[\]byte\)/m.exec(file.contents)?.[1];
  if (!packageName || !typeName || !strictName) throw new Error(`cannot find the type of ${modelId}`);
  return { packageName, typeName, strictName };
}

// -------------------------------------------------------------------- Java

export const JACKSON = ['jackson-databind', 'jackson-core', 'jackson-annotations'].map((j) => `/usr/share/java/${j}.jar`).join(path.delimiter);
const JAVA_DRIVER = path.join(TARGETS, 'java', 'Driver.java');

interface JavaLine {
  readonly file: string;
  readonly written: string;
  readonly enums: Record<string, string>;
  readonly stable: boolean;
}

/**
 * `javac -Xlint:all -Werror` over the rendered files and the driver, then one
 * `java Driver` over every fixture; also fails when reading what a model
 * wrote does not give an equal model.
 */
export function javaRoundTrip(dir: string, files: readonly RenderedFile[], packageName: string | ((modelId: string) => string), cases: readonly DriverCase[]): DriverOutput[] {
  const classes = path.join(dir, 'java-classes');
  run('javac', ['-Xlint:all', '-Werror', '-cp', JACKSON, '-d', classes, ...files.map((f) => path.join(dir, f.path)), JAVA_DRIVER]);
  const packageOf = typeof packageName === 'string' ? () => packageName : packageName;
  const args = cases.flatMap(({ fixture, modelSet }) => [`${packageOf(fixture.modelId)}.${javaTypeName(binding(modelSet, fixture.modelId, 'java').name)}`, fixture.file]);
  const lines = run('java', ['-cp', [classes, JACKSON].join(path.delimiter), 'Driver', ...args]).trim().split('\n').map((l) => JSON.parse(l) as JavaLine);
  const unstable = lines.filter((l) => !l.stable).map((l) => l.file);
  if (unstable.length > 0) throw new Error(`reading what the model wrote gives another model: ${unstable.join(', ')}`);
  return lines.map((l) => ({ json: JSON.parse(l.written) as Record<string, unknown>, enums: l.enums }));
}

// ------------------------------------------------------------------ Python

const PYTHON_DRIVER = path.join(TARGETS, 'python', 'driver.py');

/** `black --check` and `mypy --strict` over the packages, then one driver process. */
export function pythonRoundTrip(dir: string, packages: readonly string[], cases: readonly (DriverCase & { readonly pkg: string })[]): DriverOutput[] {
  const pythonDir = path.join(dir, 'python');
  run('black', ['--check', '--diff', '--quiet', pythonDir]);
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-mypy-'));
  run('mypy', ['--strict', '--python-version', '3.9', '--cache-dir', cacheDir, ...packages.flatMap((p) => ['-p', p])], { cwd: pythonDir });
  const requests = cases.map(({ fixture, modelSet, pkg }) => ({ file: fixture.file, package: pkg, class: pythonClassName(binding(modelSet, fixture.modelId, 'python').name) }));
  const env = { ...process.env, PYTHONPATH: pythonDir, PYTHONDONTWRITEBYTECODE: '1' };
  const lines = run('python3', [PYTHON_DRIVER], { cwd: pythonDir, input: JSON.stringify({ fixtures: requests }), env }).trim().split('\n');
  return lines.map((line) => {
    const parsed = JSON.parse(line) as { fixture: string; json?: Record<string, unknown>; error?: unknown };
    if (!parsed.json) throw new Error(`python could not read ${parsed.fixture}: ${JSON.stringify(parsed.error)}`);
    return { json: parsed.json, enums: {} };
  });
}

// -------------------------------------------------------------------- Ruby

const RUBY_DRIVER = path.join(TARGETS, 'ruby', 'driver.rb');
export const RUBOCOP_CONFIG = path.join(TARGETS, 'ruby', 'rubocop.yml');

/** What the Ruby driver prints per fixture (see driver.rb). */
export interface RubyLine {
  readonly fixture: string;
  readonly json: Record<string, unknown>;
  readonly symbol_keys: unknown;
  readonly readers: Record<string, unknown>;
  readonly shapes: Record<string, unknown>;
  readonly keys: Record<string, boolean>;
  /** The ModelValidationError of `from_json(text, strict: true)`: class, then message; null when it read. */
  readonly strict: string | null;
}

/**
 * What `ruby -wc` checks, on every file in one process (`ruby -c` takes one
 * file a process): each is compiled, not run, with warnings on, so a syntax
 * error or any warning fails; then rubocop, then the driver under `ruby -w`:
 * it must print no warning either (a class reopened by a second file would
 * warn of redefined methods).
 */
export function rubyCheck(dir: string): void {
  const files = filesIn(path.join(dir, 'ruby'), '.rb');
  const compiled = capture('ruby', ['-w', '-e', 'ARGV.each { |f| RubyVM::InstructionSequence.compile_file(f) }', ...files]);
  if (compiled.status !== 0 || compiled.stdout !== '' || compiled.stderr !== '') throw new Error(`ruby -wc: ${compiled.stdout}${compiled.stderr}`);
  run('rubocop', ['--config', RUBOCOP_CONFIG, '--cache', 'false', '--format', 'simple', path.join(dir, 'ruby')]);
}

export function rubyDriver(dir: string, modelSet: ModelSet, fixtures: readonly Fixture[], module = 'WorkOS', probeKeys: readonly string[] = []): RubyLine[] {
  const names = rubyClassNames(modelSet.models, [...modelSet.unions, ...modelSet.enums]);
  const folder = moduleFolder(module);
  const models = Object.fromEntries([...names].map(([id, name]) => [id, [name, `${folder}/${rubyFileName(id)}`]]));
  const job = { module, models, fixtures: fixtures.map((f) => ({ file: f.file, model: f.modelId })), probe_keys: probeKeys };
  const result = capture('ruby', ['-w', '-I', path.join(dir, 'ruby', 'lib'), RUBY_DRIVER], { input: JSON.stringify(job) });
  if (result.status !== 0 || result.stderr !== '') throw new Error(`ruby driver exited ${result.status}:\n${result.stderr}`);
  return result.stdout.trim().split('\n').map((line) => JSON.parse(line) as RubyLine);
}

// --------------------------------------------------------------------- PHP

const PHP_DRIVER = path.join(TARGETS, 'php', 'driver.php');

/** How the PHP driver reads: fromArray of json_decode($text, true), fromJson, or fromJson in strict mode. */
export type PhpMode = 'array' | 'json' | 'strict';

/**
 * What `php -l` checks, on every file in one process: each is compiled, not
 * run, by `opcache_compile_file` (`php -l` takes one file a process, 46 s for
 * the WorkOS document's 631), so a syntax or compile error (a method declared
 * twice) fails; then phpcs PSR-12 on the folder. Any error or warning fails.
 */
export function phpCheck(dir: string): void {
  const files = filesIn(path.join(dir, 'php'), '.php');
  const lint = capture('php', ['-d', 'opcache.enable_cli=1', '-d', 'error_reporting=-1', '-r', 'foreach (array_slice($argv, 1) as $f) { opcache_compile_file($f); }', ...files]);
  if (lint.status !== 0 || lint.stderr !== '' || lint.stdout !== '') throw new Error(`php did not compile the generated files:\n${lint.stdout}${lint.stderr}`);
  run('phpcs', ['--standard=PSR12', '-s', '--report=full', path.join(dir, 'php')]);
}

/** The fully qualified class a fixture reads into, as the PHP target names it in this model set. */
function phpClassFor(modelSet: ModelSet, modelId: string, namespaceOption?: string): string {
  const found = binding(modelSet, modelId, 'php');
  const name = phpClassNames(modelSet.models, namespaceOption).get(modelId) ?? phpClassName(found.name);
  return `${namespaceFor(namespaceOption, found.qualifier)}\\${name}`;
}

/** One driver process over every fixture in every mode; outputs in fixture order within each mode, modes in turn. */
export function phpDriver(
  dir: string,
  modelSet: ModelSet,
  fixtures: readonly Fixture[],
  modes: readonly PhpMode[],
  classOf: (modelId: string) => string = (id) => phpClassFor(modelSet, id),
): { mode: PhpMode; fixture: string; json?: unknown; error?: string }[] {
  const jobs = modes.flatMap((mode) => fixtures.map((f) => ({ fixture: f.name, class: classOf(f.modelId), file: f.file, mode })));
  const output = run('php', ['-d', 'error_reporting=-1', PHP_DRIVER, path.join(dir, 'php')], { input: JSON.stringify(jobs) });
  return output.trim().split('\n').map((line) => JSON.parse(line) as { mode: PhpMode; fixture: string; json?: unknown; error?: string });
}

// -------------------------------------------------------------------- .NET

const DOTNET_DRIVER = path.join(TARGETS, 'dotnet', 'Driver.cs');

/**
 * `mcs -warnaserror` (C# 7.2, XML docs checked) over the rendered `.cs` files
 * and the driver; returns the driver executable.
 */
export function buildDotnetDriver(dir: string): string {
  const out = path.join(dir, 'dotnet');
  const newtonsoft = run('pkg-config', ['--libs', 'newtonsoft-json']).trim().replace(/^-r:/, '');
  fs.copyFileSync(newtonsoft, path.join(out, path.basename(newtonsoft)));
  const exe = path.join(out, 'Driver.exe');
  const sources = filesIn(out, '.cs');
  run('mcs', ['-warnaserror', '-langversion:7.2', '-pkg:newtonsoft-json', '-r:System.Runtime.Serialization', `-doc:${path.join(out, 'doc.xml')}`, `-out:${exe}`, ...sources, DOTNET_DRIVER]);
  return exe;
}

/** `Namespace.Class`: the C# type of a model, as the dotnet target names it (in the seeds' namespace for its area unless given). */
export function dotnetTypeFor(modelSet: ModelSet, modelId: string, namespace?: string): string {
  const ns = namespace ?? seedPlace('dotnet', modelSet.models.find((m) => m.id === modelId) as Model);
  return `${ns}.${dotnetIdentifier(binding(modelSet, modelId, 'dotnet').name, 'Model')}`;
}

export function dotnetRoundTrip(dir: string, cases: readonly DriverCase[]): DriverOutput[] {
  const exe = buildDotnetDriver(dir);
  const output = run('mono', [exe, ...cases.map(({ fixture, modelSet }) => `${dotnetTypeFor(modelSet, fixture.modelId)}=${fixture.file}`)]);
  return output.trim().split('\n').map((line) => {
    const parsed = JSON.parse(line) as { json: Record<string, unknown>; enums: Record<string, string> };
    return { json: parsed.json, enums: parsed.enums };
  });
}

// ------------------------------------------ Real payloads (Java, Go, .NET)

export const REAL_FIXTURES_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'real');

/** The harvested payloads; each file name starts with its model: `directory_group_*`, `directory_user_*`, `directory_*`. */
export function loadRealFixtures(): Fixture[] {
  const modelOf = (name: string) => ['directory_group', 'directory_user', 'directory'].find((id) => name.startsWith(`${id}_`));
  return loadFixtures(REAL_FIXTURES_DIR).map((f) => {
    const modelId = modelOf(f.name);
    if (!modelId) throw new Error(`no model for ${f.name}`);
    return { ...f, modelId };
  });
}

/** The paths (`groups[0].raw_attributes`) in `payload` that `kept` does not have: what a language drops as undocumented. */
export function droppedPaths(payload: unknown, kept: unknown, at = ''): string[] {
  if (Array.isArray(payload) && Array.isArray(kept)) return payload.flatMap((item, i) => droppedPaths(item, kept[i], `${at}[${i}]`));
  if (payload === null || typeof payload !== 'object' || kept === null || typeof kept !== 'object') return [];
  const keptObject = kept as Record<string, unknown>;
  return Object.entries(payload as Record<string, unknown>).flatMap(([key, value]) => {
    const where = at === '' ? key : `${at}.${key}`;
    return key in keptObject ? droppedPaths(value, keptObject[key], where) : [where];
  });
}

/**
 * Type-forms payloads (model id, payload) that hold every field kind in the
 * forms the docs rule out: every key null, every key missing, every value of
 * another JSON kind (inside lists, maps and nested models too). Each must be
 * written back exactly as it was read.
 */
export const TYPE_FORM_ODDITIES: readonly (readonly [string, Record<string, unknown>])[] = [
  ['tree_node', Object.fromEntries(['id', 'count', 'ratio', 'enabled', 'flags', 'matrix', 'tags', 'children', 'children_by_name', 'parent', 'leaf', 'notes', 'maybe_names', 'extra', 'kind', 'label', 'nickname'].map((k) => [k, null]))],
  ['tree_node', {}],
  [
    'tree_node',
    {
      id: 7, count: 1.5, ratio: 'x', enabled: 'yes', flags: [true, 'no'], matrix: [[1, 'a']], tags: { a: 1 }, children: [{ id: 5 }, { kind: 'odd' }],
      children_by_name: [], parent: 'p', leaf: 3, notes: 'n', maybe_names: [1], extra: { deep: [1, { x: null }] }, kind: 9, label: false, nickname: 0,
    },
  ],
  ['leaf', { value: [], owner: { id: 'o', count: 'many' }, weights: { a: [1, 'x'] } }],
  // An integer beyond 64 bits: of the right JSON kind, but no long holds it.
  ['tree_node', { count: 1e20, matrix: [[1e20]] }],
];

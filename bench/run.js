#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: start-up and scale figures for modelgen, as medians over
 * several runs, with the ratio of each to a bare `node -e 0` taken in the same
 * run (these machines are noisy; only side-by-side ratios mean much), and
 * quicktype-core generating the same models in the same rounds.
 *
 *   node bench/run.js [--sizes 100,1000] [--growth-sizes 3000] [--runs 10] [--scale-runs 3] [--json FILE]
 *
 * `--sizes` run every scale scenario; `--growth-sizes` only a generate from
 * scratch, to show how time and memory grow. Everything happens in a
 * temporary folder; the repository is only read.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { makeSpecs, touchSpec } = require('./make-specs');
const { METHOD, runNode, summarize } = require('./measure');
const QUICKTYPE = path.join(__dirname, 'quicktype.js');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'modelgen');
/** Each project's own cache: modelgen keeps it in the nearest node_modules/.cache/modelgen. */
const CACHE_DIR = path.join('node_modules', '.cache', 'modelgen');
/** The whole WorkOS API, from the pinned devDependency `@workos/openapi-spec`. */
const OPENAPI_DOCUMENT = path.join(ROOT, 'node_modules', '@workos', 'openapi-spec', 'open-api-spec.yaml');

function parseArgs(argv) {
  const args = { sizes: [100, 1000], growthSizes: [3000], runs: 10, scaleRuns: 3, json: undefined };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--sizes') args.sizes = value.split(',').map(Number);
    else if (flag === '--growth-sizes') args.growthSizes = value.split(',').filter(Boolean).map(Number);
    else if (flag === '--runs') args.runs = Number(value);
    else if (flag === '--scale-runs') args.scaleRuns = Number(value);
    else if (flag === '--json') args.json = value;
    else throw new Error(`unknown option ${flag}; see the comment at the top of bench/run.js`);
  }
  return args;
}

const modelgen = (cwd, args, expect = 0) => runNode([BIN, ...args], { cwd, expect });
const rm = (...paths) => paths.forEach((p) => fs.rmSync(p, { recursive: true, force: true }));

/** A project holding the seed specs and config, generated once so nothing is stale. */
function seedProject(tmp, name, keepCache) {
  const dir = path.join(tmp, name);
  fs.cpSync(path.join(ROOT, 'specs'), path.join(dir, 'specs'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'modelgen.config.yaml'), path.join(dir, 'modelgen.config.yaml'));
  fs.mkdirSync(path.join(dir, 'node_modules'));
  modelgen(dir, ['generate', '--quiet']);
  if (!keepCache) fs.rmSync(path.join(dir, CACHE_DIR), { recursive: true, force: true });
  return dir;
}

/** Start-up: the scenarios run interleaved, run after run, so drift in the machine's load hits them alike. */
function startup(tmp, runs) {
  const cached = seedProject(tmp, 'seed', true);
  const cold = seedProject(tmp, 'seed-no-cache', false);
  const scenarios = [
    ['node -e 0', () => runNode(['-e', '0'], { cwd: cached })],
    ['modelgen --help', () => modelgen(cached, ['--help'])],
    ['check, seeds, nothing stale', () => modelgen(cached, ['check', '--quiet'])],
    ['check, seeds, nothing stale, no cache', () => modelgen(cold, ['check', '--quiet'])],
  ];
  const results = scenarios.map(() => []);
  for (let i = 0; i < runs; i++) scenarios.forEach(([, run], s) => results[s].push(run()));
  return scenarios.map(([name], s) => ({ name, ...summarize(results[s]) }));
}

/**
 * modelgen and quicktype-core on the same models, all seven languages in one
 * process each, files written, in alternate runs. modelgen starts from
 * scratch (no output, no cache); quicktype from a JSON Schema built from
 * modelgen's IR beforehand, which is not timed.
 */
function versusQuicktype(tmp, label, projectDir, runs) {
  const ir = path.join(tmp, `${label}.ir.json`);
  const schema = path.join(tmp, `${label}.schema.json`);
  fs.writeFileSync(ir, runNodeOutput([BIN, 'ir', '--quiet'], projectDir));
  runNodeOutput([QUICKTYPE, 'schema', ir, schema], projectDir);
  const ours = path.join(projectDir, 'versus-out');
  const theirs = path.join(projectDir, 'quicktype-out');
  const results = [[], []];
  for (let i = 0; i < runs; i++) {
    rm(ours, theirs);
    results[0].push(modelgen(projectDir, ['generate', '--quiet', '--no-cache', '--out', ours]));
    results[1].push(runNode([QUICKTYPE, 'run', schema, theirs], { cwd: projectDir }));
  }
  rm(ours, theirs);
  const models = JSON.parse(fs.readFileSync(ir, 'utf8')).models.length;
  return [
    { name: `modelgen generate, ${label} (${models} models), 7 languages, from scratch`, kind: 'versus-modelgen', label, ...summarize(results[0]) },
    { name: `quicktype-core, ${label} (${models} models), 7 languages`, kind: 'versus-quicktype', label, ...summarize(results[1]) },
  ];
}

function runNodeOutput(args, cwd) {
  const { spawnSync } = require('node:child_process');
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}\n${result.stderr.slice(-4000)}`);
  return result.stdout;
}

/**
 * The whole WorkOS OpenAPI document: generate from scratch, then check with
 * nothing stale. Needs the OpenAPI front end; without it the row says why.
 */
function openapi(tmp, runs) {
  const dir = path.join(tmp, 'openapi');
  fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  fs.copyFileSync(OPENAPI_DOCUMENT, path.join(dir, 'open-api-spec.yaml'));
  const probe = require('node:child_process').spawnSync(process.execPath, [BIN, 'generate', '--quiet', '--specs', 'open-api-spec.yaml'], { cwd: dir, encoding: 'utf8' });
  if (probe.status !== 0) {
    const why = (probe.stderr.split('\n').find((l) => / error /.test(l)) ?? probe.stderr.split('\n')[0] ?? '').replace(/^.*? error /, '');
    return [{ name: 'WorkOS OpenAPI document', unsupported: `modelgen exits ${probe.status}: ${why}` }];
  }
  const out = path.join(dir, 'generated');
  const fresh = repeat(runs, () => rm(out, path.join(dir, CACHE_DIR)), () => modelgen(dir, ['generate', '--quiet', '--specs', 'open-api-spec.yaml']));
  const files = countFiles(out);
  const check = repeat(runs, () => {}, () => modelgen(dir, ['check', '--quiet', '--specs', 'open-api-spec.yaml']));
  return [
    { name: `generate, WorkOS OpenAPI (${files} files), from scratch`, kind: 'openapi-fresh', ...fresh },
    { name: 'check, WorkOS OpenAPI, nothing stale', kind: 'openapi-check', ...check },
  ];
}

function repeat(runs, before, measure) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    before(i);
    results.push(measure(i));
  }
  return summarize(results);
}

function scaleProject(tmp, n) {
  const dir = path.join(tmp, `n${n}`);
  makeSpecs(path.join(dir, 'specs'), n);
  fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  return dir;
}

/** From scratch: no output and no cache, which no longer sits in the output folder. */
function fromScratch(dir, n, runs) {
  const out = path.join(dir, 'generated');
  const fresh = repeat(runs, () => rm(out, path.join(dir, CACHE_DIR)), () => modelgen(dir, ['generate', '--quiet']));
  return { name: `generate, N=${n} (${countFiles(out)} files), from scratch`, n, kind: 'fresh', ...fresh };
}

/** Scale: N synthetic specs; from scratch, nothing stale, and one spec changed. */
function scale(tmp, n, runs) {
  const dir = scaleProject(tmp, n);
  const specs = path.join(dir, 'specs');
  const fresh = fromScratch(dir, n, runs);
  const check = repeat(runs, () => {}, () => modelgen(dir, ['check', '--quiet']));
  // Each run changes a different spec against the generated output, then puts it back.
  const oneChanged = repeat(
    runs,
    (i) => touchSpec(specs, i, 1),
    (i) => {
      const result = modelgen(dir, ['check', '--quiet'], 1);
      touchSpec(specs, i, 0);
      return result;
    },
  );
  const regenerate = repeat(
    runs,
    (i) => touchSpec(specs, i, 1),
    (i) => {
      const result = modelgen(dir, ['generate', '--quiet']);
      touchSpec(specs, i, 0);
      modelgen(dir, ['generate', '--quiet']);
      return result;
    },
  );
  return [
    fresh,
    { name: `check, N=${n}, nothing stale`, n, kind: 'check', ...check },
    { name: `check, N=${n}, one spec changed`, n, kind: 'oneChanged', ...oneChanged },
    { name: `generate, N=${n}, one spec changed`, n, kind: 'regenerate', ...regenerate },
  ];
}

function countFiles(dir) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.modelgen-manifest')).length;
}

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return { cpus: os.availableParallelism(), cpu, node: process.version, platform: `${os.type()} ${os.release()}`, load: os.loadavg().map((l) => l.toFixed(2)).join(' ') };
}

function table(rows, baseline) {
  const header = ['scenario', 'runs', 'wall (median)', 'x node -e 0', 'user+sys CPU', 'peak RSS'];
  const body = rows.filter((r) => !r.unsupported).map((r) => [r.name, String(r.runs), `${r.wallMs.toFixed(0)} ms`, (r.wallMs / baseline.wallMs).toFixed(2), `${r.cpuMs.toFixed(0)} ms`, `${(r.maxRssKb / 1024).toFixed(0)} MB`]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const notRun = rows.filter((r) => r.unsupported).map((r) => `\nnot run: ${r.name}: ${r.unsupported}`);
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line), ...notRun].join('\n');
}

/** Issue 17's goals, then issue 7's for a changed spec, each with the figure it is judged on. */
function goals(rows) {
  const find = (name) => rows.find((r) => r.name === name);
  const [node, help, check, cold] = ['node -e 0', 'modelgen --help', 'check, seeds, nothing stale', 'check, seeds, nothing stale, no cache'].map(find);
  const ratio = (row) => row.wallMs / node.wallMs;
  const lines = [
    [`check (seeds, no cache) <= 3x node -e 0`, ratio(cold) <= 3, `${ratio(cold).toFixed(2)}x`],
    [`check (seeds, with its cache) <= 2x node -e 0`, ratio(check) <= 2, `${ratio(check).toFixed(2)}x`],
    [`--help <= 1.3x node -e 0`, ratio(help) <= 1.3, `${ratio(help).toFixed(2)}x`],
  ];
  for (const ours of rows.filter((r) => r.kind === 'versus-modelgen')) {
    const theirs = rows.find((r) => r.kind === 'versus-quicktype' && r.label === ours.label);
    const speedup = theirs.wallMs / ours.wallMs;
    lines.push([`modelgen >= 3x faster than quicktype-core, ${ours.label}`, speedup >= 3, `x${speedup.toFixed(2)} wall, x${(theirs.cpuMs / ours.cpuMs).toFixed(2)} CPU`]);
  }
  const byN = (n, kind) => rows.find((r) => r.n === n && r.kind === kind);
  const fresh = byN(1000, 'fresh');
  if (fresh) lines.push([`generate N=1000 from scratch peaks <= 300 MB`, fresh.maxRssKb <= 300 * 1024, `${(fresh.maxRssKb / 1024).toFixed(0)} MB, ${(fresh.wallMs / 1000).toFixed(1)} s wall, ${(fresh.cpuMs / 1000).toFixed(1)} s CPU`]);
  // Wall time is what the goal names; CPU time is printed beside it because a loaded machine inflates wall time alone.
  const sizes = [...new Set(rows.filter((r) => r.kind === 'fresh').map((r) => r.n))].sort((a, b) => a - b);
  const perModel = (n, key) => byN(n, 'fresh')[key] / n;
  for (const big of sizes.slice(1)) {
    const [small] = sizes;
    const growth = perModel(big, 'wallMs') / perModel(small, 'wallMs');
    lines.push([`time per model N=${small} -> N=${big} no higher`, growth <= 1, `x${growth.toFixed(2)} wall, x${(perModel(big, 'cpuMs') / perModel(small, 'cpuMs')).toFixed(2)} CPU`]);
  }
  for (const n of sizes.filter((n) => byN(n, 'oneChanged'))) {
    const share = (key) => byN(n, 'oneChanged')[key] / byN(n, 'fresh')[key];
    lines.push([`(issue 7) check, one spec changed, N=${n}: well under a full generate (< 50%)`, share('wallMs') < 0.5, `${(share('wallMs') * 100).toFixed(0)}% wall, ${(share('cpuMs') * 100).toFixed(0)}% CPU`]);
  }
  return lines.map(([goal, met, figure]) => `${met ? 'met   ' : 'MISSED'} ${goal}: ${figure}`).join('\n');
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('modelgen is not built; run `npm run build` first');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-bench-'));
  try {
    const info = machine();
    process.stderr.write(`measuring start-up (${args.runs} runs each)...\n`);
    const rows = startup(tmp, args.runs);
    process.stderr.write(`measuring modelgen against quicktype-core (${args.runs} runs each on the seeds, ${args.scaleRuns} at N=100)...\n`);
    // Start-up sized: as many runs as the start-up rows, where one sample would be noise.
    rows.push(...versusQuicktype(tmp, 'seeds', path.join(tmp, 'seed-no-cache'), args.runs));
    rows.push(...versusQuicktype(tmp, 'N=100', scaleProject(tmp, 100), args.scaleRuns));
    for (const n of args.sizes) {
      process.stderr.write(`measuring N=${n} (${args.scaleRuns} runs each)...\n`);
      rows.push(...scale(tmp, n, args.scaleRuns));
    }
    for (const n of args.growthSizes) {
      process.stderr.write(`measuring N=${n}, from scratch only (${args.scaleRuns} runs)...\n`);
      rows.push(fromScratch(scaleProject(tmp, n), n, args.scaleRuns));
    }
    process.stderr.write(`measuring the WorkOS OpenAPI document (${args.scaleRuns} runs each)...\n`);
    rows.push(...openapi(tmp, args.scaleRuns));
    const baseline = rows[0];
    process.stdout.write(`machine: ${info.cpus} CPUs, ${info.cpu}, Node ${info.node}, ${info.platform}; load average at start ${info.load}\n`);
    process.stdout.write(`measured with: ${METHOD}\n\n${table(rows, baseline)}\n\n${goals(rows)}\n`);
    if (args.json) fs.writeFileSync(args.json, JSON.stringify({ machine: info, method: METHOD, rows }, null, 2) + '\n');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();

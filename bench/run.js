#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: start-up and scale figures for modelgen, as medians over
 * several runs, with the ratio of each to a bare `node -e 0` taken in the same
 * run (these machines are noisy; only side-by-side ratios mean much).
 *
 *   node bench/run.js [--sizes 100,1000] [--runs 10] [--scale-runs 3] [--json FILE]
 *
 * Everything happens in a temporary folder; the repository is only read.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { makeSpecs, touchSpec } = require('./make-specs');
const { METHOD, runNode, summarize } = require('./measure');

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'modelgen');
/** Each project's own cache: modelgen keeps it in the nearest node_modules/.cache/modelgen. */
const CACHE_DIR = path.join('node_modules', '.cache', 'modelgen');

function parseArgs(argv) {
  const args = { sizes: [100, 1000], runs: 10, scaleRuns: 3, json: undefined };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--sizes') args.sizes = value.split(',').map(Number);
    else if (flag === '--runs') args.runs = Number(value);
    else if (flag === '--scale-runs') args.scaleRuns = Number(value);
    else if (flag === '--json') args.json = value;
    else throw new Error(`unknown option ${flag}; see the comment at the top of bench/run.js`);
  }
  return args;
}

const modelgen = (cwd, args, expect = 0) => runNode([BIN, ...args], { cwd, expect });

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

function repeat(runs, before, measure) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    before(i);
    results.push(measure(i));
  }
  return summarize(results);
}

/** Scale: N synthetic specs; from scratch, nothing stale, and one spec changed. */
function scale(tmp, n, runs) {
  const dir = path.join(tmp, `n${n}`);
  const specs = path.join(dir, 'specs');
  makeSpecs(specs, n);
  fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  const out = path.join(dir, 'generated');
  // From scratch: no output and no cache, which no longer sits in the output folder.
  const scratch = () => [out, path.join(dir, CACHE_DIR)].forEach((p) => fs.rmSync(p, { recursive: true, force: true }));
  const fresh = repeat(runs, scratch, () => modelgen(dir, ['generate', '--quiet']));
  const files = countFiles(out);
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
    { name: `generate, N=${n} (${files} files), from scratch`, n, kind: 'fresh', ...fresh },
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
  const body = rows.map((r) => [r.name, String(r.runs), `${r.wallMs.toFixed(0)} ms`, (r.wallMs / baseline.wallMs).toFixed(2), `${r.cpuMs.toFixed(0)} ms`, `${(r.maxRssKb / 1024).toFixed(0)} MB`]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

/** The issue's goals, each with the figure it is judged on. */
function goals(rows) {
  const find = (name) => rows.find((r) => r.name === name);
  const [node, help, check] = ['node -e 0', 'modelgen --help', 'check, seeds, nothing stale'].map(find);
  const lines = [
    [`check (seeds) <= 3x node -e 0`, check.wallMs / node.wallMs <= 3, `${(check.wallMs / node.wallMs).toFixed(2)}x`],
    [`--help <= 1.5x node -e 0`, help.wallMs / node.wallMs <= 1.5, `${(help.wallMs / node.wallMs).toFixed(2)}x`],
  ];
  const byN = (n, kind) => rows.find((r) => r.n === n && r.kind === kind);
  const sizes = [...new Set(rows.filter((r) => r.n).map((r) => r.n))].sort((a, b) => a - b);
  const big = sizes[sizes.length - 1];
  if (byN(1000, 'fresh')) {
    const fresh = byN(1000, 'fresh');
    lines.push([`generate N=1000 < 15 s`, fresh.wallMs < 15000, `${(fresh.wallMs / 1000).toFixed(1)} s`]);
    lines.push([`generate N=1000 peak < 500 MB`, fresh.maxRssKb < 500 * 1024, `${(fresh.maxRssKb / 1024).toFixed(0)} MB`]);
  }
  // Wall time is what the goals name; CPU time is printed beside it because a loaded machine inflates wall time alone.
  if (sizes.length > 1) {
    const [small] = sizes;
    const perModel = (n, key) => byN(n, 'fresh')[key] / n;
    const growth = perModel(big, 'wallMs') / perModel(small, 'wallMs');
    lines.push([`time per model N=${small} -> N=${big} grows <= 20%`, growth <= 1.2, `x${growth.toFixed(2)} wall, x${(perModel(big, 'cpuMs') / perModel(small, 'cpuMs')).toFixed(2)} CPU`]);
  }
  for (const n of sizes) {
    const share = (key) => byN(n, 'oneChanged')[key] / byN(n, 'fresh')[key];
    lines.push([`check, one spec changed, N=${n}: well under a full generate (< 50%)`, share('wallMs') < 0.5, `${(share('wallMs') * 100).toFixed(0)}% wall, ${(share('cpuMs') * 100).toFixed(0)}% CPU`]);
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
    for (const n of args.sizes) {
      process.stderr.write(`measuring N=${n} (${args.scaleRuns} runs each)...\n`);
      rows.push(...scale(tmp, n, args.scaleRuns));
    }
    const baseline = rows[0];
    process.stdout.write(`machine: ${info.cpus} CPUs, ${info.cpu}, Node ${info.node}, ${info.platform}; load average at start ${info.load}\n`);
    process.stdout.write(`measured with: ${METHOD}\n\n${table(rows, baseline)}\n\n${goals(rows)}\n`);
    if (args.json) fs.writeFileSync(args.json, JSON.stringify({ machine: info, method: METHOD, rows }, null, 2) + '\n');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();

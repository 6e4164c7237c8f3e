'use strict';
/**
 * Runs a command and measures it with public tools only: wall time from
 * Node's monotonic clock around the child, CPU time and peak memory from
 * GNU time (`/usr/bin/time -v`). Where GNU time is missing (the bench
 * installs nothing), a Node child preloads `usage-probe.js`, which records
 * the child's own `process.resourceUsage()` at exit.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const GNU_TIME = '/usr/bin/time';
const PROBE = path.join(__dirname, 'usage-probe.js');

function hasGnuTime() {
  if (!fs.existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /Maximum resident set size/.test(probe.stderr);
}

const USE_GNU_TIME = hasGnuTime();
const METHOD = USE_GNU_TIME ? 'GNU time -v (CPU, peak RSS) + process.hrtime (wall)' : 'process.resourceUsage() in the child via --require (CPU, peak RSS) + process.hrtime (wall)';

/** GNU time's report is the last lines of stderr; the command's own stderr comes first. */
function parseGnuTime(stderr) {
  const field = (label) => {
    const match = new RegExp(`${label}: ([\\d.]+)`).exec(stderr);
    if (!match) throw new Error(`no "${label}" in GNU time output:\n${stderr}`);
    return Number(match[1]);
  };
  return { cpuMs: (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000, maxRssKb: field('Maximum resident set size \\(kbytes\\)') };
}

function readProbe(file) {
  const usage = JSON.parse(fs.readFileSync(file, 'utf8'));
  fs.rmSync(file, { force: true });
  return { cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS };
}

/**
 * One run of `node <args>` in `cwd`. `expect` is the exit code the scenario
 * must end with (check exits 1 on drift); anything else stops the bench.
 */
function runNode(args, { cwd, expect = 0 }) {
  const probeFile = path.join(os.tmpdir(), `modelgen-bench-usage-${process.pid}.json`);
  const [command, argv, env] = USE_GNU_TIME
    ? [GNU_TIME, ['-v', process.execPath, ...args], process.env]
    : [process.execPath, ['--require', PROBE, ...args], { ...process.env, MODELGEN_BENCH_USAGE: probeFile }];
  const start = process.hrtime.bigint();
  const result = spawnSync(command, argv, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== expect) {
    throw new Error(`node ${args.join(' ')} (in ${cwd}) exited ${result.status}, expected ${expect}\n${result.stdout.slice(0, 2000)}\n${result.stderr.slice(-4000)}`);
  }
  return { wallMs, ...(USE_GNU_TIME ? parseGnuTime(result.stderr) : readProbe(probeFile)) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Medians of each measure over the runs. */
function summarize(runs) {
  return { runs: runs.length, wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), maxRssKb: median(runs.map((r) => r.maxRssKb)) };
}

module.exports = { runNode, summarize, median, METHOD };

'use strict';
// Preloaded into a measured Node child when GNU time is missing: records the
// child's own CPU time and peak memory when it exits.
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.MODELGEN_BENCH_USAGE, JSON.stringify(process.resourceUsage()));
});

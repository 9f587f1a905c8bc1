// NODE_V8_COVERAGE: run each program of v8_coverage with the variable set and
// print the block coverage written for it, function by function (name,
// whether it has block coverage, its ranges as [start, end) = count).
// The ranges are V8's, byte for byte: offsets, merging and filtering.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(__dirname, 'v8_coverage');
const runs = [
  ['statements.js'],
  ['jumps.js'],
  ['esm.mjs'],
  ['classes.js'],
  ['exit.js'],
  ['parent.js'],
  ['unicode.js'],
  ['functions.js'],
  ['names.js'],
  ['generators.js'],
  ['loops.js'],
  ['closures.js'],
  ['eager.js'],
  ['worker.js'],
  ['modules.mjs'],
  ['bom.js'],
  ['bom.mjs'],
  ['hook.js'],
  ['relparent.js'],
  ['lastloops.js'],
  ['misc.js'],
  ['misc2.js'],
  ['dowhile.js'],
  ['takecoverage.js'],
  ['takecoverage.js', 'stop'],
  ['--test', 'suite.test.js'],
  ['mapped.js'],
  ['inline_map.js'],
  ['dynamic.js'],
];

for (const run of runs) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cov-'));
  const args = run.map((a) => (/\.m?js$/.test(a) ? path.join(dir, a) : a));
  // relparent.js is given the directory relative to its working one.
  const relative = run[0] === 'relparent.js';
  const r = spawnSync(process.execPath, args, {
    cwd: relative ? path.dirname(out) : undefined,
    env: { ...process.env, NODE_V8_COVERAGE: relative ? path.basename(out) : out, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  console.log(`== ${run.join(' ')}: exit ${r.status}`);
  if (r.stderr.includes("'result'")) {
    console.log(r.stderr.trim());
  }
  const files = fs.readdirSync(out);
  const reports = [];
  for (const f of files) {
    if (!/^coverage-\d+-\d+-\d+\.json$/.test(f)) {
      console.log('unexpected file name', f);
    }
    const data = JSON.parse(fs.readFileSync(path.join(out, f), 'utf8'));
    for (const script of data.result) {
      // The fixtures' files, and the code they compile at run time (eval,
      // new Function and vm's, named by what the vm module was given).
      const ours = script.url.startsWith('file://') ? script.url.includes('/v8_coverage/') : !script.url.startsWith('node:');
      if (!ours) {
        continue;
      }
      const lines = [script.url.startsWith('file://') ? path.basename(script.url) : JSON.stringify(script.url)];
      for (const fn of script.functions) {
        const ranges = fn.ranges.map((x) => `[${x.startOffset}, ${x.endOffset}) = ${x.count}`);
        lines.push(`  ${JSON.stringify(fn.functionName)} ${fn.isBlockCoverage ? 'block' : 'function'}: ${ranges.join(' ')}`);
      }
      reports.push(lines.join('\n'));
    }
    // The source maps of the scripts that have one, for c8 to map ranges
    // back to the original sources.
    for (const [url, entry] of Object.entries(data['source-map-cache'] ?? {})) {
      if (url.includes('/v8_coverage/')) {
        const sources = entry.data.sources.map((s) => path.relative(dir, new URL(s).pathname));
        reports.push(`${path.basename(url)} source map: lines ${entry.lineLengths.join(' ')}, url ${entry.url}, ` +
          `sources ${sources.join(' ')}, sourceRoot ${JSON.stringify(entry.data.sourceRoot)}, mappings ${entry.data.mappings.length}`);
      }
    }
  }
  console.log(reports.sort().join('\n'));
  fs.rmSync(out, { recursive: true });
}

// Node's TAP output holds what no two runs share: durations, the absolute
// path of the fixture, and the runner's own stack frames. The fixtures
// require this first: it rewrites durations to "*", makes locations
// relative to the fixture's folder and drops the stack blocks, so that
// the rest of the report can be compared with node's line for line.
const path = require('path');

const dir = path.dirname(__dirname) + path.sep; // the fixtures' folder
const write = process.stdout.write;
let stackIndent = -1;

function filter(line) {
  const indent = line.length - line.trimStart().length;
  if (stackIndent >= 0) {
    if (indent > stackIndent) return null;
    stackIndent = -1;
  }
  if (/^ *stack: \|-$/.test(line)) {
    stackIndent = indent;
    return null;
  }
  return line
    .replace(/^( *)duration_ms: [\d.e-]+$/, '$1duration_ms: *')
    .replace(/^# duration_ms [\d.e-]+$/, '# duration_ms *')
    .split(dir).join('');
}

process.stdout.write = function(chunk, ...rest) {
  if (typeof chunk !== 'string') return Reflect.apply(write, this, [chunk, ...rest]);
  const out = chunk.split('\n').map(filter).filter((l) => l !== null).join('\n');
  return Reflect.apply(write, this, [out, ...rest]);
};

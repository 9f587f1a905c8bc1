// Errors thrown in lib/a.js and in a node_modules package, caught here: the
// stack must name their lines as node gives them running the files
// unbundled.
const { Runner } = require('./lib/b');
const parseCount = require('tiny-parse');

function frames(err) {
  return err.stack.split('\n').filter((l) => /\.js:\d+:\d+/.test(l))
    .map((l) => l.replace(/.*[(\s]([^(\s]*\.js:\d+:\d+)\)?$/, '$1').replace(__dirname + '/', ''));
}

const r = new Runner();
console.log(r.run(1));
for (const f of [() => r.run(2), () => r.run(parseCount('1.5'))]) {
  try {
    f();
  } catch (err) {
    console.log(err.message);
    console.log(frames(err).join('\n'));
  }
}

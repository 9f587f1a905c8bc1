// run({ files }): the files run in child processes, their events come as
// a stream of { type, data } and as events of each type; a failure's
// details.error is an ERR_TEST_FAILURE. (Node's test:enqueue, dequeue and
// complete events are left out: Kiln does not send them yet.)
const { run } = require('node:test');
const path = require('path');

const dir = path.join(__dirname, '_discover');
const files = ['math.test.js', 'exits.test.js', 'test-setup.cjs'].map((f) => path.join(dir, f));
const stream = run({ files });
stream.on('test:fail', (data) => {
  const err = data.details.error;
  console.log('fail:', data.name.replace(dir + path.sep, ''), err.code, err.failureType, err.message.split('\n')[0]);
});
const seen = [];
stream.on('data', ({ type, data }) => {
  if (/^test:(enqueue|dequeue|complete)$/.test(type)) return;
  let what = data.name || data.message || data.count;
  if (typeof what === 'string') what = what.replace(dir + path.sep, '').replace(/^duration_ms .*/, 'duration_ms *').trim();
  seen.push(`${type} ${data.nesting ?? ''} ${what}`);
});
stream.on('end', () => console.log(seen.join('\n')));
try {
  run({ files: 'x' });
} catch (e) {
  console.log(e.code, e.message);
}

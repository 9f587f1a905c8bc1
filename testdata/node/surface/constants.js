// The constants objects, names and values (this platform's).
const { shape } = require('./lib/shape');
for (const [name, obj] of [['os', require('os').constants], ['fs', require('fs').constants],
  ['crypto', require('crypto').constants], ['zlib', require('zlib').constants]]) {
  console.log(`${name}.constants`);
  console.log(shape(obj, { values: true }));
}

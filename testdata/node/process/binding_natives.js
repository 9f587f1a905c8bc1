// process.binding: the two bindings packages still read ('natives' by its names, as jshint's cli walks them, and
// 'constants'), and node's error for the others.
const natives = process.binding('natives');
console.log(typeof process.binding, process.binding.length, Object.getOwnPropertyDescriptor(process, 'binding').enumerable);
console.log(['fs', 'path', 'http', 'events', 'child_process'].map((m) => typeof natives[m]));
const c = process.binding('constants');
console.log(c.os === require('os').constants, c.fs === require('fs').constants, c.crypto === require('crypto').constants);
console.log(c.zlib.Z_BEST_COMPRESSION, c.os.signals.SIGINT, c.fs.O_RDONLY);
for (const name of ['nope', 42]) {
  try {
    process.binding(name);
  } catch (e) {
    console.log(e.constructor.name, e.code, e.message);
  }
}

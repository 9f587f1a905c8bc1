// Failing requires: a missing file (MODULE_NOT_FOUND) and a module that throws while loading (not cached, retried).
try {
  require('./lib/does_not_exist.js');
} catch (e) {
  console.log(e.constructor.name, e.code, e.message.split('\n')[0]);
}
try {
  require('./lib/does_not_exist');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
for (let i = 0; i < 2; i++) {
  try {
    require('./lib/throws_on_load.js');
  } catch (e) {
    console.log('attempt', globalThis.throwsOnLoadAttempts, e.message);
  }
}
console.log(Object.keys(require.cache).some((k) => k.endsWith('throws_on_load.js')));
try {
  require();
} catch (e) {
  console.log(e.constructor.name, e.code);
}
try {
  require('');
} catch (e) {
  console.log(e.constructor.name, e.code);
}

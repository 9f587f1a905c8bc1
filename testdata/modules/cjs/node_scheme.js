// The node: scheme names built-in modules only: require of an unknown one
// is ERR_UNKNOWN_BUILTIN_MODULE before any file lookup, while
// require.resolve and a bare unknown name say MODULE_NOT_FOUND.
for (const id of ['node:sqlite', 'node:nope', 'node:fs/nope']) {
  try {
    require(id);
  } catch (e) {
    console.log(id, e.constructor.name, e.code, e.message, e.stack.split('\n')[0]);
  }
}
try {
  require.resolve('node:nope');
} catch (e) {
  console.log('resolve', e.code, e.message.split('\n')[0]);
}
try {
  require('nope-not-installed');
} catch (e) {
  console.log('bare', e.code);
}
console.log(require('node:path') === require('path'));
import('node:nope').catch((e) => console.log('import', e.code, e.message));

// A run where everything passes exits 0; the test context's properties;
// node:test is reachable only through the node: scheme.
require('./_lib/tap');
const test = require('node:test');
const { describe, it } = test;
const mod = require('module');

console.log(typeof test, test.test === test, typeof test.describe, test.suite === test.describe);
console.log(mod.isBuiltin('node:test'), mod.isBuiltin('test'), mod.builtinModules.includes('test'));
try {
  require('test');
} catch (e) {
  console.log(e.code);
}
test('context', async (t) => {
  const aborted = [];
  await t.test('inner', (t) => {
    t.signal.addEventListener('abort', () => aborted.push(t.fullName));
    aborted.push(t.name, t.signal.aborted);
  });
  aborted.push(t.name);
  process.on('exit', () => console.log(aborted));
});
test('returns a promise to the caller', () => {}).then((v) => console.log('resolved', v));
describe('suite', () => {
  it('it', () => {});
});

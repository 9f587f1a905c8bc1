// An ES module test file (*_test.mjs) that prints as it loads.
import test from 'node:test';
import assert from 'node:assert';

console.log('loading strings');
test('upper', () => {
  assert.strictEqual('a'.toUpperCase(), 'A');
});

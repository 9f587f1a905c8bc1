// node:test from an ES module: the default export is test, and the
// runner's functions are named exports.
import './_lib/tap.js';
import test, { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert';

let n = 0;
describe('esm suite', () => {
  beforeEach(() => { n++; });
  it('counts', () => assert.strictEqual(n, 1));
  it('again', () => assert.strictEqual(n, 2));
});
test('top-level await', async () => {
  await new Promise((resolve) => setTimeout(resolve, 50)); // 1 ms raced the reporter's write on a loaded machine
});
await test('awaited at the top level', () => {});
console.log('after the awaited test');
test('a failure in a module is located by its path', () => {
  assert.strictEqual(1, 2);
});

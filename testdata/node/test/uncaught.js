// Errors nothing caught fail the test that is running; t.plan counts the
// assertions made through t.assert and the subtests.
require('./_lib/tap');
const { test } = require('node:test');

test('uncaught exception', (t, done) => {
  setTimeout(() => { throw new Error('async boom'); }, 1);
  setTimeout(done, 20);
});
test('unhandled rejection', async () => {
  Promise.reject(new Error('nobody catches this'));
  await new Promise((resolve) => setTimeout(resolve, 20));
});
test('next', () => {});
test('plan', (t) => {
  t.plan(2);
  t.assert.ok(true);
  t.assert.strictEqual(1, 1);
});
test('plan not met', (t) => {
  t.plan(2);
  t.assert.ok(true);
});
test('plan counts subtests', async (t) => {
  t.plan(1);
  await t.test('x', () => {});
});
test('t.assert fails', (t) => {
  t.assert.deepStrictEqual([1], [2]);
});

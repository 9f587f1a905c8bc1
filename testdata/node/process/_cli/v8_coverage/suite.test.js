// Run with --test: the test file runs in a child of the test runner.
const test = require('node:test');
const assert = require('assert');

function sign(x) {
  if (x > 0) return 1;
  if (x < 0) return -1;
  return 0;
}

test('positive', () => {
  assert.strictEqual(sign(3), 1);
});

test('zero', () => {
  assert.strictEqual(sign(0), 0);
});

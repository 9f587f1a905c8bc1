const test = require('node:test');
const assert = require('node:assert');
const { Shape, clamp, after } = require('./lib/shapes');
const { double } = require('./lib/util');
const { crlf } = require('./lib/crlf');
const dep = require('dep');

test('square', () => {
  assert.strictEqual(new Shape('square', 3).area(), 9);
});

test('clamp', () => {
  assert.strictEqual(clamp(5, 0, 10), 5);
  assert.strictEqual(clamp(-5, 0, 10), 0);
});

test('after', () => {
  assert.strictEqual(after(true), 'yes');
  assert.strictEqual(double(2), 4);
  assert.strictEqual(crlf(true), 1);
  assert.strictEqual(dep(1), 2);
});

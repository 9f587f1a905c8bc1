const test = require('node:test');
const assert = require('node:assert');
const { triple } = require('../lib/util');

test('triple', () => {
  assert.strictEqual(triple(2), 6);
});

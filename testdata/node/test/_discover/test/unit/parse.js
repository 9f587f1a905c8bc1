const test = require('node:test');

test('parses', () => {
  assert.ok(true);
});

const assert = require('node:assert');

// Found by its name (*.test.js): passing and failing tests, a suite,
// skip, todo and a diagnostic.
const { test, describe, it } = require('node:test');
const assert = require('node:assert');

test('adds', () => {
  assert.strictEqual(1 + 1, 2);
});
test('subtracts wrongly', () => {
  assert.strictEqual(3 - 1, 1);
});
describe('a suite', () => {
  it('passes', () => {});
  it('is skipped', { skip: 'not today' }, () => {});
  it('is todo', { todo: true }, () => {});
});
test('with subtests', async (t) => {
  await t.test('first', () => {});
  await t.test('second fails', () => {
    throw new TypeError('bad second');
  });
  t.diagnostic('a note');
});

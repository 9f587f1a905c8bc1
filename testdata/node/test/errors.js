// How a failure's error is reported: thrown values that are not errors,
// errors with codes and names, and node:assert's AssertionError with its
// expected and actual values written out as YAML.
require('./_lib/tap');
const { test } = require('node:test');
const assert = require('node:assert');

test('throws a string', () => { throw 'str'; });
test('throws a number', () => { throw 42; });
test('throws an object', () => { throw { a: 1, b: 'x' }; });
test('throws null', () => { throw null; });
test('error with a code', () => {
  const e = new RangeError('multi\nline');
  e.code = 'E_CUSTOM';
  e.extra = [1, 2];
  throw e;
});
test('empty message', () => { throw new Error(''); });
test('assert.ok', () => { assert.ok(false); });
test('assert with a message', () => { assert.strictEqual('a', 'b', 'custom message'); });
test('quotes', () => { assert.strictEqual("it's", 'x'); });
test('arrays', () => { assert.deepStrictEqual([1, 2], [1, 3]); });
test('nested values', () => {
  assert.deepStrictEqual({ a: { b: [1, { c: "it's" }] }, n: null, s: 'x\ny', e: {}, ea: [] }, { a: 1 });
});
test('notStrictEqual', () => { assert.notStrictEqual(1, 1); });
test('throws', () => { assert.throws(() => {}); });
test('fail', () => { assert.fail('failed'); });
test('match', () => { assert.match('abc', /x/); });

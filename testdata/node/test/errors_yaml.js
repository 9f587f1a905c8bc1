// The values of expected and actual in the YAML block: objects met twice
// or circular, dates, functions, maps, symbols, bigints, strings with
// line breaks, and errors inside values.
require('./_lib/tap');
const { test } = require('node:test');
const assert = require('node:assert');

const circular = { a: 1 };
circular.self = circular;
const shared = { z: 1 };
test('circular', () => { assert.deepStrictEqual(circular, { a: 2 }); });
test('shared', () => { assert.deepStrictEqual({ p: shared, q: shared, r: [shared] }, {}); });
test('kinds', () => {
  assert.deepStrictEqual({
    d: new Date(0), m: new Map([[1, 2]]), s: new Set([1]), f() {}, sym: Symbol('x'), b: 10n,
    u: undefined, n: NaN, neg: -0, str: '', arr: [[1], []], re: /x/g,
  }, {});
});
test('primitives', () => { assert.strictEqual(10n, Symbol.iterator); });
test('an error with expected and actual of its own', () => {
  const e = new Error('m');
  const inner = new TypeError('inner');
  inner.code = 'E_INNER';
  inner.k = { deep: 1 };
  e.expected = { x: 1 };
  e.actual = { inner, plain: new Error('plain') };
  e.operator = 'op';
  throw e;
});
test('trailing line breaks', () => { assert.strictEqual('a\n', 'a\n\n'); });

// Every assert function on a passing and a failing call: the error's
// code, name, message, operator and generatedMessage.
const assert = require('assert');

function show(label, f) {
  try {
    f();
    console.log(`${label}: ok`);
  } catch (err) {
    console.log(`${label}: ${err.code} ${err.name} ${JSON.stringify(err.message)} ` +
      `operator=${err.operator} generated=${err.generatedMessage}`);
  }
}

let x = 0;
const cases = [
  ['ok truthy', () => assert.ok(1)],
  ['ok falsy', () => assert.ok(x)],
  ['assert(false)', () => assert(false)],
  ['ok no argument', () => assert.ok()],
  ['ok with message', () => assert.ok(false, 'custom')],
  ['ok with error', () => assert.ok(false, new RangeError('mine'))],
  ['ok expression', () => assert(typeof 123 === 'string')],
  ['ok multi-line', () => {
    assert.ok(
      x,
      undefined);
  }],
  ['strict ok', () => assert.strict(null)],
  ['equal', () => assert.equal(1, '1')],
  ['equal fails', () => assert.equal(1, 2)],
  ['equal NaN', () => assert.equal(NaN, NaN)],
  ['equal object', () => assert.equal('a', {})],
  ['equal missing args', () => assert.equal(1)],
  ['notEqual', () => assert.notEqual(1, 1)],
  ['strictEqual', () => assert.strictEqual(1, 2)],
  ['strictEqual strings', () => assert.strictEqual('a', 'b')],
  ['strictEqual newline', () => assert.strictEqual('a\nb', 'a\nc')],
  ['strictEqual same structure', () => assert.strictEqual({ a: 1 }, { a: 1 })],
  ['strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 2 })],
  ['strictEqual arrays', () => assert.strictEqual([1, 2, 3], [1, 2, 4])],
  ['strictEqual zeros', () => assert.strictEqual(-0, 0)],
  ['strictEqual nullish', () => assert.strictEqual(undefined, null)],
  ['strictEqual long strings', () => assert.strictEqual('hello world long string', 'hello world long strinx')],
  ['strictEqual message', () => assert.strictEqual(1, 2, 'my msg')],
  ['strictEqual message diff', () => assert.strictEqual({ a: 1 }, { a: 2 }, 'my msg')],
  ['strictEqual error message', () => assert.strictEqual(1, 2, new RangeError('mine'))],
  ['notStrictEqual', () => assert.notStrictEqual(1, 1)],
  ['notStrictEqual objects', () => assert.notStrictEqual({}, {})],
  ['notStrictEqual same object', () => { const o = { a: 1 }; assert.notStrictEqual(o, o); }],
  ['deepEqual', () => assert.deepEqual({ a: 1 }, { a: '1' })],
  ['deepEqual fails', () => assert.deepEqual({ a: 1 }, { a: 2 })],
  ['deepEqual message', () => assert.deepEqual(1, 2, 'my msg')],
  ['notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: 1 })],
  ['notDeepEqual numbers', () => assert.notDeepEqual(1, 1)],
  ['deepStrictEqual', () => assert.deepStrictEqual({ a: [1] }, { a: [1] })],
  ['deepStrictEqual objects', () => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1, b: 5, c: 3 })],
  ['deepStrictEqual longer', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4])],
  ['deepStrictEqual skipped lines',
    () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11])],
  ['deepStrictEqual primitives', () => assert.deepStrictEqual(1, '1')],
  ['deepStrictEqual kinds', () => assert.deepStrictEqual({}, [])],
  ['deepStrictEqual symbols', () => assert.deepStrictEqual({ a: Symbol() }, { a: Symbol() })],
  ['deepStrictEqual errors', () => assert.deepStrictEqual(new Error('a'), new Error('b'))],
  ['deepStrictEqual nested', () => assert.deepStrictEqual([1, [2, [3, [4]]]], [1, [2, [3, [5]]]])],
  ['deepStrictEqual maps', () => assert.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]]))],
  ['deepStrictEqual sets', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3]))],
  ['notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })],
  ['notDeepStrictEqual numbers', () => assert.notDeepStrictEqual(1, 1)],
  ['fail', () => assert.fail()],
  ['fail message', () => assert.fail('boom')],
  ['fail error', () => assert.fail(new TypeError('te'))],
  ['ifError null', () => assert.ifError(null)],
  ['ifError error', () => assert.ifError(new Error('x'))],
  ['ifError string', () => assert.ifError('x')],
  ['match', () => assert.match('abc', /b/)],
  ['match fails', () => assert.match('abc', /x/)],
  ['match non-string', () => assert.match(1, /x/)],
  ['match bad regexp', () => assert.match('a', 'x')],
  ['doesNotMatch', () => assert.doesNotMatch('abc', /b/)],
  ['throws', () => assert.throws(() => { throw new Error('x'); })],
  ['throws nothing', () => assert.throws(() => {})],
  ['throws nothing message', () => assert.throws(() => {}, 'msg')],
  ['throws nothing class', () => assert.throws(() => {}, TypeError)],
  ['throws class', () => assert.throws(() => { throw new TypeError('x'); }, TypeError)],
  ['throws wrong class', () => assert.throws(() => { throw new Error('x'); }, TypeError)],
  ['throws non-error', () => assert.throws(() => { throw 5; }, RangeError)],
  ['throws regexp', () => assert.throws(() => { throw new Error('x'); }, /x/)],
  ['throws regexp fails', () => assert.throws(() => { throw new Error('x'); }, /y/)],
  ['throws object', () => assert.throws(() => { throw new Error('x'); }, { message: 'x', name: 'Error' })],
  ['throws object regexp', () => assert.throws(() => { throw new Error('xyz'); }, { message: /y/ })],
  ['throws object fails', () => assert.throws(() => { throw new Error('x'); }, { message: 'x', name: 'TypeError' })],
  ['throws object primitive', () => assert.throws(() => { throw 'str'; }, { a: 1 })],
  ['throws empty object', () => assert.throws(() => { throw new Error('x'); }, {})],
  ['throws error object', () => assert.throws(() => { throw new Error('x'); }, new Error('x'))],
  ['throws validator', () => assert.throws(() => { throw new Error('e'); }, (e) => e.message === 'e')],
  ['throws validator fails', () => assert.throws(() => { throw new Error('e'); }, function check() { return 'nope'; })],
  ['throws ambiguous', () => assert.throws(() => { throw new Error('x'); }, 'x')],
  ['throws bad error', () => assert.throws(() => { throw 1; }, 5)],
  ['throws two strings', () => assert.throws(() => { throw 1; }, 'a', 'b')],
  ['throws not a function', () => assert.throws(1)],
  ['doesNotThrow', () => assert.doesNotThrow(() => {})],
  ['doesNotThrow throws', () => assert.doesNotThrow(() => { throw new Error('x'); })],
  ['doesNotThrow message', () => assert.doesNotThrow(() => { throw new Error('x'); }, 'msg')],
  ['doesNotThrow other class', () => assert.doesNotThrow(() => { throw new Error('x'); }, TypeError)],
  ['doesNotThrow bad expected', () => assert.doesNotThrow(() => { throw 1; }, 5)],
  ['AssertionError without options', () => new assert.AssertionError()],
];

for (const [label, f] of cases) show(label, f);

const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(Object.keys(err), err.name, String(err));
console.log(err.stack.split('\n')[0], err instanceof Error);

// Deep equality, loose and strict, over the kinds of values node tells apart.
const assert = require('assert');

function strict(a, b) {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
}

function loose(a, b) {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}

function args() {
  return arguments;
}

class A {}
class B {}
const cyc1 = {}; cyc1.self = cyc1;
const cyc2 = {}; cyc2.self = cyc2;
const r1 = { x: {} }; r1.x.y = r1;
const r2 = { x: {} }; r2.x.y = r2.x;
const lastIndex = /a/g; lastIndex.lastIndex = 1;
const dated = new Date(0); dated.foo = 1;
const enumMessage = new Error('a');
Object.defineProperty(enumMessage, 'message', { enumerable: true, value: 'a' });
const renamed = new TypeError('a'); renamed.name = 'Error';
const arrX2 = [1]; arrX2.x = 2;
const arrX3 = [1]; arrX3.x = 3;

const pairs = [
  ['numbers', 1, 1],
  ['number and string', 1, '1'],
  ['null and undefined', null, undefined],
  ['NaN', NaN, NaN],
  ['zero and minus zero', 0, -0],
  ['[0] and [-0]', [0], [-0]],
  ['bigint and number', 1n, 1],
  ['same symbol', Symbol.iterator, Symbol.iterator],
  ['different symbols', Symbol(), Symbol()],
  ['objects in any key order', { a: 1, b: 2 }, { b: 2, a: 1 }],
  ['getter and value', { get a() { return 1; } }, { a: 1 }],
  ['null prototype', Object.create(null), {}],
  ['class instances', new A(), new B()],
  ['symbol keys', { [Symbol.for('a')]: 1 }, {}],
  ['undefined property', { a: undefined }, {}],
  ['holes and undefined', [1, , 3], [1, undefined, 3]],
  ['holes and holes', [1, 2, , 4], [1, 2, , 4]],
  ['array extra keys', arrX2, arrX3],
  ['array-like object', [1, 2], { 0: 1, 1: 2, length: 2 }],
  ['{} and []', {}, []],
  ['arguments and array', args(1), [1]],
  ['arguments and arguments', args(1), args(1)],
  ['dates', new Date(0), new Date(0)],
  ['date with a property', dated, new Date(0)],
  ['regexps', /a/g, /a/g],
  ['regexp flags', /a/g, /a/i],
  ['regexp lastIndex', lastIndex, /a/g],
  ['boxed numbers', new Number(1), new Number(1)],
  ['different boxed numbers', new Number(1), new Number(2)],
  ['boxed and primitive', new Number(1), 1],
  ['boxed boolean and number', new Boolean(true), new Number(1)],
  ['boxed strings', new String('a'), new String('a')],
  ['errors with causes', new Error('a', { cause: 1 }), new Error('a', { cause: '1' })],
  ['cause and none', new Error('a', { cause: 1 }), new Error('a')],
  ['undefined cause and none', new Error('a', { cause: undefined }), new Error('a')],
  ['error classes', new TypeError('a'), new Error('a')],
  ['renamed error', renamed, new Error('a')],
  ['enumerable message', enumMessage, new Error('a')],
  ['error and object', new Error('a'), { message: 'a', name: 'Error' }],
  ['aggregate errors', new AggregateError([1], 'x'), new AggregateError([2], 'x')],
  ['sets', new Set([1, '1']), new Set([1, '1'])],
  ['set loose primitives', new Set([1]), new Set(['1'])],
  ['set loose mix', new Set([1, 2]), new Set(['1', 1])],
  ['set of objects', new Set([{ a: 1 }, { b: 1 }]), new Set([{ b: 1 }, { a: 1 }])],
  ['set of arrays', new Set([[1], [2]]), new Set([[2], [1]])],
  ['set NaN', new Set([NaN]), new Set([NaN])],
  ['set null and undefined', new Set([null]), new Set([undefined])],
  ['set 1 and true', new Set([1]), new Set([true])],
  ['map loose keys', new Map([[1, 'a']]), new Map([['1', 'a']])],
  ['map object keys', new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]])],
  ['map object keys swapped', new Map([[{ a: 1 }, 1], [{ a: 1 }, 2]]), new Map([[{ a: 1 }, 2], [{ a: 1 }, 1]])],
  ['map null and undefined', new Map([[null, 1]]), new Map([[undefined, 1]])],
  ['float NaN', new Float64Array([NaN]), new Float64Array([NaN])],
  ['float zeros', new Float64Array([0]), new Float64Array([-0])],
  ['typed array kinds', new Uint8Array([1]), new Int8Array([1])],
  ['typed arrays', new Uint16Array([1, 2]), new Uint16Array([1, 2])],
  ['array buffers', new ArrayBuffer(2), new ArrayBuffer(2)],
  ['shared and plain buffers', new ArrayBuffer(2), new SharedArrayBuffer(2)],
  ['data views', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  ['weak maps', new WeakMap(), new WeakMap()],
  ['promises', Promise.resolve(1), Promise.resolve(2)],
  ['cycles', cyc1, cyc2],
  ['cycles of different shape', r1, r2],
  ['proxy of object', new Proxy({ a: 1 }, {}), { a: 1 }],
  ['functions', function f() {}, function f() {}],
];

for (const [name, a, b] of pairs) {
  console.log(`${name}: strict ${strict(a, b)}, loose ${loose(a, b)}`);
}

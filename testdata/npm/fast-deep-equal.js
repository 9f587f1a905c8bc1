// fast-deep-equal: plain and ES6 variants.
const equal = require('fast-deep-equal');
const equal6 = require('fast-deep-equal/es6');
const reactEqual = require('fast-deep-equal/react');

const cases = [
  [1, 1], [1, '1'], [NaN, NaN], [null, undefined], [{}, {}], [[], {}],
  [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }], [{ a: 1, b: 2 }, { b: 2, a: 1 }], [{ a: 1 }, { a: 1, b: undefined }],
  [[1, 2, 3], [1, 2, 4]], [new Date(1), new Date(1)], [new Date(1), new Date(2)], [/a/g, /a/g], [/a/g, /a/i],
  [{ valueOf: () => 1 }, { valueOf: () => 1 }], [Object.create(null), {}],
];
for (const [a, b] of cases) console.log('equal', equal(a, b), equal6(a, b));
const es6 = [
  [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], [new Map([[1, 2]]), new Map([[1, 3]])],
  [new Set([1, 2]), new Set([2, 1])], [new Set([1]), new Set([3])],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Float64Array([1]), new Float64Array([2])],
  [new Map(), new Set()],
];
for (const [a, b] of es6) console.log('es6', equal6(a, b));
console.log('react', reactEqual({ $$typeof: 1, _owner: { x: 1 }, a: 1 }, { $$typeof: 1, _owner: { x: 2 }, a: 1 }));

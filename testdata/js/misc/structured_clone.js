// structuredClone: supported types, identity preservation (including cycles), dropped details, and uncloneable values.
const date = new Date(Date.UTC(2020, 0, 1));
const original = {
  num: 1, str: 's', big: 10n, bool: true, nul: null, und: undefined, neg0: -0, nan: NaN,
  date, re: /ab+c/gi, map: new Map([[1, { deep: true }]]), set: new Set(['x']), arr: [1, , 3], nested: { a: [1, 2] },
  wrapped: [new Number(5), new String('str'), new Boolean(false)],
};
original.self = original;
original.arr.extra = 'extra array property is kept';
const c = structuredClone(original);
console.log(c !== original, c.self === c, c.date instanceof Date, c.date.getTime() === date.getTime(), c.date !== date);
console.log(c.re.source, c.re.flags, c.re.lastIndex, c.map.get(1).deep, c.set.has('x'), c.big, Object.is(c.neg0, -0), Number.isNaN(c.nan));
console.log(1 in c.arr, c.arr.length, c.arr.extra, 'und' in c, c.und, c.wrapped.map((w) => typeof w).join());
// Shared references stay shared.
const shared = { v: 1 };
const pair = structuredClone({ a: shared, b: shared });
console.log(pair.a === pair.b);
// Prototypes, accessors and non-enumerable properties are not preserved.
class Point { constructor() { this.x = 1; } get len() { return 1; } }
const p = structuredClone(new Point());
console.log(p instanceof Point, Object.getPrototypeOf(p) === Object.prototype, JSON.stringify(p));
const withAccessor = structuredClone({ get g() { return 'read once'; } });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(withAccessor, 'g')));
const hidden = Object.defineProperty({ shown: 1 }, 'hidden', { value: 2 });
console.log(JSON.stringify(structuredClone(hidden)), Object.keys(structuredClone({ [Symbol('s')]: 1, k: 1 })).join());
// Errors clone with name and message.
const e = structuredClone(new RangeError('cloned error'));
console.log(e instanceof RangeError, e.name, e.message);
// Uncloneable values.
for (const [label, v] of [['function', () => {}], ['symbol', Symbol('s')], ['WeakMap', new WeakMap()], ['object with method', { m() {} }], ['Promise', Promise.resolve()]]) {
  try {
    structuredClone(v);
    console.log(label, 'cloned');
  } catch (err) {
    console.log(label.padEnd(20), err.name, err.constructor === DOMException);
  }
}
console.log(structuredClone(1), structuredClone('s'), structuredClone(null), structuredClone(undefined));

// Promises, proxies, arguments, generators, global-like objects, and objects with many kinds of keys.
console.log(Promise.resolve(42), Promise.resolve({ a: 1 }), new Promise(() => {}));
const rejected = Promise.reject(new Error('no'));
rejected.catch(() => {});
rejected.then(null, () => {});
const err = new Error('rejected reason');
err.stack = 'Error: rejected reason\n    at fixture (fixture.js:1:1)';
const r2 = Promise.reject(err);
r2.catch(() => {});
console.log(r2, Promise.reject(5).catch(() => {}) && 'handled');
const pr = Promise.reject(7);
pr.catch(() => {});
console.log(pr);
console.log(new Proxy({ target: true }, {}), new Proxy([1, 2], {}), new Proxy(function pf() {}, {}));
(function () { console.log(arguments); })(1, 'two');
function* g() { yield 1; }
console.log(g(), (async function* () {})());
console.log(Math, JSON, Reflect, Atomics === undefined ? 'no Atomics' : typeof Atomics);
console.log(globalThis === global, typeof globalThis);
console.log(new WeakRef({}));
console.log({ undefined: undefined, null: null, NaN: NaN, 'key with spaces': 1, 'quote\'key': 2 });
console.log(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'NullTagged', v: 1 }));
console.log([null, undefined, , 0, -0, 0n, '', false]);

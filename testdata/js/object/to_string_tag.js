// Object.prototype.toString for every built-in type, and Symbol.toStringTag overrides.
const ts = (v) => Object.prototype.toString.call(v);
console.log(ts(undefined), ts(null), ts(1), ts('s'), ts(true), ts(Symbol()), ts(1n));
console.log(ts({}), ts([]), ts(function () {}), ts(() => {}), ts(class {}), ts(new Error()), ts(new TypeError()));
console.log(ts(new Date(0)), ts(/x/), ts(new Map()), ts(new Set()), ts(new WeakMap()), ts(new WeakSet()));
console.log(ts(Promise.resolve()), ts(JSON), ts(Math), ts(Reflect), ts(globalThis), ts(Atomics));
console.log(ts(new ArrayBuffer(1)), ts(new DataView(new ArrayBuffer(1))), ts(new Uint8Array()), ts(new Float64Array()));
console.log(ts(function* () {}), ts(async function () {}), ts(async function* () {}), ts((function* () {})()));
console.log(ts([][Symbol.iterator]()), ts(new Map().entries()), ts(new Set().values()), ts(''[Symbol.iterator]()));
console.log(ts('x'.matchAll(/x/g)), ts(new Proxy([], {})), ts(new Proxy(function () {}, {})), ts(Object.create(null)));
console.log(ts(new Boolean(false)), ts(new Number(0)), ts(new String('')), ts(Object(Symbol())), ts(Object(1n)));
(function () { console.log(ts(arguments)); })();
console.log(ts(new WeakRef({})), ts(new FinalizationRegistry(() => {})), ts(new SharedArrayBuffer(1)));

// Custom tags.
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
console.log(ts(new Tagged()), String(new Tagged()), `${new Tagged()}`);
console.log(ts({ [Symbol.toStringTag]: 'Literal' }));
console.log(ts({ [Symbol.toStringTag]: 42 }));
const arr = [];
arr[Symbol.toStringTag] = 'NotArray';
console.log(ts(arr));
const fn = function () {};
fn[Symbol.toStringTag] = 'Fn';
console.log(ts(fn));

// Built-in tags are non-writable, configurable.
const d = Object.getOwnPropertyDescriptor(Map.prototype, Symbol.toStringTag);
console.log(d.value, d.writable, d.enumerable, d.configurable);
console.log(Math[Symbol.toStringTag], JSON[Symbol.toStringTag], Symbol.prototype[Symbol.toStringTag]);

// toString on the prototypes themselves.
console.log(ts(Array.prototype), ts(Function.prototype), ts(Date.prototype), ts(RegExp.prototype), ts(Error.prototype));
console.log(ts(Number.prototype), ts(String.prototype), ts(Boolean.prototype));

// Other toString implementations.
console.log(String([1, [2, [3]]]), String({}), String(null), String(Symbol('d')), [null, undefined].toString());
console.log(Array.prototype.toString.call({ join: () => 'custom join' }), Array.prototype.toString.call({}));

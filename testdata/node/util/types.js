// util.types predicates over a table of values.
const { types } = require('util');

function* gen() {}
async function* agen() {}
async function afn() {}
const values = {
  object: {}, array: [], fn: function () {}, arrow: () => {}, class: class {}, asyncFn: afn, genFn: gen, asyncGenFn: agen,
  genObj: gen(), asyncGenObj: agen(), promise: Promise.resolve(), thenable: { then() {} },
  date: new Date(), fakeDate: Object.create(Date.prototype), regexp: /x/, map: new Map(), set: new Set(),
  weakMap: new WeakMap(), weakSet: new WeakSet(), mapIter: new Map().keys(), setIter: new Set().values(),
  arrayBuffer: new ArrayBuffer(2), shared: new SharedArrayBuffer(2), dataView: new DataView(new ArrayBuffer(2)),
  u8: new Uint8Array(1), u8c: new Uint8ClampedArray(1), i16: new Int16Array(1), f64: new Float64Array(1),
  big64: new BigInt64Array(1), bigU64: new BigUint64Array(1), proxy: new Proxy({}, {}), error: new TypeError('t'),
  fakeError: Object.create(Error.prototype), args: (function () { return arguments; })(),
  boxedNum: Object(1), boxedStr: Object('s'), boxedBool: Object(true), boxedSym: Object(Symbol('s')),
  boxedBig: Object(1n), num: 1, str: 's', nul: null,
};
const names = Object.keys(types).filter((k) => k !== 'isKeyObject' && k !== 'isCryptoKey');
for (const [label, v] of Object.entries(values)) {
  const yes = names.filter((n) => types[n](v));
  console.log(label.padEnd(12), yes.join(' '));
}
console.log(Object.keys(types).join(' '));
console.log(types.isUint8Array.length, types.isDate.name, types.isAnyArrayBuffer.length);

// v8.serialize writes node's bytes for each kind of value, and
// v8.deserialize reads them back to an equal value.
const v8 = require('v8');
const util = require('util');

function err(E, msg, extra) {
  const e = new E(msg, extra);
  e.stack = `${E.name}: ${msg}\n    at somewhere`;
  return e;
}
const shared = { s: 1 };
const cyclic = { name: 'c' };
cyclic.self = cyclic;
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);

const values = {
  undefined: undefined, null: null, true: true, false: false,
  zero: 0, one: 1, minusOne: -1, smiMax: 2 ** 31 - 1, smiMin: -(2 ** 31), pastSmi: 2 ** 31, minusZero: -0,
  half: 0.5, nan: NaN, infinity: -Infinity, maxSafe: Number.MAX_SAFE_INTEGER,
  empty: '', ascii: 'hello', latin1: 'caf\u00e9', twoByte: 'h\u20acllo', emoji: '\ud83d\ude00', loneSurrogate: '\udc00x',
  longAscii: 'x'.repeat(200),
  bigZero: 0n, bigOne: 1n, bigMinus: -5n, bigWide: 2n ** 64n + 3n, bigNeg: -(2n ** 70n),
  object: { a: 1, b: 'two', c: [3] }, nested: { a: { b: { c: {} } } }, indexKeys: { 2: 'x', 1: 'y', z: 0 },
  nullProto: Object.assign(Object.create(null), { q: 1 }), instance: new (class P { constructor() { this.p = 1; } })(),
  array: [1, 2, 3], doubles: [1.5, 2, -0], mixed: [1, 'a', null, undefined, true], empties: [],
  holey: [1, , 3], sparse: Object.assign([], { 10: 'ten' }), newArray: new Array(3), arrayProps: Object.assign([1], { x: 2 }),
  date: new Date(86400000), badDate: new Date(NaN),
  regexp: /a+b/gi, regexpFlags: /x/dmsuy, regexpSlash: new RegExp('a/b'), regexpEmpty: new RegExp(''), sets: /[a]/v,
  map: new Map([[1, 'one'], ['k', { v: 1 }]]), set: new Set([1, 'a', shared]),
  arrayBuffer: ab, resizable: new ArrayBuffer(2, { maxByteLength: 4 }), emptyBuffer: new ArrayBuffer(0),
  uint8: new Uint8Array([1, 2, 3]), int8: new Int8Array([-1]), clamped: new Uint8ClampedArray([255]),
  int16: new Int16Array([-2, 2]), uint16: new Uint16Array([65535]), int32: new Int32Array([-3]), uint32: new Uint32Array([7]),
  float32: new Float32Array([1.5]), float64: new Float64Array([Math.PI]), bigInt64: new BigInt64Array([-1n]),
  bigUint64: new BigUint64Array([2n ** 63n]), dataView: new DataView(ab, 2, 3), subarray: new Uint16Array(ab, 2, 2),
  buffer: Buffer.from('buf'), pooledSlice: Buffer.from('0123456789').subarray(3, 6),
  boxedTrue: new Boolean(true), boxedFalse: new Boolean(false), boxedNumber: new Number(-1.25),
  boxedString: new String('s\u20ac'), boxedBigInt: Object(7n),
  error: err(Error, 'plain'), typeError: err(TypeError, 'typed'), rangeError: err(RangeError, 'ranged'),
  evalError: err(EvalError, 'e'), referenceError: err(ReferenceError, 'r'), syntaxError: err(SyntaxError, 's'),
  uriError: err(URIError, 'u'), withCause: err(Error, 'outer', { cause: err(TypeError, 'inner') }),
  withCode: Object.assign(err(Error, 'coded'), { code: 'E_X' }), noMessage: err(Error),
  sharedTwice: [shared, shared, { shared }], cyclic,
};

for (const [name, value] of Object.entries(values)) {
  const bytes = v8.serialize(value);
  const back = v8.deserialize(bytes);
  console.log(name, bytes.toString('hex'));
  console.log('  ->', util.inspect(back, { depth: 4, breakLength: Infinity }));
}

// Back-references keep sharing and cycles.
const [a, b, c] = v8.deserialize(v8.serialize(values.sharedTwice));
console.log('shared kept', a === b, c.shared === a);
const cyc = v8.deserialize(v8.serialize(cyclic));
console.log('cycle kept', cyc.self === cyc);
const views = v8.deserialize(v8.serialize([ab, new Uint8Array(ab)]));
console.log('buffer and view', views[0].byteLength, views[1].buffer === views[0]);

// An error comes back with its kind, message, stack and cause only.
const e = v8.deserialize(v8.serialize(values.withCause));
console.log(Object.getOwnPropertyNames(e), e instanceof Error, e.cause instanceof TypeError, e.code);
const t = v8.deserialize(v8.serialize(values.withCode));
console.log(Object.getOwnPropertyNames(t), t.code, Object.getOwnPropertyDescriptor(t, 'message'));

// Reading the bytes node writes for a Buffer gives a Buffer.
const buf = v8.deserialize(Buffer.from('ff0f5c0a03627566', 'hex'));
console.log(Buffer.isBuffer(buf), buf.toString());
// Older format versions read too.
console.log(v8.deserialize(Buffer.from('ff0d6f220161490a7b01', 'hex')));
// A UTF-8 string and padding, which V8 reads but does not write.
console.log(v8.deserialize(Buffer.from('ff0f0053036162c3a9', 'hex')));
